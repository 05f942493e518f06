import Foundation

/// Converts Chinese lunar dates to Gregorian dates for lunar years 1900–2099, from the
/// table in `Resources/lunar-calendar.tsv`.
public struct LunarCalendar: Sendable {
    struct Year: Sendable {
        var newYear: CalendarDate
        var leapMonth: Int
        /// Month lengths in calendar order, the leap month right after its month.
        var lengths: [Int]
    }

    private let years: [Int: Year]

    /// The calendar shipped with Chronicle.
    public static let shared: LunarCalendar = {
        guard let url = Bundle.module.url(forResource: "lunar-calendar", withExtension: "tsv", subdirectory: "Resources"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return LunarCalendar(years: [:]) }
        return LunarCalendar(table: text)
    }()

    init(years: [Int: Year]) { self.years = years }

    /// Parses the table format of `lunar-calendar.tsv`.
    public init(table: String) {
        var years: [Int: Year] = [:]
        for line in table.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 4, let year = Int(fields[0]), let newYear = CalendarDate(iso: String(fields[1])),
                let leap = Int(fields[2])
            else { continue }
            years[year] = Year(newYear: newYear, leapMonth: leap, lengths: fields[3].map { $0 == "9" ? 29 : 30 })
        }
        self.years = years
    }

    /// The range of lunar years the table covers.
    public var coveredYears: ClosedRange<Int>? {
        guard let low = years.keys.min(), let high = years.keys.max() else { return nil }
        return low...high
    }

    /// The Gregorian date of lunar `year`-`month`-`day` (month 1 = 正月), or nil when
    /// the date does not exist (a 30th in a 29-day month, a leap month that year
    /// lacks) or lies outside the table.
    public func solarDate(lunarYear year: Int, month: Int, day: Int, leap: Bool = false) -> CalendarDate? {
        guard let info = years[year], (1...12).contains(month), day >= 1 else { return nil }
        if leap && info.leapMonth != month { return nil }
        var offset = 0
        var index = 0
        for m in 1...12 {
            let regular = index
            index += 1
            var leapIndex: Int?
            if info.leapMonth == m {
                leapIndex = index
                index += 1
            }
            if m == month {
                let target = leap ? leapIndex! : regular
                guard day <= info.lengths[target] else { return nil }
                for k in 0..<target { offset += info.lengths[k] }
                return info.newYear.adding(days: offset + day - 1)
            }
        }
        return nil
    }
}
