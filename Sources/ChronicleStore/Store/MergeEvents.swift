@_spi(Merge) import ChronicleCore
import Foundation
import GRDB

/// Step 2: regrouping events — the groups of events whose dates meet the agenda's
/// date ranges clustered again (or the new document's events placed in them).
extension IncrementalMerge {
    /// Clusters again the groups of events whose dates meet the agenda.dateRanges.
    mutating func recluster() throws {
        guard !agenda.dateRanges.isEmpty || !agenda.goneEvents.isEmpty else { return }
        let span = try Int.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'max_event_span'")) ?? 0
        var rows: [String: Row] = [:]  // "doc|local" → row
        var pending = agenda.dateRanges
        var covered: [(from: String, to: String)] = []
        try Self.timed("recluster: gather") {
            while let (from, to) = pending.popLast() {
                if covered.contains(where: { $0.from <= from && to <= $0.to }) { continue }
                covered.append((from, to))
                let lower = Self.shifted(from, days: -span)
                for r in try Row.fetchAll(db.cachedStatement(sql: "SELECT doc, local, seq, day_from, day_to, cluster, json FROM part_event WHERE day_from >= ? AND day_from <= ? AND day_to >= ?"),
                                          arguments: [lower, to, from]) {
                    let id = "\(r["doc"] as Int64)|\(r["local"] as String)"
                    if rows[id] == nil {
                        rows[id] = r
                        pending.append((r["day_from"], r["day_to"]))
                    }
                }
            }
        }
        let ordered = rows.values.sorted { ($0["doc"] as Int64, $0["seq"] as Int) < ($1["doc"] as Int64, $1["seq"] as Int) }
        let rank = try documentRanks(Set(ordered.map { $0["doc"] as Int64 }))
        if try Self.timed("recluster: append", { try appendToGroups(ordered, rank: rank) }) { return }
        var members: [MergeSPI.Member] = []
        try Self.timed("recluster: decode") {
            for r in ordered {
                members.append((rank[r["doc"] as Int64]!, r["seq"], try decodedParts.event(doc: r["doc"], local: r["local"], json: r["json"])))
            }
        }
        let (events, assignment) = Self.timed("recluster: cluster") { MergeSPI.cluster(members) }
        // Old merged events of these members, and any whose last member left.
        var old = agenda.goneEvents
        for r in ordered { if let c: String = r["cluster"] { old.insert(NodeID(c)) } }
        let new = Set(events.map(\.id))
        for id in old.subtracting(new) {
            if let stored = try Row.fetchOne(db.cachedStatement(sql: "SELECT organizer, place FROM merged_node WHERE id = ?"), arguments: [id.rawValue]) {
                markOrganizerAndPlace(id, organizer: stored["organizer"], place: stored["place"])
            }
            try deleteMerged(id)
        }
        var changedClusters = Set<NodeID>()
        var datesChanged = Set<NodeID>()
        try Self.timed("recluster: write") {
            for event in events {
                let draft = Self.json(event)
                let stored = try Row.fetchOne(db.cachedStatement(sql: "SELECT draft, date, time_of_day FROM merged_node WHERE id = ?"), arguments: [event.id.rawValue])
                if let stored, (stored["date"] as String?) != event.date?.iso || (stored["time_of_day"] as String?) != event.timeOfDay?.rawValue {
                    datesChanged.insert(event.id)
                }
                if stored?["draft"] as String? != draft {
                    try writeEvent(event, draft: draft)
                    changedClusters.insert(event.id)
                }
            }
        }
        agenda.changedEvents.formUnion(changedClusters)
        agenda.changedEvents.formUnion(old.subtracting(new))
        // Members that moved: their edges, statements and references follow (references
        // of a member that stayed in an event weighed as before resolve as they did).
        var weighingKept: [NodeID: Bool] = [:]
        try Self.timed("recluster: members") {
            for (m, r) in ordered.enumerated() {
                let cluster = events[assignment[m]].id
                let doc: Int64 = r["doc"], local: String = r["local"]
                let before = (r["cluster"] as String?).map(NodeID.init(rawValue:))
                if before == cluster && !changedClusters.contains(cluster) { continue }
                if before != cluster {
                    try db.cachedStatement(sql: "UPDATE part_event SET cluster = ? WHERE doc = ? AND local = ?").execute(arguments: [cluster.rawValue, doc, local])
                    try stampStatements(doc: doc, local: local)
                    for end in ["source", "target"] {
                        for e in try Row.fetchAll(db.cachedStatement(sql: "SELECT source, target, relation FROM part_edge WHERE doc = ? AND local_\(end) = ?"), arguments: [doc, local]) {
                            if let key = Self.edgeKey(e) { agenda.edges.insert(key) }
                        }
                        try db.cachedStatement(sql: "UPDATE part_edge SET \(end) = ? WHERE doc = ? AND local_\(end) = ?").execute(arguments: [cluster.rawValue, doc, local])
                        for e in try Row.fetchAll(db.cachedStatement(sql: "SELECT source, target, relation FROM part_edge WHERE doc = ? AND local_\(end) = ?"), arguments: [doc, local]) {
                            if let key = Self.edgeKey(e) { agenda.edges.insert(key) }
                        }
                    }
                }
                // The new document's own statements are marked already; others' are reordered
                // only when their event moved or changed date or time.
                if doc != added?.row, before != cluster || datesChanged.contains(cluster) {
                    for measure in try String.fetchAll(db.cachedStatement(sql: "SELECT measure FROM part_statement WHERE doc = ? AND event = ?"), arguments: [doc, local]) {
                        if before != cluster { agenda.reorderedMeasures.insert(NodeID(measure)) } else { agenda.redatedMeasures.insert(NodeID(measure)) }
                    }
                }
                if before == cluster {
                    if weighingKept[cluster] == nil { weighingKept[cluster] = try self.weighingKept(cluster) }
                    if weighingKept[cluster] == true { continue }
                }
                for id in try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM part_reference WHERE doc = ? AND source_local = ?"), arguments: [doc, local]) {
                    agenda.references.insert(id)
                }
            }
        }
        agenda.dateRanges = []
        agenda.goneEvents = []
    }

    /// The new document's events placed in their groups without clustering the groups
    /// again, when that gives what clustering again would: nothing was removed, the new
    /// document comes last in merge order among the groups' documents, and it reports no
    /// event where a stored document only refers to one. Clustering is
    /// greedy in that order, so the stored events are its result for every other
    /// document, and each new event joins the first stored or new event it matches (in
    /// order of their first members) or starts one. False when it does not apply.
    mutating func appendToGroups(_ rows: [Row], rank: [Int64: Int]) throws -> Bool {
        guard !agenda.removedAny, agenda.goneEvents.isEmpty, let added, let mine = rank[added.row], rank.values.allSatisfy({ $0 <= mine }) else { return false }
        // Clustering takes the events a document reports before those it only refers to: a
        // new reported event comes before a stored referred one, and the stored events are
        // then not what clustering again gives (a 2024 report of a 2014 meeting, stored
        // after a 2014 item that only named it).
        var newReported = false, storedReferred = false
        var referred: [Int] = []
        for r in rows {
            let only = try decodedParts.event(doc: r["doc"], local: r["local"], json: r["json"]).properties["referred"] == .bool(true)
            referred.append(only ? 1 : 0)
            if (r["doc"] as Int64) == added.row { newReported = newReported || !only } else { storedReferred = storedReferred || only }
        }
        if newReported && storedReferred { return false }
        // Stored events of the groups, in the order clustering made them: of their first
        // members, reported before referred, then in merge order.
        var first: [NodeID: (Int, Int, Int)] = [:]
        for (k, r) in rows.enumerated() where (r["doc"] as Int64) != added.row {
            guard let c: String = r["cluster"] else { return false }
            let key = (referred[k], rank[r["doc"] as Int64]!, r["seq"] as Int)
            if let known = first[NodeID(c)], known <= key { continue }
            first[NodeID(c)] = key
        }
        var clusters: [(id: NodeID, event: Node, touched: Bool)] = []
        for id in first.keys.sorted(by: { first[$0]! < first[$1]! }) {
            guard let draft = try String.fetchOne(db.cachedStatement(sql: "SELECT draft FROM merged_node WHERE id = ?"), arguments: [id.rawValue]) else { return false }
            clusters.append((id, try Self.node(draft, id: id), false))
        }
        var used = Set(clusters.map(\.id))
        var placed: [(local: String, cluster: NodeID)] = []
        // The new document's events in clustering's order: reported, then referred.
        let ownRows = rows.indices.filter { (rows[$0]["doc"] as Int64) == added.row }.sorted { (referred[$0], rows[$0]["seq"] as Int) < (referred[$1], rows[$1]["seq"] as Int) }
        for r in ownRows.map({ rows[$0] }) {
            let member = try decodedParts.event(doc: r["doc"], local: r["local"], json: r["json"])
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
            let stored = try Row.fetchOne(db.cachedStatement(sql: "SELECT date, time_of_day FROM merged_node WHERE id = ?"), arguments: [cluster.id.rawValue])
            let redated = stored.map { ($0["date"] as String?) != cluster.event.date?.iso || ($0["time_of_day"] as String?) != cluster.event.timeOfDay?.rawValue } ?? false
            try writeEvent(cluster.event, draft: Self.json(cluster.event))
            agenda.changedEvents.insert(cluster.id)
            guard redated else { continue }
            // Other documents' statements and references of an event whose date or time moved.
            for r in try Row.fetchAll(db.cachedStatement(sql: "SELECT doc, local FROM part_event WHERE cluster = ?"), arguments: [cluster.id.rawValue]) {
                let doc: Int64 = r["doc"], local: String = r["local"]
                for measure in try String.fetchAll(db.cachedStatement(sql: "SELECT measure FROM part_statement WHERE doc = ? AND event = ?"), arguments: [doc, local]) {
                    agenda.redatedMeasures.insert(NodeID(measure))
                }
                agenda.references.formUnion(try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM part_reference WHERE doc = ? AND source_local = ?"), arguments: [doc, local]))
            }
        }
        // The new document's events: their cluster, edges and references.
        for (local, cluster) in placed {
            try db.cachedStatement(sql: "UPDATE part_event SET cluster = ? WHERE doc = ? AND local = ?").execute(arguments: [cluster.rawValue, added.row, local])
            try stampStatements(doc: added.row, local: local)
            for end in ["source", "target"] {
                try db.cachedStatement(sql: "UPDATE part_edge SET \(end) = ? WHERE doc = ? AND local_\(end) = ?").execute(arguments: [cluster.rawValue, added.row, local])
                for e in try Row.fetchAll(db.cachedStatement(sql: "SELECT source, target, relation FROM part_edge WHERE doc = ? AND local_\(end) = ?"), arguments: [added.row, local]) {
                    if let key = Self.edgeKey(e) { agenda.edges.insert(key) }
                }
            }
            agenda.references.formUnion(try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM part_reference WHERE doc = ? AND source_local = ?"), arguments: [added.row, local]))
        }
        agenda.dateRanges = []
        return true
    }

    func deleteNode(_ id: NodeID) throws {
        try db.cachedStatement(sql: "DELETE FROM evidence WHERE edge_source = ? OR edge_target = ?").execute(arguments: [id.rawValue, id.rawValue])
        try db.cachedStatement(sql: "DELETE FROM node WHERE id = ?").execute(arguments: [id.rawValue])
    }

    /// Writes a merged event (its level is decided later) with its organizer and place.
    mutating func writeEvent(_ event: Node, draft: String) throws {
        let old = try Row.fetchOne(db.cachedStatement(sql: "SELECT organizer, place, draft FROM merged_node WHERE id = ?"), arguments: [event.id.rawValue])
        if let old { markOrganizerAndPlace(event.id, organizer: old["organizer"], place: old["place"]) }
        if agenda.previousDrafts[event.id] == nil { agenda.previousDrafts[event.id] = .some(old?["draft"] as String?) }
        let node = MergeSPI.eventNode(event, level: nil)
        let parts = MergeSPI.organizerAndPlace(of: event)
        let organizer = parts.nodes.first { $0.type == .organization }?.label
        let place = parts.nodes.first { $0.type == .place }?.label
        try writeMerged(node, event: .init(draft: draft, organizer: organizer, place: place, firstEvidence: JSONWriter.string(GraphJSON.encode(event.evidence[0]), pretty: false)))
        try stampStatements(cluster: event.id)
        try replaceEvidence(node.evidence, node: node.id)
        try writeGrams(event)
        markOrganizerAndPlace(event.id, organizer: organizer, place: place)
        // Its first sentence is evidence of its organizer and place (a row each, by way
        // of the event, so that the event going takes exactly its rows).
        try db.cachedStatement(sql: "DELETE FROM evidence WHERE via = ?").execute(arguments: [event.id.rawValue])
        for node in parts.nodes { agenda.pendingVia.append((node.id, event.id, event.evidence[0])) }
    }

    /// The bigrams by which references find a merged event (`event_gram`: the union of its
    /// names' normalized grams as name -1, and each long name's raw bigrams; the two
    /// smallest of those in `event_name_key`), written again only when they changed: an
    /// event that gains a sentence keeps its names.
    func writeGrams(_ event: Node) throws {
        let grams = MergeSPI.eventGrams(event)
        var normalized = Set<Int64>()
        for name in grams.names { normalized.formUnion(name.normalized) }
        struct GramRow: Hashable { var gram: Int64, name: Int, need: Int }
        var rows = Set(normalized.map { GramRow(gram: $0, name: -1, need: 0) })
        var keys: [(name: Int, first: Int64, second: Int64)] = []
        for (k, raw) in grams.raw.enumerated() where !raw.isEmpty {
            for gram in raw { rows.insert(GramRow(gram: gram, name: k, need: raw.count)) }
            // Sorted: the two smallest bigrams key the name (``weigh``).
            keys.append((k, raw[0], raw[min(1, raw.count - 1)]))
        }
        let id = event.id.rawValue
        let storedRows = Set(try Row.fetchAll(db.cachedStatement(sql: "SELECT gram, name, need FROM event_gram WHERE event = ?"), arguments: [id])
            .map { GramRow(gram: $0["gram"], name: $0["name"], need: $0["need"]) })
        let storedKeys = try Row.fetchAll(db.cachedStatement(sql: "SELECT name, first, second FROM event_name_key WHERE event = ? ORDER BY name"), arguments: [id])
            .map { (name: $0["name"] as Int, first: $0["first"] as Int64, second: $0["second"] as Int64) }
        if storedRows == rows, storedKeys.elementsEqual(keys, by: { $0 == $1 }) { return }
        try db.cachedStatement(sql: "DELETE FROM event_gram WHERE event = ?").execute(arguments: [id])
        for row in rows.sorted(by: { ($0.name, $0.gram) < ($1.name, $1.gram) }) {
            try db.cachedStatement(sql: "INSERT INTO event_gram (gram, event, name, need) VALUES (?, ?, ?, ?)").execute(arguments: [row.gram, id, row.name, row.need])
        }
        try db.cachedStatement(sql: "DELETE FROM event_name_key WHERE event = ?").execute(arguments: [id])
        for key in keys {
            try db.cachedStatement(sql: "INSERT INTO event_name_key (event, name, first, second) VALUES (?, ?, ?, ?)").execute(arguments: [id, key.name, key.first, key.second])
        }
        candidateIndex.written(id, normalized: normalized, keys: keys.map { ($0.first, $0.second) })
    }

    mutating func markOrganizerAndPlace(_ event: NodeID, organizer: String?, place: String?) {
        if let organizer {
            agenda.nodes.insert(NodeID("o-" + organizer))
            agenda.edges.insert(EdgeKey(source: NodeID("o-" + organizer), target: event, relation: .organizes))
        }
        if let place {
            agenda.nodes.insert(NodeID("pl-" + place))
            agenda.edges.insert(EdgeKey(source: event, target: NodeID("pl-" + place), relation: .locatedIn))
        }
    }
}
