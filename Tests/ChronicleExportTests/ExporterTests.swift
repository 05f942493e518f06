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

    @Test func correctedFactsAreMarkedInEveryFormat() throws {
        var graph = try Self.graph.get()
        let event = graph.nodes(ofType: .event)[0].id
        let person = graph.nodes(ofType: .person)[0].id
        let report = graph.apply(try CorrectionFile.parse("""
            - set: {node: \(event.rawValue), time_of_day: afternoon}
              by: 王秘书
            - add: {source: \(person.rawValue), relation: attends, target: \(event.rawValue)}
              note: 名单中有
              by: 王秘书
            """, path: "fixes.yaml"))
        #expect(report.orphaned.isEmpty)
        #expect(GraphMLExporter.string(graph).contains("<data key=\"n_corrected\">set by 王秘书</data>"))
        #expect(GraphMLExporter.string(graph).contains("<data key=\"e_corrected\">add by 王秘书: 名单中有</data>"))
        #expect(Neo4jExporter.cypher(graph).contains("n.corrected = 'set by 王秘书'") || Neo4jExporter.cypher(graph).contains("n.corrected = \"set by 王秘书\""))
        #expect(Neo4jExporter.csv(graph).relationships.contains("add by 王秘书: 名单中有"))
        #expect(RDFExporter.turtle(graph).contains("rdf:Statement"))
        #expect(HTMLReportExporter.string(graph, timelineSVG: nil, fontFamily: "Noto Sans CJK SC").contains("✎ 已更正"))
    }
}
