import ArgumentParser
import ChronicleKit
import Foundation

extension Chronicle {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a graph in the formats other tools read.",
            discussion: """
                json (JGF), graphml (Gephi, yEd, networkx), turtle and jsonld (schema.org + Chronicle's \
                vocabulary), cypher (Neo4j), csv (neo4j-admin import: FILE-nodes.csv and \
                FILE-relationships.csv), ics (iCalendar), mermaid (timeline), html (a self-contained report).
                """)

        @Argument(help: "A graph in JSON Graph Format (from `chronicle extract`).")
        var graph: String?

        @Option(help: "Read the graph from this store (chronicle build) instead of a file.")
        var db: String?

        @Option(help: "Export format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
        var format: ExportFormat

        @Option(name: .shortAndLong, help: "The file to write, or - for standard output (not for csv).")
        var output: String

        @Option(help: "A title for the HTML report and the Mermaid timeline.")
        var title: String?

        func validate() throws {
            if (graph == nil) == (db == nil) { throw ValidationError("give a graph file or --db, not both") }
            if format == .csv && output == "-" { throw ValidationError("csv writes two files; give -o PATH") }
        }

        func run() throws {
            try reportingErrors {
                let loaded = try loadGraph(file: graph, db: db)
                var files: [(String, String)] = []
                switch format {
                case .json: files = [(output, GraphJSON.string(loaded))]
                case .graphml: files = [(output, GraphMLExporter.string(loaded))]
                case .turtle: files = [(output, RDFExporter.turtle(loaded))]
                case .jsonld: files = [(output, RDFExporter.jsonLD(loaded))]
                case .cypher: files = [(output, Neo4jExporter.cypher(loaded))]
                case .ics: files = [(output, ICalendarExporter.string(loaded))]
                case .mermaid: files = [(output, MermaidExporter.string(loaded, title: title ?? "时间线"))]
                case .csv:
                    let base = output.hasSuffix(".csv") ? String(output.dropLast(4)) : output
                    let (nodes, relationships) = Neo4jExporter.csv(loaded)
                    files = [(base + "-nodes.csv", nodes), (base + "-relationships.csv", relationships)]
                case .html:
                    let renderer = try Renderer()
                    let svg = try? String(decoding: IsolatedLayout.render(
                        dot: renderer.layout(.timeline, of: loaded).dot, format: .svg, engine: "neato", timeout: 120), as: UTF8.self)
                    files = [(output, HTMLReportExporter.string(loaded, timelineSVG: svg, title: title ?? "事件图谱报告", fontFamily: renderer.style.fontFamily))]
                }
                if output == "-" {
                    print(files[0].1, terminator: "")
                    return
                }
                for (path, _) in files { try OutputFile.checkWritable(path) }
                for (path, text) in files { try OutputFile.write(text, to: path) }
            }
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
