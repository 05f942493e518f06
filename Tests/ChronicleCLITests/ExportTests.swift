import Foundation
import Testing

/// Every export of the sample read back by a real client of its format (rdflib for
/// Turtle and JSON-LD with a SPARQL query, networkx for GraphML, icalendar, csv).
@Suite struct ExportTests {
    @Test func exportsAreReadBackByRealClients() throws {
        let directory = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let graph = directory.appendingPathComponent("g.json").path
        #expect(try CLITests.chronicle(["extract", "-q", CLITests.sample, "-o", graph]).status == 0)
        for format in ["json", "graphml", "turtle", "jsonld", "cypher", "csv", "ics", "mermaid", "html"] {
            let result = try CLITests.chronicle(["export", graph, "--format", format, "-o", directory.appendingPathComponent("out.\(format)").path])
            #expect(result.status == 0, "\(format): \(result.stderr)")
        }
        let script = CLITests.root.appendingPathComponent("Tests/ChronicleCLITests/Fixtures/check_exports.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, directory.path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0 && stdout.contains("ok"), "\(stderr)")
    }

    @Test func csvNeedsAPathAndUnknownFormatsAreRefused() throws {
        let csv = try CLITests.chronicle(["export", CLITests.fixture, "--format", "csv", "-o", "-"])
        #expect(csv.status == 64)
        let unknown = try CLITests.chronicle(["export", CLITests.fixture, "--format", "xlsx", "-o", "/tmp/x.xlsx"])
        #expect(unknown.status == 64)
    }
}
