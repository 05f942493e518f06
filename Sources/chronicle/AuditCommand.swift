import ArgumentParser
import ChronicleKit
import Foundation

extension Chronicle {
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw random facts from a store as a sheet to mark by hand (precision by reading).",
            discussion: """
                Prints a Markdown sheet: for each kind (events, persons with titles, measures, chairs, attends, \
                speaks, sets, conveys), up to --sample facts drawn at random, each with the rule that produced \
                it, its document and its evidence sentence(s), and an empty mark column for ✓ or ✗. The same \
                store and --seed give the same sheet; the share of ✓ is the kind's precision.

                  chronicle audit --db news.sqlite --sample 20 --seed 1 --kind events,sets -o audit.md
                """)

        @Option(help: "The database file (built by chronicle build).")
        var db: String = "chronicle.sqlite"

        @Option(help: "How many facts of each kind to draw.")
        var sample: Int = 20

        @Option(help: "The seed of the random draw.")
        var seed: UInt64 = 1

        @Option(help: "Only these kinds, comma-separated (\(AuditKind.allCases.map(\.rawValue).joined(separator: ","))).")
        var kind: String?

        @Option(help: "A line to put under the sheet's heading (where the store came from …).")
        var note: String?

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
        var output: String?

        func validate() throws {
            if sample < 1 { throw ValidationError("--sample takes a count of 1 or more") }
            if let kind, kind.split(separator: ",").contains(where: { AuditKind(rawValue: String($0)) == nil }) {
                throw ValidationError("--kind takes \(AuditKind.allCases.map(\.rawValue).joined(separator: ", ")) (comma-separated)")
            }
        }

        var kinds: [AuditKind] {
            guard let kind else { return AuditKind.allCases }
            let asked = Set(kind.split(separator: ",").compactMap { AuditKind(rawValue: String($0)) })
            return AuditKind.allCases.filter(asked.contains)
        }

        func run() throws {
            try reportingErrors {
                if let output { try OutputFile.checkWritable(output) }
                guard FileManager.default.fileExists(atPath: db) else {
                    throw StoreError.database(path: db, message: "no such database; run chronicle build first")
                }
                let samples = try GraphStore(path: db).auditSample(kinds: kinds, count: sample, seed: seed)
                let sheet = AuditSheet.markdown(samples, store: (db as NSString).lastPathComponent, seed: seed, count: sample, note: note)
                if let output {
                    try OutputFile.write(sheet, to: output)
                } else {
                    print(sheet, terminator: "")
                }
            }
        }
    }
}
