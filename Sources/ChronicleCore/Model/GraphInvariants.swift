/// A broken graph invariant, found by ``Graph/invariantViolations()``.
public struct InvariantViolation: Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

extension Graph {
    /// Everything wrong with the graph's structure: edge endpoints that do not exist,
    /// facts without evidence, evidence pointing at unknown documents or with negative
    /// spans, node ids that disagree with their key, events dated backwards, and
    /// relations whose endpoint types do not fit the vocabulary. Empty for a valid graph.
    public func invariantViolations() -> [InvariantViolation] {
        var problems: [InvariantViolation] = []
        func report(_ message: String) { problems.append(InvariantViolation(message: message)) }
        let documentIDs = Set(documents.map(\.id))
        if documentIDs.count != documents.count { report("document ids are not unique") }

        func check(_ evidence: [Evidence], of what: String) {
            if evidence.isEmpty { report("\(what) has no evidence") }
            for item in evidence {
                if !documentIDs.contains(item.document), item.kind != "analyst" {
                    report("\(what) cites unknown document \(item.document)")
                }
                if item.offset < 0 || item.length < 0 {
                    report("\(what) has a negative evidence span")
                }
            }
        }

        for (key, node) in nodes {
            if key != node.id { report("node stored under \(key) has id \(node.id)") }
            if node.label.isEmpty { report("node \(node.id) has an empty label") }
            check(node.evidence, of: "node \(node.id)")
            if let start = node.date, let end = node.endDate, end < start {
                report("node \(node.id) ends (\(end)) before it starts (\(start))")
            }
        }
        for edge in edges {
            let what = "edge \(edge.source) -\(edge.relation.rawValue)-> \(edge.target)"
            guard let source = nodes[edge.source] else {
                report("\(what): source does not exist")
                continue
            }
            guard let target = nodes[edge.target] else {
                report("\(what): target does not exist")
                continue
            }
            check(edge.evidence, of: what)
            if let expected = edge.relation.endpointTypes,
                source.type != expected.source || target.type != expected.target
            {
                report("\(what): expected \(expected.source.rawValue) → \(expected.target.rawValue), found \(source.type.rawValue) → \(target.type.rawValue)")
            }
        }
        return problems
    }
}

extension Relation {
    /// The node types a relation connects, source → target.
    public var endpointTypes: (source: NodeType, target: NodeType)? {
        switch self {
        case .chairs, .attends, .speaksAt: (.person, .event)
        case .organizes: (.organization, .event)
        case .conveys: (.event, .event)
        case .sets, .firstSeen, .reiterates: (.event, .measure)
        case .adopts: (.event, .document)
        case .holdsTitle: (.person, .organization)
        case .locatedIn: (.event, .place)
        }
    }
}
