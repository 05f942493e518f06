import ArgumentParser
import ChronicleKit
import Foundation

extension Chronicle {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Store documents and their graph in a SQLite database.",
            discussion: """
                Each document is stored in its own transaction and merged into the stored graph:
                only what it touches is recomputed, so adding a document costs about the same in a
                store of ten documents or ten thousand. A document that fails leaves the database as
                it was before it, and the build goes on with the others (exit status 1 at the end). A document
                already stored (same content) changes nothing; a document stored before under the
                same path with other content is replaced. The corrections stored with `chronicle
                correct` are applied again after every document; those that no longer apply are
                reported as orphaned. Two builds may run at once.
                """)

        @OptionGroup var input: InputOptions

        @Option(help: "The database file.")
        var db: String = "chronicle.sqlite"

        @Flag(help: "The files are JSON Lines of per-document graphs (chronicle extract --jsonl), merged without their text.")
        var fromJsonl = false

        func run() throws {
            try requireNameModel()
            try reportingErrors {
                let store = try GraphStore(path: db)
                if fromJsonl { return try buildFromLines(store) }
                let paths = try DocumentLoader.expand(try input.paths())
                let forced = input.encoding.flatMap(TextEncoding.init(name:))
                let extractor = Extractor(referenceDate: input.reference)
                var failures = 0
                for path in paths {
                    do {
                        let loaded = try DocumentLoader.read(path: path, encoding: forced)
                        report(try store.ingest(loaded.document, extractor: extractor), path: path, from: "\(loaded.format)")
                    } catch {
                        failures += 1
                        note("error: \(error) — not stored; the database is as it was before this file")
                    }
                }
                print("\(db): \(store.documentCount) documents")
                reportOrphans(try store.corrections())
                if failures > 0 { throw ExitCode(1) }
            }
        }

        /// One line per document: what storing it did.
        func report(_ outcome: IngestOutcome, path: String, from source: String) {
            switch outcome {
            case .unchanged:
                print("\(path): already stored, unchanged")
            case let .added(nodes, edges):
                print("\(path): stored (\(source)); graph now \(nodes) nodes, \(edges) edges")
            case let .replaced(nodes, edges):
                print("\(path): changed since it was stored; replaced, its old facts withdrawn; graph now \(nodes) nodes, \(edges) edges")
            }
        }

        /// `--from-jsonl`: each line's document graph stored and merged in its own transaction.
        func buildFromLines(_ store: GraphStore) throws {
            var failures = 0
            for file in try input.paths() {
                do {
                    try JSONLinesReader.forEach(path: file) { graph, hash in
                        do {
                            report(try store.ingest(graph, contentHash: hash), path: graph.document.path, from: "from \(file)")
                        } catch {
                            failures += 1
                            note("error: \(graph.document.path) (from \(file)): \(error) — not stored; the database is as it was before it")
                        }
                    }
                } catch {
                    failures += 1
                    note("error: \(error) — the lines after it in that file were not read")
                }
            }
            print("\(db): \(store.documentCount) documents")
            reportOrphans(try store.corrections())
            if failures > 0 { throw ExitCode(1) }
        }
    }
}
