import Foundation
import Testing

/// Per-document graphs on the command line: `extract --jsonl`, `merge`, `build
/// --from-jsonl`, `remove` — split, merged, grown and shrunk, always equal to one run.
@Suite struct ArchiveCLITests {
    static let dev = CLITests.root.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev").path
    /// The corpus is beside the repository (`CHRONICLE_NO_SHARED=1` pretends it is not).
    static let hasDev = ProcessInfo.processInfo.environment["CHRONICLE_NO_SHARED"] == nil && FileManager.default.fileExists(atPath: dev + "/README.md")
    static let sample = CLITests.root.appendingPathComponent("Samples/study-notice-2020-02-09.txt").path

    /// The store's graph as `chronicle export --format json` writes it.
    static func export(_ db: String, in directory: URL) throws -> String {
        let out = directory.appendingPathComponent(UUID().uuidString + ".json").path
        _ = try run(["export", "--db", db, "--format", "json", "-o", out])
        return try String(contentsOfFile: out, encoding: .utf8)
    }

    static func run(_ arguments: [String]) throws -> CLITests.Result {
        let result = try CLITests.chronicle(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result
    }

    @Test(.enabled(if: hasDev, "../shared/corpus/dev is not beside the repository: skipped")) func splitExtractionMergesToOneRunAndBuildsTheSameStore() throws {
        let directory = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.dev).filter { $0.hasSuffix(".txt") }.sorted().prefix(6)
        let files = names.map { Self.dev + "/" + $0 } + [Self.sample]
        let a = directory.appendingPathComponent("a.jsonl").path, b = directory.appendingPathComponent("b.jsonl").path
        let reference = ["--reference-date", "2020-12-31"]
        _ = try Self.run(["extract", "--jsonl", "-q", "-o", a] + reference + Array(files.prefix(3)))
        let second = try Self.run(["extract", "--jsonl", "-q"] + reference + Array(files.dropFirst(3)))
        try second.stdout.write(toFile: b, atomically: true, encoding: .utf8)
        #expect(second.stdout.split(separator: "\n").count == files.count - 3)

        let merged = directory.appendingPathComponent("merged.json").path, one = directory.appendingPathComponent("one.json").path
        _ = try Self.run(["merge", b, a, "-o", merged])
        _ = try Self.run(["extract", "-q", "-o", one] + reference + files.reversed())
        #expect(try String(contentsOfFile: merged, encoding: .utf8) == String(contentsOfFile: one, encoding: .utf8))

        // A store built from the lines, one built from the texts: the same graph.
        let fromLines = directory.appendingPathComponent("lines.sqlite").path, fromTexts = directory.appendingPathComponent("texts.sqlite").path
        _ = try Self.run(["build", "--db", fromLines, "--from-jsonl", a, b])
        _ = try Self.run(["build", "-q", "--db", fromTexts] + reference + files)
        let x = try Self.export(fromLines, in: directory)
        let y = try Self.export(fromTexts, in: directory)
        #expect(x == y)
        #expect(x == (try String(contentsOfFile: one, encoding: .utf8)))
    }

    @Test(.enabled(if: hasDev, "../shared/corpus/dev is not beside the repository: skipped")) func removeAndRebuildOfAnEditedDocumentEqualAFreshBuild() throws {
        let directory = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.dev).filter { $0.hasSuffix(".txt") }.sorted().prefix(5)
        var files: [String] = []
        for name in names {
            let copy = directory.appendingPathComponent(name).path
            try FileManager.default.copyItem(atPath: Self.dev + "/" + name, toPath: copy)
            files.append(copy)
        }
        let reference = ["--reference-date", "2021-12-31"]
        let grown = directory.appendingPathComponent("grown.sqlite").path
        _ = try Self.run(["build", "-q", "--db", grown] + reference + files)
        // One removed, one edited and built again.
        let removed = try Self.run(["remove", "--db", grown, (files[1] as NSString).lastPathComponent])
        #expect(removed.stdout.contains("removed, its facts withdrawn"))
        let edited = try String(contentsOfFile: files[3], encoding: .utf8) + "\n本报讯（记者 王明）12月1日上午，省委常委会召开会议，传达学习中央经济工作会议精神。省委书记李华主持会议。\n"
        try edited.write(toFile: files[3], atomically: true, encoding: .utf8)
        let rebuilt = try Self.run(["build", "--db", grown] + reference + [files[3]])
        #expect(rebuilt.stdout.contains("replaced, its old facts withdrawn"))
        let fresh = directory.appendingPathComponent("fresh.sqlite").path
        _ = try Self.run(["build", "-q", "--db", fresh] + reference + [files[0], files[2], files[3], files[4]])
        let x = try Self.export(grown, in: directory)
        let y = try Self.export(fresh, in: directory)
        #expect(x == y)
        #expect(try StoreTests.dump(grown).hasSuffix("ok\n"))

        let missing = try CLITests.chronicle(["remove", "--db", grown, "nothing.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no stored document matches \"nothing.txt\""))
    }

    @Test func badLinesAndOptionsGetClearErrors() throws {
        let directory = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = directory.appendingPathComponent("bad.jsonl").path
        try "{\"chronicle\": \"document-graph/1\"}\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let merged = try CLITests.chronicle(["merge", bad])
        #expect(merged.status == 1)
        #expect(merged.stderr.contains("bad.jsonl:1"))
        let both = try CLITests.chronicle(["extract", "--jsonl", "--format", "text", Self.sample])
        #expect(both.status == 64)
        // A file that cannot be read (binary): the others are still written, exit 1.
        let binary = directory.appendingPathComponent("binary.txt")
        try Data([0x00, 0xFF, 0x00, 0x13, 0x37] + Array(repeating: 0, count: 200)).write(to: binary)
        let lines = try CLITests.chronicle(["extract", "--jsonl", "-q", Self.sample, binary.path])
        #expect(lines.status == 1)
        #expect(lines.stdout.split(separator: "\n").count == 1)
        #expect(lines.stderr.contains("binary.txt"))
    }
}
