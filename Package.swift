// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Puhui",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "puhui", targets: ["puhui"]),
        .library(name: "PuhuiCore", targets: ["PuhuiCore"]),
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
            name: "PuhuiCore",
            dependencies: [
                "CLibXML2",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "puhui",
            dependencies: [
                "PuhuiCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .testTarget(
            name: "PuhuiCoreTests",
            dependencies: ["PuhuiCore"]
        ),
        .testTarget(
            name: "PuhuiCLITests",
            dependencies: ["puhui"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
