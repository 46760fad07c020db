/// An insured person as a per-person rating module reads them: age at the start of cover and,
/// where the line needs them, sex and occupation class.
public struct InsuredPersonInput: Sendable {
    public var index: Int
    public var party: String?
    public var birthDate: CivilDate?
    public var age: Int
    public var sex: String?
    public var occupationClass: String?

    /// Reads `insured[index]`: `birthDate` (or `age`), `sex` when `needsSex`, `occupationClass`
    /// when `classes` is given, and an optional `party` id.
    static func read(_ fields: any InputFields, index: Int, context: RatingContext, reader: inout FieldReader,
                     needsSex: Bool, classes: [String]?) -> InsuredPersonInput? {
        let p = "insured[\(index)]"
        let party = reader.text(fields, "party", path: "\(p).party", required: false)?.0
        let birthDate = reader.date(fields, "birthDate", path: "\(p).birthDate", required: false)
        var age: Int? = nil
        if let birthDate {
            if birthDate > context.startDate {
                reader.fail("\(p).birthDate", "\(birthDate) is after the start of cover \(context.startDate)", line: fields.line)
            } else {
                age = birthDate.age(on: context.startDate)
            }
        } else {
            age = reader.integer(fields, "age", path: "\(p).age", required: false, allowed: 0...120)
            if age == nil, case .absent = fields.scalar("age") {
                reader.fail("\(p).birthDate", "is missing (give birthDate, or age at the start of cover)", line: fields.line)
            }
        }
        let sex = needsSex ? reader.key(fields, "sex", path: "\(p).sex", allowed: ["female", "male"]) : nil
        let occupationClass = classes.flatMap { reader.key(fields, "occupationClass", path: "\(p).occupationClass", allowed: $0) }
        guard let age, !needsSex || sex != nil, classes == nil || occupationClass != nil else { return nil }
        return InsuredPersonInput(index: index, party: party, birthDate: birthDate, age: age, sex: sex, occupationClass: occupationClass)
    }

    static func readAll(_ fields: any InputFields, context: RatingContext, reader: inout FieldReader,
                        needsSex: Bool, classes: [String]?) -> [InsuredPersonInput]? {
        guard let items = reader.list(fields, "insured") else { return nil }
        let persons = items.enumerated().compactMap { i, item in
            read(item, index: i + 1, context: context, reader: &reader, needsSex: needsSex, classes: classes)
        }
        return persons.count == items.count ? persons : nil
    }
}
