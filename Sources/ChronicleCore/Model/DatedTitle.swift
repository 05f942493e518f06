import OrderedCollections

/// One title of a person with the dates of its evidence: the earliest and the latest
/// date on which a text gives the person this title (`2017-06-21` … `2017-06-21` for
/// 省长 in a 2017 report, `2020-01-26` … `2020-02-07` for 省委书记 in 2020 ones).
///
/// A statement's date is the date of the event its sentence reports on, else the
/// document's date. In JSON: `metadata.title_dates`, a list of
/// `{"title": "省长", "first": "2017-06-21", "last": "2017-06-21"}` next to `titles`.
public struct DatedTitle: Hashable, Sendable {
    public var title: String
    /// The earliest date of a statement of the title.
    public var first: CalendarDate
    /// The latest date of a statement of the title.
    public var last: CalendarDate

    public init(title: String, first: CalendarDate, last: CalendarDate) {
        self.title = title
        self.first = min(first, last)
        self.last = max(first, last)
    }

    /// Oldest first: by first date, then last date, then title.
    static func precedes(_ a: DatedTitle, _ b: DatedTitle) -> Bool {
        (a.first, a.last, a.title) < (b.first, b.last, b.title)
    }
}

extension Array where Element == DatedTitle {
    /// Folds `other` in: a title already present widens its dates (first = min,
    /// last = max), a new one is added; the list stays oldest first. The result does
    /// not depend on the order titles arrive in.
    public mutating func mergeTitleDates(_ others: [DatedTitle]) {
        for item in others {
            if let index = firstIndex(where: { $0.title == item.title }) {
                self[index].first = Swift.min(self[index].first, item.first)
                self[index].last = Swift.max(self[index].last, item.last)
            } else {
                append(item)
            }
        }
        sort(by: DatedTitle.precedes)
    }
}

extension Node {
    /// The person's title in force on `date`: among the titles with dates, the one
    /// whose evidence is nearest on or before `date` (a title stated both before and
    /// after `date` is in force on it); when no title was stated by then, the one
    /// stated soonest after. Ties go to the title written first (`titles` order).
    ///
    /// Only titles still in `titles` count (an analyst's correction of `titles`
    /// wins); without any dated one, the first title, or nil when there is none.
    public func title(at date: CalendarDate) -> String? {
        let rank = Dictionary(titles.enumerated().map { ($1, $0) }) { first, _ in first }
        let dated = titleDates.filter { titles.isEmpty || rank[$0.title] != nil }
        guard !dated.isEmpty else { return titles.first }
        func order(_ a: DatedTitle) -> Int { rank[a.title] ?? Int.max }
        // Evidence is compared at the date's precision: on a date known only to the
        // year, what was stated that year counts as on it.
        func cut(_ d: CalendarDate) -> CalendarDate { d.truncated(like: date) }
        // On or before: the nearest evidence on or before `date` (`date` itself while the
        // title's evidence spans it).
        let before = dated.filter { cut($0.first) <= date }
        if let best = before.min(by: { a, b in
            let (x, y) = (Swift.min(cut(a.last), date), Swift.min(cut(b.last), date))
            return x != y ? x > y : order(a) < order(b)
        }) {
            return best.title
        }
        return dated.min(by: { a, b in a.first != b.first ? a.first < b.first : order(a) < order(b) })?.title
    }

    /// The person's title at an event's date; the first title when the event has no date.
    public func title(atEventOn date: CalendarDate?) -> String? {
        guard let date else { return titles.first }
        return title(at: date)
    }
}

extension Node {
    /// The titles as a short dated list, oldest first, one line per month a title was
    /// first stated in (titles of one month joined with `、`): `2020-01 起 省委书记、省人大常委会主任`
    /// for titles stated within a year of the person's latest statement (as far as the
    /// texts tell, still held), `2013-03 至 2017-10 国家副主席` for one not stated in the
    /// last year, `2017-06 省长` for such a one stated in a single month. Titles without
    /// dates come last, undated. Only titles in `titles` are listed.
    public var datedTitleList: [String] {
        datedTitleGroups.map { group in
            let head: String? = switch group.span {
            case .since(let first): first + " 起"
            case .month(let month): month
            case let .between(first, last): first + " 至 " + last
            case .undated: nil
            }
            return (head.map { $0 + " " } ?? "") + group.titles.joined(separator: "、")
        }
    }

    /// When a group of titles was stated, as ``datedTitleGroups`` gives it.
    public enum TitleSpan: Hashable, Sendable {
        /// First stated in this month (`2020-01`) and stated within the last year: still held.
        case since(String)
        /// Stated in this month only, not in the last year.
        case month(String)
        /// Stated from the first month to the last, not in the last year.
        case between(String, String)
        /// Titles without dates.
        case undated
    }

    /// The titles of ``datedTitleList`` as data: one group per month a title was first
    /// stated in, oldest first, then the undated ones (for pages that word the dates in
    /// their own language).
    public var datedTitleGroups: [(span: TitleSpan, titles: [String])] {
        let dated = titleDates.filter { titles.contains($0.title) }
        let latest = dated.map { Self.monthNumber($0.last) }.max() ?? 0
        var groups: OrderedDictionary<TitleSpan, [String]> = [:]
        for item in dated {
            let (first, last) = (Self.month(item.first), Self.month(item.last))
            let held = latest - Self.monthNumber(item.last) <= 12
            let span: TitleSpan = held ? .since(first) : first == last ? .month(first) : .between(first, last)
            groups[span, default: []].append(item.title)
        }
        var out = groups.map { (span: $0.key, titles: $0.value) }
        let undated = titles.filter { title in !dated.contains { $0.title == title } }
        if !undated.isEmpty { out.append((.undated, undated)) }
        return out
    }

    /// Months since year 0 (a date known to the year counts as its January).
    static func monthNumber(_ date: CalendarDate) -> Int { date.year * 12 + (date.month ?? 1) - 1 }

    /// `2017-06` for a date known to the month or day, `2017` for a year.
    static func month(_ date: CalendarDate) -> String {
        String(date.iso.prefix(7))
    }
}

extension CalendarDate {
    /// This date known no more precisely than `other` (`2020-01-26` like `2020` is `2020`).
    func truncated(like other: CalendarDate) -> CalendarDate {
        CalendarDate(year: year, month: other.month == nil ? nil : month, day: other.day == nil ? nil : day) ?? self
    }
}
