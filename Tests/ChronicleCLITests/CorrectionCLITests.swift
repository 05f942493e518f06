import Foundation
import Testing

/// `chronicle correct`, `review`, `extract --corrections`, `check --db`: the analyst's
/// workflow end to end through the binary.
@Suite struct CorrectionCLITests {
    @Test func reviewCorrectRebuildExport() throws {
        let directory = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("g.sqlite").path
        #expect(try CLITests.chronicle(["build", "-q", "--db", db, "--reference-date", "2020-02-09", CLITests.sample]).status == 0)

        // The review queue names each fact's rule and sentence and the line to reject it.
        let review = try CLITests.chronicle(["review", "--db", db, "--kind", "chairs", "--limit", "3"])
        #expect(review.status == 0)
        #expect(review.stdout.contains("rule chair:"))
        let rejectLine = try #require(review.stdout.split(separator: "\n").first { $0.contains("reject:  - reject:") })
            .components(separatedBy: "reject:  ").last!
        let fixes = directory.appendingPathComponent("fixes.yaml")
        try (rejectLine + "\n  by: 王秘书\n- reject: {node: p-没有这个人}\n").write(to: fixes, atomically: true, encoding: .utf8)

        let imported = try CLITests.chronicle(["correct", "--db", db, fixes.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("2 corrections, 2 new"))
        #expect(imported.stderr.contains("orphaned"))
        let listed = try CLITests.chronicle(["correct", "--db", db, "--list"])
        #expect(listed.stdout.contains("applied\t" + rejectLine.dropFirst(2)))
        #expect(listed.stdout.contains("orphaned\treject: {node: p-没有这个人}"))
        // The pasted line did what it says: the chair is gone from the queue and the store.
        let after = try CLITests.chronicle(["review", "--db", db, "--kind", "chairs", "--limit", "100"])
        #expect(!after.stdout.contains(rejectLine))

        // Again: nothing new. Exported back, the same corrections.
        #expect(try CLITests.chronicle(["correct", "--db", db, fixes.path]).stdout.contains("0 new"))
        let exported = try CLITests.chronicle(["correct", "--db", db, "--export", "-"])
        #expect(exported.stdout.contains(String(rejectLine.dropFirst(2))))
        #expect(exported.stdout.contains("by: 王秘书"))

        // check --db reports the orphan; build reports it after every rebuild.
        #expect(try CLITests.chronicle(["check", "--db", db]).stdout.contains("orphaned"))
        let rebuilt = try CLITests.chronicle(["build", "-q", "--db", db, StoreTests.heldOut])
        #expect(rebuilt.stderr.contains("correction 2 is orphaned"))
    }

    @Test func aBadCorrectionsFileImportsNothing() throws {
        let directory = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("g.sqlite").path
        #expect(try CLITests.chronicle(["build", "-q", "--db", db, CLITests.sample]).status == 0)
        let fixes = directory.appendingPathComponent("bad.yaml")
        try "- reject: {node: p-楼阳生}\n- set: {node: e-2020-01-23-省委常委会会议, date: 一月}\n".write(to: fixes, atomically: true, encoding: .utf8)
        let result = try CLITests.chronicle(["correct", "--db", db, fixes.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.yaml:2:"))
        #expect(result.stderr.contains("is not a date"))
        #expect(try CLITests.chronicle(["correct", "--db", db, "--list"]).stdout.contains("no corrections stored"))
    }

    @Test func extractAppliesAFileAndReportsOrphansEvenQuietly() throws {
        let directory = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fixes = directory.appendingPathComponent("fixes.yaml")
        try """
            - set: {node: e-2020-01-23-省委常委会会议, time_of_day: afternoon}
            - reject: {node: p-没有这个人}
            """.write(to: fixes, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("g.json").path
        let result = try CLITests.chronicle(["extract", "-q", CLITests.sample, "--reference-date", "2020-02-09", "--corrections", fixes.path, "-o", out])
        #expect(result.status == 0)
        #expect(result.stderr.contains("fixes.yaml:2: orphaned: reject: {node: p-没有这个人}"))
        let json = try String(contentsOfFile: out, encoding: .utf8)
        #expect(json.contains("\"correction\""))
        #expect(try CLITests.chronicle(["check", out]).status == 0)
    }
}
