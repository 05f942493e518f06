import Foundation
import Testing

/// `chronicle deck` read back by real clients: python-pptx (structure, titles,
/// pictures, notes) and LibreOffice (converts it; the PDF carries Chinese text in an
/// embedded CJK font). Each client test is skipped with a message when the client is
/// not installed (scripts/bootstrap.sh installs both).
@Suite(.serialized) struct DeckCLITests {
    static let hasPythonPptx = (try? shell(["python3", "-c", "import pptx"]).status) == 0
    static let soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func shell(_ arguments: [String]) throws -> CLITests.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return CLITests.Result(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    /// Extracts the sample and writes its deck; returns the deck's path and slide count.
    static func sampleDeck(in directory: URL, _ extra: [String] = []) throws -> (path: String, slides: Int) {
        let graph = directory.appendingPathComponent("g.json").path
        #expect(try CLITests.chronicle(["extract", "-q", CLITests.sample, "-o", graph]).status == 0)
        let deck = directory.appendingPathComponent("briefing.pptx").path
        let result = try CLITests.chronicle(["deck", graph, "-o", deck, "--title", "疫情防控会议与传达"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        let slides = Int(result.stderr.split(separator: " ").drop { $0 != "wrote" }.dropFirst().first ?? "") ?? 0
        return (deck, slides)
    }

    @Test(.enabled(if: hasPythonPptx, "python-pptx is not installed: run scripts/bootstrap.sh"), arguments: ["16:9", "4:3"])
    func pythonPptxReadsTheDeck(_ aspect: String) throws {
        let directory = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let deck = try Self.sampleDeck(in: directory, ["--slide", aspect])
        #expect(deck.slides >= 8)
        let script = CLITests.root.appendingPathComponent("Tests/ChronicleCLITests/Fixtures/check_deck.py").path
        let check = try Self.shell(["python3", script, deck.path, String(deck.slides), aspect])
        #expect(check.status == 0 && check.stdout.hasPrefix("ok"), "\(check.stdout)\(check.stderr)")
    }

    @Test(.enabled(if: soffice != nil, "LibreOffice (libreoffice-impress) is not installed: run scripts/bootstrap.sh"))
    func libreOfficeConvertsTheDeckWithChineseText() throws {
        let directory = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let deck = try Self.sampleDeck(in: directory)
        let profile = directory.appendingPathComponent("lo-profile").path
        let convert = try Self.shell([Self.soffice!, "-env:UserInstallation=file://\(profile)", "--headless", "--convert-to", "pdf", "--outdir", directory.path, deck.path])
        let pdf = directory.appendingPathComponent("briefing.pdf").path
        #expect(FileManager.default.fileExists(atPath: pdf), "LibreOffice did not convert: \(convert.stderr)")
        let info = try Self.shell(["pdfinfo", pdf])
        #expect(info.stdout.contains("Pages:") && info.stdout.contains(" \(deck.slides)\n"), "\(info.stdout)")
        let fonts = try Self.shell(["pdffonts", pdf])
        #expect(fonts.stdout.contains("CJK") || fonts.stdout.contains("WenQuanYi"), "no CJK font in the PDF:\n\(fonts.stdout)")
        // The titles are text (not pictures): the PDF's text layer has them in Chinese.
        let text = try Self.shell(["pdftotext", pdf, "-"])
        let compact = text.stdout.filter { !$0.isWhitespace }
        #expect(compact.contains("疫情防控会议与传达") && compact.contains("资料来源") && compact.contains("五严五防"), "\(compact.prefix(300))")
    }

    @Test func badInputGetsOneLineAndNoFile() throws {
        let directory = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let graph = directory.appendingPathComponent("g.json").path
        #expect(try CLITests.chronicle(["extract", "-q", CLITests.sample, "-o", graph]).status == 0)
        let quiet = directory.appendingPathComponent("quiet.txt")
        try "今天天气很好，没有会议。".write(to: quiet, atomically: true, encoding: .utf8)
        let empty = directory.appendingPathComponent("empty.json").path
        #expect(try CLITests.chronicle(["extract", "-q", quiet.path, "-o", empty]).status == 0)
        let out = directory.appendingPathComponent("b.pptx").path
        let cases: [([String], String)] = [
            (["deck", empty, "-o", out], "no events"),
            (["deck", graph, "-o", out, "--from", "1999-01-01", "--to", "1999-12-31"], "no dated events between 1999-01-01 and 1999-12-31"),
            (["deck", graph, "-o", out, "--measure", "不存在的措施"], "no measure named"),
            (["deck", graph, "-o", out, "--person", "张三丰"], "no person named"),
            (["deck", graph, "-o", directory.appendingPathComponent("missing/b.pptx").path], "does not exist"),
        ]
        for (arguments, message) in cases {
            let result = try CLITests.chronicle(arguments)
            #expect(result.status == 1, "\(arguments): \(result.status)")
            #expect(result.stderr.contains(message) && result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(left == ["empty.json", "g.json", "quiet.txt"], "\(left)")
        let usage = try CLITests.chronicle(["deck", graph, "-o", directory.appendingPathComponent("b.pdf").path])
        #expect(usage.status == 64)
    }
}
