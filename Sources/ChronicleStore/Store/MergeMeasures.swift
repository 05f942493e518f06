@_spi(Merge) import ChronicleCore
import Foundation
import GRDB

/// Step 6: measure edges — `sets` / `first_seen` / `reiterates` from the statements
/// in merge order.
extension IncrementalMerge {
    /// `sets` / `reiterates` of the marked measures.
    mutating func recomputeMeasures() throws {
        for measure in agenda.measures.union(agenda.reorderedMeasures).union(agenda.redatedMeasures).sorted() {
            if !agenda.removedAny, !agenda.reorderedMeasures.contains(measure), try firstStatementKept(measure), try appendStatements(measure) { continue }
            let edges = try exists(measure) ? try measureEdges(measure) : []
            var stale = Set(try Row.fetchAll(db.cachedStatement(sql: "SELECT source, relation FROM edge WHERE target = ? AND relation IN ('sets', 'first_seen', 'reiterates')"), arguments: [measure.rawValue]).map {
                EdgeKey(source: NodeID($0["source"] as String), target: measure, relation: Relation(rawValue: $0["relation"])!)
            })
            for edge in edges {
                let key = EdgeKey(source: edge.source, target: edge.target, relation: edge.relation)
                stale.remove(key)
                let stored = try String.fetchOne(db.cachedStatement(sql: "SELECT json FROM edge WHERE source = ? AND target = ? AND relation = ?"),
                                                 arguments: [key.source.rawValue, key.target.rawValue, key.relation.rawValue])
                if stored != JSONWriter.string(GraphJSON.encode(edge), pretty: false) { try writeEdge(edge, key: key) }
            }
            for key in stale { try writeEdge(nil, key: key) }
            try recordFirstStatement(measure)
        }
        agenda.measures = []
        agenda.reorderedMeasures = []
        agenda.redatedMeasures = []
    }

    /// The order of statements (`GraphMerger.measureEdges`) in SQL: date, time of day (an
    /// unknown time as evening), document, position.
    static let statementOrder = """
        n.date, CASE n.time_of_day WHEN 'early_morning' THEN 0 WHEN 'morning' THEN 1 WHEN 'noon' THEN 2 WHEN 'afternoon' THEN 3 ELSE 4 END,
        d.path, d.doc_key, s.offset, s.seq
        """

