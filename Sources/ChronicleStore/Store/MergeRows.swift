@_spi(Merge) import ChronicleCore
import Foundation
import GRDB

/// The rows the steps write: nodes as readers see them and as merging gives them,
/// edges, evidence; and small helpers.
/// A row of `node`: a node as readers see it (with corrections), its columns for
/// queries and its JSON without evidence.
struct NodeRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "node"
    var id: String
    var type: String
    var label: String
    var kind: String?
    var level: String?
    var date: String?
    var endDate: String?
    var timeOfDay: String?
    var category: String?
    var json: String

    enum CodingKeys: String, CodingKey {
        case id, type, label, kind, level, date, endDate = "end_date", timeOfDay = "time_of_day", category, json
    }

    init(_ node: Node, json: String) {
        (id, type, label, kind, level) = (node.id.rawValue, node.type.rawValue, node.label, node.kind?.rawValue, node.level?.rawValue)
        (date, endDate, timeOfDay, category) = (node.date?.iso, node.endDate?.iso, node.timeOfDay?.rawValue, node.category)
        self.json = json
    }
}

/// A row of `merged_node`: a node as merging the documents gives it, before corrections.
struct MergedNodeRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "merged_node"
    var id: String
    var type: String
    var kind: String?
    var date: String?
    var timeOfDay: String?
    /// A merged event's organizer and place (labels), the JSON of its first sentence
    /// (their evidence) and its draft (the event as clustering left it, in document-graph form).
    var organizer: String?
    var place: String?
    var firstEvidence: String?
    var draft: String?
    var json: String

    enum CodingKeys: String, CodingKey {
        case id, type, kind, date, timeOfDay = "time_of_day", organizer, place, firstEvidence = "first_evidence", draft, json
    }

    /// What merging keeps of a merged event beside its node.
    struct EventFields {
        var draft: String
        var organizer: String?
        var place: String?
        var firstEvidence: String
    }

    init(_ node: Node, json: String, event: EventFields?) {
        (id, type, kind, date, timeOfDay) = (node.id.rawValue, node.type.rawValue, node.kind?.rawValue, node.date?.iso, node.timeOfDay?.rawValue)
        (organizer, place, firstEvidence, draft) = (event?.organizer, event?.place, event?.firstEvidence, event?.draft)
        self.json = json
    }
}

extension IncrementalMerge {
    // MARK: Rows

    /// Writes a node as readers see it (`node`, with its names). Never deletes the row
    /// (that would take its edges).
    /// `json`: the node's JSON without evidence, when the caller has it.
    func writeNode(_ node: Node, json: String? = nil) throws {
        let row = NodeRow(node, json: json ?? Self.json(node.withoutEvidence))
        // Not `upsert`: that reads the row back.
        try db.cachedStatement(sql: """
            INSERT INTO node (id, type, label, kind, level, date, end_date, time_of_day, category, json) VALUES (?,?,?,?,?,?,?,?,?,?)
            ON CONFLICT (id) DO UPDATE SET type = excluded.type, label = excluded.label, kind = excluded.kind, level = excluded.level, date = excluded.date,
              end_date = excluded.end_date, time_of_day = excluded.time_of_day, category = excluded.category, json = excluded.json
            """).execute(arguments: [row.id, row.type, row.label, row.kind, row.level, row.date, row.endDate, row.timeOfDay, row.category, row.json])
        // Its names, written again only when they changed.
        let names = Set([node.label] + node.aliases).sorted()
        if try String.fetchAll(db.cachedStatement(sql: "SELECT name FROM name WHERE node_id = ? ORDER BY name"), arguments: [node.id.rawValue]) == names { return }
        try db.cachedStatement(sql: "DELETE FROM name WHERE node_id = ?").execute(arguments: [node.id.rawValue])
        for name in names {
            try db.cachedStatement(sql: "INSERT INTO name (node_id, name, normalized) VALUES (?,?,?)").execute(arguments: [node.id.rawValue, name, NameMatch.normalize(name)])
        }
    }

