/// A fact a correction names, by stable identity — a node id, or an edge's source,
/// relation and target — never by a text offset, so that it still applies after the
/// documents are edited and extracted again.
public enum FactReference: Hashable, Sendable, CustomStringConvertible {
    case node(NodeID)
    case edge(source: NodeID, relation: Relation, target: NodeID)

    public var description: String {
        switch self {
        case .node(let id): id.rawValue
        case let .edge(source, relation, target): "\(source.rawValue) -\(relation.rawValue)-> \(target.rawValue)"
        }
    }
}

/// The fields of a node that `set` may change; `nil` leaves a field as extracted.
public struct NodeFields: Hashable, Sendable {
    public var label: String?
    public var date: CalendarDate?
    public var endDate: CalendarDate?
    public var timeOfDay: TimeOfDay?
    public var kind: EventKind?
    public var level: EventLevel?
    public var category: String?
    public var titles: [String]?

    public init() {}

    /// The field names a corrections file may use, in the order they are written back.
    public static let names = ["label", "date", "end_date", "time_of_day", "kind", "level", "category", "titles"]
}

/// One analyst's correction of the extracted graph.
public enum CorrectionOperation: Hashable, Sendable {
    /// The fact does not come back after the next extraction.
    case reject(FactReference)
    /// Fields of a node take the analyst's values.
    case set(NodeID, NodeFields)
    /// Node `from` (the same event or person written another way) becomes part of
    /// `into`: its edges and evidence move, its id becomes an alias.
    case merge(into: NodeID, from: NodeID)
    /// A node the extractor missed, with the analyst's note as evidence.
    case addNode(NodeID, type: NodeType, fields: NodeFields)
    /// An edge the extractor missed, with the analyst's note as evidence.
    case addEdge(source: NodeID, relation: Relation, target: NodeID)
    /// The fact is pinned as reviewed.
    case accept(FactReference)

    /// The operation's name as written in a corrections file.
    public var name: String {
        switch self {
        case .reject: "reject"
        case .set: "set"
        case .merge: "merge"
        case .addNode, .addEdge: "add"
        case .accept: "accept"
        }
    }
}

/// A correction: the operation and who made it, when and why. Equal corrections (same
/// operation, note, author and time) are one correction: importing a file twice adds
/// nothing.
public struct Correction: Hashable, Sendable {
    public var operation: CorrectionOperation
    public var note: String?
    public var by: String?
    public var at: String?
    /// The line of the corrections file it was read from (for messages), not part of
    /// its identity.
    public var line: Int?

    public init(_ operation: CorrectionOperation, note: String? = nil, by: String? = nil, at: String? = nil, line: Int? = nil) {
        self.operation = operation
        self.note = note
        self.by = by
        self.at = at
        self.line = line
    }

    public static func == (a: Correction, b: Correction) -> Bool {
        a.operation == b.operation && a.note == b.note && a.by == b.by && a.at == b.at
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(operation)
        hasher.combine(note)
        hasher.combine(by)
        hasher.combine(at)
    }
}

/// Why a corrections file could not be used. Nothing of the file is applied.
public struct CorrectionError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var message: String

    public var description: String { "\(path)\(line.map { ":\($0)" } ?? ""): \(message)" }
}
