import ChronicleCore
import Foundation
import GRDB

/// Why the store could not do what was asked.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    case database(path: String, message: String)
    case notFound(kind: String, name: String, suggestions: [String])

    public var description: String {
        switch self {
        case let .database(path, message): "\(path): database error: \(message)"
        case let .notFound(kind, name, suggestions):
            "no \(kind) matches \"\(name)\"" + (suggestions.isEmpty ? "" : "; closest: " + suggestions.joined(separator: "、"))
        }
    }
}

/// The outcome of storing one document.
public enum IngestOutcome: Sendable, Equatable {
    /// Already in the store (same content hash): nothing changed.
    case unchanged
    /// Stored; the graph now has this many nodes and edges.
    case added(nodes: Int, edges: Int)
    /// A document stored before under the same path had other content: its text was
    /// replaced (its old facts withdrawn) and the graph rebuilt.
    case replaced(nodes: Int, edges: Int)
}

/// The persistent graph: documents (with their text, so the graph can be rebuilt), the
/// graph extracted from all of them, evidence, and full-text search over evidence.
///
/// SQLite through GRDB, in WAL mode with a busy timeout, so that two builds against one
/// file wait for each other instead of failing or corrupting it. Every document is
/// stored in its own transaction: a failure leaves the database as it was before it.
public final class GraphStore: Sendable {
    public let path: String
    let pool: DatabasePool

