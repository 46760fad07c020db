import PuhuiAPI
import PuhuiDomain

/// Turns the engine's enumerations into the contract's, which spell them the same way.
enum ContractValue {
    /// The contract's value with `rawValue`. A value the contract lacks is the server's own
    /// defect (the contract must list every value the engine has), answered as a 500.
    static func of<T: RawRepresentable>(_ rawValue: String, as type: T.Type = T.self) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: rawValue) else {
            throw PuhuiError(.corrupt, "the contract has no value '\(rawValue)' for \(T.self)")
        }
        return value
    }
}

extension Components.Schemas.LocalizedName {
    init(_ name: LocalizedName) {
        self.init(zh: name.zh, en: name.en)
    }
}

extension Components.Schemas.Segment {
    init(_ segment: PuhuiDomain.Segment) throws {
        self.init(code: try ContractValue.of(segment.rawValue), name: .init(zh: segment.chineseName, en: segment.englishName))
    }
}

extension Components.Schemas.PaymentFrequency {
    init(_ frequency: PuhuiDomain.PaymentFrequency) throws {
        self.init(code: try ContractValue.of(frequency.rawValue), name: .init(zh: frequency.chineseName, en: frequency.englishName))
    }
}
