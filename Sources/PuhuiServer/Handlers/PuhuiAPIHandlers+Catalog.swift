import PuhuiAPI
import PuhuiDomain

extension PuhuiAPIHandlers {
    func listProducts(_ input: Operations.ListProducts.Input) async throws -> Operations.ListProducts.Output {
        let date = try date(input.query.asOf, field: "asOf")
        let catalog = engine.catalog
        let products = try await threads.read { try catalog.productsInForce(on: date) }
        return .ok(.init(body: .json(.init(asOf: date.description, products: try products.map(Components.Schemas.ProductSummary.init)))))
    }

    /// A version and a date together ask for that version as in force on that date.
    func getProduct(_ input: Operations.GetProduct.Input) async throws -> Operations.GetProduct.Output {
        let (code, version) = (input.path.code, input.query.version)
        let date = try date(input.query.asOf, field: "asOf")
        let catalog = engine.catalog
        let stored = try await threads.read { try catalog.product(code: code, version: version, on: date) }
        let product = stored.product
        if version != nil, input.query.asOf != nil, !product.isEffective(on: date) {
            throw PuhuiError.notFound("product \(code) version \(product.version) is not in force on \(date) (\(product.effectiveFrom) to \(product.effectiveTo.map(String.init(describing:)) ?? "open"))")
        }
        return .ok(.init(body: .json(try .init(product))))
    }
}
