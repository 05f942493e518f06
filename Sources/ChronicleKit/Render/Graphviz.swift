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
    public static let engines: Set<String> = ["dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork"]

    private static let lock = Mutex<Void>(())

    /// Lays out `dot` with `engine` and renders it as `format`.
    public static func render(dot: String, format: OutputFormat, engine: String = "dot") throws(RenderError) -> Data {
        guard engines.contains(engine) else { throw .unknownEngine(engine) }
        let result: Result<Data, RenderError> = lock.withLock { _ in
            Result { () throws(RenderError) -> Data in
                try renderLocked(dot: dot, format: format, engine: engine)
            }
        }
        return try result.get()
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

    private static func renderLocked(dot: String, format: OutputFormat, engine: String) throws(RenderError) -> Data {
        ErrorCapture.begin()
        defer { ErrorCapture.end() }

        guard let gvc = gvContext() else { throw .graphviz(stage: "startup", message: "gvContext returned NULL") }
        defer { gvFreeContext(gvc) }

        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw .graphviz(stage: "parsing", message: ErrorCapture.text())
        }
        defer { agclose(graph) }

        guard gvLayout(gvc, graph, engine) == 0 else {
            throw .graphviz(stage: "layout (\(engine))", message: ErrorCapture.text())
        }
        defer { gvFreeLayout(gvc, graph) }

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
        return data
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
