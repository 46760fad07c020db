import Hummingbird
import HTTPTypes
import OpenAPIHummingbird
import OpenAPIRuntime
import Synchronization

/// Registers the contract's operations on the router (the generated `registerHandlers(on:)`
/// calls `register` once per operation) and records each path's methods in `methods`.
struct OperationRoutes<Context: RequestContext>: ServerTransport {
    let router: Router<Context>
    let methods: OperationMethods

    func register(_ handler: @escaping @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?),
                  method: HTTPRequest.Method, path: String) throws {
        router.register(handler, method: method, path: path)
        methods.record(method, path: path)
    }
}

/// The methods of each path of the contract, so that a request for a path the contract has,
/// with a method it lacks (DELETE, TRACE, QUERY, …), is answered 405 with `Allow` rather
/// than 404. HEAD is allowed wherever GET is (the router derives it).
final class OperationMethods: Sendable {
    private struct Entry {
        var template: [Substring]
        var methods: [HTTPRequest.Method]
    }

    private let entries = Mutex<[Entry]>([])

    init() {}

    func record(_ method: HTTPRequest.Method, path: String) {
        let template = path.split(separator: "/")
        entries.withLock { entries in
            if let index = entries.firstIndex(where: { $0.template == template }) {
                entries[index].methods.append(method)
            } else {
                entries.append(Entry(template: template, methods: [method]))
            }
        }
    }

    /// The methods allowed on `path`, or nil when no path of the contract matches it (a
    /// template's `{name}` matches any one segment).
    func allowed(onPath path: String) -> [HTTPRequest.Method]? {
        let segments = path.split(separator: "/")
        let methods = entries.withLock { entries in
            entries.first { entry in
                entry.template.count == segments.count
                    && zip(entry.template, segments).allSatisfy { template, segment in template.first == "{" || template == segment }
            }?.methods
        }
        guard let methods else { return nil }
        return methods.contains(.get) ? methods + [.head] : methods
    }
}
