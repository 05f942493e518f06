// swift-tools-version: 6.0
// An extractor embedded in another program: it depends on ChronicleCore alone, so it
// builds without Graphviz, fontconfig or SQLite (only zlib, which every Linux has).
import PackageDescription

let package = Package(
    name: "extract-only",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Chronicle", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "extract-only",
            dependencies: [.product(name: "ChronicleCore", package: "Chronicle")]
        ),
    ]
)
