import ChronicleCore
/// A Mermaid `timeline` block: one section per month, one line per date.
public enum MermaidExporter {
    public static func string(_ graph: Graph, title: String = "时间线") -> String {
        let events = graph.nodes(ofType: .event).filter { $0.date != nil }
            .sorted { ($0.date!, $0.timeOfDay ?? .evening, $0.label) < ($1.date!, $1.timeOfDay ?? .evening, $1.label) }
        var out = "timeline\n    title \(clean(title))\n"
        var section: String?
        var index = 0
        while index < events.count {
            let date = events[index].date!
            let month = date.month.map { "\(date.year)年\($0)月" } ?? "\(date.year)年"
            if month != section {
                out += "    section \(month)\n"
                section = month
            }
            var labels: [String] = []
            while index < events.count, events[index].date == date {
                let event = events[index]
                labels.append(clean((event.timeOfDay.map { $0.chinese + " " } ?? "") + event.label))
                index += 1
            }
            out += "        \(date.iso) : " + labels.joined(separator: " : ") + "\n"
        }
        return out
    }

    /// Colons separate events in Mermaid; `#` and `;` end lines.
    static func clean(_ text: String) -> String {
        text.replacingOccurrences(of: ":", with: "：").replacingOccurrences(of: ";", with: "；")
            .replacingOccurrences(of: "#", with: "＃").replacingOccurrences(of: "\n", with: " ")
    }
}
