@_spi(Merge) import ChronicleCore
import GRDB

/// One row of `node_fact`: a distinct value of one field of a merged person, measure or
/// titled document (``NodeFold/Field``), where it first appears in merge order (the
/// document's path and key, the position in its part), and how many documents give it.
struct NodeFactRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "node_fact"
    var node: String
    var field: String
    var value: String
    var path: String
    var docKey: String
    var pos: Int
    var payload: String?
    var docs: Int

    enum CodingKeys: String, CodingKey {
        case node, field, value, path, docKey = "doc_key", pos, payload, docs
    }

    init(node: String, field: String, value: String, path: String, docKey: String, pos: Int, payload: String?, docs: Int) {
        (self.node, self.field, self.value, self.path, self.docKey, self.pos, self.payload, self.docs) = (node, field, value, path, docKey, pos, payload, docs)
    }

    /// Read by column, not through the coding-key decoder: a person named in every report
    /// has dozens of dated titles, folded from their rows each time a report names them,
    /// and that decoder cost more than the fold.
    init(row: Row) throws {
        (node, field, value, path, docKey) = (try row.decode(forColumn: "node"), try row.decode(forColumn: "field"), try row.decode(forColumn: "value"),
                                              try row.decode(forColumn: "path"), try row.decode(forColumn: "doc_key"))
        (pos, payload, docs) = (try row.decode(forColumn: "pos"), try row.decode(forColumn: "payload"), try row.decode(forColumn: "docs"))
    }

    var contribution: NodeFold.Contribution? {
        NodeFold.Field(rawValue: field).map { NodeFold.Contribution(field: $0, value: value, position: pos, payload: payload) }
    }
}

/// The merged persons, measures and titled documents kept as facts (``NodeFold``): a
/// document adds its parts' values, and a node is folded from its first part and its
/// facts, never from every document naming it. Removing a document rebuilds the facts
/// of the nodes it named from their remaining parts.
struct NodeFacts {
    let db: Database

    /// Adds one document's part of a node. True when the node's fold can change: a value
    /// the node did not have, one this part now gives first (it comes earlier in merge
    /// order), or a title's dates widened. False when the part only restates what earlier
    /// documents gave in that order (a person every report names): the merged node is
    /// what it was, and need not be folded again.
    @discardableResult
    func add(_ part: Node, path: String, docKey: String) throws -> Bool {
        var changed = false
        for item in NodeFold.contributions(of: part) {
            if item.field == .titleDate {
                // Dates widen whichever document comes first.
                let stored = try NodeFactRow.fetchOne(db.cachedStatement(sql: "SELECT * FROM node_fact WHERE node = ? AND field = ? AND value = ?"),
                                                      arguments: [part.id.rawValue, item.field.rawValue, item.value])
                var row = stored ?? NodeFactRow(node: part.id.rawValue, field: item.field.rawValue, value: item.value, path: path, docKey: docKey, pos: item.position, payload: item.payload, docs: 0)
                row.docs += 1
                if row.docs > 1, let old = row.payload, let new = item.payload { row.payload = NodeFold.widened(old, new) }
                if (path, docKey, item.position) < (row.path, row.docKey, row.pos) { (row.path, row.docKey, row.pos) = (path, docKey, item.position) }
                if let stored, (stored.path, stored.docKey, stored.pos, stored.payload) == (row.path, row.docKey, row.pos, row.payload) {
                    try db.cachedStatement(sql: "UPDATE node_fact SET docs = docs + 1 WHERE node = ? AND field = ? AND value = ?")
                        .execute(arguments: [part.id.rawValue, item.field.rawValue, item.value])
                } else {
                    try row.save(db)
                    changed = true
                }
                continue
            }
            // The row as it is after this part: first given here (docs 1) or moved here.
            let after = try Row.fetchOne(db.cachedStatement(sql: """
                INSERT INTO node_fact (node, field, value, path, doc_key, pos, payload, docs) VALUES (?,?,?,?,?,?,?,1)
                ON CONFLICT (node, field, value) DO UPDATE SET docs = docs + 1,
                  payload = CASE WHEN (excluded.path, excluded.doc_key, excluded.pos) < (path, doc_key, pos) THEN excluded.payload ELSE payload END,
                  pos = CASE WHEN (excluded.path, excluded.doc_key, excluded.pos) < (path, doc_key, pos) THEN excluded.pos ELSE pos END,
                  doc_key = CASE WHEN (excluded.path, excluded.doc_key, excluded.pos) < (path, doc_key, pos) THEN excluded.doc_key ELSE doc_key END,
                  path = CASE WHEN (excluded.path, excluded.doc_key, excluded.pos) < (path, doc_key, pos) THEN excluded.path ELSE path END
                RETURNING path, doc_key, pos, docs
                """), arguments: [part.id.rawValue, item.field.rawValue, item.value, path, docKey, item.position, item.payload])
            if let after, (after[3] as Int) > 1, (after[0] as String, after[1] as String, after[2] as Int) != (path, docKey, item.position) { continue }
            changed = true
        }
        return changed
    }

    /// Rebuilds a node's facts from its parts (after a document naming it left).
    func rebuild(_ id: NodeID) throws {
        try db.cachedStatement(sql: "DELETE FROM node_fact WHERE node = ?").execute(arguments: [id.rawValue])
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT json, path, doc_key FROM part_node WHERE node = ? ORDER BY path, doc_key"), arguments: [id.rawValue]) {
            try add(try GraphJSON.decodeNode(id: id, json: row["json"]), path: row["path"], docKey: row["doc_key"])
        }
    }

    /// The node as folding every part in merge order gives it (without evidence); nil
    /// when no document names it.
    func merged(_ id: NodeID) throws -> Node? {
        guard let first = try String.fetchOne(db.cachedStatement(sql: "SELECT json FROM part_node WHERE node = ? ORDER BY path, doc_key LIMIT 1"), arguments: [id.rawValue]) else {
            return nil
        }
        let facts = try NodeFactRow.fetchAll(db.cachedStatement(sql: "SELECT * FROM node_fact WHERE node = ? ORDER BY path, doc_key, pos"), arguments: [id.rawValue])
        return try NodeFold.fold(first: try GraphJSON.decodeNode(id: id, json: first), facts: facts.compactMap(\.contribution))
    }

    /// Fills `node_fact` from every stored part (a store made before facts were kept).
    static func fill(_ db: Database) throws {
        let facts = NodeFacts(db: db)
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT node, json, path, doc_key FROM part_node ORDER BY node, path, doc_key")) {
            try facts.add(try GraphJSON.decodeNode(id: NodeID(row["node"] as String), json: row["json"]), path: row["path"], docKey: row["doc_key"])
        }
    }
}
