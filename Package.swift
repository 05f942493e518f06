// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Chronicle",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "ChronicleKit", targets: ["ChronicleKit"]),
        .executable(name: "chronicle", targets: ["chronicle"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .systemLibrary(
            name: "CChronicleZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CFontconfig",
            pkgConfig: "fontconfig",
            providers: [.apt(["libfontconfig-dev"])]
        ),
        .target(
            name: "ChronicleKit",
            dependencies: [
                "CGraphviz",
                "CFontconfig",
                "CChronicleZlib",
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "chronicle",
            dependencies: [
                "ChronicleKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "chronicle-bench",
            dependencies: ["ChronicleKit"],
            path: "Benchmarks/chronicle-bench"
        ),
        .testTarget(
            name: "ChronicleKitTests",
            dependencies: ["ChronicleKit", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Snapshots", "Fixtures"]
        ),
        .testTarget(
            name: "ChronicleCLITests",
            dependencies: ["chronicle"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
