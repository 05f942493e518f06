import OrderedCollections

/// An event while the graph is being built.
struct EventDraft {
    var id: NodeID
    var label: String
    var kind: EventKind
    var level: EventLevel?
    var date: CalendarDate
    var endDate: CalendarDate?
    var timeOfDay: TimeOfDay?
    var dateInferred: Bool
    var aliases: [String]
    var organizer: String?
    var place: String?
    var agent: String?
    var evidence: [Evidence]
    /// The rule of the mention that made the event.
    var rule: String
    /// Label and aliases prepared for comparison, and as scalars.
    var prepared: [EventNames.Prepared] = []
    var scalarNames: [[UInt32]] = []

    mutating func addAlias(_ alias: String) {
        guard alias != label, !aliases.contains(alias) else { return }
        aliases.append(alias)
        prepared.append(EventNames.Prepared(alias))
        scalarNames.append(U.s(alias))
    }
}

/// Extracts one document's facts (``documentGraph()``); ``GraphMerger`` then uses a
/// builder to finish the merged graph (`finish()`).
///
/// The document goes through the passes in `Passes/`, in this order, each reading
/// what the earlier ones left in the document's `DocumentContext`:
///
/// | pass | reads | adds |
/// |---|---|---|
/// | `PeoplePass` | sentences | person nodes, people mentions |
/// | `EventPass` | dates, people | event mentions merged into events, the event of each sentence, headline aliases |
/// | `RolePass` | people, events | `chairs`, `speaks_at`, `attends` |
/// | `ConveyPass` | events, dates | `conveys` watched; references to resolve when merged |
/// | `MeasurePass` | quotes, events | measure nodes and the events that state them |
/// | `DocumentTitlePass` | 《…》, events | document nodes, `adopts` |
///
/// `finish()` then decides levels, adds organizers and places, and turns the
/// measures' events into `sets` (the earliest) and `reiterates` (every later one).
/// Every node and edge records the rule that produced it in `properties["rule"]`.
struct GraphBuilder {
    let lexicon: Lexicon
    var graph = Graph()
    var events: [EventDraft] = []
    /// For each measure, the events whose reports state it, with the evidence, and
    /// whether the statement quotes an earlier speech or meeting (学习贯彻…关于“三农”
    /// 工作的重要论述) rather than the event's own words.
    /// `document` orders statements of one day and time across documents.
    var measureEvents: OrderedDictionary<NodeID, [(event: Int, document: Int, evidence: Evidence, quotesEarlier: Bool)]> = [:]
    /// What the document's events convey, resolved when documents are merged.
    var references: [ConveyReference] = []
    /// Ids of the events made so far, kept unique.
    var eventIDs = Set<NodeID>()

    init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// Extracts one document (whose `id` is already set): the passes below, then what
    /// merging needs. A builder serves one document.
    static func extract(_ document: TextDocument, analysis: TimeAnalysis, lexicon: Lexicon) -> DocumentGraph {
        var builder = GraphBuilder(lexicon: lexicon)
        builder.add(document, analysis: analysis)
        return builder.documentGraph()
    }

    mutating func add(_ document: TextDocument, analysis: TimeAnalysis) {
        let documentID = document.id
        graph.documents.append(DocumentInfo(id: documentID, path: document.path, date: analysis.reference?.source == .stated ? analysis.reference?.date : nil))
        let sentences = SentenceSplitter.split(document, articles: analysis.articles)
        let context = DocumentContext(document: document, documentID: documentID, sentences: sentences, analysis: analysis)
        addPeople(context)
        addEvents(context)
        addRoles(context)
        addConveys(context)
        addMeasures(context)
        addDocumentTitles(context)
    }

    /// Adds an edge when both ends exist, recording the rule that found it.
    mutating func addEdge(from source: NodeID, to target: NodeID, _ relation: Relation, _ evidence: Evidence, rule: String) {
        guard graph[source] != nil || relation == .conveys || relation == .sets || relation == .reiterates || relation == .adopts,
            source != target
        else { return }
        graph.add(Edge(source: source, target: target, relation: relation, properties: ["rule": .string(rule)], evidence: [evidence]))
    }

    /// The document's facts as a ``DocumentGraph``.
    func documentGraph() -> DocumentGraph {
        var statements: [MeasureStatement] = []
        for (measure, stated) in measureEvents {
            for statement in stated {
                statements.append(MeasureStatement(measure: measure, event: events[statement.event].id, evidence: statement.evidence, quotesEarlier: statement.quotesEarlier))
            }
        }
        return DocumentGraph(document: graph.documents[0], events: events.map(\.localNode), nodes: Array(graph.nodes.values),
                             edges: graph.edges, statements: statements, references: references)
    }

