/// `docs/product-reference.md`: what a product person reads to write a product, generated from
/// the vocabularies the rating modules declare in code and from the shipped products written in
/// steps. `puhui catalog reference` writes it; a test fails when the committed file is stale.
public enum ProductReference {
    public static let path = "docs/product-reference.md"

    public static func markdown(products: [Product]) -> String {
        var out: [String] = []
        out.append("# Product reference / 产品定义参考")
        out.append("")
        out.append("Generated from the declarations in the code and the shipped products by `puhui catalog reference --out \(path)`;")
        out.append("a test fails when this file is stale. Do not edit it by hand: change the declarations and generate it again.")
        out.append("")
        out.append("A product is one XML file in `products/` (schema `products/puhui-product.xsd`) and the rate tables it names in")
        out.append("`rates/` (`rates/README.md`). `puhui catalog validate` checks every name a file uses against what its rating module")
        out.append("declares, and refuses anything undeclared at `path:line:column` with a \"did you mean\" when a declared name is")
        out.append("close. `puhui quote` refuses a risk field the product does not declare (unless `<openField name=\"…\"/>` declares it")
        out.append("open). Modules: \(RatingModules.names.map { "`\($0)`" }.joined(separator: ", ")). The coded modules")
        out.append("\(RatingModules.retired.map { "`\($0)`" }.joined(separator: ", ")) were replaced by products written in steps, which give the same premiums to the fen.")
        out.append("")
        rateTables(&out)
        steps(&out)
        for module in RatingModules.coded { coded(module.vocabulary, line: module.line, &out) }
        shipped(products.filter { $0.rating.module == .steps }.sorted { ($0.code, $0.version) < ($1.code, $1.version) }, &out)
        return out.joined(separator: "\n") + "\n"
    }

    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    static func row(_ cells: [String]) -> String {
        "| " + cells.map(cell).joined(separator: " | ") + " |"
    }

    static func header(_ cells: [String]) -> [String] {
        [row(cells), "|" + cells.map { _ in "---" }.joined(separator: "|") + "|"]
    }

    static func rateTables(_ out: inout [String]) {
        out.append("## Rate tables")
        out.append("")
        out += header(["metadata line", "meaning"])
        out.append(row(["`# table: NAME`", "required: the name products give in `<table role=\"…\" name=\"NAME\"/>`"]))
        out.append(row(["`# effective-from: YYYY-MM-DD`", "the first day the version applies (quotes use the version in force on their date)"]))
        out.append(row(["`# value-range: LOW-HIGH`", "the plausible values of the value column (`0-0.05`); a value outside it is refused with its line. Required for tables a steps product uses; a coded module also declares a range per role"]))
        out.append(row(["`# illustrative: true`", "the figures are not an insurer's filed rates"]))
        out.append(row(["`# title:`, `# unit:`, `# source:`", "for the reader and the worksheet"]))
        out.append("")
        out.append("Every value must be a plain decimal below \(RateTableReader.largestValue) in magnitude with at most \(RateTableReader.mostDecimals) decimals; a negative value")
        out.append("needs a value-range that allows it. Every key combination a product can ask for (the values its fields allow, less")
        out.append("those a decline rule refuses, and every band its ranges can reach) must have a row in every table version it uses.")
        out.append("")
    }

