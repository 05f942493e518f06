// swift-tools-version: 6.0
// libFuzzer targets for Chronicle. Built apart from the main package because a fuzz
// binary has no main of its own (libFuzzer supplies it). See Fuzz/README.md.
import PackageDescription

let package = Package(
    name: "ChronicleFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "ChronicleFuzz",
            dependencies: [.product(name: "ChronicleKit", package: "main")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
