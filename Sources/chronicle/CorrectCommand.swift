import ArgumentParser
import ChronicleKit
import Foundation

extension Chronicle {
    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Keep analysts' corrections in the store: import, list, export.",
            discussion: """
                A corrections file is a YAML list of operations (reject, set, merge, add, accept), each \
                with an optional note, by and at:

                  - reject: {source: p-张三, relation: chairs, target: e-2020-01-26-省委专题会议}
                    note: the report says 李四 chaired it
                    by: 王秘书
                  - set: {node: e-2020-01-26-省委专题会议, time_of_day: afternoon}
                  - merge: {into: e-…-中央政治局常委会会议, from: e-…-政治局常委会}

                Importing stores them and applies them to the graph in one transaction; they are \
                applied again after every later build. A file with an error is not imported at all. \
                A correction whose node or edge is gone is kept and reported as orphaned.
                """)

        @Option(help: "The database file.")
        var db: String = "chronicle.sqlite"

        @Argument(help: "A corrections file (YAML) to import.")
        var file: String?

        @Flag(help: "List the stored corrections with their status.")
        var list = false

        @Option(help: "Write the stored corrections to this YAML file (- for standard output).")
        var export: String?

        func validate() throws {
            if file == nil && !list && export == nil { throw ValidationError("give a corrections file to import, --list or --export FILE") }
        }

        func run() throws {
            try reportingErrors {
                guard FileManager.default.fileExists(atPath: db) else {
                    throw StoreError.database(path: db, message: "no such database; run chronicle build first")
                }
                let store = try GraphStore(path: db)
                if let file {
                    let corrections = try CorrectionFile.read(contentsOf: file)
                    let stamp = ISO8601DateFormatter().string(from: Date())
                    let added = try store.importCorrections(corrections, extractor: Extractor(), importedAt: stamp)
                    print("\(file): \(corrections.count) corrections, \(added) new; applied" + (added == 0 ? " (nothing changed)" : ""))
                    reportOrphans(try store.corrections())
                }
                let stored = try store.corrections()
                if list {
                    if stored.isEmpty { print("no corrections stored") }
                    for item in stored {
                        let who = [item.correction.by, item.correction.at].compactMap { $0 }.joined(separator: ", ")
                        print("\(item.id)\t\(item.status?.rawValue ?? "not applied yet")\t\(CorrectionFile.line(item.correction.operation))"
                              + (who.isEmpty ? "" : "\t(\(who))") + (item.reason.map { "\t— \($0)" } ?? ""))
                        if let note = item.correction.note { print("\t\tnote: \(note)") }
                    }
                }
                if let export {
                    let yaml = CorrectionFile.yaml(stored.map(\.correction))
                    if export == "-" { print(yaml, terminator: "") } else { try OutputFile.write(yaml, to: export) }
                }
            }
        }
    }
}

/// Orphaned corrections on standard error: never dropped silently.
func reportOrphans(_ stored: [StoredCorrection]) {
    for item in stored where item.status == .orphaned {
        note("warning: correction \(item.id) is orphaned: \(CorrectionFile.line(item.correction.operation)) — \(item.reason ?? "its fact is gone")")
    }
}
