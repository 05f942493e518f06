import ChronicleCore
import ChronicleStore
import Foundation

/// The archive's home: a year at a glance (months with their counts by level and kind
/// and their main meetings), a month week by week, and a week as a timeline. Counts and
/// rankings are read from the table columns of the year's events (``GraphStore/eventDigests(from:to:)``),
/// kept while the store does not change.
extension Pages {
    /// At most this many events, over at most this many days, are drawn as one timeline
    /// picture; a longer range is shown by month or by week instead.
    static let drawableEvents = 40
    static let drawableDays = 31
    /// Events a week needs to be drawn on the home page as the latest week.
    static let latestWeekEvents = 3
    /// Main meetings named for each month or week.
    static let mainMeetings = 3

    /// `/` without a range: the year asked for (`?year=`), else the year of the latest
    /// document (else the year with the most events); then its latest week's timeline.
    func overview(_ query: FormValues, session: Session) throws -> (title: String, active: String?, body: String) {
        let s = session.strings
        let years = try store.eventYears()
        if let asked = query["year"], asked.count != 4 || Int(asked) == nil {
            throw PageError(status: .badRequest, phrase: .badYear, arguments: [.code(asked)])
        }
        // The year the documents end in (not a later one they only mention), else the
        // year with the most events.
        let latest = try store.latestDocumentDate().map { String($0.prefix(4)) }
        let home = years.first { $0.year == latest }?.year ?? years.max { $0.events < $1.events }?.year
        guard let year = query["year"] ?? home else {
            return (s[.navTimeline], "/", "<h1>\(s.html(.timelineHeading))</h1><p class=\"muted\">\(s.html(.noEventsInRange))</p>")
        }
        let events = try workspace.digests(from: year, to: year)
        var body = "<h1>\(s.html(.overviewHeading, HTML.escape(year)))</h1>"
        if years.count > 1 {
            body += "<p class=\"years\">\(s.html(.overviewYears)) " + years.map { entry in
                entry.year == year ? "<b>\(HTML.escape(entry.year))</b> <span class=\"muted\">\(entry.events)</span>"
                    : "<a href=\"\(HTML.escape(HTML.link("/", [("year", entry.year)])))\">\(HTML.escape(entry.year))</a> <span class=\"muted\">\(entry.events)</span>"
            }.joined(separator: "　") + "</p>"
        }
        body += "<p class=\"meta\">\(s.html(.overviewIntro))</p>"
        guard !events.isEmpty else { return (s.text(.overviewHeading, year), "/", body + "<p class=\"muted\">\(s.html(.noEventsInRange))</p>") }
        body += "<p><b>\(s.html(.overviewAllEvents, String(events.count)))</b></p>"
        body += digestTable(byMonth(events), first: .columnMonth, strings: s)
        // The latest week with a few events (else the latest with any), drawn as the
        // timeline of today.
        let recent = weeks(events)
        if let week = recent.last(where: { $0.events.count >= Self.latestWeekEvents }) ?? recent.last {
            body += "<h2>\(s.html(.latestWeek, "<a href=\"\(HTML.escape(week.link))\">\(HTML.escape(week.label(s)))</a>"))</h2>"
            body += try timelinePicture(TimelineFilter(from: week.from, to: week.to), events: week.events.count, strings: s)
        }
        return (s.text(.overviewHeading, year), "/", body)
    }

    /// `/?month=YYYY-MM`: the month week by week.
    func month(_ query: FormValues, session: Session) throws -> (title: String, active: String?, body: String) {
        let s = session.strings
        let asked = query["month"] ?? ""
        guard let date = CalendarDate(iso: asked), date.month != nil, date.day == nil else {
            throw PageError(status: .badRequest, phrase: .badMonth, arguments: [.code(asked)])
        }
        let year = String(asked.prefix(4))
        let events = try workspace.digests(from: year, to: year).filter { $0.date.hasPrefix(asked) }
        let name = s.yearMonth(asked)
        var body = "<p><a href=\"\(HTML.escape(HTML.link("/", [("year", year)])))\">\(s.html(.backToYear, HTML.escape(year)))</a></p>"
        body += "<h1>\(s.html(.monthHeading, HTML.escape(name)))</h1><p class=\"meta\">\(s.html(.monthIntro))</p>"
        guard !events.isEmpty else { return (s.text(.monthHeading, name), "/", body + "<p class=\"muted\">\(s.html(.noEventsInRange))</p>") }
        body += "<p><b>\(s.html(.eventCount, String(events.count)))</b></p>"
        body += digestTable(weeks(events), first: .columnWeek, strings: s)
        return (s.text(.monthHeading, name), "/", body)
    }

    /// A range too long or too full for one picture: its months (over two months) or
    /// its weeks, each linked to its page.
    func groupedRange(_ filter: TimelineFilter, count: Int, strings s: Strings) throws -> String {
        let events = try workspace.digests(from: filter.from?.iso, to: filter.to?.iso)
            .filter { (filter.level == nil || $0.level == filter.level) && (filter.kind == nil || $0.kind == filter.kind) }
        let days = Self.days(dates: events.map(\.date))
        if days > 62 {
            return "<p class=\"notice\">\(s.html(.rangeByMonth, String(count)))</p>" + digestTable(byMonth(events), first: .columnMonth, strings: s)
        }
        return "<p class=\"notice\">\(s.html(.rangeByWeek, String(count)))</p>" + digestTable(weeks(events, filter: filter), first: .columnWeek, strings: s)
    }

    /// Days from the first to the last dated event.
    static func days(dates: [String]) -> Int {
        let numbers = dates.compactMap { CalendarDate(iso: $0)?.dayNumber }
        guard let first = numbers.min(), let last = numbers.max() else { return 0 }
        return last - first
    }

    /// A group of events: a month or a week, with the page it opens.
    struct Group {
        var from: CalendarDate
        var to: CalendarDate
        var link: String
        var events: [EventDigest]
        var isMonth: Bool

        func label(_ s: Strings) -> String {
            isMonth ? s.yearMonth(from.iso) : s.text(.weekRange, s.dayOfMonth(from.iso), s.dayOfMonth(to.iso))
        }
    }

    func byMonth(_ events: [EventDigest]) -> [Group] {
        var groups: [String: [EventDigest]] = [:]
        for event in events where event.date.count >= 7 { groups[String(event.date.prefix(7)), default: []].append(event) }
        return groups.keys.sorted().compactMap { month in
            guard let from = CalendarDate(iso: month + "-01"), let year = Int(month.prefix(4)), let number = Int(month.suffix(2)),
                  let to = CalendarDate(year: year, month: number, day: CalendarDate.daysIn(month: number, year: year)) else { return nil }
            return Group(from: from, to: to, link: HTML.link("/", [("month", month)]), events: groups[month]!, isMonth: true)
        }
    }

    /// Monday-to-Sunday weeks of day-precise events; the links keep the filter's level
    /// and kind.
    func weeks(_ events: [EventDigest], filter: TimelineFilter? = nil) -> [Group] {
        var groups: [Int: [EventDigest]] = [:]
        for event in events {
            guard let day = CalendarDate(iso: event.date)?.dayNumber else { continue }
            // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
            groups[day - ((day + 3) % 7 + 7) % 7, default: []].append(event)
        }
        return groups.keys.sorted().map { monday in
            let from = CalendarDate(dayNumber: monday), to = CalendarDate(dayNumber: monday + 6)
            var parameters = [("from", from.iso), ("to", to.iso)]
            if let level = filter?.level { parameters.append(("level", level.rawValue)) }
            if let kind = filter?.kind { parameters.append(("kind", kind.rawValue)) }
            return Group(from: from, to: to, link: HTML.link("/", parameters), events: groups[monday]!, isMonth: false)
        }
    }

    /// One row per group: its name (a link), how many events with a bar, the counts by
    /// level and by kind, its main meetings.
    func digestTable(_ groups: [Group], first: Phrase, strings s: Strings) -> String {
        let most = max(1, groups.map(\.events.count).max() ?? 1)
        var html = "<table class=\"overview\"><tr><th>\(s.html(first))</th><th>\(s.html(.columnCount))</th><th>\(s.html(.columnByLevel))</th>"
            + "<th>\(s.html(.columnByKind))</th><th>\(s.html(.columnTopMeetings))</th></tr>"
        for group in groups {
            let count = group.events.count
            let levels = Dictionary(grouping: group.events, by: \.level).map { ($0.key, $0.value.count) }
                .sorted { (Self.levelRank($0.0), -$0.1) < (Self.levelRank($1.0), -$1.1) }
                .map { "<span class=\"tag level-\($0.0?.rawValue ?? "none")\">\(HTML.escape(s.level($0.0))) \($0.1)</span>" }
            let kinds = Dictionary(grouping: group.events, by: \.kind).map { ($0.key, $0.value.count) }
                .sorted { ($1.1, s.kind($0.0)) < ($0.1, s.kind($1.0)) }
                .map { "<span class=\"tag\">\(HTML.escape(s.kind($0.0))) \($0.1)</span>" }
            let main = group.events.sorted { (-$0.weight, Self.levelRank($0.level), $0.date, $0.label) < (-$1.weight, Self.levelRank($1.level), $1.date, $1.label) }
                .prefix(Self.mainMeetings)
                .map { event in
                    "<li><span class=\"muted\">\(HTML.escape(s.dayOfMonth(event.date)))</span> "
                        + "<a href=\"\(HTML.escape(HTML.link("/event", [("id", event.id.rawValue)])))\" lang=\"zh\">\(HTML.escape(event.label))</a></li>"
                }
            html += "<tr><td class=\"period\"><a href=\"\(HTML.escape(group.link))\">\(HTML.escape(group.label(s)))</a></td>"
                + "<td class=\"count\"><b>\(count)</b><span class=\"bar\" style=\"width:\(Self.barWidth(count, of: most))em\"></span></td>"
                + "<td>\(levels.joined(separator: " "))</td><td>\(kinds.joined(separator: " "))</td>"
                + "<td><ul class=\"main\">\(main.joined())</ul></td></tr>"
        }
        return html + "</table>"
    }

    /// A bar's length in em for `count` of at most `most` (6 em for the most).
    static func barWidth(_ count: Int, of most: Int) -> String {
        count <= 0 ? "0" : String(format: "%.2f", max(0.15, 6 * Double(count) / Double(max(1, most))))
    }

    static func levelRank(_ level: EventLevel?) -> Int {
        level.flatMap { EventLevel.allCases.firstIndex(of: $0) } ?? EventLevel.allCases.count
    }
}
