import Foundation
import OpenAPIRuntime
import PuhuiAPI
import PuhuiDomain
import PuhuiServices

extension PuhuiAPIHandlers {
    /// The regulator's extract, as `puhui stats extract` renders it (the XML validated against
    /// its schema); no detail files are written.
    func getStatisticsExtract(_ input: Operations.GetStatisticsExtract.Input) async throws -> Operations.GetStatisticsExtract.Output {
        let context = try RequestScope.context(at: engine.clock.now())
        let query = input.query
        let from = try date(query.from, field: "from")
        let to = try date(query.to, field: "to")
        let asOf = try query.asOf.map { text -> Instant in
            guard let instant = Instant(parsing: text) else { throw PuhuiError.invalid("asOf '\(text)' is not a time such as 2026-06-30T23:59", field: "asOf") }
            return instant
        }
        let format = ExtractWriter.Format(rawValue: query.format?.rawValue ?? "json") ?? .json
        let statistics = engine.statistics
        let data = try await threads.run {
            let period = try statistics.period(from: from, to: to, asOf: asOf)
            return try statistics.render(try statistics.extract(period, context).extract, format: format)
        }
        switch format {
        case .csv, .longCSV: return .ok(.init(body: .csv(HTTPBody(data))))
        case .xml: return .ok(.init(body: .xml(HTTPBody(data))))
        case .json:
            do {
                return .ok(.init(body: .json(try JSONDecoder().decode(OpenAPIRuntime.OpenAPIObjectContainer.self, from: data))))
            } catch {
                throw PuhuiError(.corrupt, "the extract could not be read back as a JSON object")
            }
        }
    }
}
