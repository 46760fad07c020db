import Foundation

/// Who claims and who is paid: name, relation to the insured, phone and (for the payee) the
/// bank account. Personal data: `masked()` is what every default output shows.
public struct ClaimParty: Sendable, Hashable, Codable {
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        /// Who makes the claim (索赔申请人).
        case claimant
        /// Who the insurer pays (领款人).
        case payee
    }

    /// The relation to the insured (与被保险人关系).
    public enum Relation: String, Sendable, Hashable, Codable, CaseIterable {
        case insuredSelf = "self", policyholder, spouse, child, parent, heir, beneficiary, employer, employee, repairer, other

        public var chinese: String {
            switch self {
            case .insuredSelf: "被保险人本人"
            case .policyholder: "投保人"
            case .spouse: "配偶"
            case .child: "子女"
            case .parent: "父母"
            case .heir: "法定继承人"
            case .beneficiary: "受益人"
            case .employer: "雇主"
            case .employee: "雇员"
            case .repairer: "修理单位"
            case .other: "其他"
            }
        }
    }

    public var role: Role
    public var name: String
    public var relation: Relation
    public var phone: String?
    /// The payee's bank (开户行); with `bankAccount`, only for a payee.
    public var bankName: String?
    public var bankAccount: String?
    public var recordedAt: Instant
    public var recordedBy: String

    public init(role: Role, name: String, relation: Relation, phone: String? = nil, bankName: String? = nil, bankAccount: String? = nil,
                recordedAt: Instant, recordedBy: String) {
        self.role = role
        self.name = name
        self.relation = relation
        self.phone = phone
        self.bankName = bankName
        self.bankAccount = bankAccount
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
    }

    /// Name, phone and account masked (`张*`, `138****5678`, `**** **** 1234`).
    public func masked() -> ClaimParty {
        var copy = self
        copy.name = PersonalDataMask.name(name)
        copy.phone = phone.map(PersonalDataMask.phone)
        copy.bankAccount = bankAccount.map(PersonalDataMask.bankAccount)
        return copy
    }

    /// One line for events and messages, masked: `payee 张* (self), 138****5678, 中国工商银行 ****1234`.
    public var maskedSummary: String {
        let shown = masked()
        var text = "\(role.rawValue) \(shown.name) (\(relation.rawValue))"
        if let phone = shown.phone { text += ", \(phone)" }
        if let bank = bankName, let account = shown.bankAccount { text += ", \(bank) \(account)" }
        return text
    }

    /// Checks what is entered: a name, a phone of digits, a bank account of 8 to 30 digits
    /// (spaces allowed), and bank details only for a payee.
    public static func checked(role: Role, name: String, relation: Relation, phone: String?, bankName: String?, bankAccount: String?,
                               at: Instant, by: String) throws(PuhuiError) -> ClaimParty {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 100 else { throw PuhuiError.invalid("the \(role.rawValue)'s name must be 1 to 100 characters", field: "name") }
        var cleanPhone: String? = nil
        if let phone = phone?.trimmingCharacters(in: .whitespaces), !phone.isEmpty {
            let digits = phone.filter { $0 != " " && $0 != "-" }
            guard digits.count >= 7, digits.count <= 15, digits.allSatisfy({ $0.isASCII && $0.isNumber }) || (digits.first == "+" && digits.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber })) else {
                throw PuhuiError.invalid("the \(role.rawValue)'s phone must be 7 to 15 digits", field: "phone")
            }
            cleanPhone = digits
        }
        let bank = bankName?.trimmingCharacters(in: .whitespaces).nilIfEmpty
        let account = bankAccount.map { $0.filter { $0 != " " } }?.nilIfEmpty
        if role == .claimant && (bank != nil || account != nil) {
            throw PuhuiError.invalid("bank details belong to the payee, not the claimant", field: "bankAccount")
        }
        if (bank == nil) != (account == nil) {
            throw PuhuiError.invalid("give both the bank and the account number", field: account == nil ? "bankAccount" : "bankName")
        }
        if let account, !(8...30).contains(account.count) || !account.allSatisfy({ $0.isASCII && $0.isNumber }) {
            throw PuhuiError.invalid("the bank account must be 8 to 30 digits", field: "bankAccount")
        }
        return ClaimParty(role: role, name: name, relation: relation, phone: cleanPhone, bankName: bank, bankAccount: account,
                          recordedAt: at, recordedBy: by)
    }
}

/// A note an adjuster or approver keeps on a claim (staff only; never shown to the customer).
public struct ClaimNote: Sendable, Hashable, Codable {
    public var number: Int
    public var at: Instant
    public var actor: String
    public var text: String

    public init(number: Int, at: Instant, actor: String, text: String) {
        self.number = number
        self.at = at
        self.actor = actor
        self.text = text
    }
}

/// The rest of an agreed amount the claimant gave up when the claim was closed after a partial
/// payment, and why.
public struct ClaimWaiver: Sendable, Hashable, Codable {
    public var cycle: Int
    public var amount: Money
    public var reason: String
    public var at: Instant
    public var actor: String

    public init(cycle: Int, amount: Money, reason: String, at: Instant, actor: String) {
        self.cycle = cycle
        self.amount = amount
        self.reason = reason
        self.at = at
        self.actor = actor
    }
}

/// An earlier claim on the same policy for the same loss date and claim type: a possible
/// duplicate report.
public struct PossibleDuplicate: Sendable, Hashable, Codable {
    public var claim: String
    public var state: ClaimState
    public var reportedAt: Instant
    public var claimed: Money

    public init(claim: String, state: ClaimState, reportedAt: Instant, claimed: Money) {
        self.claim = claim
        self.state = state
        self.reportedAt = reportedAt
        self.claimed = claimed
    }
}

extension PersonalDataMask {
    /// `****1234`: the last four digits of a bank account.
    public static func bankAccount(_ text: String) -> String {
        let characters = Array(text)
        guard characters.count > 4 else { return String(repeating: "*", count: characters.count) }
        return "****" + String(characters.suffix(4))
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
