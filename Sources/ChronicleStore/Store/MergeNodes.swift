@_spi(Merge) import ChronicleCore
import Foundation
import GRDB

/// Step 3: folding nodes — persons, measures and titled documents from their facts
/// (``NodeFacts``), organizations and places from the events they organized or hosted.
extension IncrementalMerge {
    /// Persons, measures and titled documents from the documents naming them;
    /// organizations and places from the events they organized or hosted.
    mutating func refoldNodes() throws {
        let facts = NodeFacts(db: db)
        for id in agenda.nodeFacts.sorted() { try Self.timed("nodes: rebuild facts") { try facts.rebuild(id) } }
        agenda.nodeFacts = []
        for id in agenda.nodes.sorted() {
            let before = try Row.fetchOne(db.cachedStatement(sql: "SELECT json FROM merged_node WHERE id = ?"), arguments: [id.rawValue])
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
                agenda.levels.formUnion(try String.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT target FROM part_edge WHERE source = ? AND relation = 'chairs' AND target IS NOT NULL"), arguments: [id.rawValue]).map(NodeID.init(rawValue:)))
                let agent = String(id.rawValue.dropFirst(2))
                agenda.levels.formUnion(try String.fetchAll(db.cachedStatement(sql: "SELECT id FROM merged_node WHERE type = 'event' AND json_extract(draft, '$.metadata.agent') = ?"), arguments: [agent]).map(NodeID.init(rawValue:)))
            }
            try Self.timed("nodes: write") { try writeMerged(node) }
        }
        agenda.nodes = []
        try Self.timed("nodes: evidence") { try insertPending() }
    }

    mutating func insertPending() throws {
        for (id, evidence) in agenda.pendingEvidence where try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM node WHERE id = ?"), arguments: [id.rawValue]) == true {
            try insertEvidence(evidence, node: id)
        }
        agenda.pendingEvidence = []
        for item in agenda.pendingVia where try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM node WHERE id = ?"), arguments: [item.node.rawValue]) == true {
            try insertEvidence(item.evidence, node: item.node, via: item.event)
        }
        agenda.pendingVia = []
    }

    /// A node as merging all documents gives it, before corrections; nil when no
    /// document (or, for organizations and places, no event) states it. Evidence only
    /// when asked (a person named in thousands of documents has thousands of sentences).
    func uncorrectedNode(_ id: NodeID, evidence: Bool) throws -> Node? {
        let raw = id.rawValue
        if raw.hasPrefix("e-") {
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT draft, json FROM merged_node WHERE id = ?"), arguments: [raw]), let draft: String = row["draft"] else { return nil }
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
                ? try String.fetchAll(db.cachedStatement(sql: "SELECT first_evidence FROM merged_node WHERE type = 'event' AND \(column) = ?"), arguments: [label])
                : try String.fetchAll(db.cachedStatement(sql: "SELECT first_evidence FROM merged_node WHERE type = 'event' AND \(column) = ? LIMIT 1"), arguments: [label])
            guard !rows.isEmpty else { return nil }
            var items: [Evidence] = []
            if evidence { for text in rows { items.append(try GraphJSON.decodeEvidence(value: try JSONParser.parse(text))) } }
            return Node(id: id, label: label, type: organization ? .organization : .place,
                        properties: ["rule": .string(organization ? RuleName.organizationOrganizer.rawValue : RuleName.placeEventPlace.rawValue)], evidence: items)
        }
        if !evidence { return try NodeFacts(db: db).merged(id) }
        let parts = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT p.json, p.evidence FROM part_node p JOIN document d ON d.id = p.doc WHERE p.node = ? ORDER BY d.path, d.doc_key
            """), arguments: [raw])
        guard !parts.isEmpty else { return nil }
        var folded = Graph()
        for part in parts {
            var node = try Self.node(part["json"], id: id)
            if evidence { node.evidence = try Self.evidence(part["evidence"]) }
            folded.upsert(node)
        }
        return folded[id]
    }
}
