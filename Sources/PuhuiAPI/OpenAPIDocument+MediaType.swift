// The contract's target. `openapi.yaml` is the source of truth: the OpenAPIGenerator plugin
// generates `Components`, `Operations`, `APIProtocol` and `registerHandlers(on:)` from it at
// build time, and EmbedTextPlugin embeds its text as `OpenAPIDocument.text`, which the server
// serves at `GET /openapi.yaml`. Nothing generated is committed.

extension OpenAPIDocument {
    /// The media type the document is served as (RFC 9512).
    package static let mediaType = "application/yaml"
}
