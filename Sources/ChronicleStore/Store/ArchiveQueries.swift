import ChronicleCore
import Foundation
import GRDB

/// One dated event as an overview counts it: enough to group it by month or week, count
/// it by level and kind, and rank it among its month's meetings.
public struct EventDigest: Sendable, Hashable {
    public init(id: NodeID, label: String, date: String, level: EventLevel? = nil, kind: EventKind? = nil, weight: Int = 0) {
        (self.id, self.label, self.date, self.level, self.kind, self.weight) = (id, label, date, level, kind, weight)
    }

    public var id: NodeID
    public var label: String
    /// `YYYY-MM-DD` (or coarser, as stored).
    public var date: String
    public var level: EventLevel?
    public var kind: EventKind?
    /// How much the documents say about it: the edges that touch it (chairs, attendees,
    /// speakers, measures, what it conveyed and what conveyed it).
    public var weight: Int
}

/// A person or a measure with how many events it is linked to.
public struct RankedNode: Sendable, Hashable {
    public var id: NodeID
    public var label: String
    /// Distinct events: chaired, attended or spoken at (a person); set, first seen at or
    /// reiterated at (a measure).
    public var events: Int
}

/// One event of a person's or a measure's page, with the roles the node had there and
/// the sentence that states the first of them.
public struct LinkedEvent: Sendable {
    public var roles: [Relation]
    public var event: Node
    public var evidence: Evidence?
}

/// What every page of a person's or a measure's events shows above its events: the
/// count of each role (over all years), the events by year for the role chosen, and how
/// many events the filter keeps (``GraphStore/linkedEventCounts(of:role:year:)``).
public struct LinkedEventCounts: Sendable {
    public var roles: [Relation: Int]
    public var years: [(year: String, events: Int)]
    public var total: Int
}

/// A person's or a measure's events in the order of their pages (for one role, year
/// and direction), each with its roles: kept between pages, a page is then a slice of it
/// and reads only its own events (``GraphStore/linkedEventOrder(of:role:year:oldestFirst:)``).
public struct LinkedEventOrder: Sendable {
    /// Event ids in page order, each with its roles as stored (comma-separated).
    public var events: [(id: String, roles: String)]
}

/// Questions an archive of years asks: what a year holds, who and what recurs, and a
/// page of a person's or a measure's events — each answered from the rows it needs, so
/// a person named at thousands of events costs what one page of them shows.
extension GraphStore {
    /// The dated events from `from` to `to` (inclusive; either open), oldest first, with
    /// their weight.
    public func eventDigests(from: String? = nil, to: String? = nil) throws(StoreError) -> [EventDigest] {
        try read { db in
            var conditions = ["node.type = 'event'", "node.date IS NOT NULL"]
            var arguments: [DatabaseValueConvertible] = []
            if let from { conditions.append("node.date >= ?"); arguments.append(from) }
            if let to { conditions.append("node.date < ?"); arguments.append(to + "~") }
            let rows = try Row.fetchAll(db, sql: """
                SELECT node.id, node.label, node.date, node.level, node.kind,
                  (SELECT count(*) FROM edge WHERE edge.target = node.id) + (SELECT count(*) FROM edge WHERE edge.source = node.id) AS weight
                FROM node WHERE \(conditions.joined(separator: " AND ")) ORDER BY node.date, node.id
                """, arguments: StatementArguments(arguments))
            return rows.map { row in
                EventDigest(id: NodeID(row["id"] as String), label: row["label"], date: row["date"],
                            level: (row["level"] as String?).flatMap(EventLevel.init(rawValue:)),
                            kind: (row["kind"] as String?).flatMap(EventKind.init(rawValue:)), weight: row["weight"])
            }
        }
    }

