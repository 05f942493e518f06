import Foundation
import Testing
import ZIPFoundation
@testable import ChronicleCore
import ChronicleTestSupport

/// The same text in every form Chronicle reads gives the same graph; hostile files get
/// a clear error or a warning, never a crash.
@Suite struct IngestTests {
    /// The bundled sample's text; a missing sample fails the test that asks.
    static var sampleText: String {
        get throws { try String(contentsOfFile: TestPaths.repositoryRoot.appendingPathComponent("Samples/study-notice-2020-02-09.txt").path, encoding: .utf8) }
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Events (date and label), people and measures: what must not depend on the file format.
    static func facts(_ document: TextDocument) -> [String] {
        let graph = Extractor().extract(document).graph
        return graph.nodes.values.filter { [.event, .person, .measure].contains($0.type) }
            .map { "\($0.type.rawValue) \($0.date?.iso ?? "") \($0.label)" }.sorted()
    }

    /// A .docx of the text: one paragraph a line, `[bookmark: _Toc…]` lines as Heading 1
    /// paragraphs without the marker (as Word would have them).
    static func makeDocx(_ text: String, at url: URL, extra: String = "") throws {
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        var body = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(line)
            var heading = false
            if let range = line.range(of: #"\[bookmark: _Toc\d+\]"#, options: .regularExpression) {
                line.removeSubrange(range)
                heading = true
            }
            line = line.replacingOccurrences(of: #"\[bookmark: [^\]]*\]"#, with: "", options: .regularExpression)
            let style = heading ? "<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>" : ""
            body += "<w:p>\(style)<w:r><w:t xml:space=\"preserve\">\(escape(line))</w:t></w:r></w:p>"
        }
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\(body)\(extra)</w:body></w:document>"
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        for (path, content) in [("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"), ("word/document.xml", xml)] {
            let data = Data(content.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
            }
        }
    }

    @Test func theSampleInEveryEncodingAndFormatGivesTheSameFacts() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sampleText = try Self.sampleText
        let original = Self.facts(TextDocument(path: "sample.txt", text: sampleText))
        #expect(original.count > 50)

        var files: [(String, Data, String)] = []
        files.append(("bom.txt", Data([0xEF, 0xBB, 0xBF]) + Data((try Self.sampleText).utf8), "utf-8"))
        let gb = try #require((try Self.sampleText).data(using: TextDecoder.gb18030Foundation))
        files.append(("gb18030.txt", gb, "gb18030"))
        var le = Data([0xFF, 0xFE]), be = Data([0xFE, 0xFF])
        for unit in (try Self.sampleText).utf16 {
            le.append(UInt8(unit & 0xFF)); le.append(UInt8(unit >> 8))
            be.append(UInt8(unit >> 8)); be.append(UInt8(unit & 0xFF))
        }
        files.append(("utf16le.txt", le, "utf-16le"))
        files.append(("utf16be.txt", be, "utf-16be"))
        let html = "<html><head><style>p{}</style><script>var x = '<p>';</script></head><body>"
            + (try Self.sampleText).split(separator: "\n", omittingEmptySubsequences: false).map { "<p>" + $0.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") + "</p>" }.joined(separator: "\n")
            + "</body></html>"
        files.append(("page.html", Data(html.utf8), "html (utf-8)"))
        for (name, data, format) in files {
            let url = directory.appendingPathComponent(name)
            try data.write(to: url)
            let loaded = try DocumentLoader.read(path: url.path)
            #expect(loaded.format == format, "\(name)")
            let facts = Self.facts(loaded.document)
            #expect(facts == original, "\(name) gives different facts: missing \(Set(original).subtracting(facts).sorted()), extra \(Set(facts).subtracting(original).sorted())")
        }
        let docx = directory.appendingPathComponent("sample.docx")
        try Self.makeDocx((try Self.sampleText), at: docx)
        let loaded = try DocumentLoader.read(path: docx.path)
        #expect(loaded.format == "docx")
        let facts = Self.facts(loaded.document)
        #expect(facts == original, "docx gives different facts: missing \(Set(original).subtracting(facts).sorted()), extra \(Set(facts).subtracting(original).sorted())")
        // A folder of them, read in path order.
        #expect(try DocumentLoader.expand([directory.path]).map { ($0 as NSString).lastPathComponent }
            == ["bom.txt", "gb18030.txt", "page.html", "sample.docx", "utf16be.txt", "utf16le.txt"])
    }

    @Test func encodingsAreDetectedByValidation() throws {
        #expect(try TextDecoder.decode(Array("会议于2月3日召开。".utf8), path: "a").encoding == .utf8)
        let gbk = Array(try #require("会议于2月3日召开。".data(using: TextDecoder.gb18030Foundation)))
        #expect(try TextDecoder.decode(gbk, path: "b").encoding == .gb18030)
        #expect(try TextDecoder.decode(gbk, path: "b").text == "会议于2月3日召开。")
        #expect(throws: IngestError.self) { try TextDecoder.decode(gbk, path: "b", forced: .utf8) }
        #expect(TextEncoding(name: "GBK") == .gb18030)
    }

    @Test func docxKeepsTablesFootnotesAndHeadings() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let table = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>表格第一格</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>第二格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        let url = directory.appendingPathComponent("t.docx")
        try Self.makeDocx("[bookmark: _Toc1]标题\n正文第一段。", at: url, extra: table + "<w:p><w:r><w:t>末段</w:t></w:r></w:p>")
        let text = try DocxReader.read(path: url.path)
        #expect(text == "[bookmark: _TocDocx1]标题\n正文第一段。\n表格第一格\n第二格\n末段")
    }

