import Testing
@testable import ChronicleCore
import ChronicleTestSupport

@Suite struct GraphInvariantTests {
    let document = DocumentID("d1")
    var evidence: [Evidence] { [Evidence(document: document, offset: 0, length: 3, text: "楼阳生")] }

    func base() -> Graph {
        Graph(documents: [DocumentInfo(id: document, path: "x.txt")], nodes: [
            Node(id: "p-楼阳生", label: "楼阳生", type: .person, evidence: evidence),
            Node(id: "e-1", label: "省委专题会议", type: .event, date: CalendarDate(iso: "2020-01-26"), evidence: evidence),
        ])
    }

    @Test func validGraphHasNoViolations() {
        var graph = base()
        graph.add(Edge(source: "p-楼阳生", target: "e-1", relation: .chairs, evidence: evidence))
        #expect(graph.invariantViolations().isEmpty)
    }

    @Test func findsEachKindOfViolation() {
        var graph = base()
        graph.add(Edge(source: "p-楼阳生", target: "e-404", relation: .chairs, evidence: evidence))
        graph.add(Edge(source: "e-1", target: "p-楼阳生", relation: .chairs, evidence: evidence))
        graph.add(Edge(source: "p-楼阳生", target: "e-1", relation: .attends, evidence: []))
        graph.upsert(Node(id: "m-x", label: "x", type: .measure, evidence: [Evidence(document: "d9", offset: 0, length: 1, text: "x")]))
        graph.upsert(Node(id: "e-2", label: "会", type: .event, date: CalendarDate(iso: "2020-02-13"), endDate: CalendarDate(iso: "2020-02-10"), evidence: evidence))
        let messages = graph.invariantViolations().map(\.message)
        #expect(messages.contains { $0.contains("e-404") && $0.contains("target does not exist") })
        #expect(messages.contains { $0.contains("expected person → event, found event → person") })
        #expect(messages.contains { $0.contains("attends") && $0.contains("has no evidence") })
        #expect(messages.contains { $0.contains("unknown document d9") })
        #expect(messages.contains { $0.contains("ends (2020-02-10) before it starts") })
    }

    @Test func upsertMergesAliasesAndEvidence() {
        var graph = base()
        let other = Evidence(document: document, offset: 10, length: 4, text: "专题会议")
        graph.upsert(Node(id: "e-1", label: "省委第一次专题会议", type: .event, timeOfDay: .morning, evidence: [other]))
        let merged = graph["e-1"]!
        #expect(merged.label == "省委专题会议")
        #expect(merged.aliases == ["省委第一次专题会议"])
        #expect(merged.timeOfDay == .morning)
        #expect(merged.evidence.count == 2)
        #expect(graph.nodes.count == 2)
    }

    @Test func addingAnEqualEdgeMergesEvidence() {
        var graph = base()
        graph.add(Edge(source: "p-楼阳生", target: "e-1", relation: .chairs, evidence: evidence))
        graph.add(Edge(source: "p-楼阳生", target: "e-1", relation: .chairs, evidence: [Evidence(document: document, offset: 5, length: 1, text: "主")]))
        graph.add(Edge(source: "p-楼阳生", target: "e-1", relation: .attends, evidence: evidence))
        #expect(graph.edges.count == 2)
        #expect(graph.edges[0].evidence.count == 2)
        graph.removeNode("p-楼阳生")
        #expect(graph.edges.isEmpty)
    }
}
