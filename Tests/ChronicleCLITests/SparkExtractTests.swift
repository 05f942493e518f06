import Foundation
import Testing

/// `scripts/spark-extract.py`: extraction on Apache Spark (local mode, the PySpark
/// bundled Spark) through `rdd.pipe("chronicle extract --jsonl -q --files-from -")`,
/// then one `chronicle merge` and one `chronicle build --from-jsonl`: the same graph as
/// one `chronicle extract` over the same files.
@Suite struct SparkExtractTests {
    static let script = CLITests.root.appendingPathComponent("scripts/spark-extract.py").path

    /// PySpark importable and a Java runtime on the path (`CHRONICLE_NO_SPARK=1`
    /// pretends they are not).
    static let hasSpark: Bool = {
        guard ProcessInfo.processInfo.environment["CHRONICLE_NO_SPARK"] == nil else { return false }
        return (try? shell(["python3", "-c", "import pyspark"]).status) == 0 && (try? shell(["java", "-version"]).status) == 0
    }()

    static func shell(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, stderr)
    }

    @Test(.enabled(if: hasSpark, "PySpark or a Java runtime is not installed (scripts/bootstrap.sh installs PySpark): skipped"))
    func sparkExtractionMergesToOneRun() throws {
        let directory = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // The sample and the held-out reports: five documents, in a folder of their own.
        let documents = directory.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        let fixtures = CLITests.root.appendingPathComponent("Tests/ChronicleCoreTests/Fixtures")
        let sources = [ArchiveCLITests.sample] + (try FileManager.default.contentsOfDirectory(atPath: fixtures.path))
            .filter { $0.hasPrefix("heldout-") && $0.hasSuffix(".txt") }.map { fixtures.appendingPathComponent($0).path }
        #expect(sources.count == 5)
        for source in sources {
            try FileManager.default.copyItem(atPath: source, toPath: documents.appendingPathComponent((source as NSString).lastPathComponent).path)
        }
        let reference = ["--reference-date", "2020-12-31"]
        let merged = directory.appendingPathComponent("spark.json").path
        let run = try Self.shell(["python3", Self.script, "--chronicle", CLITests.binary.path, "--partitions", "3", "--master", "local[2]",
                                  documents.path, directory.appendingPathComponent("parts").path, "--merge", merged] + reference)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("5 of 5 documents extracted in 3 parts"), "\(run.stderr)")

        let one = directory.appendingPathComponent("one.json").path
        _ = try ArchiveCLITests.run(["extract", "-q", "-o", one] + reference + [documents.path])
        #expect(try String(contentsOfFile: merged, encoding: .utf8) == String(contentsOfFile: one, encoding: .utf8))

        // The same parts built into a store: its graph is the one run's too.
        let db = directory.appendingPathComponent("spark.sqlite").path
        let parts = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("parts").path)
            .filter { $0.hasPrefix("part-") }.map { directory.appendingPathComponent("parts/" + $0).path }
        _ = try ArchiveCLITests.run(["build", "--db", db, "--from-jsonl"] + parts)
        #expect(try ArchiveCLITests.export(db, in: directory) == String(contentsOfFile: one, encoding: .utf8))
    }

    /// `--files-from`: paths one a line (blank lines skipped), as a batch engine hands them.
    @Test func filesFromAList() throws {
        let directory = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let list = directory.appendingPathComponent("list.txt")
        try "\n\(ArchiveCLITests.sample)\n\n".write(to: list, atomically: true, encoding: .utf8)
        let listed = try ArchiveCLITests.run(["extract", "--jsonl", "-q", "--files-from", list.path])
        let named = try ArchiveCLITests.run(["extract", "--jsonl", "-q", ArchiveCLITests.sample])
        #expect(listed.stdout == named.stdout && listed.stdout.split(separator: "\n").count == 1)
        let none = try CLITests.chronicle(["extract", "--jsonl", "-q"])
        #expect(none.status != 0 && none.stderr.contains("--files-from"))
    }
}
