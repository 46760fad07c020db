import PuhuiDomain

/// The bordereaux for finance and reinsurance: the policy and claim exports, streamed row by
/// row (a cursor over the book, a megabyte of output at a time), CSV with BOM and CRLF or JSON.
/// Every export is recorded in the audit trail (what, for which period, how many rows, the
/// SHA-256 of the bytes, whether personal data was in full).
public struct ExportService: Sendable {
    public let storage: any PuhuiStorage
    public let clock: any Clock

    public init(storage: any PuhuiStorage, clock: any Clock) {
        self.storage = storage
        self.clock = clock
    }

    /// What was written.
    public struct Summary: Sendable, Codable, Hashable {
        public var fileName: String
        public var rows: Int
        public var bytes: Int
        public var sha256: String
    }

    /// The period from `from` to `to` as of `asOf` (by default the end of `to`, or now for a
    /// period ending today); a period ending after today is refused, as for the extract.
    public func period(from: CivilDate, to: CivilDate, asOf: Instant?) throws -> ExtractPeriod {
        try ExtractPeriod.checked(from: from, to: to, asOf: asOf, now: clock.now())
    }

    static let flushBytes = 1 << 20

    /// The claim bordereau of `filter` in `format`, handed to `write` in pieces.
    public func claims(_ filter: BordereauFilter, format: ExtractDetail.Format, _ context: ActionContext,
                       write: ([UInt8]) throws -> Void) throws -> Summary {
        try authorize(filter, context)
        var out = Output(writer: ExtractDetailWriter(.claims, format, columns: ClaimBordereau.columns, header: filter.header(.claims)))
        let period = filter.period
        try storage.read { session in
            try session.statistics.forEachClaim(filter) { history, facts in
                guard let claim = ClaimReplay.replay(history, asOf: period.asOf), ClaimBordereau.includes(claim, period: period) else { return }
                try out.append(ClaimBordereau.cells(claim, facts, period: period, reveal: filter.reveal), to: write)
            }
        }
        return try finish(&out, to: write, filter.fileName(.claims, format), "claim bordereau", filter, context)
    }

    /// The policy bordereau of `filter` in `format`, handed to `write` in pieces.
    public func policies(_ filter: BordereauFilter, format: ExtractDetail.Format, _ context: ActionContext,
                         write: ([UInt8]) throws -> Void) throws -> Summary {
        try authorize(filter, context)
        var out = Output(writer: ExtractDetailWriter(.policies, format, columns: PolicyBordereau.columns, header: filter.header(.policies)))
        try storage.read { session in
            try session.statistics.forEachPolicy(filter) { row in
                try out.append(PolicyBordereau.cells(row, period: filter.period, reveal: filter.reveal), to: write)
            }
        }
        return try finish(&out, to: write, filter.fileName(.policies, format), "policy bordereau", filter, context)
    }

    func authorize(_ filter: BordereauFilter, _ context: ActionContext) throws {
        // Exporting in full is finance's alone (finance may export at all).
        try context.authorize(filter.reveal ? .revealExport : .exportBook)
        let period = filter.period
        _ = try ExtractPeriod.checked(from: period.from, to: period.to, asOf: period.asOf, now: clock.now())
    }

    func finish(_ out: inout Output, to write: ([UInt8]) throws -> Void, _ name: String, _ what: String, _ filter: BordereauFilter,
                _ context: ActionContext) throws -> Summary {
        out.writer.finish()
        try out.flush(to: write)
        let summary = Summary(fileName: name, rows: out.writer.rows, bytes: out.bytes, sha256: out.digest.hex())
        let now = clock.now()
        try storage.write { session in
            try session.audit.record(AuditEvent(
                at: now, recordedAt: now, actor: context.actor, subject: "export", action: "\(what) exported",
                after: "\(name): \(summary.rows) rows, as of \(filter.period.asOf), sha256 \(summary.sha256), personal data \(filter.reveal ? "IN FULL" : "masked")"))
        }
        return summary
    }

    /// The writer with the running count and digest of the bytes it handed on.
    struct Output {
        var writer: ExtractDetailWriter
        var digest = StreamingDigest()
        var bytes = 0

        mutating func append(_ cells: [ExtractDetail.Cell], to write: ([UInt8]) throws -> Void) throws {
            writer.append(cells)
            if writer.pendingByteCount >= ExportService.flushBytes { try flush(to: write) }
        }

        mutating func flush(to write: ([UInt8]) throws -> Void) throws {
            let chunk = writer.takeBytes()
            guard !chunk.isEmpty else { return }
            digest.update(chunk)
            bytes += chunk.count
            try write(chunk)
        }
    }
}
