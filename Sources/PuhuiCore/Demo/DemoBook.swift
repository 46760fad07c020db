import Foundation
import GRDB

/// What `puhui demo seed` builds.
public struct DemoOptions: Sendable {
    public var parties: Int
    public var policies: Int
    public var claims: Int
    public var seed: UInt64
    /// Every time in the book is at or before this moment.
    public var bookDate: Instant
    /// Percent of closed claims that are reopened later.
    public var reopenPercent = 2

    public static let defaultBookDate = Instant(startOfChinaDay: CivilDate(year: 2026, month: 11, day: 20) ?? CivilDate(dayNumber: 20_777)).adding(seconds: 18 * 3600)

    public init(parties: Int = 600, policies: Int = 1000, claims: Int = 300, seed: UInt64 = 2026, bookDate: Instant = DemoOptions.defaultBookDate) {
        self.parties = parties
        self.policies = policies
        self.claims = claims
        self.seed = seed
        self.bookDate = bookDate
    }
}

public struct DemoSummary: Sendable, Codable, Equatable {
    public var enterprises = 0
    public var individualBusinesses = 0
    public var persons = 0
    public var applications = 0
    public var acceptedAtOnce = 0
    public var referred = 0
    public var approved = 0
    public var declinedByUnderwriters = 0
    public var declinedByRules = 0
    public var policies = 0
    public var claims = 0
    public var claimsClosed = 0
    public var claimsOpen = 0
    public var payments = 0
    /// Generated applications or claim steps the engine refused (they are skipped, not forced).
    public var refused = 0
    /// The first few reasons, for the curious.
    public var refusedExamples: [String] = []
}

/// A deterministic synthetic book built through the engine's own operations (party
/// registration, applications with rating and underwriting, underwriters' decisions, the
/// adjusters' claim workflow), never by inserting rows around the rules.
public struct DemoBook {
    let options: DemoOptions
    let registry: PartyRegistry
    let applications: Applications
    let claimService: ClaimService
    let underwriters: AuthorityTable
    var random: DemoRandom
    var summary = DemoSummary()
    var firms: [Firm] = []
    var persons: [Person] = []
    var issued: [IssuedPolicy] = []
    /// Small and micro firms and individual businesses, in registration order (built once
    /// all firms are in, so that adding a person does not scan every firm).
    var smallFirms: [Int]? = nil
    /// The small firms without an owner yet; an owner's firm leaves by swap-remove.
    var unownedSmallFirms: [Int] = []
    let cache = RatingCache()
    /// Reports progress: phase, done, total.
    let progress: (String, Int, Int) -> Void

    struct Firm {
        var reference: String
        var trade: DemoNames.Trade
        var segment: Segment
        var kind: PartyKind
        var employees: [Int] = []
        var owner: Int?
        var revenueYuan: Int64
        var headcount: Int
    }

    struct Person {
        var reference: String
        var role: PersonRole?
        var birth: CivilDate
        var segment: Segment
        var firm: Int?
    }

    struct IssuedPolicy {
        var number: String
        var line: LineOfBusiness
        var product: Product
        var start: CivilDate
        var end: CivilDate
        var coverages: [String: Money]
    }

    public static func seed(_ options: DemoOptions, standard: SizeStandard, underwriters: AuthorityTable, adjusters: AuthorityTable,
                            calendar: WorkingDayCalendar, into writer: some DatabaseWriter,
                            progress: @escaping (String, Int, Int) -> Void = { _, _, _ in }) throws -> DemoSummary {
        if Instant.now() < options.bookDate {
            throw PuhuiError.invalid("the book date \(options.bookDate) is in the future")
        }
        let bookDate = options.bookDate
        var book = DemoBook(
            options: options, registry: PartyRegistry(standard: standard, today: bookDate.chinaDate),
            applications: Applications(underwriters: underwriters, now: { bookDate }),
            claimService: ClaimService(adjusters: adjusters, calendar: calendar, now: { bookDate }),
            underwriters: underwriters, random: DemoRandom(seed: options.seed), progress: progress)
        try book.seedParties(writer)
        try book.seedPolicies(writer)
        try book.seedClaims(writer)
        return book.summary
    }

    /// Runs `body` for `count` items in transactions of `batch`, each item in a savepoint so a
    /// refused item leaves nothing behind. The book is worked on in place: a copy per batch
    /// would duplicate every firm, person and issued policy, making seeding quadratic. A
    /// database error ends the whole seed, so the book need not survive one.
    mutating func batches(_ phase: String, count: Int, batch: Int = 500, _ writer: some DatabaseWriter,
                          _ body: (inout DemoBook, Int, Database) throws -> Void) throws {
        var done = 0
        while done < count {
            let end = min(count, done + batch)
            try writer.write { db in
                for i in done..<end {
                    do {
                        try db.inSavepoint {
                            try body(&self, i, db)
                            return .commit
                        }
                    } catch let error as DatabaseError {
                        throw error
                    } catch {
                        summary.refused += 1
                        if summary.refusedExamples.count < 5 { summary.refusedExamples.append("\(error)") }
                    }
                }
            }
            done = end
            progress(phase, done, count)
        }
    }
}
