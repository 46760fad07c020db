import PuhuiAPI
import PuhuiDomain
import PuhuiServices

extension PuhuiAPIHandlers {
    func getMe(_ input: Operations.GetMe.Input) async throws -> Operations.GetMe.Output {
        let context = try RequestScope.context(at: engine.clock.now())
        let user = context.user
        return .ok(.init(body: .json(.init(name: user.name, roles: user.roles.sorted().map(\.rawValue), party: user.party))))
    }

    /// A customer's own policies (the service filters them); staff see the book's.
    func listMyPolicies(_ input: Operations.ListMyPolicies.Input) async throws -> Operations.ListMyPolicies.Output {
        let date = try date(input.query.asOf, field: "asOf")
        let context = try RequestScope.context(at: engine.clock.now())
        let policies = engine.policies
        let limit = try Self.limit(input.query.limit)
        let found = try await threads.read { try policies.list(PolicyFilter(asOf: date, limit: limit), context) }
        return .ok(.init(body: .json(.init(asOf: date.description, policies: try found.map(Components.Schemas.Policy.init)))))
    }

    func getPolicy(_ input: Operations.GetPolicy.Input) async throws -> Operations.GetPolicy.Output {
        let date = try date(input.query.asOf, field: "asOf")
        let context = try RequestScope.context(at: engine.clock.now())
        let (policies, number) = (engine.policies, input.path.number)
        let policy = try await threads.read { try policies.policy(number, asOf: date, context) }
        return .ok(.init(body: .json(try .init(policy))))
    }

    /// A list's `limit`: 1 to 1,000, default 100 (the generated layer does not check bounds).
    static func limit(_ value: Int?) throws -> Int {
        guard let value else { return 100 }
        guard (1...1000).contains(value) else { throw PuhuiError.invalid("limit \(value) must be 1 to 1000", field: "limit") }
        return value
    }
}
