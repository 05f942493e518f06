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
    func writeNode(_ node: Node) throws {
        var bare = node
        bare.evidence = []
        try NodeRow(bare, json: Self.json(bare)).upsert(db)
        try db.cachedStatement(sql: "DELETE FROM name WHERE node_id = ?").execute(arguments: [node.id.rawValue])
        for name in Set([node.label] + node.aliases).sorted() {
            try db.cachedStatement(sql: "INSERT INTO name (node_id, name, normalized) VALUES (?,?,?)").execute(arguments: [node.id.rawValue, name, NameMatch.normalize(name)])
        }
    }

    /// Writes a node as merging gives it before corrections (`merged_node`, kept apart so
    /// corrections always meet the facts as extracted), and as readers see it.
    /// `event`: what merging keeps of a merged event beside its node.
    func writeMerged(_ node: Node, event: MergedNodeRow.EventFields? = nil) throws {
        var bare = node
        bare.evidence = []
        try MergedNodeRow(bare, json: Self.json(bare), event: event).insert(db, onConflict: .replace)
        try writeNode(node)
    }

    /// Removes a node from the merge and from what readers see.
    func deleteMerged(_ id: NodeID) throws {
        try db.cachedStatement(sql: "DELETE FROM evidence WHERE via = ?").execute(arguments: [id.rawValue])
        try db.cachedStatement(sql: "DELETE FROM merged_node WHERE id = ?").execute(arguments: [id.rawValue])
        candidateIndex.removed(id.rawValue)
        try deleteNode(id)
    }

    func replaceEvidence(_ evidence: [Evidence], node: NodeID) throws {
        try db.cachedStatement(sql: "DELETE FROM evidence WHERE node_id = ?").execute(arguments: [node.rawValue])
        for e in evidence { try insertEvidence(e, node: node) }
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
