import Foundation

/// Writes the extract as JSON (for machines), CSV (UTF-8 with BOM, Chinese headers with the
/// English codes, for spreadsheets: sectioned like the printed form, or long, one row per
/// segment × line × indicator, for pivot tables) or XML (validated against its schema before
/// it is written).
public enum ExtractWriter {
    public enum Format: String, Sendable, CaseIterable {
        case json, csv, xml
        case longCSV = "long-csv"

        /// The file name's ending: `json`, `csv`, `xml`, `long.csv`.
        public var fileExtension: String { self == .longCSV ? "long.csv" : rawValue }
    }

    /// The extract in `format`; XML is validated against `xmlSchema` (the bytes of
    /// `puhui-extract.xsd`) and refused when it does not match.
    public static func render(_ extract: RegulatorExtract, format: Format, xmlSchema: [UInt8]?) throws -> Data {
        switch format {
        case .json: return try json(extract)
        case .csv: return csv(extract)
        case .longCSV: return longCSV(extract)
        case .xml:
            let data = xml(extract)
            guard let xmlSchema else { throw PuhuiError.invalid("the XML extract needs its schema to be validated against") }
            try validate(data, schema: xmlSchema)
            return data
        }
    }

    static func json(_ extract: RegulatorExtract) throws -> Data {
        let content = try CanonicalJSON.encode(extract)
        return Data("{\"contentSha256\":\"\(CanonicalJSON.sha256(content))\",\"extract\":\(content)}\n".utf8)
    }

    static func columns(_ indicators: [ExtractIndicator]) -> [String] {
        indicators.map { "\($0.chineseName) \($0.rawValue)" }
    }

    static func value(_ row: ExtractRow, _ indicator: ExtractIndicator) -> String {
        row.text(indicator)
    }

    static func csv(_ extract: RegulatorExtract) -> Data {
        var lines: [String] = []
        func row(_ cells: [String]) { lines.append(cells.map(CSVLine.escape).joined(separator: ",")) }
        row(["普惠保险统计报表 Puhui regulator extract"])
        row(["统计期间 period", "\(extract.periodFrom)", "\(extract.periodTo)"])
        row(["数据截至 as of", extract.asOf.description])
        row(["引擎版本 engine version", extract.engineVersion])
        row(["内容校验 contentSha256", extract.contentSHA256])
        for product in extract.products {
            row(["产品 product", "\(product.code) v\(product.version)", product.line, product.nameZh, product.department])
        }
        for detail in extract.details {
            row(["明细文件 detail file", detail.name, String(detail.rows), detail.sha256])
        }
        let header = ["类型 kind", "客户群 segment", "险种 line"] + columns(ExtractIndicator.allCases)
        func table(_ title: String, _ rows: [ExtractRow]) {
            lines.append("")
            row([title])
            row(header)
            for r in rows {
                row([r.kind.rawValue, r.segment, r.line] + ExtractIndicator.allCases.map { value(r, $0) })
            }
        }
        table("个体工商户 Individual businesses", extract.individualBusinessRows)
        table("客户群 × 险种 Segments × lines", extract.rows)
        return Data(("\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func xml(_ extract: RegulatorExtract) -> Data {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<puhuiExtract xmlns=\"urn:puhui:extract:2\" periodFrom=\"\(extract.periodFrom)\" periodTo=\"\(extract.periodTo)\" asOf=\"\(extract.asOf)\" engineVersion=\"\(escape(extract.engineVersion))\" contentSha256=\"\(extract.contentSHA256)\">\n"
        out += "  <products>\n"
        for p in extract.products {
            out += "    <product code=\"\(escape(p.code))\" version=\"\(p.version)\" line=\"\(p.line)\" department=\"\(escape(p.department))\" nameZh=\"\(escape(p.nameZh))\" nameEn=\"\(escape(p.nameEn))\"/>\n"
        }
        out += "  </products>\n"
        out += "  <details>\n"
        for d in extract.details {
            out += "    <file name=\"\(escape(d.name))\" rows=\"\(d.rows)\" sha256=\"\(d.sha256)\"/>\n"
        }
        out += "  </details>\n"
        func rows(_ element: String, _ rows: [ExtractRow]) {
            out += "  <\(element)>\n"
            for r in rows {
                out += "    <row kind=\"\(r.kind.rawValue)\" segment=\"\(r.segment)\" line=\"\(r.line)\">\n"
                for indicator in ExtractIndicator.allCases {
                    let text = value(r, indicator)
                    out += text.isEmpty ? "      <\(indicator.rawValue)/>\n" : "      <\(indicator.rawValue)>\(text)</\(indicator.rawValue)>\n"
                }
                out += "    </row>\n"
            }
            out += "  </\(element)>\n"
        }
        rows("individualBusiness", extract.individualBusinessRows)
        rows("rows", extract.rows)
        out += "</puhuiExtract>\n"
        return Data(out.utf8)
    }

    /// Parses the XML and validates it against the schema; any violation refuses the write.
    static func validate(_ data: Data, schema: [UInt8]) throws {
        let (tree, parseErrors) = XMLTree.parse(bytes: [UInt8](data), path: "extract.xml")
        guard let tree, parseErrors.isEmpty else { throw PuhuiError.rejected(parseErrors) }
        let (validator, schemaErrors) = XMLSchemaValidator.load(bytes: schema, path: "puhui-extract.xsd")
        guard let validator else { throw PuhuiError.rejected(schemaErrors) }
        let errors = validator.validate(tree)
        if !errors.isEmpty {
            throw PuhuiError(.corrupt, "the XML extract does not match its schema: " + errors.map(\.description).joined(separator: "; ") + "; nothing was written")
        }
    }
}
