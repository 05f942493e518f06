import ArgumentParser
import ChronicleKit
import Foundation

extension Chronicle {
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score an extraction against a careful reader's gold graph, a corpus of them, or news headlines.",
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
                  chronicle eval --headlines FILE|-         news JSON Lines (id, date, title, text): what headlines \
                say about meetings (X主持召开Y, X出席Y, Y在京召开) against the extraction of each body without its \
                headline, with the item's date as reference date; per pattern, how many claims have a matching \
                event, with the right date (the item's date, the day before, or the lead's date), with the right \
                chair or attendee. --show K lists K misses per pattern; --limit N checks the first N claiming items.
                """)

        @Option(help: "The gold graph (*.gold.json) of the documents given.")
        var gold: String?

        @Option(help: "A folder of X.txt + X.gold.json pairs to evaluate together.")
        var corpus: String?

        @Option(help: "News JSON Lines with silver `lac` name spans (- for standard input).")
        var news: String?

        @Option(help: "News JSON Lines (- for standard input) whose headlines are checked against their bodies.")
        var headlines: String?

        @Option(help: "With --news or --headlines: list this many disagreements (misses) of each side (pattern).")
        var show: Int = 0

        @Option(help: "With --news: read at most N items; with --headlines: check the first N items whose headline makes a claim.")
        var limit: Int?

        @Option(help: "With --news: the name model file to use instead of the shipped one.")
        var model: String?

        @Option(help: "With --news: write each item's persons (LAC's, the model's, the graph's with their rules, the rules' alone) as JSON Lines to this file.")
        var personsLog: String?

        @Argument(help: "Documents to extract and score against --gold.")
        var files: [String] = []

        @Option(help: "The date to anchor partial dates to (YYYY-MM-DD); default: the gold's document_date.")
        var referenceDate: String?

        @Flag(help: "Write the scores as JSON (per document and micro-averaged).")
        var json = false

        @Flag(help: "Also list every miss and every extra, with its sentence and the rule that produced it.")
        var verbose = false

        @Flag(help: "With --corpus: also print the sets edges by the rule that drew them (right / drawn), no text of any document.")
        var byRule = false

        func validate() throws {
            if [gold, corpus, news, headlines].compactMap({ $0 }).count != 1 {
                throw ValidationError("give one of --gold FILE with documents, --corpus DIR, --news FILE.jsonl|- or --headlines FILE|-")
            }
            if byRule, corpus == nil { throw ValidationError("--by-rule goes with --corpus") }
            if news != nil || headlines != nil, !files.isEmpty || referenceDate != nil || json || verbose {
                throw ValidationError("--news and --headlines read their own items, each with its own date; give no documents, --reference-date, --json or --verbose")
            }
            if news == nil, headlines == nil, show != 0 || limit != nil { throw ValidationError("--show and --limit go with --news or --headlines") }
            if news == nil, model != nil || personsLog != nil { throw ValidationError("--model and --persons-log go with --news") }
            if show < 0 { throw ValidationError("--show takes a count of 0 or more") }
            if let limit, limit < 1 { throw ValidationError("--limit takes a count of 1 or more") }
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
                    var log: FileHandle?
                    if let personsLog {
                        guard FileManager.default.createFile(atPath: personsLog, contents: nil), let handle = FileHandle(forWritingAtPath: personsLog) else {
                            throw ValidationError("cannot write the persons log \(personsLog)")
                        }
                        log = handle
                    }
                    defer { try? log?.close() }
                    let agreement = try NewsAgreement.run(path: news, limit: limit, keep: show, tagger: tagger,
                                                          log: log.map { handle in { line in handle.write(Data((line + "\n").utf8)) } })
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
                if let headlines {
                    let items = headlines == "-"
                        ? try NewsItem.items(jsonLines: FileHandle.standardInput.readDataToEndOfFile(), path: "<stdin>")
                        : try NewsItem.items(contentsOf: headlines)
                    let report = HeadlineCheck.run(items, limit: limit)
                    print(report.table, terminator: "")
                    if show > 0 { print(report.misses(show), terminator: "") }
                    return
                }
                if let corpus {
                    let evaluation = try CorpusEvaluation.run(directory: corpus)
                    if json {
                        print(JSONWriter.string(evaluation.json, pretty: true))
                        return
                    }
                    print(evaluation.table, terminator: "")
                    if byRule { print("\n" + evaluation.setsByRuleTable, terminator: "") }
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
