import HTTPTypes
import Hummingbird
import NIOCore
import PuhuiDomain
import PuhuiServices

/// The pages for people, beside the API: customers' policies and claims, and the staff's
/// desk, rendered on the server from the same services the API and the CLI call. Handlers are
/// thin: resolve the visitor, one service call (on `ServiceThreads`), fill a template.
struct Pages: Sendable {
    let engine: PuhuiEngine
    let threads: ServiceThreads
    let renderer: PageRenderer
    /// The document store and the upload limits (as the API's).
    let settings: ServerSettings
    /// The risk fields' Chinese labels, help and values, read once.
    let fieldWords: RiskFieldWords

    /// Adds the pages' routes, with their security headers, to the router.
    static func register(on router: Router<BasicRequestContext>, engine: PuhuiEngine, threads: ServiceThreads, settings: ServerSettings) throws {
        let pages = Pages(engine: engine, threads: threads, renderer: try PageRenderer.load(), settings: settings,
                          fieldWords: try RiskFieldWords.load(engine.environment))
        let group = router.group().add(middleware: PageSecurityHeaders())
        group.get("/") { request, _ in await pages.page(request) { try await pages.home($0) } }
        group.get("/signin") { request, _ in await pages.signIn(request) }
        group.post("/signout") { request, _ in await pages.form(request) { visitor, _ in try await pages.signOut(visitor) } }
        group.get("/language") { request, _ in pages.switchLanguage(request) }
        group.get("/static/puhui.css") { _, _ in pages.asset(pages.renderer.stylesheet, type: "text/css; charset=utf-8") }
        group.get("/static/favicon.svg") { _, _ in pages.asset(pages.renderer.icon, type: "image/svg+xml") }
        // Browsers ask for it on pages that name no icon (the regulator's report).
        group.get("/favicon.ico") { _, _ in pages.asset(pages.renderer.icon, type: "image/svg+xml") }
        group.get("/policies/:number") { request, context in
            let number = context.parameters.get("number") ?? ""
            return await pages.page(request) { try await pages.policy(number, $0) }
        }
        group.get("/report") { request, _ in
            await pages.page(request) { try await pages.reportForm($0, form: PageForm(encoded: Substring(request.uri.query ?? ""))) }
        }
        group.post("/report") { request, _ in await pages.form(request) { try await pages.report($0, $1) } }
        group.get("/claims/:reference") { request, context in
            let reference = context.parameters.get("reference") ?? ""
            let received = PageForm(encoded: Substring(request.uri.query ?? ""))["received"]
            return await pages.page(request) { try await pages.claim(reference, $0, received: received) }
        }
        group.post("/claims/:reference") { request, context in
            let reference = context.parameters.get("reference") ?? ""
            return await pages.form(request) { try await pages.act(reference, $0, $1) }
        }
        group.post("/claims/:reference/documents/:code") { request, context in
            let (reference, code) = (context.parameters.get("reference") ?? "", context.parameters.get("code") ?? "")
            return await pages.upload(reference, code: code, request)
        }
        group.get("/claims/:reference/files/:sha256") { request, context in
            let (reference, sha256) = (context.parameters.get("reference") ?? "", context.parameters.get("sha256") ?? "")
            return await pages.page(request) { try await pages.download(reference, sha256: sha256, $0) }
        }
        group.get("/quote") { request, _ in await pages.page(request) { try await pages.quoteProducts($0) } }
        group.get("/quote/:code") { request, context in
            let code = context.parameters.get("code") ?? ""
            return await pages.page(request) { try await pages.quoteForm(code, $0) }
        }
        group.post("/quote/:code") { request, context in
            let code = context.parameters.get("code") ?? ""
            return await pages.form(request) { try await pages.quote(code, $0, $1) }
        }
        group.post("/apply") { request, _ in await pages.form(request) { try await pages.apply($0, $1) } }
        group.get("/letters/:reference") { request, context in
            let reference = context.parameters.get("reference") ?? ""
            return await pages.page(request) { try await pages.letter(reference, $0) }
        }
        group.get("/regulator") { request, _ in
            await pages.page(request) { try await pages.regulator($0, PageForm(encoded: Substring(request.uri.query ?? ""))) }
        }
        group.get("/regulator/report") { request, _ in
            await pages.page(request) { try await pages.regulatorReport($0, PageForm(encoded: Substring(request.uri.query ?? ""))) }
        }
        group.get("/regulator/extract") { request, _ in
            await pages.page(request) { try await pages.regulatorExtract($0, PageForm(encoded: Substring(request.uri.query ?? ""))) }
        }
        group.get("/desk/underwriting") { request, _ in await pages.page(request) { try await pages.underwritingQueue($0) } }
        group.post("/desk/underwriting") { request, _ in await pages.form(request) { try await pages.decideReferral($0, $1) } }
        group.get("/desk/charts") { request, _ in
            await pages.page(request) { try await pages.charts($0, PageForm(encoded: Substring(request.uri.query ?? ""))) }
        }
        group.get("/desk") { request, _ in await pages.page(request) { try await pages.desk($0) } }
    }

    // MARK: - Visitors, answers and errors

    func visitor(_ request: Request) async -> PageVisitor {
        let cookies = PageVisitor.cookies(request)
        var visitor = PageVisitor(language: PageLanguage(cookie: cookies[PageVisitor.languageCookie]), session: nil, user: nil,
                                  path: request.uri.path, secure: PageVisitor.isSecure(request))
        if let token = cookies[PageVisitor.sessionCookie], !token.isEmpty, token.count <= 128 {
            let signIn = engine.webSignIn
            if let user = try? await threads.run({ try signIn.authenticate(session: token) }) {
                visitor.session = token
                visitor.user = user
            }
        }
        return visitor
    }

