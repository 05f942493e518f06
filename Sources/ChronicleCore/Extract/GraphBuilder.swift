import OrderedCollections

/// Events of a document by date, for merging a mention with the events it can match
/// (``EventDraft/matches(_:)`` needs the same day or a span holding the other's day).
/// Entries are only added: an event whose date moved is found under both dates, and
/// `matches` decides.
struct EventDateIndex {
    var byDate: [CalendarDate: [Int]] = [:]
    /// Events that have had an end date.
    var spanning: [Int] = []
    /// The date each event was last indexed under.
    var dateOf: [Int: CalendarDate] = [:]

    mutating func add(_ index: Int, _ event: EventDraft) {
        byDate[event.date, default: []].append(index)
        dateOf[index] = event.date
        if event.endDate != nil, spanning.last != index { spanning.append(index) }
    }
}

/// Extracts one document's facts (``documentGraph()``), which ``GraphMerger`` merges
/// with other documents'.
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
/// | `PeoplePass` (`addTitleDates`) | people, the event of each sentence | the dates of each person's titles |
///
/// When documents are merged, ``GraphMerger`` decides levels, adds organizers and
/// places, and turns the measures' events into `sets` (the earliest) and `reiterates`
/// (every later one).
/// Every node and edge records the rule that produced it in `properties["rule"]`.
struct GraphBuilder {
    let lexicon: Lexicon
    /// The lexicon's words the passes test.
    let words: PassWords
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
    /// The events by the dates they have had, and those that ever spanned days.
    var eventsByDate = EventDateIndex()

    /// The name model, when extraction uses one (PeoplePass).
    var names: NameTagger?

    init(lexicon: Lexicon, names: NameTagger? = nil) {
        self.lexicon = lexicon
        self.words = PassWords(lexicon: lexicon)
        self.names = names
    }

    /// Extracts one document (whose `id` is already set): the passes below, then what
    /// merging needs. A builder serves one document.
    static func extract(_ document: TextDocument, analysis: TimeAnalysis, lexicon: Lexicon, names: NameTagger? = nil) -> DocumentGraph {
        var builder = GraphBuilder(lexicon: lexicon, names: names)
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
        addTitleDates(context)
    }

    /// Adds an edge when both ends exist, recording the rule that found it.
    mutating func addEdge(from source: NodeID, to target: NodeID, _ relation: Relation, _ evidence: Evidence, rule: String) {
        guard graph[source] != nil || relation == .conveys || relation == .sets || relation == .firstSeen || relation == .reiterates || relation == .adopts,
            source != target
        else { return }
        // A fact stated again (a long report names its chair in many sentences) only
        // adds its evidence; the edge is made the first time.
        let known = graph.updateEdge(source: source, target: target, relation: relation) { edge in
            edge.evidence.mergeEvidence([evidence])
            if edge.properties["rule"] == nil { edge.properties["rule"] = .string(rule) }
        }
        if !known {
            graph.add(Edge(source: source, target: target, relation: relation, properties: ["rule": .string(rule)], evidence: [evidence]))
        }
    }

    /// The document's facts as a ``DocumentGraph``.
    func documentGraph() -> DocumentGraph {
        var statements: [MeasureStatement] = []
        for (measure, stated) in measureEvents {
            for statement in stated {
                statements.append(MeasureStatement(measure: measure, event: events[statement.event].id, evidence: statement.evidence, quotesEarlier: statement.quotesEarlier))
            }
        }
        // Whom each event met or welcomed, for telling meetings apart when merging.
        let guestRules: Set<String> = [RuleName.attendsTalksCounterpart.rawValue, RuleName.attendsHonouredGuest.rawValue]
        var guestsOf: [NodeID: [String]] = [:]
        for edge in graph.edges where edge.relation == .attends {
            guard case .string(let rule) = edge.properties["rule"], guestRules.contains(rule), let person = graph[edge.source] else { continue }
            if guestsOf[edge.target]?.contains(person.label) != true { guestsOf[edge.target, default: []].append(person.label) }
        }
        var events = self.events
        for k in events.indices {
            for guest in guestsOf[events[k].id] ?? [] where !events[k].guests.contains(guest) { events[k].guests.append(guest) }
        }
        return DocumentGraph(document: graph.documents[0], events: events.map(\.localNode), nodes: Array(graph.nodes.values),
                             edges: graph.edges, statements: statements, references: references)
    }
}
