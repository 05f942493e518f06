// swift-tools-version: 6.0
import PackageDescription

// Chronicle's libraries follow the pipeline and depend one way:
//
//   ChronicleCore ◄── ChronicleRender   (Graphviz, fontconfig; zlib's crc32 for PNG chunks)
//         ▲     ◄── ChronicleStore    (GRDB / SQLite)
//         ├──────── ChronicleExport
//         ├──────── ChronicleDeck     (◄ ChronicleRender; PowerPoint via zlib)
//         └──────── ChronicleServe    (◄ Render, Store, Deck; the web workspace, Hummingbird)
//   ChronicleKit = all five re-exported; `chronicle` is the CLI over it.
//
// ChronicleCore needs only Swift packages (collections, Yams for corrections files) and zlib, so an extractor-only user builds
// it without Graphviz, fonts or SQLite (see Examples/extract-only).
let package = Package(
    name: "Chronicle",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "ChronicleCore", targets: ["ChronicleCore"]),
        .library(name: "ChronicleRender", targets: ["ChronicleRender"]),
        .library(name: "ChronicleStore", targets: ["ChronicleStore"]),
        .library(name: "ChronicleExport", targets: ["ChronicleExport"]),
        .library(name: "ChronicleDeck", targets: ["ChronicleDeck"]),
        .library(name: "ChronicleServe", targets: ["ChronicleServe"]),
        .library(name: "ChronicleKit", targets: ["ChronicleKit"]),
        .executable(name: "chronicle", targets: ["chronicle"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
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
            name: "ChronicleCore",
            dependencies: [
                "CChronicleZlib",
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "ChronicleRender",
            dependencies: [
                "ChronicleCore",
                "CGraphviz",
                "CFontconfig",
                "CChronicleZlib",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        .target(
            name: "ChronicleStore",
            dependencies: [
                "ChronicleCore",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "ChronicleExport",
            dependencies: ["ChronicleCore"]
        ),
        .target(
            name: "ChronicleDeck",
            dependencies: ["ChronicleCore", "ChronicleRender", "CChronicleZlib"]
        ),
        .target(
            name: "ChronicleServe",
            dependencies: [
                "ChronicleCore", "ChronicleRender", "ChronicleStore", "ChronicleDeck",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .target(
            name: "ChronicleKit",
            dependencies: ["ChronicleCore", "ChronicleRender", "ChronicleStore", "ChronicleExport", "ChronicleDeck"]
        ),
        .executableTarget(
            name: "chronicle",
            dependencies: [
                "ChronicleKit",
                "ChronicleServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "chronicle-train",
            dependencies: ["ChronicleCore"]
        ),
        .executableTarget(
            name: "chronicle-bench",
            dependencies: ["ChronicleKit", "ChronicleServe", .product(name: "Hummingbird", package: "hummingbird")],
            path: "Benchmarks/chronicle-bench"
        ),
        .target(
            name: "ChronicleTestSupport",
            path: "Tests/ChronicleTestSupport"
        ),
        .testTarget(
            name: "ChronicleCoreTests",
            dependencies: ["ChronicleCore", "ChronicleTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Snapshots", "Fixtures"]
        ),
        .testTarget(
            name: "ChronicleRenderTests",
            dependencies: ["ChronicleRender", "ChronicleTestSupport"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "ChronicleStoreTests",
            dependencies: ["ChronicleStore", "ChronicleTestSupport"]
        ),
        .testTarget(
            name: "ChronicleDeckTests",
            dependencies: ["ChronicleDeck", "ChronicleTestSupport"]
        ),
        .testTarget(
            name: "ChronicleServeTests",
            dependencies: [
                "ChronicleServe", "ChronicleTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .testTarget(
            name: "ChronicleExportTests",
            dependencies: ["ChronicleExport", "ChronicleTestSupport"]
        ),
        .testTarget(
            name: "ChronicleCLITests",
            dependencies: ["chronicle"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
