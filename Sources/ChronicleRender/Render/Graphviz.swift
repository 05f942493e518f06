import ChronicleCore
import CGraphviz
import Foundation
import Synchronization

/// Lays out and renders DOT text in-process through libgvc.
///
/// Graphviz keeps global state (its error buffer, the error callback, plugin
/// registries), so every call is serialized behind one lock. Graphviz's warnings and
/// errors are captured instead of going to stderr and become ``RenderError/graphviz(stage:message:)``.
public enum Graphviz {
    /// The layout engines Graphviz offers.
    public static let engines: Set<String> = ["dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork", "nop2"]

    private static let lock = Mutex<Void>(())

    /// Lays out `dot` with `engine` and renders it as `format`; with a `slide`, the
    /// drawing is scaled (never stretched) and centred on a canvas of exactly the
    /// slide's size.
    public static func render(dot: String, format: OutputFormat, engine: String = "dot", slide: Slide? = nil) throws(RenderError) -> Data {
        guard engines.contains(engine) else { throw .unknownEngine(engine) }
        let result: Result<Data, RenderError> = lock.withLock { _ in
            Result { () throws(RenderError) -> Data in
                try renderLocked(dot: dot, format: format, engine: engine, slide: slide)
            }
        }
        return try result.get()
    }

    /// Sets a graph attribute on a laid-out graph (cgraph copies the strings).
    private static func set(_ graph: UnsafeMutablePointer<Agraph_t>, _ name: String, _ value: String) {
        name.withCString { n in
            value.withCString { v in
                "".withCString { d in
                    _ = agsafeset(UnsafeMutableRawPointer(graph), UnsafeMutablePointer(mutating: n), UnsafeMutablePointer(mutating: v), UnsafeMutablePointer(mutating: d))
                }
            }
        }
    }

    private static func get(_ graph: UnsafeMutablePointer<Agraph_t>, _ name: String) -> String? {
        name.withCString { n in
            agget(UnsafeMutableRawPointer(graph), UnsafeMutablePointer(mutating: n)).map { String(cString: $0) }
        }
    }

