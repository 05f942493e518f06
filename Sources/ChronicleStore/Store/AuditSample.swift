import ChronicleCore
import Foundation
import GRDB

/// The kinds of fact an audit sheet samples.
public enum AuditKind: String, CaseIterable, Sendable {
    case events, persons, measures, chairs, attends, speaks, sets, conveys
    case firstSeen = "first_seen"

    /// The edge relation of an edge kind; nil for the node kinds.
    public var relation: Relation? {
        switch self {
        case .events, .persons, .measures: nil
        case .chairs: .chairs
        case .attends: .attends
        case .speaks: .speaksAt
        case .sets: .sets
        case .firstSeen: .firstSeen
        case .conveys: .conveys
        }
    }

    /// The node type of a node kind; nil for the edge kinds.
    public var nodeType: NodeType? {
        switch self {
        case .events: .event
        case .persons: .person
        case .measures: .measure
        default: nil
        }
    }
}

/// One fact drawn for an audit, as a reviewer reads it.
public struct AuditFact: Hashable, Sendable {
    public var kind: AuditKind
    /// The fact in one line: `2024-01-02 国务院常务会议 (meeting, central)`,
    /// `李强 (国务院总理)`, `李强 —chairs→ 2024-01-02 国务院常务会议`.
    public var fact: String
    /// The rule that produced it (`metadata.rule`), if recorded.
    public var rule: String?
    /// The documents (paths) of its evidence, in evidence order, without repeats.
    public var documents: [String]
    /// The sentences that state it, in evidence order (at most ``GraphStore/auditEvidenceLimit``).
    public var evidence: [String]
}

/// The facts drawn of one kind, and how many there were to draw from.
public struct AuditSample: Hashable, Sendable {
    public var kind: AuditKind
    public var total: Int
    public var facts: [AuditFact]
}

extension GraphStore {
    /// Evidence sentences shown per fact.
    public static let auditEvidenceLimit = 2

    /// Draws up to `count` facts of each kind, uniformly without replacement, with a
    /// ``SplitMix64`` generator seeded from `seed` and the kind (so that a kind's sample
    /// does not depend on which other kinds are asked for). Candidates are read in a
    /// fixed order (node id; edge source, target), and the drawn ones are listed in that
    /// order: the same store and seed give the same facts on every machine.
    public func auditSample(kinds: [AuditKind] = AuditKind.allCases, count: Int, seed: UInt64) throws(StoreError) -> [AuditSample] {
        try read { db in
            try kinds.map { kind in
                let keys: [[String]]
                if let type = kind.nodeType {
                    keys = try String.fetchAll(db, sql: "SELECT id FROM node WHERE type = ? ORDER BY id", arguments: [type.rawValue]).map { [$0] }
                } else {
                    keys = try Row.fetchAll(db, sql: "SELECT source, target FROM edge WHERE relation = ? ORDER BY source, target", arguments: [kind.relation!.rawValue])
                        .map { [$0["source"] as String, $0["target"] as String] }
                }
                let kindIndex = UInt64(AuditKind.allCases.firstIndex(of: kind)!)
                var rng = Self.generator(seed: seed, kind: kindIndex)
                let drawn = Self.draw(min(count, keys.count), from: keys.count, using: &rng)
                let facts = try drawn.map { index in
                    try kind.nodeType == nil ? edgeFact(db, kind, source: keys[index][0], target: keys[index][1]) : nodeFact(db, kind, id: keys[index][0])
                }
                return AuditSample(kind: kind, total: keys.count, facts: facts)
            }
        }
    }

    /// `k` distinct indices of `0..<n` (a partial Fisher–Yates shuffle), ascending.
    /// The generator of one seed's draw of one kind: started from a mixed state, so that
    /// neighbouring seeds draw unrelated samples. (Until seed 15 the state was
    /// `seed × γ + kind`: SplitMix64 adds γ each step, so seed N + 1's stream was seed N's
    /// one step on, and seeds 14 and 15 shared 21 of 50 measures. Sheets of seeds ≤ 15
    /// were drawn that way.)
    static func generator(seed: UInt64, kind: UInt64) -> SplitMix64 {
        var seeder = SplitMix64(seed: seed &+ kind &* 0xBF58_476D_1CE4_E5B9)
        return SplitMix64(seed: seeder.next())
    }

    static func draw(_ k: Int, from n: Int, using rng: inout SplitMix64) -> [Int] {
        var pool = Array(0..<n)
        for i in 0..<k {
            let j = i + Int(rng.next() % UInt64(n - i))
            pool.swapAt(i, j)
        }
        return pool.prefix(k).sorted()
    }

