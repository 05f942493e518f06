import Foundation
import Testing
import ChronicleCore
import ChronicleStore
import ChronicleTestSupport

/// The store as a library: ingest the sample, ask it the questions analysts ask.
/// (End-to-end runs of `chronicle build` / `query` are in ChronicleCLITests.)
@Suite struct GraphStoreTests {
    static func temporaryStore() throws -> (GraphStore, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return (try GraphStore(path: dir.appendingPathComponent("g.sqlite").path), dir)
    }

    @Test func ingestingTheSampleAnswersWhoSetAMeasure() throws {
        let (store, dir) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let document = try DocumentLoader.load(path: TestPaths.sample)
        let extractor = Extractor(referenceDate: CalendarDate(year: 2020, month: 2, day: 9))
        _ = try store.ingest(document, extractor: extractor)
        #expect(store.documentCount == 1)
        let answer = try store.measure("五严五防")
        #expect(answer.setBy?.date == "2020-01-26")
        #expect(answer.reiteratedBy.allSatisfy { ($0.date ?? "") >= "2020-01-26" })
        // Ingesting the same text again changes nothing.
        let before = try store.graph()
        let again = try store.ingest(document, extractor: extractor)
        #expect(again == .unchanged)
        #expect(try store.graph().nodes.count == before.nodes.count)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func timelineAndSearchReadTheStoredGraph() throws {
        let (store, dir) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let graph = try GraphJSON.read(contentsOf: TestPaths.fixtureGraph)
        try store.replaceGraph(graph)
        let events = try store.timeline()
        #expect(events.count == graph.nodes(ofType: .event).count)
        #expect(events.map { $0.date ?? "" } == events.map { $0.date ?? "" }.sorted())
        #expect(throws: StoreError.self) { try store.measure("没有这个措施的名字") }
    }
}
