import Foundation

/// One document of a corpus evaluation: its name and how its extraction scored.
public struct DocumentEvaluation: Sendable {
    /// The text's file name without `.txt`.
    public var name: String
    public var referenceDate: CalendarDate?
    public var report: EvaluationReport
}

/// Every `X.txt` of a folder that has an `X.gold.json` beside it, extracted with the
/// gold's reference date and judged against it; scores micro-averaged over the folder
/// (true positives, predictions and gold facts summed before dividing).
public struct CorpusEvaluation: Sendable {
    public var documents: [DocumentEvaluation]

    /// The categories in report order.
    public static let categories = ["events", "time_of_day", "chairs", "persons", "measures", "sets", "conveys", "titles"]

    /// Extracts and judges every text with a gold file in `directory` (not recursive),
    /// in file-name order. Documents are independent, so they run on every core.
    public static func run(directory: String, lexicon: Lexicon = .standard) throws(EvaluationError) -> CorpusEvaluation {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".gold.json") }.sorted()
        } catch {
            throw EvaluationError(path: directory, message: "cannot list the folder: \(error.localizedDescription)")
        }
        let pairs = names.compactMap { gold -> (name: String, text: String, gold: String)? in
            let name = String(gold.dropLast(".gold.json".count))
            let text = (directory as NSString).appendingPathComponent(name + ".txt")
            guard FileManager.default.fileExists(atPath: text) else { return nil }
            return (name, text, (directory as NSString).appendingPathComponent(gold))
        }
        guard !pairs.isEmpty else {
            throw EvaluationError(path: directory, message: "no X.txt with an X.gold.json beside it")
        }
        let results = ParallelMap.map(pairs) { pair -> Result<DocumentEvaluation, EvaluationError> in
            do {
                let evaluator = try Evaluator(goldPath: pair.gold)
                let document = try DocumentLoader.load(path: pair.text)
                let extractor = Extractor(lexicon: lexicon, referenceDate: evaluator.referenceDate, parallel: false)
                let graph = extractor.extract(document).graph
                let report = evaluator.evaluate(graph, text: document.text)
                return .success(DocumentEvaluation(name: pair.name, referenceDate: evaluator.referenceDate, report: report))
            } catch let error as EvaluationError {
                return .failure(error)
            } catch {
                return .failure(EvaluationError(path: pair.text, message: "\(error)"))
            }
        }
        var documents: [DocumentEvaluation] = []
        for result in results {
            switch result {
            case .success(let document): documents.append(document)
            case .failure(let error): throw error
            }
        }
        return CorpusEvaluation(documents: documents)
    }

    /// The micro-averaged score of one category over all documents.
    public func micro(_ category: String) -> Score {
        var total = Score(truePositives: 0, predicted: 0, gold: 0)
        for document in documents {
            guard let score = document.report.score(category) else { continue }
            total.truePositives += min(score.truePositives, score.gold)
            total.predicted += score.predicted
            total.gold += score.gold
        }
        return total
    }

    /// A table: one row per document with F1 per category (`-` where the gold has
    /// nothing of that category and nothing was predicted), then the micro averages.
    public var table: String {
        let short = ["events": "events", "time_of_day": "time", "chairs": "chairs", "persons": "persons", "measures": "measures", "sets": "sets", "conveys": "conveys", "titles": "titles"]
        let width = max(24, (documents.map(\.name.count).max() ?? 0) + 2)
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
        var out = pad("document", width) + Self.categories.map { lpad(short[$0]!, 9) }.joined() + "\n"
        for document in documents {
            out += pad(document.name, width)
            for category in Self.categories {
                let score = document.report.score(category) ?? Score(truePositives: 0, predicted: 0, gold: 0)
                out += lpad(score.gold == 0 && score.predicted == 0 ? "-" : String(format: "%.2f", score.f1), 9)
            }
            out += "\n"
        }
        out += "\nmicro-average over \(documents.count) documents\n"
        out += "category          precision  recall     F1   (tp/predicted/gold)\n"
        for category in Self.categories {
            let s = micro(category)
            out += pad(category, 16) + String(format: "  %9.3f %7.3f %6.3f   (%d/%d/%d)\n", s.precision, s.recall, s.f1, s.truePositives, s.predicted, s.gold)
        }
        return out
    }

    /// The `sets` edges of all documents by the rule that drew them: how many came from
    /// the gold's first event, of how many were drawn, most drawn first; then the misses
    /// and wrong edges by what went wrong (setter undated in the gold, not found, a later
    /// event drawn…).
    public var setsByRuleTable: String {
        var total: [String: Score] = [:]
        for document in documents {
            total.merge(document.report.setsByRule) { a, b in
                Score(truePositives: a.truePositives + b.truePositives, predicted: a.predicted + b.predicted, gold: 0)
            }
        }
        var out = "sets by rule                                        right / drawn   precision\n"
        for (rule, s) in total.sorted(by: { ($0.value.predicted, $1.key) > ($1.value.predicted, $0.key) }) {
            let name = rule.count >= 50 ? rule : rule + String(repeating: " ", count: 50 - rule.count)
            out += name + String(format: "  %6d / %5d   %9.3f\n", s.truePositives, s.predicted, s.precision)
        }
        var errors: [String: Int] = [:]
        for document in documents { errors.merge(document.report.setsErrors, uniquingKeysWith: +) }
        out += "\nsets wrong or missed (measure found), by what went wrong\n"
        for (kind, count) in errors.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
            out += kind + String(repeating: " ", count: max(1, 58 - kind.count)) + String(format: "%5d\n", count)
        }
        return out
    }

    /// The scores as JSON: per document and micro-averaged, with precision, recall, F1
    /// and counts for each category.
    public var json: JSONValue {
        var perDocument: [JSONValue] = []
        for document in documents {
            let scores = Self.categories.map { (key: $0, value: document.report.score($0)?.json ?? .null) }
            perDocument.append(.object([
                ("document", .string(document.name)),
                ("reference_date", document.referenceDate.map { .string($0.iso) } ?? .null),
                ("scores", .object(scores)),
                ("details", .array(document.report.details.map(JSONValue.string))),
            ]))
        }
        let micro = Self.categories.map { (key: $0, value: self.micro($0).json) }
        return .object([("documents", .array(perDocument)), ("micro", .object(micro))])
    }
}