    /// Found by the .docx fuzzer: this file made Foundation's XMLParser trap (an
    /// illegal instruction inside libFoundationXML). Chronicle's own scanner reads it.
    @Test func theFuzzersDocxDoesNotCrash() {
        let path = TestPaths.coreTests.appendingPathComponent("Fixtures/fuzz-docx-foundationxml-trap.docx").path
        do {
            _ = try DocxReader.read(path: path)
        } catch {
            #expect(error.description.hasPrefix(path))
        }
    }

    /// Found by the .docx fuzzer: ZIPFoundation looped forever on this archive.
    /// Chronicle's own ZIP reader checks every offset; the read must end (with an error
    /// or text) well within ten seconds.
    @Test func theFuzzersHangingDocxEnds() {
        let path = TestPaths.coreTests.appendingPathComponent("Fixtures/fuzz-docx-zipfoundation-hang.docx").path
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            _ = try? DocxReader.read(path: path)
            done.signal()
        }
        #expect(done.wait(timeout: .now() + 10) == .success, "reading the file did not end")
    }

    @Test func wordXMLScannerReadsWhatWordWrites() {
        let xml = Array("""
            <?xml version="1.0"?><!-- c --><w:document><w:body>
            <w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>标题&amp;一</w:t></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">正文 </w:t><w:tab/><w:t>&#x4E00;&lt;二&gt;</w:t><w:footnoteReference w:id="2"/></w:r></w:p>
            <w:p/><w:p><w:r><w:t><![CDATA[<原样>]]></w:t></w:r></w:p>
            <w:p><w:r><w:t>未闭合
            """.utf8)
        let text = WordXML.text(xml, footnotes: ["2": "脚注"])
        #expect(text == "[bookmark: _TocDocx1]标题&一\n正文 \t一<二>（注：脚注）\n\n<原样>\n未闭合")
    }

    // MARK: Hostile input

    @Test func hostileFilesGetClearErrors() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func file(_ name: String, _ bytes: [UInt8]) throws -> String {
            let url = directory.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            return url.path
        }
        let cases: [(String, String)] = [
            (try file("empty.txt", []), "the file is empty"),
            (try file("blank.txt", Array("  \n\n\t ".utf8)), "the file is empty"),
            (try file("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0xFF]), "binary file"),
            (try file("random.docx", (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2654435761 >> 7) }), "not a readable .docx"),
            (try file("old.doc", [0xD0, 0xCF, 0x11, 0xE0]), "save it as .docx or .txt"),
            (try file("latin1.txt", Array("caf".utf8) + [0xE9, 0x20, 0xE0, 0x20, 0xFC, 0xFF, 0xFE]), "not valid"),
        ]
        for (path, message) in cases {
            do {
                _ = try DocumentLoader.read(path: path)
                Issue.record("\(path) was read")
            } catch {
                #expect(error.description.hasPrefix(path + ":"), "\(error)")
                #expect(error.description.contains(message), "\(error)")
            }
        }
        // A truncated .docx.
        let good = directory.appendingPathComponent("good.docx")
        try Self.makeDocx((try Self.sampleText), at: good)
        let bytes = try Data(contentsOf: good)
        let truncated = try file("truncated.docx", Array(bytes.prefix(bytes.count / 2)))
        #expect(throws: IngestError.self) { try DocumentLoader.read(path: truncated) }
    }

    @Test func aZipBombIsRefused() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("bomb.docx")
        // 8 MB of one character compresses to a few kilobytes.
        try Self.makeDocx(String(repeating: "会", count: 2_800_000), at: url)
        #expect((try Data(contentsOf: url)).count < 200_000)
        #expect {
            try DocxReader.read(path: url.path, limit: 4 * 1024 * 1024)
        } throws: { error in
            (error as? IngestError)?.description.contains("too large") == true
        }
    }

    @Test func invalidBytesInValidTextAreReplacedWithAWarning() throws {
        var bytes = Array("2020年2月3日上午，省委书记楼阳生主持召开省委专题会议。".utf8)
        bytes.insert(0xFF, at: 10)
        bytes += Array(String(repeating: "会议强调，要落实各项措施。", count: 40).utf8)
        let decoded = try TextDecoder.decode(bytes, path: "x.txt")
        #expect(decoded.encoding == .utf8)
        #expect(decoded.warnings.first?.contains("invalid byte sequence") == true, "\(decoded.warnings)")
        #expect(decoded.text.contains("\u{FFFD}"))
    }

    @Test func pathologicalTextIsExtractedWithoutHangingOrCrashing() {
        // A 1.5 MB line without punctuation (the 5 MB case runs in chronicle-bench
        // hostile: a debug build is too slow for it here), unbalanced quotes and
        // brackets, control characters.
        let line = String(repeating: "省委书记王建华主持召开省委常委会会议研究部署", count: 24_000)
        let quotes = String(repeating: "“五严五防（《关于", count: 2_000) + "\u{0}\u{7}\u{1B}\u{FFFF}"
        let text = "3月5日上午，" + line + "\n" + quotes + "\n3月6日，省委召开会议。"
        let graph = Extractor(referenceDate: CalendarDate(iso: "2021-03-20")).extract(TextDocument(path: "p.txt", text: text)).graph
        #expect(graph.invariantViolations().isEmpty)
        #expect(graph.nodes.values.flatMap(\.evidence).allSatisfy { $0.length <= SentenceSplitter.maximumLength })
        #expect(!GraphJSON.string(graph).isEmpty)
    }
}
