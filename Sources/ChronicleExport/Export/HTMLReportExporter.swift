import ChronicleCore
/// A self-contained HTML report: the timeline picture inline (SVG), a table of events
/// with their evidence sentences, and an index of measures with the event that set
/// each and those that reiterated it. No scripts, no network.
public enum HTMLReportExporter {
    public static func string(_ graph: Graph, timelineSVG: String?, title: String = "事件图谱报告", fontFamily: String) -> String {
        func h(_ text: String) -> String { Escape.xml(text) }
        var people: [NodeID: [Relation: [String]]] = [:]
        var measureSetters: [NodeID: [Node]] = [:]
        var measureLaters: [NodeID: [Node]] = [:]
        for edge in graph.edges {
            switch edge.relation {
            case .chairs, .attends, .speaksAt:
                if let p = graph[edge.source] { people[edge.target, default: [:]][edge.relation, default: []].append(p.label) }
            case .sets, .firstSeen:
                if let e = graph[edge.source] { measureSetters[edge.target, default: []].append(e) }
            case .reiterates:
                if let e = graph[edge.source] { measureLaters[edge.target, default: []].append(e) }
            default: break
            }
        }
        func when(_ e: Node) -> String {
            (e.date?.iso ?? "") + (e.endDate.map { "–" + $0.iso } ?? "") + (e.timeOfDay.map { " " + $0.chinese } ?? "")
        }
        var out = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>\(h(title))</title>
            <style>
            body { font-family: "\(h(fontFamily))", "Noto Sans CJK SC", sans-serif; margin: 2em; color: #222; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 2em; font-size: 14px; }
            th, td { border: 1px solid #ccc; padding: 4px 8px; vertical-align: top; text-align: left; }
            th { background: #f2f2f2; } td.evidence { color: #555; font-size: 13px; }
            .timeline svg { max-width: 100%; height: auto; } .level { white-space: nowrap; }
            </style></head><body>
            <h1>\(h(title))</h1>
            <p>来源：\(graph.documents.map { h($0.path) + ($0.date.map { "（" + $0.iso + "）" } ?? "") }.joined(separator: "；"))</p>

            """
        if let svg = timelineSVG {
            var inline = svg
            if let start = inline.range(of: "<svg") { inline = String(inline[start.lowerBound...]) }
            out += "<h2>时间线</h2>\n<div class=\"timeline\">\n\(inline)\n</div>\n"
        }
        let events = graph.nodes(ofType: .event).sorted { ($0.date ?? CalendarDate(year: 1)!, $0.timeOfDay ?? .evening, $0.label) < ($1.date ?? CalendarDate(year: 1)!, $1.timeOfDay ?? .evening, $1.label) }
        out += "<h2>会议与事件（\(events.count)）</h2>\n<table><tr><th>日期</th><th>名称</th><th>级别</th><th>主持</th><th>出席</th><th>讲话</th><th>依据</th></tr>\n"
        for e in events {
            let roles = people[e.id] ?? [:]
            out += "<tr id=\"\(h(e.id.rawValue))\"><td class=\"level\">\(h(when(e)))</td><td>\(h(e.label))\(e.correction.map { "<br><small title=\"\(h($0))\">✎ 已更正</small>" } ?? "")</td><td class=\"level\">\(h(EventLevel.chineseName(e.level)))</td>"
            for relation in [Relation.chairs, .attends, .speaksAt] { out += "<td>\(h((roles[relation] ?? []).joined(separator: "、")))</td>" }
            out += "<td class=\"evidence\">\(h(e.evidence.first?.text ?? ""))</td></tr>\n"
        }
        out += "</table>\n"
        let measures = graph.nodes(ofType: .measure)
        out += "<h2>措施索引（\(measures.count)）</h2>\n<table><tr><th>措施</th><th>类别</th><th>提出</th><th>重申</th><th>内容</th></tr>\n"
        for m in measures {
            let setBy = (measureSetters[m.id] ?? []).map { when($0) + " " + $0.label }.joined(separator: "<br>")
            let later = (measureLaters[m.id] ?? []).sorted { ($0.date ?? CalendarDate(year: 1)!) < ($1.date ?? CalendarDate(year: 1)!) }
                .map { h(when($0) + " " + $0.label) }.joined(separator: "<br>")
            out += "<tr><td>“\(h(m.label))”</td><td>\(h(m.category == "political_formula" ? "政治表述" : "工作措施"))</td><td>\(h(setBy).replacingOccurrences(of: "&lt;br&gt;", with: "<br>"))</td><td>\(later)</td><td>\(h(m.components.joined(separator: "；")))</td></tr>\n"
        }
        out += "</table>\n<p style=\"color:#888\">由 Chronicle 生成；每条事实都可在来源文本中找到依据句。</p>\n</body></html>\n"
        return out
    }
}
