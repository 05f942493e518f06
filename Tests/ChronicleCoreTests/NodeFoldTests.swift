@_spi(Merge) import ChronicleCore
import ChronicleTestSupport
import Foundation
import Testing

/// The store folds a merged node from its first part and, per distinct value, where it
/// first appears (``NodeFold``): that must be exactly what ``Graph/upsert(_:)`` over
/// every part in merge order gives, whatever the parts hold.
@Suite struct NodeFoldTests {
    /// Folds `parts` (in merge order) the store's way: facts aggregated at their first
    /// appearance, title dates widened.
    static func folded(_ parts: [Node]) throws -> Node {
        var first: [String: (key: (Int, Int), fact: NodeFold.Contribution)] = [:]
        for (rank, part) in parts.enumerated() {
            for item in NodeFold.contributions(of: part) {
                let id = item.field.rawValue + "\u{1F}" + item.value
                if var known = first[id] {
                    if item.field == .titleDate, let a = known.fact.payload, let b = item.payload { known.fact.payload = NodeFold.widened(a, b) }
                    first[id] = known
                } else {
                    first[id] = ((rank, item.position), item)
                }
            }
        }
        let facts = first.values.sorted { $0.key < $1.key }.map(\.fact)
        var bare = parts[0]
        bare.evidence = []
        return try NodeFold.fold(first: bare, facts: facts)
    }

    static func upserted(_ parts: [Node]) -> Node {
        var graph = Graph()
        for var part in parts {
            part.evidence = []
            graph.upsert(part)
        }
        return graph[parts[0].id]!
    }

    @Test func factsFoldAsUpsertDoesOverArchivesAndTheSample() throws {
        let extractor = Extractor(referenceDate: CalendarDate(iso: "2020-12-31"))
        var documents = SyntheticArchive(seed: 7).documents(30) + SyntheticArchive(seed: 5, hot: true).documents(6)
        documents.append(try DocumentLoader.load(path: TestPaths.sample))
        let graphs = documents.map { extractor.documentGraph($0).graph }
        var parts: [NodeID: [Node]] = [:]
        for graph in graphs { for node in graph.nodes { parts[node.id, default: []].append(node) } }
        var rng = SplitMix64(seed: 4)
        var checked = 0
        for (_, list) in parts.sorted(by: { $0.key < $1.key }) {
            // In the archive's order and in two other orders (the store meets every order).
            for order in [list, list.shuffled(using: &rng), list.reversed()] {
                #expect(try Self.folded(order) == Self.upserted(order))
                checked += 1
            }
        }
        #expect(parts.values.contains { $0.count >= 6 })
        #expect(checked > 100)
    }

    @Test func titlesAliasesAndPropertiesKeepTheirFirstAppearance() throws {
        let evidence = [Evidence(document: DocumentID("d"), offset: 0, length: 1, text: "x")]
        let a = Node(id: NodeID("p-甲"), label: "甲", type: .person, titles: ["省长"], properties: ["rule": .string("a")], evidence: evidence)
        let b = Node(id: NodeID("p-甲"), label: "甲乙", type: .person, aliases: ["老甲"], titles: ["书记", "省长"],
                     titleDates: [DatedTitle(title: "书记", first: CalendarDate(iso: "2020-01-02")!, last: CalendarDate(iso: "2020-03-04")!)],
                     properties: ["rule": .string("b"), "note": .string("n")], evidence: evidence)
        let c = Node(id: NodeID("p-甲"), label: "甲", type: .person, titles: ["主任"],
                     titleDates: [DatedTitle(title: "书记", first: CalendarDate(iso: "2019-05-01")!, last: CalendarDate(iso: "2019-06-01")!)],
                     evidence: evidence)
        for order in [[a, b, c], [c, b, a], [b, a, c], [b, c, a]] {
            #expect(try Self.folded(order) == Self.upserted(order))
        }
        #expect(try Self.folded([a, b, c]).titles == ["省长", "书记", "主任"])
    }
}
