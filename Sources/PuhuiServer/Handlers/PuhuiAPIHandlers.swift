import OpenAPIRuntime
import PuhuiAPI
import PuhuiDomain
import PuhuiServices

/// The contract's operations (`APIProtocol`, generated from openapi.yaml), each as thin as a
/// CLI command: decode the input, make one service call on the service threads, encode the
/// answer. Errors are thrown as they come (`PuhuiError`) and become problem details in
/// `ProblemMiddleware`, with the status `ProblemMapping` gives their code.
struct PuhuiAPIHandlers: APIProtocol {
    let engine: PuhuiEngine
    let threads: ServiceThreads
    /// For uploads: where files are kept and how large they may be.
    var settings = ServerSettings()

    func getHealth(_ input: Operations.GetHealth.Input) async throws -> Operations.GetHealth.Output {
        .ok(.init(body: .json(.init(status: .ok, version: PuhuiVersion.current))))
    }

    func getOpenAPIDocument(_ input: Operations.GetOpenAPIDocument.Input) async throws -> Operations.GetOpenAPIDocument.Output {
        .ok(.init(body: .yaml(HTTPBody(OpenAPIDocument.text))))
    }

    /// The date in a query or body field, else today in China.
    func date(_ text: String?, field: String) throws -> CivilDate {
        guard let text else { return engine.clock.now().chinaDate }
        guard let date = CivilDate(iso: text) else {
            throw PuhuiError.invalid("\(field) '\(text)' is not a date YYYY-MM-DD", field: field)
        }
        return date
    }
}

extension RequestScope {
    /// The request body as UTF-8 text (checked by `RequestBodyGuard`).
    static func bodyText() throws -> String {
        guard let body = current.body else { throw PuhuiError.invalid("the request has no body", field: "body") }
        guard let text = String(validating: body.readableBytesView, as: UTF8.self) else {
            throw PuhuiError.invalid("the request body is not UTF-8 text", field: "body")
        }
        return text
    }
}
