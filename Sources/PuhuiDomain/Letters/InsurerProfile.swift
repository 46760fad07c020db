import Foundation

/// Who sends the letters: the insurer's name, address and service phone, and the regulator's
/// consumer hotline the Art. 24 notice names. Data of a deployment (`config/insurer.json`),
/// never code.
public struct InsurerProfile: Sendable, Hashable, Codable {
    public var nameZh: String
    public var nameEn: String
    public var address: String
    public var postcode: String?
    /// The insurer's customer service line (客服电话).
    public var servicePhone: String
    public var website: String?
    /// The department that owns small and micro business insurance (the notice asks for one).
    public var department: String?
    /// The financial regulator's consumer complaints hotline (12378).
    public var regulatorHotline: String
    public var regulatorName: String

    public init(nameZh: String, nameEn: String, address: String, postcode: String? = nil, servicePhone: String, website: String? = nil,
                department: String? = nil, regulatorHotline: String, regulatorName: String) {
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.address = address
        self.postcode = postcode
        self.servicePhone = servicePhone
        self.website = website
        self.department = department
        self.regulatorHotline = regulatorHotline
        self.regulatorName = regulatorName
    }

    public static let fileName = "insurer.json"

    /// Reads the profile, naming every missing or malformed field with its line.
    public static func read(_ source: SourceText) throws(PuhuiError) -> InsurerProfile {
        let value: JSONValue
        do {
            value = try JSONReader.parse(source.text)
        } catch {
            throw PuhuiError.rejected([Diagnostic(path: source.path, line: error.line, column: error.column, message: error.message)])
        }
        guard case let .object(members, _, line, _) = value else {
            throw PuhuiError.rejected([Diagnostic(path: source.path, line: value.line, message: "the insurer profile must be a JSON object")])
        }
        var problems: [Diagnostic] = []
        func text(_ key: String, required: Bool = true) -> String? {
            guard let member = members[key] else {
                if required { problems.append(Diagnostic(path: source.path, line: line, message: "field '\(key)' is missing")) }
                return nil
            }
            guard case let .string(text, _, _) = member, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                problems.append(Diagnostic(path: source.path, line: member.line, column: member.column, message: "field '\(key)': must be a non-empty string"))
                return nil
            }
            return text
        }
        let profile = (text("nameZh"), text("nameEn"), text("address"), text("postcode", required: false), text("servicePhone"),
                       text("website", required: false), text("department", required: false), text("regulatorHotline"), text("regulatorName"))
        guard problems.isEmpty, let nameZh = profile.0, let nameEn = profile.1, let address = profile.2, let phone = profile.4,
              let hotline = profile.7, let regulator = profile.8 else {
            throw PuhuiError.rejected(problems)
        }
        return InsurerProfile(nameZh: nameZh, nameEn: nameEn, address: address, postcode: profile.3, servicePhone: phone, website: profile.5,
                              department: profile.6, regulatorHotline: hotline, regulatorName: regulator)
    }
}
