import PuhuiDomain

extension ClaimService {
    /// One request naming every document still missing, plus any extra ones the adjuster names
    /// (Art. 22). A later request for a document that was missing at the cycle's first request
    /// but not named in it is recorded as a breach of the one-time rule.
    public func requestDocuments(_ reference: String, also extra: [String], _ context: ActionContext) throws -> DocumentRequest {
        try transaction { session in try requestDocuments(reference, also: extra, context, session) }
    }

    /// The same inside a caller's transaction.
    public func requestDocuments(_ reference: String, also extra: [String], _ context: ActionContext,
                                 _ session: any StorageSession) throws -> DocumentRequest {
        try act(reference, .requestDocuments, context, session) { claim, product in
            for code in extra where product.claims.document(code) == nil {
                throw PuhuiError.invalid("\(product.code) has no claim document '\(code)' (its documents: \(product.claims.documents.map(\.code).joined(separator: ", ")))", field: "documents")
            }
            try session.claims.requireDocuments(claimID: claim.id, codes: extra)
            let documents = try session.claims.documents(claimID: claim.id)
            let missing = documents.filter { $0.required && $0.receivedAt == nil }.map(\.code)
            guard !missing.isEmpty else {
                throw PuhuiError.refused("claim \(claim.reference): every required document has been received; nothing to request")
            }
            // Compare with the first request of this cycle.
            let cycleStart = claim.cycle == 1 ? claim.reportedAt : (claim.reopenedAt ?? claim.reportedAt)
            let requests = try session.claims.requests(claimID: claim.id)
            var breaches: [String] = []
            if let first = requests.first(where: { $0.at >= cycleStart }) {
                let named = Set(first.documents)
                for code in missing where !named.contains(code) {
                    let received = documents.first { $0.code == code }?.receivedAt
                    if received.map({ $0 > first.at }) ?? true { breaches.append(code) }
                }
            }
            let request = DocumentRequest(number: (requests.map(\.number).max() ?? 0) + 1, at: context.at, documents: missing, breaches: breaches)
            try session.claims.insertRequest(claimID: claim.id, request)
            if claim.firstRequestAt == nil { claim.firstRequestAt = context.at }
            claim.state = .awaitingDocuments
            let names = missing.map { product.claims.document($0)?.name.zh ?? $0 }
            var detail = "request \(request.number): \(missing.joined(separator: ", ")) (\(names.joined(separator: "、")))"
            if !breaches.isEmpty {
                detail += "; BREACH of the one-time rule (Art. 22): \(breaches.joined(separator: ", ")) could have been named in the first request"
            }
            if let letter = try documentRequestLetter(request, claim, product, context, session) { detail += "; " + letter.eventText }
            return (detail, request)
        }
    }

    /// Documents received; when every required one is in, the claim's documents are complete
    /// (the decision clock of Art. 23 starts then, and is not restarted by later requests).
    public func receiveDocuments(_ reference: String, codes: [String], _ context: ActionContext) throws -> Claim {
        try transaction { session in try receiveDocuments(reference, codes: codes, context, session) }
    }

    /// The same inside a caller's transaction.
    public func receiveDocuments(_ reference: String, codes: [String], _ context: ActionContext, _ session: any StorageSession) throws -> Claim {
        try receiveDocuments(reference, codes: codes, files: [], step: ClaimAction.receiveDocuments.step, context, session)
    }

    /// Documents received, as paper (`files` empty) or as files uploaded online, whose SHA-256
    /// the event records so that the chain covers exactly the bytes received.
    func receiveDocuments(_ reference: String, codes: [String], files: [ClaimDocumentFile], step: Step, _ context: ActionContext,
                          _ session: any StorageSession) throws -> Claim {
        guard !codes.isEmpty else { throw PuhuiError.invalid("name the documents received", field: "documents") }
        return try act(reference, .receiveDocuments, step: step, context, session) { claim, product in
            for code in codes where product.claims.document(code) == nil {
                throw PuhuiError.invalid("\(product.code) has no claim document '\(code)' (its documents: \(product.claims.documents.map(\.code).joined(separator: ", ")))", field: "documents")
            }
            try session.claims.receiveDocuments(claimID: claim.id, codes: codes, at: context.at)
            let missing = try session.claims.documents(claimID: claim.id).filter { $0.required && $0.receivedAt == nil }.map(\.code)
            if missing.isEmpty {
                if claim.documentsCompleteAt == nil { claim.documentsCompleteAt = context.at }
                claim.state = .documentsComplete
            } else if claim.state != .reopened {
                claim.state = .awaitingDocuments
            }
            var detail = "received \(codes.joined(separator: ", "))" + (missing.isEmpty ? "; documents complete" : "; still missing \(missing.joined(separator: ", "))")
            for file in files {
                try session.claimDocumentFiles.insert(file, claimID: claim.id)
                detail += "; file for \(file.code): \(file.mediaType), \(file.byteCount) bytes, sha256 \(file.sha256)"
            }
            return (detail, claim)
        }
    }
}
