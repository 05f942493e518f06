import Foundation
import Testing
@testable import ChronicleRender
@testable import ChronicleCore
import ChronicleTestSupport

@Suite struct RenderTests {
    static let graph = SyntheticGraph.make(events: 120)  // 120 events + 30 people + 12 measures

    @Test func fixtureHasAtLeast200Nodes() {
        #expect(Self.graph.nodes.count >= 160)
        #expect(SyntheticGraph.make(events: 160).nodes.count >= 200)
    }

    @Test(arguments: OutputFormat.allCases)
    func rendersEveryFormat(_ format: OutputFormat) throws {
        let renderer = try Renderer()
        let data = try renderer.render(.relations, of: SyntheticGraph.make(events: 160), format: format)
        let bytes = [UInt8](data.prefix(8))
        switch format {
        case .png: #expect(bytes == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .pdf: #expect(bytes.starts(with: Array("%PDF-".utf8)))
        case .svg:
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.contains("<svg") && text.contains("font-family=\"\(renderer.style.fontFamily)"))
        case .dot:
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.hasPrefix("digraph relations {") && text.contains("bb=\""))
        }
    }

    @Test func pdfEmbedsACJKFont() throws {
        let renderer = try Renderer()
        let data = try renderer.render(.timeline, of: Self.graph, format: .pdf)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-\(UUID()).pdf")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let output = try run("/usr/bin/pdffonts", [url.path])
        #expect(output.contains("CJK") || output.contains("WenQuanYi") || output.contains("Han"), "\(output)")
        #expect(output.contains(" yes "), "font not embedded:\n\(output)")
    }

    @Test func cjkTextIsMeasuredFullWidth() throws {
        // With a CJK font, pango measures each Chinese character one em wide; with no
        // font covering it Graphviz falls back to estimated Latin metrics and boxes
        // come out too narrow (labels clipped). Nine characters at 12 pt ≈ 108 pt.
        let renderer = try Renderer()
        let dot = DOTDocument(
            nodeDefaults: ["fontname": .text(renderer.style.fontFamily), "fontsize": "12", "shape": "plaintext", "margin": "0"],
            statements: [.node(id: "n", attributes: ["label": "省委第五次专题会议"])])
        let laidOut = String(decoding: try Graphviz.render(dot: DOTWriter.string(dot), format: .dot), as: UTF8.self)
        let match = try #require(laidOut.firstMatch(of: /width=([0-9.]+)/))
        let points = (Double(match.1) ?? 0) * 72
        #expect(abs(points - 108) < 12, "9 CJK characters at 12 pt measured \(points) pt")
    }

    /// Graphviz 2.42's dot frees memory twice on labelled edges between nodes of one
    /// rank; the timeline must not produce them (this test crashed the process before).
    @Test(arguments: [OutputFormat.svg, .png, .dot])
    func sameDayConveysDoNotCrashGraphviz(_ format: OutputFormat) throws {
        let evidence = [Evidence(document: "d1", offset: 0, length: 2, text: "会议")]
        var graph = Graph(documents: [DocumentInfo(id: "d1", path: "x")])
        graph.upsert(Node(id: "e-a", label: "视频会议", type: .event, date: CalendarDate(iso: "2020-02-07"), evidence: evidence))
        graph.upsert(Node(id: "e-b", label: "组织收看视频会议", type: .event, date: CalendarDate(iso: "2020-02-07"), evidence: evidence))
        graph.upsert(Node(id: "e-c", label: "专题会议", type: .event, date: CalendarDate(iso: "2020-02-07"), evidence: evidence))
        graph.add(Edge(source: "e-b", target: "e-a", relation: .conveys, evidence: evidence))
        graph.add(Edge(source: "e-c", target: "e-a", relation: .conveys, evidence: evidence))
        graph.add(Edge(source: "e-c", target: "e-b", relation: .conveys, evidence: evidence))
        let data = try Renderer().render(.timeline, of: graph, format: format)
        #expect(data.count > 100)
    }

    static func pngSize(_ data: Data) -> (Int, Int) {
        let bytes = [UInt8](data.prefix(24))
        func be32(_ i: Int) -> Int { Int(bytes[i]) << 24 | Int(bytes[i + 1]) << 16 | Int(bytes[i + 2]) << 8 | Int(bytes[i + 3]) }
        return (be32(16), be32(20))
    }

    @Test(arguments: [("16:9", 300, 4000, 2250), ("4:3", 300, 3000, 2250), ("16:9", 150, 2000, 1125)] as [(String, Int, Int, Int)])
    func slidesHaveTheExactPixelSize(_ aspect: String, dpi: Int, width: Int, height: Int) throws {
        let renderer = try Renderer()
        let slide = try #require(Slide(aspect: aspect, dpi: dpi))
        #expect(slide.pixels == (width, height))
        for view in [ViewKind.timeline, .relations] {
            let data = try renderer.render(view, of: SyntheticGraph.make(events: 30), format: .png, slide: slide)
            #expect(Self.pngSize(data) == (width, height), "\(view)")
        }
    }

    @Test func slidePDFIsTheSlidePageWithACJKFont() throws {
        let data = try Renderer().render(.timeline, of: Self.graph, format: .pdf, slide: Slide(aspect: "16:9"))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-slide-\(UUID()).pdf")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try run("/usr/bin/pdfinfo", [url.path]).contains("Page size:       960 x 540 pts"))
        #expect(try run("/usr/bin/pdffonts", [url.path]).contains("CJK"))
    }

    @Test func themesAndLevelFilters() throws {
        let graph = SyntheticGraph.make(events: 20)
        let projection = Renderer(style: RenderStyle(fontFamily: "Noto Sans CJK SC", theme: .projection))
        let dot = try projection.dot(.timeline, of: graph)
        #expect(dot.contains("\"fontsize\"=\"15\"") && dot.contains("#8fc1f2"))
        let print = Renderer(style: RenderStyle(fontFamily: "Noto Sans CJK SC"))
        let layout = try print.layout(.timeline, of: graph, levels: [.province])
        #expect(layout.dot.contains("#dcecff") && !layout.dot.contains("#fde2e1"))
    }

    @Test func focusByNameOrId() throws {
        let graph = try GraphJSON.read(contentsOf: TestPaths.fixtureGraph)
        #expect(graph.resolveFocus("楼阳生") == "p-楼阳生")
        #expect(graph.resolveFocus("“五严五防”", preferring: .measure) == "m-五严五防")
        #expect(graph.resolveFocus("p-楼阳生") == "p-楼阳生")
        #expect(graph.resolveFocus("无此人") == "无此人")
    }

    @Test func aTimelineOf300EventsRenders() throws {
        let data = try Renderer().render(.timeline, of: SyntheticGraph.make(events: 300), format: .svg)
        #expect(String(decoding: data, as: UTF8.self).contains("<svg"))
    }

    @Test func graphvizErrorsBecomeSwiftErrors() {
        #expect {
            try Graphviz.render(dot: "digraph { a -> ; }", format: .svg)
        } throws: { error in
            guard case .graphviz(let stage, let message) = error as? RenderError else { return false }
            return stage == "parsing" && message.contains("syntax error")
        }
        #expect(throws: RenderError.unknownEngine("fast")) {
            try Graphviz.render(dot: "digraph { a }", format: .svg, engine: "fast")
        }
    }

    @Test func rendersConcurrentlyWithoutCrashing() async throws {
        let renderer = try Renderer()
        let graph = SyntheticGraph.make(events: 20)
        try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0..<8 {
                group.addTask { try renderer.render(i % 2 == 0 ? .timeline : .relations, of: graph, format: .svg).count }
            }
            for try await size in group { #expect(size > 1000) }
        }
    }

    @Test func emptyGraphsSayThereIsNothingToDraw() throws {
        let renderer = Renderer(style: RenderStyle(fontFamily: "Noto Sans CJK SC"))
        #expect(throws: RenderError.nothingToDraw("the graph has no dated events")) {
            try renderer.dot(.timeline, of: Graph())
        }
        #expect(throws: RenderError.self) { try renderer.dot(.relations, of: SyntheticGraph.make(events: 2), focus: "p-nobody") }
    }
}