    /// A GET page: the visitor resolved, any error shown as a page with its status.
    func page(_ request: Request, _ handler: (PageVisitor) async throws -> Response) async -> Response {
        let visitor = await visitor(request)
        do {
            return try await handler(visitor)
        } catch {
            return errorPage(error, visitor)
        }
    }

    /// A form posted: only for a signed-in visitor whose form carries the session's CSRF token
    /// (403 otherwise, before anything is read from the book).
    func form(_ request: Request, _ handler: (PageVisitor, PageForm) async throws -> Response) async -> Response {
        let visitor = await visitor(request)
        var request = request
        guard let body = try? await request.collectBody(upTo: 1 << 20) else {
            return errorPage(PuhuiError(.invalidInput, "the form could not be read"), visitor)
        }
        let form = PageForm(body: body)
        guard let session = visitor.session, visitor.user != nil, WebSignInService.checkCSRF(form["csrf"], session: session) else {
            return errorPage(PuhuiError(.unauthorized, "the form is out of date or did not come from this site; open the page again"), visitor)
        }
        do {
            return try await handler(visitor, form)
        } catch {
            return errorPage(error, visitor)
        }
    }

    func html(_ template: String, _ data: [String: Any], status: HTTPResponse.Status = .ok) throws -> Response {
        let text = try renderer.render(template, data)
        var response = Response(status: status, body: .init(byteBuffer: ByteBuffer(string: text)))
        response.headers[.contentType] = "text/html; charset=utf-8"
        return response
    }

    static func redirect(_ location: String, cookies: [String] = []) -> Response {
        var response = Response(status: .seeOther)
        response.headers[.location] = location
        for cookie in cookies { response.headers.append(HTTPField(name: .setCookie, value: cookie)) }
        return response
    }

    /// The status a failed step shows with (as the API maps it).
    static func status(_ error: any Error) -> HTTPResponse.Status {
        guard let error = error as? PuhuiError else { return .internalServerError }
        return ProblemMapping.status(for: error.code)
    }

    func errorPage(_ error: any Error, _ visitor: PageVisitor) -> Response {
        let status = Self.status(error)
        let language = visitor.language
        if status == .unauthorized {
            return (try? signInPage(visitor, message: visitor.user == nil ? nil : (error as? PuhuiError)?.message, status: .unauthorized))
                ?? Response(status: .unauthorized)
        }
        let title: String
        var message: String?
        switch status {
        case .notFound: title = language.text("notFound"); message = language.text("notFoundHelp")
        case .forbidden: title = language.text("forbidden"); message = (error as? PuhuiError).map { PageErrors.message($0, language) }
        case .internalServerError: title = language.text("problem"); message = nil
        default: title = language.text("problem"); message = (error as? PuhuiError).map { PageErrors.message($0, language) }
        }
        var data = visitor.common(title: title)
        data["message"] = message
        return (try? html("error", data, status: status)) ?? Response(status: status)
    }

    // MARK: - Signing in and out, language, stylesheet

    func signInPage(_ visitor: PageVisitor, message: String?, status: HTTPResponse.Status) throws -> Response {
        var data = visitor.common(title: visitor.language.text("signInTitle"))
        data["message"] = message
        return try html("signin", data, status: status)
    }

    /// `GET /signin?code=…`: the code exchanged for a session, and a redirect to the visitor's
    /// start page, so that the code does not stay in the address bar or the history.
    func signIn(_ request: Request) async -> Response {
        let visitor = await visitor(request)
        let code = PageForm(encoded: Substring(request.uri.query ?? ""))["code"]
        guard let code else {
            return (try? signInPage(visitor, message: nil, status: visitor.user == nil ? .ok : .ok)) ?? Response(status: .ok)
        }
        let signIn = engine.webSignIn
        do {
            let begun = try await threads.run { try signIn.signIn(code: code) }
            let cookie = PageVisitor.cookie(PageVisitor.sessionCookie, begun.token, maxAge: WebSignInService.sessionSeconds, secure: visitor.secure)
            return Self.redirect(begun.user.isStaff && !begun.user.isCustomer ? PageVisitor.staffHome(begun.user) : "/", cookies: [cookie])
        } catch {
            let message = (error as? PuhuiError)?.message ?? visitor.language.text("signInFailed")
            return (try? signInPage(visitor, message: message, status: .unauthorized)) ?? Response(status: .unauthorized)
        }
    }

    func signOut(_ visitor: PageVisitor) async throws -> Response {
        if let session = visitor.session {
            let signIn = engine.webSignIn
            try await threads.run { try signIn.signOut(session: session) }
        }
        return Self.redirect("/", cookies: [PageVisitor.cookie(PageVisitor.sessionCookie, "", maxAge: 0, secure: visitor.secure)])
    }

    /// `GET /language?set=en&back=/…`: remembers the language in a cookie (a preference, not
    /// a change to the book) and goes back to the page.
    func switchLanguage(_ request: Request) -> Response {
        let query = PageForm(encoded: Substring(request.uri.query ?? ""))
        let language = PageLanguage(cookie: query["set"])
        let cookie = PageVisitor.cookie(PageVisitor.languageCookie, language.rawValue, maxAge: 365 * 86_400,
                                        secure: PageVisitor.isSecure(request), httpOnly: true)
        return Self.redirect(PageVisitor.localPath(query["back"]), cookies: [cookie])
    }

    /// The stylesheet or the icon (the pages' only other files).
    func asset(_ text: String, type: String) -> Response {
        var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: text)))
        response.headers[.contentType] = type
        response.headers[.cacheControl] = "public, max-age=3600"
        return response
    }
}
