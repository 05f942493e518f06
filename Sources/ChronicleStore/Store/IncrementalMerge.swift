@_spi(Merge) import ChronicleCore
import Foundation
import GRDB
import Synchronization

/// Keeps the stored graph equal to ``GraphMerger`` over the stored documents' graphs
/// (then the stored corrections), one document at a time, in time that depends on
/// what the document touches rather than on how many documents are stored.
///
/// Each document's graph is kept as parts (its events, nodes, edges, statements of
/// measures, references). Adding or removing a document marks what it touches:
///
/// - the groups of events whose dates meet its events' dates, clustered again
///   (`EventClusters` works group by group, so only these can change);
/// - the persons, measures and titled documents it names, folded again from every
///   document that names them;
/// - the edges among them, folded again from their parts;
/// - the measures it states or whose stating events changed (`sets` / `reiterates`);
/// - the references that may now resolve otherwise: its own, those from or to events
///   that changed, and those that could name a new or changed event — found through
///   bigram indexes with a bound on how many bigrams a match must share;
/// - the levels of events whose chairs or agents changed.
///
/// Corrections are then applied again to what they name (recomputed from the parts,
/// so every correction meets the facts as extracted), and their status recorded.
///
/// When a new document comes last in merge order among the documents it meets, and
/// nothing was removed, three shortcuts give the same result for less: its events are
/// placed among the stored ones (``appendToGroups(_:rank:)``), its node parts folded
/// into the merged nodes (``appended(_:before:)``), its statements of a measure appended
/// after the first (``appendStatements(_:)``). Each checks its condition and otherwise
/// leaves the work to the general path; the store tests compare random arrival orders
/// with a fresh extraction.
struct IncrementalMerge {
    let db: Database
    let lexicon: Lexicon

    struct EdgeKey: Hashable {
        var source: NodeID
        var target: NodeID
        var relation: Relation
    }

    var seeds: [(from: String, to: String)] = []
    var goneClusters = Set<NodeID>()
    var dirtyNodes = Set<NodeID>()
    var dirtyEdges = Set<EdgeKey>()
    var dirtyMeasures = Set<NodeID>()
    /// Measures whose statements' order may have changed (a stating event moved or
    /// changed date, a document left): recomputed whole, never appended to.
    var reorderedMeasures = Set<NodeID>()
    /// Measures stated by an event whose date or time of day changed (same event): their
    /// edges change only if their first statement does.
    var redatedMeasures = Set<NodeID>()
    var dirtyReferences = Set<Int64>()
    var changedEvents = Set<NodeID>()
    var levelEvents = Set<NodeID>()
    /// Sentences of a new document's persons, measures and titled documents, stored
    /// once their nodes are.
    var pendingEvidence: [(NodeID, Evidence)] = []
    /// First sentences of merged events, evidence of their organizer and place.
    var pendingVia: [(node: NodeID, event: NodeID, evidence: Evidence)] = []
    /// The document being added (row, path, key).
    var added: (row: Int64, path: String, key: String)?
    var removedAny = false
    /// Nodes a removed document named: their facts are rebuilt from the remaining parts.
    var refacted = Set<NodeID>()

    init(db: Database, lexicon: Lexicon) {
        self.db = db
        self.lexicon = lexicon
    }

    // MARK: Parts in and out

    /// Stores the parts of a document already inserted as row `row`.
    mutating func add(_ graph: DocumentGraph, row: Int64) throws {
        try Self.timed("parts") { try addParts(graph, row: row) }
    }

    mutating func addParts(_ graph: DocumentGraph, row: Int64) throws {
        let key = graph.document.id.rawValue
        var span = try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'max_event_span'") ?? 0
        for (i, event) in graph.events.enumerated() {
            guard let date = event.date else { continue }
            let end = max(date, event.endDate ?? date)
            try db.execute(sql: "INSERT INTO part_event (doc, local, seq, day_from, day_to, json) VALUES (?,?,?,?,?,?)",
                           arguments: [row, event.id.rawValue, i, date.iso, end.iso, Self.json(event)])
            seeds.append((date.iso, end.iso))
            span = max(span, Self.days(from: date, to: end))
        }
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('max_event_span', ?)", arguments: [span])
        added = (row, graph.document.path, key)
        let facts = NodeFacts(db: db)
        for (i, node) in graph.nodes.enumerated() {
            var bare = node
            bare.evidence = []
            try facts.add(bare, path: graph.document.path, docKey: key)
            try db.execute(sql: "INSERT INTO part_node (doc, node, seq, json, evidence, path, doc_key) VALUES (?,?,?,?,?,?,?)",
                           arguments: [row, node.id.rawValue, i, Self.json(bare), JSONWriter.string(.array(node.evidence.map(GraphJSON.encode)), pretty: false),
                                       graph.document.path, key])
            pendingEvidence += node.evidence.map { (node.id, $0) }
            dirtyNodes.insert(node.id)
        }
        let events = Set(graph.events.map(\.id))
        for (i, edge) in graph.edges.enumerated() {
            let source = events.contains(edge.source) ? nil : edge.source.rawValue
            let target = events.contains(edge.target) ? nil : edge.target.rawValue
            try db.execute(sql: "INSERT INTO part_edge (doc, seq, local_source, local_target, relation, source, target, json) VALUES (?,?,?,?,?,?,?,?)",
                           arguments: [row, i, edge.source.rawValue, edge.target.rawValue, edge.relation.rawValue, source, target, JSONWriter.string(GraphJSON.encode(edge), pretty: false)])
        }
        for (i, statement) in graph.statements.enumerated() {
            let json: JSONValue = .object([("quotes_earlier", .bool(statement.quotesEarlier)), ("evidence", GraphJSON.encode(statement.evidence))])
            try db.execute(sql: "INSERT INTO part_statement (doc, seq, measure, event, offset, quotes, json, path, doc_key) VALUES (?,?,?,?,?,?,?,?,?)",
                           arguments: [row, i, statement.measure.rawValue, statement.event.rawValue, statement.evidence.offset, statement.quotesEarlier,
                                       JSONWriter.string(json, pretty: false), graph.document.path, key])
            dirtyMeasures.insert(statement.measure)
        }
        for (i, reference) in graph.references.enumerated() {
            let flags = MergeSPI.instructionFlags(reference)
            let json: JSONValue = .object([("text", .string(reference.text)), ("rule", .string(reference.rule)), ("evidence", GraphJSON.encode(reference.evidence))])
            try db.execute(sql: "INSERT INTO part_reference (doc, seq, source_local, kind, date, instruction, recent, json) VALUES (?,?,?,?,?,?,?,?)",
                           arguments: [row, i, reference.source.rawValue, reference.kind.rawValue, reference.date?.iso, flags.instruction, flags.recent, JSONWriter.string(json, pretty: false)])
            let id = db.lastInsertedRowID
            // A reference with a day written in it names only an event of that day; the
            // others are found by name, through their bigrams.
            if reference.date == nil && reference.kind != .instructionAuthors {
                let grams = MergeSPI.referenceGrams(reference)
                for gram in grams.name.normalized + grams.raw {
                    try db.execute(sql: "INSERT INTO reference_gram (gram, reference) VALUES (?, ?)", arguments: [gram, id])
                }
            }
            dirtyReferences.insert(id)
        }
    }

