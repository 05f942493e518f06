import OrderedCollections

/// Merges per-document graphs into one graph.
///
/// The result depends only on the set of documents: they are taken in a fixed order
/// (by path, then id), the same event reported by several documents becomes one node
/// (``EventClusters``), people, measures and titled documents are merged by id, what
/// each event conveys is resolved against the events of all documents, and the
/// earliest event stating a measure `sets` it while the later ones `reiterate` it.
/// Extracting documents in one run is this merge of their per-document graphs.
public struct GraphMerger: Sendable {
    public var lexicon: Lexicon

    public init(lexicon: Lexicon = .standard) { self.lexicon = lexicon }

    /// The graph of these documents. A document given twice (same id) counts once.
    public func merge(_ documents: [DocumentGraph]) -> Graph {
        var seen = Set<DocumentID>()
        let documents = documents.sorted(by: DocumentGraph.precedes).filter { seen.insert($0.document.id).inserted }

        // Events: the same event across documents becomes one.
        var members: [EventClusters.Member] = []
        for (d, document) in documents.enumerated() {
            for (i, event) in document.events.enumerated() {
                members.append(.init(document: d, index: i, draft: EventDraft(local: event)))
            }
        }
        let (events, assignment) = EventClusters.cluster(members)
        // Per document: its event ids → the merged event's index.
        var eventOf = [[NodeID: Int]](repeating: [:], count: documents.count)
        for (m, member) in members.enumerated() { eventOf[member.document][documents[member.document].events[member.index].id] = assignment[m] }

        var graph = Graph(documents: documents.map(\.document))
        for document in documents {
            for node in document.nodes { graph.upsert(node) }
        }
        func global(_ id: NodeID, _ d: Int) -> NodeID { eventOf[d][id].map { events[$0].id } ?? id }
        // Each document's edges, then what its events convey, resolved against the
        // events of every document (an edge found twice keeps the first one's rule).
        let resolver = ConveyResolver(events: events)
        var resolved: [ResolvedReference: [Int]] = [:]
        for (d, document) in documents.enumerated() {
            for var edge in document.edges {
                edge.source = global(edge.source, d)
                edge.target = global(edge.target, d)
                if edge.source != edge.target { graph.add(edge) }
            }
            for reference in document.references {
                guard let source = eventOf[d][reference.source] else { continue }
                // A report repeats its references (each paragraph of a meeting that
                // 传达 the same speech): resolved once per event, kind, text and day.
                let key = ResolvedReference(source: source, kind: reference.kind, text: reference.text, date: reference.date)
                let targets = resolved[key] ?? resolver.targets(of: reference, from: source)
                resolved[key] = targets
                for target in targets where target != source {
                    graph.add(Edge(source: events[source].id, target: events[target].id, relation: .conveys,
                                           properties: ["rule": .string(reference.rule)], evidence: [reference.evidence]))
                }
            }
        }
        // Measures: every statement, in document order, for sets / reiterates.
        var measureEvents: OrderedDictionary<NodeID, [(event: Int, document: Int, evidence: Evidence, quotesEarlier: Bool)]> = [:]
        for (d, document) in documents.enumerated() {
            for statement in document.statements {
                guard let event = eventOf[d][statement.event] else { continue }
                measureEvents[statement.measure, default: []].append(
                    (event, d, statement.evidence, statement.quotesEarlier))
            }
        }
        return finished(graph, events: events, measureEvents: measureEvents)
    }

    /// Decides levels, turns organizers and places into nodes, and the measures into
    /// `sets` (the earliest event stating each) and `reiterates` (every later one); the
    /// result in canonical order (``Graph/canonical()``).
    private func finished(_ graph: Graph, events: [EventDraft],
                          measureEvents: OrderedDictionary<NodeID, [(event: Int, document: Int, evidence: Evidence, quotesEarlier: Bool)]>) -> Graph {
        var graph = graph
        var events = events
        var chairsOf: [NodeID: [NodeID]] = [:]
        for edge in graph.edges where edge.relation == .chairs { chairsOf[edge.target, default: []].append(edge.source) }
        for index in events.indices {
            let chairTitles = (chairsOf[events[index].id] ?? []).sorted().flatMap { graph[$0]?.titles ?? [] }
            let agentTitles = events[index].agent.flatMap { graph[NodeID("p-" + $0)]?.titles } ?? []
            events[index].level = Self.level(of: events[index], chairTitles: chairTitles, agentTitles: agentTitles, lexicon: lexicon)
            graph.replace(events[index].node)
            let (nodes, edges) = Self.organizerAndPlace(of: events[index])
            for node in nodes { graph.upsert(node) }
            for edge in edges { graph.add(edge) }
        }
        for (measure, stated) in measureEvents {
            let statements = stated.map { Stated(event: events[$0.event].id, date: events[$0.event].date, timeOfDay: events[$0.event].timeOfDay,
                                                 document: $0.document, evidence: $0.evidence, quotesEarlier: $0.quotesEarlier) }
            for edge in Self.measureEdges(measure, statements) { graph.add(edge) }
        }
        // Edges whose person was never found as a node go.
        var cleaned = Graph(documents: graph.documents, nodes: Array(graph.nodes.values), properties: graph.properties)
        for edge in graph.edges where cleaned[edge.source] != nil && cleaned[edge.target] != nil { cleaned.add(edge) }
        return cleaned.canonical()
    }
}

/// What a reference's targets depend on (``ConveyResolver/targets(of:from:)``).
private struct ResolvedReference: Hashable {
    var source: Int
    var kind: ConveyReference.Kind
    var text: String
    var date: CalendarDate?
}