    /// Fits the laid-out drawing into the slide: viewport = slide size in points, zoom
    /// to fit with a margin, centred on the drawing's bounding box.
    private static func fit(_ graph: UnsafeMutablePointer<Agraph_t>, to slide: Slide, format: OutputFormat) {
        let box = (get(graph, "bb") ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        guard box.count == 4 else { return }
        let width = max(box[2] - box[0], 1), height = max(box[3] - box[1], 1)
        let canvasWidth = slide.width * 72, canvasHeight = slide.height * 72
        // A drawing laid out on the slide already (SlideTimelineDOT) is drawn as it is.
        let exact = get(graph, SlideTimelineDOT.exactCanvas) == "exact"
        let zoom = min(canvasWidth / width, canvasHeight / height) * (exact ? 1 : slide.fill)
        let centreX = (box[0] + box[2]) / 2, centreY = (box[1] + box[3]) / 2
        set(graph, "viewport", String(format: "%.3f,%.3f,%.5f,%.3f,%.3f", canvasWidth, canvasHeight, zoom, centreX, centreY))
        set(graph, "bgcolor", "white")
    }

    /// What must be set before layout for a slide: the resolution (read when the layout
    /// starts) and no padding around the canvas.
    private static func prepare(_ graph: UnsafeMutablePointer<Agraph_t>, for slide: Slide, format: OutputFormat) {
        // dpi only for bitmaps: in a PDF it inflates the page.
        set(graph, "dpi", format == .png ? String(slide.dpi) : "72")
        set(graph, "pad", "0")
        // PDF and PostScript add a half-inch margin by default.
        set(graph, "margin", "0")
    }

    /// The Graphviz version libgvc reports (`2.43.0` on Debian 12).
    public static var version: String {
        lock.withLock { _ in
            guard let gvc = gvContext() else { return "unknown" }
            defer { gvFreeContext(gvc) }
            guard let info = gvcInfo(gvc), let v = info[1] else { return "unknown" }
            return String(cString: v)
        }
    }

    private static func renderLocked(dot: String, format: OutputFormat, engine: String, slide: Slide?) throws(RenderError) -> Data {
        ErrorCapture.begin()
        defer { ErrorCapture.end() }

        guard let gvc = gvContext() else { throw .graphviz(stage: "startup", message: "gvContext returned NULL") }
        defer { gvFreeContext(gvc) }

        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw .graphviz(stage: "parsing", message: ErrorCapture.text())
        }
        defer { agclose(graph) }

        if let slide { prepare(graph, for: slide, format: format) }
        guard gvLayout(gvc, graph, engine) == 0 else {
            throw .graphviz(stage: "layout (\(engine))", message: ErrorCapture.text())
        }
        defer { gvFreeLayout(gvc, graph) }
        if let slide { fit(graph, to: slide, format: format) }

        var buffer: UnsafeMutablePointer<CChar>?
        var length = 0
        let status = chronicle_gv_render_data(gvc, graph, format.graphvizFormat, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status == 0, let buffer else {
            throw .graphviz(stage: "rendering \(format.rawValue)", message: ErrorCapture.text())
        }
        let data = Data(bytes: buffer, count: length)
        // Graphviz reports some failures (a missing renderer plugin, a bad attribute
        // value) only as error text while still returning 0.
        let errors = ErrorCapture.errors()
        if !errors.isEmpty {
            throw .graphviz(stage: "rendering \(format.rawValue)", message: errors.joined(separator: "; "))
        }
        switch format {
        case .png: return try PNGResolution.stamp(data, dotsPerInch: resolution(graph))
        // The same graph gives the same bytes: cairo's time-of-drawing dates go.
        case .pdf: return PDFDates.normalize(data, to: PDFDates.sourceDateEpoch)
        default: return data
        }
    }

    /// The resolution a PNG was drawn at: the graph's `dpi` (set for a slide, or by
    /// `--dpi`), else the 96 dpi cairo's PNG renderer draws at by default.
    private static func resolution(_ graph: UnsafeMutablePointer<Agraph_t>) -> Int {
        guard let text = get(graph, "dpi") ?? get(graph, "resolution"), let dpi = Double(text), dpi >= 1 else { return 96 }
        return Int(dpi.rounded())
    }
}

/// A slide to draw on: its size in inches and, for PNG, its resolution.
public struct Slide: Hashable, Sendable {
    public var width: Double
    public var height: Double
    public var dpi: Int
    /// How much of the canvas the drawing may fill (a margin around it).
    public var fill: Double

    /// 16:9 (13.333 × 7.5 in, 4000 × 2250 px at 300 dpi) or 4:3 (10 × 7.5 in).
    public init?(aspect: String, dpi: Int = 300) {
        switch aspect {
        case "16:9": self.init(width: 13.333_333, height: 7.5, dpi: dpi)
        case "4:3": self.init(width: 10, height: 7.5, dpi: dpi)
        default: return nil
        }
    }

    public init(width: Double, height: Double, dpi: Int, fill: Double = 0.96) {
        self.width = width
        self.height = height
        self.dpi = dpi
        self.fill = fill
    }

    /// The exact pixel size of a PNG of this slide.
    public var pixels: (width: Int, height: Int) {
        (Int((width * Double(dpi)).rounded()), Int((height * Double(dpi)).rounded()))
    }
}

/// Collects the text Graphviz reports through `agerr` while a render runs. Only touched
/// under ``Graphviz``'s lock.
private enum ErrorCapture {
    nonisolated(unsafe) static var messages: [String] = []

    static func begin() {
        messages = []
        _ = agreseterrors()
        chronicle_gv_capture_errors { text in
            if let text {
                let line = String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
                if !line.isEmpty { ErrorCapture.messages.append(line) }
            }
            return 0
        }
    }

    static func end() {
        _ = agseterrf(nil)
    }

    /// Everything reported, warnings included.
    static func text() -> String { messages.joined(separator: "; ") }

    /// Only the messages Graphviz marked as errors.
    static func errors() -> [String] {
        messages.filter { $0.hasPrefix("Error") || $0.contains("not recognized") }
    }
}
