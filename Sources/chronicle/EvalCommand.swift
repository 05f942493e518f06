import ArgumentParser
import ChronicleKit
import Foundation

extension Chronicle {
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score an extraction against a careful reader's gold graph, or a whole corpus of them.",
            discussion: """
                Prints precision, recall and F1 for events, time of day, chairs, persons, quoted measures, \
                first-setting events and conveys.

                  chronicle eval --gold X.gold.json X.txt     one document
                  chronicle eval --corpus DIR                 every X.txt with an X.gold.json in DIR: a table per \
                document and the micro-averaged scores; each text's reference date is its gold's document_date \
                (else 31 December of its reference_year).
                  chronicle eval --news FILE.jsonl|-          news items with silver name spans (`lac`): how far the \
                name model's spans and Chronicle's persons agree with them, per kind, and the speed \
                (`xz -dc 2024.jsonl.xz | chronicle eval --news - --limit 600 --show 20`).
                """)

        @Option(help: "The gold graph (*.gold.json) of the documents given.")
        var gold: String?

        @Option(help: "A folder of X.txt + X.gold.json pairs to evaluate together.")
        var corpus: String?

        @Option(help: "News JSON Lines with silver `lac` name spans (- for standard input).")
        var news: String?

        @Option(help: "With --news: read at most this many items.")
        var limit: Int?

        @Option(help: "With --news: list this many disagreements of each side.")
        var show: Int = 0

        @Option(help: "With --news: the name model file to use instead of the shipped one.")
        var model: String?

        @Argument(help: "Documents to extract and score against --gold.")
        var files: [String] = []

        @Option(help: "The date to anchor partial dates to (YYYY-MM-DD); default: the gold's document_date.")
        var referenceDate: String?

        @Flag(help: "Write the scores as JSON (per document and micro-averaged).")
        var json = false

        @Flag(help: "Also list every miss and every extra, with its sentence and the rule that produced it.")
        var verbose = false

        func validate() throws {
            if [gold, corpus, news].compactMap({ $0 }).count != 1 { throw ValidationError("give one of --gold FILE with documents, --corpus DIR, or --news FILE.jsonl|-") }
            if news == nil, limit != nil || show != 0 || model != nil { throw ValidationError("--limit, --show and --model go with --news") }
            if let limit, limit <= 0 { throw ValidationError("--limit must be a positive number") }
            if show < 0 { throw ValidationError("--show must be 0 or more") }
            if gold != nil, files.isEmpty { throw ValidationError("--gold needs the documents to extract") }
            if corpus != nil, !files.isEmpty { throw ValidationError("--corpus reads its own texts; give no documents") }
            if let referenceDate, CalendarDate(iso: referenceDate)?.granularity != .day {
                throw ValidationError("--reference-date must be a date as YYYY-MM-DD, not \"\(referenceDate)\"")
            }
        }

        func run() throws {
            try requireNameModel()
            try reportingErrors {
                if let news {
                    let tagger = try model.map { path throws(NameModelError) in NameTagger(model: try NameModel.load(path: path)) } ?? NameTagger.standard.get()
                    let agreement = try NewsAgreement.run(path: news, limit: limit, keep: show, tagger: tagger)
                    print(agreement.table, terminator: "")
                    if show > 0 {
                        for (title, lines) in [("model only", agreement.onlyChronicle), ("silver only", agreement.onlySilver),
                                               ("persons Chronicle only", agreement.onlyChroniclePersons), ("persons silver only", agreement.onlySilverPersons)] {
                            print("\n\(title):")
                            for line in lines { print("  " + line) }
                        }
                    }
                    return
                }
                if let corpus {
                    let evaluation = try CorpusEvaluation.run(directory: corpus)
                    if json {
                        print(JSONWriter.string(evaluation.json, pretty: true))
                        return
                    }
                    print(evaluation.table, terminator: "")
                    if verbose {
                        for document in evaluation.documents where !document.report.details.isEmpty {
                            print("\n\(document.name) (reference date \(document.referenceDate?.iso ?? "none"))")
                            for line in document.report.details { print("  " + line) }
                        }
                    }
                    return
                }
                let evaluator = try Evaluator(goldPath: gold!)
                let reference = referenceDate.flatMap(CalendarDate.init(iso:)) ?? evaluator.referenceDate
                let paths = try DocumentLoader.expand(files)
                let documents = try paths.enumerated().map { try DocumentLoader.load(path: $1, id: DocumentID("d\($0 + 1)")) }
                let graph = Extractor(referenceDate: reference).extract(documents).graph
                let report = evaluator.evaluate(graph, text: documents.count == 1 ? documents[0].text : nil)
                if json {
                    print(JSONWriter.string(report.json, pretty: true))
                    return
                }
                print(report.table, terminator: "")
                if verbose { for line in report.details { print("  " + line) } }
            }
        }
    }
}
