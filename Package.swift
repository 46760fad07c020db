// swift-tools-version:6.1
import PackageDescription

// Targets are cut where dependencies differ (docs/architecture.md):
//   PuhuiDomain    pure rules and value types: no database, no argument parsing, no printing
//   PuhuiServices  the use cases, and the storage protocols they reach the database through
//   PuhuiStorage   the SQLite implementation of those protocols (GRDB)
//   PuhuiDemo      the synthetic book generator, working through the services
//   PuhuiReports   pages and charts for people (HTML, inline SVG), from domain values only
//   PuhuiAPI       the HTTP contract (openapi.yaml); types and server stubs generated from it
//   PuhuiServer    the HTTP front door: Hummingbird handlers implementing the contract
//   puhui          the command-line front door: parse, one service call, render; `puhui serve`
let package = Package(
    name: "Puhui",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "puhui", targets: ["puhui"]),
        .library(name: "PuhuiDomain", targets: ["PuhuiDomain"]),
        .library(name: "PuhuiServices", targets: ["PuhuiServices"]),
        .library(name: "PuhuiStorage", targets: ["PuhuiStorage"]),
        .library(name: "PuhuiReports", targets: ["PuhuiReports"]),
        .library(name: "PuhuiServer", targets: ["PuhuiServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The HTTP server. Hummingbird without its swift-configuration support (not used here).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
        .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // The pages' templates (HTML-escaping by default).
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "PuhuiDomain",
            dependencies: [
                "CLibXML2",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The use cases; letters are rendered with PuhuiReports' escaping HTML tree.
        .target(
            name: "PuhuiServices",
            dependencies: ["PuhuiDomain", "PuhuiReports"]
        ),
        .target(
            name: "PuhuiStorage",
            dependencies: [
                "PuhuiDomain",
                "PuhuiServices",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "PuhuiDemo",
            dependencies: ["PuhuiDomain", "PuhuiServices"]
        ),
        // The regulator report and its charts, shared by the CLI and (later) the staff pages.
        .target(
            name: "PuhuiReports",
            dependencies: ["PuhuiDomain"]
        ),
        // The contract: openapi.yaml and the generator's configuration; the types and the server
        // stubs are generated at build time, and the document itself is embedded for serving.
        .target(
            name: "PuhuiAPI",
            dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            // The generated files import Foundation and OpenAPIRuntime in each file whether it uses
            // them or not, which Swift 6.3 warns about (swift-openapi-generator issue #946, fixed
            // for Swift 6.4). This target holds generated code only, so its warnings are silenced.
            swiftSettings: [.unsafeFlags(["-suppress-warnings"])],
            plugins: [
                .plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator"),
                .plugin(name: "EmbedTextPlugin"),
            ]
        ),
        // Writes a text file into a Swift string constant (the build tool of EmbedTextPlugin).
        .executableTarget(name: "embed-text"),
        .plugin(
            name: "EmbedTextPlugin",
            capability: .buildTool(),
            dependencies: ["embed-text"]
        ),
        .target(
            name: "PuhuiServer",
            dependencies: [
                "PuhuiDomain",
                "PuhuiServices",
                "PuhuiReports",
                "PuhuiAPI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            // The pages' Mustache templates and their one stylesheet.
            resources: [.copy("Pages/Templates"), .copy("Pages/Static")]
        ),
        .executableTarget(
            name: "puhui",
            dependencies: [
                "PuhuiDomain",
                "PuhuiServices",
                "PuhuiStorage",
                "PuhuiDemo",
                "PuhuiReports",
                "PuhuiServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Identifiers made by the published rules, the paths of fixtures, and a loopback HTTP connection, shared by the tests.
        .target(
            name: "PuhuiTestSupport",
            dependencies: ["PuhuiDomain"],
            path: "Tests/PuhuiTestSupport"
        ),
        .testTarget(
            name: "PuhuiDomainTests",
            dependencies: ["PuhuiDomain", "PuhuiTestSupport"]
        ),
        .testTarget(
            name: "PuhuiServicesTests",
            dependencies: [
                "PuhuiDomain", "PuhuiServices", "PuhuiStorage", "PuhuiDemo", "PuhuiReports", "PuhuiTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "PuhuiStorageTests",
            dependencies: [
                "PuhuiDomain", "PuhuiServices", "PuhuiStorage", "PuhuiTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "PuhuiReportsTests",
            dependencies: ["PuhuiDomain", "PuhuiReports"]
        ),
        .testTarget(
            name: "PuhuiServerTests",
            dependencies: [
                "PuhuiDomain", "PuhuiServices", "PuhuiStorage", "PuhuiServer", "PuhuiAPI", "PuhuiTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "PuhuiCLITests",
            dependencies: ["puhui", "PuhuiTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
