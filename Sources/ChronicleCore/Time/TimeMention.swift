/// A time expression as the scanner finds it, before anchoring: only what the text
/// states.
struct TimeMention: Hashable, Sendable {
    enum Relative: Hashable, Sendable {
        /// 当天, 当日, 同日 (0), 次日 (+1), 前一天 (−1) …: days from the preceding date.
        case day(Int)
        /// 今天, 今日 (0), 昨天 (−1), 明天 (+1): days from the day the text speaks from —
        /// its stated or given date, else the preceding date.
        case today(Int)
        /// 本月 (0), 上个月 (−1), 下个月 (+1).
        case month(Int)
        /// 今年 (0), 去年 (−1), 明年 (+1), 前年 (−2).
        case year(Int)
        /// 本周一 (week 0, day 0), 上周五 (−1, 4), 下星期日 (1, 6): a weekday of the week the
        /// text speaks from (weeks start on Monday).
        case weekday(week: Int, day: Int)
    }

    enum PartOfMonth: Hashable, Sendable {
        case early, middle, late
        var days: ClosedRange<Int> {
            switch self {
            case .early: 1...10
            case .middle: 11...20
            case .late: 21...31
            }
        }
    }

    var start: Int
    var end: Int
    var year: Int?
    var month: Int?
    var day: Int?
    /// The end of a range as written (`至23日` → day 23 only).
    var endYear: Int?
    var endMonth: Int?
    var endDay: Int?
    var isRange = false
    var part: PartOfMonth?
    var timeOfDay: TimeOfDay?
    var relative: Relative?
    /// A lunar date: standalone (`农历正月初一`) when `month` is nil, else an
    /// annotation of the solar date before it.
    var lunar: LunarDate?

    init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}
