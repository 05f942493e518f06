import ChronicleCore

/// Splits a timeline into slides that stay readable at full type size with whole
/// names: by calendar month or week when asked, else (auto) as many whole weeks
/// together as fit; a period that still does not fit is halved until it does (a
/// single date is laid out with shortened names). A deck's timeline slides and
/// `chronicle render --slide` when a range does not fit one slide.
public struct TimelinePages: Sendable {
    /// How a timeline is split across slides.
    public enum Period: String, CaseIterable, Sendable {
        /// As many whole Monday-to-Sunday weeks together as fit at full type size
        /// (a crowded week in parts).
        case auto
        case week
        case month
    }

    public let layout: SlideTimelineLayout
    public let selection: TimelineSelection

    /// Pages of `selection` on slides laid out by `layout` (whose
    /// ``SlideTimelineLayout/smallestWholeNameFontSize`` should be nil: full size or
    /// a split).
    public init(layout: SlideTimelineLayout, selection: TimelineSelection) {
        self.layout = layout
        self.selection = selection
    }

    /// Weeks are put together on one slide up to this many dates (about 120 pt a
    /// column: 8 on a 16:9 slide, 6 on 4:3), so that boxes keep lines of six or more
    /// characters.
    var maximumColumns: Int { max(3, Int(layout.width / 120)) }

    /// The dates of each slide, in order; empty periods get no slide.
    public func pages(_ period: Period) -> [[CalendarDate]] {
        let months = group(selection.dates) { date in date.year * 12 + (date.month ?? 1) }
        switch period {
        case .month:
            return months.flatMap { split($0) }
        case .week:
            return weeks(selection.dates).flatMap { split($0) }
        case .auto:
            // Whole weeks, as many together as fit at full size: a quiet stretch of
            // months shares a slide (its gaps marked), a crowded week has its own.
            var pages: [[CalendarDate]] = []
            for week in weeks(selection.dates) {
                if let last = pages.last, last.count + week.count <= maximumColumns, fits(last + week) {
                    pages[pages.count - 1] += week
                } else {
                    pages.append(week)
                }
            }
            return joinNearlyEmpty(pages.flatMap { split($0) })
        }
    }

    /// The dates in as few slides as keep whole names at full size (all on one when
    /// they fit).
    public func readableParts() -> [[CalendarDate]] {
        split(selection.dates)
    }

    /// A slide with a single box is joined to a neighbour when the two still fit with
    /// whole names (the column limit aside), or else takes a date from a neighbour that
    /// can spare one: one thin box on a slide of its own says little.
    func joinNearlyEmpty(_ pages: [[CalendarDate]]) -> [[CalendarDate]] {
        var pages = pages
        var index = 0
        while index < pages.count {
            let count = selection.events.filter { Set(pages[index]).contains($0.date) }.count
            if count <= 1, pages.count > 1 {
                if index > 0, fits(pages[index - 1] + pages[index]) {
                    pages[index - 1] += pages.remove(at: index)
                    continue
                }
                if index + 1 < pages.count, fits(pages[index] + pages[index + 1]) {
                    pages[index] += pages.remove(at: index + 1)
                    continue
                }
                // Else it takes the nearest date of a neighbour that can spare one.
                if index > 0, pages[index - 1].count > 1, fits(Array(pages[index - 1].dropLast())), fits([pages[index - 1].last!] + pages[index]) {
                    pages[index].insert(pages[index - 1].removeLast(), at: 0)
                } else if index + 1 < pages.count, pages[index + 1].count > 1, fits(Array(pages[index + 1].dropFirst())), fits(pages[index] + [pages[index + 1].first!]) {
                    pages[index].append(pages[index + 1].removeFirst())
                }
            }
            index += 1
        }
        return pages
    }

    /// Monday-to-Sunday weeks (dates known only to the month start a week of their
    /// own at the month's first day).
    func weeks(_ dates: [CalendarDate]) -> [[CalendarDate]] {
        group(dates) { date in
            // 1970-01-01 was a Thursday: day 0 of a Monday-based week is day -3.
            let day = date.dayNumber ?? CalendarDate(year: date.year, month: date.month ?? 1, day: 1)?.dayNumber ?? 0
            return Int((Double(day + 3) / 7).rounded(.down))
        }
    }

    func group(_ dates: [CalendarDate], by key: (CalendarDate) -> Int) -> [[CalendarDate]] {
        var groups: [[CalendarDate]] = []
        var last: Int?
        for date in dates {
            let k = key(date)
            if k == last { groups[groups.count - 1].append(date) } else { groups.append([date]) }
            last = k
        }
        return groups
    }

    func fits(_ dates: [CalendarDate]) -> Bool {
        layout.fitsWhole(selection.restricted(to: Set(dates)))
    }

    /// The period as one slide if it fits, else in halves (a single date is laid out
    /// with shortened names).
    func split(_ dates: [CalendarDate]) -> [[CalendarDate]] {
        if dates.count <= 1 || fits(dates) { return [dates] }
        let middle = dates.count / 2
        return split(Array(dates[..<middle])) + split(Array(dates[middle...]))
    }
}

extension CalendarDate {
    /// `2020年1月20日`, `2020年1月`, `2020年`.
    public var chinese: String {
        "\(year)年" + (month.map { "\($0)月" + (day.map { "\($0)日" } ?? "") } ?? "")
    }

    /// The range as Chinese dates, the repeated year or month left out:
    /// `2020年1月20日—26日`, `2020年1月27日—2月2日`.
    public static func chineseRange(_ first: CalendarDate, _ last: CalendarDate) -> String {
        guard first != last else { return first.chinese }
        var end = last.chinese
        if first.year == last.year {
            end = String(end.dropFirst("\(last.year)年".count))
            if first.month != nil, first.month == last.month, last.day != nil { end = String(end.dropFirst("\(last.month!)月".count)) }
        }
        return first.chinese + "—" + end
    }
}
