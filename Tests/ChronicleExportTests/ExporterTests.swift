import Foundation
import Testing
import ChronicleCore
import ChronicleExport
import ChronicleTestSupport

/// Each exporter as a library call on the 200-node fixture graph. Reading the files
/// back with real clients (networkx, rdflib, icalendar) is in ChronicleCLITests.
@Suite struct ExporterTests {
    static let graph = Result { try GraphJSON.read(contentsOf: TestPaths.fixtureGraph) }

    @Test func graphMLHasEveryNodeAndEdge() throws {
        let graph = try Self.graph.get()
        let xml = GraphMLExporter.string(graph)
        #expect(xml.components(separatedBy: "<node ").count - 1 == graph.nodes.count)
        #expect(xml.components(separatedBy: "<edge ").count - 1 == graph.edges.count)
    }

    @Test func neo4jCSVHasAHeaderAndARowPerNode() throws {
        let graph = try Self.graph.get()
        let csv = Neo4jExporter.csv(graph)
        let rows = csv.nodes.split(separator: "\n")
        #expect(rows.count == graph.nodes.count + 1)
    }

    @Test func iCalendarHasAnEventPerDatedEvent() throws {
        let graph = try Self.graph.get()
        let ics = ICalendarExporter.string(graph)
        let dated = graph.nodes(ofType: .event).filter { $0.date != nil }.count
        #expect(ics.hasPrefix("BEGIN:VCALENDAR"))
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == dated)
    }

    @Test func htmlReportEscapesLabelsAndNeedsNoRenderer() throws {
        let fixture = try Self.graph.get()
        var hostile = fixture.nodes(ofType: .event)[0]
        hostile.label = "<script>alert(1)</script>"
        let graph = Graph(documents: fixture.documents, nodes: [hostile])
        let html = HTMLReportExporter.string(graph, timelineSVG: nil, fontFamily: "Noto Sans CJK SC")
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
    }
}
