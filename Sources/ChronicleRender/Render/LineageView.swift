import ChronicleCore
import Foundation
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
        var order = [measure.rawValue]
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
            order.append(event.id.rawValue)
        }
        // A long lineage reads in rows, left to right then the next row, so that the
        // picture has a slide's shape instead of a strip.
        let columns = Self.columns(items: order.count)
        if columns < order.count {
            document.graphAttributes["rankdir"] = "TB"
            document.graphAttributes["ranksep"] = "0.45"
            document.graphAttributes["nodesep"] = "0.45"
            for start in stride(from: 0, to: order.count, by: columns) {
                document.statements.append(.sameRank(Array(order[start..<min(start + columns, order.count)])))
                guard start > 0 else { continue }
                // The arrow from a row's end to the next row's start does not place
                // the rows; an invisible edge stacks each row under the one before,
                // both starting at the left.
                for (index, statement) in document.statements.enumerated() {
                    if case .edge(let from, let to, var attributes) = statement, from == order[start - 1], to == order[start] {
                        attributes["constraint"] = "false"
                        document.statements[index] = .edge(from: from, to: to, attributes: attributes)
                    }
                }
                document.statements.append(.edge(from: order[start - columns], to: order[start], attributes: ["style": "invis"]))
            }
        }
        return document
    }

    /// How many boxes a row holds so that the picture comes nearest 16:9 (a box with
    /// its gap about 2.6 × 1.6 in); all in one row for short lineages.
    static func columns(items: Int) -> Int {
        guard items > 4 else { return max(items, 1) }
        let target = log(16.0 / 9.0)
        return (2...items).min { a, b in
            func distance(_ columns: Int) -> Double {
                let rows = (items + columns - 1) / columns
                return abs(log(Double(columns) * 2.6 / (Double(rows) * 1.6)) - target)
            }
            return (distance(a), -a) < (distance(b), -b)
        }!
    }
}
