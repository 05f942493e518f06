import ArgumentParser
import ChronicleKit
import Foundation

extension Chronicle {
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score an extraction against a careful reader's gold graph.",
            discussion: "Prints precision, recall and F1 for events, time of day, chairs, persons, measures, first-setting events and conveys.")

        @Option(help: "The gold graph (*.gold.json).")
        var gold: String

        @Argument(help: "The documents the gold describes.")
        var files: [String]

        @Option(help: "The date to anchor partial dates to when a document states none (YYYY-MM-DD).")
        var referenceDate: String?

        @Flag(help: "Also list every miss and every extra.")
        var verbose = false

        func run() throws {
            try reportingErrors {
                let evaluator = try Evaluator(goldPath: gold)
                var documents: [TextDocument] = []
                for (index, path) in files.enumerated() {
                    documents.append(try DocumentLoader.load(path: path, id: DocumentID("d\(index + 1)")))
                }
                let graph = Extractor(referenceDate: referenceDate.flatMap(CalendarDate.init(iso:))).extract(documents).graph
                let report = evaluator.evaluate(graph)
                print(report.table, terminator: "")
                if verbose { for line in report.details { print("  " + line) } }
            }
        }
    }
}
