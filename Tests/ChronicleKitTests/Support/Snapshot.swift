import Foundation
import Testing

/// Golden-file testing in swift-argument-parser's style: the expected text lives in
/// `Snapshots/<name>`; when it is missing, or when `CHRONICLE_RECORD=1`, the actual
/// text is written there and the test fails, so a recording never passes silently.
func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = testDirectory.appendingPathComponent("Snapshots").appendingPathComponent(name)
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

/// The folder of this test target's sources.
let testDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

/// A fixture file's bytes from `Fixtures/`.
func fixture(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: testDirectory.appendingPathComponent("Fixtures").appendingPathComponent(name)))
}

/// The repository's root folder.
let repositoryRoot = testDirectory.deletingLastPathComponent().deletingLastPathComponent()
