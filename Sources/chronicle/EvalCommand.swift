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

        @OptionGroup var input: InputOptions

        @Flag(help: "Also list every miss and every extra.")
        var verbose = false

        func run() throws {
            try reportingErrors {
                let evaluator = try Evaluator(goldPath: gold)
                let graph = Extractor(referenceDate: input.reference).extract(try input.load()).graph
                let report = evaluator.evaluate(graph)
                print(report.table, terminator: "")
                if verbose { for line in report.details { print("  " + line) } }
            }
        }
    }
}
