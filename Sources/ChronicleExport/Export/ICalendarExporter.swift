import ChronicleCore
/// iCalendar (RFC 5545): one all-day VEVENT per event dated to the day (ranges span
/// their days); events known only to the month or year are left out.
public enum ICalendarExporter {
    public static func string(_ graph: Graph) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Chronicle//Chronicle event graph//ZH", "CALSCALE:GREGORIAN"]
        var chairs: [NodeID: [String]] = [:]
        for edge in graph.edges(.chairs) { if let p = graph[edge.source] { chairs[edge.target, default: []].append(p.label) } }
        // A fixed stamp keeps the file reproducible: the first document's date.
        let stamp = (graph.documents.first?.date?.iso ?? "2000-01-01").replacingOccurrences(of: "-", with: "") + "T000000Z"
        for event in graph.nodes(ofType: .event) {
            guard let start = event.date, start.granularity == .day, let startDay = start.dayNumber else { continue }
            let end = event.endDate.flatMap { $0.dayNumber } ?? startDay
            let endExclusive = CalendarDate(dayNumber: max(end, startDay) + 1)
            var description: [String] = []
            if let time = event.timeOfDay { description.append("时间：" + time.chinese) }
            if let names = chairs[event.id] { description.append("主持：" + names.joined(separator: "、")) }
            if let evidence = event.evidence.first { description.append("依据：" + evidence.text) }
            lines += [
                "BEGIN:VEVENT",
                "UID:" + escape(event.id.rawValue) + "@chronicle",
                "DTSTAMP:" + stamp,
                "DTSTART;VALUE=DATE:" + start.iso.replacingOccurrences(of: "-", with: ""),
                "DTEND;VALUE=DATE:" + endExclusive.iso.replacingOccurrences(of: "-", with: ""),
                "SUMMARY:" + escape(event.label),
                "DESCRIPTION:" + escape(description.joined(separator: "\n")),
            ]
            if let level = event.level { lines.append("CATEGORIES:" + level.rawValue) }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            default: if c.unicodeScalars.allSatisfy({ $0.value >= 0x20 }) { out.append(c) }
            }
        }
        return out
    }

    /// Lines longer than 75 octets continue on the next line after a space, never
    /// inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var out = ""
        var count = 0
        for scalar in line.unicodeScalars {
            let width = String(scalar).utf8.count
            if count + width > 75 {
                out += "\r\n "
                count = 1
            }
            out.unicodeScalars.append(scalar)
            count += width
        }
        return out
    }
}
