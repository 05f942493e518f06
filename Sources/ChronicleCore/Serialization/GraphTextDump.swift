import OrderedCollections

/// A readable text dump of a graph, for people and for golden files, with the rule
/// that produced each fact:
///
///     ├─ event 2020-01-26 上午 省委专题会议 [meeting, province] @41022+120 ⟨event:verb-meeting-name⟩
///     │  ├─ chairs ← 楼阳生 ⟨chair:agent-of-convene⟩
///     │  └─ sets → 五严五防 ⟨sets:earliest-event-stating⟩
public enum GraphTextDump {
    public static func string(_ graph: Graph) -> String {
        var out = ""
        let events = graph.nodes(ofType: .event).sorted { a, b in
            (a.date ?? CalendarDate(year: 1)!, a.timeOfDay ?? .evening, a.id) < (b.date ?? CalendarDate(year: 1)!, b.timeOfDay ?? .evening, b.id)
        }
        var incoming: [NodeID: [Edge]] = [:]
        var outgoing: [NodeID: [Edge]] = [:]
        for edge in graph.edges {
            incoming[edge.target, default: []].append(edge)
            outgoing[edge.source, default: []].append(edge)
        }
        func span(_ node: Node) -> String {
            (node.evidence.first.map { "@\($0.offset)+\($0.length)" } ?? "") + rule(node.properties)
        }
        // The rule that produced a fact, when the extractor recorded one.
        func rule(_ properties: OrderedDictionary<String, JSONValue>) -> String {
            if case .string(let rule) = properties["rule"] { " ⟨\(rule)⟩" } else { "" }
        }
        out += "events (\(events.count))\n"
        for event in events {
            var line = "├─ event " + (event.date?.iso ?? "????")
            if let end = event.endDate { line += "–" + end.iso }
            if let time = event.timeOfDay { line += " " + time.chinese }
            line += " " + event.label + " [" + [event.kind?.rawValue, event.level?.rawValue].compactMap { $0 }.joined(separator: ", ") + "] " + span(event)
            out += line + "\n"
            var rows: [String] = []
            for edge in incoming[event.id] ?? [] {
                rows.append("\(edge.relation.rawValue) ← \(graph[edge.source]?.label ?? edge.source.rawValue)\(rule(edge.properties))")
            }
            for edge in outgoing[event.id] ?? [] {
                let target = graph[edge.target]
                let label = target.map { t in (t.date.map { $0.iso + " " } ?? "") + t.label } ?? edge.target.rawValue
                rows.append("\(edge.relation.rawValue) → \(label)\(rule(edge.properties))")
            }
            for (k, row) in rows.enumerated() { out += "│  " + (k == rows.count - 1 ? "└─ " : "├─ ") + row + "\n" }
        }
        let people = graph.nodes(ofType: .person)
        out += "people (\(people.count))\n"
        for person in people {
            let titles = person.datedTitleList
            out += "├─ " + person.label + (titles.isEmpty ? "" : "（" + titles.joined(separator: "；") + "）") + " " + span(person) + "\n"
        }
        let measures = graph.nodes(ofType: .measure)
        out += "measures (\(measures.count))\n"
        for measure in measures {
            out += "├─ " + measure.label + " [" + (measure.category ?? "") + "] " + span(measure) + "\n"
            for component in measure.components { out += "│  · " + component + "\n" }
        }
        for type in [NodeType.organization, .document, .place] {
            let nodes = graph.nodes(ofType: type)
            out += "\(type.rawValue)s (\(nodes.count))\n"
            for node in nodes { out += "├─ " + node.label + " " + span(node) + "\n" }
        }
        return out
    }
}
