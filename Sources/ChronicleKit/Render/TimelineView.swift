/// A first timeline: dates in order along a horizontal axis, each dated event as a box
/// under its date (coloured by level, with time of day and chair), and `conveys` edges
/// between events. Undated events are left out.
public struct TimelineView: Sendable {
    public var title: String?
    /// Only events starting within these dates (inclusive) are drawn.
    public var from: CalendarDate?
    public var to: CalendarDate?

    public init(title: String? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil) {
        self.title = title
        self.from = from
        self.to = to
    }

    public func document(for graph: Graph, style: RenderStyle) throws(RenderError) -> DOTDocument {
        let events = graph.nodes(ofType: .event)
            .filter { event in
                guard let date = event.date else { return false }
                if let from, date < from { return false }
                if let to, date > to { return false }
                return true
            }
            .sorted { a, b in
                (a.date!, a.timeOfDay ?? .evening, a.id) < (b.date!, b.timeOfDay ?? .evening, b.id)
            }
        guard !events.isEmpty else {
            throw .nothingToDraw(from == nil && to == nil ? "the graph has no dated events" : "no dated events between \(from?.iso ?? "the start") and \(to?.iso ?? "the end")")
        }

        var document = style.baseDocument(name: "timeline", rankdir: "LR")
        if let title {
            document.graphAttributes["label"] = .text(title)
            document.graphAttributes["labelloc"] = "t"
        }
        let chairs = Dictionary(grouping: graph.edges(.chairs), by: \.target)

        var byDate: [(date: CalendarDate, events: [Node])] = []
        for event in events {
            if let last = byDate.last, last.date == event.date! {
                byDate[byDate.count - 1].events.append(event)
            } else {
                byDate.append((event.date!, [event]))
            }
        }

        var axis: [DOTStatement] = []
        var previous: String?
        for (date, dayEvents) in byDate {
            let axisID = "date:" + date.iso
            axis.append(.node(id: axisID, attributes: [
                "label": .text(date.iso), "shape": "plaintext", "style": "", "fontsize": .text(style.format(style.fontSize + 1)),
            ]))
            if let previous {
                axis.append(.edge(from: previous, to: axisID, attributes: ["arrowhead": "none", "penwidth": "2", "color": "#999999"]))
            }
            previous = axisID
            var rank = [axisID]
            for event in dayEvents {
                rank.append(event.id.rawValue)
                var lines = LabelText.wrap(LabelText.truncate(event.label, to: 40), width: 14)
                if let time = event.timeOfDay { lines.insert(time.chinese, at: 0) }
                let chairNames = (chairs[event.id] ?? []).compactMap { graph[$0.source]?.label }
                if !chairNames.isEmpty { lines.append("主持：" + chairNames.joined(separator: "、")) }
                document.statements.append(.node(id: event.id.rawValue, attributes: [
                    "label": .text(lines.joined(separator: "\n")),
                    "fillcolor": .text(style.fill(for: event.level)),
                    "tooltip": .text(event.evidence.first?.text ?? event.label),
                ]))
                document.statements.append(.edge(from: axisID, to: event.id.rawValue, attributes: [
                    "style": "dotted", "arrowhead": "none", "color": "#bbbbbb",
                ]))
            }
            document.statements.append(.sameRank(rank))
        }
        document.statements.insert(contentsOf: axis, at: 0)

        let included = Set(events.map(\.id))
        let dates = Dictionary(uniqueKeysWithValues: events.map { ($0.id, $0.date!) })
        for edge in graph.edges(.conveys) where included.contains(edge.source) && included.contains(edge.target) {
            var attributes: DOTDocument.Attributes = [
                "color": "#c0392b", "fontcolor": "#c0392b", "style": "dashed", "constraint": "false",
            ]
            // Graphviz 2.42's dot crashes (double free) on labelled edges between nodes
            // of one rank; those edges go without a label.
            if dates[edge.source] != dates[edge.target] { attributes["label"] = .text(Relation.conveys.chinese) }
            // Drawn from the earlier event to the later one with the arrowhead at the
            // earlier (conveyed) end: the curve follows the time axis instead of looping back.
            attributes["dir"] = "back"
            document.statements.append(.edge(from: edge.target.rawValue, to: edge.source.rawValue, attributes: attributes))
        }
        return document
    }
}
