import Foundation

/// How far Chronicle agrees with the silver name spans of a news archive (`lac` in the
/// corpus's JSON Lines): the name model's spans, matched exactly by kind and offsets,
/// and Chronicle's persons (the graph's person nodes: model and rules together),
/// matched as the set of distinct names of each item. Agreement is not accuracy — the
/// silver spans are a tagger's, right most of the time — and the disagreements are
/// listed for reading.
public struct NewsAgreement: Sendable {
    /// Counts for one kind: spans both found, spans Chronicle found, spans the silver has.
    public var model: [NameKind: Score] = [:]
    public var persons = Score(truePositives: 0, predicted: 0, gold: 0)
    /// The model's person spans alone, matched as Chronicle's persons are (the set of
    /// distinct names of each item): what the rules add or take away is the difference.
    public var modelPersons = Score(truePositives: 0, predicted: 0, gold: 0)
    public var items = 0
    public var skipped = 0
    public var characters = 0
    /// Disagreements: (item id, text with the span marked, which side found it).
    public var onlyChronicle: [String] = []
    public var onlySilver: [String] = []
    public var onlyChroniclePersons: [String] = []
    public var onlySilverPersons: [String] = []
    public var seconds: (model: Double, extraction: Double) = (0, 0)

    /// Reads items from `path` (`-`: standard input), at most `limit` with text; the
    /// persons come from extracting each item with `tagger` as its name model.
    /// `log`, when given, hears one JSON object per item (``personsRecord``) for reading
    /// where the persons of the two sides come from.
    public static func run(path: String, limit: Int? = nil, keep: Int = 0, tagger: NameTagger, lexicon: Lexicon = .standard,
                           log: ((String) -> Void)? = nil) throws -> NewsAgreement {
        var result = NewsAgreement()
        for kind in NameKind.allCases { result.model[kind] = Score(truePositives: 0, predicted: 0, gold: 0) }
        let clock = ContinuousClock()
        struct Done: Error {}
        do {
            try NewsItem.forEach(path: path) { item in
                if let limit, result.items >= limit { throw Done() }
                guard !item.text.isEmpty else {
                    result.skipped += 1
                    return
                }
                result.items += 1
                let s = item.text.unicodeScalars.map(\.value)
                result.characters += s.count
                var found: [NameSpan] = []
                result.seconds.model += seconds(clock.measure { found = tagger.names(in: item.text) })
                result.add(found: found, silver: item.silver, scalars: s, id: item.id, keep: keep)
                var names: Set<String> = []
                var persons: [Node] = []
                let document = TextDocument(id: "d1", path: item.id, text: item.text)
                result.seconds.extraction += seconds(clock.measure {
                    let graph = Extractor(lexicon: lexicon, referenceDate: item.date, parallel: false, names: tagger).extract(document).graph
                    persons = graph.nodes(ofType: .person)
                })
                names = Set(persons.map(\.label))
                let silverNames = Set(item.silver.filter { $0.kind == .person }.map { U.string(s, $0.range) })
                let modelNames = Set(found.filter { $0.kind == .person }.map { U.string(s, $0.range) })
                result.modelPersons.truePositives += modelNames.intersection(silverNames).count
                result.modelPersons.predicted += modelNames.count
                result.modelPersons.gold += silverNames.count
                if let log {
                    let rules = Extractor(lexicon: lexicon, referenceDate: item.date, parallel: false, names: nil).extract(document).graph.nodes(ofType: .person)
                    log(personsRecord(id: item.id, scalars: s, silver: item.silver, model: found, graph: persons, rules: rules))
                }
                result.persons.truePositives += names.intersection(silverNames).count
                result.persons.predicted += names.count
                result.persons.gold += silverNames.count
                for name in names.subtracting(silverNames).sorted() where result.onlyChroniclePersons.count < keep { result.onlyChroniclePersons.append("\(item.id)  \(name)") }
                for name in silverNames.subtracting(names).sorted() where result.onlySilverPersons.count < keep { result.onlySilverPersons.append("\(item.id)  \(name)") }
            }
        } catch is Done {}
        return result
    }

    /// One item's persons as a JSON line: `silver` (LAC's names), `model` (the model's
    /// person spans: name, start, score), `graph` (Chronicle's person nodes: name, rule,
    /// model score) and `rules` (the person nodes of the rules alone).
    static func personsRecord(id: String, scalars s: [UInt32], silver: [NameSpan], model: [NameSpan], graph: [Node], rules: [Node]) -> String {
        let value = JSONValue.object([
            ("id", .string(id)),
            ("silver", .array(silver.filter { $0.kind == .person }.map { .array([.string(U.string(s, $0.range)), .number(Double($0.range.lowerBound))]) })),
            ("model", .array(model.filter { $0.kind == .person }.map {
                .array([.string(U.string(s, $0.range)), .number(Double($0.range.lowerBound)), .number(($0.score * 1000).rounded() / 1000)])
            })),
            ("graph", .array(graph.map { node in
                .array([.string(node.label), node.properties["rule"] ?? .null, node.properties["model_score"] ?? .null])
            })),
            ("rules", .array(rules.map { .array([.string($0.label), $0.properties["rule"] ?? .null]) })),
        ])
        return JSONWriter.string(value, pretty: false)
    }

    static func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

    mutating func add(found: [NameSpan], silver: [NameSpan], scalars s: [UInt32], id: String, keep: Int) {
        func key(_ span: NameSpan) -> [Int] { [span.kind.rawValue, span.range.lowerBound, span.range.upperBound] }
        let silverKeys = Set(silver.map(key)), foundKeys = Set(found.map(key))
        for kind in NameKind.allCases {
            model[kind]!.predicted += found.filter { $0.kind == kind }.count
            model[kind]!.gold += silver.filter { $0.kind == kind }.count
            model[kind]!.truePositives += found.filter { $0.kind == kind && silverKeys.contains(key($0)) }.count
        }
        func shown(_ span: NameSpan) -> String {
            let a = max(0, span.range.lowerBound - 12), b = min(s.count, span.range.upperBound + 12)
            let context = (U.string(s, a..<span.range.lowerBound) + "【" + U.string(s, span.range) + "】" + U.string(s, span.range.upperBound..<b))
                .replacingOccurrences(of: "\n", with: " ")
            return "\(id)  \(span.kind.code)  \(String(format: "%.2f", span.score))  \(context)"
        }
        for span in found where !silverKeys.contains(key(span)) && onlyChronicle.count < keep { onlyChronicle.append(shown(span)) }
        for span in silver where !foundKeys.contains(key(span)) && onlySilver.count < keep { onlySilver.append(shown(span)) }
    }

    /// The table: agreement per kind, Chronicle's persons, speed.
    public var table: String {
        func row(_ name: String, _ score: Score) -> String {
            name.padding(toLength: 22, withPad: " ", startingAt: 0)
                + String(format: "%9.3f %9.3f %6.3f   (%d/%d/%d)\n", score.precision, score.recall, score.f1, score.truePositives, score.predicted, score.gold)
        }
        var out = "\(items) items, \(characters) characters\(skipped > 0 ? ", \(skipped) without text skipped" : "")\n"
        out += "agreement with silver  precision    recall     F1   (both/Chronicle/silver)\n"
        for kind in NameKind.allCases { out += row("model \(kind.code) spans", model[kind]!) }
        out += row("model persons (names)", modelPersons)
        out += row("persons (names/item)", persons)
        out += String(format: "model: %.2f s (%.1f M chars/s); whole extraction: %.2f s\n", seconds.model, Double(characters) / max(seconds.model, 1e-9) / 1e6, seconds.extraction)
        return out
    }
}
