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

        init(from: CalendarDate?, to: CalendarDate?) {
            self.from = from
            self.to = to
        }

        var parameters: [(String, String)] {
            [("from", from?.iso), ("to", to?.iso), ("level", level?.rawValue), ("kind", kind?.rawValue)].compactMap { name, value in value.map { (name, $0) } }
        }
    }

    static let timelineLimit = 300

    /// `/`: the overview of a year without a range (or `?month=` for a month's weeks);
    /// with a range, its timeline — drawn when it is short enough to read, else by month
    /// or by week.
    func timeline(_ query: FormValues, session: Session) throws -> (title: String, active: String?, body: String) {
        if query["month"] != nil { return try month(query, session: session) }
        let filter = try TimelineFilter(query)
        if filter.parameters.isEmpty { return try overview(query, session: session) }
        let events = try store.timeline(from: filter.from, to: filter.to, level: filter.level, kind: filter.kind, limit: Self.timelineLimit)
        let s = session.strings
        var body = "<h1>\(s.html(.timelineHeading))</h1>"
        if let year = (filter.from ?? filter.to).map({ String($0.year) }) {
            body += "<p><a href=\"\(HTML.escape(HTML.link("/", [("year", year)])))\">\(s.html(.backToYear, HTML.escape(year)))</a></p>"
        }
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
        let days = Self.days(dates: events.compactMap(\.date))
        // A week is always drawn (that is what the groups open); a longer range when it
        // is short and sparse enough.
        if days > 6 && (events.count > Self.drawableEvents || days > Self.drawableDays) {
            // Too many boxes for one picture: 3-character labels and crowded gaps. The
            // range by month or week instead, each opening a readable one.
            let total = events.count >= Self.timelineLimit ? (try store.eventDigests(from: filter.from?.iso, to: filter.to?.iso).count) : events.count
            body += try groupedRange(filter, count: total, strings: s)
            return (s[.navTimeline], "/", body)
        }
        body += try rangePictures(filter, events: events, strings: s)
        body += "<h2>\(s.html(.eventCount, String(events.count)))</h2><table><tr><th>\(s.html(.columnDate))</th><th>\(s.html(.columnEvent))</th><th>\(s.html(.columnLevel))</th><th>\(s.html(.sectionChairs))</th></tr>"
        for event in events {
            let link = HTML.link("/event", [("id", event.id.rawValue)])
            body += "<tr><td>\(HTML.escape(s.when(event)))</td><td><a href=\"\(HTML.escape(link))\" lang=\"zh\">\(HTML.escape(event.name))</a></td><td>\(HTML.escape(s.level(event.level.flatMap(EventLevel.init(rawValue:)))))</td>"
                + "<td>\(event.chairs.map { "<a href=\"\(HTML.escape(HTML.link("/person", [("name", $0)])))\" lang=\"zh\">\(HTML.escape($0))</a>" }.joined(separator: s.comma))</td></tr>"
        }
        body += "</table>"
        return (s[.navTimeline], "/", body)
    }

    /// Events a timeline picture lays out like a slide; more are drawn at their natural
    /// size (every label whole, wider than the page and scaled to it).
    static let slideEvents = 40

    /// The page's picture is a slide 960 pt wide (shown about that wide, so 14 pt is
    /// about 16 px) and as tall as it needs, in these heights (inches: 16:9, then
    /// taller), to keep 14 pt type and every name whole.
    static let pictureHeights = [7.5, 10, 12.5, 15]

    /// The downloads and the picture of a range: up to ``slideEvents`` events laid out
    /// like a slide (type of 14 pt or more at 960 pt wide, arrows through the gutters,
    /// names whole), on a taller canvas than 16:9 when three weeks need it, which
    /// reads well at a browser's width; a fuller range (a busy week of news), or one
    /// even the tallest canvas cannot hold, in the free-size view, where no label is
    /// cut. Drawn once per range and store generation (``Workspace/picture(_:draw:)``).
    func timelinePicture(_ filter: TimelineFilter, events: Int, strings s: Strings, downloads withDownloads: Bool = true) throws -> String {
        let slide = events <= Self.slideEvents
        let key = "timeline-page\u{1F}\(slide)\u{1F}" + filter.parameters.map { $0.0 + "=" + $0.1 }.joined(separator: "&")
        let picture: Data
        do {
            picture = try workspace.picture(key) {
                let graph = try store.timelineGraph(from: filter.from, to: filter.to, level: filter.level, kind: filter.kind, limit: Self.timelineLimit)
                if slide, let canvas = canvas(for: graph, dpi: 96),
                   let drawn = try? workspace.renderer.render(.timeline, of: graph, format: .svg, slide: canvas) {
                    return drawn
                }
                return try workspace.renderer.render(.timeline, of: graph, format: .svg)
            }
        } catch {
            return "<p class=\"muted\">\(s.html(.cannotDraw, "<code>\(HTML.escape("\(error)"))</code>"))</p>"
        }
        return (withDownloads ? downloads(view: "timeline", extra: filter.parameters, deck: true, strings: s) : "") + inlineSVG(picture)
    }

    /// The smallest of ``pictureHeights`` (960 pt wide) on which the timeline keeps
    /// 14 pt type, every name whole and no box a column of fragments (as a deck's
    /// slide, ``SlideTimelineLayout/fitsWhole(_:)``), if any: the page's picture and
    /// the PNG and PDF downloads (a 16:9 slide when the range fits one).
    func canvas(for graph: Graph, dpi: Int) -> Slide? {
        let selection = TimelineSelection(graph: graph)
        return Self.pictureHeights.lazy.map { Slide(width: 13.333_333, height: $0, dpi: dpi) }.first { canvas in
            SlideTimelineLayout(slide: canvas).fitsWhole(selection)
        }
    }

    /// The picture of a range: one when it lies within a Monday-to-Sunday week, else
    /// one per week (a week of a single event joined to its neighbour), each under its
    /// dates as a link to them (one picture of three weeks would need boxes three
    /// characters wide), the downloads (of the whole range) above them.
    func rangePictures(_ filter: TimelineFilter, events: [EventSummary], strings s: Strings) throws -> String {
        var weeks: [Int: Int] = [:]  // Monday's day number → events
        for event in events {
            guard let day = event.date.flatMap(CalendarDate.init(iso:))?.dayNumber else { continue }
            // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
            weeks[day - ((day + 3) % 7 + 7) % 7, default: 0] += 1
        }
        guard weeks.count > 1 else { return try timelinePicture(filter, events: events.count, strings: s) }
        // Each week's dates within the range; a week of one event joins its neighbour
        // (one box on a picture of its own says little).
        var parts: [(from: CalendarDate, to: CalendarDate, events: Int)] = []
        for monday in weeks.keys.sorted() {
            let from = max(CalendarDate(dayNumber: monday), filter.from ?? CalendarDate(dayNumber: monday))
            let to = min(CalendarDate(dayNumber: monday + 6), filter.to ?? CalendarDate(dayNumber: monday + 6))
            if let last = parts.last, weeks[monday]! <= 1 || last.events <= 1 {
                parts[parts.count - 1] = (last.from, to, last.events + weeks[monday]!)
            } else {
                parts.append((from, to, weeks[monday]!))
            }
        }
        var html = downloads(view: "timeline", extra: filter.parameters, deck: true, strings: s)
        for part in parts {
            var range = filter
            range.from = part.from
            range.to = part.to
            let label = part.from == part.to ? s.dayOfMonth(part.from.iso) : s.text(.weekRange, s.dayOfMonth(part.from.iso), s.dayOfMonth(part.to.iso))
            html += "<h2 class=\"week\"><a href=\"\(HTML.escape(HTML.link("/", range.parameters)))\">\(HTML.escape(label))</a></h2>"
                + (try timelinePicture(range, events: part.events, strings: s, downloads: false))
        }
        return html
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
