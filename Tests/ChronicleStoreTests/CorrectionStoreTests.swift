import Foundation
import Testing
import ChronicleCore
import ChronicleStore
import ChronicleTestSupport

/// Issue 13's workflow on the sample: corrections imported into the store survive a
/// rebuild after the document is edited; one whose target went is reported orphaned;
/// importing the same file again changes nothing.
@Suite struct CorrectionStoreTests {
    static let fixes = """
        - reject: {source: p-楼阳生, relation: chairs, target: e-2020-01-26-省委专题会议}
          note: checked against the original report
          by: 王秘书
        - set: {node: e-2020-01-23-省委常委会会议, date: 2020-01-22, time_of_day: afternoon}
          by: 王秘书
        - merge: {into: e-2020-02-03-省委第五次专题会议暨省疫情防控工作领导小组会议, from: e-2020-02-04-楼阳生主持召开的专题会议}
        - add: {source: p-林武, relation: attends, target: e-2020-01-23-省委常委会会议}
          note: 林武 attended (the list in the original)
        - set: {node: e-2020-02-07-全省教育系统疫情防控专题会议, time_of_day: morning}
        """

    @Test func correctionsSurviveAnEditedDocumentAndAreIdempotent() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-corrections-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try GraphStore(path: dir.appendingPathComponent("g.sqlite").path)
        let extractor = Extractor(referenceDate: CalendarDate(iso: "2020-02-09"))
        let original = try String(contentsOfFile: TestPaths.sample, encoding: .utf8)
        _ = try store.ingest(TextDocument(path: "sample.txt", text: original), extractor: extractor)

        let corrections = try CorrectionFile.parse(Self.fixes, path: "fixes.yaml")
        #expect(try store.importCorrections(corrections, extractor: extractor, importedAt: "2026-11-30T00:00:00Z") == 5)
        try Self.expectCorrected(try store.graph())
        #expect(try store.corrections().map(\.status) == [.applied, .applied, .applied, .applied, .applied])

        // The same file again: nothing new, the graph identical.
        let before = GraphJSON.string(try store.graph())
        #expect(try store.importCorrections(corrections, extractor: extractor, importedAt: "2026-11-30T01:00:00Z") == 0)
        #expect(GraphJSON.string(try store.graph()) == before)

        // The document is edited: a paragraph appended, the one reporting the 2月7日
        // provincial education meeting removed; stored again under the same path.
        let edited = original.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("全省教育系统疫情防控专题会议") }.joined(separator: "\n")
            + "\n2月8日上午，省委书记楼阳生主持召开省委第八次专题会议，研究部署复工复产工作。\n"
        #expect(try store.ingest(TextDocument(path: "sample.txt", text: edited), extractor: extractor) != .unchanged)
        #expect(store.documentCount == 1)
        let graph = try store.graph()
        try Self.expectCorrected(graph)
        #expect(graph["e-2020-02-08-省委第八次专题会议"] != nil)
        #expect(graph["e-2020-02-07-全省教育系统疫情防控专题会议"] == nil)
        let statuses = try store.corrections()
        #expect(statuses.map(\.status) == [.applied, .applied, .applied, .applied, .orphaned])
        #expect(statuses.last?.reason == "no node e-2020-02-07-全省教育系统疫情防控专题会议")
        #expect(try store.integrityCheck() == "ok")
    }

    static func expectCorrected(_ graph: Graph) throws {
        #expect(graph.edge(source: "p-楼阳生", target: "e-2020-01-26-省委专题会议", relation: .chairs) == nil)
        let standing = try #require(graph["e-2020-01-23-省委常委会会议"])
        #expect(standing.date == CalendarDate(iso: "2020-01-22"))
        #expect(standing.timeOfDay == .afternoon)
        #expect(standing.correction == "set by 王秘书")
        #expect(graph["e-2020-02-04-楼阳生主持召开的专题会议"] == nil)
        #expect(graph["e-2020-02-03-省委第五次专题会议暨省疫情防控工作领导小组会议"]?.aliases.contains("楼阳生主持召开的专题会议") == true)
        let attends = try #require(graph.edge(source: "p-林武", target: "e-2020-01-23-省委常委会会议", relation: .attends))
        #expect(attends.evidence.first?.kind == "analyst")
        #expect(graph.invariantViolations().isEmpty)
    }
}
