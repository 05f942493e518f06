import Foundation
import Testing
@testable import ChronicleCore
import ChronicleTestSupport

@Suite struct GraphJSONTests {
    static let fixturePath = TestPaths.repositoryRoot.appendingPathComponent("Samples/fixture-graph.json").path

    @Test func fixtureRoundTripsByteForByte() throws {
        let graph = try GraphJSON.read(contentsOf: Self.fixturePath)
        #expect(graph.invariantViolations().isEmpty, "\(graph.invariantViolations())")
        let written = GraphJSON.string(graph)
        let reread = try GraphJSON.decode(Array(written.utf8))
        #expect(reread == graph)
        #expect(GraphJSON.string(reread) == written)
        // Unknown graph metadata survives.
        #expect(reread.properties["note"] != nil)
    }

    @Test func largeSyntheticGraphRoundTrips() throws {
        let graph = SyntheticGraph.make(events: 300)
        #expect(graph.invariantViolations().isEmpty)
        let reread = try GraphJSON.decode(Array(GraphJSON.string(graph).utf8))
        #expect(reread == graph)
    }

    @Test func writesTheContractFields() throws {
        let graph = SyntheticGraph.make(events: 3)
        let json = try JSONParser.parse(GraphJSON.string(graph))
        let root = try #require(json["graph"])
        #expect(root["directed"] == .bool(true))
        #expect(root["metadata"]?["documents"] != nil)
        let event = try #require(root["nodes"]?["e-2020-01-01-第1次专题会议"]?["metadata"])
        for key in ["type", "kind", "level", "date", "end_date", "time_of_day", "aliases", "evidence"] {
            #expect(event[key] != nil, "event metadata lacks \(key)")
        }
        #expect(event["end_date"] == .null)
        #expect(event["time_of_day"] == .string("morning"))
        guard case .array(let edges) = root["edges"] else { Issue.record("edges not an array"); return }
        let first = try #require(edges.first)
        #expect(first["relation"] == .string("chairs"))
        #expect(first["metadata"]?["evidence"] != nil)
    }

    @Test(arguments: [0, 1, 40])
    func streamedJSONEqualsTheWholeDocument(_ events: Int) throws {
        let graph = events == 0 ? Graph() : SyntheticGraph.make(events: events)
        #expect(GraphJSON.string(graph) == JSONWriter.string(GraphJSON.encode(graph)))
        #expect(try GraphJSON.decode(Array(GraphJSON.string(graph).utf8)) == graph)
    }

    @Test func writingIsDeterministic() {
        let a = GraphJSON.string(SyntheticGraph.make(events: 50))
        let b = GraphJSON.string(SyntheticGraph.make(events: 50))
        #expect(a == b)
    }

    @Test(arguments: [
        (#"{"graph": {"nodes": {}, "edges": []}}"#, nil),
        (#"{"graf": {}}"#, "$: missing required field \"graph\""),
        (#"{"graph": {"nodes": [], "edges": []}}"#, "$.graph.nodes: expected an object, found an array"),
        (#"{"graph": {"nodes": {"p-a": {"label": "甲", "metadata": {"type": "human", "evidence": []}}}, "edges": []}}"#,
         #"$.graph.nodes["p-a"].metadata.type: unknown value "human""#),
        (#"{"graph": {"nodes": {"e-1": {"label": "会", "metadata": {"type": "event", "date": "2020/02/09", "evidence": []}}}, "edges": []}}"#,
         #"$.graph.nodes["e-1"].metadata.date: "2020/02/09" is not an ISO date"#),
        (#"{"graph": {"nodes": {"p-a": {"label": "甲", "metadata": {"type": "person", "evidence": [{"document": "d1", "offset": -1, "length": 2, "text": "x"}]}}}, "edges": []}}"#,
         #"$.graph.nodes["p-a"].metadata.evidence[0]: offset and length must not be negative"#),
        (#"{"graph": {"nodes": {}, "edges": [{"source": "a", "target": "b", "relation": "chairs"}]}}"#,
         #"$.graph.edges[0].source: no node with id "a""#),
        (#"{"graph": {"nodes": {}, "edges": [{"source": "a", "target": "b", "relation": "likes"}]}}"#,
         #"$.graph.edges[0].relation: unknown value "likes"; expected one of: chairs"#),
        (#"{"graph": {"directed": false, "nodes": {}, "edges": []}}"#, "$.graph.directed: Chronicle graphs are directed"),
    ] as [(String, String?)])
    func contractErrorsNameTheJSONPath(_ text: String, expected: String?) {
        do {
            _ = try GraphJSON.decode(Array(text.utf8), path: "g.json")
            #expect(expected == nil, "decoded a graph that breaks the contract")
        } catch {
            guard let expected else { Issue.record("unexpected error \(error)"); return }
            #expect(error.description.hasPrefix("g.json: " + expected), "\(error)")
        }
    }

    @Test func syntaxErrorsNameFileLineAndColumn() {
        let text = "{\n  \"graph\": {\n    \"nodes\": {,\n  }\n}"
        #expect(throws: GraphJSONError.syntax(path: "broken.json", line: 3, column: 15, message: "expected a member name in double quotes")) {
            try GraphJSON.decode(Array(text.utf8), path: "broken.json")
        }
    }

    @Test func unreadableFilesSayWhy() throws {
        #expect(throws: GraphJSONError.unreadable(path: "/nonexistent/g.json", reason: "no such file")) {
            try GraphJSON.read(contentsOf: "/nonexistent/g.json")
        }
        #expect(throws: GraphJSONError.unreadable(path: "/tmp", reason: "it is a directory")) {
            try GraphJSON.read(contentsOf: "/tmp")
        }
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-empty-\(UUID()).json")
        _ = FileManager.default.createFile(atPath: empty.path, contents: Data())
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(throws: GraphJSONError.unreadable(path: empty.path, reason: "the file is empty")) {
            try GraphJSON.read(contentsOf: empty.path)
        }
    }
}