    static func steps(_ out: inout [String]) {
        let vocabulary = StepsVocabulary.vocabulary
        out.append("## Module `steps`")
        out.append("")
        out.append(vocabulary.summary)
        out.append("")
        out.append("### Risk fields: `<risk><field …/></risk>`")
        out.append("")
        out += header(["attribute", "meaning"])
        out.append(row(["`name`", "the field's name in a quote's JSON or a batch file's header: letters and digits, lower-case first (`sumInsured`)"]))
        out.append(row(["`type`", StepField.Kind.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ") + ": money in yuan (at most two decimals), whole numbers, decimals, one of `values`, YYYY-MM-DD, free text"]))
        out.append(row(["`required`", "`true` (default) or `false`"]))
        out.append(row(["`default`", "the value of an optional field left out"]))
        out.append(row(["`values`", "key fields: the keys allowed, separated by spaces"]))
        out.append(row(["`min`, `max`", "bounds of a number field (money in yuan)"]))
        out.append(row(["`amountOf`", "the field is the amount of this coverage, checked against its allowed amounts; an optional coverage is chosen by giving it"]))
        out.append(row(["`deductibleOf`", "the field chooses one of this coverage's deductible options (default: the first, unless required)"]))
        out.append(row(["`fact`", "the underwriting fact the field provides to `<rule fact=\"…\">`"]))
        out.append(row(["`unit`, `<meaning>`", "for this reference and the people who quote"]))
        out.append("")
        out.append("`<persons countFact=\"…\" ageFact=\"…\" sexFact=\"…\" min=\"1\" max=\"10000\" sex=\"optional|required\">` declares insured persons:")
        out.append("the risk's `insured` list (in batch rating the row is its one person), each with `birthDate` (or `age`), `sex` and")
        out.append("`party` as an application fills them, and the `<field>`s declared inside. `<check field=\"…\" atLeast=\"…\" atMost=\"…\"")
        out.append("when=\"…\" reason=\"…\"/>` refuses a risk across fields (employees at least 1 when employer's liability is chosen).")
        out.append("`<term months=\"12\"/>`, `<term field=\"…\"/>` or `<term table=\"ROLE\"><key …/></term>` sets the policy term in months.")
        out.append("Every risk may also carry `startDate`; batch files may carry an `id` column (JSON Lines: an `id` member).")
        out.append("")
        out.append("### Steps: `<premium><part coverage=\"CODE\">…</part><total>…</total></premium>`")
        out.append("")
        out += header(["step", "what it does", "attributes"])
        out.append(row(["`<amount>`", "starts the running amount", "one of `field`, `parameter`, `value`, `count=\"persons\"`, `table` with `<key>`s; `label`"]))
        out.append(row(["`<multiply>`", "multiplies the running amount (`complement=\"true\"`: by 1 − the number, a discount)", "as `<amount>`; `complement`"]))
        out.append(row(["`<add>`", "adds the result of its own steps (which start with `<amount>`)", "`when=\"FIELD\"`: only when that optional field is given; `label`"]))
        out.append(row(["`<eachPerson>`", "runs its steps for each insured person (persons alike are priced once) and adds their premiums, each rounded to the fen", "`label`, with `{field}` replaced by the person's value"]))
        out.append(row(["`<round>`", "rounds the running amount to the fen", "`rule`: half-up, half-even, down, up (default: the rating's `rounding`)"]))
        out.append(row(["`<minimum>`, `<maximum>`", "raises (lowers) the rounded premium to a parameter or value in yuan", "`parameter` or `value`; `label`"]))
        out.append("")
        out.append("`<key dimension=\"D\" field=\"F\"/>` (or `value=\"…\"`, `count=\"persons\"`) gives one dimension of the table its value;")
        out.append("money looks up a range dimension in whole yuan. A part names the coverage(s) it prices and ends with a premium")
        out.append("rounded to the fen; a part of an optional coverage runs only when the risk gives the coverage's amount; `<aggregate>`")
        out.append("steps inside a part give the coverage's aggregate limit. `<total>` steps apply to the sum of the parts.")
        out.append("")
        out.append("`catalog validate` refuses: an undeclared field, parameter, table role, dimension or coverage; a declared parameter,")
        out.append("table role or coverage no step uses; steps in an order that does not end with a rounded premium; a table without")
        out.append("the rows the product needs; a combination of the largest values that could overflow money (named with the step).")
        out.append("Arithmetic is exact; an overflow while rating is an error naming the step, never a wrong premium.")
        out.append("")
    }

    static func coded(_ vocabulary: RatingVocabulary, line: LineOfBusiness, _ out: inout [String]) {
        out.append("## Module `\(vocabulary.module)` (coded, line \(line.rawValue) \(line.chineseName))")
        out.append("")
        out.append(vocabulary.summary)
        out.append("")
        out.append("Coverages: \(vocabulary.coverages.text).")
        out.append("")
        out.append("### Table roles")
        out.append("")
        out += header(["role", "dimensions", "values", "meaning"])
        for role in vocabulary.roles {
            let regulatory = role.mortalityCategory.map { " (the \($0) mortality table in force on the product's effective date: data/mortality-tables.csv)" } ?? ""
            out.append(row(["`\(role.role)`", role.dimensionText, role.valueRange.description, role.meaning + regulatory]))
        }
        out.append("")
        out.append("### Parameters")
        out.append("")
        out += header(["parameter", "kind", "unit", "allowed", "required", "meaning"])
        for spec in vocabulary.parameters {
            var allowed = spec.range?.description ?? ""
            if let keys = spec.keys { allowed = keys.joined(separator: ", ") }
            let regulatory = spec.pricingInterestCategory.map { " (checked against the cap for \($0) products in force on the effective date: data/pricing-interest-caps.csv)" } ?? ""
            out.append(row(["`\(spec.displayName)`", spec.kind.rawValue, spec.unit, allowed, spec.required && !spec.prefix ? "yes" : "no", spec.meaning + regulatory]))
        }
        out.append("")
        out.append("### Risk fields")
        out.append("")
        out += fieldTable(vocabulary.fields)
        out.append("")
        out.append("### Underwriting facts")
        out.append("")
        out += factTable(vocabulary.facts)
        out.append("")
    }

    static func allowedText(_ allowed: RiskFieldSpec.Allowed) -> String {
        switch allowed {
        case .any: ""
        case let .values(values): values.joined(separator: ", ")
        case let .range(lower, upper): "\(lower) to \(upper)"
        case let .tableKeys(role, dimension): "the keys of `\(dimension)` in the `\(role)` table"
        case let .described(text): text
        }
    }

    static func fieldTable(_ fields: [RiskFieldSpec]) -> [String] {
        var lines = header(["field", "type", "unit", "required", "allowed", "meaning"])
        for field in fields {
            lines.append(row(["`\(field.name)`", field.kind.rawValue, field.unit, field.required ? "yes" : "no", allowedText(field.allowed), field.meaning]))
            for item in field.items {
                lines.append(row(["`\(field.name)[].\(item.name)`", item.kind.rawValue, item.unit, item.required ? "yes" : "no", allowedText(item.allowed), item.meaning]))
            }
        }
        return lines
    }

    static func factTable(_ facts: [FactSpec]) -> [String] {
        var lines = header(["fact", "kind", "unit", "tests", "meaning"])
        for fact in facts {
            let tests = fact.kind == .number ? "above, below, in, not-in" : "in, not-in"
            lines.append(row(["`\(fact.name)`", fact.kind.rawValue + (fact.perItem ? ", one per person or buyer" : ""), fact.unit, tests, fact.meaning]))
        }
        return lines
    }

    static func shipped(_ products: [Product], _ out: inout [String]) {
        out.append("## Shipped products written in steps")
        out.append("")
        out.append("Each declares its own vocabulary; these are examples to copy.")
        out.append("")
        for product in products {
            guard let definition = product.rating.steps else { continue }
            out.append("### \(product.code) v\(product.version): \(product.name.en) (\(product.name.zh))")
            out.append("")
            out.append("Line \(product.line.rawValue); tables: " + product.rating.tables.sorted { $0.key < $1.key }.map { "`\($0.key)` = \($0.value)" }.joined(separator: ", ")
                       + "; parameters: " + product.rating.parameters.sorted { $0.key < $1.key }.map { "`\($0.key)` = \($0.value)" }.joined(separator: ", ")
                       + (product.rating.openFields.map { "; open fields: " + $0.map { "`\($0)`" }.joined(separator: ", ") } ?? "") + ".")
            out.append("")
            out += fieldTable(StepsVocabulary.riskFields(definition))
            out.append("")
            out += factTable(StepsVocabulary.facts(definition))
            out.append("")
            out.append("```")
            out += definition.premiumLines
            out.append("```")
            out.append("")
        }
    }
}
