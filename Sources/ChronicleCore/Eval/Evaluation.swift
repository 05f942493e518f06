import Foundation

/// Precision, recall and F1 of one category.
public struct Score: Hashable, Sendable {
    public var truePositives: Int
    public var predicted: Int
    public var gold: Int

    public var precision: Double { predicted == 0 ? (gold == 0 ? 1 : 0) : Double(truePositives) / Double(predicted) }
    public var recall: Double { gold == 0 ? 1 : Double(min(truePositives, gold)) / Double(gold) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// `{"precision", "recall", "f1", "tp", "predicted", "gold"}`.
    public var json: JSONValue {
        .object([
            ("precision", .number(precision)), ("recall", .number(recall)), ("f1", .number(f1)),
            ("tp", .number(Double(truePositives))), ("predicted", .number(Double(predicted))), ("gold", .number(Double(gold))),
        ])
    }
}

/// The result of comparing an extracted graph with a careful reader's gold graph.
public struct EvaluationReport: Sendable {
    public var scores: [(name: String, score: Score)]
    /// The scores and details as JSON.
    public var json: JSONValue {
        .object([("scores", .object(scores.map { (key: $0.name, value: $0.score.json) })), ("details", .array(details.map(JSONValue.string)))])
    }
    /// Readable lines about what was missed or wrong, for tuning by hand.
    public var details: [String]
    /// Each `sets` / `first_seen` edge scored, by the rule that drew it: how many came
    /// from the gold's first event (`truePositives`) of how many were drawn (`predicted`).
    public var setsByRule: [String: Score] = [:]
    /// The gold's first events the `sets` edges missed, counted by what went wrong.
    public var setsErrors: [String: Int] = [:]

    public func score(_ name: String) -> Score? { scores.first { $0.name == name }?.score }

    /// A table: category, precision, recall, F1, counts.
    public var table: String {
        var out = "category          precision  recall     F1   (tp/predicted/gold)\n"
        for (name, s) in scores {
            out += name.padding(toLength: 16, withPad: " ", startingAt: 0)
                + String(format: "  %9.3f %7.3f %6.3f   (%d/%d/%d)\n", s.precision, s.recall, s.f1, s.truePositives, s.predicted, s.gold)
        }
        return out
    }
}

/// Why a gold file could not be used.
public struct EvaluationError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}

/// Judges an extraction against a gold graph in the corpus format (`*.gold.json`):
///
/// - events: a predicted event with the same start date and a similar name
///   (character overlap) matches a gold event; unmatched predictions dated like a
///   gold `historical_mentions` / `other_dated_mentions` entry count neither way;
/// - time of day: 上午 / 下午 on matched events;
/// - chairs: the gold chair has a `chairs` edge to the matched event;
/// - persons: gold `official` persons; a predicted gold non-official is no error,
///   a predicted non-person is;
/// - measures: gold measures with `quoted: true`, quotes ignored; predicting another
///   gold measure, alias or component is no error;
/// - sets: the first event of a quoted measure (its `sets` edge, or `first_seen` where
///   the sentence does not put it forward: the gold's `first_event` is the earliest
///   event stating it) is its `first_event` or `label_first_event`;
/// - conveys: edges between matched events; `conveys_possible` pairs count neither way;
/// - titles: the titles of the persons both sides have, each compared whole (a title
///   that holds a verb or starts mid-word is wrong, a missing one is missed).
public struct Evaluator {
    let gold: JSONValue

    public init(goldPath: String) throws(EvaluationError) {
        guard let data = FileManager.default.contents(atPath: goldPath) else { throw EvaluationError(path: goldPath, message: "cannot read the gold file") }
        do {
            gold = try JSONParser.parse(Array(data))
        } catch {
            throw EvaluationError(path: goldPath, message: "malformed JSON: \(error)")
        }
        guard case .object = gold, case .array = gold["events"] else {
            throw EvaluationError(path: goldPath, message: "not a gold graph: expected an object with an \"events\" list (see shared/corpus/ANNOTATION.md)")
        }
    }

