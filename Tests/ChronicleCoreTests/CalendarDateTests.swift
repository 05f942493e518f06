import Testing
@testable import ChronicleCore
import ChronicleTestSupport

@Suite struct CalendarDateTests {
    @Test(arguments: [
        ("2020-02-09", 2020, 2, 9), ("2020-02", 2020, 2, nil), ("1855", 1855, nil, nil),
        ("2020-02-29", 2020, 2, 29), ("2000-02-29", 2000, 2, 29),
    ] as [(String, Int, Int?, Int?)])
    func parsesISO(_ text: String, year: Int, month: Int?, day: Int?) throws {
        let date = try #require(CalendarDate(iso: text))
        #expect(date.year == year && date.month == month && date.day == day)
        #expect(date.iso == text)
    }

    @Test(arguments: ["2019-02-29", "1900-02-29", "2020-13-01", "2020-04-31", "2020-2-9", "20200209", "", "2020-02-09T00:00", "２０２０",
                      "2020-", "-2020", "2020--01", "2020-02-09-01", "202", "20201-01", "2020-021", "2020-0a", " 2020", "2020-0\u{301}1", "2020-00", "2020-02-00"])
    func rejectsInvalidISO(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func ordersByPrecisionThenValue() throws {
        let dates = ["2020-02-01", "2020", "2020-01-31", "2020-02", "2019-12-31"].compactMap(CalendarDate.init(iso:))
        #expect(dates.sorted().map(\.iso) == ["2019-12-31", "2020", "2020-01-31", "2020-02", "2020-02-01"])
    }

    @Test(arguments: [("2020-01-31", 1, "2020-02-01"), ("2020-03-01", -1, "2020-02-29"), ("2019-12-31", 1, "2020-01-01"), ("1970-01-01", 0, "1970-01-01"), ("2020-01-26", 10, "2020-02-05")])
    func addsDays(_ start: String, days: Int, expected: String) throws {
        let date = try #require(CalendarDate(iso: start))
        #expect(date.adding(days: days)?.iso == expected)
    }

    @Test func dayNumberRoundTripsOverCenturies() {
        for number in stride(from: -30_000, through: 60_000, by: 37) {
            let date = CalendarDate(dayNumber: number)
            #expect(date.dayNumber == number)
        }
        #expect(CalendarDate(iso: "1970-01-01")?.dayNumber == 0)
    }
}
