import Foundation
import Testing
@testable import ChronicleCore
import ChronicleTestSupport

/// The bundled sample against the careful reader's gold graph (a copy of
/// `shared/corpus/*.gold.json` in `Fixtures/`), judged as the corpus README describes.
@Suite struct SampleExtractionTests {
    static let samplePath = TestPaths.repositoryRoot.appendingPathComponent("Samples/study-notice-2020-02-09.txt").path
    static let goldPath = TestPaths.coreTests.appendingPathComponent("Fixtures/study-notice-2020-02-09.gold.json").path

    static let loaded = Result<Graph, any Error> {
        let document = try DocumentLoader.load(path: samplePath)
        return Extractor().extract(document).graph
    }

    /// The fixture's graph; a missing or unreadable fixture fails the test that asks.
    static var graph: Graph { get throws { try loaded.get() } }

    @Test func evaluationMeetsTheBar() throws {
        let graph = try Self.graph
        let report = try Evaluator(goldPath: Self.goldPath).evaluate(graph)
        print(report.table)
        let bars: [(String, Double)] = [
            ("events", 0.95), ("time_of_day", 0.95), ("chairs", 0.95), ("persons", 0.95),
            ("measures", 0.90), ("sets", 0.90), ("conveys", 0.80),
        ]
        for (name, bar) in bars {
            let score = try #require(report.score(name))
            #expect(score.f1 >= bar, "\(name) F1 \(score.f1) < \(bar)\n\(report.details.joined(separator: "\n"))")
        }
    }

    @Test func fiveStrictFiveGuardsIsSetByTheProvincialMeetingOf26January() throws {
        let graph = try Self.graph
        let measure = try #require(graph.nodes(ofType: .measure).first { $0.label == "五严五防" })
        #expect(measure.components == ["严把入口关防输入", "严把医治关防感染", "严把扩散关防蔓延", "严把集聚关防失控", "严把宣传关防恐慌"])
        let sets = graph.edges(.sets).filter { $0.target == measure.id }
        #expect(sets.count == 1)
        let setter = try #require(sets.first.flatMap { graph[$0.source] })
        #expect(setter.date?.iso == "2020-01-26")
        #expect(setter.level == .province)
        #expect(setter.timeOfDay == .morning)
        #expect(graph.edges(.reiterates).filter { $0.target == measure.id }.count >= 3)
    }

    @Test func theProvincialMeetingOf5FebruaryConveysThePolitburoMeetingOf3February() throws {
        let graph = try Self.graph
        let conveys = graph.edges(.conveys).map { (graph[$0.source]!, graph[$0.target]!) }
        #expect(conveys.contains { $0.date?.iso == "2020-02-05" && $0.level == .province && $1.date?.iso == "2020-02-03" && $1.level == .central })
    }

    @Test func everyFactHasEvidenceThatPointsIntoTheText() throws {
        let graph = try Self.graph
        #expect(graph.invariantViolations().isEmpty, "\(graph.invariantViolations())")
        let scalars = Array(try String(contentsOfFile: Self.samplePath, encoding: .utf8).unicodeScalars)
        for evidence in graph.nodes.values.flatMap(\.evidence) + graph.edges.flatMap(\.evidence) {
            let slice = String(String.UnicodeScalarView(scalars[evidence.offset..<evidence.offset + evidence.length]))
            #expect(slice == evidence.text)
        }
    }

    @Test func extractionGolden() throws {
        let graph = try Self.graph
        assertSnapshot(GraphTextDump.string(graph), named: "sample-extraction.txt")
    }

    @Test func parallelIngestEqualsSerial() throws {
        let sample = try Self.graph
        let text = try String(contentsOfFile: Self.samplePath, encoding: .utf8)
        let heldOut = try String(contentsOfFile: TestPaths.coreTests.appendingPathComponent("Fixtures/heldout-flood-2021.txt").path, encoding: .utf8)
        // The sample twice (once with a line more), the flood report twice (the same text).
        let documents = [text, heldOut, text + "\n（完）\n", heldOut].enumerated().map { TextDocument(id: DocumentID("d\($0 + 1)"), path: "f\($0).txt", text: $1) }
        let parallel = GraphJSON.string(Extractor(parallel: true).extract(documents).graph)
        let serial = GraphJSON.string(Extractor(parallel: false).extract(documents).graph)
        #expect(parallel == serial)
        // Three documents (the repeated text is read once), one graph: the sample's
        // events are not doubled, each has the evidence of both copies.
        let extraction = Extractor().extract(documents)
        let combined = extraction.graph
        #expect(combined.documents.count == 3)
        #expect(extraction.diagnostics.contains { $0.document == "f3.txt" && $0.message == "same text as f1.txt; read once" })
        #expect(combined.nodes(ofType: .event).count == sample.nodes(ofType: .event).count + 6)
        let copies = Set([DocumentID.forContent(text), DocumentID.forContent(text + "\n（完）\n")])
        for event in sample.nodes(ofType: .event) {
            let documents = Set(combined[event.id]?.evidence.map(\.document) ?? [])
            #expect(documents.isSuperset(of: copies), "\(event.id)")
        }
    }

    @Test func extractionIsDeterministic() throws {
        let graph = try Self.graph
        let document = try DocumentLoader.load(path: Self.samplePath)
        #expect(GraphJSON.string(Extractor().extract(document).graph) == GraphJSON.string(graph))
    }
}
