import Foundation
import Hummingbird
import NIOCore
import PuhuiDomain
import PuhuiReports
import PuhuiServices

/// The regulator's page: pick a period, preview the extract as the printable report with its
/// charts (`ExtractReportPage`, inline SVG with a table beside each chart), download it as CSV,
/// JSON or XML. The statistics service checks the role (regulator or admin).
extension Pages {
    /// `GET /regulator?from=&to=`: the form, and for a period its preview and downloads.
    func regulator(_ visitor: PageVisitor, _ query: PageForm) async throws -> Response {
        let context = try visitor.context(at: engine.clock.now())
        try context.authorize(.readStatistics)
        let language = visitor.language
        let today = context.at.chinaDate
        var data = visitor.common(title: language.text("regulator"))
        let from = query["from"] ?? CivilDate(year: today.year, month: 1, day: 1).map(String.init(describing:)) ?? ""
        let to = query["to"] ?? today.adding(days: -1).description
        data["from"] = from
        data["to"] = to
        if query["from"] != nil || query["to"] != nil {
            do {
                _ = try Self.period(query)
                let period = "from=\(from)&to=\(to)"
                data["links"] = [["href": "/regulator/report?\(period)", "text": language.text("preview")],
                                 ["href": "/regulator/extract?\(period)&format=csv", "text": "CSV"],
                                 ["href": "/regulator/extract?\(period)&format=json", "text": "JSON"],
                                 ["href": "/regulator/extract?\(period)&format=xml", "text": "XML"]]
            } catch let error as PuhuiError {
                data["errors"] = [error.field ?? "from": error.message]
            }
        }
        return try html("regulator", data)
    }

    static func period(_ query: PageForm) throws -> (from: CivilDate, to: CivilDate) {
        guard let from = query["from"].flatMap({ CivilDate(iso: $0) }) else { throw PuhuiError.invalid("enter the first day as 2026-01-01", field: "from") }
        guard let to = query["to"].flatMap({ CivilDate(iso: $0) }) else { throw PuhuiError.invalid("enter the last day as 2026-06-30", field: "to") }
        guard from <= to else { throw PuhuiError.invalid("the period ends before it begins", field: "to") }
        return (from, to)
    }

    /// `GET /regulator/report?from=&to=`: the printable report. Its one inline style sheet is
    /// allowed by its SHA-256 in this page's policy, and nothing else is.
    func regulatorReport(_ visitor: PageVisitor, _ query: PageForm) async throws -> Response {
        let context = try visitor.context(at: engine.clock.now())
        let (from, to) = try Self.period(query)
        let engine = engine
        let page = try await threads.run { ExtractReportPage(try engine.statistics.extract(ExtractPeriod(from: from, to: to), context)) }
        let html = page.render()
        var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: html)))
        response.headers[.contentType] = "text/html; charset=utf-8"
        var styles: [String] = []
        var rest = Substring(html)
        while let open = rest.range(of: "<style>"), let close = rest.range(of: "</style>", range: open.upperBound..<rest.endIndex) {
            styles.append("'sha256-\(Self.base64(hex: AccessToken.digest(String(rest[open.upperBound..<close.lowerBound]))))'")
            rest = rest[close.upperBound...]
        }
        response.headers[.contentSecurityPolicy] = "default-src 'none'; style-src \(styles.isEmpty ? "'none'" : styles.joined(separator: " ")); "
            + "img-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
        return response
    }

    /// `GET /regulator/extract?from=&to=&format=csv|json|xml`: the extract, as a download.
    func regulatorExtract(_ visitor: PageVisitor, _ query: PageForm) async throws -> Response {
        let context = try visitor.context(at: engine.clock.now())
        let (from, to) = try Self.period(query)
        guard let format = query["format"].flatMap(ExtractWriter.Format.init(rawValue:)), format != .longCSV else {
            throw PuhuiError.invalid("the format is csv, json or xml", field: "format")
        }
        let engine = engine
        let (data, name) = try await threads.run {
            let statistics = engine.statistics
            let extract = try statistics.extract(ExtractPeriod(from: from, to: to), context).extract
            return (try statistics.render(extract, format: format), extract.baseName + "." + format.fileExtension)
        }
        var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(bytes: data)))
        response.headers[.contentType] = switch format {
        case .csv, .longCSV: "text/csv; charset=utf-8"
        case .json: "application/json"
        case .xml: "application/xml"
        }
        response.headers[.contentDisposition] = "attachment; filename=\"\(name)\""
        return response
    }

    /// Hex digits as base64 (a CSP hash source wants the digest's bytes in base64).
    static func base64(hex: String) -> String {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex, let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex), let byte = UInt8(hex[index..<next], radix: 16) {
            bytes.append(byte)
            index = next
        }
        return Data(bytes).base64EncodedString()
    }
}
