import PuhuiAPI
import PuhuiDomain
import PuhuiServices

extension PuhuiAPIHandlers {
    /// The risk is read from the body as sent, as for a quote.
    func createApplication(_ input: Operations.CreateApplication.Input) async throws -> Operations.CreateApplication.Output {
        guard case let .json(request) = input.body else { throw PuhuiError.invalid("the request body must be JSON", field: "body") }
        let context = try RequestScope.context(at: engine.clock.now())
        let start = try request.start.map { try date($0, field: "start") }
        let frequency = try request.frequency.map { value in
            guard let frequency = PaymentFrequency(rawValue: value.rawValue) else { throw PuhuiError.invalid("unknown frequency \(value.rawValue)", field: "frequency") }
            return frequency
        }
        let riskText = try RiskInput.memberText("risk", ofDocument: try RequestScope.bodyText(), source: RequestScope.bodySource)
        let application = ApplicationRequest(productCode: request.product, holder: request.holder, insured: request.insured ?? [],
                                             riskText: riskText, riskSource: RequestScope.bodySource, start: start, frequency: frequency,
                                             documents: request.documents ?? [])
        let underwriting = engine.underwriting
        try context.authorize(.apply)
        try context.checkNotInFuture(engine.clock)
        let answer = try await IdempotentChange(engine: engine, threads: threads)
            .run(key: input.headers.idempotencyKey, operation: "createApplication", context) { session in
                let result = try underwriting.apply(application, context, session)
                return .init(status: 201, headers: ["Location": "/api/v1/applications/\(result.application)"], body: try Components.Schemas.ApplicationOutcome(result))
            }
        return .created(.init(headers: .init(location: answer.headers["Location"] ?? ""), body: .json(answer.body)))
    }

    func getApplication(_ input: Operations.GetApplication.Input) async throws -> Operations.GetApplication.Output {
        let context = try RequestScope.context(at: engine.clock.now())
        let (underwriting, reference) = (engine.underwriting, input.path.ref)
        let file = try await threads.run { try underwriting.application(reference, context) }
        return .ok(.init(body: .json(try .init(file))))
    }

    func approveApplication(_ input: Operations.ApproveApplication.Input) async throws -> Operations.ApproveApplication.Output {
        guard case let .json(request) = input.body else { throw PuhuiError.invalid("the request body must be JSON", field: "body") }
        let context = try RequestScope.context(at: engine.clock.now())
        let start = try request.start.map { try date($0, field: "start") }
        let (underwriting, reference) = (engine.underwriting, input.path.ref)
        let answer = try await IdempotentChange(engine: engine, threads: threads)
            .run(key: input.headers.idempotencyKey, operation: "approveApplication", subject: reference, context) { session in
                let policy = try underwriting.approve(reference, note: request.note, start: start, context, session)
                return .init(status: 201, headers: ["Location": "/api/v1/policies/\(policy.number)"], body: try Components.Schemas.Policy(policy))
            }
        return .created(.init(headers: .init(location: answer.headers["Location"] ?? ""), body: .json(answer.body)))
    }

    func declineApplication(_ input: Operations.DeclineApplication.Input) async throws -> Operations.DeclineApplication.Output {
        guard case let .json(request) = input.body else { throw PuhuiError.invalid("the request body must be JSON", field: "body") }
        let context = try RequestScope.context(at: engine.clock.now())
        let (underwriting, reference) = (engine.underwriting, input.path.ref)
        let file = try await threads.run {
            try underwriting.decline(reference, reason: request.reason, context)
            return try underwriting.application(reference, context)
        }
        return .ok(.init(body: .json(try .init(file))))
    }

    func getUnderwritingQueue(_ input: Operations.GetUnderwritingQueue.Input) async throws -> Operations.GetUnderwritingQueue.Output {
        let context = try RequestScope.context(at: engine.clock.now())
        let underwriting = engine.underwriting
        let queue = try await threads.run { try underwriting.queue(context) }
        return .ok(.init(body: .json(.init(applications: queue.map(Components.Schemas.Referral.init)))))
    }
}
