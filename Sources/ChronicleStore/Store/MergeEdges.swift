@_spi(Merge) import ChronicleCore
import Foundation
import GRDB

/// Step 5: edges folded again from their parts.
extension IncrementalMerge {
    /// Every marked edge, folded again from its parts.
    mutating func recomputeEdges() throws {
        for key in agenda.edges.sorted(by: { ($0.source, $0.target, $0.relation.rawValue) < ($1.source, $1.target, $1.relation.rawValue) }) {
            if key.relation == .sets || key.relation == .firstSeen || key.relation == .reiterates { continue }
            if key.relation == .chairs { agenda.levels.insert(key.target) }
            let edge = try uncorrectedEdge(key)
            try writeEdge(edge, key: key)
        }
        agenda.edges = []
    }

    /// An edge as merging all documents gives it, before corrections (sets and
    /// reiterates come from ``recomputeMeasures()``).
    func uncorrectedEdge(_ key: EdgeKey) throws -> Edge? {
        guard key.source != key.target, try exists(key.source), try exists(key.target) else { return nil }
        switch key.relation {
        case .organizes, .locatedIn:
            let event = key.relation == .organizes ? key.target : key.source
            guard let draft = try String.fetchOne(db.cachedStatement(sql: "SELECT draft FROM merged_node WHERE id = ?"), arguments: [event.rawValue]) else { return nil }
            return MergeSPI.organizerAndPlace(of: try Self.node(draft, id: event)).edges.first { $0.source == key.source && $0.target == key.target && $0.relation == key.relation }
        case .sets, .firstSeen, .reiterates:
            guard try exists(key.source) else { return nil }
            return try measureEdges(key.target).first { $0.source == key.source && $0.relation == key.relation }
        default:
            break
        }
        // (document, phase, position, edge): a document's own edges before what its events convey.
        var parts: [(path: String, doc: String, phase: Int, seq: Int, edge: Edge)] = []
        for r in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT p.json, p.seq, d.path, d.doc_key FROM part_edge p JOIN document d ON d.id = p.doc WHERE p.source = ? AND p.target = ? AND p.relation = ?
            """), arguments: [key.source.rawValue, key.target.rawValue, key.relation.rawValue]) {
            var edge = try Self.edge(r["json"])
            edge.source = key.source
            edge.target = key.target
            parts.append((r["path"], r["doc_key"], 0, r["seq"], edge))
        }
        if key.relation == .conveys {
            for r in try Row.fetchAll(db.cachedStatement(sql: """
                SELECT r.json, r.seq, d.path, d.doc_key FROM reference_target t JOIN part_reference r ON r.id = t.reference JOIN document d ON d.id = r.doc
                WHERE t.source = ? AND t.target = ?
                """), arguments: [key.source.rawValue, key.target.rawValue]) {
                let fields = try JSONParser.parse(r["json"] as String)
                guard case .string(let rule)? = fields["rule"] else { continue }
                let evidence = [try GraphJSON.decodeEvidence(value: fields["evidence"] ?? .null)]
                parts.append((r["path"], r["doc_key"], 1, r["seq"], Edge(source: key.source, target: key.target, relation: .conveys, properties: ["rule": .string(rule)], evidence: evidence)))
            }
        }
        guard !parts.isEmpty else { return nil }
        parts.sort { ($0.path, $0.doc, $0.phase, $0.seq) < ($1.path, $1.doc, $1.phase, $1.seq) }
        var folded = Graph()
        for part in parts { folded.add(part.edge) }
        return folded.edges.first
    }
}
