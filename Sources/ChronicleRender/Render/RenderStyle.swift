import Foundation
import ChronicleCore
/// Colour schemes: light pastels on white for print; larger type, stronger colours and
/// heavier lines for a projector, where pale fills wash out.
public enum Theme: String, CaseIterable, Sendable, Hashable {
    case print, projection
}

/// Fonts and colours shared by every view.
public struct RenderStyle: Hashable, Sendable {
    /// A CJK font family installed on this machine (see ``FontLocator``).
    public var fontFamily: String
    public var fontSize: Double
    public var background: String
    public var foreground: String
    public var theme: Theme
    /// Make events, people and measures links to their pages (`/event?id=…`) in SVG
    /// output, as the web workspace shows them.
    public var links: Bool = false

    public init(fontFamily: String, fontSize: Double = 12, background: String = "white", foreground: String = "#222222", theme: Theme = .print) {
        self.fontFamily = fontFamily
        self.fontSize = theme == .projection ? max(fontSize, 15) : fontSize
        self.background = background
        self.foreground = theme == .projection ? "#000000" : foreground
        self.theme = theme
    }

    /// Fill colour of an event box, by level.
    public func fill(for level: EventLevel?) -> String {
        switch (theme, level) {
        case (.print, .central): "#fde2e1"
        case (.print, .ministry): "#fff1c9"
        case (.print, .province): "#dcecff"
        case (.print, .municipal): "#e3f5e1"
        case (.print, .institution): "#eee6fa"
        case (.print, nil): "#f2f2f2"
        case (.projection, .central): "#f5a9a3"
        case (.projection, .ministry): "#ffd966"
        case (.projection, .province): "#8fc1f2"
        case (.projection, .municipal): "#9ad494"
        case (.projection, .institution): "#c9b3ef"
        case (.projection, nil): "#d0d0d0"
        }
    }

    /// Line colour and width of boxes.
    var lineColor: String { theme == .projection ? "#333333" : "#666666" }
    var lineWidth: String { theme == .projection ? "1.6" : "1" }

    /// Graph, node and edge defaults: the font is set on all three, because edge and
    /// graph labels do not inherit the node font.
    func baseDocument(name: String, rankdir: String) -> DOTDocument {
        let font = DOTValue.text(fontFamily)
        return DOTDocument(
            name: name,
            graphAttributes: [
                "rankdir": .text(rankdir), "fontname": font, "fontsize": .text(format(fontSize + 4)),
                "bgcolor": .text(background), "fontcolor": .text(foreground),
                "charset": "UTF-8", "nodesep": "0.25", "ranksep": "0.35", "pad": "0.2",
            ],
            nodeDefaults: [
                "fontname": font, "fontsize": .text(format(fontSize)), "shape": "box",
                "style": "rounded,filled", "fillcolor": "#f2f2f2", "color": .text(lineColor), "penwidth": .text(lineWidth),
                "fontcolor": .text(foreground), "margin": "0.12,0.06",
            ],
            edgeDefaults: [
                "fontname": font, "fontsize": .text(format(fontSize - 2)), "color": "#777777",
                "fontcolor": "#555555", "arrowsize": "0.7",
            ])
    }

    /// The `href` of a node's page when ``links`` is on.
    func link(_ node: Node) -> DOTValue? { link(id: node.id, type: node.type) }

    func link(id: NodeID, type: NodeType) -> DOTValue? {
        guard links else { return nil }
        let page: String
        switch type {
        case .event: page = "event"
        case .person: page = "person"
        case .measure: page = "measure"
        default: return nil
        }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return .text("/\(page)?id=" + (id.rawValue.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""))
    }

    func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
