import ChronicleCore
import Foundation
import GRDB

/// One event as a query answer shows it.
public struct EventSummary: Sendable, Hashable {
    public var id: NodeID
    public var name: String
    public var date: String?
    public var endDate: String?
    public var timeOfDay: TimeOfDay?
    public var level: String?
    public var kind: String?
    public var chairs: [String]
    /// The sentence that states the fact the answer is about.
    public var evidence: String?

    public var json: JSONValue {
        .object([
            ("id", .string(id.rawValue)), ("name", .string(name)), ("date", date.map(JSONValue.string) ?? .null),
            ("end_date", endDate.map(JSONValue.string) ?? .null), ("time_of_day", timeOfDay.map { .string($0.rawValue) } ?? .null),
            ("level", level.map(JSONValue.string) ?? .null), ("kind", kind.map(JSONValue.string) ?? .null),
            ("chairs", .array(chairs.map(JSONValue.string))), ("evidence", evidence.map(JSONValue.string) ?? .null),
        ])
    }
}

/// The questions analysts ask of the store.
extension GraphStore {
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(path: path, message: "\(error)")
        }
    }

    /// The node of `type` whose label or alias best matches `name` (ids accepted too),
    /// or ``StoreError/notFound(kind:name:suggestions:)`` with the closest names.
    public func find(_ name: String, type: NodeType) throws(StoreError) -> NodeID {
        try read { db in
            if let id = try String.fetchOne(db, sql: "SELECT id FROM node WHERE id = ? AND type = ?", arguments: [name, type.rawValue]) {
                return NodeID(id)
            }
            // Ties (`m-一带一路` and `m-一带一路 `, both undated) go by id, so a store
            // answers the same whatever order its documents arrived in.
            let normalized = NameMatch.normalize(name)
            if let exact = try String.fetchOne(db, sql: """
                SELECT name.node_id FROM name JOIN node ON node.id = name.node_id
                WHERE name.normalized = ? AND node.type = ? ORDER BY node.date, node.id LIMIT 1
                """, arguments: [normalized, type.rawValue]) {
                return NodeID(exact)
            }
            let pattern = "%" + normalized.replacingOccurrences(of: "%", with: "") + "%"
            if let contained = try String.fetchOne(db, sql: """
                SELECT name.node_id FROM name JOIN node ON node.id = name.node_id
                WHERE name.normalized LIKE ? AND node.type = ? ORDER BY length(name.normalized), node.date, node.id LIMIT 1
                """, arguments: [pattern, type.rawValue]) {
                return NodeID(contained)
            }
            // Closest names, for the message.
            let candidates = try Row.fetchAll(db, sql: "SELECT DISTINCT name.name FROM name JOIN node ON node.id = name.node_id WHERE node.type = ?", arguments: [type.rawValue])
            let scored = candidates.map { row -> (String, Double) in let n: String = row["name"]; return (n, NameMatch.score(name, n)) }
                .filter { $0.1 > 0.2 }.sorted { $0.1 > $1.1 }.prefix(5).map(\.0)
            throw StoreError.notFound(kind: type.rawValue, name: name, suggestions: Array(scored))
        }
    }

    func summary(_ db: Database, _ id: String, evidenceOf relation: (source: String, target: String, relation: String)? = nil) throws -> EventSummary? {
        // Cached statements: a person's or a measure's events are summarized by the
        // thousand, and compiling three statements for each cost more than running them.
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, label, date, end_date, time_of_day, level, kind FROM node WHERE id = ?"), arguments: [id]) else { return nil }
        let chairs = try String.fetchAll(db.cachedStatement(sql: "SELECT node.label FROM edge JOIN node ON node.id = edge.source WHERE edge.target = ? AND edge.relation = 'chairs'"), arguments: [id])
        var evidence: String?
        if let relation {
            evidence = try String.fetchOne(db.cachedStatement(sql: "SELECT text FROM evidence WHERE edge_source = ? AND edge_target = ? AND edge_relation = ? ORDER BY id LIMIT 1"),
                                           arguments: [relation.source, relation.target, relation.relation])
        } else {
            evidence = try String.fetchOne(db.cachedStatement(sql: "SELECT text FROM evidence WHERE node_id = ? ORDER BY id LIMIT 1"), arguments: [id])
        }
        let time: String? = row["time_of_day"]
        return EventSummary(id: NodeID(row["id"] as String), name: row["label"], date: row["date"], endDate: row["end_date"],
                            timeOfDay: time.flatMap(TimeOfDay.init(rawValue:)), level: row["level"], kind: row["kind"], chairs: chairs, evidence: evidence)
    }

    static let eventOrder = "ORDER BY node.date, CASE node.time_of_day WHEN 'early_morning' THEN 0 WHEN 'morning' THEN 1 WHEN 'noon' THEN 2 WHEN 'afternoon' THEN 3 WHEN 'evening' THEN 4 ELSE 5 END, node.label"

    /// `measure 五严五防`: the event that set it (or, where no sentence puts it forward,
    /// where it was first seen: `firstSeen` is true) and every event that reiterated it,
    /// in date order.
    public func measure(_ name: String) throws(StoreError) -> (measure: Node, setBy: EventSummary?, firstSeen: Bool, reiteratedBy: [EventSummary]) {
        let id = try find(name, type: .measure)
        return try read { db in
            let node = try GraphJSON.decodeStoredNode(id: id, json: try String.fetchOne(db, sql: "SELECT json FROM node WHERE id = ?", arguments: [id.rawValue]) ?? "")
            func events(_ relation: String) throws -> [EventSummary] {
                try String.fetchAll(db, sql: "SELECT edge.source FROM edge JOIN node ON node.id = edge.source WHERE edge.target = ? AND edge.relation = ? \(Self.eventOrder)",
                                    arguments: [id.rawValue, relation])
                    .compactMap { try summary(db, $0, evidenceOf: ($0, id.rawValue, relation)) }
            }
            if let set = try events("sets").first { return (node, set, false, try events("reiterates")) }
            return (node, try events("first_seen").first, true, try events("reiterates"))
        }
    }

    /// `person 楼阳生`: titles, and the events chaired, attended or spoken at, in date order.
    public func person(_ name: String) throws(StoreError) -> (person: Node, events: [(role: [Relation], event: EventSummary)]) {
        let id = try find(name, type: .person)
        return try read { db in
            let node = try GraphJSON.decodeStoredNode(id: id, json: try String.fetchOne(db, sql: "SELECT json FROM node WHERE id = ?", arguments: [id.rawValue]) ?? "")
            let rows = try Row.fetchAll(db, sql: """
                SELECT edge.target AS event, group_concat(edge.relation) AS roles FROM edge JOIN node ON node.id = edge.target
                WHERE edge.source = ? AND edge.relation IN ('chairs', 'attends', 'speaks_at') GROUP BY edge.target \(Self.eventOrder)
                """, arguments: [id.rawValue])
            let events = try rows.compactMap { row -> (role: [Relation], event: EventSummary)? in
                let roles = (row["roles"] as String).split(separator: ",").compactMap { Relation(rawValue: String($0)) }
                return try summary(db, row["event"]).map { (roles, $0) }
            }
            return (node, events)
        }
    }

    /// `event NAME|ID`: the event's node and its edges in and out.
    public func event(_ name: String) throws(StoreError) -> (event: EventSummary, incoming: [(Relation, String)], outgoing: [(Relation, String)]) {
        let answer = try eventWithCorrections(name)
        return (answer.event, answer.incoming, answer.outgoing)
    }

    /// `event NAME` with the analysts' corrections of the event and its edges, one line
    /// each (`set by 王秘书 2026-11-30: …`).
    public func eventWithCorrections(_ name: String) throws(StoreError) -> (event: EventSummary, incoming: [(Relation, String)], outgoing: [(Relation, String)], corrections: [String]) {
        let id = try find(name, type: .event)
        return try read { db in
            let summary = try summary(db, id.rawValue)!
            let incoming = try Row.fetchAll(db, sql: "SELECT edge.relation, node.label, node.date FROM edge JOIN node ON node.id = edge.source WHERE edge.target = ? ORDER BY edge.relation, node.date", arguments: [id.rawValue])
                .map { row -> (Relation, String) in (Relation(rawValue: row["relation"])!, ((row["date"] as String?).map { $0 + " " } ?? "") + (row["label"] as String)) }
            let outgoing = try Row.fetchAll(db, sql: "SELECT edge.relation, node.label, node.date FROM edge JOIN node ON node.id = edge.target WHERE edge.source = ? ORDER BY edge.relation, node.date", arguments: [id.rawValue])
                .map { row -> (Relation, String) in (Relation(rawValue: row["relation"])!, ((row["date"] as String?).map { $0 + " " } ?? "") + (row["label"] as String)) }
            var corrections: [String] = []
            func describe(_ json: String?, _ what: String) throws {
                guard let json, let mark = Provenance.mark(["correction": try JSONParser.parse(json)]) else { return }
                let who = [mark.by, mark.at].compactMap { $0 }.joined(separator: " ")
                corrections.append("\(mark.operation)\(who.isEmpty ? "" : " by " + who): \(what)" + (mark.note.map { " — " + $0 } ?? ""))
            }
            for key in ["correction", "reviewed"] {
                try describe(try String.fetchOne(db, sql: "SELECT json_extract(json, '$.metadata.\(key)') FROM node WHERE id = ?", arguments: [id.rawValue]), "the event")
                for row in try Row.fetchAll(db, sql: """
                    SELECT source, relation, target, json_extract(json, '$.metadata.\(key)') AS mark FROM edge
                    WHERE (source = ? OR target = ?) AND json_extract(json, '$.metadata.\(key)') IS NOT NULL
                    """, arguments: [id.rawValue, id.rawValue])
                {
                    try describe(row["mark"], "\(row["source"] as String) \(row["relation"] as String) \(row["target"] as String)")
                }
            }
            return (summary, incoming, outgoing, corrections)
        }
    }

    /// `timeline [--from] [--to] [--level] [--kind]`: events in date order, in one
    /// statement (chairs and the first evidence sentence as subqueries).
    public func timeline(from: CalendarDate? = nil, to: CalendarDate? = nil, level: EventLevel? = nil, kind: EventKind? = nil, limit: Int = 10_000) throws(StoreError) -> [EventSummary] {
        try read { db in
            var conditions = ["node.type = 'event'", "node.date IS NOT NULL"]
            var arguments: [DatabaseValueConvertible?] = []
            if let from { conditions.append("node.date >= ?"); arguments.append(from.iso) }
            // '~' sorts after every digit and '-': `2020-02` takes all of February.
            if let to { conditions.append("node.date < ?"); arguments.append(to.iso + "~") }
            if let level { conditions.append("node.level = ?"); arguments.append(level.rawValue) }
            if let kind { conditions.append("node.kind = ?"); arguments.append(kind.rawValue) }
            let rows = try Row.fetchAll(db, sql: """
                SELECT node.id, node.label, node.date, node.end_date, node.time_of_day, node.level, node.kind,
                  (SELECT group_concat(p.label, char(10)) FROM edge e JOIN node p ON p.id = e.source WHERE e.target = node.id AND e.relation = 'chairs') AS chairs,
                  (SELECT text FROM evidence WHERE evidence.node_id = node.id ORDER BY evidence.id LIMIT 1) AS evidence
                FROM node WHERE \(conditions.joined(separator: " AND ")) \(Self.eventOrder) LIMIT \(limit)
                """, arguments: StatementArguments(arguments))
            return rows.map { row in
                let time: String? = row["time_of_day"]
                let chairs: String? = row["chairs"]
                return EventSummary(id: NodeID(row["id"] as String), name: row["label"], date: row["date"], endDate: row["end_date"],
                                    timeOfDay: time.flatMap(TimeOfDay.init(rawValue:)), level: row["level"], kind: row["kind"],
                                    chairs: chairs.map { $0.split(separator: "\n").map(String.init) } ?? [], evidence: row["evidence"])
            }
        }
    }

    /// The nodes of `type` with the most evidence sentences of their own, most first
    /// (ties by id): the person named most often, the measure stated most often.
    public func mostEvidenced(_ type: NodeType, limit: Int = 10) throws(StoreError) -> [(id: NodeID, label: String, evidence: Int)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT node.id, node.label, count(*) AS n FROM evidence JOIN node ON node.id = evidence.node_id
                WHERE node.type = ? GROUP BY node.id ORDER BY n DESC, node.id LIMIT ?
                """, arguments: [type.rawValue, limit]).map { row in (NodeID(row["id"] as String), row["label"], row["n"]) }
        }
    }

    /// `search TEXT`: evidence sentences containing it (trigram full-text search; LIKE
    /// for queries under three characters), with the facts they state. Sentences come
    /// in the order they were stored (documents as built, positions within each): the
    /// index yields them in that order, so a phrase found in 100,000 sentences costs
    /// no more than the page of them shown.
    public func search(_ text: String, limit: Int = 50) throws(StoreError) -> [(sentence: String, facts: [String])] {
        try read { db in
            let rows: [Row]
            if text.count >= 3 {
                let quoted = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                rows = try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT evidence.text, evidence.node_id, evidence.edge_source, evidence.edge_target, evidence.edge_relation FROM evidence_search
                    JOIN evidence ON evidence.id = evidence_search.rowid WHERE evidence_search MATCH ? ORDER BY evidence_search.rowid LIMIT ?
                    """), arguments: [quoted, limit * 20])
            } else {
                rows = try Row.fetchAll(db, sql: """
                    SELECT text, node_id, edge_source, edge_target, edge_relation FROM evidence WHERE text LIKE ? ORDER BY document, offset LIMIT ?
                    """, arguments: ["%" + text + "%", limit * 20])
            }
            var order: [String] = []
            var facts: [String: [String]] = [:]
            for row in rows {
                let sentence: String = row["text"]
                if facts[sentence] == nil { order.append(sentence); facts[sentence] = [] }
                if let node: String = row["node_id"] {
                    facts[sentence]!.append(node)
                } else if let s: String = row["edge_source"], let t: String = row["edge_target"], let r: String = row["edge_relation"] {
                    facts[sentence]!.append("\(s) -\(r)-> \(t)")
                }
            }
            return order.prefix(limit).map { ($0, facts[$0] ?? []) }
        }
    }
}

extension GraphJSON {
    /// A node from the JSON stored in the node table.
    static func decodeStoredNode(id: NodeID, json: String) throws -> Node {
        do {
            return try decodeNode(id: id, json: json)
        } catch {
            throw StoreError.database(path: "", message: "stored node \(id) is damaged: \(error)")
        }
    }
}
