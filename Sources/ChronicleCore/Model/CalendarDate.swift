/// A date known to the day, the month or only the year, written in ISO 8601
/// (`2020-02-09`, `2020-02`, `2020`).
///
/// Ordering compares year, then month, then day; a missing part sorts before any
/// stated one, so `2020-02` < `2020-02-01`.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// How much of the date is known.
    public enum Granularity: String, Sendable, Hashable, Codable {
        case year, month, day
    }

    public var year: Int
    public var month: Int?
    public var day: Int?

    /// A date, validated: the month must be 1…12, the day must exist in that month,
    /// and a day needs a month. Returns nil otherwise.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init?(iso: String) {
        // Bytes, not characters: the store parses dates by the thousand (a person's dated
        // titles each time a document names them).
        var parts = (0, 0, 0), count = 0, digits = 0, value = 0
        func close() -> Bool {
            guard digits == (count == 0 ? 4 : 2), count < 3 else { return false }
            switch count {
            case 0: parts.0 = value
            case 1: parts.1 = value
            default: parts.2 = value
            }
            count += 1
            (digits, value) = (0, 0)
            return true
        }
        for byte in iso.utf8 {
            if byte == UInt8(ascii: "-") {
                guard close() else { return nil }
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                guard digits < 4 else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            } else {
                return nil
            }
        }
        guard close() else { return nil }
        self.init(year: parts.0, month: count > 1 ? parts.1 : nil, day: count > 2 ? parts.2 : nil)
    }

    public var granularity: Granularity {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var iso: String {
        var text = pad4(year)
        if let month { text += "-" + pad2(month) }
        if let day { text += "-" + pad2(day) }
        return text
    }

    public var description: String { iso }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        if lhs.year != rhs.year { return lhs.year < rhs.year }
        if lhs.month != rhs.month { return (lhs.month ?? 0) < (rhs.month ?? 0) }
        return (lhs.day ?? 0) < (rhs.day ?? 0)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 for a day-precise date (proleptic Gregorian).
    public var dayNumber: Int? {
        guard let month, let day else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day-precise date `dayNumber` days after 1970-01-01.
    public init(dayNumber z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// This date moved by `days`; nil unless the date is day-precise.
    public func adding(days: Int) -> CalendarDate? {
        guard let number = dayNumber else { return nil }
        return CalendarDate(dayNumber: number + days)
    }
}

/// `7` → `07`.
func pad2(_ value: Int) -> String { value < 10 ? "0" + String(value) : String(value) }

/// `855` → `0855`.
func pad4(_ value: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}

/// `10` → `000A`.
func hex4(_ value: Int) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
}
