import Foundation
import Testing
@testable import ChronicleRender
@testable import ChronicleCore
import ChronicleTestSupport

@Suite struct DOTWriterTests {
    static let longLabel = String(repeating: "疫情防控阻击战", count: 285) + "终"  // 1,996 characters

    static let tricky = DOTDocument(
        name: "escaping \"test\"",
        graphAttributes: ["label": "图 \\ 标题"],
        statements: [
            .node(id: "1949年", attributes: ["label": "1949年"]),
            .node(id: "quote", attributes: ["label": "他说\"要严把入口关\""]),
            .node(id: "back\\slash", attributes: ["label": "C:\\路径\\n不是换行"]),
            .node(id: "lines", attributes: ["label": "第一行\n第二行\r\n第三行"]),
            .node(id: "<html>", attributes: ["label": "<五严五防> & 四后"]),
            .node(id: "node", attributes: ["label": "关键字 node 作为 id"]),
            .node(id: "long", attributes: ["label": .text(longLabel)]),
            .edge(from: "1949年", to: "quote", attributes: ["label": "传达"]),
            .sameRank(["lines", "<html>"]),
            .subgraph(name: "cluster_省级", attributes: ["label": "省级"], statements: [.node(id: "node", attributes: [:])]),
        ])

    @Test func quotesEveryIdAndValue() {
        #expect(DOTWriter.quote("1949年") == "\"1949年\"")
        #expect(DOTWriter.quote("a\"b") == #""a\"b""#)
        #expect(DOTWriter.quote("a\\nb") == #""a\\nb""#)
        #expect(DOTWriter.quote("a\nb") == #""a\nb""#)
        #expect(DOTWriter.quote("a\r\nb\u{7}") == #""a\nb ""#)
        #expect(DOTWriter.escapeHTML("<a & \"b\">") == "&lt;a &amp; &quot;b&quot;&gt;")
    }

    /// Found by the DOT fuzzer: a label starting with a combining mark joins the
    /// opening quote into one Character; the quoting must hold at the scalar level and
    /// Graphviz must still read it.
    @Test func labelsStartingWithCombiningMarks() throws {
        let label = "\u{059A}\u{FFFD}\u{0301}末"
        let quoted = DOTWriter.quote(label)
        #expect(quoted.unicodeScalars.first == "\"" && quoted.unicodeScalars.last == "\"")
        let dot = DOTWriter.string(DOTDocument(statements: [.node(id: label, attributes: ["label": .text(label)])]))
        let svg = String(decoding: try Graphviz.render(dot: dot, format: .svg), as: UTF8.self)
        #expect(svg.contains("末"))
    }

    @Test func escapingGolden() {
        assertSnapshot(DOTWriter.string(Self.tricky), named: "escaping.dot")
    }

    @Test func everyLabelSurvivesGraphviz() throws {
        let svg = String(decoding: try Graphviz.render(dot: DOTWriter.string(Self.tricky), format: .svg), as: UTF8.self)
        #expect(svg.contains("<title>1949年</title>"))
        #expect(svg.contains(">1949年</text>"))
        #expect(svg.contains("他说&quot;要严把入口关&quot;"))
        #expect(svg.contains("C:\\路径\\n不是换行"))
        #expect(svg.contains(">第一行</text>") && svg.contains(">第二行</text>") && svg.contains(">第三行</text>"))
        #expect(svg.contains("&lt;五严五防&gt; &amp; 四后"))
        #expect(svg.contains("<title>&lt;html&gt;</title>"))
        #expect(svg.contains(Self.longLabel))
        #expect(svg.contains("<title>cluster_省级</title>"))
    }

    /// A person is drawn with the title in force at the latest meeting shown; an edge to
    /// a meeting held under another title says which (主持（时任省长）).
    @Test func relationsShowTheTitleAtEachMeeting() throws {
        let documents = [
            TextDocument(id: "d1", path: "a-2017.txt", text: "2017年6月21日，省委书记骆惠宁、省长楼阳生主持召开全省脱贫攻坚工作会议。\n"),
            TextDocument(id: "d2", path: "b-2020.txt", text: "2020年1月26日上午，省委书记楼阳生主持召开省委专题会议。\n"),
        ]
        let graph = Extractor(referenceDate: CalendarDate(iso: "2020-12-31")).extract(documents).graph
        let dot = DOTWriter.string(try RelationsView(focus: "p-楼阳生").document(for: graph, style: RenderStyle(fontFamily: "Noto Sans CJK SC")))
        #expect(dot.contains(#""label"="楼阳生\n省委书记""#), "\(dot)")
        #expect(dot.contains(#""label"="主持（时任省长）""#))
        #expect(dot.contains(#""label"="主持", "tooltip"="2020年1月26日"#))
    }

    @Test func timelineOfFixtureGolden() throws {
        let graph = try GraphJSON.read(contentsOf: TestPaths.fixtureGraph)
        let style = RenderStyle(fontFamily: "Noto Sans CJK SC")
        assertSnapshot(DOTWriter.string(try TimelineView(title: "时间线").document(for: graph, style: style)), named: "timeline-fixture.dot")
        assertSnapshot(DOTWriter.string(try RelationsView(focus: "p-楼阳生").document(for: graph, style: style)), named: "relations-fixture-楼阳生.dot")
    }

    @Test func fontIsSetOnGraphNodesAndEdges() throws {
        let style = RenderStyle(fontFamily: "WenQuanYi Zen Hei")
        let dot = DOTWriter.string(try TimelineView().document(for: SyntheticGraph.make(events: 4), style: style))
        #expect(dot.contains("graph [\"rankdir\"=\"LR\", \"fontname\"=\"WenQuanYi Zen Hei\""))
        #expect(dot.contains("node [\"fontname\"=\"WenQuanYi Zen Hei\""))
        #expect(dot.contains("edge [\"fontname\"=\"WenQuanYi Zen Hei\""))
    }
}
