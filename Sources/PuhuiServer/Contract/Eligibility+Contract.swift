import PuhuiAPI
import PuhuiDomain

extension Components.Schemas.Eligibility {
    /// Who the product is for, its term and how the premium is paid: as data, and as a summary
    /// in Chinese and English ("For micro enterprises and individual businesses. Policy term:
    /// 1 year. The premium is paid annually or monthly.").
    init(_ product: Product) throws {
        let term = product.policyTerm
        let segments = product.segments.sorted()
        let frequencies = product.paymentFrequencies
        let english = [
            "For \(Self.list(segments.map { $0.englishName.lowercased() }, and: "and")).",
            "Policy term: \(Self.englishTerm(term)).",
            "The premium is paid \(Self.list(frequencies.map(\.englishName), and: "or")).",
        ]
        let chinese = [
            "适用于\(segments.map(\.chineseName).joined(separator: "、"))。",
            "保险期间：\(Self.chineseTerm(term))。",
            "缴费方式：\(frequencies.map(\.chineseName).joined(separator: "、"))。",
        ]
        self.init(
            summary: .init(zh: chinese.joined(), en: english.joined(separator: " ")),
            segments: try segments.map(Components.Schemas.Segment.init),
            term: .init(unit: try ContractValue.of(term.unit.rawValue), options: term.options, min: term.min, max: term.max,
                        text: Self.englishTerm(term)),
            paymentFrequencies: try frequencies.map(Components.Schemas.PaymentFrequency.init))
    }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String], and conjunction: String) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }

    /// `1 year`, `1, 3 or 5 years`, `5 to 30 years`, `at least 6 months`.
    static func englishTerm(_ term: PolicyTerm) -> String {
        func unit(_ count: Int) -> String { count == 1 ? term.unit.rawValue : term.unit.rawValue + "s" }
        if let last = term.options.last {
            return list(term.options.map(String.init), and: "or") + " " + unit(last)
        }
        let min = term.min ?? 1
        guard let max = term.max else { return "at least \(min) \(unit(min))" }
        return min == max ? "\(min) \(unit(min))" : "\(min) to \(max) \(unit(max))"
    }

    /// `1年`, `1、3或5年`, `5至30年`, `6个月以上`.
    static func chineseTerm(_ term: PolicyTerm) -> String {
        let unit = term.unit == .year ? "年" : "个月"
        if let last = term.options.last {
            let head = term.options.dropLast().map(String.init).joined(separator: "、")
            return (head.isEmpty ? "" : head + "或") + "\(last)\(unit)"
        }
        let min = term.min ?? 1
        guard let max = term.max else { return "\(min)\(unit)以上" }
        return min == max ? "\(min)\(unit)" : "\(min)至\(max)\(unit)"
    }
}
