import ArgumentParser
import ChronicleKit
import Foundation

extension Chronicle {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract the event graph from documents.",
            discussion: """
                Meetings with dates and times of day, people with titles and roles, organizations,
                documents, measures with the event that set them, and what each event conveyed;
                every fact with the sentence that states it. JSON is the graph contract of DESIGN.md;
                text is a readable tree.
                """)

        @OptionGroup var input: InputOptions

        @Option(help: "A lexicon file adding titles, meeting words, … (format: Sources/ChronicleCore/Resources/lexicon.txt).")
        var lexicon: String?

        @Option(help: "A corrections file (YAML: reject, set, merge, add, accept) applied after extraction.")
        var corrections: String?

        @Option(help: "json or text.")
        var format: TextOrJSON = .json

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
        var output: String?


        func run() throws {
            try reportingErrors {
                if let output { try OutputFile.checkWritable(output) }
                let words = try lexicon.map { path throws(LexiconError) in try Lexicon.withUserFile(path) } ?? .standard
                let fixes = try corrections.map { path throws(CorrectionError) in try CorrectionFile.read(contentsOf: path) }
                let documents = try input.load()
                var extraction = Extractor(lexicon: words, referenceDate: input.reference).extract(documents)
                if let fixes, let corrections {
                    let report = extraction.graph.apply(fixes)
                    // Orphans are reported even with --quiet: a correction is never dropped silently.
                    for line in report.orphanLines(path: corrections) { note("warning: \(line)") }
                }
                if !input.quiet {
                    for diagnostic in extraction.diagnostics where diagnostic.offset == nil {
                        note("warning: \(diagnostic.document): \(diagnostic.message)")
                    }
                }
                switch (format, output) {
                case (.json, let output?):
                    try OutputFile.stream(to: output) { write in try GraphJSON.write(extraction.graph, write) }
                case (.json, nil):
                    try GraphJSON.write(extraction.graph) { FileHandle.standardOutput.write(Data($0.utf8)) }
                case (.text, let output?):
                    try OutputFile.write(GraphTextDump.string(extraction.graph), to: output)
                case (.text, nil):
                    print(GraphTextDump.string(extraction.graph), terminator: "")
                }
            }
        }
    }
}
