import Foundation
import Testing
import ChronicleCore
import ChronicleStore
import ChronicleTestSupport

/// What the archive's pages read: a person's events a page at a time (newest first, by
/// role and year), the people and measures by count, a year's events as the overview
/// counts them, and a picture's neighbourhood cut to the latest events.
@Suite struct ArchiveQueryTests {
    static let extractor = Extractor(referenceDate: CalendarDate(iso: "2021-12-31"))

    /// 王五 chairs a meeting on 60 days of 2020 and 2021 and attends one more; 赵六
    /// chairs one; every meeting reiterates “双零”.
    static let documents: [TextDocument] = (0..<60).map { index in
        let date = CalendarDate(dayNumber: (CalendarDate(iso: "2020-11-02")?.dayNumber ?? 0) + index * 3)
        return TextDocument(path: String(format: "d%02d.txt", index), text: "\(date.year)年\(date.month!)月\(date.day!)日上午，省委书记王五主持召开省委常委会会议，会议强调，要坚持“双零”目标。\n")
    } + [TextDocument(path: "e.txt", text: "2021年6月30日，省长赵六主持召开省政府常务会议，省委书记王五出席会议。\n")]

    @Test func aPersonsEventsComeAPageAtATime() throws {
        let (store, dir) = try IncrementalStoreTests.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        for document in Self.documents { _ = try store.ingest(document, extractor: Self.extractor) }
        let person = try store.find("王五", type: .person)

        let first = try store.linkedEvents(of: person, limit: 25)
        #expect(first.total == 61 && first.roles[.chairs] == 60 && first.roles[.attends] == 1)
        #expect(first.years.map(\.year) == ["2021", "2020"] && first.years.map(\.events).reduce(0, +) == 61)
        var seen: [String] = []
        for page in 0..<3 {
            let answer = try store.linkedEvents(of: person, limit: 25, offset: page * 25)
            #expect(answer.page.count == [25, 25, 11][page])
            seen += answer.page.map { $0.event.id.rawValue }
            #expect(answer.page.allSatisfy { $0.evidence != nil }, "each event with the sentence of its first role")
        }
        #expect(Set(seen).count == 61, "the pages are disjoint and cover every event")
        let dates = try seen.map { id in try #require(try store.labels(of: [NodeID(id)])[NodeID(id)]?.date) }
        #expect(dates == dates.sorted(by: >), "newest first")

        // A page sliced from the kept order is the page read alone, in both directions,
        // for a role and for a year.
        for (role, year, oldestFirst) in [(nil, nil, false), (nil, nil, true), (Relation.chairs, nil, false), (nil, "2021", true)] as [(Relation?, String?, Bool)] {
            let order = try store.linkedEventOrder(of: person, role: role, year: year, oldestFirst: oldestFirst)
            #expect(order.events.count == (try store.linkedEvents(of: person, role: role, year: year, limit: 1000)).total)
            for page in 0..<3 {
                let alone = try store.linkedEvents(of: person, role: role, year: year, limit: 25, offset: page * 25, oldestFirst: oldestFirst)
                let sliced = try store.linkedEvents(of: person, role: role, year: year, limit: 25, offset: page * 25, oldestFirst: oldestFirst, order: order)
                #expect(sliced.page.map(\.event.id) == alone.page.map(\.event.id) && sliced.page.map(\.roles) == alone.page.map(\.roles))
                #expect(sliced.page.map(\.evidence?.text) == alone.page.map(\.evidence?.text) && sliced.total == alone.total)
            }
        }

        let attended = try store.linkedEvents(of: person, role: .attends)
        #expect(attended.total == 1 && attended.page.first?.roles == [.attends])
        let of2020 = try store.linkedEvents(of: person, year: "2020", limit: 100)
        #expect(of2020.total == of2020.page.count && of2020.page.allSatisfy { $0.event.date?.year == 2020 })

        let people = try store.ranked(.person)
        #expect(people.first?.label == "王五" && people.first?.events == 61)
        #expect(people.first { $0.label == "赵六" }?.events == 1)
        let measures = try store.ranked(.measure)
        #expect(measures.first?.events == 60, "“双零” at every meeting of 王五")

        let digests = try store.eventDigests(from: "2021", to: "2021")
        #expect(digests.allSatisfy { $0.date.hasPrefix("2021") } && digests.count == first.years.first { $0.year == "2021" }?.events)
        #expect(try store.eventYears().map(\.year) == ["2020", "2021"])
        #expect(digests.first { $0.label.contains("常务会议") }.map { $0.weight >= 2 } == true, "a chair and an attendee")

        let picture = try store.recentNeighbourhood(of: person, limit: 10)
        #expect(picture.shown == 10 && picture.total == 61)
        #expect(picture.graph.nodes(ofType: .event).count == 10 && picture.graph[person] != nil)
    }
}
