import ChronicleCore
/// Why a picture could not be made.
public enum RenderError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No font that covers Chinese is installed.
    case noCJKFont
    /// The font the user asked for is not installed.
    case fontNotInstalled(family: String, available: [String])
    /// The output format is not one Chronicle renders.
    case unknownFormat(String)
    /// The layout engine is not one Graphviz offers.
    case unknownEngine(String)
    /// Graphviz rejected the graph or failed to lay it out or render it; `message`
    /// is the text Graphviz reported.
    case graphviz(stage: String, message: String)
    /// The requested view needs something the graph does not have.
    case nothingToDraw(String)
    /// The view has more nodes than can be laid out and read.
    case tooLarge(nodes: Int, limit: Int)
    /// A timeline too crowded to lay out on one slide even with one-line names.
    case doesNotFitSlide(events: Int, dates: Int)
    /// A range that would need more slides than `limit` to stay readable.
    case tooManySlides(Int, limit: Int)
    /// A PNG that is not a well-formed sequence of chunks, so its resolution cannot be
    /// written; says what is wrong with it.
    case damagedPNG(String)

    public var description: String {
        switch self {
        case .noCJKFont:
            "no CJK font found by fontconfig, so Chinese text would render as boxes; install one with `apt-get install fonts-noto-cjk` (or fonts-wqy-zenhei), or run scripts/bootstrap.sh"
        case let .fontNotInstalled(family, available):
            "font \"\(family)\" is not installed" + (available.isEmpty ? "" : "; installed CJK fonts: " + available.prefix(6).joined(separator: ", "))
        case .unknownFormat(let format):
            "unknown output format \"\(format)\"; use one of: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
        case .unknownEngine(let engine):
            "unknown Graphviz layout engine \"\(engine)\"; use dot, neato, fdp, sfdp, circo or twopi"
        case let .graphviz(stage, message):
            "Graphviz failed during \(stage): \(message.isEmpty ? "no message" : message)"
        case .nothingToDraw(let reason):
            "nothing to draw: \(reason)"
        case let .doesNotFitSlide(events, dates):
            "\(events) events on \(dates) dates do not fit on one slide; narrow the range with --from/--to, or use `chronicle deck`, which splits it over slides"
        case let .tooManySlides(count, limit):
            "the range needs \(count) slides to keep 14 pt type and whole names, more than \(limit); narrow it with --from/--to or --level"
        case .damagedPNG(let reason):
            "the PNG Graphviz produced is damaged (\(reason)); nothing was written"
        case let .tooLarge(nodes, limit):
            "the view has \(nodes) nodes, more than the \(limit) that can be drawn legibly; narrow it with --from/--to or --focus"
        }
    }
}

/// The picture formats Chronicle renders through Graphviz.
public enum OutputFormat: String, CaseIterable, Sendable, Hashable {
    case svg, png, pdf
    /// Graphviz's own DOT output, with the computed layout (as `dot -Tdot`).
    case dot

    /// The format named by a file's extension (`timeline.png` → png), if any.
    public init?(pathExtension path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }

    /// The Graphviz output format string: the cairo renderers for PNG and PDF (they
    /// shape CJK text with pango and embed the font), the core renderer for SVG.
    var graphvizFormat: String {
        switch self {
        case .svg: "svg"
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        case .dot: "dot"
        }
    }
}
