@_spi(Merge) import ChronicleCore
import Foundation
import GRDB

/// Step 4: references — what events convey, resolved again where an event changed.
extension IncrementalMerge {
    /// Re-resolves the marked references, and those a changed event may answer.
    mutating func resolveReferences() throws {
        // Many references weigh the same events, and a report repeats its references:
        // events are read and prepared once, candidates found once per name, and each
        // reference resolved once per source event, kind, text and day (as GraphMerger does).
        var cache = ReferenceCache()
        try Self.timed("references: find") { try findReferences(cache: &cache) }
        try Self.timed("references: resolve") {
            for id in agenda.references.sorted() { try resolve(id, cache: &cache) }
        }
        agenda.references = []
    }

    /// Marks the references a changed event may answer: those from or to it, those
    /// naming its day, and those whose bigrams it shares enough of — of these last,
    /// only those the event can name as it is now or as it was before (an event the
    /// resolver does not weigh for a reference leaves its targets as they were).
    mutating func findReferences(cache: inout ReferenceCache) throws {
        var byName: [Int64: Set<NodeID>] = [:]
        for id in agenda.changedEvents {
            // Reported again (evidence added), weighed as before: no reference changes.
            if try weighingKept(id) { continue }
            agenda.references.formUnion(try Int64.fetchAll(db.cachedStatement(sql: "SELECT reference FROM reference_target WHERE target = ?"), arguments: [id.rawValue]))
            agenda.references.formUnion(try Int64.fetchAll(db.cachedStatement(sql: "SELECT reference FROM reference_target WHERE source = ?"), arguments: [id.rawValue]))
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT draft FROM merged_node WHERE id = ?"), arguments: [id.rawValue]), let text: String = row["draft"] else { continue }
            let event = try Self.node(text, id: id)
            let date = event.date!.iso
            agenda.references.formUnion(try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM part_reference WHERE kind = 'named' AND date = ?"), arguments: [date]))
            let grams = MergeSPI.eventGrams(event)
            var found = Set<Int64>()
            for name in grams.names where !name.normalized.isEmpty {
                found.formUnion(try Int64.fetchAll(db.cachedStatement(sql: """
                    SELECT reference FROM reference_gram WHERE gram IN \(Self.list(name.normalized.count)) AND source_date >= ?
                    GROUP BY reference HAVING COUNT(DISTINCT gram) >= ?
                    """), arguments: StatementArguments(name.normalized.map { $0 as any DatabaseValueConvertible } + [date, name.need])))
            }
            for raw in grams.raw where !raw.isEmpty {
                found.formUnion(try Int64.fetchAll(db.cachedStatement(sql: """
                    SELECT reference FROM reference_gram WHERE gram IN \(Self.list(raw.count)) AND source_date >= ?
                    GROUP BY reference HAVING COUNT(DISTINCT gram) >= ?
                    """), arguments: StatementArguments(raw.map { $0 as any DatabaseValueConvertible } + [date, raw.count])))
            }
            for reference in found { byName[reference, default: []].insert(id) }
            if event.kind == .instruction {
                agenda.references.formUnion(try Int64.fetchAll(db.cachedStatement(sql: """
                    SELECT id FROM part_reference WHERE (instruction = 1 AND (date = ? OR (date IS NULL AND recent = 1 AND (source_date IS NULL OR source_date >= ?))))
                      OR (kind = 'instruction_authors' AND (source_date IS NULL OR source_date = ?))
                    """), arguments: [date, date, date]))
            }
        }
        for (id, events) in byName.sorted(by: { $0.key < $1.key }) where !agenda.references.contains(id) {
            guard let (reference, source) = try storedReference(id) else {
                agenda.references.insert(id)
                continue
            }
            let preparedSource = try prepared(source.id, draft: nil, node: source, cache: &cache)
            for event in events.sorted() {
                if try canName(reference, source: preparedSource, event: event, cache: &cache) {
                    agenda.references.insert(id)
                    break
                }
            }
        }
    }

    /// Whether the merged event `id`, rewritten in this update, is weighed as it was
    /// before it (``MergeSPI/Weighed``): then every reference from it or that may name it
    /// resolves as it did.
    func weighingKept(_ id: NodeID) throws -> Bool {
        guard case .some(.some(let before)) = agenda.previousDrafts[id],
            let now = try String.fetchOne(db.cachedStatement(sql: "SELECT draft FROM merged_node WHERE id = ?"), arguments: [id.rawValue])
        else { return false }
        if now == before { return true }
        return MergeSPI.Weighed(try Self.node(before, id: id)) == MergeSPI.Weighed(try Self.node(now, id: id))
    }

    /// Whether `event` can be what `reference` names, as it is now or as it was before
    /// this change (true when its earlier draft is unknown).
    func canName(_ reference: ConveyReference, source: MergeSPI.PreparedEvent, event: NodeID, cache: inout ReferenceCache) throws -> Bool {
        guard let before = agenda.previousDrafts[event] else { return true }
        if let before, MergeSPI.canName(reference, source: source, candidate: MergeSPI.prepare(try Self.node(before, id: event))) { return true }
        guard let now = try String.fetchOne(db.cachedStatement(sql: "SELECT draft FROM merged_node WHERE id = ?"), arguments: [event.rawValue]) else { return true }
        return MergeSPI.canName(reference, source: source, candidate: try prepared(event, draft: now, node: nil, cache: &cache))
    }

    /// A merged event made ready to be weighed, read once per batch.
    func prepared(_ id: NodeID, draft: String?, node: Node?, cache: inout ReferenceCache) throws -> MergeSPI.PreparedEvent {
        if let known = cache.prepared[id] { return known }
        let event: MergeSPI.PreparedEvent
        if let node {
            event = MergeSPI.prepare(node)
        } else if let draft {
            event = try preparedEvents.event(id.rawValue, draft: draft)
        } else {
            guard let text = try String.fetchOne(db.cachedStatement(sql: "SELECT draft FROM merged_node WHERE id = ?"), arguments: [id.rawValue]) else {
                throw StoreError.database(path: "", message: "merged event \(id.rawValue) has no draft")
            }
            event = try preparedEvents.event(id.rawValue, draft: text)
        }
        cache.prepared[id] = event
        return event
    }

    /// A stored reference and the merged event it comes from (nil when its event is in
    /// no merged event).
    func storedReference(_ id: Int64) throws -> (reference: ConveyReference, source: Node)? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT r.kind, r.date, r.json, r.source_local, e.cluster, n.draft FROM part_reference r
            JOIN part_event e ON e.doc = r.doc AND e.local = r.source_local LEFT JOIN merged_node n ON n.id = e.cluster WHERE r.id = ?
            """), arguments: [id]), let cluster: String = row["cluster"], let draft: String = row["draft"]
        else { return nil }
        let fields = try JSONParser.parse(row["json"] as String)
        guard case .string(let text)? = fields["text"], case .string(let rule)? = fields["rule"], let kind = ConveyReference.Kind(rawValue: row["kind"]) else { return nil }
        let evidence = try GraphJSON.decodeEvidence(value: fields["evidence"] ?? .null)
        let reference = ConveyReference(source: NodeID(row["source_local"] as String), kind: kind, text: text,
                                        date: (row["date"] as String?).flatMap(CalendarDate.init(iso:)), evidence: evidence, rule: rule)
        return (reference, try Self.node(draft, id: NodeID(cluster)))
    }

    /// What resolving one batch of references reads more than once.
    struct ReferenceCache {
        var prepared: [NodeID: MergeSPI.PreparedEvent] = [:]
        var targets: [String: [NodeID]] = [:]
    }

    mutating func resolve(_ id: Int64, cache: inout ReferenceCache) throws {
        let old = try Row.fetchAll(db.cachedStatement(sql: "SELECT source, target FROM reference_target WHERE reference = ?"), arguments: [id]).map {
            EdgeKey(source: NodeID($0["source"] as String), target: NodeID($0["target"] as String), relation: .conveys)
        }
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT r.kind, r.date, r.json, r.source_local, e.cluster, n.draft FROM part_reference r
            JOIN part_event e ON e.doc = r.doc AND e.local = r.source_local LEFT JOIN merged_node n ON n.id = e.cluster WHERE r.id = ?
            """), arguments: [id]), let cluster: String = row["cluster"], let draft: String = row["draft"]
        else {
            agenda.edges.formUnion(old)
            try db.cachedStatement(sql: "DELETE FROM reference_target WHERE reference = ?").execute(arguments: [id])
            return
        }
        let source = try Self.node(draft, id: NodeID(cluster))
        let sourceDate = source.date!.iso
        try db.cachedStatement(sql: "UPDATE part_reference SET source_date = ? WHERE id = ?").execute(arguments: [sourceDate, id])
        try db.cachedStatement(sql: "UPDATE reference_gram SET source_date = ? WHERE reference = ?").execute(arguments: [sourceDate, id])
        let fields = try JSONParser.parse(row["json"] as String)
        guard case .string(let text)? = fields["text"], case .string(let rule)? = fields["rule"], let kind = ConveyReference.Kind(rawValue: row["kind"]) else { return }
        let evidence = try GraphJSON.decodeEvidence(value: fields["evidence"] ?? .null)
        let reference = ConveyReference(source: NodeID(row["source_local"] as String), kind: kind, text: text,
                                        date: (row["date"] as String?).flatMap(CalendarDate.init(iso:)), evidence: evidence, rule: rule)
        let key = [cluster, kind.rawValue, text, reference.date?.iso ?? ""].joined(separator: "\u{1F}")
        let targets: [NodeID]
        if let known = cache.targets[key] {
            targets = known
        } else if let resolved = try Self.timed("references: resolved alike", { try resolvedAlike(id, cluster: cluster, kind: kind, text: text, date: row["date"]) }) {
            targets = resolved
            cache.targets[key] = resolved
        } else {
            targets = try Self.timed("references: weigh") { try weigh(reference, source: source, sourceDate: sourceDate, cache: &cache) }
            cache.targets[key] = targets
        }
        let new = targets.map { EdgeKey(source: source.id, target: $0, relation: .conveys) }
        guard Set(new) != Set(old) else { return }
        agenda.edges.formUnion(old)
        agenda.edges.formUnion(new)
        try db.cachedStatement(sql: "DELETE FROM reference_target WHERE reference = ?").execute(arguments: [id])
        for key in new {
            try db.cachedStatement(sql: "INSERT INTO reference_target (reference, source, target) VALUES (?,?,?)").execute(arguments: [id, key.source.rawValue, key.target.rawValue])
        }
    }

    /// The stored targets of another reference from the same merged event, of the same
    /// kind, text and day, that this update does not resolve again (not in the agenda):
    /// what this one resolves to, since the resolver reads nothing else of a reference
    /// and the store keeps every reference outside the agenda resolved against the
    /// events as they are. A report that restates another's meetings (a compilation, a
    /// copy, next year's report of the same sessions) then weighs none of its references
    /// again. Nil when there is none.
    func resolvedAlike(_ id: Int64, cluster: String, kind: ConveyReference.Kind, text: String, date: String?) throws -> [NodeID]? {
        // (By the event's parts first: by kind and day, SQLite read every reference without one.)
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT r.id, r.json FROM part_event e CROSS JOIN part_reference r ON r.doc = e.doc AND r.source_local = e.local
            WHERE e.cluster = ? AND +r.kind = ? AND +r.date IS ? AND r.id != ?
            """), arguments: [cluster, kind.rawValue, date, id])
        for row in rows {
            let other: Int64 = row["id"]
            guard !agenda.references.contains(other), case .string(let written)? = try JSONParser.parse(row["json"] as String)["text"], written == text else { continue }
            return try String.fetchAll(db.cachedStatement(sql: "SELECT target FROM reference_target WHERE reference = ? ORDER BY target"), arguments: [other]).map(NodeID.init)
        }
        return nil
    }

    /// What `reference` from `source` conveys: its candidates (events of the day it
    /// names, else events sharing enough bigrams with it, and instructions it may name)
    /// weighed as ``GraphMerger`` does.
    func weigh(_ reference: ConveyReference, source: Node, sourceDate: String, cache: inout ReferenceCache) throws -> [NodeID] {
        var candidates = Set<String>()
        switch reference.kind {
        case .instructionAuthors:
            candidates.formUnion(try String.fetchAll(db.cachedStatement(sql: "SELECT id FROM merged_node WHERE kind = 'instruction' AND date = ?"), arguments: [sourceDate]))
        case .named, .studyItem:
            if let date = reference.date {
                candidates.formUnion(try String.fetchAll(db.cachedStatement(sql: "SELECT id FROM merged_node WHERE type = 'event' AND date = ?"), arguments: [date.iso]))
            } else {
                let name = reference.kind.rawValue + "\u{1F}" + reference.text
                if let known = candidateIndex.candidates(name) {
                    candidates = known
                } else { try Self.timed("references: candidates by name") {
                    let grams = MergeSPI.referenceGrams(reference)
                    if !grams.name.normalized.isEmpty {
                        candidates.formUnion(try String.fetchAll(db.cachedStatement(sql: """
                            SELECT event FROM event_gram WHERE gram IN \(Self.list(grams.name.normalized.count)) AND name = -1
                            GROUP BY event HAVING COUNT(DISTINCT gram) >= ?
                            """), arguments: StatementArguments(grams.name.normalized.map { $0 as any DatabaseValueConvertible } + [grams.name.need])))
                    }
                    if !grams.raw.isEmpty {
                        // Event names (six characters or more) the text may hold whole: those
                        // whose two smallest bigrams it holds, a superset of those whose every
                        // bigram it holds (the resolver weighs each whole name).
                        let raw = grams.raw.map { $0 as any DatabaseValueConvertible }
                        candidates.formUnion(try String.fetchAll(db.cachedStatement(sql: """
                            SELECT DISTINCT event FROM event_name_key WHERE first IN \(Self.list(raw.count)) AND second IN \(Self.list(raw.count))
                            """), arguments: StatementArguments(raw + raw)))
                    }
                    candidateIndex.add(name, .init(normalized: Set(grams.name.normalized), need: grams.name.need, raw: Set(grams.raw), events: candidates))
                } }
                if reference.kind == .named, MergeSPI.instructionFlags(reference) == (true, true) {
                    candidates.formUnion(try Self.timed("references: recent instructions") { try String.fetchAll(db.cachedStatement(sql: "SELECT id FROM merged_node WHERE kind = 'instruction' AND date <= ? ORDER BY date DESC LIMIT 200"), arguments: [sourceDate]) })
                }
            }
        }
        candidates.remove(source.id.rawValue)
        // In any order: the resolver weighs them in id order (NodeID's, by UTF-8 bytes;
        // sorting the Strings here compared Chinese text by Unicode rules, for nothing).
        var events: [MergeSPI.PreparedEvent] = []
        for candidate in candidates {
            let id = NodeID(candidate)
            if let known = cache.prepared[id] {
                events.append(known)
            } else if let text = try String.fetchOne(db.cachedStatement(sql: "SELECT draft FROM merged_node WHERE id = ?"), arguments: [candidate]) {
                let event = try preparedEvents.event(candidate, draft: text)
                cache.prepared[id] = event
                events.append(event)
            }
        }
        let preparedSource = cache.prepared[source.id] ?? MergeSPI.prepare(source)
        cache.prepared[source.id] = preparedSource
        return MergeSPI.resolve(reference, source: preparedSource, candidates: events)
    }
}
