import Foundation
import PuhuiDomain
import PuhuiServices

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
    /// Premiums received (and pension contributions), the policies that paid late, and those
    /// the month-end run lapsed for premium unpaid past grace.
    public var premiumsReceived = 0
    public var paidLate = 0
    public var lapsed = 0
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
    let registry: PartyCheck
    let applications: UnderwritingService
    let premiums: PremiumService
    let claimService: ClaimService
    /// The book's users by name: every step acts as one of them.
    let users: [String: AuthenticatedUser]
    let underwritingAuthority: AuthorityBook
    let underwriterNames: [String]
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
    let servicingCache = ServicingCache()
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
        var issuedAt: Instant
        var instalments: [Policy.Instalment]
    }

    /// The users the demo book acts as; they must be users of the book (its staff imported).
    static let actors = ["clerk.ma", "clerk.xu", "broker.online", "chen.jie", "liu.yang", "zhao.min", "sun.hao"]

    /// Seeds the book through the services of `engine`, as of `options.bookDate` (the clock the
    /// services run on stands there, so nothing lands after it). Every step acts as a real user
    /// of the book; seeding is an administrator's job.
    public static func seed(_ options: DemoOptions, engine: PuhuiEngine, by admin: AuthenticatedUser,
                            progress: @escaping (String, Int, Int) -> Void = { _, _, _ in }) throws -> DemoSummary {
        try admin.authorize(.seedDemo)
        if engine.clock.now() < options.bookDate {
            throw PuhuiError.invalid("the book date \(options.bookDate) is in the future", field: "bookDate")
        }
        let bookDate = options.bookDate
        let clock = FixedClock(bookDate)
        let environment = engine.environment
        let (users, grants, underwriters) = try engine.storage.read { session in
            (try session.users.users().filter { $0.status == .active }, try session.users.grants(kind: .underwriting),
             try session.users.users(withRole: .underwriter))
        }
        let byName = Dictionary(users.map { ($0.name, AuthenticatedUser($0)) }, uniquingKeysWith: { a, _ in a })
        let missing = actors.filter { byName[$0] == nil }
        if !missing.isEmpty {
            throw PuhuiError.refused("the demo book acts as \(missing.joined(separator: ", ")), who are not users of this book: import the staff first")
        }
        var book = DemoBook(
            options: options, registry: PartyCheck(standard: try environment.sizeStandard(), today: bookDate.chinaDate),
            applications: UnderwritingService(storage: engine.storage, clock: clock), premiums: PremiumService(storage: engine.storage, clock: clock),
            claimService: ClaimService(storage: engine.storage, clock: clock, calendar: try environment.workingDayCalendar()),
            users: byName, underwritingAuthority: AuthorityBook(grants: grants), underwriterNames: underwriters,
            random: DemoRandom(seed: options.seed), progress: progress)
        let storage = engine.storage
        try book.seedParties(storage)
        try book.seedPolicies(storage)
        try book.seedPremiums(storage)
        try book.seedClaims(storage)
        return book.summary
    }

    /// `name` acting at `at`.
    func context(_ name: String, at: Instant) -> ActionContext {
        ActionContext(user: users[name] ?? AuthenticatedUser(name: name, roles: []), at: at)
    }

    /// Runs `body` for `count` items in transactions of `batch`, each item in a savepoint so a
    /// refused item leaves nothing behind. The book is worked on in place: a copy per batch
    /// would duplicate every firm, person and issued policy, making seeding quadratic. A
    /// database error ends the whole seed, so the book need not survive one.
    mutating func batches(_ phase: String, count: Int, batch: Int = 500, _ storage: any PuhuiStorage,
                          _ body: (inout DemoBook, Int, any StorageSession) throws -> Void) throws {
        var done = 0
        while done < count {
            let end = min(count, done + batch)
            try storage.write { session in
                for i in done..<end {
                    do {
                        try session.savepoint {
                            try body(&self, i, session)
                        }
                    } catch let error as PuhuiError where error.code == .storage || error.code == .corrupt {
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
