import Foundation
import Testing
@testable import ChronicleCore
import ChronicleTestSupport

/// Corrections files: reading (all or nothing, errors with file and line), applying
/// (each operation, orphans, idempotence) and writing back.
@Suite struct CorrectionTests {
    static let text = """
        7月21日晚，省委书记王国强主持召开省委防汛专题会议，省长刘建平出席会议并讲话。
        7月22日，省委书记王国强主持召开省委第二次防汛专题会议。
        7月22日，省委召开防汛调度会。
        """

    static func graph() -> Graph {
        Extractor(referenceDate: CalendarDate(iso: "2021-07-31")).extract(TextDocument(path: "t.txt", text: text)).graph
    }

    static func parse(_ yaml: String) throws(CorrectionError) -> [Correction] { try CorrectionFile.parse(yaml, path: "fixes.yaml") }

    @Test func everyOperationReads() throws {
        let corrections = try Self.parse("""
            - reject: {source: p-王国强, relation: chairs, target: e-2021-07-21-省委防汛专题会议}
              note: the report says 刘建平 chaired it
              by: 王秘书
              at: 2021-08-01
            - add: {source: p-刘建平, relation: chairs, target: e-2021-07-21-省委防汛专题会议}
            - add: {node: p-李四, type: person, label: 李四, titles: [副省长]}
            - set: {node: e-2021-07-21-省委防汛专题会议, time_of_day: afternoon, date: 2021-07-20}
            - merge: {into: e-2021-07-22-省委第二次防汛专题会议, from: e-2021-07-22-省委防汛调度会}
            - accept: {node: p-刘建平}
            """)
        #expect(corrections.count == 6)
        #expect(corrections[0].note == "the report says 刘建平 chaired it")
        #expect(corrections[0].by == "王秘书")
        #expect(corrections[0].line == 1)
        #expect(corrections[3].line == 7)
        guard case .set(_, let fields) = corrections[3].operation else { Issue.record("not a set"); return }
        #expect(fields.timeOfDay == .afternoon)
        #expect(fields.date == CalendarDate(year: 2021, month: 7, day: 20))
        // Written back and read again, the same corrections.
        #expect(try Self.parse(CorrectionFile.yaml(corrections)) == corrections)
    }

    @Test(arguments: [
        ("- remove: {node: p-王国强}", 1, "unknown operation"),
        ("- reject: {node: p-王国强}\n- reject: {source: p-王国强, relation: leads, target: e-x}", 2, "unknown relation"),
        ("- set: {node: e-2021-07-21-会议, colour: red}", 1, "has no field `colour`"),
        ("- reject: {node: 王国强}", 1, "is not a node id"),
        ("- set: {node: e-2021-07-21-会议, date: 7月21日}", 1, "is not a date"),
        ("- set: {node: e-2021-07-21-会议, time_of_day: dusk}", 1, "unknown value `dusk`"),
        ("- add: {node: p-李四}", 1, "needs `type`"),
        ("- reject: {node: p-a}\n  accept: {node: p-a}", 2, "one operation per correction"),
        ("reject: {node: p-a}", 1, "expected a list"),
        ("- reject: {node: p-a\n", 2, "not valid YAML"),
    ] as [(String, Int, String)])
    func aBadFileIsRejectedWholeWithItsLine(_ yaml: String, line: Int, message: String) {
        do {
            _ = try Self.parse(yaml)
            Issue.record("accepted: \(yaml)")
        } catch {
            #expect(error.path == "fixes.yaml")
            #expect(error.message.contains(message), "\(error)")
            #expect(error.line == line, "\(error)")
        }
    }

