import ChronicleCore
import ChronicleTestSupport
import Foundation
import Testing

/// Extraction is per document, then a merge: the graph of a set of documents must not
/// depend on the order they arrive in, merging per-document graphs must equal one run,
/// and a per-document graph must survive its JSON Lines form.
@Suite struct MergeOrderTests {
    static let archive = SyntheticArchive(seed: 7).documents(24)

    static func documentGraphs(_ documents: [TextDocument], reference: CalendarDate? = nil) -> [DocumentGraph] {
        let extractor = Extractor(referenceDate: reference)
        return documents.map { extractor.documentGraph($0).graph }
    }

    static func json(_ graph: Graph) -> String { GraphJSON.string(graph) }

    /// Random orders and random subsets, each subset merged in two orders.
    static func checkOrderIndependence(_ graphs: [DocumentGraph], seed: UInt64, rounds: Int) {
        var rng = SplitMix64(seed: seed)
        let merger = GraphMerger()
        let whole = json(merger.merge(graphs))
        for _ in 0..<rounds {
            #expect(json(merger.merge(graphs.shuffled(using: &rng))) == whole)
            let subset = graphs.filter { _ in rng.next() % 2 == 0 }
            #expect(json(merger.merge(subset.shuffled(using: &rng))) == json(merger.merge(subset.shuffled(using: &rng))))
        }
    }

    @Test func syntheticArchivesMergeTheSameInAnyOrder() {
        let graphs = Self.documentGraphs(Self.archive)
        Self.checkOrderIndependence(graphs, seed: 11, rounds: 12)
        // Not vacuous: documents meet — one event reported by two documents, a
        // meeting conveying another document's, a measure set in one and reiterated in another.
        let merged = GraphMerger().merge(graphs)
        let events = merged.nodes(ofType: .event)
        #expect(events.contains { Set($0.evidence.map(\.document)).count >= 2 })
        func document(_ id: NodeID) -> Set<DocumentID> { Set(merged[id]?.evidence.map(\.document) ?? []) }
        // (The conveying document names the meeting it conveys, with its day: the
        // target's evidence holds that reference too, and the report from another document.)
        #expect(merged.edges(.conveys).contains { !document($0.target).isSubset(of: document($0.source)) })
        let setters = Dictionary((merged.edges(.sets) + merged.edges(.firstSeen)).map { ($0.target, document($0.source)) }, uniquingKeysWith: { a, _ in a })
        #expect(merged.edges(.reiterates).contains { edge in setters[edge.target].map { document(edge.source).isDisjoint(with: $0) } ?? false })
    }

    @Test func oneRunEqualsTheMergeOfPerDocumentGraphs() {
        let documents = Array(Self.archive.prefix(10))
        let oneRun = Extractor().extract(documents).graph
        #expect(Self.json(oneRun) == Self.json(GraphMerger().merge(Self.documentGraphs(documents.reversed()))))
    }

    @Test(.enabled(if: TestPaths.hasDevCorpus, "../shared/corpus/dev is not beside the repository: skipped")) func realReportsMergeTheSameInAnyOrder() throws {
        var documents = [try DocumentLoader.load(path: TestPaths.sample)]
        let dev = TestPaths.sharedCorpus.appendingPathComponent("dev").path
        for name in try FileManager.default.contentsOfDirectory(atPath: dev).sorted() where name.hasSuffix(".txt") {
            documents.append(try DocumentLoader.load(path: dev + "/" + name))
        }
        #expect(documents.count >= 10)
        Self.checkOrderIndependence(Self.documentGraphs(documents, reference: CalendarDate(iso: "2020-12-31")), seed: 5, rounds: 4)
    }

    @Test func documentGraphsSurviveTheirJSONLine() throws {
        for graph in Self.documentGraphs(Array(Self.archive.prefix(6)) + [try DocumentLoader.load(path: TestPaths.sample)]) {
            let line = DocumentGraphJSON.line(graph, contentHash: "abc-1")
            #expect(!line.contains("\n"))
            let decoded = try DocumentGraphJSON.decode(line, path: "t.jsonl", line: 1)
            #expect(decoded.graph == graph)
            #expect(decoded.contentHash == "abc-1")
        }
    }

    @Test func aDamagedLineNamesFileLineAndField() {
        #expect(throws: GraphJSONError.self) { try DocumentGraphJSON.decode("{\"chronicle\": \"graph\"}", path: "a.jsonl", line: 3) }
        do {
            _ = try DocumentGraphJSON.decode(#"{"chronicle": "document-graph/1", "document": {"id": "d1"}, "events": {}, "nodes": {}, "edges": [], "statements": [{"measure": "m-x", "event": "e-none", "quotes_earlier": false, "evidence": {"document": "d1", "offset": 0, "length": 1, "text": "x"}}], "references": []}"#, path: "a.jsonl", line: 3)
            Issue.record("a statement of a missing event was accepted")
        } catch {
            #expect("\(error)".contains("a.jsonl:3"))
            #expect("\(error)".contains("statements[0].event"))
        }
    }
}