    /// The date a reader anchors the text's partial dates to: the gold's
    /// `document_date`, else 31 December of its `reference_year`, else none.
    public var referenceDate: CalendarDate? {
        if let iso = Self.string(gold["document_date"]), let date = CalendarDate(iso: iso), date.granularity == .day { return date }
        if case .number(let year) = gold["reference_year"] { return CalendarDate(year: Int(year), month: 12, day: 31) }
        if let text = Self.string(gold["reference_year"]), let year = Int(text) { return CalendarDate(year: year, month: 12, day: 31) }
        return nil
    }

    static func strings(_ value: JSONValue?) -> [String] {
        guard case .array(let items) = value else { return [] }
        return items.compactMap { if case .string(let s) = $0 { s } else { nil } }
    }

    static func string(_ value: JSONValue?) -> String? {
        if case .string(let s) = value { s } else { nil }
    }

    static func array(_ value: JSONValue?) -> [JSONValue] {
        if case .array(let items) = value { items } else { [] }
    }

    static func stripQuotes(_ text: String) -> String {
        text.replacingOccurrences(of: "“", with: "").replacingOccurrences(of: "”", with: "")
            .replacingOccurrences(of: "\"", with: "")
    }

    /// The gold's time of day (`上午`, `下午`, `晚上` …) as the graph's vocabulary.
    static func timeOfDay(_ text: String) -> TimeOfDay? {
        switch text {
        case "凌晨": .earlyMorning
        case "上午", "早上", "早晨", "晨": .morning
        case "中午": .noon
        case "下午": .afternoon
        case "晚上", "晚", "夜间", "傍晚": .evening
        default: TimeOfDay(rawValue: text)
        }
    }

    /// Characters two names share relative to all they hold, 0…1.
    static func jaccard(_ a: String, _ b: String) -> Double {
        let x = Set(a), y = Set(b)
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        return Double(x.intersection(y).count) / Double(x.union(y).count)
    }

    /// Character overlap of two names relative to the shorter, 0…1.
    static func overlap(_ a: String, _ b: String) -> Double {
        let x = Set(a), y = Set(b)
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        return Double(x.intersection(y).count) / Double(min(x.count, y.count))
    }

