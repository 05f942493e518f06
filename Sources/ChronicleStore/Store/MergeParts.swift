@_spi(Merge) import ChronicleCore
import Foundation
import GRDB

/// Step 1 of the merge: a document's parts stored (events, nodes, edges, statements,
/// references) or withdrawn, and what they touch put on the agenda.
extension IncrementalMerge {
    // MARK: Parts in and out

    /// Stores the parts of a document already inserted as row `row`.
    mutating func add(_ graph: DocumentGraph, row: Int64) throws {
        try Self.timed("parts") { try addParts(graph, row: row) }
    }

    mutating func addParts(_ graph: DocumentGraph, row: Int64) throws {
        let key = graph.document.id.rawValue
        var span = try Int.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'max_event_span'")) ?? 0
        for (i, event) in graph.events.enumerated() {
            guard let date = event.date else { continue }
            let end = max(date, event.endDate ?? date)
            try db.cachedStatement(sql: "INSERT INTO part_event (doc, local, seq, day_from, day_to, json) VALUES (?,?,?,?,?,?)").execute(
                           arguments: [row, event.id.rawValue, i, date.iso, end.iso, Self.json(event)])
            agenda.dateRanges.append((date.iso, end.iso))
            span = max(span, Self.days(from: date, to: end))
        }
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('max_event_span', ?)").execute(arguments: [span])
        added = (row, graph.document.path, key)
        let facts = NodeFacts(db: db)
        for (i, node) in graph.nodes.enumerated() {
            var bare = node
            bare.evidence = []
            let changed = try facts.add(bare, path: graph.document.path, docKey: key)
            try db.cachedStatement(sql: "INSERT INTO part_node (doc, node, seq, json, evidence, path, doc_key) VALUES (?,?,?,?,?,?,?)").execute(
                           arguments: [row, node.id.rawValue, i, Self.json(bare), JSONWriter.string(.array(node.evidence.map(GraphJSON.encode)), pretty: false),
                                       graph.document.path, key])
            agenda.pendingEvidence += node.evidence.map { (node.id, $0) }
            // A part that only restates the node in its order leaves the fold as it was.
            let merged = try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM merged_node WHERE id = ?"), arguments: [node.id.rawValue]) == true
            if changed || !merged {
                agenda.nodes.insert(node.id)
            }
        }
        let events = Set(graph.events.map(\.id))
        for (i, edge) in graph.edges.enumerated() {
            let source = events.contains(edge.source) ? nil : edge.source.rawValue
            let target = events.contains(edge.target) ? nil : edge.target.rawValue
            try db.cachedStatement(sql: "INSERT INTO part_edge (doc, seq, local_source, local_target, relation, source, target, json) VALUES (?,?,?,?,?,?,?,?)").execute(
                           arguments: [row, i, edge.source.rawValue, edge.target.rawValue, edge.relation.rawValue, source, target, JSONWriter.string(GraphJSON.encode(edge), pretty: false)])
        }
        for (i, statement) in graph.statements.enumerated() {
            let json: JSONValue = .object([("quotes_earlier", .bool(statement.quotesEarlier)), ("evidence", GraphJSON.encode(statement.evidence))])
            try db.cachedStatement(sql: "INSERT INTO part_statement (doc, seq, measure, event, offset, quotes, json, path, doc_key) VALUES (?,?,?,?,?,?,?,?,?)").execute(
                           arguments: [row, i, statement.measure.rawValue, statement.event.rawValue, statement.evidence.offset, statement.quotesEarlier,
                                       JSONWriter.string(json, pretty: false), graph.document.path, key])
            agenda.measures.insert(statement.measure)
        }
        for (i, reference) in graph.references.enumerated() {
            let flags = MergeSPI.instructionFlags(reference)
            let json: JSONValue = .object([("text", .string(reference.text)), ("rule", .string(reference.rule)), ("evidence", GraphJSON.encode(reference.evidence))])
            try db.cachedStatement(sql: "INSERT INTO part_reference (doc, seq, source_local, kind, date, instruction, recent, json) VALUES (?,?,?,?,?,?,?,?)").execute(
                           arguments: [row, i, reference.source.rawValue, reference.kind.rawValue, reference.date?.iso, flags.instruction, flags.recent, JSONWriter.string(json, pretty: false)])
            let id = db.lastInsertedRowID
            // A reference with a day written in it names only an event of that day; the
            // others are found by name, through their bigrams.
            if reference.date == nil && reference.kind != .instructionAuthors {
                let grams = MergeSPI.referenceGrams(reference)
                for gram in grams.name.normalized + grams.raw {
                    try db.cachedStatement(sql: "INSERT INTO reference_gram (gram, reference) VALUES (?, ?)").execute(arguments: [gram, id])
                }
            }
            agenda.references.insert(id)
        }
    }

    /// Withdraws document `row` (key `key`): its parts, its evidence, and marks what
    /// they touched.
    mutating func remove(row: Int64, key: String) throws {
        for r in try Row.fetchAll(db.cachedStatement(sql: "SELECT day_from, day_to, cluster FROM part_event WHERE doc = ?"), arguments: [row]) {
            agenda.dateRanges.append((r["day_from"], r["day_to"]))
            if let cluster: String = r["cluster"] { agenda.goneEvents.insert(NodeID(cluster)) }
        }
        for node in try String.fetchAll(db.cachedStatement(sql: "SELECT node FROM part_node WHERE doc = ?"), arguments: [row]) {
            agenda.nodes.insert(NodeID(node))
            agenda.nodeFacts.insert(NodeID(node))
        }
        for r in try Row.fetchAll(db.cachedStatement(sql: "SELECT source, target, relation FROM part_edge WHERE doc = ? AND source IS NOT NULL AND target IS NOT NULL"), arguments: [row]) {
            if let key = Self.edgeKey(r) { agenda.edges.insert(key) }
        }
        for measure in try String.fetchAll(db.cachedStatement(sql: "SELECT measure FROM part_statement WHERE doc = ?"), arguments: [row]) { agenda.reorderedMeasures.insert(NodeID(measure)) }
        for r in try Row.fetchAll(db.cachedStatement(sql: "SELECT t.source, t.target FROM reference_target t JOIN part_reference r ON r.id = t.reference WHERE r.doc = ?"), arguments: [row]) {
            agenda.edges.insert(EdgeKey(source: NodeID(r["source"] as String), target: NodeID(r["target"] as String), relation: .conveys))
        }
        try db.cachedStatement(sql: "DELETE FROM evidence WHERE document = ?").execute(arguments: [key])
        try db.cachedStatement(sql: "DELETE FROM document WHERE id = ?").execute(arguments: [row])
        agenda.removedAny = true
    }
}
