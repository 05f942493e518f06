import ChronicleCore

/// A fact in words, kept as data so that each page words it in its language: an
/// event's date and label, a node's label, or an edge's two labels with its relation
/// (`楼阳生 主持 省委第二次专题会议` / `楼阳生 chairs 省委第二次专题会议`).
struct FactStatement: Sendable, Equatable {
    /// The node's or the edge source's label (or id, when the store does not have it).
    var subject: String
    /// An event's date, before its label.
    var date: String?
    var relation: Relation?
    /// The edge target's label.
    var object: String?

    /// The statement as HTML: the labels marked as data, the relation in words.
    func html(_ s: Strings) -> String {
        var out = date.map { HTML.escape($0) + " " } ?? ""
        out += HTML.data(subject)
        if let relation { out += " " + HTML.escape(s.relation(relation)) }
        if let object { out += " " + HTML.data(object) }
        return out
    }

    /// The fact of a review item, worded from the graph.
    init(_ fact: FactReference, in graph: Graph) {
        switch fact {
        case .node(let id):
            let node = graph[id]
            subject = node?.label ?? id.rawValue
            if node?.type == .event { date = node?.date?.iso }
        case let .edge(source, relation, target):
            subject = graph[source]?.label ?? source.rawValue
            self.relation = relation
            object = graph[target]?.label ?? target.rawValue
        }
    }

    /// A fact by its ids only (when nothing else is known of it).
    init(ids fact: FactReference) {
        switch fact {
        case .node(let id):
            subject = id.rawValue
        case let .edge(source, relation, target):
            subject = source.rawValue
            self.relation = relation
            object = target.rawValue
        }
    }
}
