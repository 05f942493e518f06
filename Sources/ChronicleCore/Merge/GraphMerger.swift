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

        var builder = GraphBuilder(lexicon: lexicon)
        builder.events = events
        builder.graph = Graph(documents: documents.map(\.document))
        for document in documents {
            for node in document.nodes { builder.graph.upsert(node) }
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
                if edge.source != edge.target { builder.graph.add(edge) }
            }
            for reference in document.references {
                guard let source = eventOf[d][reference.source] else { continue }
                // A report repeats its references (each paragraph of a meeting that
                // 传达 the same speech): resolved once per event, kind, text and day.
                let key = ResolvedReference(source: source, kind: reference.kind, text: reference.text, date: reference.date)
                let targets = resolved[key] ?? resolver.targets(of: reference, from: source)
                resolved[key] = targets
                for target in targets where target != source {
                    builder.graph.add(Edge(source: events[source].id, target: events[target].id, relation: .conveys,
                                           properties: ["rule": .string(reference.rule)], evidence: [reference.evidence]))
                }
            }
        }
        // Measures: every statement, in document order, for sets / reiterates.
        for (d, document) in documents.enumerated() {
            for statement in document.statements {
                guard let event = eventOf[d][statement.event] else { continue }
                builder.measureEvents[statement.measure, default: []].append(
                    (event, d, statement.evidence, statement.quotesEarlier))
            }
        }
        return builder.finish()
    }
}

extension EventDraft {
    /// A document's event as it travels in a ``DocumentGraph``: the event node, with
    /// who convened, spoke or toured as `properties["agent"]`.
    var localNode: Node {
        var node = GraphBuilder.node(self)
        if let agent { node.properties["agent"] = .string(agent) }
        return node
    }

    /// The event a ``DocumentGraph`` carries, ready to be merged.
    init(local node: Node) {
        func string(_ key: String) -> String? {
            if case .string(let value) = node.properties[key] { return value }
            return nil
        }
        self.init(
            id: node.id, label: node.label, kind: node.kind ?? .meeting, level: nil, date: node.date ?? CalendarDate(year: 1)!,
            endDate: node.endDate, timeOfDay: node.timeOfDay, dateInferred: node.properties["date_inferred"] == .bool(true),
            aliases: [], organizer: string("organizer"), place: string("place"), agent: string("agent"), evidence: node.evidence,
            rule: string("rule") ?? "", prepared: [EventNames.Prepared(node.label)], scalarNames: [U.s(node.label)])
        reported = node.properties["referred"] != .bool(true)
        for alias in node.aliases { addAlias(alias) }
    }
}

/// What a reference's targets depend on (``ConveyResolver/targets(of:from:)``).
private struct ResolvedReference: Hashable {
    var source: Int
    var kind: ConveyReference.Kind
    var text: String
    var date: CalendarDate?
}