    /// The new document's statements of `measure` added to its edges without recomputing
    /// them, when that gives what recomputing would: every new statement comes after the
    /// measure's first one and after the stored statements of its own event. False when it
    /// does not apply (then the measure is recomputed).
    mutating func appendStatements(_ measure: NodeID) throws -> Bool {
        guard let added else { return false }
        let select = """
            SELECT s.json, s.quotes, e.cluster AS event, n.date, \(Self.statementOrder.split(separator: ",")[1]) AS tod, d.path, d.doc_key, s.offset, s.seq FROM part_statement s
            JOIN part_event e ON e.doc = s.doc AND e.local = s.event JOIN merged_node n ON n.id = e.cluster JOIN document d ON d.id = s.doc
            """
        // The measure's first statement, as its last recompute found it (kept, since new
        // statements only come after it here).
        guard let first = try Row.fetchOne(db.cachedStatement(sql: "SELECT quotes, event, date, tod, path, doc_key, offset, seq FROM measure_first WHERE measure = ?"),
                                           arguments: [measure.rawValue]) else { return false }
        func key(_ r: Row) -> (String, Int, String, String, Int, Int) { (r["date"], r["tod"], r["path"], r["doc_key"], r["offset"], r["seq"]) }
        // `+s.measure`: looked up by document (its few statements), not by measure (every
        // statement of a measure that every document states).
        let new = try Row.fetchAll(db.cachedStatement(sql: "\(select) WHERE +s.measure = ? AND s.doc = ? ORDER BY \(Self.statementOrder)"), arguments: [measure.rawValue, added.row])
        guard new.allSatisfy({ key(first) < key($0) }) else { return false }
        // An event's evidence lists its statements in merge order, and where only its first
        // statement counts, the first: a new statement that comes before stored ones of its
        // event (a document stored after another may sort before it) has that event's edge
        // made again from all of the event's statements.
        var remade = Set<NodeID>()
        for r in new {
            guard let last = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT s.path, s.doc_key, s.offset, s.seq FROM part_statement s JOIN part_event e ON e.doc = s.doc AND e.local = s.event
                WHERE s.measure = ? AND s.date = ? AND s.tod = ? AND s.doc != ? AND e.cluster = ?
                ORDER BY s.path DESC, s.doc_key DESC, s.offset DESC, s.seq DESC LIMIT 1
                """), arguments: [measure.rawValue, r["date"] as String, r["tod"] as Int, added.row, r["event"] as String]) else { continue }
            let stored = (last["path"] as String, last["doc_key"] as String, last["offset"] as Int, last["seq"] as Int)
            if !(stored < (r["path"] as String, r["doc_key"] as String, r["offset"] as Int, r["seq"] as Int)) { remade.insert(NodeID(r["event"] as String)) }
        }
        let quotesFirst = (first["quotes"] as Int) != 0
        let setter = NodeID(first["event"] as String)
        for event in remade.sorted() where quotesFirst || event != setter {
            try remakeStatedEdge(measure, event: event, quotesFirst: quotesFirst)
        }
        var edges: [NodeID: Edge] = [:]
        for r in new {
            let event = NodeID(r["event"] as String)
            if (!quotesFirst && event == setter) || remade.contains(event) { continue }
            let fields = try JSONParser.parse(r["json"] as String)
            let evidence = [try GraphJSON.decodeEvidence(value: fields["evidence"] ?? .null)]
            if edges[event] == nil {
                let stored = try String.fetchOne(db.cachedStatement(sql: "SELECT json FROM edge WHERE source = ? AND target = ? AND relation = 'reiterates'"), arguments: [event.rawValue, measure.rawValue])
                if quotesFirst {
                    // Only an event's first statement counts there: an event stating it before is left alone.
                    if stored != nil { continue }
                    edges[event] = Edge(source: event, target: measure, relation: .reiterates, properties: ["rule": RuleName.reiteratesQuotesEarlierSpeech.json], evidence: evidence)
                    continue
                }
                var edge = Edge(source: event, target: measure, relation: .reiterates, properties: ["rule": RuleName.reiteratesLaterEventStating.json], evidence: [])
                if stored != nil {
                    edge.evidence = try Row.fetchAll(db.cachedStatement(sql: """
                        SELECT document, offset, length, text, kind FROM evidence
                        WHERE edge_source = ? AND edge_target = ? AND edge_relation = 'reiterates'
                        """), arguments: [event.rawValue, measure.rawValue]).map(Self.evidence(row:))
                }
                edges[event] = edge
            } else if quotesFirst {
                continue
            }
            edges[event]?.evidence.mergeEvidence(evidence)
        }
        for (event, edge) in edges { try writeEdge(edge, key: EdgeKey(source: event, target: measure, relation: .reiterates)) }
        return true
    }

    /// The `reiterates` edge of one event stating `measure` (not the event that set it),
    /// made from the event's statements in merge order — each of them, or the first only
    /// when the measure's first statement quotes an earlier speech — as
    /// ``GraphMerger/measureEdges(_:_:)`` makes it.
    func remakeStatedEdge(_ measure: NodeID, event: NodeID, quotesFirst: Bool) throws {
        // `+s.measure`: the event's few statements, not every statement of the measure.
        let rows = try String.fetchAll(db.cachedStatement(sql: """
            SELECT s.json FROM part_event e JOIN part_statement s ON s.doc = e.doc AND s.event = e.local JOIN merged_node n ON n.id = e.cluster
            JOIN document d ON d.id = s.doc WHERE e.cluster = ? AND +s.measure = ? ORDER BY \(Self.statementOrder)
            """), arguments: [event.rawValue, measure.rawValue])
        let rule = quotesFirst ? RuleName.reiteratesQuotesEarlierSpeech : RuleName.reiteratesLaterEventStating
        var edge = Edge(source: event, target: measure, relation: .reiterates, properties: ["rule": rule.json], evidence: [])
        for json in rows.prefix(quotesFirst ? 1 : rows.count) {
            let fields = try JSONParser.parse(json)
            edge.evidence.mergeEvidence([try GraphJSON.decodeEvidence(value: fields["evidence"] ?? .null)])
        }
        try writeEdge(rows.isEmpty ? nil : edge, key: EdgeKey(source: event, target: measure, relation: .reiterates))
    }

    /// True unless the measure's stating events changed date or time (this update) so
    /// that another statement among those stored before now comes first. With the same
    /// first statement, every event keeps its edge: `sets` from the first one's event,
    /// `reiterates` from the others, evidence unchanged.
    func firstStatementKept(_ measure: NodeID) throws -> Bool {
        guard agenda.redatedMeasures.contains(measure) else { return true }
        guard let cached = try Row.fetchOne(db.cachedStatement(sql: "SELECT doc_key, seq FROM measure_first WHERE measure = ?"), arguments: [measure.rawValue]),
            let now = try Row.fetchOne(db.cachedStatement(sql: Self.firstStatement), arguments: [measure.rawValue, added?.row ?? -1])
        else { return false }
        guard (cached["doc_key"] as String) == (now["doc_key"] as String), (cached["seq"] as Int) == (now["seq"] as Int) else { return false }
        // The first statement's own event may have moved in time: keep its key current.
        try recordFirstStatement(measure, excluding: added?.row)
        return true
    }

    /// A measure's first statement in merge order (other than document `?2`'s): an index
    /// walk on the order each statement carries (``stampStatements(doc:local:cluster:)``).
    static let firstStatement = """
        SELECT s.measure, s.quotes, e.cluster AS event, s.date, s.tod, s.path, s.doc_key, s.offset, s.seq
        FROM (SELECT * FROM part_statement WHERE measure = ?1 AND date IS NOT NULL AND doc != ?2 ORDER BY date, tod, path, doc_key, offset, seq LIMIT 1) s
        JOIN part_event e ON e.doc = s.doc AND e.local = s.event
        """

    /// Records the measure's first statement (for ``appendStatements(_:)``).
    func recordFirstStatement(_ measure: NodeID, excluding: Int64? = nil) throws {
        try db.cachedStatement(sql: "DELETE FROM measure_first WHERE measure = ?").execute(arguments: [measure.rawValue])
        try db.cachedStatement(sql: "INSERT INTO measure_first (measure, quotes, event, date, tod, path, doc_key, offset, seq) \(Self.firstStatement)").execute(
                       arguments: [measure.rawValue, excluding ?? -1])
    }

    /// Copies the date and time of day of the merged event a document's event belongs to
    /// onto that event's statements (all members of `cluster`, or member `doc`/`local`),
    /// so that a measure's first statement is found through an index.
    func stampStatements(doc: Int64? = nil, local: String? = nil, cluster: NodeID? = nil) throws {
        let which = cluster != nil ? "e.cluster = ?" : "e.doc = ? AND e.local = ?"
        let arguments: StatementArguments = cluster.map { [$0.rawValue] } ?? [doc, local]
        try db.cachedStatement(sql: """
            UPDATE part_statement SET date = n.date, tod = \(Self.timeOfDayRank("n.time_of_day"))
            FROM part_event e JOIN merged_node n ON n.id = e.cluster
            WHERE e.doc = part_statement.doc AND e.local = part_statement.event AND \(which)
            """).execute(arguments: arguments)
    }

    /// An unknown time of day orders as evening (``GraphMerger/measureEdges(_:_:)``).
    static func timeOfDayRank(_ column: String) -> String {
        "CASE \(column) WHEN 'early_morning' THEN 0 WHEN 'morning' THEN 1 WHEN 'noon' THEN 2 WHEN 'afternoon' THEN 3 ELSE 4 END"
    }

    func measureEdges(_ measure: NodeID) throws -> [Edge] {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT s.json, s.seq, n.id AS event, n.date, n.time_of_day, d.path, d.doc_key, s.doc FROM part_statement s
            JOIN part_event e ON e.doc = s.doc AND e.local = s.event JOIN merged_node n ON n.id = e.cluster JOIN document d ON d.id = s.doc
            WHERE s.measure = ? ORDER BY d.path, d.doc_key, s.seq
            """), arguments: [measure.rawValue])
        var rank: [Int64: Int] = [:]
        var stated: [GraphMerger.Stated] = []
        for r in rows {
            let doc: Int64 = r["doc"]
            if rank[doc] == nil { rank[doc] = rank.count }
            let fields = try JSONParser.parse(r["json"] as String)
            let evidence = try GraphJSON.decodeEvidence(value: fields["evidence"] ?? .null)
            stated.append(GraphMerger.Stated(event: NodeID(r["event"] as String), date: CalendarDate(iso: r["date"])!,
                                             timeOfDay: (r["time_of_day"] as String?).flatMap(TimeOfDay.init(rawValue:)),
                                             document: rank[doc]!, evidence: evidence, quotesEarlier: fields["quotes_earlier"] == .bool(true)))
        }
        return MergeSPI.measureEdges(measure, stated)
    }
}
