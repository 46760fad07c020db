/// An object's members, one call each: `"name":value`, an optional member left out when nil
/// (as the generated types' synthesized `Encodable` leaves it out, with `encodeIfPresent`).
extension JSONByteWriter {
    mutating func field(_ name: StaticString, _ value: String) {
        key(name)
        string(value)
    }

    mutating func field(_ name: StaticString, _ value: String?) {
        if let value {
            field(name, value)
        }
    }

    mutating func field(_ name: StaticString, _ value: some FixedWidthInteger & SignedInteger) {
        key(name)
        integer(value)
    }

    mutating func field(_ name: StaticString, _ value: Bool) {
        key(name)
        bool(value)
    }

    mutating func field(_ name: StaticString, _ value: Bool?) {
        if let value {
            field(name, value)
        }
    }

    /// An enumeration of the contract, as its raw value.
    mutating func field<Value: RawRepresentable<String>>(_ name: StaticString, _ value: Value) {
        field(name, value.rawValue)
    }

    mutating func field(_ name: StaticString, _ values: [String]) {
        key(name)
        beginArray()
        for value in values {
            string(value)
        }
        endArray()
    }

    mutating func field(_ name: StaticString, _ values: [String]?) {
        if let values {
            field(name, values)
        }
    }

    /// An object: `write` writes its members.
    mutating func field<Value>(_ name: StaticString, _ value: Value, _ write: (inout JSONByteWriter, Value) -> Void) {
        key(name)
        object(value, write)
    }

    mutating func field<Value>(_ name: StaticString, _ value: Value?, _ write: (inout JSONByteWriter, Value) -> Void) {
        if let value {
            field(name, value, write)
        }
    }

    /// An array of objects: `write` writes each one's members.
    mutating func field<Value>(_ name: StaticString, _ values: [Value], _ write: (inout JSONByteWriter, Value) -> Void) {
        key(name)
        beginArray()
        for value in values {
            object(value, write)
        }
        endArray()
    }

    mutating func field<Value>(_ name: StaticString, _ values: [Value]?, _ write: (inout JSONByteWriter, Value) -> Void) {
        if let values {
            field(name, values, write)
        }
    }

    mutating func object<Value>(_ value: Value, _ write: (inout JSONByteWriter, Value) -> Void) {
        beginObject()
        write(&self, value)
        endObject()
    }
}
