import Foundation
import Testing

/// `chronicle build` and `chronicle query` against a SQLite store.
@Suite struct StoreTests {
    static let heldOut = CLITests.root.appendingPathComponent("Tests/ChronicleCoreTests/Fixtures/heldout-flood-2021.txt").path

    /// A dump of every table, for comparing databases.
    static func dump(_ db: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1])
            for (t,) in c.execute("select name from sqlite_master where type='table' and name not like 'evidence_search%' and name not like 'sqlite_%' order by name"):
                for row in c.execute(f"select * from {t} order by 1"):
                    print(t, row)
            print(c.execute("pragma integrity_check").fetchone()[0])
            """, db]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func buildingTwiceChangesNothingAndQueriesAnswer() throws {
        let directory = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("c.sqlite").path
        let first = try CLITests.chronicle(["build", "-q", "--db", db, CLITests.sample])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try Self.dump(db)
        #expect(before.hasSuffix("ok\n"))
        let second = try CLITests.chronicle(["build", "-q", "--db", db, CLITests.sample])
        #expect(second.stdout.contains("already stored, unchanged"))
        #expect(try Self.dump(db) == before)

        let measure = try CLITests.chronicle(["query", "measure", "五严五防", "--db", db, "--json"])
        #expect(measure.status == 0, "\(measure.stderr)")
        let answer = try JSONSerialization.jsonObject(with: Data(measure.stdout.utf8)) as? [String: Any]
        let setBy = answer?["set_by"] as? [String: Any]
        #expect(setBy?["date"] as? String == "2020-01-26" && setBy?["level"] as? String == "province")
        #expect((answer?["reiterated_by"] as? [Any])?.count ?? 0 >= 3)
        // Loosely: the quoted form finds it too.
        #expect(try CLITests.chronicle(["query", "measure", "“五严五防”", "--db", db]).status == 0)

        let person = try CLITests.chronicle(["query", "person", "楼阳生", "--db", db, "--json"])
        let events = ((try JSONSerialization.jsonObject(with: Data(person.stdout.utf8)) as? [String: Any])?["events"] as? [[String: Any]]) ?? []
        let chaired = events.filter { ($0["roles"] as? [String])?.contains("chairs") == true }.compactMap { ($0["event"] as? [String: Any])?["date"] as? String }
        #expect(chaired.first == "2020-01-23" && chaired.last == "2020-02-07")
        #expect(chaired == chaired.sorted())

        let event = try CLITests.chronicle(["query", "event", "政治局常委会", "--db", db])
        #expect(event.status == 0 && event.stdout.contains("中共中央政治局常务委员会会议"), "\(event.stdout)")
        let timeline = try CLITests.chronicle(["query", "timeline", "--from", "2020-02-01", "--to", "2020-02-05", "--level", "province", "--db", db])
        #expect(timeline.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("2020-02-0") })
        let search = try CLITests.chronicle(["query", "search", "分会场", "--db", db])
        #expect(search.status == 0 && search.stdout.contains("分会场"))
        let unknown = try CLITests.chronicle(["query", "measure", "五严八防", "--db", db])
        #expect(unknown.status == 1 && unknown.stderr.contains("closest: 五严五防"))

        // Render and export from the store.
        let svg = directory.appendingPathComponent("t.svg").path
        #expect(try CLITests.chronicle(["render", "--db", db, "--view", "lineage", "--focus", "m-五严五防", "-o", svg]).status == 0)
        #expect(try CLITests.chronicle(["export", "--db", db, "--format", "mermaid", "-o", directory.appendingPathComponent("t.mmd").path]).status == 0)
    }

    @Test func queryPersonPrintsTheTitlesAsADatedList() throws {
        let directory = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("t.sqlite").path
        var files: [String] = []
        for (name, text) in [("a-2017.txt", "2017年6月21日，省委书记骆惠宁、省长楼阳生主持召开全省脱贫攻坚工作会议。\n"),
                             ("b-2020.txt", "2020年1月26日上午，省委书记楼阳生主持召开省委专题会议。\n")] {
            let path = directory.appendingPathComponent(name).path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        #expect(try CLITests.chronicle(["build", "-q", "--db", db, "--reference-date", "2020-12-31"] + files).status == 0)
        let text = try CLITests.chronicle(["query", "person", "楼阳生", "--db", db])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("楼阳生\n  2017-06 省长\n  2020-01 起 省委书记\n"), "\(text.stdout)")
        let json = try CLITests.chronicle(["query", "person", "楼阳生", "--db", db, "--json"])
        let dates = ((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["title_dates"] as? [[String: String]]) ?? []
        #expect(dates == [["title": "省长", "first": "2017-06-21", "last": "2017-06-21"], ["title": "省委书记", "first": "2020-01-26", "last": "2020-01-26"]])
    }

    @Test func aBadFileAmongGoodOnesIsReportedAndLeavesTheStoreSound() throws {
        let directory = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("c.sqlite").path
        let bad = directory.appendingPathComponent("bad.txt")
        try Data([0x00, 0xFF, 0x00, 0x01]).write(to: bad)
        let result = try CLITests.chronicle(["build", "-q", "--db", db, CLITests.sample, bad.path, Self.heldOut])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.txt") && result.stderr.contains("not stored"))
        #expect(result.stdout.contains("2 documents"))
        #expect(try Self.dump(db).hasSuffix("ok\n"))
    }

    @Test func twoBuildsAtOnceLoseNothing() throws {
        let directory = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("c.sqlite").path
        // Create the schema first, then race two builders.
        #expect(try CLITests.chronicle(["build", "-q", "--db", db, Self.heldOut]).status == 0)
        var copies: [String] = []
        for i in 0..<4 {
            let url = directory.appendingPathComponent("copy\(i).txt")
            try (String(contentsOfFile: CLITests.sample, encoding: .utf8) + "\n附：第\(i)份").write(to: url, atomically: true, encoding: .utf8)
            copies.append(url.path)
        }
        let files = copies
        let group = DispatchGroup()
        nonisolated(unsafe) var statuses: [Int32] = [0, 0]
        for k in 0..<2 {
            DispatchQueue.global().async(group: group) {
                statuses[k] = (try? CLITests.chronicle(["build", "-q", "--db", db, files[k * 2], files[k * 2 + 1]]).status) ?? -1
            }
        }
        group.wait()
        #expect(statuses == [0, 0])
        let dump = try Self.dump(db)
        #expect(dump.hasSuffix("ok\n"))
        #expect(dump.components(separatedBy: "\ndocument (").count - 1 + (dump.hasPrefix("document (") ? 1 : 0) == 5)
    }
}