    /// Writes a node as merging gives it before corrections (`merged_node`, kept apart so
    /// corrections always meet the facts as extracted), and as readers see it.
    /// `event`: what merging keeps of a merged event beside its node.
    func writeMerged(_ node: Node, event: MergedNodeRow.EventFields? = nil) throws {
        let json = Self.json(node.withoutEvidence)
        let row = MergedNodeRow(node, json: json, event: event)
        // Updated in place, never replaced: replacing deletes the row, and with it (by
        // cascade) the event's name bigrams, which ``writeGrams(_:)`` keeps when unchanged.
        try db.cachedStatement(sql: """
            INSERT INTO merged_node (id, type, kind, date, time_of_day, organizer, place, first_evidence, draft, json) VALUES (?,?,?,?,?,?,?,?,?,?)
            ON CONFLICT (id) DO UPDATE SET type = excluded.type, kind = excluded.kind, date = excluded.date, time_of_day = excluded.time_of_day,
              organizer = excluded.organizer, place = excluded.place, first_evidence = excluded.first_evidence, draft = excluded.draft, json = excluded.json
            """).execute(arguments: [row.id, row.type, row.kind, row.date, row.timeOfDay, row.organizer, row.place, row.firstEvidence, row.draft, row.json])
        try writeNode(node, json: json)
    }

    /// Removes a node from the merge and from what readers see.
    func deleteMerged(_ id: NodeID) throws {
        try db.cachedStatement(sql: "DELETE FROM evidence WHERE via = ?").execute(arguments: [id.rawValue])
        try db.cachedStatement(sql: "DELETE FROM merged_node WHERE id = ?").execute(arguments: [id.rawValue])
        candidateIndex.removed(id.rawValue)
        try deleteNode(id)
    }

    /// Makes `evidence` a node's sentences. Rows already stored stay, so that the search
    /// index does not forget and learn them again (an event named by many documents was
    /// written whole each time one more joined it); rows no longer given go, new ones are
    /// added in order. Readers take a node's first sentence by id: when the stored first
    /// is not `evidence[0]`, every row is written again in order.
    func replaceEvidence(_ evidence: [Evidence], node: NodeID) throws {
        let stored = try Row.fetchAll(db.cachedStatement(sql: "SELECT id, document, offset, length, text, kind, via FROM evidence WHERE node_id = ? ORDER BY id"),
                                      arguments: [node.rawValue])
        func sentence(_ row: Row) -> Evidence? {
            guard (row["via"] as String?) == nil else { return nil }
            return Evidence(document: DocumentID(row["document"] as String), offset: row["offset"], length: row["length"], text: row["text"], kind: row["kind"])
        }
        guard let first = stored.first, let wanted = evidence.first, sentence(first) == wanted else {
            try db.cachedStatement(sql: "DELETE FROM evidence WHERE node_id = ?").execute(arguments: [node.rawValue])
            for e in evidence { try insertEvidence(e, node: node) }
            return
        }
        var missing: [Evidence: Int] = [:]
        for e in evidence { missing[e, default: 0] += 1 }
        for row in stored {
            if let e = sentence(row), let count = missing[e], count > 0 {
                missing[e] = count - 1
            } else {
                try db.cachedStatement(sql: "DELETE FROM evidence WHERE id = ?").execute(arguments: [row["id"] as Int64])
            }
        }
        for e in evidence where (missing[e] ?? 0) > 0 {
            missing[e]! -= 1
            try insertEvidence(e, node: node)
        }
    }

    /// Stores one sentence; the search index takes it in at the end of the transaction
    /// (``indexSentences()``). Its id is above every id the index has seen, so that ids
    /// are never reused.
    func insertEvidence(_ e: Evidence, node: NodeID? = nil, edge: EdgeKey? = nil, via: NodeID? = nil) throws {
        try db.cachedStatement(sql: """
            INSERT INTO evidence (id, node_id, edge_source, edge_target, edge_relation, document, offset, length, text, kind, via)
            VALUES (max(coalesce((SELECT max(id) FROM evidence), 0), coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'evidence_indexed'), 0)) + 1,
                    ?,?,?,?,?,?,?,?,?,?)
            """).execute(arguments: [node?.rawValue, edge?.source.rawValue, edge?.target.rawValue, edge?.relation.rawValue, e.document.rawValue, e.offset, e.length, e.text, e.kind, via?.rawValue])
    }

