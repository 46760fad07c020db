// swift-tools-version:6.1
import PackageDescription

// Targets are cut where dependencies differ (docs/architecture.md):
//   PuhuiDomain    pure rules and value types: no database, no argument parsing, no printing
//   PuhuiServices  the use cases, and the storage protocols they reach the database through
//   PuhuiStorage   the SQLite implementation of those protocols (GRDB)
//   PuhuiDemo      the synthetic book generator, working through the services
//   PuhuiReports   pages and charts for people (HTML, inline SVG), from domain values only
//   puhui          the command-line front door: parse, one service call, render
let package = Package(
    name: "Puhui",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "puhui", targets: ["puhui"]),
        .library(name: "PuhuiDomain", targets: ["PuhuiDomain"]),
        .library(name: "PuhuiServices", targets: ["PuhuiServices"]),
        .library(name: "PuhuiStorage", targets: ["PuhuiStorage"]),
        .library(name: "PuhuiReports", targets: ["PuhuiReports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
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
        .executableTarget(
            name: "puhui",
            dependencies: [
                "PuhuiDomain",
                "PuhuiServices",
                "PuhuiStorage",
                "PuhuiDemo",
                "PuhuiReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Identifiers made by the published rules and the paths of fixtures, shared by the tests.
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
            name: "PuhuiCLITests",
            dependencies: ["puhui"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
