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
                    throw PageError(status: .badRequest, phrase: name == "from" ? .badFrom : .badTo, arguments: [.code(value)])
                }
            }
            from = query["from"].flatMap(CalendarDate.init(iso:))
            to = query["to"].flatMap(CalendarDate.init(iso:))
            if let value = query["level"] {
                guard let level = EventLevel(rawValue: value) else { throw PageError(status: .badRequest, phrase: .unknownLevel, arguments: [.code(value)]) }
                self.level = level
            }
            if let value = query["kind"] {
                guard let kind = EventKind(rawValue: value) else { throw PageError(status: .badRequest, phrase: .unknownKind, arguments: [.code(value)]) }
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
        let s = session.strings
        var body = "<h1>\(s.html(.timelineHeading))</h1>"
        body += "<form class=\"filters\" method=\"get\" action=\"/\">"
            + s.html(.filterFrom) + " <input type=\"date\" name=\"from\" value=\"\(HTML.escape(filter.from?.iso ?? ""))\">"
            + s.html(.filterTo) + " <input type=\"date\" name=\"to\" value=\"\(HTML.escape(filter.to?.iso ?? ""))\">"
            + "<select name=\"level\"><option value=\"\">\(s.html(.allLevels))</option>"
            + EventLevel.allCases.map { "<option value=\"\($0.rawValue)\"\($0 == filter.level ? " selected" : "")>\(HTML.escape(s.level($0)))</option>" }.joined()
            + "</select><select name=\"kind\"><option value=\"\">\(s.html(.allKinds))</option>"
            + EventKind.allCases.map { "<option value=\"\($0.rawValue)\"\($0 == filter.kind ? " selected" : "")>\(HTML.escape(s.kind($0)))</option>" }.joined()
            + "</select><button>\(s.html(.filterButton))</button></form>"
        guard !events.isEmpty else {
            body += "<p class=\"muted\">\(s.html(.noEventsInRange))</p>"
            return (s[.navTimeline], "/", body)
        }
        if events.count >= Self.timelineLimit {
            body += "<p class=\"muted\">\(s.html(.onlyFirstEvents, String(Self.timelineLimit)))</p>"
        }
        body += downloads(view: "timeline", extra: filter.parameters, deck: true, strings: s)
        // Laid out like a slide (type of 14 pt or more at 960 pt wide, arrows through the
        // gutters), which reads well at a browser's width; a crowded range falls back to
        // the free-size view.
        do {
            body += inlineSVG(try workspace.renderer.render(.timeline, of: graph, format: .svg, slide: Slide(aspect: "16:9")))
        } catch {
            body += svg(.timeline, of: graph, strings: s)
        }
        body += "<h2>\(s.html(.eventCount, String(events.count)))</h2><table><tr><th>\(s.html(.columnDate))</th><th>\(s.html(.columnEvent))</th><th>\(s.html(.columnLevel))</th><th>\(s.html(.sectionChairs))</th></tr>"
        var chairs: [NodeID: [Node]] = [:]
        for edge in graph.edges(.chairs) { if let person = graph[edge.source] { chairs[edge.target, default: []].append(person) } }
        for event in events.sorted(by: { ($0.date?.iso ?? "", $0.label) < ($1.date?.iso ?? "", $1.label) }) {
            body += "<tr><td>\(HTML.escape(s.when(event)))</td><td>\(HTML.anchor(event))</td><td>\(HTML.escape(s.level(event.level)))</td>"
                + "<td>\((chairs[event.id] ?? []).map(HTML.anchor).joined(separator: s.comma))</td></tr>"
        }
        body += "</table>"
        return (s[.navTimeline], "/", body)
    }

    /// Links that download the view on the page.
    func downloads(view: String, extra: [(String, String)], deck: Bool = false, strings s: Strings) -> String {
        var links = ["svg", "png", "pdf"].map { format in
            "<a href=\"\(HTML.escape(HTML.link("/download", [("view", view), ("format", format)] + extra)))\">\(format.uppercased())</a>"
        }
        // The deck takes seconds to build: /deck.js shows data-busy on the link meanwhile.
        if deck {
            links.append("<a class=\"deck\" href=\"\(HTML.escape(HTML.link("/download", [("view", "deck"), ("format", "pptx")] + extra)))\" data-busy=\"\(s.html(.downloadDeckBusy))\">\(s.html(.downloadDeck))</a>")
        }
        return "<p class=\"downloads\">\(s.html(.downloadLabel))" + links.joined() + "</p>" + (deck ? "<script src=\"/deck.js\" defer></script>" : "")
    }
}
