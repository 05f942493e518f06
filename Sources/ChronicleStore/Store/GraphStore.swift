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
    /// replaced (its old facts withdrawn, its new ones merged).
    case replaced(nodes: Int, edges: Int)
}

/// The persistent graph: documents (their text and their own extracted graph, kept as
/// parts), the merge of all of them kept up to date one document at a time
/// (``IncrementalMerge``), the corrections applied to it, evidence, and full-text search
/// over evidence.
///
/// SQLite through GRDB, in WAL mode with a busy timeout, so that two builds against one
/// file wait for each other instead of failing or corrupting it. Every document is
/// stored in its own transaction: a failure leaves the database as it was before it.
public final class GraphStore: Sendable {
    public let path: String
    let pool: DatabasePool
    /// Merged events prepared for weighing references, kept between this store's writes.
    let preparedEvents = PreparedEvents()
    let decodedParts = DecodedParts()
    let nameCandidates = NameCandidates()

    public init(path: String) throws(StoreError) {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(60)
        configuration.foreignKeysEnabled = true
        // Readers map the file instead of copying pages into each connection's cache:
        // the pages of a large store are shared through the OS page cache (the web
        // workspace reads with several connections at once).
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA mmap_size = 1073741824")
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000")
                // The one writer keeps 64 MB of pages (SQLite's default is 2 MB): a store
                // larger than the map (a hot archive of 10,000 reports is 4.4 GB) otherwise
                // reads the same index pages again for every document (a fifth of its CPU
                // in pread at 10,000; 45 → 37 ms a document).
                try db.execute(sql: "PRAGMA cache_size = -65536")
            }
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator.migrate(pool)
            // A store made before documents kept their own graphs: re-extract them now, so
            // that reading it (query, render, export) never finds the graph missing.
            if try pool.read({ db in try Int.fetchOne(db, sql: "SELECT count(*) FROM document_content WHERE graph IS NULL") ?? 0 }) > 0 {
                try pool.write { db in try Self.upgradeIfNeeded(db, extractor: Extractor(referenceDate: try Self.storedReference(db))) }
            }
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
            // the last update (applied, already_true, orphaned) and why.
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
        migrator.registerMigration("v4: per-document parts, incremental merge") { db in
            // Each document keeps its own extracted graph and its parts; merged_node holds their
            // merge (GraphMerger) before corrections, node / edge / evidence what readers see
            // (the merge with corrections applied); both kept up to date one document at a
            // time. Stores made before are re-extracted on their next build (document_content.graph IS NULL).
            try db.execute(sql: """
                DELETE FROM evidence; DELETE FROM edge; DELETE FROM name; DELETE FROM node; DELETE FROM meta WHERE key = 'documents';
                INSERT INTO evidence_search(evidence_search) VALUES('delete-all');
                ALTER TABLE document ADD COLUMN doc_key TEXT;
                CREATE INDEX document_key ON document(doc_key);
                -- Text and per-document graph apart, so document rows stay small (merging
                -- joins them for path and id all the time).
                CREATE TABLE document_content (
                    doc INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
                    text TEXT NOT NULL, graph TEXT
                );
                CREATE INDEX document_content_pending ON document_content(doc) WHERE graph IS NULL;
                INSERT INTO document_content (doc, text) SELECT id, text FROM document;
                UPDATE document SET text = '';
                CREATE INDEX document_path ON document(path);
                CREATE TABLE merged_node (
                    id TEXT PRIMARY KEY, type TEXT NOT NULL, kind TEXT, date TEXT, time_of_day TEXT,
                    organizer TEXT, place TEXT, first_evidence TEXT, draft TEXT, json TEXT NOT NULL
                );
                CREATE INDEX merged_node_organizer ON merged_node(organizer);
                CREATE INDEX merged_node_place ON merged_node(place);
                CREATE INDEX merged_node_kind_date ON merged_node(kind, date);
                CREATE INDEX merged_node_type_date ON merged_node(type, date);
                CREATE INDEX name_node ON name(node_id);
                CREATE INDEX edge_source ON edge(source, relation);
                ALTER TABLE evidence ADD COLUMN kind TEXT;
                ALTER TABLE evidence ADD COLUMN via TEXT;
                CREATE INDEX evidence_via ON evidence(via);
                CREATE INDEX evidence_document ON evidence(document);
                CREATE INDEX evidence_edge_target ON evidence(edge_target);
                CREATE TRIGGER evidence_indexed AFTER INSERT ON evidence BEGIN
                    INSERT INTO evidence_search(rowid, text) VALUES (new.id, new.text);
                END;
                CREATE TRIGGER evidence_unindexed AFTER DELETE ON evidence BEGIN
                    INSERT INTO evidence_search(evidence_search, rowid, text) VALUES ('delete', old.id, old.text);
                END;
                CREATE TABLE part_event (
                    doc INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    local TEXT NOT NULL, seq INTEGER NOT NULL,
                    day_from TEXT NOT NULL, day_to TEXT NOT NULL,
                    cluster TEXT, json TEXT NOT NULL,
                    PRIMARY KEY (doc, local)
                );
                CREATE INDEX part_event_day ON part_event(day_from);
                CREATE INDEX part_event_cluster ON part_event(cluster);
                CREATE TABLE part_node (
                    doc INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    node TEXT NOT NULL, seq INTEGER NOT NULL, json TEXT NOT NULL, evidence TEXT NOT NULL,
                    path TEXT NOT NULL, doc_key TEXT NOT NULL,
                    PRIMARY KEY (doc, node)
                );
                CREATE INDEX part_node_node ON part_node(node, path, doc_key);
                CREATE TABLE part_edge (
                    doc INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    seq INTEGER NOT NULL, local_source TEXT NOT NULL, local_target TEXT NOT NULL, relation TEXT NOT NULL,
                    source TEXT, target TEXT, json TEXT NOT NULL,
                    PRIMARY KEY (doc, seq)
                );
                CREATE INDEX part_edge_key ON part_edge(source, target, relation);
                CREATE INDEX part_edge_target ON part_edge(target);
                CREATE INDEX part_edge_local_source ON part_edge(doc, local_source);
                CREATE INDEX part_edge_local_target ON part_edge(doc, local_target);
                CREATE TABLE part_statement (
                    doc INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    seq INTEGER NOT NULL, measure TEXT NOT NULL, event TEXT NOT NULL, offset INTEGER NOT NULL, quotes INTEGER NOT NULL,
                    json TEXT NOT NULL,
                    PRIMARY KEY (doc, seq)
                );
                CREATE INDEX part_statement_measure ON part_statement(measure);
                CREATE INDEX part_statement_event ON part_statement(doc, event);
                CREATE TABLE measure_first (
                    measure TEXT PRIMARY KEY, quotes INTEGER NOT NULL, event TEXT NOT NULL, date TEXT NOT NULL, tod INTEGER NOT NULL,
                    path TEXT NOT NULL, doc_key TEXT NOT NULL, offset INTEGER NOT NULL, seq INTEGER NOT NULL
                );
                CREATE TABLE part_reference (
                    id INTEGER PRIMARY KEY,
                    doc INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    seq INTEGER NOT NULL, source_local TEXT NOT NULL, kind TEXT NOT NULL, date TEXT,
                    instruction INTEGER NOT NULL, recent INTEGER NOT NULL, source_date TEXT, json TEXT NOT NULL
                );
                CREATE INDEX part_reference_source ON part_reference(doc, source_local);
                CREATE INDEX part_reference_date ON part_reference(kind, date);
                CREATE INDEX part_reference_instruction ON part_reference(instruction, source_date);
                CREATE TABLE reference_gram (
                    gram INTEGER NOT NULL, source_date TEXT,
                    reference INTEGER NOT NULL REFERENCES part_reference(id) ON DELETE CASCADE
                );
                CREATE INDEX reference_gram_gram ON reference_gram(gram, source_date);
                CREATE INDEX reference_gram_reference ON reference_gram(reference);
                CREATE TABLE reference_target (
                    reference INTEGER NOT NULL REFERENCES part_reference(id) ON DELETE CASCADE,
                    source TEXT NOT NULL, target TEXT NOT NULL
                );
                CREATE INDEX reference_target_reference ON reference_target(reference);
                CREATE INDEX reference_target_target ON reference_target(target);
                CREATE INDEX reference_target_source ON reference_target(source);
                CREATE TABLE event_gram (
                    gram INTEGER NOT NULL,
                    event TEXT NOT NULL REFERENCES merged_node(id) ON DELETE CASCADE,
                    name INTEGER NOT NULL, need INTEGER NOT NULL
                );
                CREATE INDEX event_gram_gram ON event_gram(gram);
                CREATE INDEX event_gram_event ON event_gram(event);
                """)
        }
        migrator.registerMigration("v5: node facts, statements in order") { db in
            // Per merged person, measure or titled document: each distinct value of each
            // field and where it first appears in merge order (NodeFacts), so a node named
            // by every document is folded without reading every document's part.
            try db.execute(sql: """
                CREATE TABLE node_fact (
                    node TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL,
                    path TEXT NOT NULL, doc_key TEXT NOT NULL, pos INTEGER NOT NULL, payload TEXT, docs INTEGER NOT NULL,
                    PRIMARY KEY (node, field, value)
                ) WITHOUT ROWID;
                """)
            try NodeFacts.fill(db)
            // Each statement of a measure carries its place in merge order (its event's
            // date and time of day, its document), so a measure's first statement is an
            // index walk, not a sort of every statement.
            try db.execute(sql: """
                ALTER TABLE part_statement ADD COLUMN date TEXT;
                ALTER TABLE part_statement ADD COLUMN tod INTEGER;
                ALTER TABLE part_statement ADD COLUMN path TEXT;
                ALTER TABLE part_statement ADD COLUMN doc_key TEXT;
                UPDATE part_statement SET path = d.path, doc_key = d.doc_key FROM document d WHERE d.id = part_statement.doc;
                UPDATE part_statement SET date = n.date, tod = \(IncrementalMerge.timeOfDayRank("n.time_of_day"))
                    FROM part_event e JOIN merged_node n ON n.id = e.cluster WHERE e.doc = part_statement.doc AND e.local = part_statement.event;
                CREATE INDEX part_statement_order ON part_statement(measure, date, tod, path, doc_key, offset, seq);
                """)
        }
        // The search index is written once per transaction (``IncrementalMerge/indexSentences()``),
        // not by a trigger per sentence: FTS5 writes what it holds to disk at every
        // statement's savepoint, so a sentence indexed at a time was one segment (and its
        // merges) per sentence. Sentences get ids above every id indexed; a sentence
        // deleted once indexed is noted, and taken out of the index with the others.
        migrator.registerMigration("v6: search index written once per transaction") { db in
            try db.execute(sql: """
                DROP TRIGGER evidence_indexed;
                DROP TRIGGER evidence_unindexed;
                CREATE TABLE evidence_unindexed (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
                INSERT OR REPLACE INTO meta (key, value) VALUES ('evidence_indexed', (SELECT coalesce(max(id), 0) FROM evidence));
                CREATE TRIGGER evidence_deleted AFTER DELETE ON evidence
                WHEN old.id <= coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'evidence_indexed'), 0) BEGIN
                    INSERT INTO evidence_unindexed (id, text) VALUES (old.id, old.text);
                END;
                """)
        }
        // Candidates by bigram (an event's names, a reference's text) read from the index
        // alone: with the index on the gram only, every matching row was a lookup in the
        // table (for its event and name), most of the time weighing references took.
        migrator.registerMigration("v7: bigram indexes that hold what is read") { db in
            try db.execute(sql: """
                CREATE INDEX event_gram_covering ON event_gram(gram, name, event, need);
                DROP INDEX event_gram_gram;
                CREATE INDEX reference_gram_covering ON reference_gram(gram, source_date, reference);
                DROP INDEX reference_gram_gram;
                """)
        }
        // An event name of six or more characters is a candidate for a reference that
        // holds all of its bigrams; found by its two smallest bigrams (both must be in
        // the reference) instead of by every bigram it shares with the reference, which
        // read every event name holding 会议 or 精神.
        migrator.registerMigration("v8: event names keyed by their two smallest bigrams") { db in
            try db.execute(sql: """
                CREATE TABLE event_name_key (
                    event TEXT NOT NULL REFERENCES merged_node(id) ON DELETE CASCADE,
                    name INTEGER NOT NULL, first INTEGER NOT NULL, second INTEGER NOT NULL
                );
                INSERT INTO event_name_key (event, name, first, second)
                    WITH ranked AS (SELECT event, name, gram, row_number() OVER (PARTITION BY event, name ORDER BY gram) AS rank FROM event_gram WHERE name >= 0)
                    SELECT event, name, max(CASE WHEN rank = 1 THEN gram END), coalesce(max(CASE WHEN rank = 2 THEN gram END), max(CASE WHEN rank = 1 THEN gram END))
                    FROM ranked GROUP BY event, name;
                CREATE INDEX event_name_key_grams ON event_name_key(first, second, event);
                CREATE INDEX event_name_key_event ON event_name_key(event);
                """)
        }
        return migrator
    }

    /// CPU seconds the incremental merge spent in each phase in this process (benchmarks).
    public static var mergeProfile: [String: Double] { IncrementalMerge.phaseSeconds.withLock { $0 } }

    /// The content hash recorded for a document (``ContentHash/string(_:)``).
    public static func contentHash(_ text: String) -> String { ContentHash.string(text) }

    /// How many nodes and edges the stored graph has (without reading it).
    public func counts() throws(StoreError) -> (nodes: Int, edges: Int) {
        do {
            return try pool.read { db in
                (try Int.fetchOne(db, sql: "SELECT count(*) FROM node") ?? 0, try Int.fetchOne(db, sql: "SELECT count(*) FROM edge") ?? 0)
            }
        } catch {
            throw .database(path: path, message: "\(error)")
        }
    }

    public var documentCount: Int {
        (try? pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0 }) ?? 0
    }

    /// Stores a document and merges its graph into the stored one, in one transaction:
    /// only what the document touches is recomputed (``IncrementalMerge``). The same
    /// content stored before changes nothing; a document stored before under the same
    /// path with other content is replaced (its old facts withdrawn first).
    public func ingest(_ document: TextDocument, extractor: Extractor) throws(StoreError) -> IngestOutcome {
        let text = document.text
        let hash = Self.contentHash(text)
        do {
            if try pool.read({ db in try Bool.fetchOne(db, sql: "SELECT 1 FROM document WHERE content_hash = ?", arguments: [hash]) }) == true {
                return .unchanged
            }
            // Extraction runs before the write lock is taken: other builds and readers go on.
            var extractor = extractor
            if extractor.referenceDate == nil {
                extractor.referenceDate = try pool.read { db in try Self.storedReference(db) }
            }
            let graph = IncrementalMerge.timed("extract") { extractor.documentGraph(document).graph }
            return try pool.write { db -> IngestOutcome in
                try IncrementalMerge.timed("store") { try Self.store(db, graph: graph, hash: hash, text: text, extractor: extractor, preparedEvents: preparedEvents, decodedParts: decodedParts, nameCandidates: nameCandidates) }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(path: path, message: "\(error)")
        }
    }

    /// Stores a document graph extracted elsewhere (`chronicle extract --jsonl`) and
    /// merges it; the document's text is not kept. Same outcomes as ``ingest(_:extractor:)``.
    public func ingest(_ graph: DocumentGraph, contentHash: String?, lexicon: Lexicon = .standard) throws(StoreError) -> IngestOutcome {
        try write(graph, hash: contentHash ?? "id:" + graph.document.id.rawValue, text: "", lexicon: lexicon)
    }

    /// Stores a document already extracted in this process (``Extractor/documentGraph(_:)``
    /// of `document`, each document with its own reference date if need be) with its
    /// text, and merges it: what ``ingest(_:extractor:)`` does after extracting, so that
    /// many threads can extract while one writes. The same text stored before changes
    /// nothing. (The store keeps one reference date: a later build with another one
    /// re-extracts the stored texts with that date.)
    public func ingest(_ graph: DocumentGraph, of document: TextDocument, lexicon: Lexicon = .standard) throws(StoreError) -> IngestOutcome {
        let text = document.text
        return try write(graph, hash: Self.contentHash(text), text: text, lexicon: lexicon)
    }

    func write(_ graph: DocumentGraph, hash: String, text: String, lexicon: Lexicon) throws(StoreError) -> IngestOutcome {
        do {
            return try pool.write { db -> IngestOutcome in
                try IncrementalMerge.timed("store") { try Self.store(db, graph: graph, hash: hash, text: text, extractor: Extractor(lexicon: lexicon), preparedEvents: preparedEvents, decodedParts: decodedParts, nameCandidates: nameCandidates) }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(path: path, message: "\(error)")
        }
    }

    static func store(_ db: Database, graph: DocumentGraph, hash: String, text: String, extractor: Extractor, preparedEvents: PreparedEvents, decodedParts: DecodedParts,
                      nameCandidates: NameCandidates) throws -> IngestOutcome {
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM document WHERE content_hash = ? OR doc_key = ?"), arguments: [hash, graph.document.id.rawValue]) == true {
            return .unchanged
        }
        try IncrementalMerge.timed("upgrade check") { try upgradeIfNeeded(db, extractor: extractor) }
        let candidateIndex = try nameCandidates.take(db)
        var merge = IncrementalMerge(db: db, lexicon: extractor.lexicon, preparedEvents: preparedEvents, decodedParts: decodedParts, candidateIndex: candidateIndex)
        // The same path with new content: the document was edited; its old facts go.
        let replaced = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, doc_key FROM document WHERE path = ?"), arguments: [graph.document.path])
        if let replaced { try merge.remove(row: replaced["id"], key: replaced["doc_key"] ?? "") }
        try db.cachedStatement(sql: "INSERT INTO document (path, content_hash, text, date, doc_key) VALUES (?, ?, '', ?, ?)").execute(
                       arguments: [graph.document.path, hash, graph.document.date?.iso, graph.document.id.rawValue])
        let row = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO document_content (doc, text, graph) VALUES (?, ?, ?)").execute(arguments: [row, text, DocumentGraphJSON.line(graph)])
        try merge.add(graph, row: row)
        try finish(&merge, db)
        let nodes = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM node")) ?? 0
        let edges = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM edge")) ?? 0
        try nameCandidates.keep(candidateIndex, db)
        return replaced == nil ? .added(nodes: nodes, edges: edges) : .replaced(nodes: nodes, edges: edges)
    }

    /// Brings the graph up to date and applies the stored corrections again, recording
    /// each one's status; the facts of `restoring` (corrections just removed) are
    /// written back as the stored ones leave them.
    static func finish(_ merge: inout IncrementalMerge, _ db: Database, restoring: [Correction] = []) throws {
        let stored = try storedCorrections(db)
        let report = try merge.finish(corrections: stored.map(\.correction), restoring: restoring)
        for (item, result) in zip(stored, report.results) {
            try db.cachedStatement(sql: "UPDATE correction SET status = ?, reason = ? WHERE id = ?").execute(arguments: [result.status.rawValue, result.reason, item.id])
        }
    }

    static func storedReference(_ db: Database) throws -> CalendarDate? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'reference_date'")).flatMap(CalendarDate.init(iso:))
    }

    /// Re-extracts every stored document when the store was made before documents kept
    /// their own graphs, or when a build gives another reference date than the one the
    /// stored graphs were extracted with (it anchors partial dates).
    static func upgradeIfNeeded(_ db: Database, extractor: Extractor) throws {
        let stored = try storedReference(db)
        let changedReference = extractor.referenceDate != nil && extractor.referenceDate != stored
        if let date = extractor.referenceDate {
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('reference_date', ?)").execute(arguments: [date.iso])
        }
        let missing = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM document_content WHERE graph IS NULL")) ?? 0
        // Whether any document is stored, asked only when the reference date changed (a
        // count of every document on each one stored grew with the store).
        let anyStored = try changedReference && (Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM document)")) ?? false)
        guard missing > 0 || anyStored else { return }
        try db.execute(sql: """
            DELETE FROM part_event; DELETE FROM part_node; DELETE FROM part_edge; DELETE FROM part_statement; DELETE FROM part_reference; DELETE FROM measure_first; DELETE FROM node_fact;
            DELETE FROM evidence; DELETE FROM edge; DELETE FROM name; DELETE FROM node; DELETE FROM merged_node; DELETE FROM meta WHERE key = 'max_event_span';
            """)
        var merge = IncrementalMerge(db: db, lexicon: extractor.lexicon)
        for row in try Row.fetchAll(db, sql: "SELECT d.id, d.path, c.text, c.graph FROM document d JOIN document_content c ON c.doc = d.id ORDER BY d.id") {
            let text: String = row["text"]
            let graph: DocumentGraph
            if text.isEmpty, let line: String = row["graph"] {
                graph = try DocumentGraphJSON.decode(line, path: "stored document \(row["id"] as Int64)", line: 1).graph
            } else {
                graph = extractor.documentGraph(TextDocument(path: row["path"], text: text)).graph
            }
            try db.execute(sql: "UPDATE document SET doc_key = ?, date = ? WHERE id = ?",
                           arguments: [graph.document.id.rawValue, graph.document.date?.iso, row["id"] as Int64])
            try db.execute(sql: "UPDATE document_content SET graph = ? WHERE doc = ?", arguments: [DocumentGraphJSON.line(graph), row["id"] as Int64])
            try merge.add(graph, row: row["id"])
        }
        try finish(&merge, db)
    }

    /// Withdraws a stored document (named by its path as stored, or its id): exactly its
    /// facts go, in one transaction. Returns the path removed.
    @discardableResult
    public func remove(_ name: String, lexicon: Lexicon = .standard) throws(StoreError) -> String {
        do {
            return try pool.write { db -> String in
                var row = try Row.fetchOne(db, sql: "SELECT id, doc_key, path FROM document WHERE path = ? OR doc_key = ?", arguments: [name, name])
                if row == nil {
                    let ends = try Row.fetchAll(db, sql: "SELECT id, doc_key, path FROM document WHERE path LIKE ? ESCAPE '\\'", arguments: ["%/" + Self.likeEscaped(name)])
                    if ends.count == 1 { row = ends[0] }
                }
                guard let row else {
                    let paths = try String.fetchAll(db, sql: "SELECT path FROM document ORDER BY path")
                    let close = paths.filter { $0.contains(name) || name.contains(($0 as NSString).lastPathComponent) }
                    throw StoreError.notFound(kind: "stored document", name: name, suggestions: Array(close.prefix(5)))
                }
                try Self.upgradeIfNeeded(db, extractor: Extractor(lexicon: lexicon))
                var merge = IncrementalMerge(db: db, lexicon: lexicon)
                try merge.remove(row: row["id"], key: row["doc_key"] ?? "")
                try Self.finish(&merge, db)
                return row["path"]
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(path: path, message: "\(error)")
        }
    }

    static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }

    static func storedCorrections(_ db: Database) throws -> [StoredCorrection] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT id, yaml, imported_at, status, reason FROM correction ORDER BY id")).map { row in
            let id: Int64 = row["id"]
            guard let correction = try CorrectionFile.parse(row["yaml"], path: "stored correction \(id)").first else {
                throw StoreError.database(path: "", message: "stored correction \(id) is empty")
            }
            return StoredCorrection(id: id, correction: correction, importedAt: row["imported_at"],
                                    status: (row["status"] as String?).flatMap(CorrectionStatus.init(rawValue:)), reason: row["reason"])
        }
    }

    /// Replaces the stored graph with `graph` (no documents or parts: for benchmarks and
    /// tools that made a graph elsewhere; a later build merges documents on top).
    public func replaceGraph(_ graph: Graph) throws(StoreError) {
        do {
            try pool.write { db in try Self.replaceGraph(db, with: graph) }
        } catch {
            throw .database(path: path, message: "\(error)")
        }
    }

    static func replaceGraph(_ db: Database, with graph: Graph) throws {
        try db.execute(sql: "DELETE FROM evidence; DELETE FROM edge; DELETE FROM name; DELETE FROM node; DELETE FROM merged_node;")
        let merge = IncrementalMerge(db: db, lexicon: .standard)
        for node in graph.nodes.values {
            try merge.writeNode(node)
            for e in node.evidence { try merge.insertEvidence(e, node: node.id) }
        }
        for edge in graph.edges {
            try merge.writeEdge(edge, key: .init(source: edge.source, target: edge.target, relation: edge.relation))
        }
        try merge.indexSentences()
    }

    /// The whole stored graph, in canonical order (``Graph/canonical()``): equal to
    /// merging the stored documents' graphs at once and applying the corrections.
    public func graph() throws(StoreError) -> Graph {
        do {
            return try pool.read { db in
                var graph = Graph()
                for row in try Row.fetchAll(db, sql: "SELECT doc_key, path, date FROM document ORDER BY path, doc_key") {
                    graph.documents.append(DocumentInfo(id: DocumentID(row["doc_key"] as String? ?? ""), path: row["path"],
                                                        date: (row["date"] as String?).flatMap(CalendarDate.init(iso:))))
                }
                let order = "ORDER BY d.path IS NULL, d.path, e.document, e.offset, e.length, e.text"
                var nodeEvidence: [String: [Evidence]] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT e.node_id AS owner, e.document, e.offset, e.length, e.text, e.kind FROM evidence e LEFT JOIN document d ON d.doc_key = e.document WHERE e.node_id IS NOT NULL \(order)") {
                    Self.append(row, to: &nodeEvidence[row["owner"], default: []])
                }
                for row in try Row.fetchAll(db, sql: "SELECT id, json FROM node ORDER BY id") {
                    var node = try GraphJSON.decodeNode(id: NodeID(row["id"] as String), json: row["json"])
                    node.evidence = nodeEvidence[row["id"]] ?? []
                    graph.upsert(node)
                }
                var edgeEvidence: [String: [Evidence]] = [:]
                for row in try Row.fetchAll(db, sql: """
                    SELECT e.edge_source || char(31) || e.edge_target || char(31) || e.edge_relation AS owner, e.document, e.offset, e.length, e.text, e.kind
                    FROM evidence e LEFT JOIN document d ON d.doc_key = e.document WHERE e.edge_source IS NOT NULL \(order)
                    """) {
                    Self.append(row, to: &edgeEvidence[row["owner"], default: []])
                }
                for row in try Row.fetchAll(db, sql: "SELECT source, target, relation, json FROM edge ORDER BY source, target, relation") {
                    var edge = try GraphJSON.decodeEdge(json: row["json"])
                    edge.evidence = edgeEvidence[(row["source"] as String) + "\u{1F}" + (row["target"] as String) + "\u{1F}" + (row["relation"] as String)] ?? []
                    graph.add(edge)
                }
                return graph
            }
        } catch let error as GraphJSONError {
            throw .database(path: path, message: "the stored graph is damaged: \(error)")
        } catch {
            throw .database(path: path, message: "\(error)")
        }
    }

    static func append(_ row: Row, to list: inout [Evidence]) {
        let evidence = IncrementalMerge.evidence(row: row)
        if list.last != evidence { list.append(evidence) }
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

/// A stored correction and what became of it at the last update of the graph.
public struct StoredCorrection: Sendable {
    public var id: Int64
    public var correction: Correction
    public var importedAt: String
    public var status: CorrectionStatus?
    public var reason: String?
}

extension GraphStore {
    /// Imports corrections and applies them (with those stored before) to the graph, in one transaction. A
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
                if added > 0 {
                    try Self.upgradeIfNeeded(db, extractor: extractor)
                    var merge = IncrementalMerge(db: db, lexicon: extractor.lexicon)
                    try Self.finish(&merge, db)
                }
                return added
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(path: path, message: "\(error)")
        }
    }

    /// Every stored correction in import order, with its status at the last update.
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
