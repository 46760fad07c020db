import HTTPTypes
import Hummingbird
import Logging
import PuhuiAPI
import Testing
@testable import PuhuiDomain
@testable import PuhuiServer

/// The one place engine error codes become HTTP statuses.
@Suite struct ProblemMappingTests {
    @Test func everyEngineCodeHasItsStatus() {
        let table: [(PuhuiError.Code, Int)] = [
            (.invalidInput, 400), (.unauthenticated, 401), (.unauthorized, 403), (.notFound, 404), (.conflict, 409),
            (.stale, 412), (.tooLarge, 413), (.refused, 422), (.declined, 422), (.rateMissing, 422),
            (.corrupt, 500), (.storage, 500), (PuhuiError.Code("added-later"), 500),
        ]
        for (code, status) in table {
            #expect(ProblemMapping.status(for: code).code == status, "\(code)")
        }
    }

    @Test func aProblemCarriesTheCodeAsTypeTheFieldSubjectAndDiagnostics() {
        let error = PuhuiError(.rateMissing, "no row for occupancy=fireworks", subject: "rate table property-base-rate", field: "risk",
                               diagnostics: [Diagnostic(path: "request body", line: 3, column: 7, message: "field 'occupancy': no rate")])
        let (status, problem) = ProblemMapping.problem(error, requestID: "r-9")
        #expect(status == .unprocessableContent)
        #expect(problem._type == "/problems/rate-missing" && problem.title == "No rate for this risk" && problem.status == 422)
        #expect(problem.detail == "no row for occupancy=fireworks" && problem.field == "risk" && problem.subject == "rate table property-base-rate")
        #expect(problem.requestId == "r-9")
        #expect(problem.diagnostics == [.init(path: "request body", line: 3, column: 7, severity: .error, message: "field 'occupancy': no rate")])
    }

    @Test func internalFailuresSayNothingOfWhatFailed() {
        for code in [PuhuiError.Code.corrupt, .storage] {
            let error = PuhuiError(code, "stored data is corrupt: claim CLM-2026-000001: amount is not a number", subject: "claim CLM-2026-000001")
            let (status, problem) = ProblemMapping.problem(error, requestID: "r-1")
            #expect(status == .internalServerError)
            #expect(problem._type == "/problems/internal" && problem.subject == nil && problem.field == nil && problem.diagnostics == nil)
            #expect(!problem.detail.contains("CLM") && problem.detail.contains("r-1"))
        }
    }

    @Test func refusalsAndStaleReadsHaveTitlesOfTheirOwn() {
        #expect(ProblemMapping.problem(PuhuiError.refused("claim is closed"), requestID: "r").1.title == "Refused by the rules")
        #expect(ProblemMapping.problem(PuhuiError(.stale, "claim changed since you read it"), requestID: "r").1.title == "Changed since it was read")
        #expect(ProblemMapping.problem(PuhuiError(.conflict, "already loaded"), requestID: "r").1.status == 409)
        #expect(ProblemMapping.problem(PuhuiError(.unauthenticated, "no token"), requestID: "r").1.title == "Not authenticated")
        #expect(ProblemMapping.problem(PuhuiError(.unauthorized, "not an adjuster"), requestID: "r").1.title == "Not permitted")
    }

    @Test func anyOtherErrorIsAnInternalProblemLoggedByItsTypeOnly() {
        struct SecretBearingError: Error { var name = "王芳 110101199003151234" }
        let log = LogRecord()
        let (status, problem, _) = ProblemMiddleware<BasicRequestContext>.problem(for: SecretBearingError(), requestID: "r-2", logger: log.logger())
        #expect(status == .internalServerError && problem._type == "/problems/internal")
        #expect(log.all.count == 1 && !"\(log.all[0].metadata)".contains("王芳") && log.all[0].metadata["error.type"]?.hasSuffix("SecretBearingError") == true)
    }

    /// Every contract enumeration spells every engine value (else the server would answer 500).
    @Test func theContractListsEveryValueOfTheEngine() throws {
        for line in LineOfBusiness.allCases { _ = try ContractValue.of(line.rawValue, as: Components.Schemas.LineOfBusiness.self) }
        for segment in Segment.allCases { _ = try Components.Schemas.Segment(segment) }
        for frequency in PaymentFrequency.allCases { _ = try Components.Schemas.PaymentFrequency(frequency) }
        for basis in [Coverage.Basis.sumInsured, .limit, .benefit] { _ = try ContractValue.of(basis.rawValue, as: Components.Schemas.Coverage.BasisPayload.self) }
        for refund in [CancellationRule.Refund.proRata, .shortRate, .accountValue] {
            _ = try ContractValue.of(refund.rawValue, as: Components.Schemas.Cancellation.RefundPayload.self)
        }
        #expect(throws: PuhuiError.self) { try ContractValue.of("marine", as: Components.Schemas.LineOfBusiness.self) }
    }
}