    /// Every year that has dated events, with how many, oldest first.
    public func eventYears() throws(StoreError) -> [(year: String, events: Int)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT substr(date, 1, 4) AS year, count(*) AS n FROM node WHERE type = 'event' AND date IS NOT NULL GROUP BY year ORDER BY year
                """).map { ($0["year"], $0["n"]) }
        }
    }

    /// The latest date a stored document states (its dateline or reference date), if
    /// any: where an archive's own time ends, whatever later events it mentions.
    public func latestDocumentDate() throws(StoreError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT max(date) FROM document WHERE date IS NOT NULL") }
    }

    /// Every person (`.person`) or measure (`.measure`) with the number of distinct
    /// events it is linked to, most first (ties by label).
    public func ranked(_ type: NodeType) throws(StoreError) -> [RankedNode] {
        let (relations, end, other): ([Relation], String, String) = type == .measure
            ? ([.sets, .firstSeen, .reiterates], "target", "source") : ([.chairs, .attends, .speaksAt], "source", "target")
        let list = relations.map { "'\($0.rawValue)'" }.joined(separator: ",")
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT node.id, node.label, coalesce(linked.n, 0) AS n FROM node
                LEFT JOIN (SELECT \(end) AS id, count(DISTINCT \(other)) AS n FROM edge WHERE relation IN (\(list)) GROUP BY \(end)) AS linked ON linked.id = node.id
                WHERE node.type = ? ORDER BY n DESC, node.label, node.id
                """, arguments: [type.rawValue]).map { RankedNode(id: NodeID(row: $0), label: $0["label"], events: $0["n"]) }
        }
    }

    /// One page of the events a person (chaired, spoke at, attended) or a measure (set,
    /// first seen at, reiterated at) is linked to, newest first (oldest first with
    /// `oldestFirst`); `role` keeps one relation, `year` one year (`""` the undated). Returns the count of each role (over all years), the
    /// number of events the filter keeps, and the page.
    ///
    /// `counts`, when given (kept from an earlier page of the same node, role and year
    /// while the store has not changed), are returned instead of being counted again;
    /// `order` likewise (``linkedEventOrder(of:role:year:oldestFirst:)`` of the same node,
    /// role, year and direction): the page is its slice, not a sort of every event.
    public func linkedEvents(of id: NodeID, role: Relation? = nil, year: String? = nil, limit: Int = 25, offset: Int = 0, oldestFirst: Bool = false,
                             counts: LinkedEventCounts? = nil, order: LinkedEventOrder? = nil) throws(StoreError)
        -> (roles: [Relation: Int], years: [(year: String, events: Int)], total: Int, page: [LinkedEvent])
    {
        try read { db in
            guard let type = try String.fetchOne(db, sql: "SELECT type FROM node WHERE id = ?", arguments: [id.rawValue]).flatMap(NodeType.init(rawValue:)) else {
                throw StoreError.notFound(kind: NodeType.event.rawValue, name: id.rawValue, suggestions: [])
            }
            let isMeasure = type == .measure
            let relations: [Relation] = isMeasure ? [.sets, .firstSeen, .reiterates] : [.chairs, .speaksAt, .attends]
            let (roles, years, total) = try counts.map { ($0.roles, $0.years, $0.total) } ?? Self.linkedEventCounts(db, id: id, isMeasure: isMeasure, role: role, year: year)
            // Newest first; the page's rows only: the roles, then each event's columns
            // and the first sentence of its first role. With the order kept, the page is
            // a slice of it.
            let rows: [(id: String, roles: String)]
            if let order {
                rows = Array(order.events.dropFirst(max(0, offset)).prefix(max(0, limit)))
            } else {
                rows = try Self.linkedEventRows(db, id: id, isMeasure: isMeasure, role: role, year: year, oldestFirst: oldestFirst, limit: limit, offset: offset)
            }
            let brief = try db.cachedStatement(sql: "SELECT type, label, kind, level, date, end_date, time_of_day, category FROM node WHERE id = ?")
            let sentence = try db.cachedStatement(sql: """
                SELECT document, offset, length, text, kind FROM evidence WHERE edge_source = ? AND edge_target = ? AND edge_relation = ?
                ORDER BY document, offset, length, text LIMIT 1
                """)
            var page: [LinkedEvent] = []
            for row in rows {
                let event = row.id
                let held = Set(row.roles.split(separator: ",").compactMap { Relation(rawValue: String($0)) })
                let ordered = relations.filter(held.contains)
                guard let first = ordered.first, let node = try Self.briefNode(brief, id: event) else { continue }
                let (source, target) = isMeasure ? (event, id.rawValue) : (id.rawValue, event)
                let evidence = try Row.fetchOne(sentence, arguments: [source, target, first.rawValue]).map(IncrementalMerge.evidence(row:))
                page.append(LinkedEvent(roles: ordered, event: node, evidence: evidence))
            }
            return (roles, years, total, page)
        }
    }

    /// Every event of a person or a measure in the order of ``linkedEvents(of:role:year:limit:offset:oldestFirst:counts:order:)``'s
    /// pages, with its roles: kept while the store does not change, each page is a slice.
    public func linkedEventOrder(of id: NodeID, role: Relation? = nil, year: String? = nil, oldestFirst: Bool = false) throws(StoreError) -> LinkedEventOrder {
        try read { db in
            guard let type = try String.fetchOne(db, sql: "SELECT type FROM node WHERE id = ?", arguments: [id.rawValue]).flatMap(NodeType.init(rawValue:)) else {
                throw StoreError.notFound(kind: NodeType.event.rawValue, name: id.rawValue, suggestions: [])
            }
            return LinkedEventOrder(events: try Self.linkedEventRows(db, id: id, isMeasure: type == .measure, role: role, year: year, oldestFirst: oldestFirst, limit: nil, offset: 0))
        }
    }

    /// The events of `id` (and their roles) in page order: newest first (oldest with
    /// `oldestFirst`), the undated last, then by label; `limit` of them from `offset`, or all.
    static func linkedEventRows(_ db: Database, id: NodeID, isMeasure: Bool, role: Relation?, year: String?, oldestFirst: Bool, limit: Int?, offset: Int) throws
        -> [(id: String, roles: String)]
    {
        let relations: [Relation] = isMeasure ? [.sets, .firstSeen, .reiterates] : [.chairs, .speaksAt, .attends]
        let (end, other) = isMeasure ? ("target", "source") : ("source", "target")
        let list = relations.map { "'\($0.rawValue)'" }.joined(separator: ",")
        let chosen = role.map { "'\($0.rawValue)'" } ?? list
        var arguments: [DatabaseValueConvertible] = [id.rawValue]
        let condition = yearCondition(year, arguments: &arguments)
        arguments += [limit ?? -1, offset]
        return try Row.fetchAll(db.cachedStatement(sql: """
            SELECT edge.\(other) AS event, group_concat(edge.relation) AS roles FROM edge JOIN node ON node.id = edge.\(other)
            WHERE edge.\(end) = ? AND edge.relation IN (\(chosen))\(condition)
            GROUP BY edge.\(other) ORDER BY node.date IS NULL, node.date \(oldestFirst ? "ASC" : "DESC"), node.label LIMIT ? OFFSET ?
            """), arguments: StatementArguments(arguments)).map { (id: $0["event"], roles: $0["roles"]) }
    }

    /// What ``linkedEvents(of:role:year:limit:offset:oldestFirst:counts:order:)`` shows above
    /// its page, alone: the same for every page of a node, role and year.
    public func linkedEventCounts(of id: NodeID, role: Relation? = nil, year: String? = nil) throws(StoreError) -> LinkedEventCounts {
        try read { db in
            guard let type = try String.fetchOne(db, sql: "SELECT type FROM node WHERE id = ?", arguments: [id.rawValue]).flatMap(NodeType.init(rawValue:)) else {
                throw StoreError.notFound(kind: NodeType.event.rawValue, name: id.rawValue, suggestions: [])
            }
            let counted = try Self.linkedEventCounts(db, id: id, isMeasure: type == .measure, role: role, year: year)
            return LinkedEventCounts(roles: counted.roles, years: counted.years, total: counted.total)
        }
    }

    /// ` AND …` keeping the events of `year` (`""`: the undated), its values added to `arguments`.
    static func yearCondition(_ year: String?, arguments: inout [DatabaseValueConvertible]) -> String {
        guard let year else { return "" }
        if year.isEmpty { return " AND node.date IS NULL" }
        arguments += [year, year + "~"]
        return " AND node.date >= ? AND node.date < ?"
    }

    static func linkedEventCounts(_ db: Database, id: NodeID, isMeasure: Bool, role: Relation?, year: String?) throws
        -> (roles: [Relation: Int], years: [(year: String, events: Int)], total: Int)
    {
        let relations: [Relation] = isMeasure ? [.sets, .firstSeen, .reiterates] : [.chairs, .speaksAt, .attends]
        let (end, other) = isMeasure ? ("target", "source") : ("source", "target")
        let list = relations.map { "'\($0.rawValue)'" }.joined(separator: ",")
        var roles: [Relation: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT relation, count(*) AS n FROM edge WHERE \(end) = ? AND relation IN (\(list)) GROUP BY relation", arguments: [id.rawValue]) {
            if let relation = Relation(rawValue: row["relation"]) { roles[relation] = row["n"] }
        }
        let chosen = role.map { "'\($0.rawValue)'" } ?? list
        let years = try Row.fetchAll(db, sql: """
            SELECT coalesce(substr(node.date, 1, 4), '') AS year, count(DISTINCT node.id) AS n FROM edge JOIN node ON node.id = edge.\(other)
            WHERE edge.\(end) = ? AND edge.relation IN (\(chosen)) GROUP BY year ORDER BY year DESC
            """, arguments: [id.rawValue]).map { (year: $0["year"] as String, events: $0["n"] as Int) }
        var arguments: [DatabaseValueConvertible] = [id.rawValue]
        let condition = yearCondition(year, arguments: &arguments)
        let total = try Int.fetchOne(db, sql: """
            SELECT count(DISTINCT edge.\(other)) FROM edge JOIN node ON node.id = edge.\(other) WHERE edge.\(end) = ? AND edge.relation IN (\(chosen))\(condition)
            """, arguments: StatementArguments(arguments)) ?? 0
        return (roles, years, total)
    }

    /// A stored document's path and text, without the spans of its facts: what a page
    /// quoting a sentence in its paragraph needs.
    public func documentText(_ key: DocumentID) throws(StoreError) -> (path: String, text: String)? {
        try read { db in
            try Row.fetchOne(db.cachedStatement(sql: """
                SELECT document.path, document_content.text FROM document JOIN document_content ON document_content.doc = document.id WHERE document.doc_key = ?
                """), arguments: [key.rawValue]).map { ($0["path"], $0["text"]) }
        }
    }

    /// A node from its table columns only (no aliases, titles or evidence).
    static func briefNode(_ statement: Statement, id: String) throws -> Node? {
        guard let row = try Row.fetchOne(statement, arguments: [id]), let type = NodeType(rawValue: row["type"]) else { return nil }
        return Node(
            id: NodeID(id), label: row["label"], type: type, kind: (row["kind"] as String?).flatMap(EventKind.init(rawValue:)),
            level: (row["level"] as String?).flatMap(EventLevel.init(rawValue:)), date: (row["date"] as String?).flatMap(CalendarDate.init(iso:)),
            endDate: (row["end_date"] as String?).flatMap(CalendarDate.init(iso:)),
            timeOfDay: (row["time_of_day"] as String?).flatMap(TimeOfDay.init(rawValue:)), category: row["category"], evidence: [])
    }

    /// A node as stored (aliases, titles, metadata), without its evidence sentences:
    /// what a page's heading needs of a person named in thousands of sentences.
    public func nodeWithoutEvidence(_ id: NodeID) throws(StoreError) -> Node? {
        try read { db in
            guard let json = try String.fetchOne(db.cachedStatement(sql: "SELECT json FROM node WHERE id = ?"), arguments: [id.rawValue]) else { return nil }
            return try GraphJSON.decodeStoredNode(id: id, json: json)
        }
    }

    /// The node `id`, the latest `limit` events it is linked to as a person or a
    /// measure (with the edges between them and the people who chaired them), and
    /// nothing older: what a relations or lineage picture of someone named at thousands
    /// of events can draw legibly. `total` is how many events it is linked to.
    public func recentNeighbourhood(of id: NodeID, limit: Int) throws(StoreError) -> (graph: Graph, shown: Int, total: Int) {
        let linked = try linkedEvents(of: id, limit: limit)
        let events = linked.page.map(\.event.id)
        // Read from the events' side: the node's own edges and their evidence (thousands)
        // are not read; the node itself comes whole, without its sentences.
        var around = try neighbourhood(of: events, edgeLimit: 200, briefNeighbours: true)
        if let node = try nodeWithoutEvidence(id) { around.upsert(node) }
        let kept = Set([id] + events)
        // The events' own neighbours (their chairs, what they convey) stay; other events
        // of the node do not.
        let nodes = around.nodes.values.filter { $0.type != .event || kept.contains($0.id) }
        let ids = Set(nodes.map(\.id))
        let graph = Graph(documents: around.documents, nodes: nodes, edges: around.edges.filter { ids.contains($0.source) && ids.contains($0.target) }).canonical()
        return (graph, events.count, linked.total)
    }
}

private extension NodeID {
    init(row: Row) { self.init(row["id"] as String) }
}