@Suite struct FontLocatorTests {
    @Test func findsAnInstalledCJKFont() throws {
        let families = FontLocator.installedCJKFamilies()
        #expect(!families.isEmpty, "run scripts/bootstrap.sh to install fonts-noto-cjk")
        let chosen = try FontLocator.resolve()
        #expect(families.contains(chosen))
    }

    @Test func prefersSimplifiedChineseFamilies() throws {
        #expect(try FontLocator.resolve(installed: ["Noto Serif CJK JP", "WenQuanYi Zen Hei", "Noto Sans CJK SC"]) == "Noto Sans CJK SC")
        #expect(try FontLocator.resolve(installed: ["Some Font JP", "Other Font SC"]) == "Other Font SC")
        #expect(try FontLocator.resolve(requested: "noto sans cjk sc", installed: ["Noto Sans CJK SC"]) == "Noto Sans CJK SC")
    }

    @Test func missingFontsNameThePackage() {
        #expect(throws: RenderError.noCJKFont) { try FontLocator.resolve(installed: []) }
        #expect(RenderError.noCJKFont.description.contains("fonts-noto-cjk"))
        #expect(throws: RenderError.fontNotInstalled(family: "SimSun", available: ["Noto Sans CJK SC"])) {
            try FontLocator.resolve(requested: "SimSun", installed: ["Noto Sans CJK SC"])
        }
    }
}

/// Runs a program and returns its standard output.
func run(_ program: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = Pipe()
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}
