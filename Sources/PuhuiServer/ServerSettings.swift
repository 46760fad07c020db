/// How the server listens and what it accepts: address, body and JSON limits, time limits and
/// the threads that run the engine's (blocking) service calls. The defaults are the
/// deployment's unless `puhui serve` is told otherwise.
public struct ServerSettings: Sendable {
    /// The address to listen on; loopback unless the deployment opens it on purpose.
    public var host: String
    /// The port; 0 lets the system choose a free one (the log says which).
    public var port: Int
    /// The largest JSON request body accepted, in bytes (1 MiB).
    public var maxJSONBodyBytes: Int
    /// The deepest nesting of objects and lists accepted in a JSON body.
    public var maxJSONDepth: Int
    /// The most items accepted in one JSON list (and fields in one object).
    public var maxJSONItems: Int
    /// How long a request body may take to arrive once its headers have.
    public var bodyTimeout: Duration
    /// How long a connection may stay silent: before its request is complete, or between
    /// requests. A client that stops sending is disconnected after this.
    public var idleTimeout: Duration
    /// Threads for the engine's service calls that may change the book, which block on SQLite
    /// (writes one at a time). Reads have threads of their own, one per core
    /// (`ServiceThreads.defaultReaders`).
    public var serviceThreads: Int
    /// The largest document file accepted in one upload, in bytes (20 MiB).
    public var maxDocumentBytes: Int
    /// Where uploaded document files are kept; nil: uploads are refused (a book in memory).
    public var documents: DocumentVault?

    public init(host: String = "127.0.0.1", port: Int = 8080, maxJSONBodyBytes: Int = 1 << 20, maxJSONDepth: Int = 32,
                maxJSONItems: Int = 10_000, bodyTimeout: Duration = .seconds(30), idleTimeout: Duration = .seconds(60),
                serviceThreads: Int = 8, maxDocumentBytes: Int = 20 << 20, documents: DocumentVault? = nil) {
        self.host = host
        self.port = port
        self.maxJSONBodyBytes = maxJSONBodyBytes
        self.maxJSONDepth = maxJSONDepth
        self.maxJSONItems = maxJSONItems
        self.bodyTimeout = bodyTimeout
        self.idleTimeout = idleTimeout
        self.serviceThreads = serviceThreads
        self.maxDocumentBytes = maxDocumentBytes
        self.documents = documents
    }
}
