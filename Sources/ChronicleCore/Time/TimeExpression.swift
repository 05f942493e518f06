/// How precise a normalized time expression is.
public enum TimeGranularity: String, Sendable, Hashable, Codable, CaseIterable {
    case day, month, year
    /// A span with a start (`value`) and an end (`end`): `2月10日至13日`.
    case range
    /// 上旬 / 中旬 / 下旬 (and 月初 / 月底): a range within one month.
    case partOfMonth = "part_of_month"
}

/// Which rule fixed the parts of a date the text did not state.
public enum AnchorRule: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every part needed was written out (`2020年2月9日`, `2014年3月`, `1855年`).
    case explicit
    /// Year (and month) from the nearest preceding full date in the same article.
    case precedingDate = "preceding_date"
    /// Year (and month) from the article's own date (its dateline or lead).
    case articleDate = "article_date"
    /// Year (and month) from the document's reference date.
    case referenceDate = "reference_date"
    /// A day-only date that would fall after the reporting article's date, moved to
    /// the month before (`27日` in a report of 3 Feb → 27 Jan).
    case previousMonth = "previous_month"
    /// 当天 / 当日 / 同日 / 次日: relative to the preceding date in the article.
    case relativeDay = "relative_day"
    /// 今天 / 昨天 / 明天: relative to the document's own date (stated in it or given).
    case deicticDay = "deictic_day"
    /// 本月 / 上个月 / 今年 / 去年 / 明年: relative to the article's or document's date.
    case relativeToDocument = "relative_to_document"
    /// Converted from the Chinese lunar calendar (`农历正月初一`).
    case lunar
    /// Nothing to anchor to: the value stays partial (a warning says so).
    case unanchored
}

/// A lunar-calendar date as written (`农历正月初二`).
public struct LunarDate: Hashable, Sendable {
    public var month: Int
    public var day: Int
    public var isLeapMonth: Bool
    public init(month: Int, day: Int, isLeapMonth: Bool = false) {
        self.month = month
        self.day = day
        self.isLeapMonth = isLeapMonth
    }
}

/// A time expression found in a text, normalized and anchored.
public struct TimeExpression: Hashable, Sendable {
    /// The text as written, e.g. `1月26日农历正月初二上午`.
    public var text: String
    /// Offset and length in Unicode scalars of the decoded text.
    public var offset: Int
    public var length: Int
    /// The start (or only) value; nil when it could not be anchored at all
    /// (`13日` in a text with no date to take the month from).
    public var value: CalendarDate?
    /// For a date that could not be anchored, what the text states in ISO 8601's
    /// forms without a year: `--02-13` (month and day), `---13` (day).
    public var partialValue: String?
    /// The end of a range, else nil.
    public var end: CalendarDate?
    public var granularity: TimeGranularity
    public var timeOfDay: TimeOfDay?
    public var rule: AnchorRule
    /// A lunar date written with the expression, kept as an annotation.
    public var lunar: LunarDate?
    /// Notes for a human auditor: a lunar annotation that disagrees with the solar
    /// date, a partial date left partial …
    public var notes: [String]

    public init(text: String, offset: Int, length: Int, value: CalendarDate?, end: CalendarDate? = nil,
                granularity: TimeGranularity, timeOfDay: TimeOfDay? = nil, rule: AnchorRule,
                lunar: LunarDate? = nil, notes: [String] = []) {
        self.text = text
        self.offset = offset
        self.length = length
        self.value = value
        self.end = end
        self.granularity = granularity
        self.timeOfDay = timeOfDay
        self.rule = rule
        self.lunar = lunar
        self.notes = notes
    }
}
