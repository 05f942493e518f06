import Foundation
import Testing

/// Golden-file testing in swift-argument-parser's style: the expected text lives in
/// `Snapshots/<name>` next to the calling test file; when it is missing, or when
/// `CHRONICLE_RECORD=1`, the actual text is written there and the test fails, so a
/// recording never passes silently.
public func assertSnapshot(_ actual: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots").appendingPathComponent(name)
    let record = ProcessInfo.processInfo.environment["CHRONICLE_RECORD"] == "1"
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded snapshot \(name); check it and run the tests again", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let first = Array(zip(expectedLines, actualLines)).firstIndex(where: { $0.0 != $0.1 }) ?? min(expectedLines.count, actualLines.count)
        let expectedLine = first < expectedLines.count ? String(expectedLines[first]) : "<end>"
        let actualLine = first < actualLines.count ? String(actualLines[first]) : "<end>"
        Issue.record("snapshot \(name) differs at line \(first + 1):\n  expected: \(expectedLine)\n  actual:   \(actualLine)\n(CHRONICLE_RECORD=1 re-records)", sourceLocation: sourceLocation)
    }
}

/// Paths the test targets share.
public enum TestPaths {
    /// The repository's root folder.
    public static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `Tests/ChronicleCoreTests`, which holds the fixtures shared by several targets.
    public static let coreTests = repositoryRoot.appendingPathComponent("Tests/ChronicleCoreTests")
    /// The 200-node graph fixture (`Samples/fixture-graph.json`).
    public static let fixtureGraph = repositoryRoot.appendingPathComponent("Samples/fixture-graph.json").path
    /// The bundled sample compilation.
    public static let sample = repositoryRoot.appendingPathComponent("Samples/study-notice-2020-02-09.txt").path
    /// The shared corpus (`../shared/corpus` beside the repository), read where it is.
    public static let sharedCorpus = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    /// The development corpus (`../shared/corpus/dev`: real reports with gold graphs).
    public static let devCorpus = sharedCorpus.appendingPathComponent("dev").path
    /// True when the development corpus is beside the repository. Tests that read it are
    /// enabled only then, and say in one line why they were skipped otherwise.
    /// (`CHRONICLE_NO_SHARED=1` makes the tests behave as in a clone without it.)
    public static let hasDevCorpus = ProcessInfo.processInfo.environment["CHRONICLE_NO_SHARED"] == nil
        && FileManager.default.fileExists(atPath: devCorpus + "/README.md")

    /// A fixture file's bytes from `Tests/ChronicleCoreTests/Fixtures/`.
    public static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: coreTests.appendingPathComponent("Fixtures").appendingPathComponent(name)))
    }
}
