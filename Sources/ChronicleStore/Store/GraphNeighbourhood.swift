import ChronicleCore
import Foundation
import GRDB

/// One stored document as a list shows it.
public struct StoredDocument: Sendable, Hashable {
    public var key: DocumentID
    public var path: String
    public var date: String?
    /// How many evidence sentences point into it.
    public var facts: Int
}

/// Reading parts of the store without reading the whole graph: what a page about one
/// event, person or measure, or a timeline of one range, needs. Each answer is one
/// read transaction, so it never sees a build half done.
extension GraphStore {
    /// The nodes `ids`, every edge touching them, and the nodes at those edges' other
    /// ends, with their evidence: a graph the views can draw.
    /// With `briefNeighbours`, the nodes at the other ends carry only what their table
    /// columns hold (label, type, dates, level, kind; no aliases, titles or evidence):
    /// enough to name and link them, and much cheaper than decoding them.
    public func neighbourhood(of ids: [NodeID], edgeLimit: Int = 2_000, briefNeighbours: Bool = false) throws(StoreError) -> Graph {
        // Fixed SQL through GRDB's statement cache: a page asks the same few questions
        // every time, so they are prepared once per connection.
        try read { db in
            var graph = Graph()
            var edgeRows: [Row] = []
            var edgeEvidence: [String: [Evidence]] = [:]
            var wanted: [String] = ids.map(\.rawValue)
            var seen = Set(wanted)
            let edges = try db.cachedStatement(sql: """
                SELECT source, target, relation, json FROM edge WHERE source = ?1
                UNION ALL SELECT source, target, relation, json FROM edge WHERE target = ?1 LIMIT ?2
                """)
            let evidence = try db.cachedStatement(sql: """
                SELECT edge_source || char(31) || edge_target || char(31) || edge_relation AS owner, document, offset, length, text, kind
                FROM evidence WHERE edge_source = ?1
                UNION ALL SELECT edge_source || char(31) || edge_target || char(31) || edge_relation, document, offset, length, text, kind
                FROM evidence WHERE edge_target = ?1 AND edge_source <> ?1
                ORDER BY 1, 2, 3, 4, 5
                """)
            for id in ids {
                for row in try Row.fetchAll(edges, arguments: [id.rawValue, edgeLimit]) {
                    edgeRows.append(row)
                    for end in [row["source"] as String, row["target"] as String] where seen.insert(end).inserted { wanted.append(end) }
                }
                for row in try Row.fetchAll(evidence, arguments: [id.rawValue]) {
                    Self.append(row, to: &edgeEvidence[row["owner"], default: []])
                }
            }
            let node = try db.cachedStatement(sql: "SELECT json FROM node WHERE id = ?")
            // All the evidence of the nodes asked for; of their neighbours (a person named
            // in thousands of reports) the first few only.
            let nodeEvidence = try db.cachedStatement(sql: "SELECT document, offset, length, text, kind FROM evidence WHERE node_id = ? ORDER BY document, offset, length, text LIMIT ?")
            let asked = Set(ids.map(\.rawValue))
            let brief = try db.cachedStatement(sql: "SELECT type, label, kind, level, date, end_date, time_of_day, category FROM node WHERE id = ?")
            for id in wanted {
                if briefNeighbours, !asked.contains(id) {
                    guard let row = try Row.fetchOne(brief, arguments: [id]), let type = NodeType(rawValue: row["type"]) else { continue }
                    graph.upsert(Node(
                        id: NodeID(id), label: row["label"], type: type, kind: (row["kind"] as String?).flatMap(EventKind.init(rawValue:)),
                        level: (row["level"] as String?).flatMap(EventLevel.init(rawValue:)), date: (row["date"] as String?).flatMap(CalendarDate.init(iso:)),
                        endDate: (row["end_date"] as String?).flatMap(CalendarDate.init(iso:)),
                        timeOfDay: (row["time_of_day"] as String?).flatMap(TimeOfDay.init(rawValue:)), category: row["category"], evidence: []))
                    continue
                }
                guard let json = try String.fetchOne(node, arguments: [id]) else { continue }
                var decoded = try GraphJSON.decodeNode(id: NodeID(id), json: json)
                var list: [Evidence] = []
                for row in try Row.fetchAll(nodeEvidence, arguments: [id, asked.contains(id) ? -1 : 3]) { Self.append(row, to: &list) }
                decoded.evidence = list
                graph.upsert(decoded)
            }
            var added = Set<String>()
            for row in edgeRows {
                let key = (row["source"] as String) + "\u{1F}" + (row["target"] as String) + "\u{1F}" + (row["relation"] as String)
                guard added.insert(key).inserted else { continue }
                var edge = try GraphJSON.decodeEdge(json: row["json"])
                edge.evidence = edgeEvidence[key] ?? []
                graph.add(edge)
            }
            graph.documents = try Self.documentInfos(db, keys: Set(graph.nodes.values.flatMap { $0.evidence.map(\.document) } + graph.edges.flatMap { $0.evidence.map(\.document) }))
            return graph
        }
    }

    /// The events of a timeline range with their chairs and the conveys among them.
    public func timelineGraph(from: CalendarDate? = nil, to: CalendarDate? = nil, level: EventLevel? = nil, kind: EventKind? = nil, limit: Int = 400) throws(StoreError) -> Graph {
        let events = try timeline(from: from, to: to, level: level, kind: kind, limit: limit).map(\.id)
        let around = try neighbourhood(of: events)
        let kept = Set(events)
        // Only the events of the range (not those they convey from outside it), and the
        // people who chaired them.
        let nodes = around.nodes.values.filter { $0.type != .event || kept.contains($0.id) }
        let ids = Set(nodes.map(\.id))
        return Graph(documents: around.documents, nodes: nodes, edges: around.edges.filter { ids.contains($0.source) && ids.contains($0.target) }).canonical()
    }

