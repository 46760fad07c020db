import PuhuiAPI
import PuhuiDomain
import PuhuiServices

extension PuhuiAPIHandlers {
    func reportClaim(_ input: Operations.ReportClaim.Input) async throws -> Operations.ReportClaim.Output {
        guard case let .json(request) = input.body else { throw PuhuiError.invalid("the request body must be JSON", field: "body") }
        let context = try RequestScope.context(at: engine.clock.now())
        let lossDate = try date(request.lossDate, field: "lossDate")
        let claimed = try amount(request.claimed, field: "claimed")
        let claims = try engine.claims()
        try context.authorize(.reportClaim)
        let answer = try await IdempotentChange(engine: engine, threads: threads)
            .run(key: input.headers.idempotencyKey, operation: "reportClaim", context) { session in
                let report = try claims.report(policy: request.policy, lossDate: lossDate, type: request._type, claimed: claimed,
                                               description: request.description, context, session)
                let details = try claims.details(report.claim.reference, asOf: context.at, context, session)
                return .init(status: 201, headers: ["Location": "/api/v1/claims/\(report.claim.reference)", "ETag": ClaimVersion.etag(details.claim.version)],
                             body: Components.Schemas.ClaimReport(claim: try .init(details), notes: report.notes))
            }
        return .created(.init(headers: .init(location: answer.headers["Location"] ?? "", eTag: answer.headers["ETag"] ?? ""), body: .json(answer.body)))
    }

    func getClaim(_ input: Operations.GetClaim.Input) async throws -> Operations.GetClaim.Output {
        let (eTag, claim) = try await claimAnswer(input.path.ref)
        return .ok(.init(headers: .init(eTag: eTag), body: .json(claim)))
    }

    /// The answer to a claim read, its ETag and the claim as of now: for the operation above and
    /// for `DirectAnswerMiddleware`, which writes the same answer without the generated layer.
    func claimAnswer(_ reference: String) async throws -> (eTag: String, claim: Components.Schemas.Claim) {
        let now = engine.clock.now()
        let context = try RequestScope.context(at: now)
        let claims = try engine.claims()
        let details = try await threads.read { try claims.details(reference, asOf: now, context) }
        return (ClaimVersion.etag(details.claim.version), try .init(details))
    }

    func getClaimTimeline(_ input: Operations.GetClaimTimeline.Input) async throws -> Operations.GetClaimTimeline.Output {
        let context = try RequestScope.context(at: engine.clock.now())
        let (claims, reference) = (try engine.claims(), input.path.ref)
        let events = try await threads.read { try claims.timeline(reference, context) }
        return .ok(.init(body: .json(.init(claim: Reference.normalized(reference), events: try events.map(Components.Schemas.ClaimEvent.init)))))
    }

    func listClaims(_ input: Operations.ListClaims.Input) async throws -> Operations.ListClaims.Output {
        let now = engine.clock.now()
        let context = try RequestScope.context(at: now)
        let query = input.query
        let state = try query.state.map { try ContractValue.of($0.rawValue, as: ClaimState.self) }
        let dueWithin = try query.dueWithin.map(Self.window)
        if let adjuster = query.adjuster, adjuster.isEmpty || adjuster.unicodeScalars.count > 64 { // the contract's maxLength counts code points
            throw PuhuiError.invalid("adjuster must be a user name of 1 to 64 characters", field: "adjuster")
        }
        let filter = ClaimListFilter(state: state, adjuster: query.adjuster, overdue: query.overdue ?? false, dueWithin: dueWithin, asOf: now,
                                     limit: try Self.limit(query.limit))
        let claims = try engine.claims()
        let rows = try await threads.read { try claims.list(filter, context) }
        return .ok(.init(body: .json(.init(asOf: now.description, claims: try rows.map(Components.Schemas.ClaimListRow.init)))))
    }

    /// `3d` or `12h`, in seconds.
    static func window(_ text: String) throws -> Int64 {
        guard let unit = text.last, let count = Int64(text.dropLast()), count >= 0, count <= 9999, unit == "d" || unit == "h" else {
            throw PuhuiError.invalid("due-within '\(text)' must be days or hours, such as 3d or 12h", field: "due-within")
        }
        return count * (unit == "d" ? 86_400 : 3_600)
    }

    func listPaymentsAwaitingApproval(_ input: Operations.ListPaymentsAwaitingApproval.Input) async throws -> Operations.ListPaymentsAwaitingApproval.Output {
        let context = try RequestScope.context(at: engine.clock.now())
        let claims = try engine.claims()
        let pending = try await threads.read { try claims.approvals(context) }
        return .ok(.init(body: .json(.init(payments: try pending.map(Components.Schemas.PendingPayment.init)))))
    }

    /// An amount in yuan as the contract writes it.
    func amount(_ text: String, field: String) throws -> Money {
        guard let money = Money(yuan: text) else { throw PuhuiError.invalid("\(field) '\(text)' is not an amount in yuan such as 1234.50", field: field) }
        return money
    }
}