    /// Brings the search index up to date, once at the end of a transaction: sentences
    /// deleted since it was written taken out, sentences stored since put in.
    func indexSentences() throws {
        try db.cachedStatement(sql: "INSERT INTO evidence_search (evidence_search, rowid, text) SELECT 'delete', id, text FROM evidence_unindexed").execute()
        try db.cachedStatement(sql: "DELETE FROM evidence_unindexed").execute()
        try db.cachedStatement(sql: """
            INSERT INTO evidence_search (rowid, text) SELECT id, text FROM evidence
            WHERE id > coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'evidence_indexed'), 0)
            """).execute()
        try db.cachedStatement(sql: """
            UPDATE meta SET value = max(CAST(value AS INTEGER), coalesce((SELECT max(id) FROM evidence), 0)) WHERE key = 'evidence_indexed'
            """).execute()
    }

    /// Writes (or, for nil, deletes) one edge and its evidence.
    func writeEdge(_ edge: Edge?, key: EdgeKey) throws {
        let k: [any DatabaseValueConvertible & Sendable] = [key.source.rawValue, key.target.rawValue, key.relation.rawValue]
        try db.cachedStatement(sql: "DELETE FROM evidence WHERE edge_source = ? AND edge_target = ? AND edge_relation = ?").execute(arguments: StatementArguments(k))
        guard let edge, try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM node WHERE id IN (?, ?)"), arguments: [key.source.rawValue, key.target.rawValue]) == 2 else {
            try db.cachedStatement(sql: "DELETE FROM edge WHERE source = ? AND target = ? AND relation = ?").execute(arguments: StatementArguments(k))
            return
        }
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO edge (source, target, relation, json) VALUES (?,?,?,?)").execute(
                       arguments: StatementArguments(k + [JSONWriter.string(GraphJSON.encode(edge), pretty: false)]))
        for e in edge.evidence { try insertEvidence(e, edge: key) }
    }

    // MARK: Helpers

    func documentRanks(_ docs: Set<Int64>) throws -> [Int64: Int] {
        guard !docs.isEmpty else { return [:] }
        let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT id FROM document WHERE id IN \(Self.list(docs.count)) ORDER BY path, doc_key"),
                                    arguments: StatementArguments(docs.sorted().map { $0 as any DatabaseValueConvertible }))
        var rank: [Int64: Int] = [:]
        for (index, row) in rows.enumerated() { rank[row["id"]] = index }
        return rank
    }

    static func list(_ count: Int) -> String { "(" + Array(repeating: "?", count: count).joined(separator: ",") + ")" }

    static func json(_ node: Node) -> String { JSONWriter.string(GraphJSON.encode(node), pretty: false) }

    static func node(_ json: String, id: NodeID) throws -> Node { try GraphJSON.decodeNode(id: id, json: json) }

    static func edge(_ json: String) throws -> Edge { try GraphJSON.decodeEdge(json: json) }

    static func evidence(_ json: String) throws -> [Evidence] { try GraphJSON.decodeEvidence(json: json) }

    /// An evidence row (document, offset, length, text, kind).
    static func evidence(row: Row) -> Evidence {
        Evidence(document: DocumentID(row["document"] as String), offset: row["offset"], length: row["length"], text: row["text"], kind: row["kind"])
    }

    static func edgeKey(_ row: Row) -> EdgeKey? {
        guard let source: String = row["source"], let target: String = row["target"], let relation = Relation(rawValue: row["relation"]) else { return nil }
        return EdgeKey(source: NodeID(source), target: NodeID(target), relation: relation)
    }

    static func days(from a: CalendarDate, to b: CalendarDate) -> Int {
        guard let x = a.dayNumber, let y = b.dayNumber else { return 31 }
        return max(0, y - x)
    }

    /// An ISO date moved by `days` (a month or year date from its first day).
    static func shifted(_ iso: String, days: Int) -> String {
        guard let date = CalendarDate(iso: iso) else { return iso }
        let day = CalendarDate(year: date.year, month: date.month ?? 1, day: date.day ?? 1)!
        return day.adding(days: days)?.iso ?? "0001-01-01"
    }
}

extension Node {
    /// The node without its sentences: what `node.json` and `merged_node.json` hold.
    var withoutEvidence: Node {
        var bare = self
        bare.evidence = []
        return bare
    }
}
