import ChronicleCore
import ChronicleRender
import ChronicleStore
import Foundation

extension Pages {
    /// The filters of a timeline, from the URL.
    struct TimelineFilter {
        var from: CalendarDate?
        var to: CalendarDate?
        var level: EventLevel?
        var kind: EventKind?

        init(_ query: FormValues) throws(PageError) {
            for name in ["from", "to"] {
                if let value = query[name], CalendarDate(iso: value) == nil {
                    throw .badRequest("\(name) must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not “\(value)”")
                }
            }
            from = query["from"].flatMap(CalendarDate.init(iso:))
            to = query["to"].flatMap(CalendarDate.init(iso:))
            if let value = query["level"] {
                guard let level = EventLevel(rawValue: value) else { throw .badRequest("unknown level “\(value)”") }
                self.level = level
            }
            if let value = query["kind"] {
                guard let kind = EventKind(rawValue: value) else { throw .badRequest("unknown kind “\(value)”") }
                self.kind = kind
            }
        }

        var parameters: [(String, String)] {
            [("from", from?.iso), ("to", to?.iso), ("level", level?.rawValue), ("kind", kind?.rawValue)].compactMap { name, value in value.map { (name, $0) } }
        }
    }

    static let timelineLimit = 300

    func timeline(_ query: FormValues, session: Session) throws -> (title: String, active: String?, body: String) {
        let filter = try TimelineFilter(query)
        let graph = try store.timelineGraph(from: filter.from, to: filter.to, level: filter.level, kind: filter.kind, limit: Self.timelineLimit)
        let events = graph.nodes(ofType: .event)
        var body = "<h1>会议时间线</h1>"
        body += "<form class=\"filters\" method=\"get\" action=\"/\">"
            + "从 <input type=\"date\" name=\"from\" value=\"\(HTML.escape(filter.from?.iso ?? ""))\">"
            + "到 <input type=\"date\" name=\"to\" value=\"\(HTML.escape(filter.to?.iso ?? ""))\">"
            + "<select name=\"level\"><option value=\"\">全部层级</option>"
            + EventLevel.allCases.map { "<option value=\"\($0.rawValue)\"\($0 == filter.level ? " selected" : "")>\(EventLevel.chineseName($0))</option>" }.joined()
            + "</select><select name=\"kind\"><option value=\"\">全部类型</option>"
            + EventKind.allCases.map { "<option value=\"\($0.rawValue)\"\($0 == filter.kind ? " selected" : "")>\(Self.kindNames[$0] ?? $0.rawValue)</option>" }.joined()
            + "</select><button>筛选</button></form>"
        guard !events.isEmpty else {
            body += "<p class=\"muted\">这段时间没有会议。</p>"
            return ("时间线", "/", body)
        }
        if events.count >= Self.timelineLimit {
            body += "<p class=\"muted\">只显示最早的 \(Self.timelineLimit) 项；用日期缩小范围。</p>"
        }
        body += downloads(view: "timeline", extra: filter.parameters, deck: true)
        // Laid out like a slide (type of 14 pt or more at 960 pt wide, arrows through the
        // gutters), which reads well at a browser's width; a crowded range falls back to
        // the free-size view.
        do {
            body += inlineSVG(try workspace.renderer.render(.timeline, of: graph, format: .svg, slide: Slide(aspect: "16:9")))
        } catch {
            body += svg(.timeline, of: graph)
        }
        body += "<h2>\(events.count) 项会议或活动</h2><table><tr><th>日期</th><th>会议</th><th>层级</th><th>主持</th></tr>"
        var chairs: [NodeID: [Node]] = [:]
        for edge in graph.edges(.chairs) { if let person = graph[edge.source] { chairs[edge.target, default: []].append(person) } }
        for event in events.sorted(by: { ($0.date?.iso ?? "", $0.label) < ($1.date?.iso ?? "", $1.label) }) {
            body += "<tr><td>\(HTML.escape(Self.when(event)))</td><td>\(HTML.anchor(event))</td><td>\(HTML.escape(EventLevel.chineseName(event.level)))</td>"
                + "<td>\((chairs[event.id] ?? []).map(HTML.anchor).joined(separator: "、"))</td></tr>"
        }
        body += "</table>"
        return ("时间线", "/", body)
    }

    /// Links that download the view on the page.
    func downloads(view: String, extra: [(String, String)], deck: Bool = false) -> String {
        var links = ["svg", "png", "pdf"].map { format in
            "<a href=\"\(HTML.escape(HTML.link("/download", [("view", view), ("format", format)] + extra)))\">\(format.uppercased())</a>"
        }
        if deck { links.append("<a href=\"\(HTML.escape(HTML.link("/download", [("view", "deck"), ("format", "pptx")] + extra)))\">简报（PPTX）</a>") }
        return "<p class=\"downloads\">下载：" + links.joined() + "</p>"
    }
}
