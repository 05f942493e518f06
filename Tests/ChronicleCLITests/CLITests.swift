import Foundation
import Testing

/// End-to-end runs of the built `chronicle` binary: standard output, standard error
/// and exit status, for the happy path and for bad input.
@Suite struct CLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixture = root.appendingPathComponent("Samples/fixture-graph.json").path

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `chronicle` binary built beside this test bundle.
    static var binary: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("chronicle")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/chronicle")
    }

    static func chronicle(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A mistyped command or option: one line naming the nearest real one (or listing
    /// them), the help to read, exit status 64 — not "2 unexpected arguments", not a
    /// suggestion of `--quiet` for `--out`, not the whole tool's help.
    @Test(arguments: [
        (["extarct", "a.txt"], "unknown command 'extarct'; did you mean 'chronicle extract'? (see chronicle help)"),
        (["rendr"], "unknown command 'rendr'; did you mean 'chronicle render'? (see chronicle help)"),
        (["help", "extarct"], "unknown command 'extarct'; did you mean 'chronicle extract'? (see chronicle help)"),
        (["extarct", "--help"], "unknown command 'extarct'; did you mean 'chronicle extract'? (see chronicle help)"),
        (["frobnicate"], "unknown command 'frobnicate'; the commands are extract, merge, build, remove, correct, review, query, eval, audit, dates, render, deck, serve, export, check, fonts (see chronicle help)"),
        (["extract", "a.txt", "--out", "g.json"], "unknown option '--out' for chronicle extract; did you mean '--output'? (see chronicle help extract)"),
        (["render", "g.json", "--out", "x.png"], "unknown option '--out' for chronicle render; did you mean '--output'? (see chronicle help render)"),
        (["render", "g.json", "-o", "x.png", "--veiw", "timeline"], "unknown option '--veiw' for chronicle render; did you mean '--view'? (see chronicle help render)"),
        (["deck", "--titel", "x", "g.json"], "unknown option '--titel' for chronicle deck; did you mean '--title'? (see chronicle help deck)"),
        (["query", "mesure", "五严五防"], "unknown command 'mesure'; did you mean 'chronicle query measure'? (see chronicle help query)"),
        (["query", "measure", "五严五防", "--dbb", "x"], "unknown option '--dbb' for chronicle query measure; did you mean '--db'? (see chronicle help query measure)"),
        (["extract", "-z", "a.txt"], "unknown option '-z' for chronicle extract; its options are --files-from, --encoding, --reference-date, --quiet, --lexicon, --corrections, --format, --output, --jsonl (see chronicle help extract)"),
    ])
    func mistypedNamesAreMatchedToTheNearest(_ arguments: [String], line: String) throws {
        let result = try Self.chronicle(arguments)
        #expect(result.status == 64, "\(arguments)")
        #expect(result.stderr == "chronicle: error: \(line)\n")
        #expect(result.stdout.isEmpty)
    }

    /// The graph format the help names is described in the project's own docs, not in
    /// a DESIGN.md that is not in the repository.
    @Test func theHelpPointsToDocsThatExist() throws {
        let help = try Self.chronicle(["--help"])
        #expect(help.stdout.contains("docs/graph-json.md") && !help.stdout.contains("DESIGN.md"))
        #expect(FileManager.default.fileExists(atPath: Self.root.appendingPathComponent("docs/graph-json.md").path))
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(!readme.contains("DESIGN.md") && readme.contains("docs/graph-json.md"))
    }

    /// What is right stays right: help and version are not questioned.
    @Test(arguments: [["extract", "--help"], ["help", "render"], ["--version"]])
    func rightNamesAreNotQuestioned(_ arguments: [String]) throws {
        let result = try Self.chronicle(arguments)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(arguments): \(result.stderr)")
    }

    /// A damaged name model stops extraction with one line naming the file; nothing is
    /// written and the rules alone are never used in its place.
    @Test func aDamagedNameModelIsOneClearErrorAndWritesNothing() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = directory.appendingPathComponent("names.model").path
        try Data("CHRNAMES but not a model".utf8).write(to: URL(fileURLWithPath: model))
        let output = directory.appendingPathComponent("g.json").path
        for command in [["extract", Self.sample, "-o", output], ["build", "-q", "--db", directory.appendingPathComponent("s.sqlite").path, Self.sample]] {
            let result = try Self.chronicle(command, environment: ["CHRONICLE_NAME_MODEL": model])
            #expect(result.status == 1, "\(command[0])")
            #expect(result.stderr.contains(model) && result.stderr.contains("make train-model"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("s.sqlite").path))
    }

    /// A document given where a graph is expected: one line saying how to make the graph.
    @Test func aDocumentWhereAGraphIsExpectedSaysHowToMakeOne() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for command in [["render", Self.sample, "-o", directory.appendingPathComponent("x.png").path],
                        ["deck", Self.sample, "-o", directory.appendingPathComponent("x.pptx").path]] {
            let result = try Self.chronicle(command)
            #expect(result.status == 1, "\(command[0])")
            #expect(result.stderr.contains("chronicle extract") && !result.stderr.contains("malformed JSON"), "\(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func helpListsTheCommands() throws {
        let result = try Self.chronicle(["--help"])
        #expect(result.status == 0)
        for command in ["extract", "eval", "dates", "render", "export", "check", "fonts"] { #expect(result.stdout.contains(command)) }
    }

    /// `--conveys` switches the 传达 arrows: all of them, the meetings' only (no lighter
    /// layer of study sessions and notices), or none (2月5日—10日, one slide).
    @Test func conveysCanBeSwitchedOff() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let graph = directory.appendingPathComponent("g.json").path
        #expect(try Self.chronicle(["extract", Self.root.appendingPathComponent("Samples/study-notice-2020-02-09.txt").path, "-o", graph, "--quiet"]).status == 0)
        var arrows: [String: Int] = [:]
        for layer in ["all", "meetings", "none"] {
            let output = directory.appendingPathComponent("\(layer).dot").path
            let result = try Self.chronicle(["render", graph, "--view", "timeline", "--slide", "16:9", "--from", "2020-02-05", "--to", "2020-02-10",
                                             "--conveys", layer, "-o", output])
            #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
            arrows[layer] = try String(contentsOfFile: output, encoding: .utf8).components(separatedBy: " -> ").count - 1
        }
        #expect(arrows["all"]! > arrows["meetings"]! && arrows["meetings"]! > 0 && arrows["none"] == 0, "\(arrows)")
    }

    /// Three weeks of the sample, too many for one slide at 14 pt with whole names, are
    /// drawn on numbered slides (`t-1.dot` …) with one note that names them and how many
    /// 传达 join two slides (said in the box, `传达：前页8项`); nothing is written under the name given, and
    /// to standard output the command refuses instead.
    @Test func aRangeTooFullForOneSlideTakesSeveral() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let graph = directory.appendingPathComponent("g.json").path
        #expect(try Self.chronicle(["extract", Self.root.appendingPathComponent("Samples/study-notice-2020-02-09.txt").path, "-o", graph, "--quiet"]).status == 0)
        let output = directory.appendingPathComponent("t.dot").path
        let result = try Self.chronicle(["render", graph, "--view", "timeline", "--slide", "16:9", "--from", "2020-01-20", "--to", "2020-02-10", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("19 events on 13 dates do not fit one slide at 14 pt with every name whole: drawn on 3 slides")
                && result.stderr.contains("传达 between two slides are said in the conveying box") && !result.stderr.contains("cut"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["g.json", "t-1.dot", "t-2.dot", "t-3.dot"])
        for n in 1...3 {
            #expect(result.stderr.contains(directory.appendingPathComponent("t-\(n).dot").path))
            #expect(try String(contentsOfFile: directory.appendingPathComponent("t-\(n).dot").path, encoding: .utf8).contains("（\(n)/3）"))
        }
        #expect(try String(contentsOfFile: directory.appendingPathComponent("t-3.dot").path, encoding: .utf8).contains("传达：前页"))
        let stdout = try Self.chronicle(["render", graph, "--view", "timeline", "--slide", "16:9", "--format", "png", "-o", "-"])
        #expect(stdout.status == 1 && stdout.stderr.contains("needs 4 slides at 14 pt") && stdout.stdout.isEmpty, "\(stdout.stderr)")
    }

    @Test(arguments: ["svg", "png", "pdf", "dot"])
    func rendersTheFixture(_ format: String) throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("timeline.\(format)").path
        let result = try Self.chronicle(["render", Self.fixture, "--view", "timeline", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "Graphviz must not write to stderr: \(result.stderr)")
        let size = (try FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        #expect(size > 500)
        // Only the output file is left: no temporary files.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["timeline.\(format)"])
    }

    @Test func formatOptionOverridesTheExtension() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("picture.out").path
        let result = try Self.chronicle(["render", Self.fixture, "--view", "relations", "--format", "svg", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("<svg"))
    }

    struct BadInput: Sendable, CustomStringConvertible {
        var description: String
        var arguments: [String]
        var status: Int32
        var message: String
    }

    static let badInputs: [BadInput] = [
        BadInput(description: "missing file", arguments: ["render", "/nonexistent/graph.json", "-o", "OUT/a.svg"], status: 1, message: "/nonexistent/graph.json: cannot read graph: no such file"),
        BadInput(description: "malformed JSON", arguments: ["render", "MALFORMED", "-o", "OUT/a.svg"], status: 1, message: "malformed JSON: expected ',' or '}'"),
        BadInput(description: "contract violation", arguments: ["render", "NOTGRAPH", "-o", "OUT/a.svg"], status: 1, message: "$: expected an object, found an array"),
        BadInput(description: "unknown format", arguments: ["render", "FIXTURE", "--format", "gif", "-o", "OUT/a.gif"], status: 64, message: "'gif' is invalid for '--format"),
        BadInput(description: "format not guessable", arguments: ["render", "FIXTURE", "-o", "OUT/a.gif"], status: 64, message: "cannot tell the format from"),
        BadInput(description: "unwritable path", arguments: ["render", "FIXTURE", "-o", "/nonexistent-dir/a.svg"], status: 1, message: "/nonexistent-dir/a.svg: cannot write: directory /nonexistent-dir does not exist"),
        BadInput(description: "output is a directory", arguments: ["render", "FIXTURE", "-o", "OUT"], status: 64, message: "cannot tell the format"),
        BadInput(description: "unknown focus", arguments: ["render", "FIXTURE", "--view", "relations", "--focus", "p-nobody", "-o", "OUT/a.svg"], status: 1, message: "nothing to draw: no node with id \"p-nobody\""),
        BadInput(description: "unknown font", arguments: ["render", "FIXTURE", "--font", "No Such Font", "-o", "OUT/a.svg"], status: 1, message: "font \"No Such Font\" is not installed"),
    ]

    @Test(arguments: badInputs)
    func badInputGivesOneLineAndNoOutput(_ bad: BadInput) throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let malformed = directory.appendingPathComponent("malformed.json")
        try Data("{\"graph\": {\"nodes\": {} \"edges\": []}}".utf8).write(to: malformed)
        let notGraph = directory.appendingPathComponent("not-graph.json")
        try Data("[1, 2]".utf8).write(to: notGraph)
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: directory.path))
        let arguments = bad.arguments.map {
            $0.replacingOccurrences(of: "OUT", with: directory.path)
                .replacingOccurrences(of: "MALFORMED", with: malformed.path)
                .replacingOccurrences(of: "NOTGRAPH", with: notGraph.path)
                .replacingOccurrences(of: "FIXTURE", with: Self.fixture)
        }
        let result = try Self.chronicle(arguments)
        #expect(result.status == bad.status, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("chronicle: error: "))
        #expect(result.stderr.contains(bad.message.replacingOccurrences(of: "OUT", with: directory.path)), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "more than one line: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: directory.path)) == before, "output left behind")
    }

    @Test func noCJKFontNamesTheDebianPackage() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // A fontconfig configuration with no font directories: as on a machine
        // without fonts.
        let config = directory.appendingPathComponent("fonts.conf")
        try Data("<?xml version=\"1.0\"?><fontconfig><cachedir>\(directory.path)/cache</cachedir></fontconfig>".utf8).write(to: config)
        let output = directory.appendingPathComponent("a.png").path
        let result = try Self.chronicle(["render", Self.fixture, "-o", output], environment: ["FONTCONFIG_FILE": config.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no CJK font") && result.stderr.contains("fonts-noto-cjk"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    static let sample = root.appendingPathComponent("Samples/study-notice-2020-02-09.txt").path

    @Test func datesOnTheSample() throws {
        let result = try Self.chronicle(["dates", "--format", "json", Self.sample])
        #expect(result.status == 0, "\(result.stderr)")
        guard let array = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] else {
            Issue.record("not a JSON array")
            return
        }
        func value(_ text: String) -> [String] {
            array.filter { $0["text"] as? String == text }.map { ($0["value"] as? String ?? "-") + "/" + ($0["end"] as? String ?? "-") + "/" + ($0["time_of_day"] as? String ?? "-") }
        }
        #expect(value("27日") == ["2020-01-27/-/-"])
        #expect(value("13日上午") == ["2020-01-13/-/morning"])
        #expect(value("2020年2月10日--13日") == ["2020-02-10/2020-02-13/-"])
        #expect(value("1月26日农历正月初二上午") == ["2020-01-26/-/morning"])
        #expect(value("22日下午") == ["2017-06-22/-/afternoon"])
        for key in ["text", "offset", "length", "value", "end", "granularity", "time_of_day", "rule"] {
            #expect(array.allSatisfy { $0.keys.contains(key) }, "missing \(key)")
        }
        // Every span points at its text.
        let scalars = Array(try String(contentsOfFile: Self.sample, encoding: .utf8).unicodeScalars)
        for item in array {
            let offset = item["offset"] as! Int, length = item["length"] as! Int
            #expect(String(String.UnicodeScalarView(scalars[offset..<offset + length])) == item["text"] as? String)
        }
    }

    @Test func datesTextOutputAndBadInput() throws {
        let text = try Self.chronicle(["dates", Self.sample])
        #expect(text.status == 0)
        #expect(text.stdout.contains("reference date 2020-02-09 (stated, line 31)"))
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let binary = directory.appendingPathComponent("b.txt")
        try Data([0x00, 0x01, 0x02, 0xFF]).write(to: binary)
        let bad = try Self.chronicle(["dates", binary.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("binary file"))
        let date = try Self.chronicle(["dates", "--reference-date", "2020-2-9", Self.sample])
        #expect(date.status == 64)
        #expect(date.stderr.contains("--reference-date must be a date as YYYY-MM-DD"))
        let partial = directory.appendingPathComponent("p.txt")
        try Data("13日上午，省委召开会议。".utf8).write(to: partial)
        let warned = try Self.chronicle(["dates", partial.path])
        #expect(warned.status == 0)
        #expect(warned.stderr.contains("warning") && warned.stderr.contains("--reference-date"))
        #expect(warned.stdout.contains("---13"))
    }

    @Test func extractTheSampleAsJSONAndText() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("g.json").path
        let json = try Self.chronicle(["extract", Self.sample, "-o", output])
        #expect(json.status == 0, "\(json.stderr)")
        let check = try Self.chronicle(["check", output])
        #expect(check.status == 0, "\(check.stdout)")
        let text = try Self.chronicle(["extract", "--format", "text", Self.sample])
        #expect(text.stdout.contains("├─ event 2020-01-26 上午 省委专题会议 [meeting, province]"))
        // `-o -` is standard output (not a file named `-`), in either format.
        let dash = try Self.chronicle(["extract", Self.sample, "-o", "-", "--quiet"])
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(dash.status == 0 && dash.stdout == written)
        let dashText = try Self.chronicle(["extract", "--format", "text", Self.sample, "-o", "-", "--quiet"])
        #expect(dashText.stdout == text.stdout)
        #expect(!FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/-"))
        let render = try Self.chronicle(["render", output, "--view", "relations", "--focus", "m-五严五防", "-o", directory.appendingPathComponent("m.svg").path])
        #expect(render.status == 0, "\(render.stderr)")
        let badLexicon = directory.appendingPathComponent("lex.txt")
        try Data("[titles]\n巡视员\n".utf8).write(to: badLexicon)
        let bad = try Self.chronicle(["extract", "--lexicon", badLexicon.path, Self.sample])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("unknown section [titles]"))
    }

    @Test func aGraphvizCrashDoesNotEndChronicle() throws {
        // Graphviz 2.42's dot frees memory twice on this graph (labelled edges inside
        // ranks): the layout runs in a child process, so the user gets a message.
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let crash = Self.root.appendingPathComponent("Tests/ChronicleCLITests/Fixtures/graphviz-2.42-crash.dot").path
        let output = directory.appendingPathComponent("out.svg").path
        let result = try Self.chronicle(["render", crash, "-o", output])
        if result.status == 0 {
            // A Graphviz without the bug draws it: that is fine too.
            #expect(FileManager.default.fileExists(atPath: output))
        } else {
            #expect(result.status == 1)
            #expect(result.stderr.contains("Graphviz crashed"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        }
    }

    @Test func aLayoutThatRunsTooLongIsStopped() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // A dense graph that neato needs far more than a second for.
        var dot = "graph g {\n"
        for i in 0..<1500 { dot += "n\(i) -- n\((i * 7 + 3) % 1500); n\(i) -- n\((i * 13 + 5) % 1500);\n" }
        dot += "}\n"
        let input = directory.appendingPathComponent("dense.dot")
        try Data(dot.utf8).write(to: input)
        let output = directory.appendingPathComponent("out.svg").path
        let started = Date()
        let result = try Self.chronicle(["render", input.path, "--engine", "neato", "--timeout", "1", "-o", output])
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(result.status == 1)
        #expect(result.stderr.contains("took longer than 1 s"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func hostileInputsThroughTheCommandLine() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cases: [(String, [UInt8], String)] = [
            ("empty.txt", [], "the file is empty"),
            ("binary.txt", [0x00, 0x01, 0x02, 0x03, 0xFF], "binary file"),
            ("broken.docx", Array("PK not really a zip".utf8), "not a readable .docx"),
            ("latin1.txt", Array("caf".utf8) + [0xE9, 0x20, 0xE0, 0x20, 0xFC, 0xFF, 0xFE], "not valid"),
        ]
        for (name, bytes, message) in cases {
            let input = directory.appendingPathComponent(name)
            try Data(bytes).write(to: input)
            let output = directory.appendingPathComponent("out.json").path
            let result = try Self.chronicle(["extract", input.path, "-o", output])
            #expect(result.status == 1, "\(name)")
            #expect(result.stderr.hasPrefix("chronicle: error: \(input.path): "), "\(result.stderr)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: output))
            try FileManager.default.removeItem(at: input)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func foldersAndForcedEncodings() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sub = directory.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: Self.sample, encoding: .utf8)
        try Data(text.utf8).write(to: directory.appendingPathComponent("a.txt"))
        try text.data(using: String.Encoding(rawValue: 0x8000_0632))!.write(to: sub.appendingPathComponent("b.txt"))
        try Data("ignored".utf8).write(to: directory.appendingPathComponent("notes.pdfx"))
        let result = try Self.chronicle(["extract", "--format", "text", directory.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("a.txt: read as utf-8") && result.stderr.contains("b.txt: read as gb18030"), "\(result.stderr)")
        // The same report twice is one event with the evidence of both documents.
        #expect(result.stdout.contains("├─ event 2020-01-26 上午 省委专题会议"))
        let quiet = try Self.chronicle(["extract", "-q", directory.path])
        #expect(quiet.stderr.isEmpty)
        let forced = try Self.chronicle(["dates", "--encoding", "utf-8", sub.appendingPathComponent("b.txt").path])
        #expect(forced.status == 1)
        #expect(forced.stderr.contains("not valid utf-8"))
        let unknown = try Self.chronicle(["dates", "--encoding", "latin-9", Self.sample])
        #expect(unknown.status == 64)
    }

    @Test func checkReportsInvariants() throws {
        let ok = try Self.chronicle(["check", Self.fixture])
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("ok, 13 nodes"))
    }
}
