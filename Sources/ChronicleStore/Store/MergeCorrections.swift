@_spi(Merge) import ChronicleCore
import Foundation
import GRDB

/// Step 8: corrections applied again to what they name.
extension IncrementalMerge {
    // MARK: Corrections

    /// Applies the corrections to what they name — nodes and edges recomputed from the
    /// parts, and every edge of a node they merge or reject — and writes the result.
    mutating func applyCorrections(_ corrections: [Correction], restoring: [Correction] = []) throws -> CorrectionReport {
        guard !corrections.isEmpty || !restoring.isEmpty else { return CorrectionReport() }
        var nodes = Set<NodeID>(), edges = Set<EdgeKey>(), wide = Set<NodeID>()
        // The facts a removed correction changed are in scope too, so they are written
        // back from the uncorrected merge.
        for correction in corrections + restoring {
            switch correction.operation {
            case .reject(.node(let id)): nodes.insert(id); wide.insert(id)
            case let .reject(.edge(s, r, t)), let .accept(.edge(s, r, t)), let .addEdge(s, r, t):
                nodes.formUnion([s, t]); edges.insert(EdgeKey(source: s, target: t, relation: r))
            case .accept(.node(let id)), .set(let id, _), .addNode(let id, _, _): nodes.insert(id)
            case let .merge(into, from): nodes.formUnion([into, from]); wide.formUnion([into, from])
            }
        }
        for id in wide { edges.formUnion(try edgeKeys(touching: id)) }
        var scope = Graph()
        for id in nodes.sorted() { if let node = try uncorrectedNode(id, evidence: true) { scope.upsert(node) } }
        for key in edges { if let edge = try uncorrectedEdge(key) { scope.add(edge) } }
        let before = scope
        let report = scope.apply(corrections)
        for id in Set(before.nodes.keys).union(scope.nodes.keys) {
            if let node = scope[id] {
                try writeNode(node)
                try replaceEvidence(node.evidence, node: id)
            } else {
                try deleteNode(id)
            }
        }
        let keys = Set(before.edges.map { EdgeKey(source: $0.source, target: $0.target, relation: $0.relation) })
            .union(scope.edges.map { EdgeKey(source: $0.source, target: $0.target, relation: $0.relation) })
        for key in keys { try writeEdge(scope.edge(source: key.source, target: key.target, relation: key.relation), key: key) }
        return report
    }

    /// Whether merging the documents gives this node (whatever corrections did to it).
    func exists(_ id: NodeID) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM merged_node WHERE id = ?"), arguments: [id.rawValue]) ?? false
    }

    func edgeKeys(touching id: NodeID) throws -> Set<EdgeKey> {
        var keys = Set<EdgeKey>()
        for r in try Row.fetchAll(db.cachedStatement(sql: "SELECT source, target, relation FROM edge WHERE source = ? OR target = ?"), arguments: [id.rawValue, id.rawValue]) {
            if let key = Self.edgeKey(r) { keys.insert(key) }
        }
        for r in try Row.fetchAll(db.cachedStatement(sql: "SELECT source, target, relation FROM part_edge WHERE source = ? OR target = ?"), arguments: [id.rawValue, id.rawValue]) {
            if let key = Self.edgeKey(r) { keys.insert(key) }
        }
        for r in try Row.fetchAll(db.cachedStatement(sql: "SELECT source, target FROM reference_target WHERE source = ? OR target = ?"), arguments: [id.rawValue, id.rawValue]) {
            keys.insert(EdgeKey(source: NodeID(r["source"] as String), target: NodeID(r["target"] as String), relation: .conveys))
        }
        // sets / reiterates: an event's measures, a measure's events.
        for r in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT e.cluster AS event, s.measure FROM part_statement s JOIN part_event e ON e.doc = s.doc AND e.local = s.event
            WHERE e.cluster = ? OR s.measure = ?
            """), arguments: [id.rawValue, id.rawValue]) {
            for relation in [Relation.sets, .firstSeen, .reiterates] {
                keys.insert(EdgeKey(source: NodeID(r["event"] as String), target: NodeID(r["measure"] as String), relation: relation))
            }
        }
        // organizes / located_in: an event's organizer and place, an organization's or place's events.
        for r in try Row.fetchAll(db.cachedStatement(sql: "SELECT id, organizer, place FROM merged_node WHERE id = ? OR organizer = ? OR place = ?"),
                                  arguments: [id.rawValue, String(id.rawValue.dropFirst(2)), String(id.rawValue.dropFirst(3))]) {
            let event = NodeID(r["id"] as String)
            if let organizer: String = r["organizer"] { keys.insert(EdgeKey(source: NodeID("o-" + organizer), target: event, relation: .organizes)) }
            if let place: String = r["place"] { keys.insert(EdgeKey(source: event, target: NodeID("pl-" + place), relation: .locatedIn)) }
        }
        return keys
    }
}
