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
        let stated = graph.edges.filter { ($0.relation == .sets || $0.relation == .firstSeen || $0.relation == .reiterates) && $0.target == measure }
            .compactMap { edge in graph[edge.source].map { (edge, $0) } }
            .sorted { a, b in
                (a.1.date ?? CalendarDate(year: 1)!, a.1.timeOfDay ?? .evening, a.1.label) < (b.1.date ?? CalendarDate(year: 1)!, b.1.timeOfDay ?? .evening, b.1.label)
            }
        guard !stated.isEmpty else { throw .nothingToDraw("no event states \"\(node.label)\"") }
        var document = style.baseDocument(name: "lineage", rankdir: "LR")
        let first = stated.contains { $0.0.relation == .sets } ? "提出" : "首见"
        document.graphAttributes["label"] = .text("“\(node.label)”的\(first)与重申")
        document.graphAttributes["labelloc"] = "t"
        document.graphAttributes["ranksep"] = "0.5"
        var measureLabel = "“\(node.label)”"
        if !node.components.isEmpty { measureLabel += "\n" + node.components.prefix(6).map { "· " + LabelText.truncate($0, to: 14) }.joined(separator: "\n") }
        var measureAttributes: DOTDocument.Attributes = [
            "shape": "box", "style": "rounded,filled,bold", "fillcolor": "#d5f5e3", "label": .text(measureLabel),
            "tooltip": .text(CorrectionMark.tooltip(node.properties, evidence: node.evidence.first?.text ?? node.label, limit: 400)),
        ]
        CorrectionMark.apply(node.properties, to: &measureAttributes, isEdge: false)
        document.statements.append(.node(id: measure.rawValue, attributes: measureAttributes))
        var previous = measure.rawValue
        for (edge, event) in stated {
            var lines = [LabelText.date(of: event)]
            lines += LabelText.wrap(LabelText.truncate(event.label, to: 30), width: 10)
            lines.append(edge.relation == .sets ? "【提出】" : edge.relation == .firstSeen ? "【首见】" : "【重申】")
            var eventAttributes: DOTDocument.Attributes = [
                "label": .text(lines.joined(separator: "\n")), "fillcolor": .text(style.fill(for: event.level)),
                "penwidth": edge.relation == .sets ? "2.2" : edge.relation == .firstSeen ? "1.6" : "1",
                "tooltip": .text(CorrectionMark.tooltip(event.properties, evidence: edge.evidence.first?.text ?? event.label, limit: 400)),
            ]
            CorrectionMark.apply(event.properties, to: &eventAttributes, isEdge: false)
            if let link = style.link(event) { eventAttributes["href"] = link }
            document.statements.append(.node(id: event.id.rawValue, attributes: eventAttributes))
            var edgeAttributes: DOTDocument.Attributes = [
                "color": edge.relation == .reiterates ? "#7dcea0" : "#1e8449", "style": edge.relation == .reiterates ? "dashed" : "solid",
                "tooltip": .text(CorrectionMark.tooltip(edge.properties, evidence: edge.evidence.first?.text ?? "", limit: 400)),
            ]
            CorrectionMark.apply(edge.properties, to: &edgeAttributes, isEdge: true)
            document.statements.append(.edge(from: previous, to: event.id.rawValue, attributes: edgeAttributes))
            previous = event.id.rawValue
        }
        return document
    }
}
