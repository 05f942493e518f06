import OrderedCollections

/// A node of the event graph: an event, a person, an organization, a measure, a
/// document or a place, with the evidence that states it.
///
/// The typed fields are the ones graph JSON contract (docs/graph-json.md) names; anything else a
/// stage wants to record (organizer, canonical name, place …) goes in `properties`,
/// which round-trips through JSON unchanged and in order.
public struct Node: Hashable, Sendable {
    public var id: NodeID
    public var label: String
    public var type: NodeType

    /// Event fields.
    public var kind: EventKind?
    public var level: EventLevel?
    public var date: CalendarDate?
    public var endDate: CalendarDate?
    public var timeOfDay: TimeOfDay?
    /// Other names the same thing is written under.
    public var aliases: [String]
    /// Person field: titles as written (`省委书记`).
    public var titles: [String]
    /// Person field: each title with the first and last dates of its evidence, oldest
    /// first (``DatedTitle``; ``title(at:)`` reads it).
    public var titleDates: [DatedTitle]
    /// Measure fields: the enumerated parts and whether it is operational or a formula.
    public var components: [String]
    public var category: String?

    /// Further metadata, kept in order.
    public var properties: OrderedDictionary<String, JSONValue>
    /// Where the text states this node. Never empty in a valid graph.
    public var evidence: [Evidence]

    public init(
        id: NodeID, label: String, type: NodeType,
        kind: EventKind? = nil, level: EventLevel? = nil,
        date: CalendarDate? = nil, endDate: CalendarDate? = nil, timeOfDay: TimeOfDay? = nil,
        aliases: [String] = [], titles: [String] = [], titleDates: [DatedTitle] = [], components: [String] = [],
        category: String? = nil,
        properties: OrderedDictionary<String, JSONValue> = [:],
        evidence: [Evidence]
    ) {
        self.id = id
        self.label = label
        self.type = type
        self.kind = kind
        self.level = level
        self.date = date
        self.endDate = endDate
        self.timeOfDay = timeOfDay
        self.aliases = aliases
        self.titles = titles
        self.titleDates = titleDates.sorted(by: DatedTitle.precedes)
        self.components = components
        self.category = category
        self.properties = properties
        self.evidence = evidence
    }
}

/// A directed, typed edge between two nodes, with its evidence.
public struct Edge: Hashable, Sendable {
    public var source: NodeID
    public var target: NodeID
    public var relation: Relation
    /// Further metadata (e.g. `title` on `holds_title`), kept in order.
    public var properties: OrderedDictionary<String, JSONValue>
    /// Where the text states this edge. Never empty in a valid graph.
    public var evidence: [Evidence]

    public init(
        source: NodeID, target: NodeID, relation: Relation,
        properties: OrderedDictionary<String, JSONValue> = [:],
        evidence: [Evidence]
    ) {
        self.source = source
        self.target = target
        self.relation = relation
        self.properties = properties
        self.evidence = evidence
    }
}

/// A source document the graph was extracted from.
public struct DocumentInfo: Hashable, Sendable {
    public var id: DocumentID
    public var path: String
    /// The date the document states for itself, when known.
    public var date: CalendarDate?
    public var properties: OrderedDictionary<String, JSONValue>

    public init(id: DocumentID, path: String, date: CalendarDate? = nil,
                properties: OrderedDictionary<String, JSONValue> = [:]) {
        self.id = id
        self.path = path
        self.date = date
        self.properties = properties
    }
}
