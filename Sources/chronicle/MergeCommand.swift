import ArgumentParser
import ChronicleKit
import Foundation

extension Chronicle {
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge per-document graphs (from extract --jsonl) into one graph.",
            discussion: """
                The files may come from different machines: the result equals one `chronicle extract`
                over the same documents, whatever order the files and lines are in. A document met
                twice counts once.

                  ls docs/*.txt | parallel -n 500 chronicle extract --jsonl -q -o part-{#}.jsonl {}
                  chronicle merge part-*.jsonl -o all.json
                """)

        @Argument(help: "JSON Lines files written by chronicle extract --jsonl.")
        var files: [String]

        @Option(help: "A lexicon file (as for extract); levels are decided when merging.")
        var lexicon: String?

        @Option(help: "A corrections file (YAML) applied after merging.")
        var corrections: String?

        @Option(name: .shortAndLong, help: "Write the graph (JSON) to this file instead of standard output.")
        var output: String?

        func run() throws {
            try reportingErrors {
                if let output { try OutputFile.checkWritable(output) }
                let words = try lexicon.map { path throws(LexiconError) in try Lexicon.withUserFile(path) } ?? .standard
                let fixes = try corrections.map { path throws(CorrectionError) in try CorrectionFile.read(contentsOf: path) }
                var graphs: [DocumentGraph] = []
                for file in files {
                    try JSONLinesReader.forEach(path: file) { graph, _ in graphs.append(graph) }
                }
                var graph = GraphMerger(lexicon: words).merge(graphs)
                if let fixes, let corrections {
                    let report = graph.apply(fixes)
                    for line in report.orphanLines(path: corrections) { note("warning: \(line)") }
                    graph = graph.canonical()
                }
                if let output {
                    try OutputFile.stream(to: output) { write in try GraphJSON.write(graph, write) }
                } else {
                    try GraphJSON.write(graph) { FileHandle.standardOutput.write(Data($0.utf8)) }
                }
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Withdraw documents from a store: exactly their facts go.",
            discussion: """
                Name each document by the path it was stored under (or the end of it, when only one
                stored path ends so), or by its id. Each is removed in its own transaction; the
                stored corrections are applied again.
                """)

        @Option(help: "The database file.")
        var db: String = "chronicle.sqlite"

        @Argument(help: "Stored documents to remove.")
        var documents: [String]

        func run() throws {
            try reportingErrors {
                guard FileManager.default.fileExists(atPath: db) else {
                    throw StoreError.database(path: db, message: "no such database; run chronicle build first")
                }
                let store = try GraphStore(path: db)
                for name in documents {
                    let removed = try store.remove(name)
                    print("\(removed): removed, its facts withdrawn")
                }
                print("\(db): \(store.documentCount) documents")
                reportOrphans(try store.corrections())
            }
        }
    }
}