    /// Withdraws document `row` (key `key`): its parts, its evidence, and marks what
    /// they touched.
    mutating func remove(row: Int64, key: String) throws {
        for r in try Row.fetchAll(db, sql: "SELECT day_from, day_to, cluster FROM part_event WHERE doc = ?", arguments: [row]) {
            seeds.append((r["day_from"], r["day_to"]))
            if let cluster: String = r["cluster"] { goneClusters.insert(NodeID(cluster)) }
        }
        for node in try String.fetchAll(db, sql: "SELECT node FROM part_node WHERE doc = ?", arguments: [row]) {
            dirtyNodes.insert(NodeID(node))
            refacted.insert(NodeID(node))
        }
        for r in try Row.fetchAll(db, sql: "SELECT source, target, relation FROM part_edge WHERE doc = ? AND source IS NOT NULL AND target IS NOT NULL", arguments: [row]) {
            if let key = Self.edgeKey(r) { dirtyEdges.insert(key) }
        }
        for measure in try String.fetchAll(db, sql: "SELECT measure FROM part_statement WHERE doc = ?", arguments: [row]) { reorderedMeasures.insert(NodeID(measure)) }
        for r in try Row.fetchAll(db, sql: "SELECT t.source, t.target FROM reference_target t JOIN part_reference r ON r.id = t.reference WHERE r.doc = ?", arguments: [row]) {
            dirtyEdges.insert(EdgeKey(source: NodeID(r["source"] as String), target: NodeID(r["target"] as String), relation: .conveys))
        }
        try db.execute(sql: "DELETE FROM evidence WHERE document = ?", arguments: [key])
        try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [row])
        removedAny = true
    }

    // MARK: Bringing the graph up to date

    /// Recomputes everything marked, then applies `corrections` again; returns their report.
    /// `restoring`: corrections just removed, whose facts are written again as the
    /// remaining corrections leave them.
    mutating func finish(corrections: [Correction], restoring: [Correction] = []) throws -> CorrectionReport {
        try Self.timed("recluster") { try recluster() }
        try Self.timed("nodes") { try refoldNodes() }
        try Self.timed("references") { try resolveReferences() }
        try Self.timed("edges") { try recomputeEdges() }
        try Self.timed("measures") { try recomputeMeasures() }
        try Self.timed("levels") { try recomputeLevels() }
        return try Self.timed("corrections") { try applyCorrections(corrections, restoring: restoring) }
    }

    /// Seconds spent in each phase so far in this process (for `chronicle-bench archive`).
    static let phaseSeconds = Mutex<[String: Double]>([:])

    static func timed<T>(_ phase: String, _ body: () throws -> T) rethrows -> T {
        var start = timespec(), end = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        defer {
            clock_gettime(CLOCK_MONOTONIC, &end)
            let seconds = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
            phaseSeconds.withLock { $0[phase, default: 0] += seconds }
        }
        return try body()
    }

    /// Clusters again the groups of events whose dates meet the seeds.
    mutating func recluster() throws {
        guard !seeds.isEmpty || !goneClusters.isEmpty else { return }
        let span = try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'max_event_span'") ?? 0
        var rows: [String: Row] = [:]  // "doc|local" → row
        var pending = seeds
        var covered: [(from: String, to: String)] = []
        while let (from, to) = pending.popLast() {
            if covered.contains(where: { $0.from <= from && to <= $0.to }) { continue }
            covered.append((from, to))
            let lower = Self.shifted(from, days: -span)
            for r in try Row.fetchAll(db, sql: "SELECT doc, local, seq, day_from, day_to, cluster, json FROM part_event WHERE day_from >= ? AND day_from <= ? AND day_to >= ?",
                                      arguments: [lower, to, from]) {
                let id = "\(r["doc"] as Int64)|\(r["local"] as String)"
                if rows[id] == nil {
                    rows[id] = r
                    pending.append((r["day_from"], r["day_to"]))
                }
            }
        }
        let ordered = rows.values.sorted { ($0["doc"] as Int64, $0["seq"] as Int) < ($1["doc"] as Int64, $1["seq"] as Int) }
        let rank = try documentRanks(Set(ordered.map { $0["doc"] as Int64 }))
        if try appendToGroups(ordered, rank: rank) { return }
        var members: [MergeSPI.Member] = []
        for r in ordered {
            members.append((rank[r["doc"] as Int64]!, r["seq"], try Self.node(r["json"], id: NodeID(r["local"] as String))))
        }
        let (events, assignment) = MergeSPI.cluster(members)
        // Old merged events of these members, and any whose last member left.
        var old = goneClusters
        for r in ordered { if let c: String = r["cluster"] { old.insert(NodeID(c)) } }
        let new = Set(events.map(\.id))
        for id in old.subtracting(new) {
            if let stored = try Row.fetchOne(db, sql: "SELECT organizer, place FROM merged_node WHERE id = ?", arguments: [id.rawValue]) {
                markOrganizerAndPlace(id, organizer: stored["organizer"], place: stored["place"])
            }
            try deleteMerged(id)
        }
        var changedClusters = Set<NodeID>()
        var datesChanged = Set<NodeID>()
        for event in events {
            let draft = Self.json(event)
            let stored = try Row.fetchOne(db, sql: "SELECT draft, date, time_of_day FROM merged_node WHERE id = ?", arguments: [event.id.rawValue])
            if let stored, (stored["date"] as String?) != event.date?.iso || (stored["time_of_day"] as String?) != event.timeOfDay?.rawValue {
                datesChanged.insert(event.id)
            }
            if stored?["draft"] as String? != draft {
                try writeEvent(event, draft: draft)
                changedClusters.insert(event.id)
            }
        }
        changedEvents.formUnion(changedClusters)
        changedEvents.formUnion(old.subtracting(new))
        // Members that moved: their edges, statements and references follow.
        for (m, r) in ordered.enumerated() {
            let cluster = events[assignment[m]].id
            let doc: Int64 = r["doc"], local: String = r["local"]
            let before = (r["cluster"] as String?).map(NodeID.init(rawValue:))
            if before == cluster && !changedClusters.contains(cluster) { continue }
            if before != cluster {
                try db.execute(sql: "UPDATE part_event SET cluster = ? WHERE doc = ? AND local = ?", arguments: [cluster.rawValue, doc, local])
                try stampStatements(doc: doc, local: local)
                for end in ["source", "target"] {
                    for e in try Row.fetchAll(db, sql: "SELECT source, target, relation FROM part_edge WHERE doc = ? AND local_\(end) = ?", arguments: [doc, local]) {
                        if let key = Self.edgeKey(e) { dirtyEdges.insert(key) }
                    }
                    try db.execute(sql: "UPDATE part_edge SET \(end) = ? WHERE doc = ? AND local_\(end) = ?", arguments: [cluster.rawValue, doc, local])
                    for e in try Row.fetchAll(db, sql: "SELECT source, target, relation FROM part_edge WHERE doc = ? AND local_\(end) = ?", arguments: [doc, local]) {
                        if let key = Self.edgeKey(e) { dirtyEdges.insert(key) }
                    }
                }
            }
            // The new document's own statements are marked already; others' are reordered
            // only when their event moved or changed date or time.
            if doc != added?.row, before != cluster || datesChanged.contains(cluster) {
                for measure in try String.fetchAll(db, sql: "SELECT measure FROM part_statement WHERE doc = ? AND event = ?", arguments: [doc, local]) {
                    if before != cluster { reorderedMeasures.insert(NodeID(measure)) } else { redatedMeasures.insert(NodeID(measure)) }
                }
            }
            for id in try Int64.fetchAll(db, sql: "SELECT id FROM part_reference WHERE doc = ? AND source_local = ?", arguments: [doc, local]) {
                dirtyReferences.insert(id)
            }
        }
        seeds = []
        goneClusters = []
    }

    /// The new document's events placed in their groups without clustering the groups
    /// again, when that gives what clustering again would: nothing was removed and the
    /// new document comes last in merge order among the groups' documents. Clustering is
    /// greedy in that order, so the stored events are its result for every other
    /// document, and each new event joins the first stored or new event it matches (in
    /// order of their first members) or starts one. False when it does not apply.
    mutating func appendToGroups(_ rows: [Row], rank: [Int64: Int]) throws -> Bool {
        guard !removedAny, goneClusters.isEmpty, let added, let mine = rank[added.row], rank.values.allSatisfy({ $0 <= mine }) else { return false }
        // Stored events of the groups, in order of their first members.
        var first: [NodeID: (Int, Int)] = [:]
        for r in rows where (r["doc"] as Int64) != added.row {
            guard let c: String = r["cluster"] else { return false }
            let key = (rank[r["doc"] as Int64]!, r["seq"] as Int)
            if let known = first[NodeID(c)], known <= key { continue }
            first[NodeID(c)] = key
        }
        var clusters: [(id: NodeID, event: Node, touched: Bool)] = []
        for id in first.keys.sorted(by: { first[$0]! < first[$1]! }) {
            guard let draft = try String.fetchOne(db, sql: "SELECT draft FROM merged_node WHERE id = ?", arguments: [id.rawValue]) else { return false }
            clusters.append((id, try Self.node(draft, id: id), false))
        }
        var used = Set(clusters.map(\.id))
        var placed: [(local: String, cluster: NodeID)] = []
        for r in rows where (r["doc"] as Int64) == added.row {
            let member = try Self.node(r["json"], id: NodeID(r["local"] as String))
            if let hit = clusters.indices.first(where: { !clusters[$0].touched && MergeSPI.matches(clusters[$0].event, member) }) {
                clusters[hit].event = MergeSPI.absorb(clusters[hit].event, member)
                clusters[hit].touched = true
                placed.append((r["local"], clusters[hit].id))
            } else {
                var id = member.id
                var n = 2
                while !used.insert(id).inserted {
                    id = NodeID(member.id.rawValue + "·\(n)")
                    n += 1
                }
                var event = member
                event.id = id
                clusters.append((id, event, true))
                placed.append((r["local"], id))
            }
        }
        for cluster in clusters where cluster.touched {
            let stored = try Row.fetchOne(db, sql: "SELECT date, time_of_day FROM merged_node WHERE id = ?", arguments: [cluster.id.rawValue])
            let redated = stored.map { ($0["date"] as String?) != cluster.event.date?.iso || ($0["time_of_day"] as String?) != cluster.event.timeOfDay?.rawValue } ?? false
            try writeEvent(cluster.event, draft: Self.json(cluster.event))
            changedEvents.insert(cluster.id)
            guard redated else { continue }
            // Other documents' statements and references of an event whose date or time moved.
            for r in try Row.fetchAll(db, sql: "SELECT doc, local FROM part_event WHERE cluster = ?", arguments: [cluster.id.rawValue]) {
                let doc: Int64 = r["doc"], local: String = r["local"]
                for measure in try String.fetchAll(db, sql: "SELECT measure FROM part_statement WHERE doc = ? AND event = ?", arguments: [doc, local]) {
                    redatedMeasures.insert(NodeID(measure))
                }
                dirtyReferences.formUnion(try Int64.fetchAll(db, sql: "SELECT id FROM part_reference WHERE doc = ? AND source_local = ?", arguments: [doc, local]))
            }
        }
        // The new document's events: their cluster, edges and references.
        for (local, cluster) in placed {
            try db.execute(sql: "UPDATE part_event SET cluster = ? WHERE doc = ? AND local = ?", arguments: [cluster.rawValue, added.row, local])
            try stampStatements(doc: added.row, local: local)
            for end in ["source", "target"] {
                try db.execute(sql: "UPDATE part_edge SET \(end) = ? WHERE doc = ? AND local_\(end) = ?", arguments: [cluster.rawValue, added.row, local])
                for e in try Row.fetchAll(db, sql: "SELECT source, target, relation FROM part_edge WHERE doc = ? AND local_\(end) = ?", arguments: [added.row, local]) {
                    if let key = Self.edgeKey(e) { dirtyEdges.insert(key) }
                }
            }
            dirtyReferences.formUnion(try Int64.fetchAll(db, sql: "SELECT id FROM part_reference WHERE doc = ? AND source_local = ?", arguments: [added.row, local]))
        }
        seeds = []
        return true
    }

    func deleteNode(_ id: NodeID) throws {
        try db.execute(sql: "DELETE FROM evidence WHERE edge_source = ? OR edge_target = ?", arguments: [id.rawValue, id.rawValue])
        try db.execute(sql: "DELETE FROM node WHERE id = ?", arguments: [id.rawValue])
    }

    /// Writes a merged event (its level is decided later) with its organizer and place.
    mutating func writeEvent(_ event: Node, draft: String) throws {
        if let old = try Row.fetchOne(db, sql: "SELECT organizer, place FROM merged_node WHERE id = ?", arguments: [event.id.rawValue]) {
            markOrganizerAndPlace(event.id, organizer: old["organizer"], place: old["place"])
        }
        let node = MergeSPI.eventNode(event, level: nil)
        let parts = MergeSPI.organizerAndPlace(of: event)
        let organizer = parts.nodes.first { $0.type == .organization }?.label
        let place = parts.nodes.first { $0.type == .place }?.label
        try upsertNodeRow(node, extra: [draft, organizer, place, JSONWriter.string(GraphJSON.encode(event.evidence[0]), pretty: false)], merged: true)
        try stampStatements(cluster: event.id)
        try replaceEvidence(node.evidence, node: node.id)
        try db.execute(sql: "DELETE FROM event_gram WHERE event = ?", arguments: [event.id.rawValue])
        let grams = MergeSPI.eventGrams(event)
        var normalized = Set<Int64>()
        for name in grams.names { normalized.formUnion(name.normalized) }
        for gram in normalized {
            try db.execute(sql: "INSERT INTO event_gram (gram, event, name, need) VALUES (?, ?, -1, 0)", arguments: [gram, event.id.rawValue])
        }
        for (k, raw) in grams.raw.enumerated() {
            for gram in raw {
                try db.execute(sql: "INSERT INTO event_gram (gram, event, name, need) VALUES (?, ?, ?, ?)", arguments: [gram, event.id.rawValue, k, raw.count])
            }
        }
        markOrganizerAndPlace(event.id, organizer: organizer, place: place)
        // Its first sentence is evidence of its organizer and place (a row each, by way
        // of the event, so that the event going takes exactly its rows).
        try db.execute(sql: "DELETE FROM evidence WHERE via = ?", arguments: [event.id.rawValue])
        for node in parts.nodes { pendingVia.append((node.id, event.id, event.evidence[0])) }
    }

    mutating func markOrganizerAndPlace(_ event: NodeID, organizer: String?, place: String?) {
        if let organizer {
            dirtyNodes.insert(NodeID("o-" + organizer))
            dirtyEdges.insert(EdgeKey(source: NodeID("o-" + organizer), target: event, relation: .organizes))
        }
        if let place {
            dirtyNodes.insert(NodeID("pl-" + place))
            dirtyEdges.insert(EdgeKey(source: event, target: NodeID("pl-" + place), relation: .locatedIn))
        }
    }

    /// Persons, measures and titled documents from the documents naming them;
    /// organizations and places from the events they organized or hosted.
    mutating func refoldNodes() throws {
        let facts = NodeFacts(db: db)
        for id in refacted.sorted() { try Self.timed("nodes: rebuild facts") { try facts.rebuild(id) } }
        refacted = []
        for id in dirtyNodes.sorted() {
            let before = try Row.fetchOne(db, sql: "SELECT json FROM merged_node WHERE id = ?", arguments: [id.rawValue])
            let found = try Self.timed("nodes: fold") { try uncorrectedNode(id, evidence: false) }
            guard let node = found else {
                if before != nil { try deleteMerged(id) }
                continue
            }
            var bare = node
            bare.evidence = []
            let json = Self.json(bare)
            if before?["json"] as String? == json { continue }
            if let before, node.type == .person, let old = try? Self.node(before["json"], id: id), old.titles != node.titles,
                MergeSPI.levelSignature(old.titles, lexicon: lexicon) != MergeSPI.levelSignature(node.titles, lexicon: lexicon) {
                levelEvents.formUnion(try String.fetchAll(db, sql: "SELECT DISTINCT target FROM part_edge WHERE source = ? AND relation = 'chairs' AND target IS NOT NULL", arguments: [id.rawValue]).map(NodeID.init(rawValue:)))
                let agent = String(id.rawValue.dropFirst(2))
                levelEvents.formUnion(try String.fetchAll(db, sql: "SELECT id FROM merged_node WHERE type = 'event' AND json_extract(draft, '$.metadata.agent') = ?", arguments: [agent]).map(NodeID.init(rawValue:)))
            }
            try Self.timed("nodes: write") { try upsertNodeRow(node, extra: [nil, nil, nil, nil], merged: true) }
        }
        dirtyNodes = []
        try Self.timed("nodes: evidence") { try insertPending() }
    }

    mutating func insertPending() throws {
        for (id, evidence) in pendingEvidence where try Bool.fetchOne(db, sql: "SELECT 1 FROM node WHERE id = ?", arguments: [id.rawValue]) == true {
            try insertEvidence(evidence, node: id)
        }
        pendingEvidence = []
        for item in pendingVia where try Bool.fetchOne(db, sql: "SELECT 1 FROM node WHERE id = ?", arguments: [item.node.rawValue]) == true {
            try insertEvidence(item.evidence, node: item.node, via: item.event)
        }
        pendingVia = []
    }

    /// A node as merging all documents gives it, before corrections; nil when no
    /// document (or, for organizations and places, no event) states it. Evidence only
    /// when asked (a person named in thousands of documents has thousands of sentences).
    func uncorrectedNode(_ id: NodeID, evidence: Bool) throws -> Node? {
        let raw = id.rawValue
        if raw.hasPrefix("e-") {
            guard let row = try Row.fetchOne(db, sql: "SELECT draft, json FROM merged_node WHERE id = ?", arguments: [raw]), let draft: String = row["draft"] else { return nil }
            let event = try Self.node(draft, id: id)
            let level = try Self.node(row["json"], id: id).level
            var node = MergeSPI.eventNode(event, level: level)
            if !evidence { node.evidence = [] }
            return node
        }
        if raw.hasPrefix("o-") || raw.hasPrefix("pl-") {
            let organization = raw.hasPrefix("o-")
            let label = String(raw.dropFirst(organization ? 2 : 3))
            let column = organization ? "organizer" : "place"
            let rows = evidence
                ? try String.fetchAll(db, sql: "SELECT first_evidence FROM merged_node WHERE type = 'event' AND \(column) = ?", arguments: [label])
                : try String.fetchAll(db, sql: "SELECT first_evidence FROM merged_node WHERE type = 'event' AND \(column) = ? LIMIT 1", arguments: [label])
            guard !rows.isEmpty else { return nil }
            var items: [Evidence] = []
            if evidence { for text in rows { items.append(try GraphJSON.decodeEvidence(value: try JSONParser.parse(text))) } }
            return Node(id: id, label: label, type: organization ? .organization : .place,
                        properties: ["rule": .string(organization ? RuleName.organizationOrganizer.rawValue : RuleName.placeEventPlace.rawValue)], evidence: items)
        }
        if !evidence { return try NodeFacts(db: db).merged(id) }
        let parts = try Row.fetchAll(db, sql: """
            SELECT p.json, p.evidence FROM part_node p JOIN document d ON d.id = p.doc WHERE p.node = ? ORDER BY d.path, d.doc_key
            """, arguments: [raw])
        guard !parts.isEmpty else { return nil }
        var folded = Graph()
        for part in parts {
            var node = try Self.node(part["json"], id: id)
            if evidence { node.evidence = try Self.evidence(part["evidence"]) }
            folded.upsert(node)
        }
        return folded[id]
    }

    /// Re-resolves the marked references, and those a changed event may answer.
    mutating func resolveReferences() throws {
        for id in changedEvents {
            dirtyReferences.formUnion(try Int64.fetchAll(db, sql: "SELECT reference FROM reference_target WHERE target = ?", arguments: [id.rawValue]))
            dirtyReferences.formUnion(try Int64.fetchAll(db, sql: "SELECT reference FROM reference_target WHERE source = ?", arguments: [id.rawValue]))
            guard let row = try Row.fetchOne(db, sql: "SELECT draft FROM merged_node WHERE id = ?", arguments: [id.rawValue]), let text: String = row["draft"] else { continue }
            let event = try Self.node(text, id: id)
            let date = event.date!.iso
            dirtyReferences.formUnion(try Int64.fetchAll(db, sql: "SELECT id FROM part_reference WHERE kind = 'named' AND date = ?", arguments: [date]))
            let grams = MergeSPI.eventGrams(event)
            for name in grams.names where !name.normalized.isEmpty {
                dirtyReferences.formUnion(try Int64.fetchAll(db, sql: """
                    SELECT reference FROM reference_gram WHERE gram IN \(Self.list(name.normalized.count)) AND source_date >= ?
                    GROUP BY reference HAVING COUNT(DISTINCT gram) >= ?
                    """, arguments: StatementArguments(name.normalized.map { $0 as any DatabaseValueConvertible } + [date, name.need])))
            }
            for raw in grams.raw where !raw.isEmpty {
                dirtyReferences.formUnion(try Int64.fetchAll(db, sql: """
                    SELECT reference FROM reference_gram WHERE gram IN \(Self.list(raw.count)) AND source_date >= ?
                    GROUP BY reference HAVING COUNT(DISTINCT gram) >= ?
                    """, arguments: StatementArguments(raw.map { $0 as any DatabaseValueConvertible } + [date, raw.count])))
            }
            if event.kind == .instruction {
                dirtyReferences.formUnion(try Int64.fetchAll(db, sql: """
                    SELECT id FROM part_reference WHERE (instruction = 1 AND (date = ? OR (date IS NULL AND recent = 1 AND (source_date IS NULL OR source_date >= ?))))
                      OR (kind = 'instruction_authors' AND (source_date IS NULL OR source_date = ?))
                    """, arguments: [date, date, date]))
            }
        }
        // Many references weigh the same events: each is read and prepared once.
        var prepared: [String: MergeSPI.PreparedEvent] = [:]
        for id in dirtyReferences.sorted() { try resolve(id, prepared: &prepared) }
        dirtyReferences = []
    }

    mutating func resolve(_ id: Int64, prepared: inout [String: MergeSPI.PreparedEvent]) throws {
        let old = try Row.fetchAll(db, sql: "SELECT source, target FROM reference_target WHERE reference = ?", arguments: [id]).map {
            EdgeKey(source: NodeID($0["source"] as String), target: NodeID($0["target"] as String), relation: .conveys)
        }
        guard let row = try Row.fetchOne(db, sql: """
            SELECT r.kind, r.date, r.json, r.source_local, e.cluster, n.draft FROM part_reference r
            JOIN part_event e ON e.doc = r.doc AND e.local = r.source_local LEFT JOIN merged_node n ON n.id = e.cluster WHERE r.id = ?
            """, arguments: [id]), let cluster: String = row["cluster"], let draft: String = row["draft"]
        else {
            dirtyEdges.formUnion(old)
            try db.execute(sql: "DELETE FROM reference_target WHERE reference = ?", arguments: [id])
            return
        }
        let source = try Self.node(draft, id: NodeID(cluster))
        let sourceDate = source.date!.iso
        try db.execute(sql: "UPDATE part_reference SET source_date = ? WHERE id = ?", arguments: [sourceDate, id])
        try db.execute(sql: "UPDATE reference_gram SET source_date = ? WHERE reference = ?", arguments: [sourceDate, id])
        let fields = try JSONParser.parse(row["json"] as String)
        guard case .string(let text)? = fields["text"], case .string(let rule)? = fields["rule"], let kind = ConveyReference.Kind(rawValue: row["kind"]) else { return }
        let evidence = try GraphJSON.decodeEvidence(value: fields["evidence"] ?? .null)
        let reference = ConveyReference(source: NodeID(row["source_local"] as String), kind: kind, text: text,
                                        date: (row["date"] as String?).flatMap(CalendarDate.init(iso:)), evidence: evidence, rule: rule)
        var candidates = Set<String>()
        switch kind {
        case .instructionAuthors:
            candidates.formUnion(try String.fetchAll(db, sql: "SELECT id FROM merged_node WHERE kind = 'instruction' AND date = ?", arguments: [sourceDate]))
        case .named, .studyItem:
            if let date = reference.date {
                candidates.formUnion(try String.fetchAll(db, sql: "SELECT id FROM merged_node WHERE type = 'event' AND date = ?", arguments: [date.iso]))
            } else {
                let grams = MergeSPI.referenceGrams(reference)
                if !grams.name.normalized.isEmpty {
                    candidates.formUnion(try String.fetchAll(db, sql: """
                        SELECT event FROM event_gram WHERE gram IN \(Self.list(grams.name.normalized.count)) AND name = -1
                        GROUP BY event HAVING COUNT(DISTINCT gram) >= ?
                        """, arguments: StatementArguments(grams.name.normalized.map { $0 as any DatabaseValueConvertible } + [grams.name.need])))
                }
                if !grams.raw.isEmpty {
                    candidates.formUnion(try String.fetchAll(db, sql: """
                        SELECT event FROM event_gram WHERE gram IN \(Self.list(grams.raw.count)) AND name >= 0
                        GROUP BY event, name, need HAVING COUNT(DISTINCT gram) >= need
                        """, arguments: StatementArguments(grams.raw.map { $0 as any DatabaseValueConvertible })))
                }
                if kind == .named, MergeSPI.instructionFlags(reference) == (true, true) {
                    candidates.formUnion(try String.fetchAll(db, sql: "SELECT id FROM merged_node WHERE kind = 'instruction' AND date <= ? ORDER BY date DESC LIMIT 200", arguments: [sourceDate]))
                }
            }
        }
        candidates.remove(cluster)
        var events: [MergeSPI.PreparedEvent] = []
        for candidate in candidates.sorted() {
            if let known = prepared[candidate] {
                events.append(known)
            } else if let text = try String.fetchOne(db, sql: "SELECT draft FROM merged_node WHERE id = ?", arguments: [candidate]) {
                let event = MergeSPI.prepare(try Self.node(text, id: NodeID(candidate)))
                prepared[candidate] = event
                events.append(event)
            }
        }
        let preparedSource = prepared[cluster] ?? MergeSPI.prepare(source)
        prepared[cluster] = preparedSource
        let targets = MergeSPI.resolve(reference, source: preparedSource, candidates: events)
        let new = targets.map { EdgeKey(source: source.id, target: $0, relation: .conveys) }
        guard Set(new) != Set(old) else { return }
        dirtyEdges.formUnion(old)
        dirtyEdges.formUnion(new)
        try db.execute(sql: "DELETE FROM reference_target WHERE reference = ?", arguments: [id])
        for key in new {
            try db.execute(sql: "INSERT INTO reference_target (reference, source, target) VALUES (?,?,?)", arguments: [id, key.source.rawValue, key.target.rawValue])
        }
    }

    /// Every marked edge, folded again from its parts.
    mutating func recomputeEdges() throws {
        for key in dirtyEdges.sorted(by: { ($0.source, $0.target, $0.relation.rawValue) < ($1.source, $1.target, $1.relation.rawValue) }) {
            if key.relation == .sets || key.relation == .firstSeen || key.relation == .reiterates { continue }
            if key.relation == .chairs { levelEvents.insert(key.target) }
            let edge = try uncorrectedEdge(key)
            try writeEdge(edge, key: key)
        }
        dirtyEdges = []
    }

    /// An edge as merging all documents gives it, before corrections (sets and
    /// reiterates come from ``recomputeMeasures()``).
    func uncorrectedEdge(_ key: EdgeKey) throws -> Edge? {
        guard key.source != key.target, try exists(key.source), try exists(key.target) else { return nil }
        switch key.relation {
        case .organizes, .locatedIn:
            let event = key.relation == .organizes ? key.target : key.source
            guard let draft = try String.fetchOne(db, sql: "SELECT draft FROM merged_node WHERE id = ?", arguments: [event.rawValue]) else { return nil }
            return MergeSPI.organizerAndPlace(of: try Self.node(draft, id: event)).edges.first { $0.source == key.source && $0.target == key.target && $0.relation == key.relation }
        case .sets, .firstSeen, .reiterates:
            guard try exists(key.source) else { return nil }
            return try measureEdges(key.target).first { $0.source == key.source && $0.relation == key.relation }
        default:
            break
        }
        // (document, phase, position, edge): a document's own edges before what its events convey.
        var parts: [(path: String, doc: String, phase: Int, seq: Int, edge: Edge)] = []
        for r in try Row.fetchAll(db, sql: """
            SELECT p.json, p.seq, d.path, d.doc_key FROM part_edge p JOIN document d ON d.id = p.doc WHERE p.source = ? AND p.target = ? AND p.relation = ?
            """, arguments: [key.source.rawValue, key.target.rawValue, key.relation.rawValue]) {
            var edge = try Self.edge(r["json"])
            edge.source = key.source
            edge.target = key.target
            parts.append((r["path"], r["doc_key"], 0, r["seq"], edge))
        }
        if key.relation == .conveys {
            for r in try Row.fetchAll(db, sql: """
                SELECT r.json, r.seq, d.path, d.doc_key FROM reference_target t JOIN part_reference r ON r.id = t.reference JOIN document d ON d.id = r.doc
                WHERE t.source = ? AND t.target = ?
                """, arguments: [key.source.rawValue, key.target.rawValue]) {
                let fields = try JSONParser.parse(r["json"] as String)
                guard case .string(let rule)? = fields["rule"] else { continue }
                let evidence = [try GraphJSON.decodeEvidence(value: fields["evidence"] ?? .null)]
                parts.append((r["path"], r["doc_key"], 1, r["seq"], Edge(source: key.source, target: key.target, relation: .conveys, properties: ["rule": .string(rule)], evidence: evidence)))
            }
        }
        guard !parts.isEmpty else { return nil }
        parts.sort { ($0.path, $0.doc, $0.phase, $0.seq) < ($1.path, $1.doc, $1.phase, $1.seq) }
        var folded = Graph()
        for part in parts { folded.add(part.edge) }
        return folded.edges.first
    }

    /// `sets` / `reiterates` of the marked measures.
    mutating func recomputeMeasures() throws {
        for measure in dirtyMeasures.union(reorderedMeasures).union(redatedMeasures).sorted() {
            if !removedAny, !reorderedMeasures.contains(measure), try firstStatementKept(measure), try appendStatements(measure) { continue }
            let edges = try exists(measure) ? try measureEdges(measure) : []
            var stale = Set(try Row.fetchAll(db, sql: "SELECT source, relation FROM edge WHERE target = ? AND relation IN ('sets', 'first_seen', 'reiterates')", arguments: [measure.rawValue]).map {
                EdgeKey(source: NodeID($0["source"] as String), target: measure, relation: Relation(rawValue: $0["relation"])!)
            })
            for edge in edges {
                let key = EdgeKey(source: edge.source, target: edge.target, relation: edge.relation)
                stale.remove(key)
                let stored = try String.fetchOne(db, sql: "SELECT json FROM edge WHERE source = ? AND target = ? AND relation = ?",
                                                 arguments: [key.source.rawValue, key.target.rawValue, key.relation.rawValue])
                if stored != JSONWriter.string(GraphJSON.encode(edge), pretty: false) { try writeEdge(edge, key: key) }
            }
            for key in stale { try writeEdge(nil, key: key) }
            try recordFirstStatement(measure)
        }
        dirtyMeasures = []
        reorderedMeasures = []
        redatedMeasures = []
    }

    /// The order of statements (`GraphMerger.measureEdges`) in SQL: date, time of day (an
    /// unknown time as evening), document, position.
    static let statementOrder = """
        n.date, CASE n.time_of_day WHEN 'early_morning' THEN 0 WHEN 'morning' THEN 1 WHEN 'noon' THEN 2 WHEN 'afternoon' THEN 3 ELSE 4 END,
        d.path, d.doc_key, s.offset, s.seq
        """

    /// The new document's statements of `measure` added to its edges without recomputing
    /// them, when that gives what recomputing would: every new statement comes after the
    /// measure's first one. False when it does not apply (then the measure is recomputed).
    mutating func appendStatements(_ measure: NodeID) throws -> Bool {
        guard let added else { return false }
        let select = """
            SELECT s.json, s.quotes, e.cluster AS event, n.date, \(Self.statementOrder.split(separator: ",")[1]) AS tod, d.path, d.doc_key, s.offset, s.seq FROM part_statement s
            JOIN part_event e ON e.doc = s.doc AND e.local = s.event JOIN merged_node n ON n.id = e.cluster JOIN document d ON d.id = s.doc
            """
        // The measure's first statement, as its last recompute found it (kept, since new
        // statements only come after it here).
        guard let first = try Row.fetchOne(db, sql: "SELECT quotes, event, date, tod, path, doc_key, offset, seq FROM measure_first WHERE measure = ?",
                                           arguments: [measure.rawValue]) else { return false }
        func key(_ r: Row) -> (String, Int, String, String, Int, Int) { (r["date"], r["tod"], r["path"], r["doc_key"], r["offset"], r["seq"]) }
        let new = try Row.fetchAll(db, sql: "\(select) WHERE s.measure = ? AND s.doc = ? ORDER BY \(Self.statementOrder)", arguments: [measure.rawValue, added.row])
        guard new.allSatisfy({ key(first) < key($0) }) else { return false }
        let quotesFirst = (first["quotes"] as Int) != 0
        let setter = NodeID(first["event"] as String)
        var edges: [NodeID: Edge] = [:]
        for r in new {
            let event = NodeID(r["event"] as String)
            if !quotesFirst && event == setter { continue }
            let fields = try JSONParser.parse(r["json"] as String)
            let evidence = [try GraphJSON.decodeEvidence(value: fields["evidence"] ?? .null)]
            if edges[event] == nil {
                let stored = try String.fetchOne(db, sql: "SELECT json FROM edge WHERE source = ? AND target = ? AND relation = 'reiterates'", arguments: [event.rawValue, measure.rawValue])
                if quotesFirst {
                    // Only an event's first statement counts there: an event stating it before is left alone.
                    if stored != nil { continue }
                    edges[event] = Edge(source: event, target: measure, relation: .reiterates, properties: ["rule": RuleName.reiteratesQuotesEarlierSpeech.json], evidence: evidence)
                    continue
                }
                var edge = Edge(source: event, target: measure, relation: .reiterates, properties: ["rule": RuleName.reiteratesLaterEventStating.json], evidence: [])
                if stored != nil {
                    edge.evidence = try Row.fetchAll(db, sql: """
                        SELECT document, offset, length, text, kind FROM evidence
                        WHERE edge_source = ? AND edge_target = ? AND edge_relation = 'reiterates'
                        """, arguments: [event.rawValue, measure.rawValue]).map(Self.evidence(row:))
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

    /// True unless the measure's stating events changed date or time (this update) so
    /// that another statement among those stored before now comes first. With the same
    /// first statement, every event keeps its edge: `sets` from the first one's event,
    /// `reiterates` from the others, evidence unchanged.
    func firstStatementKept(_ measure: NodeID) throws -> Bool {
        guard redatedMeasures.contains(measure) else { return true }
        guard let cached = try Row.fetchOne(db, sql: "SELECT doc_key, seq FROM measure_first WHERE measure = ?", arguments: [measure.rawValue]),
            let now = try Row.fetchOne(db, sql: Self.firstStatement, arguments: [measure.rawValue, added?.row ?? -1])
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
        try db.execute(sql: "DELETE FROM measure_first WHERE measure = ?", arguments: [measure.rawValue])
        try db.execute(sql: "INSERT INTO measure_first (measure, quotes, event, date, tod, path, doc_key, offset, seq) \(Self.firstStatement)",
                       arguments: [measure.rawValue, excluding ?? -1])
    }

    /// Copies the date and time of day of the merged event a document's event belongs to
    /// onto that event's statements (all members of `cluster`, or member `doc`/`local`),
    /// so that a measure's first statement is found through an index.
    func stampStatements(doc: Int64? = nil, local: String? = nil, cluster: NodeID? = nil) throws {
        let which = cluster != nil ? "e.cluster = ?" : "e.doc = ? AND e.local = ?"
        let arguments: StatementArguments = cluster.map { [$0.rawValue] } ?? [doc, local]
        try db.execute(sql: """
            UPDATE part_statement SET date = n.date, tod = \(Self.timeOfDayRank("n.time_of_day"))
            FROM part_event e JOIN merged_node n ON n.id = e.cluster
            WHERE e.doc = part_statement.doc AND e.local = part_statement.event AND \(which)
            """, arguments: arguments)
    }

    /// An unknown time of day orders as evening (``GraphMerger/measureEdges(_:_:)``).
    static func timeOfDayRank(_ column: String) -> String {
        "CASE \(column) WHEN 'early_morning' THEN 0 WHEN 'morning' THEN 1 WHEN 'noon' THEN 2 WHEN 'afternoon' THEN 3 ELSE 4 END"
    }

    func measureEdges(_ measure: NodeID) throws -> [Edge] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT s.json, s.seq, n.id AS event, n.date, n.time_of_day, d.path, d.doc_key, s.doc FROM part_statement s
            JOIN part_event e ON e.doc = s.doc AND e.local = s.event JOIN merged_node n ON n.id = e.cluster JOIN document d ON d.id = s.doc
            WHERE s.measure = ? ORDER BY d.path, d.doc_key, s.seq
            """, arguments: [measure.rawValue])
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

    /// Levels of changed events and of events whose chairs' or agent's titles changed.
    mutating func recomputeLevels() throws {
        for id in changedEvents.union(levelEvents).sorted() {
            guard let draft = try String.fetchOne(db, sql: "SELECT draft FROM merged_node WHERE id = ?", arguments: [id.rawValue]) else { continue }
            let event = try Self.node(draft, id: id)
            let level = try self.level(event)
            var node = MergeSPI.eventNode(event, level: level)
            node.evidence = []
            let json = Self.json(node)
            if !changedEvents.contains(id), try String.fetchOne(db, sql: "SELECT json FROM merged_node WHERE id = ?", arguments: [id.rawValue]) == json { continue }
            try db.execute(sql: "UPDATE merged_node SET json = ? WHERE id = ?", arguments: [json, id.rawValue])
            try db.execute(sql: "UPDATE node SET level = ?, json = ? WHERE id = ?", arguments: [level?.rawValue, json, id.rawValue])
        }
        changedEvents = []
        levelEvents = []
    }

    /// The level as merging gives it: from the chairs the documents name (before any
    /// correction) and their titles.
    func level(_ event: Node) throws -> EventLevel? {
        let chairs = try String.fetchAll(db, sql: "SELECT DISTINCT source FROM part_edge WHERE target = ? AND relation = 'chairs' ORDER BY source", arguments: [event.id.rawValue])
        var chairTitles: [String] = []
        for chair in chairs { chairTitles += try titles(of: NodeID(chair)) }
        let agentTitles = try MergeSPI.agent(of: event).map { try titles(of: NodeID("p-" + $0)) } ?? []
        return MergeSPI.level(of: event, chairTitles: chairTitles, agentTitles: agentTitles, lexicon: lexicon)
    }

    func titles(of person: NodeID) throws -> [String] {
        guard let json = try String.fetchOne(db, sql: "SELECT json FROM merged_node WHERE id = ?", arguments: [person.rawValue]) else { return [] }
        return try Self.node(json, id: person).titles
    }

    // MARK: Corrections

    /// Applies the corrections to what they name — nodes and edges recomputed from the
    /// parts, and every edge of a node they merge or reject — and writes the result.
    mutating func applyCorrections(_ corrections: [Correction], restoring: [Correction] = []) throws -> CorrectionReport {
        guard !corrections.isEmpty || !restoring.isEmpty else { return CorrectionReport() }
        var nodes = Set<NodeID>(), edges = Set<EdgeKey>(), wide = Set<NodeID>()
        // The facts a removed correction changed are in scope too, so they are written
        // back from the uncorrected merge.
        for correction in corrections + restoring {
            switch correction.operation {
            case .reject(.node(let id)): nodes.insert(id); wide.insert(id)
            case let .reject(.edge(s, r, t)), let .accept(.edge(s, r, t)), let .addEdge(s, r, t):
                nodes.formUnion([s, t]); edges.insert(EdgeKey(source: s, target: t, relation: r))
            case .accept(.node(let id)), .set(let id, _), .addNode(let id, _, _): nodes.insert(id)
            case let .merge(into, from): nodes.formUnion([into, from]); wide.formUnion([into, from])
            }
        }
        for id in wide { edges.formUnion(try edgeKeys(touching: id)) }
        var scope = Graph()
        for id in nodes.sorted() { if let node = try uncorrectedNode(id, evidence: true) { scope.upsert(node) } }
        for key in edges { if let edge = try uncorrectedEdge(key) { scope.add(edge) } }
        let before = scope
        let report = scope.apply(corrections)
        for id in Set(before.nodes.keys).union(scope.nodes.keys) {
            if let node = scope[id] {
                try upsertNodeRow(node, extra: nil, merged: false)
                try replaceEvidence(node.evidence, node: id)
            } else {
                try deleteNode(id)
            }
        }
        let keys = Set(before.edges.map { EdgeKey(source: $0.source, target: $0.target, relation: $0.relation) })
            .union(scope.edges.map { EdgeKey(source: $0.source, target: $0.target, relation: $0.relation) })
        for key in keys { try writeEdge(scope.edge(source: key.source, target: key.target, relation: key.relation), key: key) }
        return report
    }

    /// Whether merging the documents gives this node (whatever corrections did to it).
    func exists(_ id: NodeID) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM merged_node WHERE id = ?", arguments: [id.rawValue]) ?? false
    }

    func edgeKeys(touching id: NodeID) throws -> Set<EdgeKey> {
        var keys = Set<EdgeKey>()
        for r in try Row.fetchAll(db, sql: "SELECT source, target, relation FROM edge WHERE source = ? OR target = ?", arguments: [id.rawValue, id.rawValue]) {
            if let key = Self.edgeKey(r) { keys.insert(key) }
        }
        for r in try Row.fetchAll(db, sql: "SELECT source, target, relation FROM part_edge WHERE source = ? OR target = ?", arguments: [id.rawValue, id.rawValue]) {
            if let key = Self.edgeKey(r) { keys.insert(key) }
        }
        for r in try Row.fetchAll(db, sql: "SELECT source, target FROM reference_target WHERE source = ? OR target = ?", arguments: [id.rawValue, id.rawValue]) {
            keys.insert(EdgeKey(source: NodeID(r["source"] as String), target: NodeID(r["target"] as String), relation: .conveys))
        }
        // sets / reiterates: an event's measures, a measure's events.
        for r in try Row.fetchAll(db, sql: """
            SELECT DISTINCT e.cluster AS event, s.measure FROM part_statement s JOIN part_event e ON e.doc = s.doc AND e.local = s.event
            WHERE e.cluster = ? OR s.measure = ?
            """, arguments: [id.rawValue, id.rawValue]) {
            for relation in [Relation.sets, .firstSeen, .reiterates] {
                keys.insert(EdgeKey(source: NodeID(r["event"] as String), target: NodeID(r["measure"] as String), relation: relation))
            }
        }
        // organizes / located_in: an event's organizer and place, an organization's or place's events.
        for r in try Row.fetchAll(db, sql: "SELECT id, organizer, place FROM merged_node WHERE id = ? OR organizer = ? OR place = ?",
                                  arguments: [id.rawValue, String(id.rawValue.dropFirst(2)), String(id.rawValue.dropFirst(3))]) {
            let event = NodeID(r["id"] as String)
            if let organizer: String = r["organizer"] { keys.insert(EdgeKey(source: NodeID("o-" + organizer), target: event, relation: .organizes)) }
            if let place: String = r["place"] { keys.insert(EdgeKey(source: event, target: NodeID("pl-" + place), relation: .locatedIn)) }
        }
        return keys
    }

    // MARK: Rows

    /// Writes a node as readers see it (`node`, with its names) and, when `merged`, as
    /// merging gives it before corrections (`merged_node`, kept apart so corrections
    /// always meet the facts as extracted). Never deletes the row (that would take its
    /// edges). `extra`: draft, organizer, place, first evidence of a merged event.
    func upsertNodeRow(_ node: Node, extra: [String?]?, merged: Bool) throws {
        var bare = node
        bare.evidence = []
        let json = Self.json(bare)
        let columns = ["id", "type", "label", "kind", "level", "date", "end_date", "time_of_day", "category", "json"]
        let values: [(any DatabaseValueConvertible)?] = [node.id.rawValue, node.type.rawValue, node.label, node.kind?.rawValue, node.level?.rawValue,
                                                        node.date?.iso, node.endDate?.iso, node.timeOfDay?.rawValue, node.category, json]
        let updates = columns.dropFirst().map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        try db.execute(sql: "INSERT INTO node (\(columns.joined(separator: ", "))) VALUES \(Self.list(columns.count)) ON CONFLICT(id) DO UPDATE SET \(updates)",
                       arguments: StatementArguments(values))
        if merged {
            let extra = extra ?? [nil, nil, nil, nil]
            try db.execute(sql: """
                INSERT OR REPLACE INTO merged_node (id, type, kind, date, time_of_day, organizer, place, first_evidence, draft, json) VALUES (?,?,?,?,?,?,?,?,?,?)
                """, arguments: [node.id.rawValue, node.type.rawValue, node.kind?.rawValue, node.date?.iso, node.timeOfDay?.rawValue, extra[1], extra[2], extra[3], extra[0], json])
        }
        try db.execute(sql: "DELETE FROM name WHERE node_id = ?", arguments: [node.id.rawValue])
        for name in Set([node.label] + node.aliases).sorted() {
            try db.execute(sql: "INSERT INTO name (node_id, name, normalized) VALUES (?,?,?)", arguments: [node.id.rawValue, name, NameMatch.normalize(name)])
        }
    }

    /// Removes a node from the merge and from what readers see.
    func deleteMerged(_ id: NodeID) throws {
        try db.execute(sql: "DELETE FROM evidence WHERE via = ?", arguments: [id.rawValue])
        try db.execute(sql: "DELETE FROM merged_node WHERE id = ?", arguments: [id.rawValue])
        try deleteNode(id)
    }

    func replaceEvidence(_ evidence: [Evidence], node: NodeID) throws {
        try db.execute(sql: "DELETE FROM evidence WHERE node_id = ?", arguments: [node.rawValue])
        for e in evidence { try insertEvidence(e, node: node) }
    }

    func insertEvidence(_ e: Evidence, node: NodeID? = nil, edge: EdgeKey? = nil, via: NodeID? = nil) throws {
        try db.execute(sql: "INSERT INTO evidence (node_id, edge_source, edge_target, edge_relation, document, offset, length, text, kind, via) VALUES (?,?,?,?,?,?,?,?,?,?)",
                       arguments: [node?.rawValue, edge?.source.rawValue, edge?.target.rawValue, edge?.relation.rawValue, e.document.rawValue, e.offset, e.length, e.text, e.kind, via?.rawValue])
    }

    /// Writes (or, for nil, deletes) one edge and its evidence.
    func writeEdge(_ edge: Edge?, key: EdgeKey) throws {
        let k: [any DatabaseValueConvertible & Sendable] = [key.source.rawValue, key.target.rawValue, key.relation.rawValue]
        try db.execute(sql: "DELETE FROM evidence WHERE edge_source = ? AND edge_target = ? AND edge_relation = ?", arguments: StatementArguments(k))
        guard let edge, try Int.fetchOne(db, sql: "SELECT count(*) FROM node WHERE id IN (?, ?)", arguments: [key.source.rawValue, key.target.rawValue]) == 2 else {
            try db.execute(sql: "DELETE FROM edge WHERE source = ? AND target = ? AND relation = ?", arguments: StatementArguments(k))
            return
        }
        try db.execute(sql: "INSERT OR REPLACE INTO edge (source, target, relation, json) VALUES (?,?,?,?)",
                       arguments: StatementArguments(k + [JSONWriter.string(GraphJSON.encode(edge), pretty: false)]))
        for e in edge.evidence { try insertEvidence(e, edge: key) }
    }

    // MARK: Helpers

    func documentRanks(_ docs: Set<Int64>) throws -> [Int64: Int] {
        guard !docs.isEmpty else { return [:] }
        let rows = try Row.fetchAll(db, sql: "SELECT id FROM document WHERE id IN \(Self.list(docs.count)) ORDER BY path, doc_key",
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
