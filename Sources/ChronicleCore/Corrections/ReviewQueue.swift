import OrderedCollections

/// One fact an analyst should look at, with why, the sentence that states it, and the
/// correction lines that accept or reject it (ready to paste into a corrections file).
public struct ReviewItem: Sendable {
    public enum Category: String, CaseIterable, Sendable {
        case events, chairs, people, measures, conveys
    }

    public var category: Category
    public var fact: FactReference
    /// A readable statement of the fact (`2020-01-26 省委专题会议`, `楼阳生 chairs 省委专题会议`).
    public var statement: String
    public var rule: String?
    /// 0 (look first) … 1 (the most reliable rules, well attested).
    public var confidence: Double
    /// Why the fact is in the queue, as data (pages word them in their language).
    public var causes: [Cause]
    public var evidence: String
    /// The causes in English words (`rule measure:quoted(counted)`, `one sentence states it`).
    public var reasons: [String] { causes.map(\.english) }

    /// One reason a fact is less certain.
    public enum Cause: Hashable, Sendable {
        /// The extraction rule that produced it (its id, `person:title-name`).
        case rule(String)
        /// Only one sentence states it.
        case oneSentence
        /// Its date was inferred from context, not stated.
        case dateInferred
        /// It was merged from this many differently written names.
        case merged(names: Int)

        public var english: String {
            switch self {
            case .rule(let rule): "rule \(rule)"
            case .oneSentence: "one sentence states it"
            case .dateInferred: "date inferred from context"
            case .merged(let names): "merged from \(names) names"
            }
        }
    }
    public var acceptLine: String { "- " + CorrectionFile.line(.accept(fact)) }
    public var rejectLine: String { "- " + CorrectionFile.line(.reject(fact)) }
}

/// The review queue: extracted facts ordered so that the least certain come first —
/// those from the weaker rules, stated by one sentence only, dated by inference, or
/// merged from differently written names. Facts an analyst accepted or added are left
/// out.
public enum ReviewQueue {
    /// How far each rule is trusted, by prefix (the longest matching prefix wins):
    /// rules that read a fixed construction (主持召开 + name, title + known surname) are
    /// trusted most; rules that guess from weaker context less.
    public static let ruleConfidence: [(prefix: String, confidence: Double)] = [
        ("event:verb-meeting-name", 0.9), ("event:organization-convenes-meeting", 0.9), ("event:instruction-verb", 0.9),
        ("event:speech-at-meeting", 0.85), ("event:meeting-name-date-place-verb", 0.85), ("event:meeting-name-before-verb", 0.75),
        ("event:inspection", 0.75), ("event:talks-with-counterpart", 0.7), ("event:attends-named-meeting", 0.65),
        ("event:issues", 0.6), ("event:organize-watching", 0.7), ("event:attends-video-conference", 0.7), ("event:notice", 0.8),
        ("chair:agent-of-convene", 0.95), ("chair:name-verb", 0.85),
        ("person:title-name", 0.9), ("person:group-title-list", 0.9), ("person:title-name-list", 0.85), ("person:name-role-verb", 0.8),
        ("person:bare-list-before-role", 0.75), ("person:name-title", 0.7), ("person:bare-list-after-you", 0.65),
        ("person:title-name-role-verb", 0.65), ("person:title-unknown-surname", 0.55), ("person:known-name", 0.8),
        ("conveys:watched-video-conference", 0.85), ("conveys:spirit-in-name", 0.85), ("conveys:kind-in-document", 0.75), ("conveys:study-list-item", 0.75), ("conveys:verb-reference", 0.7),
        ("conveys:same-day-instruction-by-author", 0.65),
        ("measure:quoted", 0.7),
    ]

    static func confidence(of rule: String?) -> Double {
        guard let rule else { return 0.5 }
        var best: (length: Int, confidence: Double)?
        for (prefix, confidence) in ruleConfidence where rule.hasPrefix(prefix) && prefix.count > (best?.length ?? -1) {
            best = (prefix.count, confidence)
        }
        var value = best?.confidence ?? 0.6
        // A quoted measure with more cues than the minimum is more certain.
        if rule.hasPrefix("measure:quoted("), let cues = rule.split(separator: "(").last?.split(separator: ",") {
            value = min(0.95, 0.55 + 0.1 * Double(cues.count))
        }
        return value
    }

    static func rule(_ properties: OrderedDictionary<String, JSONValue>) -> String? {
        if case .string(let rule) = properties["rule"] { rule } else { nil }
    }

    /// The rule, confidence and reasons shared by nodes and edges; nil for a fact an
    /// analyst already accepted, set or added.
    static func assess(_ properties: OrderedDictionary<String, JSONValue>, evidence: [Evidence]) -> (rule: String?, confidence: Double, reasons: [ReviewItem.Cause])? {
        guard properties["reviewed"] == nil, properties["correction"] == nil else { return nil }
        let rule = rule(properties)
        var confidence = confidence(of: rule)
        var reasons: [ReviewItem.Cause] = []
        if let rule { reasons.append(.rule(rule)) }
        if evidence.count == 1 { confidence -= 0.1; reasons.append(.oneSentence) }
        return (rule, confidence, reasons)
    }

    /// The queue for `categories` (all when empty), least certain first, at most `limit`.
    public static func items(_ graph: Graph, categories: Set<ReviewItem.Category> = [], limit: Int = 50) -> [ReviewItem] {
        let wanted = categories.isEmpty ? Set(ReviewItem.Category.allCases) : categories
        var items: [ReviewItem] = []
        for node in graph.nodes.values {
            let category: ReviewItem.Category
            switch node.type {
            case .event: category = .events
            case .person: category = .people
            case .measure: category = .measures
            default: continue
            }
            guard wanted.contains(category), let assessed = assess(node.properties, evidence: node.evidence) else { continue }
            let rule = assessed.0
            var (confidence, reasons) = (assessed.1, assessed.2)
            if node.type == .event {
                if case .bool(true) = node.properties["date_inferred"] { confidence -= 0.15; reasons.append(.dateInferred) }
                if !node.aliases.isEmpty, node.evidence.count > 1 { confidence -= 0.05; reasons.append(.merged(names: node.aliases.count + 1)) }
            }
            let statement = node.type == .event ? (node.date?.iso ?? "????") + " " + node.label : node.label
            items.append(ReviewItem(category: category, fact: .node(node.id), statement: statement, rule: rule, confidence: confidence,
                                    causes: reasons, evidence: node.evidence.first?.text ?? ""))
        }
        for edge in graph.edges {
            let category: ReviewItem.Category
            switch edge.relation {
            case .chairs: category = .chairs
            case .conveys: category = .conveys
            default: continue
            }
            guard wanted.contains(category), let (rule, confidence, reasons) = assess(edge.properties, evidence: edge.evidence) else { continue }
            let statement = "\(graph[edge.source]?.label ?? edge.source.rawValue) \(edge.relation.rawValue) \(graph[edge.target]?.label ?? edge.target.rawValue)"
            items.append(ReviewItem(category: category, fact: .edge(source: edge.source, relation: edge.relation, target: edge.target),
                                    statement: statement, rule: rule, confidence: confidence, causes: reasons, evidence: edge.evidence.first?.text ?? ""))
        }
        // Least certain first; ties in graph order (stable).
        let ordered = items.enumerated().sorted { ($0.element.confidence, $0.offset) < ($1.element.confidence, $1.offset) }.map(\.element)
        return Array(ordered.prefix(limit))
    }
}
