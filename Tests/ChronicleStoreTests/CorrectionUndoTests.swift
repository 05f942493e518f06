import Foundation
import Testing
import ChronicleCore
import ChronicleStore
import ChronicleTestSupport

/// The workspace's undo: a correction stored one at a time and removed again leaves the
/// graph exactly as it was before, whatever the correction did.
@Suite struct CorrectionUndoTests {
    @Test(arguments: [
        "- reject: {source: p-楼阳生, relation: chairs, target: e-2020-01-26-省委专题会议}",
        "- reject: {node: e-2020-01-26-省委专题会议}",
        "- reject: {node: p-楼阳生}",
        "- set: {node: e-2020-01-23-省委常委会会议, date: 2020-01-22, label: 常委会}",
        "- accept: {node: e-2020-01-23-省委常委会会议}",
        "- accept: {source: p-楼阳生, relation: chairs, target: e-2020-01-26-省委专题会议}",
    ])
    func removingACorrectionRestoresTheGraph(_ yaml: String) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-undo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try GraphStore(path: dir.appendingPathComponent("g.sqlite").path)
        let extractor = Extractor(referenceDate: CalendarDate(iso: "2020-02-09"))
        _ = try store.ingest(TextDocument(path: "sample.txt", text: try String(contentsOfFile: TestPaths.sample, encoding: .utf8)), extractor: extractor)
        // Another correction stays in force throughout.
        let kept = try CorrectionFile.parse("- reject: {source: p-楼阳生, relation: chairs, target: e-2020-02-05-省委第六次专题会议暨省疫情防控工作领导小组会议}", path: "kept.yaml")
        #expect(try store.importCorrections(kept, extractor: extractor, importedAt: "2026-12-01T00:00:00Z") == 1)
        let before = GraphJSON.string(try store.graph())

        let correction = try #require(try CorrectionFile.parse(yaml, path: "one.yaml").first)
        let stored = Correction(correction.operation, by: "workspace", at: "2026-12-03T08:00:00Z")
        let id = try store.storeCorrection(stored, extractor: extractor, importedAt: "2026-12-03T08:00:00Z")
        #expect(try store.storeCorrection(stored, extractor: extractor, importedAt: "2026-12-03T08:00:01Z") == id, "the same correction again: the same id")
        #expect(try store.correction(id: id)?.status == .applied)
        #expect(GraphJSON.string(try store.graph()) != before, "\(yaml) changed nothing")

        #expect(try store.removeCorrection(id: id, extractor: extractor) == stored)
        #expect(GraphJSON.string(try store.graph()) == before, "\(yaml): not restored")
        #expect(try store.corrections().count == 1)
        #expect(try store.removeCorrection(id: id, extractor: extractor) == nil, "removing it twice changes nothing")
        #expect(try store.integrityCheck() == "ok")
    }

    @Test(arguments: [
        (FactReference.node("e-2020-01-26-省委专题会议"), true), (.node("e-nope"), false),
        (.edge(source: "p-楼阳生", relation: .chairs, target: "e-2020-01-26-省委专题会议"), true),
        (.edge(source: "p-楼阳生", relation: .attends, target: "e-2020-01-26-省委专题会议"), false),
    ])
    func theStoreSaysWhichFactsItHas(_ fact: FactReference, has: Bool) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-undo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try GraphStore(path: dir.appendingPathComponent("g.sqlite").path)
        _ = try store.ingest(TextDocument(path: "sample.txt", text: try String(contentsOfFile: TestPaths.sample, encoding: .utf8)),
                             extractor: Extractor(referenceDate: CalendarDate(iso: "2020-02-09")))
        #expect(try store.contains(fact) == has)
    }
}
