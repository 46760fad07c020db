import Foundation
import Testing
@testable import PuhuiDomain

/// docs/product-reference.md is generated from the declarations; it must be current.
@Suite struct ProductReferenceTests {
    @Test func theCommittedReferenceIsCurrent() throws {
        let generated = ProductReference.markdown(products: ShippedCatalog.catalog.products.map(\.product))
        let committed = try String(contentsOfFile: Fixtures.path(ProductReference.path), encoding: .utf8)
        #expect(committed == generated, "docs/product-reference.md is stale: run `puhui catalog reference --out docs/product-reference.md`")
    }

    @Test func itNamesEveryModuleRoleParameterFieldAndFact() {
        let text = ProductReference.markdown(products: ShippedCatalog.catalog.products.map(\.product))
        for module in RatingModules.coded {
            let vocabulary = module.vocabulary
            #expect(text.contains("## Module `\(vocabulary.module)`"))
            for name in vocabulary.roles.map(\.role) + vocabulary.parameters.map(\.displayName) + vocabulary.facts.map(\.name) {
                #expect(text.contains("`\(name)`"), "\(vocabulary.module): \(name)")
            }
            for field in vocabulary.fields { #expect(text.contains("`\(field.name)`"), "\(vocabulary.module): \(field.name)") }
        }
        for code in ["PH-PROP-SHOP", "PH-LIAB-MICRO", "PH-ACC-GROUP", "PH-CARGO-MICRO"] { #expect(text.contains("### \(code) v1")) }
        #expect(text.contains("`goodsClass`") && text.contains("`occupation-class`"))
    }
}
