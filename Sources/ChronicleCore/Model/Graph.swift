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
    /// components and evidence are unioned in order, missing fields filled in, the
    /// dates of each title widened (first = min, last = max).
    public mutating func upsert(_ node: Node) {
        guard let index = nodes.index(forKey: node.id) else {
            nodes[node.id] = node
            return
        }
        // Merge in place: copying the stored node first would copy its evidence array
        // on every mention and make building a graph quadratic.
        Self.merge(node, into: &nodes.values[index])
    }

    private static func merge(_ node: Node, into existing: inout Node) {
        if existing.kind == nil { existing.kind = node.kind }
        if existing.level == nil { existing.level = node.level }
        if existing.date == nil { existing.date = node.date }
        if existing.endDate == nil { existing.endDate = node.endDate }
        if existing.timeOfDay == nil { existing.timeOfDay = node.timeOfDay }
        if existing.category == nil { existing.category = node.category }
        for alias in node.aliases where alias != existing.label && !existing.aliases.contains(alias) { existing.aliases.append(alias) }
        if node.label != existing.label, !existing.aliases.contains(node.label) { existing.aliases.append(node.label) }
        for title in node.titles where !existing.titles.contains(title) { existing.titles.append(title) }
        if !node.titleDates.isEmpty { existing.titleDates.mergeTitleDates(node.titleDates) }
        for component in node.components where !existing.components.contains(component) { existing.components.append(component) }
        existing.evidence.mergeEvidence(node.evidence)
        for (key, value) in node.properties where existing.properties[key] == nil {
            existing.properties[key] = value
        }
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
            edges[index].evidence.mergeEvidence(edge.evidence)
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
        reindexEdges()
    }

    /// Removes the edge with this source, target and relation; false when there is none.
    @discardableResult
    public mutating func removeEdge(source: NodeID, target: NodeID, relation: Relation) -> Bool {
        guard edgeIndex[EdgeKey(source: source, target: target, relation: relation)] != nil else { return false }
        edges.removeAll { $0.source == source && $0.target == target && $0.relation == relation }
        reindexEdges()
        return true
    }

    /// The edge with this source, target and relation.
    public func edge(source: NodeID, target: NodeID, relation: Relation) -> Edge? {
        edgeIndex[EdgeKey(source: source, target: target, relation: relation)].map { edges[$0] }
    }

    /// Changes the edge with this source, target and relation in place; false when there is none.
    @discardableResult
    public mutating func updateEdge(source: NodeID, target: NodeID, relation: Relation, _ change: (inout Edge) -> Void) -> Bool {
        guard let index = edgeIndex[EdgeKey(source: source, target: target, relation: relation)] else { return false }
        change(&edges[index])
        return true
    }

    /// Merges node `from` into node `into`: its label, aliases, titles, components and
    /// evidence join `into`, its edges are re-pointed to `into` (merging with equal
    /// edges), and `from` is removed. False when either node is missing.
    @discardableResult
    public mutating func mergeNode(_ from: NodeID, into: NodeID) -> Bool {
        guard from != into, let source = nodes[from], nodes[into] != nil else { return false }
        var moved = source
        moved.id = into
        upsert(moved)
        let touching = edges.filter { $0.source == from || $0.target == from }
        removeNode(from)
        for var edge in touching {
            if edge.source == from { edge.source = into }
            if edge.target == from { edge.target = into }
            if edge.source != edge.target { add(edge) }
        }
        return true
    }

    private mutating func reindexEdges() {
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

extension Array where Element == Evidence {
    /// Appends evidence not already present. Evidence mostly arrives in text order,
    /// so a new item after the last one is appended without a search; only an item
    /// out of order is looked for (keeps merging linear on long documents).
    @_spi(Merge) public mutating func mergeEvidence(_ others: [Evidence]) {
        for item in others {
            if let last, (last.document, last.offset, last.length) < (item.document, item.offset, item.length) {
                append(item)
            } else if !contains(item) {
                append(item)
            }
        }
    }
}

extension Array where Element: Hashable {
    mutating func appendUnique(contentsOf others: [Element]) {
        for item in others where !contains(item) { append(item) }
    }
}
