import Foundation
import PackagePlugin

/// Embeds the target's `openapi.yaml` into the module as `OpenAPIDocument.text`, so the server
/// serves the very document its code was generated from, with no file to ship beside the binary.
@main
struct EmbedTextPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let module = target as? SourceModuleTarget else { return [] }
        guard let document = module.sourceFiles.first(where: { $0.url.lastPathComponent == "openapi.yaml" }) else {
            Diagnostics.error("target \(target.name) has no openapi.yaml to embed")
            return []
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "OpenAPIDocument.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(document.url.lastPathComponent) in \(target.name)",
                executable: try context.tool(named: "embed-text").url,
                arguments: [document.url.path(), output.path(), "OpenAPIDocument"],
                inputFiles: [document.url],
                outputFiles: [output]
            )
        ]
    }
}
