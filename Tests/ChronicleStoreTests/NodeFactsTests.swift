import Foundation
import Testing
@_spi(Merge) import ChronicleCore
@testable import ChronicleStore
import GRDB

/// A document's part of a person or measure is kept as facts; the node is folded again
/// only when the part can change it (``NodeFacts/add(_:path:docKey:)``): a person every
/// report names costs what the report holds, not a fold of everything known of them.
@Suite struct NodeFactsTests {
    static func person(_ titles: [String], on day: String) -> Node {
        let date = CalendarDate(iso: day)!
        return Node(id: NodeID("p-王建国"), label: "王建国", type: .person, titles: titles,
                    titleDates: titles.map { DatedTitle(title: $0, first: date, last: date) }, evidence: [])
    }

    @Test func onlyAPartThatCanChangeTheFoldAsksForIt() throws {
        let (store, dir) = try IncrementalStoreTests.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        try store.pool.write { db in
            let facts = NodeFacts(db: db)
            let cases: [(what: String, part: Node, path: String, changes: Bool)] = [
                ("the first part", Self.person(["县委书记"], on: "2020-03-01"), "b.txt", true),
                ("restated later in merge order, within its title's dates", Self.person(["县委书记"], on: "2020-03-01"), "c.txt", false),
                ("restated later, a day after its title's last", Self.person(["县委书记"], on: "2020-03-02"), "d.txt", true),
                ("the same again", Self.person(["县委书记"], on: "2020-03-02"), "e.txt", false),
                ("a title not known", Self.person(["县委书记", "县长"], on: "2020-03-02"), "f.txt", true),
                ("restated earlier in merge order (now its first part)", Self.person(["县委书记"], on: "2020-03-02"), "a.txt", true),
            ]
            for item in cases {
                let changed = try facts.add(item.part, path: item.path, docKey: item.path)
                #expect(changed == item.changes, "\(item.what)")
            }
            // What was kept folds as every part in merge order would.
            var all = Graph()
            for item in cases.sorted(by: { $0.path < $1.path }) { all.upsert(item.part) }
            let facts0 = try NodeFactRow.fetchAll(db.cachedStatement(sql: "SELECT * FROM node_fact WHERE node = ? ORDER BY path, doc_key, pos"), arguments: ["p-王建国"])
            let folded = try NodeFold.fold(first: cases[5].part, facts: facts0.compactMap(\.contribution))
            #expect(folded.titles == all[NodeID("p-王建国")]?.titles)
            #expect(folded.titleDates == all[NodeID("p-王建国")]?.titleDates)
        }
    }
}
