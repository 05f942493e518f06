import OrderedCollections

/// Folding the parts of a node (one per document naming it) without reading them all:
/// ``Graph/upsert(_:)`` over the parts in merge order keeps the first part's label and
/// fields, and adds every later alias, title, component and property in order of first
/// appearance (a property's value from the part that first has it), and widens each
/// title's dates. So the merged node is the first part plus, per distinct value, where it
/// first appears — what the store keeps as facts (`node_fact`) and updates as documents
/// come, so that a person named by every document costs what one document holds.
///
/// Not a stable API: `@_spi(Merge) import ChronicleCore`.
@_spi(Merge) public enum NodeFold {
    /// What a part contributes to its merged node.
    public enum Field: String, Sendable, CaseIterable {
        case alias, title, component, kind, level, date
        case endDate = "end_date"
        case timeOfDay = "time_of_day"
        case category, property
        case titleDate = "title_date"
    }

    /// One value of one field of a part, at its position in the part (the order
    /// ``Graph/upsert(_:)`` meets it in); `payload` is a property's value as JSON, or a
    /// title's first and last dates.
    public struct Contribution: Hashable, Sendable {
        public var field: Field
        public var value: String
        public var position: Int
        public var payload: String?

        public init(field: Field, value: String, position: Int, payload: String? = nil) {
            self.field = field
            self.value = value
            self.position = position
            self.payload = payload
        }
    }

    /// The distinct values a part contributes, each at its first position. Aliases are
    /// the part's aliases then its label, the order a later part's names join the merged node in.
    public static func contributions(of part: Node) -> [Contribution] {
        var out: [Contribution] = []
        var seen = Set<String>()
        func add(_ field: Field, _ value: String?, _ position: Int, _ payload: String? = nil) {
            guard let value, seen.insert(field.rawValue + "\u{1F}" + value).inserted else { return }
            out.append(Contribution(field: field, value: value, position: position, payload: payload))
        }
        for (i, alias) in (part.aliases + [part.label]).enumerated() { add(.alias, alias, i) }
        for (i, title) in part.titles.enumerated() { add(.title, title, i) }
        for (i, component) in part.components.enumerated() { add(.component, component, i) }
        add(.kind, part.kind?.rawValue, 0)
        add(.level, part.level?.rawValue, 0)
        add(.date, part.date?.iso, 0)
        add(.endDate, part.endDate?.iso, 0)
        add(.timeOfDay, part.timeOfDay?.rawValue, 0)
        add(.category, part.category, 0)
        for (i, (key, value)) in part.properties.enumerated() { add(.property, key, i, JSONWriter.string(value, pretty: false)) }
        for (i, dated) in part.titleDates.enumerated() { add(.titleDate, dated.title, i, dated.first.iso + "|" + dated.last.iso) }
        return out
    }

    /// A title's dates widened by another statement of them (payloads `first|last`).
    public static func widened(_ a: String, _ b: String) -> String {
        guard let x = dates(a), let y = dates(b) else { return a }
        return min(x.first, y.first).iso + "|" + max(x.last, y.last).iso
    }

    static func dates(_ payload: String) -> (first: CalendarDate, last: CalendarDate)? {
        let parts = payload.split(separator: "|", omittingEmptySubsequences: false)
        guard parts.count == 2, let first = CalendarDate(iso: String(parts[0])), let last = CalendarDate(iso: String(parts[1])) else { return nil }
        return (first, last)
    }

    /// The merged node: `first` (the first part in merge order, without evidence) and
    /// every distinct contribution of all parts, in order of first appearance (document
    /// in merge order, then position); title dates are already widened over all parts.
    public static func fold(first: Node, facts: [Contribution]) throws -> Node {
        var node = first
        node.evidence = []
        var titleDates: [DatedTitle] = []
        for fact in facts {
            switch fact.field {
            case .alias:
                if fact.value != node.label, !node.aliases.contains(fact.value) { node.aliases.append(fact.value) }
            case .title:
                if !node.titles.contains(fact.value) { node.titles.append(fact.value) }
            case .component:
                if !node.components.contains(fact.value) { node.components.append(fact.value) }
            case .kind:
                if node.kind == nil { node.kind = EventKind(rawValue: fact.value) }
            case .level:
                if node.level == nil { node.level = EventLevel(rawValue: fact.value) }
            case .date:
                if node.date == nil { node.date = CalendarDate(iso: fact.value) }
            case .endDate:
                if node.endDate == nil { node.endDate = CalendarDate(iso: fact.value) }
            case .timeOfDay:
                if node.timeOfDay == nil { node.timeOfDay = TimeOfDay(rawValue: fact.value) }
            case .category:
                if node.category == nil { node.category = fact.value }
            case .property:
                if node.properties[fact.value] == nil, let payload = fact.payload { node.properties[fact.value] = try JSONParser.parse(payload) }
            case .titleDate:
                if let payload = fact.payload, let (first, last) = dates(payload) { titleDates.append(DatedTitle(title: fact.value, first: first, last: last)) }
            }
        }
        if !titleDates.isEmpty { node.titleDates = titleDates.sorted(by: DatedTitle.precedes) }
        return node
    }
}
