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
                    noteSlideFit(renderer, loaded, slide: slide)
                }
                (dot, chosen) = try renderer.layout(
                    view, of: loaded, focus: focus.map { NodeID($0) }, title: title,
                    from: range.fromDate, to: range.toDate,
                    dpi: outputFormat == .png && slide == nil ? dpi : nil, showMeasures: measures,
                    levels: range.levels,
                    slide: slide.flatMap { Slide(aspect: $0) })
                }
                let slideDPI = dpi ?? 300
                let data = inProcess
                    ? try Graphviz.render(dot: dot, format: outputFormat, engine: chosen, slide: slide.flatMap { Slide(aspect: $0, dpi: slideDPI) })
                    : try IsolatedLayout.render(dot: dot, format: outputFormat, engine: chosen, timeout: timeout, slide: slide, dpi: slideDPI)
                if output == "-" {
                    FileHandle.standardOutput.write(data)
                } else {
                    try OutputFile.write(data, to: output)
                }
            }
        }
    }
}

extension Chronicle.Render {
    /// Says on standard error when a timeline is too crowded for 14 pt on one slide.
    func noteSlideFit(_ renderer: Renderer, _ graph: Graph, slide: Slide) {
        let from = range.fromDate, to = range.toDate, levels = range.levels
        let note: String?
        do {
            let laidOut = try renderer.slideTimeline(graph, slide: slide, title: title, from: from, to: to, showMeasures: measures, levels: levels)
            note = laidOut.cutNames > 0 ? "\(laidOut.cutNames) event names were cut to fit one slide"
                : laidOut.fontSize < 14 ? String(format: "the events need %.1f pt type to fit one slide with every name whole", laidOut.fontSize) : nil
        } catch .doesNotFitSlide(let events, let dates) {
            note = "\(events) events on \(dates) dates are too many for one slide; drawn as rows of dates scaled to the slide"
        } catch {
            note = nil
        }
        if let note {
            FileHandle.standardError.write(Data("chronicle: note: \(note); `chronicle deck` spreads them over slides at 14 pt or more, every name whole\n".utf8))
        }
    }
}

extension ViewKind: ExpressibleByArgument {}
extension Theme: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
