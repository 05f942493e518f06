import ArgumentParser
import ChronicleKit
import Foundation

extension Chronicle {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Store documents and their graph in a SQLite database.",
            discussion: """
                Each document is stored in its own transaction together with the graph rebuilt from
                every stored document: a document that fails leaves the database as it was before
                it, and the build goes on with the others (exit status 1 at the end). A document
                already stored (same content) changes nothing; a document stored before under the
                same path with other content is replaced. The corrections stored with `chronicle
                correct` are applied again after every rebuild; those that no longer apply are
                reported as orphaned. Two builds may run at once.
                """)

        @OptionGroup var input: InputOptions

        @Option(help: "The database file.")
        var db: String = "chronicle.sqlite"

        func run() throws {
            try reportingErrors {
                let store = try GraphStore(path: db)
                let paths = try DocumentLoader.expand(input.files)
                let forced = input.encoding.flatMap(TextEncoding.init(name:))
                let extractor = Extractor(referenceDate: input.reference)
                var failures = 0
                for path in paths {
                    do {
                        let loaded = try DocumentLoader.read(path: path, encoding: forced)
                        switch try store.ingest(loaded.document, extractor: extractor) {
                        case .unchanged:
                            print("\(path): already stored, unchanged")
                        case let .added(nodes, edges):
                            print("\(path): stored (\(loaded.format)); graph now \(nodes) nodes, \(edges) edges")
                        case let .replaced(nodes, edges):
                            print("\(path): changed since it was stored; replaced, its old facts withdrawn; graph now \(nodes) nodes, \(edges) edges")
                        }
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
    }
}
