import PuhuiDomain

/// The letters sent about claims and policies, kept as sent.
public protocol LetterStore {
    /// Keeps a letter sent about the claim with handle `claimID` or the policy with `policyID`.
    func insert(_ letter: Letter, claimID: Int64?, policyID: Int64?) throws
    /// The letter `reference` with its bytes; `notFound` when there is none.
    func letter(_ reference: String) throws -> Letter
    /// The letters of a claim, oldest first.
    func letters(claimID: Int64) throws -> [LetterRecord]
    /// The letters of a policy, oldest first.
    func letters(policyID: Int64) throws -> [LetterRecord]
}
