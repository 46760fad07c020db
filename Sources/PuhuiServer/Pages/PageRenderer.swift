import Foundation
import Mustache
import PuhuiDomain

/// The pages' templates (Mustache, which HTML-escapes every `{{value}}`) and stylesheet,
/// read once from the server's resources. No template uses the unescaped `{{{…}}}` form, so
/// no value a user typed reaches a page as markup.
struct PageRenderer: Sendable {
    let library: MustacheLibrary
    let stylesheet: String
    let icon: String

    static func load() throws -> PageRenderer {
        guard let templates = Bundle.module.url(forResource: "Templates", withExtension: nil),
              let stylesheet = Bundle.module.url(forResource: "Static/puhui", withExtension: "css"),
              let icon = Bundle.module.url(forResource: "Static/favicon", withExtension: "svg") else {
            throw PuhuiError(.storage, "the server's page templates are missing from its resources")
        }
        var library = MustacheLibrary()
        let names = try FileManager.default.contentsOfDirectory(atPath: templates.path).filter { $0.hasSuffix(".mustache") }
        for name in names.sorted() {
            let text = try String(contentsOf: templates.appendingPathComponent(name), encoding: .utf8)
            try library.register(text, named: String(name.dropLast(".mustache".count)))
        }
        return PageRenderer(library: library, stylesheet: try String(contentsOf: stylesheet, encoding: .utf8),
                            icon: try String(contentsOf: icon, encoding: .utf8))
    }

    /// The page `template` filled from `data` (the header and footer partials read the common
    /// keys `PageVisitor.common` puts in).
    func render(_ template: String, _ data: [String: Any]) throws -> String {
        guard let html = library.render(data, withTemplate: template) else {
            throw PuhuiError(.storage, "the page template \(template) is missing")
        }
        return html
    }
}
