import PuhuiAPI
import PuhuiDomain

extension Components.Schemas.ProductSummary {
    init(_ summary: PuhuiDomain.ProductSummary) throws {
        self.init(code: summary.code, version: summary.version, line: try ContractValue.of(summary.line.rawValue),
                  name: .init(zh: summary.nameZh, en: summary.nameEn), department: summary.department,
                  effectiveFrom: summary.effectiveFrom.description, effectiveTo: summary.effectiveTo?.description)
    }
}