    static func node(_ event: EventDraft) -> Node {
        var properties: OrderedDictionary<String, JSONValue> = [:]
        if let organizer = event.organizer { properties["organizer"] = .string(organizer) }
        if let place = event.place { properties["place"] = .string(place) }
        if event.dateInferred { properties["date_inferred"] = .bool(true) }
        properties["canonical_name"] = .string(EventNames.normalized(event.label))
        properties["rule"] = .string(event.rule)
        return Node(
            id: event.id, label: event.label, type: .event, kind: event.kind, level: event.level, date: event.date,
            endDate: event.endDate, timeOfDay: event.timeOfDay, aliases: event.aliases, properties: properties,
            evidence: event.evidence)
    }

    /// Decides levels, turns organizers and places into nodes, and the measures into
    /// `sets` (the earliest event stating each) and `reiterates` (every later one).
    mutating func finish() -> Graph {
        for index in events.indices {
            events[index].level = level(of: events[index])
            graph.replace(Self.node(events[index]))
            if let organizer = events[index].organizer {
                let id = NodeID("o-" + organizer)
                graph.upsert(Node(id: id, label: organizer, type: .organization, properties: ["rule": "organization:organizer"], evidence: [events[index].evidence[0]]))
                graph.add(Edge(source: id, target: events[index].id, relation: .organizes, properties: ["rule": "organizes:organizer-before-verb"], evidence: [events[index].evidence[0]]))
            }
            if let place = events[index].place {
                let id = NodeID("pl-" + place)
                graph.upsert(Node(id: id, label: place, type: .place, properties: ["rule": "place:event-place"], evidence: [events[index].evidence[0]]))
                graph.add(Edge(source: events[index].id, target: id, relation: .locatedIn, properties: ["rule": "located_in:event-place"], evidence: [events[index].evidence[0]]))
            }
        }
        for (measure, stated) in measureEvents {
            let ordered = stated.sorted { a, b in
                let x = events[a.event], y = events[b.event]
                return (x.date, x.timeOfDay ?? .evening, a.document, a.evidence.offset) < (y.date, y.timeOfDay ?? .evening, b.document, b.evidence.offset)
            }
            guard let first = ordered.first else { continue }
            // Stated first as what an earlier, undated speech said: no event here set it.
            if first.quotesEarlier {
                var seen = Set<Int>()
                for statement in ordered where seen.insert(statement.event).inserted {
                    graph.add(Edge(source: events[statement.event].id, target: measure, relation: .reiterates,
                                   properties: ["rule": "reiterates:quotes-earlier-speech"], evidence: [statement.evidence]))
                }
                continue
            }
            graph.add(Edge(source: events[first.event].id, target: measure, relation: .sets, properties: ["rule": "sets:earliest-event-stating"], evidence: [first.evidence]))
            for later in ordered.dropFirst() where later.event != first.event {
                graph.add(Edge(source: events[later.event].id, target: measure, relation: .reiterates, properties: ["rule": "reiterates:later-event-stating"], evidence: [later.evidence]))
            }
        }
        // Edges whose person was never found as a node go.
        var cleaned = Graph(documents: graph.documents, nodes: Array(graph.nodes.values), properties: graph.properties)
        for edge in graph.edges where cleaned[edge.source] != nil && cleaned[edge.target] != nil { cleaned.add(edge) }
        return cleaned
    }

    /// The level of an event, from its organizer, its chair's and agent's titles, or
    /// its name, whichever first names a level in the lexicon.
    func level(of event: EventDraft) -> EventLevel? {
        let chairs = graph.edges.filter { $0.target == event.id && $0.relation == .chairs }
        let chairTitles = chairs.flatMap { graph[$0.source]?.titles ?? [] }.joined(separator: " ")
        let agentTitles = event.agent.flatMap { graph[NodeID("p-" + $0)]?.titles }?.joined(separator: " ") ?? ""
        let texts = [event.organizer ?? "", chairTitles, agentTitles, event.label]
        let order: [(String, EventLevel)] = [
            ("level-institution", .institution), ("level-municipal", .municipal), ("level-ministry", .ministry),
            ("level-province", .province), ("level-central", .central),
        ]
        for text in texts where !text.isEmpty {
            for (section, level) in order {
                if lexicon.entries(section).contains(where: { entry in
                    entry.count == 1 ? text.contains(entry) && (section != "level-ministry" || text.hasSuffix(entry) || text.contains(entry + "党组")) : text.contains(entry)
                }) {
                    return level
                }
            }
        }
        if event.kind == .notice || event.kind == .study { return .institution }
        return nil
    }
}
