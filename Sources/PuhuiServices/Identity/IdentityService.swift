import Foundation
import PuhuiDomain

/// Users, roles, authority and bearer tokens: who may act, proven by a token.
///
/// Tokens are 256 bits from the system's secure generator, shown once when issued and stored only
/// as their SHA-256; a token is refused when unknown, expired or revoked, or when its user is
/// disabled. Every change to users, roles, authority and tokens is an audit event on the chain.
public struct IdentityService: Sendable {
    public let storage: any PuhuiStorage
    public let clock: any Clock

    public init(storage: any PuhuiStorage, clock: any Clock) {
        self.storage = storage
        self.clock = clock
    }

    /// A new random token: `puhui_` and 43 base64url characters (32 bytes).
    public static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for _ in 0..<4 {
            let word = generator.next()
            for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
        }
        let base64 = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        return "puhui_" + base64
    }

    // MARK: - Signing in

    /// The user a token proves, or `unauthenticated` saying why not (never echoing the token).
    public func authenticate(token text: String) throws -> AuthenticatedUser {
        try authenticateForKeeping(token: text).user
    }

    /// What a token proves, with what a `TokenCache` needs to keep it: the token's expiry and
    /// the users' generation of the same snapshot.
    public func authenticateForKeeping(token text: String) throws -> ProvenToken {
        let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty else { throw PuhuiError(.unauthenticated, "no token: sign in with a token") }
        let now = clock.now()
        return try storage.read { session in
            guard let stored = try session.users.token(digest: AccessToken.digest(token)) else {
                throw PuhuiError(.unauthenticated, "the token is not known (mistyped, or from another database)")
            }
            if let revoked = stored.revokedAt {
                throw PuhuiError(.unauthenticated, "the token of \(stored.user) was revoked at \(revoked.shortDescription)")
            }
            if let expires = stored.expiresAt, expires <= now {
                throw PuhuiError(.unauthenticated, "the token of \(stored.user) expired at \(expires.shortDescription)")
            }
            let account = try session.users.user(stored.user)
            guard account.status == .active else {
                throw PuhuiError(.unauthenticated, "user \(account.name) is disabled")
            }
            return ProvenToken(user: AuthenticatedUser(account), expiresAt: stored.expiresAt, generation: try session.users.identityGeneration())
        }
    }

    // MARK: - The first administrator

    /// Sets up a new book's first administrator and returns their token (shown once). Refused
    /// when the book has users already.
    public func initialize(admin name: String) throws -> String {
        try UserAccount.check(name: name, roles: [.admin], party: nil)
        let now = clock.now()
        let token = Self.newToken()
        try storage.write { session in
            guard try session.users.countUsers() == 0 else {
                throw PuhuiError.refused("this database has users already; the first administrator is set up once")
            }
            let account = UserAccount(name: name, roles: [.admin], status: .active, createdAt: now, createdBy: name)
            try session.users.insertUser(account)
            try session.users.insertToken(user: name, digest: AccessToken.digest(token), createdAt: now, expiresAt: nil)
            try audit(session, now, name, "user \(name)", "user added", after: "roles admin; first administrator")
            try audit(session, now, name, "user \(name)", "token issued", after: "no expiry")
        }
        return token
    }

    // MARK: - Managing users (admin)

    /// Adds a user with roles (a customer with their party) and, for staff, authority grants.
    public func addUser(name: String, roles: Set<Role>, party: String? = nil, displayName: String? = nil,
                        grants: [AuthorityGrant] = [], _ context: ActionContext) throws -> UserAccount {
        try context.authorize(.manageUsers)
        try UserAccount.check(name: name, roles: roles, party: party)
        try checkGrants(grants, roles: roles, user: name)
        return try storage.write { session in
            if (try? session.users.user(name)) != nil { throw PuhuiError.conflict("user \(name) exists already") }
            var partyReference: String? = nil
            if let party { partyReference = try session.parties.party(party).reference }
            let account = UserAccount(name: name, displayName: displayName, roles: roles, party: partyReference, status: .active,
                                      createdAt: context.at, createdBy: context.actor)
            try session.users.insertUser(account)
            try audit(session, context.at, context.actor, "user \(name)", "user added",
                      after: "roles \(roles.sorted().map(\.rawValue).joined(separator: " "))" + (partyReference.map { "; party \($0)" } ?? ""))
            for grant in grants { try record(grant, session, context) }
            return account
        }
    }

    func checkGrants(_ grants: [AuthorityGrant], roles: Set<Role>, user: String) throws(PuhuiError) {
        for grant in grants {
            let needed: Set<Role> = grant.kind == .underwriting ? [.underwriter] : [.adjuster, .approver]
            if roles.isDisjoint(with: needed) {
                throw PuhuiError.invalid("user \(user): \(grant.kind.rawValue) authority goes with the role \(needed.sorted().map(\.rawValue).joined(separator: " or "))", field: "authority")
            }
        }
    }

    func record(_ grant: AuthorityGrant, _ session: any StorageSession, _ context: ActionContext) throws {
        try session.users.insertGrant(grant)
        try audit(session, context.at, context.actor, "user \(grant.user)", "authority granted",
                  after: "\(grant.kind.rawValue) \(grant.lineText) \(grant.amount.yuanString) from \(grant.effectiveFrom)")
    }

    /// Grants authority from a date; an open grant of the same kind and line ends the day before.
    public func grant(_ grant: AuthorityGrant, _ context: ActionContext) throws {
        try context.authorize(.manageUsers)
        try storage.write { session in
            let account = try session.users.user(grant.user)
            try checkGrants([grant], roles: account.roles, user: account.name)
            try record(grant, session, context)
        }
    }

    public func users() throws -> [UserAccount] {
        try storage.read { try $0.users.users() }
    }

    /// A user with their authority and tokens (never the tokens themselves).
    public struct UserDetails: Sendable, Codable {
        public var user: UserAccount
        public var grants: [AuthorityGrant]
        public var activeTokens: Int
        public var tokens: [TokenSummary]
    }

    public struct TokenSummary: Sendable, Codable {
        public var createdAt: Instant
        public var expiresAt: Instant?
        public var revokedAt: Instant?
    }

    public func user(_ name: String, _ context: ActionContext) throws -> UserDetails {
        if context.actor != name { try context.authorize(.manageUsers) }
        let now = clock.now()
        return try storage.read { session in
            let account = try session.users.user(name)
            let tokens = try session.users.tokens(user: account.name)
            return UserDetails(user: account, grants: try session.users.grants(kind: nil).filter { $0.user == account.name },
                               activeTokens: tokens.filter { $0.revokedAt == nil && ($0.expiresAt.map { $0 > now } ?? true) }.count,
                               tokens: tokens.map { TokenSummary(createdAt: $0.createdAt, expiresAt: $0.expiresAt, revokedAt: $0.revokedAt) })
        }
    }

    /// Disables a user: their tokens stop working, their history stays.
    public func disable(_ name: String, _ context: ActionContext) throws {
        try context.authorize(.manageUsers)
        if name == context.actor { throw PuhuiError.refused("\(name) cannot disable themselves") }
        try storage.write { session in
            let account = try session.users.user(name)
            guard account.status == .active else { throw PuhuiError.refused("user \(name) is disabled already") }
            try session.users.setStatus(account.name, .disabled)
            let revoked = try session.users.revokeTokens(user: account.name, at: context.at)
            try audit(session, context.at, context.actor, "user \(name)", "user disabled", before: "active",
                      after: "disabled; \(revoked) token\(revoked == 1 ? "" : "s") revoked")
        }
    }

    /// Issues a new token for `name` (shown once), valid until the end of `expires` (China time).
    public func issueToken(for name: String, expires: CivilDate?, _ context: ActionContext) throws -> String {
        try context.authorize(.manageUsers)
        if let expires, expires < context.at.chinaDate {
            throw PuhuiError.invalid("the expiry \(expires) is in the past", field: "expires")
        }
        let token = Self.newToken()
        try storage.write { session in
            let account = try session.users.user(name)
            guard account.status == .active else { throw PuhuiError.refused("user \(name) is disabled; no token is issued") }
            let expiresAt = expires.map { Instant(startOfChinaDay: $0.adding(days: 1)) }
            try session.users.insertToken(user: account.name, digest: AccessToken.digest(token), createdAt: context.at, expiresAt: expiresAt)
            try audit(session, context.at, context.actor, "user \(name)", "token issued", after: expires.map { "expires end of \($0)" } ?? "no expiry")
        }
        return token
    }

    /// Revokes every valid token of `name`; the number revoked.
    public func revokeTokens(of name: String, _ context: ActionContext) throws -> Int {
        if name != context.actor { try context.authorize(.manageUsers) }
        return try storage.write { session in
            let account = try session.users.user(name)
            let count = try session.users.revokeTokens(user: account.name, at: context.at)
            try audit(session, context.at, context.actor, "user \(name)", "tokens revoked", after: "\(count) revoked")
            return count
        }
    }

    /// Loads staff and their authority from the seed files (see `StaffSeed`); people already
    /// registered are left as they are (their authority is not repeated). All or nothing.
    public func importStaff(staff: SourceText, underwriters: SourceText?, adjusters: SourceText?,
                            _ context: ActionContext) throws -> (added: [String], kept: [String]) {
        try context.authorize(.manageUsers)
        let people = try StaffSeed.people(staff)
        let today = context.at.chinaDate
        var grants: [AuthorityGrant] = []
        var diagnostics = DiagnosticCollector()
        for (source, kind) in [(underwriters, AuthorityKind.underwriting), (adjusters, .claims)] {
            guard let source else { continue }
            do {
                grants += try StaffSeed.grants(source, kind: kind, defaultFrom: today)
            } catch {
                error.diagnostics.forEach { diagnostics.emit($0) }
            }
        }
        for grant in grants where !people.contains(where: { $0.name == grant.user }) {
            diagnostics.error("\(grant.user) holds authority but is not in \(staff.path)", path: staff.path)
        }
        if diagnostics.hasErrors { throw PuhuiError.rejected(diagnostics.sorted) }
        return try storage.write { session in
            var added: [String] = [], kept: [String] = []
            for person in people {
                if (try? session.users.user(person.name)) != nil {
                    kept.append(person.name)
                    continue
                }
                let mine = grants.filter { $0.user == person.name }
                try checkGrants(mine, roles: person.roles, user: person.name)
                try session.users.insertUser(UserAccount(name: person.name, displayName: person.displayName, roles: person.roles,
                                                         status: .active, createdAt: context.at, createdBy: context.actor))
                try audit(session, context.at, context.actor, "user \(person.name)", "user added",
                          after: "roles \(person.roles.sorted().map(\.rawValue).joined(separator: " ")); from \(staff.path)")
                for grant in mine { try record(grant, session, context) }
                added.append(person.name)
            }
            return (added, kept)
        }
    }

    func audit(_ session: any StorageSession, _ at: Instant, _ actor: String, _ subject: String, _ action: String,
               before: String? = nil, after: String? = nil) throws {
        try session.audit.record(AuditEvent(at: at, recordedAt: clock.now(), actor: actor, subject: subject, action: action,
                                            before: before, after: after))
    }
}
