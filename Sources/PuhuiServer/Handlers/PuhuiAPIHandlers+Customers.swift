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
        let limit = input.query.limit ?? 100
        let found = try await threads.run { try policies.list(PolicyFilter(asOf: date, limit: limit), context) }
        return .ok(.init(body: .json(.init(asOf: date.description, policies: try found.map(Components.Schemas.Policy.init)))))
    }

    func getPolicy(_ input: Operations.GetPolicy.Input) async throws -> Operations.GetPolicy.Output {
        let date = try date(input.query.asOf, field: "asOf")
        let context = try RequestScope.context(at: engine.clock.now())
        let (policies, number) = (engine.policies, input.path.number)
        let policy = try await threads.run { try policies.policy(number, asOf: date, context) }
        return .ok(.init(body: .json(try .init(policy))))
    }
}
