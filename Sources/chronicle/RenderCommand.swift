import ArgumentParser
import ChronicleKit
import Foundation

extension Chronicle {
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw a graph as a timeline, a relationship diagram or a measure's lineage.",
            discussion: """
                The format comes from --format or else from the output file's extension
                (.svg, .png, .pdf, .dot). Output is written whole or not at all.
                """)

        @Argument(help: "A graph in JSON Graph Format (from `chronicle extract`), or a Graphviz .dot/.gv file to draw as it is.")
        var graph: String?

        @Option(help: "Read the graph from this store (chronicle build) instead of a file.")
        var db: String?

        @Option(help: "What to draw: \(ViewKind.allCases.map(\.rawValue).joined(separator: ", ")).")
        var view: ViewKind = .timeline

        @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")). Default: from the output file's extension.")
        var format: OutputFormat?

        @Option(name: .shortAndLong, help: "The file to write, or - for standard output.")
        var output: String

        @Option(help: "For --view relations: the node to centre on (楼阳生 or p-楼阳生, 五严五防, an event id); for lineage: the measure.")
        var focus: String?

        @Option(help: "A title drawn above the timeline.")
        var title: String?

        @OptionGroup(title: "For --view timeline (--conveys also for relations)") var range: RangeOptions

        @Option(help: "Resolution of PNG output in dots per inch (default 96; 300 with --slide).")
        var dpi: Int?

        @Option(help: "Draw on a slide: 16:9 (4000×2250 px at 300 dpi) or 4:3 (3000×2250); scaled to fit, centred, never stretched.")
        var slide: String?

        @Flag(help: "For --view timeline: list the measures each event set.")
        var measures = false


        @Option(help: "print (light, for paper) or projection (larger type, stronger colours).")
        var theme: Theme = .print

        @Option(help: "Font family; default: the best installed CJK font.")
        var font: String?

        @Option(help: "Graphviz layout engine (dot, neato, fdp, sfdp, circo, twopi), or auto: dot, or sfdp for large diagrams.")
        var engine: String = "auto"

        @Option(help: "Stop a layout that takes longer than this many seconds.")
        var timeout: Double = 120

        @Flag(help: "Lay out in this process instead of a child process (faster; a Graphviz crash then ends chronicle).")
        var inProcess = false

        func validate() throws {
            if (graph == nil) == (db == nil) { throw ValidationError("give a graph file or --db, not both") }
            if format == nil, output == "-" || OutputFormat(pathExtension: output) == nil {
                throw ValidationError("cannot tell the format from \"\(output)\"; give --format \(OutputFormat.allCases.map(\.rawValue).joined(separator: "|"))")
            }
            if focus != nil, view == .timeline {
                throw ValidationError("--focus applies to --view relations and lineage only")
            }
            if focus == nil, view == .lineage {
                throw ValidationError("--view lineage needs --focus m-MEASURE (e.g. m-五严五防)")
            }
            if let slide, Slide(aspect: slide) == nil {
                throw ValidationError("--slide must be 16:9 or 4:3, not \"\(slide)\"")
            }
            if let dpi, !(36...1200).contains(dpi) {
                throw ValidationError("--dpi must be between 36 and 1200")
            }
        }

        func run() throws {
            try reportingErrors {
                let outputFormat = format ?? OutputFormat(pathExtension: output)!
                if output != "-" { try OutputFile.checkWritable(output) }
                let slideDPI = dpi ?? 300
                func draw(_ dot: String, engine chosen: String) throws -> Data {
                    inProcess
                        ? try Graphviz.render(dot: dot, format: outputFormat, engine: chosen, slide: slide.flatMap { Slide(aspect: $0, dpi: slideDPI) })
                        : try IsolatedLayout.render(dot: dot, format: outputFormat, engine: chosen, timeout: timeout, slide: slide, dpi: slideDPI)
                }
                let dot: String, chosen: String
                if let graph, ["dot", "gv"].contains((graph as NSString).pathExtension.lowercased()) {
                    guard let data = FileManager.default.contents(atPath: graph) else {
                        throw GraphJSONError.unreadable(path: graph, reason: FileManager.default.fileExists(atPath: graph) ? "permission denied" : "no such file")
                    }
                    dot = String(decoding: data, as: UTF8.self)
                    chosen = engine == "auto" ? "dot" : engine
                } else {
                let loaded = range.drawn(try loadGraph(file: graph, db: db))
                let renderer = try Renderer(font: font, engine: engine, theme: theme)
                if view == .timeline, let slide = slide.flatMap({ Slide(aspect: $0) }) {
                    // A timeline on a slide keeps 14 pt and whole names: a range that
                    // needs more than one slide for that is drawn on several.
                    let slides = try renderer.slideTimelines(loaded, slide: slide, title: title, from: range.fromDate, to: range.toDate,
                                                             showMeasures: measures, levels: range.levels)
                    let paths = slides.count == 1 ? [output] : slides.indices.map { Self.numbered(output, $0 + 1) }
                    if slides.count > 1 {
                        guard output != "-" else { throw ValidationError("the range needs \(slides.count) slides at 14 pt with every name whole; give -o FILE (it writes FILE-1 … FILE-\(slides.count)) or narrow --from/--to") }
                        for path in paths { try OutputFile.checkWritable(path) }
                    }
                    // Every slide drawn before any is written: all of them or none.
                    let drawn = try slides.map { try draw(DOTWriter.string(SlideTimelineDOT.document($0, style: renderer.style)), engine: SlideTimelineDOT.engine) }
                    for (data, path) in zip(drawn, paths) { try emit(data, to: path) }
                    noteSlides(slides, paths: paths, selection: TimelineSelection(graph: loaded, from: range.fromDate, to: range.toDate, levels: range.levels))
                    return
                }
                (dot, chosen) = try renderer.layout(
                    view, of: loaded, focus: focus.map { NodeID($0) }, title: title,
                    from: range.fromDate, to: range.toDate,
                    dpi: outputFormat == .png && slide == nil ? dpi : nil, showMeasures: measures,
                    levels: range.levels,
                    slide: slide.flatMap { Slide(aspect: $0) })
                }
                try emit(try draw(dot, engine: chosen), to: output)
            }
        }

        func emit(_ data: Data, to path: String) throws {
            if path == "-" {
                FileHandle.standardOutput.write(data)
            } else {
                try OutputFile.write(data, to: path)
            }
        }
    }
}

