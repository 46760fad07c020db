import Foundation
import Hummingbird
import PuhuiDomain
import PuhuiServices

/// Who is looking at a page: their language, and when signed in, their session and user.
struct PageVisitor: Sendable {
    static let sessionCookie = "puhui_session"
    static let languageCookie = "lang"

    var language: PageLanguage
    /// The session cookie's value, when it proved a user.
    var session: String?
    var user: AuthenticatedUser?
    /// The path of the page asked for (for the language switch to come back to).
    var path: String
    /// Whether the request came over TLS (directly, or through a proxy that says so); cookies
    /// are then `Secure`.
    var secure: Bool

    /// The session's CSRF token, which every form carries.
    var csrf: String? { session.map(WebSignInService.csrfToken(session:)) }

    /// The acting user's context now; `unauthenticated` when not signed in.
    func context(at instant: Instant, expectedVersion: Int? = nil) throws -> ActionContext {
        guard let user else { throw PuhuiError(.unauthenticated, "sign in to see this page") }
        return ActionContext(user: user, at: instant, expectedVersion: expectedVersion)
    }

    /// The cookies of a request (`name=value; …`, over any number of `Cookie` fields).
    static func cookies(_ request: Request) -> [String: String] {
        var cookies: [String: String] = [:]
        for field in request.headers[values: .cookie] {
            for pair in field.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let name = parts[0].trimmingCharacters(in: .whitespaces)
                if cookies[name] == nil { cookies[name] = parts[1].trimmingCharacters(in: .whitespaces) }
            }
        }
        return cookies
    }

    static func isSecure(_ request: Request) -> Bool {
        request.uri.scheme == .https || request.headers[.init("X-Forwarded-Proto")!]?.lowercased() == "https"
    }

    /// A `Set-Cookie` value with the attributes every cookie of the pages has.
    static func cookie(_ name: String, _ value: String, maxAge: Int64?, secure: Bool, httpOnly: Bool = true) -> String {
        var parts = ["\(name)=\(value)", "Path=/", "SameSite=Lax"]
        if httpOnly { parts.append("HttpOnly") }
        if secure { parts.append("Secure") }
        if let maxAge { parts.append("Max-Age=\(maxAge)") }
        return parts.joined(separator: "; ")
    }

    /// The keys every page's header and footer read.
    func common(title: String) -> [String: Any] {
        var data: [String: Any] = [
            "lang": language.htmlTag,
            "t": language.texts,
            "title": title,
            "languageLink": "/language?set=\(language.other.rawValue)&back=\(Self.queryEncoded(path))",
        ]
        if let user, let csrf {
            data["user"] = ["name": user.name, "customer": user.isCustomer, "desk": Self.worksClaims(user),
                            "underwriting": Self.readsUnderwriting(user),
                            "statistics": !user.roles.isDisjoint(with: Step.readStatistics.roles),
                            "charts": !user.roles.isDisjoint(with: Step.readDeskCharts.roles)] as [String: Any]
            data["csrf"] = csrf
        }
        return data
    }

    static func worksClaims(_ user: AuthenticatedUser) -> Bool { !user.roles.isDisjoint(with: [.adjuster, .approver]) }
    static func readsUnderwriting(_ user: AuthenticatedUser) -> Bool { !user.roles.isDisjoint(with: Step.readUnderwriting.roles) }

    /// Where a member of staff starts: the claims desk, the underwriting queue, or the
    /// regulator's figures, by what their roles work on.
    static func staffHome(_ user: AuthenticatedUser) -> String {
        if worksClaims(user) { return "/desk" }
        if user.roles.contains(.underwriter) { return "/desk/underwriting" }
        if !user.roles.isDisjoint(with: Step.readStatistics.roles) { return "/regulator" }
        return readsUnderwriting(user) ? "/desk/underwriting" : "/desk"
    }

    static func queryEncoded(_ text: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+?#")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? "/"
    }

    /// A path of this site to come back to: one starting with a single `/`, else the start.
    static func localPath(_ text: String?) -> String {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), !text.contains("\\"), !text.contains(":") else { return "/" }
        return text
    }
}
