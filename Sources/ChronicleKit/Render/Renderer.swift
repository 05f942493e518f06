import Foundation

/// The pictures Chronicle draws.
public enum ViewKind: String, CaseIterable, Sendable {
    case timeline, relations
}

/// Turns a graph into a picture: builds the view's DOT in Swift, then lays it out and
/// renders it with Graphviz in-process.
public struct Renderer: Sendable {
    public var style: RenderStyle
    public var engine: String

    /// A renderer with the requested font, or the best installed CJK font.
    public init(font: String? = nil, engine: String = "dot") throws(RenderError) {
        self.style = RenderStyle(fontFamily: try FontLocator.resolve(requested: font))
        self.engine = engine
    }

    public init(style: RenderStyle, engine: String = "dot") {
        self.style = style
        self.engine = engine
    }

    /// The DOT text of a view, before layout.
    public func dot(_ view: ViewKind, of graph: Graph, focus: NodeID? = nil, title: String? = nil) throws(RenderError) -> String {
        let document: DOTDocument
        switch view {
        case .timeline: document = try TimelineView(title: title).document(for: graph, style: style)
        case .relations: document = try RelationsView(focus: focus).document(for: graph, style: style)
        }
        return DOTWriter.string(document)
    }

    /// The rendered bytes of a view.
    public func render(_ view: ViewKind, of graph: Graph, format: OutputFormat, focus: NodeID? = nil, title: String? = nil) throws(RenderError) -> Data {
        try Graphviz.render(dot: dot(view, of: graph, focus: focus, title: title), format: format, engine: engine)
    }
}
