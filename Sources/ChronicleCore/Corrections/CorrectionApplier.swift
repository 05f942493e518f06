import OrderedCollections

/// What became of one correction when it was applied to a freshly extracted graph.
public enum CorrectionStatus: String, Hashable, Sendable {
    /// The correction changed the graph as it says.
    case applied
    /// The graph already says what the correction says (an added fact the extractor now
    /// finds, a set field that already has the value).
    case alreadyTrue = "already_true"
    /// The node or edge it names is no longer in the graph: kept, and reported, never
    /// dropped silently.
    case orphaned
}

/// The outcome of applying corrections: each correction's status, and a reason for
/// each orphan.
public struct CorrectionReport: Sendable {
    public var results: [(correction: Correction, status: CorrectionStatus, reason: String?)] = []

    public init() {}

    public var orphaned: [(correction: Correction, reason: String)] {
        results.compactMap { $0.status == .orphaned ? ($0.correction, $0.reason ?? "") : nil }
    }

    /// One line per orphan: `corrections.yaml:12: orphaned: reject: {node: p-张三} — no node p-张三`.
    public func orphanLines(path: String) -> [String] {
        orphaned.map { "\(path)\($0.correction.line.map { ":\($0)" } ?? ""): orphaned: \(CorrectionFile.line($0.correction.operation)) — \($0.reason)" }
    }
}

extension Graph {
    /// Applies corrections in order. Every fact a correction touches records it in
    /// `properties["correction"]` (operation, by, at, note), so exports and pictures can
    /// tell corrected and analyst-added facts from extracted ones. Applying the same
    /// corrections to the same extraction always gives the same graph.
    public mutating func apply(_ corrections: [Correction]) -> CorrectionReport {
        var report = CorrectionReport()
        for correction in corrections {
            let (status, reason) = apply(correction)
            report.results.append((correction, status, reason))
        }
        return report
    }

    private func provenance(_ correction: Correction) -> JSONValue {
        var fields: [(key: String, value: JSONValue)] = [("operation", .string(correction.operation.name))]
        if let by = correction.by { fields.append(("by", .string(by))) }
        if let at = correction.at { fields.append(("at", .string(at))) }
        if let note = correction.note { fields.append(("note", .string(note))) }
        return .object(fields)
    }

    private func analystEvidence(_ correction: Correction) -> Evidence {
        let text = [correction.note, correction.by.map { "— " + $0 }, correction.at].compactMap { $0 }.joined(separator: " ")
        return .analyst(note: text.isEmpty ? "added by an analyst" : text)
    }

    private mutating func apply(_ correction: Correction) -> (CorrectionStatus, String?) {
        let mark = provenance(correction)
        switch correction.operation {
        case .reject(.node(let id)):
            guard self[id] != nil else { return (.orphaned, "no node \(id.rawValue)") }
            removeNode(id)
            return (.applied, nil)
        case let .reject(.edge(source, relation, target)):
            guard removeEdge(source: source, target: target, relation: relation) else {
                return (.orphaned, "no \(relation.rawValue) edge from \(source.rawValue) to \(target.rawValue)")
            }
            return (.applied, nil)
        case let .accept(.node(id)):
            guard var node = self[id] else { return (.orphaned, "no node \(id.rawValue)") }
            node.properties["reviewed"] = mark
            replace(node)
            return (.applied, nil)
        case let .accept(.edge(source, relation, target)):
            let found = updateEdge(source: source, target: target, relation: relation) { $0.properties["reviewed"] = mark }
            return found ? (.applied, nil) : (.orphaned, "no \(relation.rawValue) edge from \(source.rawValue) to \(target.rawValue)")
        case let .set(id, fields):
            guard var node = self[id] else { return (.orphaned, "no node \(id.rawValue)") }
            let before = node
            Self.assign(fields, to: &node)
            if node == before { return (.alreadyTrue, nil) }
            node.properties["correction"] = mark
            replace(node)
            return (.applied, nil)
        case let .merge(into, from):
            guard self[into] != nil else { return (.orphaned, "no node \(into.rawValue) to merge into") }
            guard self[from] != nil else { return (.orphaned, "no node \(from.rawValue) to merge") }
            mergeNode(from, into: into)
            if var node = self[into] {
                var merged: [JSONValue] = []
                if case .array(let earlier) = node.properties["merged_ids"] { merged = earlier }
                merged.append(.string(from.rawValue))
                node.properties["merged_ids"] = .array(merged)
                node.properties["correction"] = mark
                replace(node)
            }
            return (.applied, nil)
        case let .addNode(id, type, fields):
            if self[id] != nil { return (.alreadyTrue, nil) }
            var node = Node(id: id, label: fields.label ?? id.rawValue, type: type, properties: ["correction": mark], evidence: [analystEvidence(correction)])
            Self.assign(fields, to: &node)
            upsert(node)
            return (.applied, nil)
        case let .addEdge(source, relation, target):
            guard self[source] != nil else { return (.orphaned, "no node \(source.rawValue)") }
            guard self[target] != nil else { return (.orphaned, "no node \(target.rawValue)") }
            if edge(source: source, target: target, relation: relation) != nil { return (.alreadyTrue, nil) }
            add(Edge(source: source, target: target, relation: relation, properties: ["correction": mark], evidence: [analystEvidence(correction)]))
            return (.applied, nil)
        }
    }

    private static func assign(_ fields: NodeFields, to node: inout Node) {
        if let label = fields.label, label != node.label {
            if !node.aliases.contains(node.label) { node.aliases.append(node.label) }
            node.label = label
            node.aliases.removeAll { $0 == label }
        }
        if let date = fields.date { node.date = date }
        if let end = fields.endDate { node.endDate = end }
        if let time = fields.timeOfDay { node.timeOfDay = time }
        if let kind = fields.kind { node.kind = kind }
        if let level = fields.level { node.level = level }
        if let category = fields.category { node.category = category }
        if let titles = fields.titles {
            node.titles = titles
            node.titleDates.removeAll { !titles.contains($0.title) }
        }
    }
}