extension Chronicle.Render {
    /// `timeline.png` → `timeline-2.png` (the n-th slide of a series).
    static func numbered(_ path: String, _ n: Int) -> String {
        let ns = path as NSString
        let ext = ns.pathExtension
        return ext.isEmpty ? "\(path)-\(n)" : "\(ns.deletingPathExtension)-\(n).\(ext)"
    }

    /// Says on standard error when a range took more than one slide, and when a slide
    /// had to shorten names (a single date with more events than a slide holds).
    func noteSlides(_ slides: [SlideTimeline], paths: [String], selection: TimelineSelection) {
        var notes: [String] = []
        if slides.count > 1 {
            let events = slides.reduce(0) { $0 + $1.boxes.count }
            let files = zip(slides, paths).map { slide, path in "\(path) (\(CalendarDate.chineseRange(slide.firstDate, slide.lastDate)))" }
            var slideOf: [NodeID: Int] = [:]
            for (index, slide) in slides.enumerated() { for box in slide.boxes { slideOf[box.id] = index } }
            let across = selection.conveys.filter { slideOf[$0.source] != slideOf[$0.target] }.count
            notes.append("\(events) events on \(selection.dates.count) dates do not fit one slide at 14 pt with every name whole: drawn on \(slides.count) slides, "
                         + files.joined(separator: ", ")
                         + (across > 0 ? "; \(across) 传达 between two slides are said in the conveying box (传达：前页N项), not drawn" : "")
                         + " (one slide: narrow --from/--to or --level; `chronicle deck` makes the slides a deck)")
        }
        for (index, slide) in slides.enumerated() where slide.cutNames > 0 {
            notes.append("\(slide.cutNames) event names too long for a slide at 14 pt were cut on \(paths[index])")
        }
        for note in notes {
            FileHandle.standardError.write(Data("chronicle: note: \(note)\n".utf8))
        }
    }
}

extension ViewKind: ExpressibleByArgument {}
extension Theme: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