    /// Every stored document, by path.
    public func documents() throws(StoreError) -> [StoredDocument] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT doc_key, path, date, (SELECT count(*) FROM evidence WHERE evidence.document = document.doc_key) AS facts
                FROM document ORDER BY path, doc_key
                """).map { row in
                StoredDocument(key: DocumentID(row["doc_key"] as String? ?? ""), path: row["path"], date: row["date"], facts: row["facts"])
            }
        }
    }

    /// A stored document's text and every evidence span in it (offsets and lengths in
    /// Unicode scalars), with the fact each states.
    public func document(_ key: DocumentID) throws(StoreError) -> (info: StoredDocument, text: String, spans: [(offset: Int, length: Int, fact: String)])? {
        try read { db in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT document.doc_key, document.path, document.date, document_content.text FROM document
                JOIN document_content ON document_content.doc = document.id WHERE document.doc_key = ?
                """), arguments: [key.rawValue]) else { return nil }
            let spans = try Row.fetchAll(db, sql: """
                SELECT offset, length, node_id, edge_source, edge_relation, edge_target FROM evidence WHERE document = ? ORDER BY offset, length
                """, arguments: [key.rawValue]).map { row -> (Int, Int, String) in
                let fact: String
                if let node: String = row["node_id"] {
                    fact = node
                } else {
                    fact = "\(row["edge_source"] as String? ?? "") -\(row["edge_relation"] as String? ?? "")-> \(row["edge_target"] as String? ?? "")"
                }
                return (row["offset"], row["length"], fact)
            }
            return (StoredDocument(key: key, path: row["path"], date: row["date"], facts: spans.count), row["text"], spans)
        }
    }

    /// A number that changes whenever the stored graph does (documents, corrections):
    /// pages cache what they computed from the whole graph under it.
    public func version() throws(StoreError) -> String {
        try read { db in
            let documents = try Int.fetchOne(db, sql: "SELECT count(*) || '' FROM document") ?? 0
            let latest = try Int.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM document") ?? 0
            let corrections = try Int.fetchOne(db, sql: "SELECT count(*) FROM correction") ?? 0
            let nodes = try Int.fetchOne(db, sql: "SELECT count(*) FROM node") ?? 0
            let edges = try Int.fetchOne(db, sql: "SELECT count(*) FROM edge") ?? 0
            return "\(documents).\(latest).\(corrections).\(nodes).\(edges)"
        }
    }

    static func readNodes(_ db: Database, ids: [String], into graph: inout Graph) throws {
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            var evidence: [String: [Evidence]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT e.node_id AS owner, e.document, e.offset, e.length, e.text, e.kind FROM evidence e
                WHERE e.node_id IN (\(marks)) ORDER BY e.document, e.offset, e.length, e.text
                """, arguments: StatementArguments(chunk)) {
                append(row, to: &evidence[row["owner"], default: []])
            }
            for row in try Row.fetchAll(db, sql: "SELECT id, json FROM node WHERE id IN (\(marks)) ORDER BY id", arguments: StatementArguments(chunk)) {
                var node = try GraphJSON.decodeNode(id: NodeID(row["id"] as String), json: row["json"])
                node.evidence = evidence[row["id"]] ?? []
                graph.upsert(node)
            }
        }
    }

    static func evidence(_ db: Database, edge: (String, String, String)) throws -> [Evidence] {
        var list: [Evidence] = []
        for row in try Row.fetchAll(db, sql: """
            SELECT document, offset, length, text, kind FROM evidence WHERE edge_source = ? AND edge_target = ? AND edge_relation = ?
            ORDER BY document, offset, length, text
            """, arguments: [edge.0, edge.1, edge.2]) {
            append(row, to: &list)
        }
        return list
    }

    static func documentInfos(_ db: Database, keys: Set<DocumentID>) throws -> [DocumentInfo] {
        let statement = try db.cachedStatement(sql: "SELECT doc_key, path, date FROM document WHERE doc_key = ?")
        return try keys.flatMap { key in
            try Row.fetchAll(statement, arguments: [key.rawValue]).map { row in
                DocumentInfo(id: DocumentID(row["doc_key"] as String? ?? ""), path: row["path"], date: (row["date"] as String?).flatMap(CalendarDate.init(iso:)))
            }
        }.sorted { ($0.path, $0.id.rawValue) < ($1.path, $1.id.rawValue) }
    }
}

extension GraphStore {
    /// Type, label and date of each of `ids` that exists (no evidence): enough to link
    /// to them.
    public func labels(of ids: [NodeID]) throws(StoreError) -> [NodeID: (type: NodeType?, label: String, date: String?)] {
        try read { db in
            var result: [NodeID: (type: NodeType?, label: String, date: String?)] = [:]
            let statement = try db.cachedStatement(sql: "SELECT type, label, date FROM node WHERE id = ?")
            for id in Set(ids) {
                if let row = try Row.fetchOne(statement, arguments: [id.rawValue]) {
                    result[id] = (NodeType(rawValue: row["type"]), row["label"], row["date"])
                }
            }
            return result
        }
    }
}
