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

        @Argument(help: "Text documents (UTF-8 or UTF-16).")
        var files: [String]

        @Option(help: "The date to anchor partial dates to when a document states none (YYYY-MM-DD).")
        var referenceDate: String?

        @Option(help: "A lexicon file adding titles, meeting words, … (format: Sources/ChronicleKit/Resources/lexicon.txt).")
        var lexicon: String?

        @Option(help: "json or text.")
        var format: TextOrJSON = .json

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
        var output: String?

        func validate() throws {
            if let referenceDate, CalendarDate(iso: referenceDate)?.granularity != .day {
                throw ValidationError("--reference-date must be a date as YYYY-MM-DD, not \"\(referenceDate)\"")
            }
        }

        func run() throws {
            try reportingErrors {
                if let output { try OutputFile.checkWritable(output) }
                let words = try lexicon.map { path throws(LexiconError) in try Lexicon.withUserFile(path) } ?? .standard
                var documents: [TextDocument] = []
                for (index, path) in files.enumerated() {
                    documents.append(try DocumentLoader.load(path: path, id: DocumentID("d\(index + 1)")))
                }
                let extraction = Extractor(lexicon: words, referenceDate: referenceDate.flatMap(CalendarDate.init(iso:))).extract(documents)
                for diagnostic in extraction.diagnostics where diagnostic.offset == nil {
                    FileHandle.standardError.write(Data("chronicle: warning: \(diagnostic.document): \(diagnostic.message)\n".utf8))
                }
                let text = format == .json ? GraphJSON.string(extraction.graph) : GraphTextDump.string(extraction.graph)
                if let output { try OutputFile.write(text, to: output) } else { print(text, terminator: "") }
            }
        }
    }
}
