import Foundation
import PuhuiDomain

/// Signing in to the pages: a one-time code, sent as a link, exchanged once for a browser
/// session.
///
/// Codes and session tokens are 256 bits from the system's secure generator, shown once and
/// stored only as their SHA-256. A code works once and only until it expires; a session until
/// it expires or its user signs out, and never for a disabled user. Issuing a code, signing in
/// and signing out are audit events about the user (never carrying a code or a token). A
/// session proves the same `AuthenticatedUser` a bearer token does, so the services check
/// roles and ownership in the same way.
public struct WebSignInService: Sendable {
    public let storage: any PuhuiStorage
    public let clock: any Clock

    /// How long a signed-in session lasts (12 hours).
    public static let sessionSeconds: Int64 = 12 * 3600
    /// The longest a sign-in code may stay valid (7 days).
    public static let maximumCodeMinutes = 7 * 24 * 60

    public init(storage: any PuhuiStorage, clock: any Clock) {
        self.storage = storage
        self.clock = clock
    }

    /// A code issued: the code itself (shown once) and when it stops working.
    public struct IssuedCode: Sendable {
        public var user: String
        public var code: String
        public var expiresAt: Instant
    }

    /// A session begun: the cookie's value (shown once to the browser) and its user.
    public struct BegunSession: Sendable {
        public var token: String
        public var user: AuthenticatedUser
        public var expiresAt: Instant
    }

    /// 32 random bytes in base64url without padding (43 characters).
    static func randomSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for _ in 0..<4 {
            let word = generator.next()
            for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
        }
        return base64URL(Data(bytes))
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// Issues a one-time sign-in code for `user`, valid for `minutes`. An administrator may
    /// issue one for anyone; an underwriter (the clerk who registers customers) for a
    /// customer only.
    public func issueCode(for user: String, validMinutes minutes: Int, _ context: ActionContext) throws -> IssuedCode {
        try context.authorize(.issueSignInLink)
        guard (1...Self.maximumCodeMinutes).contains(minutes) else {
            throw PuhuiError.invalid("a sign-in code is valid for 1 to \(Self.maximumCodeMinutes) minutes, not \(minutes)", field: "validMinutes")
        }
        let code = Self.randomSecret()
        let expiresAt = context.at.adding(seconds: Int64(minutes) * 60)
        try storage.write { session in
            let account = try session.users.user(user)
            if !context.user.roles.contains(.admin) && !account.roles.contains(.customer) {
                throw PuhuiError(.unauthorized, "\(context.actor) may issue sign-in links for customers only: role admin needed for \(account.name)",
                                 subject: "user \(account.name)")
            }
            guard account.status == .active else { throw PuhuiError.refused("user \(account.name) is disabled; no sign-in link is issued") }
            try session.webSignIn.insertSignInCode(user: account.name, digest: AccessToken.digest(code), issuedAt: context.at,
                                                   issuedBy: context.actor, expiresAt: expiresAt)
            try audit(session, context.at, context.actor, account.name, "sign-in link issued", after: "valid until \(expiresAt.shortDescription)")
        }
        return IssuedCode(user: user, code: code, expiresAt: expiresAt)
    }

    /// Exchanges a code for a session: refused (`unauthenticated`) when the code is unknown,
    /// used, expired, or its user disabled. The code is used up in the same transaction.
    public func signIn(code text: String) throws -> BegunSession {
        let code = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !code.isEmpty, code.count <= 128 else { throw PuhuiError(.unauthenticated, "the sign-in link has no valid code") }
        let now = clock.now()
        let token = Self.randomSecret()
        let expiresAt = now.adding(seconds: Self.sessionSeconds)
        let user: AuthenticatedUser = try storage.write { session in
            guard let stored = try session.webSignIn.signInCode(digest: AccessToken.digest(code)) else {
                throw PuhuiError(.unauthenticated, "the sign-in link is not known (mistyped, or from another book)")
            }
            if stored.usedAt != nil { throw PuhuiError(.unauthenticated, "the sign-in link was used already; ask for a new one") }
            if stored.expiresAt <= now { throw PuhuiError(.unauthenticated, "the sign-in link expired at \(stored.expiresAt.shortDescription); ask for a new one") }
            let account = try session.users.user(stored.user)
            guard account.status == .active else { throw PuhuiError(.unauthenticated, "user \(account.name) is disabled") }
            guard try session.webSignIn.useSignInCode(id: stored.id, at: now) else {
                throw PuhuiError(.unauthenticated, "the sign-in link was used already; ask for a new one")
            }
            try session.webSignIn.insertWebSession(user: account.name, digest: AccessToken.digest(token), startedAt: now, expiresAt: expiresAt)
            try audit(session, now, account.name, account.name, "signed in", after: "with a sign-in link issued by \(stored.issuedBy); session until \(expiresAt.shortDescription)")
            return AuthenticatedUser(account)
        }
        return BegunSession(token: token, user: user, expiresAt: expiresAt)
    }

    /// The user a session cookie proves, or `unauthenticated` saying why not.
    public func authenticate(session text: String) throws -> AuthenticatedUser {
        let now = clock.now()
        return try storage.read { session in
            guard let stored = try session.webSignIn.webSession(digest: AccessToken.digest(text)) else {
                throw PuhuiError(.unauthenticated, "not signed in")
            }
            if stored.endedAt != nil { throw PuhuiError(.unauthenticated, "signed out") }
            if stored.expiresAt <= now { throw PuhuiError(.unauthenticated, "the session expired at \(stored.expiresAt.shortDescription)") }
            let account = try session.users.user(stored.user)
            guard account.status == .active else { throw PuhuiError(.unauthenticated, "user \(account.name) is disabled") }
            return AuthenticatedUser(account)
        }
    }

    /// Ends the session of this cookie (nothing when it is unknown or over already).
    public func signOut(session text: String) throws {
        let now = clock.now()
        try storage.write { session in
            guard let stored = try session.webSignIn.webSession(digest: AccessToken.digest(text)), stored.endedAt == nil else { return }
            try session.webSignIn.endWebSession(id: stored.id, at: now)
            try audit(session, now, stored.user, stored.user, "signed out")
        }
    }

    /// The session's CSRF token: derived from the session's secret (which only the browser
    /// holds), so that it needs no storage and is worthless without the session.
    public static func csrfToken(session: String) -> String {
        AccessToken.digest("puhui-csrf:" + session)
    }

    /// Whether `presented` is the session's CSRF token (compared in constant time).
    public static func checkCSRF(_ presented: String?, session: String) -> Bool {
        guard let presented else { return false }
        let expected = Array(csrfToken(session: session).utf8)
        let given = Array(presented.utf8)
        guard expected.count == given.count else { return false }
        var difference: UInt8 = 0
        for (a, b) in zip(expected, given) { difference |= a ^ b }
        return difference == 0
    }

    func audit(_ session: any StorageSession, _ at: Instant, _ actor: String, _ user: String, _ action: String, after: String? = nil) throws {
        try session.audit.record(AuditEvent(at: at, recordedAt: clock.now(), actor: actor, subject: "user \(user)", action: action,
                                            before: nil, after: after))
    }
}
