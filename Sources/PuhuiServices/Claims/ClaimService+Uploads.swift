import PuhuiDomain

extension ClaimService {
    /// Files a claimant or adjuster sent online for the claim's documents: recorded as
    /// `receiveDocuments` records paper (the same state changes and clocks), with each file's
    /// SHA-256, type and size in the event. A customer sends files for their own claims only
    /// (any other claim "does not exist").
    public func receiveFiles(_ reference: String, _ files: [ClaimDocumentFile], _ context: ActionContext,
                             _ session: any StorageSession) throws -> Claim {
        try context.authorize(.submitClaimDocuments)
        _ = try readable(reference, context, session)
        var codes: [String] = []
        for file in files where !codes.contains(file.code) { codes.append(file.code) }
        return try receiveDocuments(reference, codes: codes, files: files, step: .submitClaimDocuments, context, session)
    }

    /// The files received for a claim, for someone who may read it.
    public func files(_ reference: String, _ context: ActionContext) throws -> [ClaimDocumentFile] {
        try storage.read { session in try session.claimDocumentFiles.files(claimID: try readable(reference, context, session).id) }
    }
}
