import PuhuiAPI
import PuhuiDomain
import PuhuiServices

extension PuhuiAPIHandlers {
    typealias ActionRequest = Components.Schemas.ClaimActionRequest

    /// One step on a claim, on the version the caller read (`If-Match`), through the same
    /// service call as the `puhui claim` command of the same name; the claim is read back in
    /// the same transaction, so the answer (and the answer kept for a retry) is the claim as
    /// the step left it.
    func actOnClaim(_ input: Operations.ActOnClaim.Input) async throws -> Operations.ActOnClaim.Output {
        guard case let .json(request) = input.body else { throw PuhuiError.invalid("the request body must be JSON", field: "body") }
        // Who asks comes first: a request without a token is 401 whatever its If-Match.
        _ = try RequestScope.context(at: engine.clock.now())
        let expected = try ClaimVersion.expected(input.headers.ifMatch)
        let context = try RequestScope.context(at: engine.clock.now(), expectedVersion: expected)
        try Self.checkFields(request)
        let step = try Self.step(request)
        let (claims, reference) = (try engine.claims(), input.path.ref)
        let answer = try await IdempotentChange(engine: engine, threads: threads)
            .run(key: input.headers.idempotencyKey, operation: "actOnClaim", subject: Reference.normalized(reference), context) { session in
                var result = try step(claims, reference, context, session)
                let details = try claims.details(reference, asOf: context.at, context, session)
                result.claim = try .init(details)
                return .init(status: 200, headers: ["ETag": ClaimVersion.etag(details.claim.version)], body: result)
            }
        return .ok(.init(headers: .init(eTag: answer.headers["ETag"] ?? ""), body: .json(answer.body)))
    }

    typealias ClaimStep = @Sendable (ClaimService, String, ActionContext, any StorageSession) throws -> Components.Schemas.ClaimActionResult

    /// The service call of the action, with its fields read and checked.
    static func step(_ request: ActionRequest) throws -> ClaimStep {
        let action = request.action.rawValue
        @Sendable func result(payment: ClaimPayment? = nil, approvers: [String]? = nil, request: DocumentRequest? = nil) throws -> Components.Schemas.ClaimActionResult {
            // The claim is filled in once the step is done.
            .init(action: action, claim: placeholder, payment: try payment.map(Components.Schemas.Payment.init), approvers: approvers,
                  request: request.map(Components.Schemas.DocumentRequest.init))
        }
        switch request.action {
        case .requestDocs:
            let extra = request.documents ?? []
            return { claims, reference, context, session in
                try result(request: try claims.requestDocuments(reference, also: extra, context, session))
            }
        case .decide:
            guard let covered = request.covered else { throw PuhuiError.invalid("decide needs covered (true or false)", field: "covered") }
            let reason = request.reason
            return { claims, reference, context, session in
                _ = try claims.decide(reference, covered: covered, reason: reason, context, session)
                return try result()
            }
        case .agree:
            guard let text = request.loss else { throw PuhuiError.invalid("agree needs loss, the assessed loss agreed", field: "loss") }
            guard let loss = Money(yuan: text), loss.fen >= 0 else { throw PuhuiError.invalid("loss '\(text)' is not an amount in yuan", field: "loss") }
            return { claims, reference, context, session in
                _ = try claims.agree(reference, loss: loss, context, session)
                return try result()
            }
        case .pay:
            guard let text = request.amount else { throw PuhuiError.invalid("pay needs amount", field: "amount") }
            guard let amount = Money(yuan: text), amount.fen > 0 else { throw PuhuiError.invalid("amount '\(text)' is not an amount in yuan above zero", field: "amount") }
            let advance = request.advance ?? false
            return { claims, reference, context, session in
                switch try claims.pay(reference, amount: amount, advance: advance, context, session) {
                case let .paid(payment): return try result(payment: payment)
                case let .pending(payment, approvers, _): return try result(payment: payment, approvers: approvers)
                }
            }
        case .approvePayment:
            return { claims, reference, context, session in try result(payment: try claims.approvePayment(reference, context, session)) }
        case .rejectNotice:
            return { claims, reference, context, session in
                _ = try claims.rejectNotice(reference, context, session)
                return try result()
            }
        case .close:
            let reason = request.waiveReason
            return { claims, reference, context, session in
                _ = try claims.close(reference, waivingRestBecause: reason, context, session)
                return try result()
            }
        case .reopen:
            guard let reason = request.reason, !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw PuhuiError.invalid("reopen needs a reason", field: "reason")
            }
            return { claims, reference, context, session in
                _ = try claims.reopen(reference, reason: reason, context, session)
                return try result()
            }
        case .withdraw:
            return { claims, reference, context, session in
                _ = try claims.withdraw(reference, context, session)
                return try result()
            }
        }
    }

    /// Refuses a field the action does not take, so that a typing mistake (`amount` on an
    /// `agree`) is not silently ignored.
    static func checkFields(_ request: ActionRequest) throws {
        let present: [(String, Bool)] = [("documents", request.documents != nil), ("covered", request.covered != nil), ("reason", request.reason != nil),
                                         ("loss", request.loss != nil), ("amount", request.amount != nil), ("advance", request.advance != nil),
                                         ("waiveReason", request.waiveReason != nil)]
        let allowed: Set<String> = switch request.action {
        case .requestDocs: ["documents"]
        case .decide: ["covered", "reason"]
        case .agree: ["loss"]
        case .pay: ["amount", "advance"]
        case .close: ["waiveReason"]
        case .reopen: ["reason"]
        case .approvePayment, .rejectNotice, .withdraw: []
        }
        for (field, isPresent) in present where isPresent && !allowed.contains(field) {
            throw PuhuiError.invalid("\(request.action.rawValue) does not take \(field)", field: field)
        }
    }

    /// Stands for the claim until the step is done and it is read back.
    static let placeholder = Components.Schemas.Claim(
        reference: "", policy: "", product: "", coverage: "", _type: "", lossDate: "", claimed: "0.00", small: false, state: .reported,
        paid: "0.00", advancePaid: "0.00", reserve: "0.00", adjuster: "", cycle: 1, reportedAt: "", version: 0, asOf: "", documents: [], requests: [],
        payments: [], clocks: [])
}