    public init(path: String) throws(StoreError) {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(60)
        configuration.foreignKeysEnabled = true
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator.migrate(pool)
        } catch {
            throw .database(path: path, message: "\(error)")
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents, graph, evidence, search") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL,
                    content_hash TEXT NOT NULL UNIQUE,
                    text TEXT NOT NULL,
                    date TEXT
                );
                CREATE TABLE node (
                    id TEXT PRIMARY KEY,
                    type TEXT NOT NULL,
                    label TEXT NOT NULL,
                    kind TEXT, level TEXT, date TEXT, end_date TEXT, time_of_day TEXT, category TEXT,
                    json TEXT NOT NULL
                );
                CREATE INDEX node_type_date ON node(type, date);
                CREATE TABLE name (node_id TEXT NOT NULL REFERENCES node(id) ON DELETE CASCADE, name TEXT NOT NULL, normalized TEXT NOT NULL);
                CREATE INDEX name_normalized ON name(normalized);
                CREATE TABLE edge (
                    source TEXT NOT NULL REFERENCES node(id) ON DELETE CASCADE,
                    target TEXT NOT NULL REFERENCES node(id) ON DELETE CASCADE,
                    relation TEXT NOT NULL,
                    json TEXT NOT NULL,
                    PRIMARY KEY (source, target, relation)
                );
                CREATE INDEX edge_target ON edge(target, relation);
                CREATE TABLE evidence (
                    id INTEGER PRIMARY KEY,
                    node_id TEXT REFERENCES node(id) ON DELETE CASCADE,
                    edge_source TEXT, edge_target TEXT, edge_relation TEXT,
                    document TEXT NOT NULL, offset INTEGER NOT NULL, length INTEGER NOT NULL, text TEXT NOT NULL
                );
                CREATE INDEX evidence_node ON evidence(node_id);
                CREATE VIRTUAL TABLE evidence_search USING fts5(text, content='evidence', content_rowid='id', tokenize='trigram');
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
                """)
        }
        migrator.registerMigration("v2: evidence by edge") { db in
            try db.execute(sql: "CREATE INDEX evidence_edge ON evidence(edge_source, edge_target, edge_relation)")
        }
        migrator.registerMigration("v3: corrections") { db in
            // One row per correction, as its own YAML; its status against the graph of
            // the last rebuild (applied, already_true, orphaned) and why.
            try db.execute(sql: """
                CREATE TABLE correction (
                    id INTEGER PRIMARY KEY,
                    yaml TEXT NOT NULL UNIQUE,
                    imported_at TEXT NOT NULL,
                    status TEXT,
                    reason TEXT
                );
                """)
        }
        return migrator
    }

    /// SHA-256-free content hash: FNV-1a 64 of the bytes plus their length (enough to
    /// recognise the same file stored twice).
    public static func contentHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var count = 0
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            count += 1
        }
        return String(hash, radix: 16) + "-" + String(count)
    }

    public var documentCount: Int {
        (try? pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0 }) ?? 0
    }

    /// Stores a document and rebuilds the graph from every stored document, in one
    /// transaction. The same content stored before changes nothing.
    public func ingest(_ document: TextDocument, extractor: Extractor) throws(StoreError) -> IngestOutcome {
        let text = document.text
        let hash = Self.contentHash(text)
        do {
            return try pool.write { db -> IngestOutcome in
                if try Bool.fetchOne(db, sql: "SELECT 1 FROM document WHERE content_hash = ?", arguments: [hash]) == true {
                    return .unchanged
                }
                // The same path with new content: the document was edited; its text is
                // replaced, so its old facts go and its new ones come.
                let replaced = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE path = ?", arguments: [document.path])
                if let replaced {
                    try db.execute(sql: "UPDATE document SET content_hash = ?, text = ? WHERE id = ?", arguments: [hash, text, replaced])
                } else {
                    try db.execute(sql: "INSERT INTO document (path, content_hash, text) VALUES (?, ?, ?)", arguments: [document.path, hash, text])
                }
                let graph = try Self.rebuild(db, extractor: extractor)
                return replaced == nil ? .added(nodes: graph.nodes.count, edges: graph.edges.count) : .replaced(nodes: graph.nodes.count, edges: graph.edges.count)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(path: path, message: "\(error)")
        }
    }

    /// Extracts every stored document, applies every stored correction (recording each
    /// one's status), and stores the result — inside the caller's transaction.
    static func rebuild(_ db: Database, extractor: Extractor) throws -> Graph {
        // The reference date a build was given is kept, so that a later rebuild (a
        // correction imported) anchors partial dates the same way.
        var extractor = extractor
        if let date = extractor.referenceDate {
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('reference_date', ?)", arguments: [date.iso])
        } else if let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'reference_date'") {
            extractor.referenceDate = CalendarDate(iso: stored)
        }
        var graph = try extractAll(db, extractor: extractor)
        let stored = try storedCorrections(db)
        let report = graph.apply(stored.map(\.correction))
        for (item, result) in zip(stored, report.results) {
            try db.execute(sql: "UPDATE correction SET status = ?, reason = ? WHERE id = ?", arguments: [result.status.rawValue, result.reason, item.id])
        }
        try replaceGraph(db, with: graph)
        return graph
    }

    static func storedCorrections(_ db: Database) throws -> [StoredCorrection] {
        try Row.fetchAll(db, sql: "SELECT id, yaml, imported_at, status, reason FROM correction ORDER BY id").map { row in
            let id: Int64 = row["id"]
            guard let correction = try CorrectionFile.parse(row["yaml"], path: "stored correction \(id)").first else {
                throw StoreError.database(path: "", message: "stored correction \(id) is empty")
            }
            return StoredCorrection(id: id, correction: correction, importedAt: row["imported_at"],
                                    status: (row["status"] as String?).flatMap(CorrectionStatus.init(rawValue:)), reason: row["reason"])
        }
    }

    static func extractAll(_ db: Database, extractor: Extractor) throws -> Graph {
        let rows = try Row.fetchAll(db, sql: "SELECT id, path, text FROM document ORDER BY id")
        let documents = rows.map { row in
            TextDocument(id: DocumentID("d\(row["id"] as Int64)"), path: row["path"], text: row["text"])
        }
        let graph = extractor.extract(documents).graph
        for info in graph.documents {
            try db.execute(sql: "UPDATE document SET date = ? WHERE id = ?", arguments: [info.date?.iso, Int(info.id.rawValue.dropFirst())])
        }
        return graph
    }

    /// Replaces the stored graph (nodes, names, edges, evidence, search index).
    public func replaceGraph(_ graph: Graph) throws(StoreError) {
        do {
            try pool.write { db in try Self.replaceGraph(db, with: graph) }
        } catch {
            throw .database(path: path, message: "\(error)")
        }
    }

    static func replaceGraph(_ db: Database, with graph: Graph) throws {
        try db.execute(sql: "DELETE FROM evidence_search; DELETE FROM evidence; DELETE FROM edge; DELETE FROM name; DELETE FROM node;")
        let insertNode = try db.makeStatement(sql: "INSERT INTO node (id, type, label, kind, level, date, end_date, time_of_day, category, json) VALUES (?,?,?,?,?,?,?,?,?,?)")
        let insertName = try db.makeStatement(sql: "INSERT INTO name (node_id, name, normalized) VALUES (?,?,?)")
        let insertEdge = try db.makeStatement(sql: "INSERT INTO edge (source, target, relation, json) VALUES (?,?,?,?)")
        let insertEvidence = try db.makeStatement(sql: "INSERT INTO evidence (node_id, edge_source, edge_target, edge_relation, document, offset, length, text) VALUES (?,?,?,?,?,?,?,?)")
        for node in graph.nodes.values {
            let json = JSONWriter.string(GraphJSON.encode(node), pretty: false)
            try insertNode.execute(arguments: [node.id.rawValue, node.type.rawValue, node.label, node.kind?.rawValue, node.level?.rawValue,
                                               node.date?.iso, node.endDate?.iso, node.timeOfDay?.rawValue, node.category, json])
            for name in Set([node.label] + node.aliases) {
                try insertName.execute(arguments: [node.id.rawValue, name, NameMatch.normalize(name)])
            }
            for e in node.evidence {
                try insertEvidence.execute(arguments: [node.id.rawValue, nil, nil, nil, e.document.rawValue, e.offset, e.length, e.text])
            }
        }
        for edge in graph.edges {
            let json = JSONWriter.string(GraphJSON.encode(edge), pretty: false)
            try insertEdge.execute(arguments: [edge.source.rawValue, edge.target.rawValue, edge.relation.rawValue, json])
            for e in edge.evidence {
                try insertEvidence.execute(arguments: [nil, edge.source.rawValue, edge.target.rawValue, edge.relation.rawValue, e.document.rawValue, e.offset, e.length, e.text])
            }
        }
        try db.execute(sql: "INSERT INTO evidence_search(evidence_search) VALUES('rebuild')")
        let documents = graph.documents.map { GraphJSON.encode($0) }
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('documents', ?)", arguments: [JSONWriter.string(.array(documents), pretty: false)])
    }

    /// The whole stored graph.
    public func graph() throws(StoreError) -> Graph {
        do {
            return try pool.read { db in
                let documentsJSON = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'documents'") ?? "[]"
                var nodes: [(key: String, value: JSONValue)] = []
                for row in try Row.fetchAll(db, sql: "SELECT id, json FROM node ORDER BY rowid") {
                    nodes.append((row["id"], try JSONParser.parse(row["json"] as String)))
                }
                var edges: [JSONValue] = []
                for json in try String.fetchAll(db, sql: "SELECT json FROM edge ORDER BY rowid") {
                    edges.append(try JSONParser.parse(json))
                }
                let root: JSONValue = .object([("graph", .object([
                    ("directed", .bool(true)),
                    ("metadata", .object([("documents", try JSONParser.parse(documentsJSON))])),
                    ("nodes", .object(nodes)), ("edges", .array(edges)),
                ]))])
                return try GraphJSON.decode(Array(JSONWriter.string(root).utf8), path: path)
            }
        } catch let error as GraphJSONError {
            throw .database(path: path, message: "the stored graph is damaged: \(error)")
        } catch {
            throw .database(path: path, message: "\(error)")
        }
    }

    /// `PRAGMA integrity_check`: "ok" for a sound database.
    public func integrityCheck() throws(StoreError) -> String {
        do {
            return try pool.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
        } catch {
            throw .database(path: path, message: "\(error)")
        }
    }
}

/// A stored correction and what became of it at the last rebuild.
public struct StoredCorrection: Sendable {
    public var id: Int64
    public var correction: Correction
    public var importedAt: String
    public var status: CorrectionStatus?
    public var reason: String?
}

extension GraphStore {
    /// Imports corrections and rebuilds the graph with them, in one transaction. A
    /// correction already stored (same operation, note, author and time) is not added
    /// twice, so importing a file again changes nothing. Returns how many were new.
    public func importCorrections(_ corrections: [Correction], extractor: Extractor, importedAt: String) throws(StoreError) -> Int {
        do {
            return try pool.write { db -> Int in
                var added = 0
                for correction in corrections {
                    let yaml = CorrectionFile.yaml([Correction(correction.operation, note: correction.note, by: correction.by, at: correction.at)])
                    try db.execute(sql: "INSERT OR IGNORE INTO correction (yaml, imported_at) VALUES (?, ?)", arguments: [yaml, importedAt])
                    added += db.changesCount
                }
                if added > 0 { _ = try Self.rebuild(db, extractor: extractor) }
                return added
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(path: path, message: "\(error)")
        }
    }

    /// Every stored correction in import order, with its status at the last rebuild.
    public func corrections() throws(StoreError) -> [StoredCorrection] {
        do {
            return try pool.read { db in try Self.storedCorrections(db) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(path: path, message: "\(error)")
        }
    }
}