    @Test func eachOperationDoesWhatItSays() throws {
        var graph = Self.graph()
        let event = NodeID("e-2021-07-21-省委防汛专题会议")
        #expect(graph.edge(source: "p-王国强", target: event, relation: .chairs) != nil)
        let report = graph.apply(try Self.parse("""
            - reject: {source: p-王国强, relation: chairs, target: e-2021-07-21-省委防汛专题会议}
              by: 王秘书
            - add: {source: p-刘建平, relation: chairs, target: e-2021-07-21-省委防汛专题会议}
              note: 刘建平主持
            - add: {node: p-李四, type: person, titles: [副省长]}
            - set: {node: e-2021-07-21-省委防汛专题会议, time_of_day: afternoon}
            - merge: {into: e-2021-07-22-省委第二次防汛专题会议, from: e-2021-07-22-省委防汛调度会}
            - accept: {node: p-刘建平}
            - reject: {node: p-没有这个人}
            """))
        #expect(report.results.map(\.status) == [.applied, .applied, .applied, .applied, .applied, .applied, .orphaned])
        #expect(report.orphanLines(path: "fixes.yaml") == ["fixes.yaml:9: orphaned: reject: {node: p-没有这个人} — no node p-没有这个人"])
        #expect(graph.edge(source: "p-王国强", target: event, relation: .chairs) == nil)
        let added = graph.edge(source: "p-刘建平", target: event, relation: .chairs)
        #expect(added?.evidence.first?.kind == "analyst")
        #expect(added?.evidence.first?.text == "刘建平主持")
        #expect(added?.correction == "add: 刘建平主持")
        #expect(graph["p-李四"]?.label == "李四")
        #expect(graph["p-李四"]?.titles == ["副省长"])
        #expect(graph[event]?.timeOfDay == .afternoon)
        #expect(graph["e-2021-07-22-省委防汛调度会"] == nil)
        let merged = graph["e-2021-07-22-省委第二次防汛专题会议"]
        #expect(merged?.aliases.contains("省委防汛调度会") == true)
        #expect(merged?.properties["merged_ids"] == .array(["e-2021-07-22-省委防汛调度会"]))
        #expect(graph["p-刘建平"]?.properties["reviewed"] != nil)
        #expect(graph.invariantViolations().isEmpty)
    }

    @Test func applyingToAFreshExtractionIsIdempotent() throws {
        let fixes = try Self.parse("""
            - reject: {source: p-王国强, relation: chairs, target: e-2021-07-21-省委防汛专题会议}
            - merge: {into: e-2021-07-22-省委第二次防汛专题会议, from: e-2021-07-22-省委防汛调度会}
            - set: {node: e-2021-07-21-省委防汛专题会议, time_of_day: afternoon}
            """)
        var once = Self.graph()
        _ = once.apply(fixes)
        var again = Self.graph()
        _ = again.apply(fixes)
        #expect(GraphJSON.string(once) == GraphJSON.string(again))
        // A set whose value is already there changes nothing and says so.
        var twice = once
        let report = twice.apply([fixes[2]])
        #expect(report.results.first?.status == .alreadyTrue)
        #expect(GraphJSON.string(twice) == GraphJSON.string(once))
    }

    @Test func correctedFactsRoundTripThroughJSON() throws {
        var graph = Self.graph()
        _ = graph.apply(try Self.parse("- add: {source: p-刘建平, relation: chairs, target: e-2021-07-21-省委防汛专题会议}\n  by: 王秘书"))
        let read = try GraphJSON.decode(Array(GraphJSON.string(graph).utf8))
        #expect(read == graph)
        #expect(read.invariantViolations().isEmpty)
    }

    @Test func theReviewQueuePutsTheWeakestFirstAndItsLinesWork() throws {
        let graph = Self.graph()
        let items = ReviewQueue.items(graph, limit: 100)
        #expect(!items.isEmpty)
        #expect(items.map(\.confidence) == items.map(\.confidence).sorted())
        #expect(items.allSatisfy { !$0.evidence.isEmpty })
        let chair = try #require(ReviewQueue.items(graph, categories: [.chairs], limit: 100).first)
        #expect(chair.rule != nil)
        // The reject line, pasted into a corrections file, removes exactly that fact.
        var corrected = graph
        let report = corrected.apply(try Self.parse(chair.rejectLine))
        #expect(report.results.first?.status == .applied)
        #expect(corrected.edges.count == graph.edges.count - 1)
        // Accepted facts leave the queue.
        _ = corrected.apply(try Self.parse(ReviewQueue.items(corrected, limit: 1)[0].acceptLine))
        #expect(ReviewQueue.items(corrected, limit: 1000).count == ReviewQueue.items(graph, limit: 1000).count - 2)
    }
}