    /// Scores `graph`. With the document's `text`, each miss is shown with the sentence
    /// of the text that states it (found through the gold's evidence); each extra always
    /// comes with its own evidence sentence.
    public func evaluate(_ graph: Graph, text: String? = nil) -> EvaluationReport {
        var details: [String] = []
        let sentenceOf = SentenceLookup(text: text)
        func said(_ node: Node?) -> String { Self.quoted(node?.evidence.first?.text) }
        func said(_ edge: Edge?) -> String { Self.quoted(edge?.evidence.first?.text) }
        // Gold events.
        struct GoldEvent { var id: String; var date: String; var names: [String]; var time: String?; var chair: String?; var conveys: [String]; var possible: [String]; var evidence: String? }
        let goldEvents: [GoldEvent] = Self.array(gold["events"]).compactMap { e in
            guard let id = Self.string(e["id"]), let date = Self.string(e["start"]) ?? Self.string(e["date"]) else { return nil }
            let names = [Self.string(e["name"]), Self.string(e["normalized_name"]), Self.string(e["name_as_written"])].compactMap { $0 } + Self.strings(e["aliases"])
            return GoldEvent(id: id, date: date, names: names, time: Self.string(e["time_of_day"]), chair: Self.string(e["chair"]),
                             conveys: Self.strings(e["conveys"]), possible: Self.strings(e["conveys_possible"]),
                             evidence: sentenceOf(Self.string(e["date_evidence"]) ?? Self.string(e["name"])))
        }
        let ignorableDates = Set((Self.array(gold["historical_mentions"]) + Self.array(gold["other_dated_mentions"])).compactMap { Self.string($0["date"]) })

        // Match events: same start date, best name overlap ≥ 0.5, one to one.
        let predicted = graph.nodes(ofType: .event).filter { $0.date != nil }
        // Ties (an alias wholly inside a longer name: 主席会议 in 主席会议…集体学习) go to
        // the pair whose names are closest as wholes (Jaccard), then in gold order.
        var candidates: [(score: Double, whole: Double, gold: Int, predicted: Int)] = []
        for (g, goldEvent) in goldEvents.enumerated() {
            for (p, event) in predicted.enumerated() where event.date?.iso == goldEvent.date {
                let names = [event.label] + event.aliases
                let score = goldEvent.names.flatMap { gn in names.map { Self.overlap(gn, $0) } }.max() ?? 0
                let whole = goldEvent.names.flatMap { gn in names.map { Self.jaccard(gn, $0) } }.max() ?? 0
                if score >= 0.5 { candidates.append((score, whole, g, p)) }
            }
        }
        candidates.sort { ($0.score, $0.whole, -$0.gold, -$0.predicted) > ($1.score, $1.whole, -$1.gold, -$1.predicted) }
        var goldToPredicted: [Int: Int] = [:]
        var predictedToGold: [Int: Int] = [:]
        for c in candidates where goldToPredicted[c.gold] == nil && predictedToGold[c.predicted] == nil {
            goldToPredicted[c.gold] = c.predicted
            predictedToGold[c.predicted] = c.gold
        }
        var counted = 0
        for (p, event) in predicted.enumerated() where predictedToGold[p] == nil {
            if let date = event.date?.iso, ignorableDates.contains(where: { $0.hasPrefix(date) || date.hasPrefix($0) }) { continue }
            counted += 1
            details.append("event not in gold: \(event.date!.iso) \(event.label)\(Self.rule(event.properties["rule"]))\(said(event))")
        }
        for (g, goldEvent) in goldEvents.enumerated() where goldToPredicted[g] == nil {
            details.append("event missed: \(goldEvent.id) \(goldEvent.date) \(goldEvent.names.first ?? "")\(Self.quoted(goldEvent.evidence))")
        }
        let events = Score(truePositives: goldToPredicted.count, predicted: goldToPredicted.count + counted, gold: goldEvents.count)

        // Time of day on matched events.
        var timeTP = 0, timePredicted = 0, timeGold = 0
        for (g, p) in goldToPredicted {
            let goldTime = goldEvents[g].time.flatMap(Self.timeOfDay)
            let predictedTime = predicted[p].timeOfDay
            if goldTime != nil { timeGold += 1 }
            if predictedTime != nil { timePredicted += 1 }
            if let goldTime, goldTime == predictedTime { timeTP += 1 } else if goldTime != predictedTime {
                details.append("time of day: \(goldEvents[g].id) gold \(goldEvents[g].time ?? "none"), predicted \(predictedTime?.chinese ?? "none")\(said(predicted[p]))")
            }
        }
        let time = Score(truePositives: timeTP, predicted: timePredicted, gold: timeGold)

        // Chairs on matched events.
        var chairTP = 0, chairGold = 0
        var chairPredicted = 0
        for (g, p) in goldToPredicted {
            let chairEdges = graph.edges.filter { $0.relation == .chairs && $0.target == predicted[p].id }
            let chairs = chairEdges.compactMap { graph[$0.source]?.label }
            chairPredicted += chairs.count
            if let chair = goldEvents[g].chair {
                chairGold += 1
                if chairs.contains(chair) { chairTP += 1 } else {
                    details.append("chair missed: \(goldEvents[g].id) \(chair), predicted \(chairs)\(Self.quoted(goldEvents[g].evidence))")
                }
            } else if !chairs.isEmpty {
                details.append("chair not in gold: \(goldEvents[g].id) \(chairs)\(Self.rule(chairEdges.first?.properties["rule"]))\(said(chairEdges.first))")
            }
        }
        // A chair of an event that was not found is missed too.
        for (g, goldEvent) in goldEvents.enumerated() where goldToPredicted[g] == nil {
            guard let chair = goldEvent.chair else { continue }
            chairGold += 1
            details.append("chair missed: \(goldEvent.id) \(chair) (event not found)")
        }
        let chairs = Score(truePositives: chairTP, predicted: chairPredicted, gold: chairGold)

        // Persons.
        let goldPersons = Self.array(gold["persons"]).compactMap { p -> (String, String)? in
            guard let name = Self.string(p["name"]) else { return nil }
            return (name, Self.string(p["category"]) ?? "")
        }
        let officials = Set(goldPersons.filter { $0.1 == "official" }.map(\.0))
        let anyPerson = Set(goldPersons.map(\.0))
        let predictedPeople = Set(graph.nodes(ofType: .person).map(\.label))
        let personTP = predictedPeople.intersection(officials).count
        let personFP = predictedPeople.subtracting(anyPerson)
        for name in personFP.sorted() {
            let node = graph[NodeID("p-" + name)]
            details.append("person not in gold: \(name)\(Self.rule(node?.properties["rule"]))\(said(node))")
        }
        for name in officials.subtracting(predictedPeople).sorted() { details.append("person missed: \(name)\(Self.quoted(sentenceOf(name)))") }
        let persons = Score(truePositives: personTP, predicted: personTP + personFP.count, gold: officials.count)

        // Titles of the persons both sides have.
        var goldTitles: [String: Set<String>] = [:]
        for p in Self.array(gold["persons"]) {
            guard let name = Self.string(p["name"]) else { continue }
            goldTitles[name, default: []].formUnion(Self.strings(p["titles"]))
        }
        var titleTP = 0, titlePredicted = 0, titleGold = 0
        for node in graph.nodes(ofType: .person) {
            guard let expected = goldTitles[node.label] else { continue }
            let found = Set(node.titles)
            titleTP += found.intersection(expected).count
            titlePredicted += found.count
            titleGold += expected.count
            for title in found.subtracting(expected).sorted() { details.append("title not in gold: \(node.label)（\(title)）") }
            for title in expected.subtracting(found).sorted() { details.append("title missed: \(node.label)（\(title)）") }
        }
        let titles = Score(truePositives: titleTP, predicted: titlePredicted, gold: titleGold)

        // Measures.
        struct GoldMeasure { var id: String; var names: Set<String>; var quoted: Bool; var first: [String]; var evidence: String? }
        let goldMeasures: [GoldMeasure] = Self.array(gold["measures"]).compactMap { m in
            guard let id = Self.string(m["id"]), let label = Self.string(m["label"]) else { return nil }
            let names = Set(([label] + Self.strings(m["aliases"])).map(Self.stripQuotes))
            var quoted = false
            if case .bool(let q) = m["quoted"] { quoted = q }
            return GoldMeasure(id: id, names: names, quoted: quoted, first: [Self.string(m["first_event"]), Self.string(m["label_first_event"])].compactMap { $0 },
                               evidence: sentenceOf(Self.string(m["evidence"]) ?? label))
        }
        let allMeasureNames = Set(Self.array(gold["measures"]).flatMap { m in
            ([Self.string(m["label"])].compactMap { $0 } + Self.strings(m["aliases"]) + Self.strings(m["components"])).map(Self.stripQuotes)
        })
        let predictedMeasures = graph.nodes(ofType: .measure)
        var measureTP = 0
        var measureFP = 0
        var foundMeasure: [String: Node] = [:]
        let setterDate = Dictionary((graph.edges(.sets) + graph.edges(.firstSeen)).map { ($0.target, graph[$0.source]?.date?.iso ?? "9999") }, uniquingKeysWith: min)
        // A measure only reiterated was set before every event here (by an undated speech).
        let onlyReiterated = Set(graph.edges(.reiterates).map(\.target)).subtracting(setterDate.keys)
        func setKey(_ measure: Node) -> (String, String) { (setterDate[measure.id] ?? (onlyReiterated.contains(measure.id) ? "0000" : "9999"), measure.id.rawValue) }
        for measure in predictedMeasures {
            let label = Self.stripQuotes(measure.label)
            if let match = goldMeasures.first(where: { $0.quoted && $0.names.contains(label) }) {
                if let other = foundMeasure[match.id] {
                    // Two names of one measure (四集中, and its four parts): the one set first
                    // stands for it, whatever order the graph lists them in.
                    if setKey(measure) < setKey(other) { foundMeasure[match.id] = measure }
                } else {
                    measureTP += 1
                    foundMeasure[match.id] = measure
                }
            } else if !allMeasureNames.contains(label) {
                measureFP += 1
                details.append("measure not in gold: \(label)\(Self.rule(measure.properties["rule"]))\(said(measure))")
            }
        }
        let quotedGold = goldMeasures.filter(\.quoted)
        for m in quotedGold where foundMeasure[m.id] == nil { details.append("measure missed: \(m.id) \(m.names.sorted().first ?? "")\(Self.quoted(m.evidence))") }
        let measures = Score(truePositives: measureTP, predicted: measureTP + measureFP, gold: quotedGold.count)

        // Sets.
        var setsTP = 0, setsPredicted = 0
        var setsByRule: [String: Score] = [:]
        var setsErrors: [String: Int] = [:]
        let matchedGold = Set(predictedToGold.values.map { goldEvents[$0].id })
        let goldDate = Dictionary(goldEvents.map { ($0.id, $0.date) }, uniquingKeysWith: { a, _ in a })
        /// What kept an edge from the gold's first event of `m` (drawn from `drawn`, a gold id, if any).
        func whyWrong(_ m: GoldMeasure, drawn: String?, edge: Bool) -> String {
            if m.first.allSatisfy({ $0.hasPrefix("U") }) { return "its setter undated in the gold" }
            guard m.first.contains(where: matchedGold.contains) else { return "its setter not among the events found" }
            guard edge else { return "its setter found, no edge drawn" }
            guard let drawn, let at = goldDate[drawn] else { return "drawn from an event not in the gold" }
            let first = m.first.compactMap { goldDate[$0] }.min() ?? ""
            return at > first ? "drawn from a later gold event" : at < first ? "drawn from an earlier gold event" : "drawn from another gold event of its day"
        }
        let predictedIndex = Dictionary(uniqueKeysWithValues: predicted.enumerated().map { ($1.id, $0) })
        for m in quotedGold {
            guard let node = foundMeasure[m.id] else { continue }
            guard let edge = graph.edges.first(where: { ($0.relation == .sets || $0.relation == .firstSeen) && $0.target == node.id }) else {
                if !m.first.isEmpty {
                    setsErrors["missed: " + whyWrong(m, drawn: nil, edge: false), default: 0] += 1
                    details.append("sets missed: \(m.id) \(node.label), gold \(m.first)\(said(graph.edges.first { $0.target == node.id }))")
                }
                continue
            }
            setsPredicted += 1
            let goldID = predictedIndex[edge.source].flatMap { predictedToGold[$0] }.map { goldEvents[$0].id }
            let right = goldID.map { m.first.contains($0) } ?? false
            let ruleName: String
            if case .string(let name) = edge.properties["rule"] { ruleName = name } else { ruleName = edge.relation.rawValue }
            setsByRule[ruleName, default: Score(truePositives: 0, predicted: 0, gold: 0)].predicted += 1
            if right { setsByRule[ruleName]!.truePositives += 1 }
            if right { setsTP += 1 } else {
                setsErrors["wrong: " + whyWrong(m, drawn: goldID, edge: true), default: 0] += 1
                details.append("sets: \(m.id) \(node.label) set by \(graph[edge.source]?.label ?? "?") (\(goldID ?? "unmatched")), gold \(m.first)\(Self.rule(edge.properties["rule"]))\(said(edge))")
            }
        }
        let sets = Score(truePositives: setsTP, predicted: setsPredicted, gold: quotedGold.filter { !$0.first.isEmpty }.count)

        // Conveys between matched events.
        var goldPairs = Set<[String]>()
        var possiblePairs = Set<[String]>()
        for e in goldEvents {
            for target in e.conveys { goldPairs.insert([e.id, target]) }
            for target in e.possible { possiblePairs.insert([e.id, target]) }
        }
        var conveysTP = 0, conveysPredicted = 0
        for edge in graph.edges(.conveys) {
            guard let s = predictedIndex[edge.source].flatMap({ predictedToGold[$0] }), let t = predictedIndex[edge.target].flatMap({ predictedToGold[$0] }) else { continue }
            let pair = [goldEvents[s].id, goldEvents[t].id]
            if goldPairs.contains(pair) { conveysTP += 1; conveysPredicted += 1 } else if !possiblePairs.contains(pair) {
                conveysPredicted += 1
                details.append("conveys not in gold: \(pair[0]) → \(pair[1])\(Self.rule(edge.properties["rule"]))\(said(edge))")
            }
        }
        let goldIDs = Set(goldEvents.map(\.id))
        let conveysGold = goldPairs.filter { goldIDs.contains($0[1]) }.count
        var foundPairs = Set<[String]>()
        for edge in graph.edges(.conveys) {
            if let s = predictedIndex[edge.source].flatMap({ predictedToGold[$0] }), let t = predictedIndex[edge.target].flatMap({ predictedToGold[$0] }) {
                foundPairs.insert([goldEvents[s].id, goldEvents[t].id])
            }
        }
        for pair in goldPairs.sorted(by: { $0.joined() < $1.joined() }) where goldIDs.contains(pair[1]) && !foundPairs.contains(pair) {
            details.append("conveys missed: \(pair[0]) → \(pair[1])\(Self.quoted(goldEvents.first { $0.id == pair[0] }?.evidence))")
        }
        let conveys = Score(truePositives: conveysTP, predicted: conveysPredicted, gold: conveysGold)

        return EvaluationReport(scores: [
            ("events", events), ("time_of_day", time), ("chairs", chairs), ("persons", persons),
            ("measures", measures), ("sets", sets), ("conveys", conveys), ("titles", titles),
        ], details: details, setsByRule: setsByRule, setsErrors: setsErrors)
    }
}

extension Evaluator {
    /// `\n      「sentence」`, shortened, or nothing.
    static func quoted(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "" }
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        let short = flat.count > 140 ? String(flat.prefix(140)) + "…" : flat
        return "\n      「\(short)」"
    }

    /// ` [rule]` when the fact records the rule that produced it.
    static func rule(_ value: JSONValue?) -> String {
        if case .string(let rule) = value { " [\(rule)]" } else { "" }
    }
}

/// Finds the sentence of a text that contains a given substring (for showing misses).
struct SentenceLookup {
    let text: String?

    func callAsFunction(_ needle: String?) -> String? {
        guard let text, let needle, !needle.isEmpty, let found = text.range(of: needle) else { return needle }
        let ends: Set<Character> = ["。", "！", "？", "\n"]
        var start = found.lowerBound
        while start > text.startIndex, !ends.contains(text[text.index(before: start)]) { start = text.index(before: start) }
        var end = found.upperBound
        while end < text.endIndex, !ends.contains(text[end]) { end = text.index(after: end) }
        if end < text.endIndex, text[end] != "\n" { end = text.index(after: end) }
        return String(text[start..<end]).trimmingCharacters(in: .whitespaces)
    }
}
