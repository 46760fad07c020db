/// The rules of an application that depend on who applies: the policy's segment, and the risk
/// completed from the registry for insured persons.
public enum ApplicationRisk {
    /// A policy's segment: the holder's, but for individual cover of one person (health, term
    /// life, pension) the insured person's, since their link to a firm is what counts.
    public static func policySegment(holder: Party, insured: [Party], line: LineOfBusiness) -> Segment {
        if [.health, .termLife, .pension].contains(line), insured.count == 1, let person = insured.first {
            return person.segment
        }
        return holder.segment
    }

    /// The risk with each insured person's birth date and sex taken from the registry.
    public static func mergedRisk(_ text: String, source: String, insured: [Party]) throws -> JSONInputFields {
        let fields = try RiskInput.parse(text, source: source)
        guard !insured.isEmpty, case let .object(members, keys, line, column) = try JSONReader.parse(text) else { return fields }
        var items: [JSONValue] = []
        if let listed = members["insured"] {
            guard case let .array(values, _, _) = listed else {
                throw PuhuiError.riskRejected([Diagnostic(path: source, line: listed.line, message: "field 'insured': must be a list of objects")])
            }
            items = values
        }
        if !items.isEmpty && items.count != insured.count {
            throw PuhuiError.riskRejected([Diagnostic(path: source, line: line, message: "field 'insured': the risk lists \(items.count) insured persons, the application names \(insured.count)")])
        }
        var merged: [JSONValue] = []
        for (i, party) in insured.enumerated() {
            var person: [String: JSONValue] = [:]
            var personKeys: [String] = []
            var itemLine = line, itemColumn = column
            if i < items.count {
                guard case let .object(m, k, l, c) = items[i] else {
                    throw PuhuiError.riskRejected([Diagnostic(path: source, line: items[i].line, message: "field 'insured[\(i + 1)]': must be an object")])
                }
                person = m
                personKeys = k
                itemLine = l
                itemColumn = c
            }
            let birth = party.birthDate?.description ?? ""
            if let given = person["birthDate"]?.scalarText, given != birth {
                throw PuhuiError.riskRejected([Diagnostic(path: source, line: person["birthDate"]?.line, message: "field 'insured[\(i + 1)].birthDate': \(given) differs from the birth date in \(party.reference)'s identity number")])
            }
            if let given = person["sex"]?.scalarText, given != party.sex?.rawValue {
                throw PuhuiError.riskRejected([Diagnostic(path: source, line: person["sex"]?.line, message: "field 'insured[\(i + 1)].sex': \(given) differs from the sex in \(party.reference)'s identity number")])
            }
            person["birthDate"] = .string(birth, line: itemLine, column: itemColumn)
            person["sex"] = .string(party.sex?.rawValue ?? "", line: itemLine, column: itemColumn)
            person["party"] = .string(party.reference, line: itemLine, column: itemColumn)
            person.removeValue(forKey: "age")
            for key in ["birthDate", "sex", "party"] where !personKeys.contains(key) { personKeys.append(key) }
            merged.append(.object(person, keys: personKeys, line: itemLine, column: itemColumn))
        }
        var all = members
        all["insured"] = .array(merged, line: line, column: column)
        guard let result = JSONInputFields(.object(all, keys: keys.contains("insured") ? keys : keys + ["insured"], line: line, column: column)) else {
            return fields
        }
        return result
    }
}
