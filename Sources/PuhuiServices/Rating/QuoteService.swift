import Foundation
import PuhuiDomain

/// Prices risks against the catalog: the product version and rate table versions in force on
/// the rating date, with a worksheet for every premium.
public struct QuoteService: Sendable {
    public let storage: any PuhuiStorage
    public let clock: any Clock
    /// Raters kept between quotes by a long-running front door; nil builds one per quote.
    public let raters: RaterCache?

    public init(storage: any PuhuiStorage, clock: any Clock, raters: RaterCache? = nil) {
        self.storage = storage
        self.clock = clock
        self.raters = raters
    }

    /// Rates a risk without storing anything.
    public func quote(productCode: String, asOf: CivilDate, riskText: String, source: String) throws -> Quote {
        let fields = try RiskInput.parse(riskText, source: source)
        return try storage.read { session in try Self.quote(productCode: productCode, asOf: asOf, risk: fields, source: source, raters: raters, session).1 }
    }

    /// Rates one risk; a field the product does not declare is a problem of the risk.
    static func quote(productCode: String, asOf: CivilDate, risk fields: JSONInputFields, source: String, raters: RaterCache?,
                      _ session: any StorageSession) throws -> (StoredProduct, Quote) {
        let (stored, rater) = try raters?.rater(productCode: productCode, on: asOf, session.catalog)
            ?? session.catalog.rater(productCode: productCode, on: asOf)
        return (stored, try rate(stored, rater, fields, asOf: asOf, source: source))
    }

    static func rate(_ stored: StoredProduct, _ rater: any Rater, _ fields: JSONInputFields, asOf: CivilDate, source: String) throws -> Quote {
        let start = try RiskInput.startDate(fields, asOf: asOf, source: source)
        let context = RatingContext(asOf: asOf, startDate: start, rounding: stored.product.rating.rounding)
        return try rater.quote(fields, context: context, source: source)
    }

    /// The same from a rater kept in memory, without a transaction, when the catalog has not
    /// changed since it was kept (its generation read without waiting); nil when there is no
    /// such rater or the generation cannot be read at once (then the one above answers).
    public func quoteFromKeptRater(productCode: String, asOf: CivilDate, risk: JSONValue, source: String) throws -> Quote? {
        guard let raters, let generation = storage.catalogGenerationWithoutWaiting(),
              let (stored, rater) = raters.keptRater(productCode: productCode, on: asOf, generation: generation) else { return nil }
        return try Self.rate(stored, rater, try RiskInput.fields(risk, source: source), asOf: asOf, source: source)
    }

    /// Rates a risk already read as JSON (the `risk` of an HTTP request body) without storing
    /// anything: what an anonymous caller may ask.
    public func quote(productCode: String, asOf: CivilDate, risk: JSONValue, source: String) throws -> Quote {
        let fields = try RiskInput.fields(risk, source: source)
        return try storage.read { session in try Self.quote(productCode: productCode, asOf: asOf, risk: fields, source: source, raters: raters, session).1 }
    }

    /// Rates the risk and stores the quote with the risk as given, as the acting user's; returns
    /// it with its reference.
    public func quoteAndStore(productCode: String, asOf: CivilDate, riskText: String, source: String, _ context: ActionContext) throws -> Quote {
        try context.authorize(.storeQuote)
        return try store(productCode: productCode, asOf: asOf, risk: try RiskInput.parse(riskText, source: source), riskText: riskText,
                         source: source, context)
    }

    /// Rates a risk already read as JSON (the `risk` of an HTTP request body) and stores the
    /// quote with the risk's JSON text, numbers exactly as written, as the acting user's.
    public func quoteAndStore(productCode: String, asOf: CivilDate, risk: JSONValue, source: String, _ context: ActionContext) throws -> Quote {
        try context.authorize(.storeQuote)
        return try store(productCode: productCode, asOf: asOf, risk: try RiskInput.fields(risk, source: source), riskText: risk.compactText,
                         source: source, context)
    }

    private func store(productCode: String, asOf: CivilDate, risk fields: JSONInputFields, riskText: String, source: String,
                       _ context: ActionContext) throws -> Quote {
        let now = clock.now()
        return try storage.write { session in
            var (stored, quote) = try Self.quote(productCode: productCode, asOf: asOf, risk: fields, source: source, raters: raters, session)
            quote.id = try session.policies.insertQuote(quote, productVersionID: stored.id, riskText: riskText, at: now, by: context.actor)
            return quote
        }
    }

    /// A stored quote and the risk text it priced; a customer sees only their own quotes (any
    /// other is "not found").
    public func storedQuote(_ reference: String, _ context: ActionContext) throws -> StoredQuote {
        try context.authorize(.readQuotes)
        let stored = try storage.read { try $0.policies.quote(reference) }
        if context.user.isCustomer && stored.createdBy != context.actor {
            throw PuhuiError.notFound("quote \(Reference.normalized(reference)) does not exist")
        }
        return stored
    }

    /// Raters working in parallel for batch rating: one per core.
    public static var workers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Rates the portfolio CSV `input` into `output` (nil: standard output): one risk a row,
    /// streaming, the rows written back with premium and error columns; nothing is stored.
    public func rateBatch(productCode: String, asOf: CivilDate, input: String, output: String?) throws -> BatchRating.Summary {
        // One rater per core, each with its own copy of the tables: workers then share no
        // reference-counted objects, and do not contend for them.
        let raters = try (0..<Self.workers).map { _ in
            try storage.read { try $0.catalog.rater(productCode: productCode, on: asOf).1 }
        }
        guard let rater = raters.first else { throw PuhuiError.invalid("no rater") }
        guard let source = FileHandle(forReadingAtPath: input) else {
            throw PuhuiError.invalid("\(input): cannot read the file")
        }
        defer { try? source.close() }
        let sink: FileHandle
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: nil), let handle = FileHandle(forWritingAtPath: output) else {
                throw PuhuiError.invalid("\(output): cannot create the file")
            }
            sink = handle
        } else {
            sink = FileHandle.standardOutput
        }
        defer { if output != nil { try? sink.close() } }
        let context = RatingContext(asOf: asOf, startDate: asOf, rounding: rater.product.rating.rounding)
        let stopwatch = Stopwatch()
        var summary: BatchRating.Summary
        do {
            summary = try BatchRating.rate(raters: raters, context: context, inputName: input, format: .of(path: input),
                                           read: { try source.read(upToCount: BatchRating.chunkSize) ?? Data() },
                                           write: { try sink.write(contentsOf: $0) })
        } catch {
            // A file refused as a whole (its header) leaves no output behind.
            if let output { try? FileManager.default.removeItem(atPath: output) }
            throw error
        }
        summary.seconds = stopwatch.secondsText(decimals: 2)
        return summary
    }
}
