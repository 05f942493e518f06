import ChronicleCore
import Foundation

/// The pictures Chronicle draws.
public enum ViewKind: String, CaseIterable, Sendable {
    case timeline, relations
    /// One measure (`--focus m-…`): the event that set it and each that reiterated it.
    case lineage
}

extension Graph {
    /// The node meant by `focus`: its id, else the node whose label or alias equals it
    /// (quotes ignored), else one whose label contains it; unchanged when none matches
    /// (the view then reports the closest ids).
    public func resolveFocus(_ focus: NodeID, preferring type: NodeType? = nil) -> NodeID {
        if self[focus] != nil { return focus }
        let wanted = NameMatch.normalize(focus.rawValue)
        let candidates = nodes.values.filter { type == nil || $0.type == type }
        if let exact = candidates.first(where: { node in ([node.label] + node.aliases).contains { NameMatch.normalize($0) == wanted } }) {
            return exact.id
        }
        if let partial = candidates.first(where: { NameMatch.normalize($0.label).contains(wanted) }) { return partial.id }
        return focus
    }
}

/// Turns a graph into a picture: builds the view's DOT in Swift, then lays it out and
/// renders it with Graphviz in-process.
public struct Renderer: Sendable {
    public var style: RenderStyle
    /// A Graphviz engine, or `auto`: `dot` for timelines and for diagrams of up to
    /// ``Renderer/dotLimit`` nodes, `sfdp` above (dot's cost grows steeply with long
    /// edges: 8 s for 1,000 nodes here, sfdp 0.3 s).
    public var engine: String

    /// The largest relationship diagram `auto` lays out with dot.
    public static let dotLimit = 150
    /// The most nodes any view draws; larger views get a clear error, not a layout that
    /// runs for minutes and a picture nobody can read.
    public static let maximumNodes = 4000

    /// A renderer with the requested font, or the best installed CJK font.
    public init(font: String? = nil, engine: String = "auto", theme: Theme = .print) throws(RenderError) {
        self.style = RenderStyle(fontFamily: try FontLocator.resolve(requested: font), theme: theme)
        self.engine = engine
    }

    public init(style: RenderStyle, engine: String = "auto") {
        self.style = style
        self.engine = engine
    }

    /// The DOT text of a view, before layout, and the engine to lay it out with.
    public func layout(_ view: ViewKind, of graph: Graph, focus: NodeID? = nil, title: String? = nil,
                       from: CalendarDate? = nil, to: CalendarDate? = nil, dpi: Int? = nil, showMeasures: Bool = false,
                       levels: Set<EventLevel> = [], slide: Slide? = nil) throws(RenderError) -> (dot: String, engine: String) {
        // A timeline on a slide is laid out for the slide: filled, large type, arrows
        // through the gutters.
        // One too crowded for that is drawn in rows of dates scaled to the slide.
        if view == .timeline, let slide {
            do {
                let laidOut = try slideTimeline(graph, slide: slide, title: title, from: from, to: to, showMeasures: showMeasures, levels: levels)
                return (DOTWriter.string(SlideTimelineDOT.document(laidOut, style: style)), SlideTimelineDOT.engine)
            } catch .doesNotFitSlide {
            }
        }
        // A focus may be given as a name (五严五防, 楼阳生) rather than an id.
        let focus = focus.map { graph.resolveFocus($0, preferring: view == .lineage ? .measure : nil) }
        var document: DOTDocument
        switch view {
        case .timeline: document = try TimelineView(title: title, from: from, to: to, showMeasures: showMeasures, levels: levels).document(for: graph, style: style)
        case .relations: document = try RelationsView(focus: focus).document(for: graph, style: style)
        case .lineage:
            guard let focus else { throw .nothingToDraw("--view lineage needs --focus m-MEASURE") }
            document = try LineageView(measure: focus).document(for: graph, style: style)
        }
        var chosen = engine
        let nodeCount = document.statements.reduce(0) { count, statement in
            if case .node = statement { count + 1 } else { count }
        }
        if nodeCount > Renderer.maximumNodes {
            throw .tooLarge(nodes: nodeCount, limit: Renderer.maximumNodes)
        }
        if engine == "auto" {
            chosen = view == .timeline ? "neato" : (nodeCount > Renderer.dotLimit ? "sfdp" : "dot")
        }
        guard Graphviz.engines.contains(chosen) else { throw .unknownEngine(chosen) }
        if let dpi { document.graphAttributes["dpi"] = .text(String(dpi)) }
        if chosen != "dot" && view != .timeline {
            document.graphAttributes["overlap"] = "prism"
            document.graphAttributes["sep"] = "+6"
            document.graphAttributes["splines"] = "line"
        }
        return (DOTWriter.string(document), chosen)
    }

    /// The timeline laid out on one slide (positions in slide points), for drawing or
    /// measuring: a range too full for 14 pt with whole names gets smaller type here
    /// (``SlideTimeline/fontSize`` says how small); ``slideTimelines(_:slide:title:from:to:showMeasures:levels:maximumSlides:)``
    /// splits it over slides instead, as `chronicle render --slide` and the deck do.
    public func slideTimeline(_ graph: Graph, slide: Slide, title: String? = nil, reservesTitle: Bool = false,
                              from: CalendarDate? = nil, to: CalendarDate? = nil, showMeasures: Bool = false,
                              levels: Set<EventLevel> = []) throws(RenderError) -> SlideTimeline {
        let selection = TimelineSelection(graph: graph, from: from, to: to, levels: levels)
        guard !selection.events.isEmpty else {
            throw .nothingToDraw(from == nil && to == nil ? "the graph has no dated events" : "no dated events between \(from?.iso ?? "the start") and \(to?.iso ?? "the end")")
        }
        return try SlideTimelineLayout(slide: slide, title: title, reservesTitle: reservesTitle, showMeasures: showMeasures).layout(selection)
    }

    /// The DOT text of a view, before layout.
    public func dot(_ view: ViewKind, of graph: Graph, focus: NodeID? = nil, title: String? = nil) throws(RenderError) -> String {
        try layout(view, of: graph, focus: focus, title: title).dot
    }

    /// The rendered bytes of a view.
    public func render(_ view: ViewKind, of graph: Graph, format: OutputFormat, focus: NodeID? = nil, title: String? = nil,
                       from: CalendarDate? = nil, to: CalendarDate? = nil, dpi: Int? = nil, slide: Slide? = nil,
                       showMeasures: Bool = false) throws(RenderError) -> Data {
        // dpi applies to bitmaps only; in a PDF it inflates the page.
        let (dot, chosen) = try layout(view, of: graph, focus: focus, title: title, from: from, to: to,
                                       dpi: format == .png && slide == nil ? dpi : nil, showMeasures: showMeasures, slide: slide)
        return try Graphviz.render(dot: dot, format: format, engine: chosen, slide: slide)
    }
}
