import OrderedCollections

/// The event graph: documents, nodes keyed by id in a stable order, and edges.
///
/// Order is part of the value: nodes keep the order they were added in and edges
/// likewise, so every output written from a graph is reproducible run to run.
public struct Graph: Hashable, Sendable {
    public var documents: [DocumentInfo]
    public private(set) var nodes: OrderedDictionary<NodeID, Node>
    public private(set) var edges: [Edge]
    /// Graph-level metadata other than `documents`, kept in order.
    public var properties: OrderedDictionary<String, JSONValue>
    /// Position of each edge by (source, target, relation), so merging is O(1).
    private var edgeIndex: [EdgeKey: Int] = [:]

    private struct EdgeKey: Hashable, Sendable {
        var source: NodeID
        var target: NodeID
        var relation: Relation
    }

    public init(documents: [DocumentInfo] = [], nodes: [Node] = [], edges: [Edge] = [],
                properties: OrderedDictionary<String, JSONValue> = [:]) {
        self.documents = documents
        self.nodes = [:]
        self.edges = []
        self.properties = properties
        for node in nodes { upsert(node) }
        for edge in edges { add(edge) }
    }

    /// Adds `node`, or merges it into the node with the same id: aliases, titles,
    /// components and evidence are unioned in order, missing fields filled in.
    public mutating func upsert(_ node: Node) {
        guard var existing = nodes[node.id] else {
            nodes[node.id] = node
            return
        }
        existing.kind = existing.kind ?? node.kind
        existing.level = existing.level ?? node.level
        existing.date = existing.date ?? node.date
        existing.endDate = existing.endDate ?? node.endDate
        existing.timeOfDay = existing.timeOfDay ?? node.timeOfDay
        existing.category = existing.category ?? node.category
        existing.aliases.appendUnique(contentsOf: node.aliases.filter { $0 != existing.label })
        if node.label != existing.label { existing.aliases.appendUnique(contentsOf: [node.label]) }
        existing.titles.appendUnique(contentsOf: node.titles)
        existing.components.appendUnique(contentsOf: node.components)
        existing.evidence.appendUnique(contentsOf: node.evidence)
        for (key, value) in node.properties where existing.properties[key] == nil {
            existing.properties[key] = value
        }
        nodes[node.id] = existing
    }

    /// Replaces the node with the same id (or adds it), field for field.
    public mutating func replace(_ node: Node) {
        nodes[node.id] = node
    }

    /// Adds `edge`, or merges its evidence into an equal edge (same source, target
    /// and relation) already present.
    public mutating func add(_ edge: Edge) {
        let key = EdgeKey(source: edge.source, target: edge.target, relation: edge.relation)
        if let index = edgeIndex[key] {
            edges[index].evidence.appendUnique(contentsOf: edge.evidence)
            for (key, value) in edge.properties where edges[index].properties[key] == nil {
                edges[index].properties[key] = value
            }
        } else {
            edgeIndex[key] = edges.count
            edges.append(edge)
        }
    }

    /// Removes the node and every edge touching it.
    public mutating func removeNode(_ id: NodeID) {
        nodes.removeValue(forKey: id)
        edges.removeAll { $0.source == id || $0.target == id }
        edgeIndex = [:]
        for (index, edge) in edges.enumerated() {
            edgeIndex[EdgeKey(source: edge.source, target: edge.target, relation: edge.relation)] = index
        }
    }

    public subscript(id: NodeID) -> Node? { nodes[id] }

    /// Nodes of one type, in graph order.
    public func nodes(ofType type: NodeType) -> [Node] {
        nodes.values.filter { $0.type == type }
    }

    /// Edges with the given relation, in graph order.
    public func edges(_ relation: Relation) -> [Edge] {
        edges.filter { $0.relation == relation }
    }
}

extension Array where Element: Hashable {
    mutating func appendUnique(contentsOf others: [Element]) {
        for item in others where !contains(item) { append(item) }
    }
}
