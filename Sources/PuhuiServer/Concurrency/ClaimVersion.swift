import HTTPTypes
import PuhuiDomain

/// The claim's version as an HTTP validator: `ETag: "7"` on every read, and `If-Match: "7"`
/// required on every change, so that two people working one claim cannot overwrite each
/// other's step unseen (the services refuse a stale version with `stale`, answered 412).
enum ClaimVersion {
    /// The strong validator of version `version`.
    static func etag(_ version: Int) -> String { "\"\(version)\"" }

    /// The version an `If-Match` value names: 428 without one, 400 when it is not a claim's
    /// ETag. A weak validator (`W/"7"`) never matches under If-Match's strong comparison
    /// (RFC 9110 13.1.1), so it is answered 412; `*` would match any version and so protect
    /// nothing, and is refused.
    static func expected(_ ifMatch: String?) throws -> Int {
        guard let ifMatch, !ifMatch.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw HTTPProblem(status: .preconditionRequired, type: "precondition-required",
                              detail: "a change to a claim needs If-Match with the claim's ETag, as GET /api/v1/claims/{ref} answers it",
                              field: "If-Match")
        }
        let value = ifMatch.trimmingCharacters(in: .whitespaces)
        if value.hasPrefix("W/") {
            throw PuhuiError(.stale, "If-Match '\(value)' is a weak validator, which never matches a claim's version; send the ETag as read",
                             field: "If-Match")
        }
        guard value.count >= 3, value.first == "\"", value.last == "\"", let version = Int(value.dropFirst().dropLast()), version > 0 else {
            throw PuhuiError.invalid("If-Match must be the claim's ETag, a version number in quotes such as \"3\"", field: "If-Match")
        }
        return version
    }
}
