import ChronicleCore

/// The dated events a timeline draws, in order, with what their boxes and arrows need:
/// chairs, the measures they set and the `conveys` edges among them.
public struct TimelineSelection: Sendable {
    public struct Event: Sendable {
        public var node: Node
        public var chairs: [String]
        public var measuresSet: [String]
        /// A word drawn on the box's last line (`提出`, `重申`, `主持` on a measure's or
        /// a person's slide).
        public var badge: String?
        /// The events it conveys that a split left on other slides: on earlier dates, on
        /// later ones, on its own date (its box says how many: `传达：前页8项`).
        public var conveysElsewhere: (earlier: Int, later: Int, sameDay: Int) = (0, 0, 0)
        public var date: CalendarDate { node.date! }

        /// The box's line for the conveyed events drawn on other slides, if any.
        public var conveysElsewhereLine: String? {
            let (earlier, later, sameDay) = conveysElsewhere
            let count = earlier + later + sameDay
            guard count > 0 else { return nil }
            return "传达：" + (count == earlier ? "前页" : count == later ? "后页" : "另页") + "\(count)项"
        }
    }

    public struct Convey: Sendable {
        public var source: NodeID
        public var target: NodeID
        /// A study session or notice conveys many things at once: drawn lighter.
        public var light: Bool
        public var edge: Edge
    }

    /// Events by date, time of day, label and id.
    public var events: [Event]
    public var conveys: [Convey]
    /// Conveys from an event kept to one a restriction left out (a split's other
    /// slides): not drawn, counted in the box (``Event/conveysElsewhere``).
    public var conveysLeftOut: [Convey] = []

    /// The dated events of `graph` starting within `from`…`to` (inclusive) at the given
    /// levels (all when empty).
    public init(graph: Graph, from: CalendarDate? = nil, to: CalendarDate? = nil, levels: Set<EventLevel> = []) {
        let nodes = graph.nodes(ofType: .event)
            .filter { event in
                guard let date = event.date else { return false }
                if let from, date < from { return false }
                if let to, date > to { return false }
                if !levels.isEmpty, !(event.level.map(levels.contains) ?? false) { return false }
                return true
            }
            .sorted { a, b in
                (a.date!, a.timeOfDay ?? .evening, a.label, a.id) < (b.date!, b.timeOfDay ?? .evening, b.label, b.id)
            }
        var chairs: [NodeID: [String]] = [:]
        var measuresSet: [NodeID: [String]] = [:]
        for edge in graph.edges {
            if edge.relation == .chairs, let person = graph[edge.source] { chairs[edge.target, default: []].append(person.label) }
            if edge.relation == .sets || edge.relation == .firstSeen, let measure = graph[edge.target] { measuresSet[edge.source, default: []].append(measure.label) }
        }
        events = nodes.map { Event(node: $0, chairs: chairs[$0.id] ?? [], measuresSet: measuresSet[$0.id] ?? []) }
        let drawn = Set(nodes.map(\.id))
        conveys = graph.edges(.conveys)
            .filter { drawn.contains($0.source) && drawn.contains($0.target) && $0.source != $0.target }
            .map { Convey(source: $0.source, target: $0.target, light: ConveyLayer.isLight(graph[$0.source]), edge: $0) }
    }

    /// The distinct dates of the events, in order.
    public var dates: [CalendarDate] {
        var dates: [CalendarDate] = []
        for event in events where dates.last != event.date { dates.append(event.date) }
        return dates
    }

    /// Only these events (and the conveys among them), with the badges given.
    public func restricted(toEvents badges: [NodeID: String]) -> TimelineSelection {
        var copy = self
        copy.events = events.filter { badges[$0.node.id] != nil }.map { event in
            var event = event
            event.badge = badges[event.node.id]
            return event
        }
        let kept = Set(copy.events.map(\.node.id))
        copy.conveys = conveys.filter { kept.contains($0.source) && kept.contains($0.target) }
        return copy
    }

    /// Only the events with these ids (and the conveys among them), badges kept; an
    /// event conveying one left out counts it (``Event/conveysElsewhere``).
    public func restricted(toIDs ids: Set<NodeID>) -> TimelineSelection {
        var copy = self
        var dates: [NodeID: CalendarDate] = [:]
        for event in events { dates[event.node.id] = event.date }
        var elsewhere: [NodeID: (earlier: Int, later: Int, sameDay: Int)] = [:]
        let leftOut = conveys.filter { ids.contains($0.source) && !ids.contains($0.target) }
        copy.conveysLeftOut = conveysLeftOut.filter { ids.contains($0.source) } + leftOut
        for convey in leftOut {
            guard let from = dates[convey.source], let to = dates[convey.target] else { continue }
            var counts = elsewhere[convey.source] ?? (0, 0, 0)
            if to < from { counts.earlier += 1 } else if from < to { counts.later += 1 } else { counts.sameDay += 1 }
            elsewhere[convey.source] = counts
        }
        copy.events = events.filter { ids.contains($0.node.id) }.map { event in
            var event = event
            if let counts = elsewhere[event.node.id] {
                event.conveysElsewhere = (event.conveysElsewhere.earlier + counts.earlier, event.conveysElsewhere.later + counts.later,
                                          event.conveysElsewhere.sameDay + counts.sameDay)
            }
            return event
        }
        copy.conveys = conveys.filter { ids.contains($0.source) && ids.contains($0.target) }
        return copy
    }

    /// The same events with `name` left out of their chairs: on a person's own slide
    /// the badge (`【主持】`) already says that they chaired.
    public func leavingOutChair(_ name: String) -> TimelineSelection {
        var copy = self
        copy.events = events.map { event in
            var event = event
            event.chairs.removeAll { $0 == name }
            return event
        }
        return copy
    }

    /// Only the events on these dates (and the conveys among them); an event conveying
    /// one left out counts it (``Event/conveysElsewhere``).
    public func restricted(to dates: Set<CalendarDate>) -> TimelineSelection {
        restricted(toIDs: Set(events.filter { dates.contains($0.date) }.map(\.node.id)))
    }
}