    func nodeFact(_ db: Database, _ kind: AuditKind, id: String) throws -> AuditFact {
        let json = try String.fetchOne(db, sql: "SELECT json FROM node WHERE id = ?", arguments: [id]) ?? ""
        let node = try GraphJSON.decodeStoredNode(id: NodeID(id), json: json)
        let evidence = try Row.fetchAll(db, sql: """
            SELECT e.text, coalesce(d.path, e.document) AS path FROM evidence e LEFT JOIN document d ON d.doc_key = e.document
            WHERE e.node_id = ? ORDER BY e.id
            """, arguments: [id])
        return AuditFact(kind: kind, fact: Self.describe(node), rule: Self.rule(node.properties["rule"]),
                         documents: Self.unique(evidence.map { $0["path"] as String }), evidence: Array(evidence.map { $0["text"] as String }.prefix(Self.auditEvidenceLimit)))
    }

    func edgeFact(_ db: Database, _ kind: AuditKind, source: String, target: String) throws -> AuditFact {
        let relation = kind.relation!.rawValue
        let json = try String.fetchOne(db, sql: "SELECT json FROM edge WHERE source = ? AND target = ? AND relation = ?", arguments: [source, target, relation]) ?? ""
        let edge: Edge
        do {
            edge = try GraphJSON.decodeEdge(json: json)
        } catch {
            throw StoreError.database(path: path, message: "stored edge \(source) \(relation) \(target) is damaged: \(error)")
        }
        func end(_ id: String) throws -> String {
            guard let json = try String.fetchOne(db, sql: "SELECT json FROM node WHERE id = ?", arguments: [id]) else { return id }
            return Self.describe(try GraphJSON.decodeStoredNode(id: NodeID(id), json: json), brief: true)
        }
        let evidence = try Row.fetchAll(db, sql: """
            SELECT e.text, coalesce(d.path, e.document) AS path FROM evidence e LEFT JOIN document d ON d.doc_key = e.document
            WHERE e.edge_source = ? AND e.edge_target = ? AND e.edge_relation = ? ORDER BY e.id
            """, arguments: [source, target, relation])
        return AuditFact(kind: kind, fact: "\(try end(source)) —\(relation)→ \(try end(target))", rule: Self.rule(edge.properties["rule"]),
                         documents: Self.unique(evidence.map { $0["path"] as String }), evidence: Array(evidence.map { $0["text"] as String }.prefix(Self.auditEvidenceLimit)))
    }

    /// A node in one line: events with date, kind and level; persons with titles;
    /// measures with their parts. `brief` leaves out all but the date and name.
    static func describe(_ node: Node, brief: Bool = false) -> String {
        switch node.type {
        case .event:
            let head = "\(node.date?.iso ?? "undated")\(node.timeOfDay.map { " " + $0.chinese } ?? "") \(node.label)"
            if brief { return head }
            let about = [node.kind?.rawValue, node.level?.rawValue].compactMap { $0 }
            return head + (about.isEmpty ? "" : " (\(about.joined(separator: ", ")))")
        case .person:
            return node.label + (brief || node.titles.isEmpty ? "" : " (\(node.titles.joined(separator: "、")))")
        case .measure:
            return node.label + (brief || node.components.isEmpty ? "" : " = " + node.components.joined(separator: "、"))
        default:
            return node.label
        }
    }

    static func rule(_ value: JSONValue?) -> String? {
        if case .string(let rule) = value { rule } else { nil }
    }

    static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}

/// An audit sheet in Markdown: a table per kind with the fact, its rule, its document,
/// its evidence and an empty `mark` column for a reviewer's ✓ or ✗.
public enum AuditSheet {
    public static func markdown(_ samples: [AuditSample], store: String, seed: UInt64, count: Int, note: String? = nil) -> String {
        var out = "# Audit sheet: \(store)\n\n"
        out += "Seed \(seed), up to \(count) facts of each kind drawn at random (SplitMix64; the same store and seed give the same sheet)."
        if let note { out += "\n\n" + note }
        out += "\n\nMark each fact ✓ when its evidence sentence states it as written (date, name, role, rule's reading), ✗ when not; a note after the mark says why.\n"
        for sample in samples {
            out += "\n## \(sample.kind.rawValue): \(sample.facts.count) of \(sample.total)\n\n"
            guard !sample.facts.isEmpty else {
                out += "(none in the store)\n"
                continue
            }
            out += "| # | fact | rule | document | evidence | mark |\n|---|---|---|---|---|---|\n"
            for (index, fact) in sample.facts.enumerated() {
                let evidence = fact.evidence.map { "「\(cell($0, limit: 300))」" }.joined(separator: "<br>")
                out += "| \(index + 1) | \(cell(fact.fact, limit: 200)) | \(fact.rule.map { "`\($0)`" } ?? "—") | \(cell(fact.documents.prefix(2).joined(separator: ", "), limit: 200)) | \(evidence) |  |\n"
            }
        }
        return out
    }

    /// Text fit for a table cell: one line, pipes escaped, cut at `limit` characters.
    static func cell(_ text: String, limit: Int) -> String {
        var flat = text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "|", with: "\\|").trimmingCharacters(in: .whitespaces)
        if flat.count > limit { flat = String(flat.prefix(limit)) + "…" }
        return flat
    }
}
