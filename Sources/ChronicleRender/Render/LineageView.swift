import ChronicleCore
/// One measure's lineage: the measure, the event that set it, and every event that
/// reiterated it, in date order from left to right. In SVG each box and arrow shows
/// the evidence sentence on hover.
public struct LineageView: Sendable {
    public var measure: NodeID

    public init(measure: NodeID) { self.measure = measure }

    public func document(for graph: Graph, style: RenderStyle) throws(RenderError) -> DOTDocument {
        guard let node = graph[measure], node.type == .measure else {
            let close = graph.nodes(ofType: .measure).filter { $0.label.contains(measure.rawValue.replacingOccurrences(of: "m-", with: "")) }.prefix(5).map(\.id.rawValue)
            throw .nothingToDraw("no measure with id \"\(measure)\"" + (close.isEmpty ? "" : "; did you mean: " + close.joined(separator: ", ")))
        }
        let stated = graph.edges.filter { ($0.relation == .sets || $0.relation == .reiterates) && $0.target == measure }
            .compactMap { edge in graph[edge.source].map { (edge, $0) } }
            .sorted { a, b in
                (a.1.date ?? CalendarDate(year: 1)!, a.1.timeOfDay ?? .evening, a.1.label) < (b.1.date ?? CalendarDate(year: 1)!, b.1.timeOfDay ?? .evening, b.1.label)
            }
        guard !stated.isEmpty else { throw .nothingToDraw("no event states \"\(node.label)\"") }
        var document = style.baseDocument(name: "lineage", rankdir: "LR")
        document.graphAttributes["label"] = .text("“\(node.label)”的提出与重申")
        document.graphAttributes["labelloc"] = "t"
        document.graphAttributes["ranksep"] = "0.5"
        var measureLabel = "“\(node.label)”"
        if !node.components.isEmpty { measureLabel += "\n" + node.components.prefix(6).map { "· " + LabelText.truncate($0, to: 14) }.joined(separator: "\n") }
        document.statements.append(.node(id: measure.rawValue, attributes: [
            "shape": "box", "style": "rounded,filled,bold", "fillcolor": "#d5f5e3", "label": .text(measureLabel),
            "tooltip": .text(LabelText.truncate(node.evidence.first?.text ?? node.label, to: 400)),
        ]))
        var previous = measure.rawValue
        for (edge, event) in stated {
            var lines = [LabelText.date(of: event)]
            lines += LabelText.wrap(LabelText.truncate(event.label, to: 30), width: 10)
            lines.append(edge.relation == .sets ? "【提出】" : "【重申】")
            document.statements.append(.node(id: event.id.rawValue, attributes: [
                "label": .text(lines.joined(separator: "\n")), "fillcolor": .text(style.fill(for: event.level)),
                "penwidth": edge.relation == .sets ? "2.2" : "1",
                "tooltip": .text(LabelText.truncate(edge.evidence.first?.text ?? event.label, to: 400)),
            ]))
            document.statements.append(.edge(from: previous, to: event.id.rawValue, attributes: [
                "color": edge.relation == .sets ? "#1e8449" : "#7dcea0", "style": edge.relation == .sets ? "solid" : "dashed",
                "tooltip": .text(LabelText.truncate(edge.evidence.first?.text ?? "", to: 400)),
            ]))
            previous = event.id.rawValue
        }
        return document
    }
}
