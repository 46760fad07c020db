import PuhuiDomain

/// Where the book is kept. Use cases reach the database only through this protocol and the
/// stores of a session, so that another database (PostgreSQL) is another implementation in a
/// target of its own, with no use case touched (docs/architecture.md).
///
/// Every `write` is one transaction: the body's changes are committed together when it returns
/// and undone together when it throws.
public protocol PuhuiStorage: Sendable {
    /// Runs `body` on a consistent snapshot of the book.
    func read<T>(_ body: (any StorageSession) throws -> T) throws -> T
    /// Runs `body` in one transaction.
    func write<T>(_ body: (any StorageSession) throws -> T) throws -> T
    /// The users' generation (`UserStore.identityGeneration`) as committed now, read at once
    /// from the calling thread, or nil when it cannot be read without waiting (another program
    /// holds the file): then the caller reads users the ordinary way.
    func identityGenerationWithoutWaiting() -> Int64?
    /// The catalog's generation (`CatalogStore.catalogGeneration`) as committed now, read the
    /// same way; nil when it cannot be read without waiting.
    func catalogGenerationWithoutWaiting() -> Int64?
}

extension PuhuiStorage {
    public func identityGenerationWithoutWaiting() -> Int64? { nil }
    public func catalogGenerationWithoutWaiting() -> Int64? { nil }
}

/// The stores of one transaction, one per aggregate. A session is valid only inside the
/// `read` or `write` body that received it.
public protocol StorageSession {
    var catalog: any CatalogStore { get }
    var parties: any PartyStore { get }
    var policies: any PolicyStore { get }
    var claims: any ClaimStore { get }
    var audit: any AuditStore { get }
    var statistics: any StatisticsStore { get }
    var users: any UserStore { get }
    var webSignIn: any WebSignInStore { get }
    var servicing: any ServicingStore { get }
    var letters: any LetterStore { get }
    /// The online service's answers kept for retries (schema v14).
    var idempotency: any IdempotencyStore { get }
    /// Files uploaded for claims' documents (schema v14).
    var claimDocumentFiles: any ClaimDocumentFileStore { get }

    /// Runs `body` in a savepoint: when it throws, its changes are undone and the transaction
    /// goes on (bulk operations skip a refused item this way).
    func savepoint<T>(_ body: () throws -> T) throws -> T

    /// The next running number of the reference series `stem` (`CLM-2026-`), counted in this
    /// transaction, so that a rolled-back change gives its number back.
    func nextNumber(stem: String) throws -> Int
}

extension StorageSession {
    /// The next reference of `series` for `year`: `CLM-2026-000124`.
    public func nextReference(_ series: ReferenceSeries, year: Int) throws -> String {
        let stem = series.stem(year: year)
        return ReferenceSeries.reference(stem: stem, number: try nextNumber(stem: stem))
    }
}
