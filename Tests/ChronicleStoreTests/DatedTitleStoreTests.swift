import Foundation
import Testing
import ChronicleCore
import ChronicleStore
import ChronicleTestSupport

/// A person's titles keep their dates in the store: a 2017 report names 楼阳生 省长, a
/// 2020 one 省委书记; merged in either order, the 2020 meeting shows 省委书记.
@Suite struct DatedTitleStoreTests {
    static let extractor = Extractor(referenceDate: CalendarDate(iso: "2020-12-31"))

    static let documents = [
        TextDocument(path: "a-2017.txt", text: "2017年6月21日，省委书记骆惠宁、省长楼阳生主持召开全省脱贫攻坚工作会议。\n"),
        TextDocument(path: "b-2020.txt", text: "2020年1月26日上午，省委书记楼阳生主持召开省委专题会议。\n"),
    ]

    @Test(arguments: [false, true])
    func aTitleAtAnEventIsTheOneInForceThen(reversed: Bool) throws {
        let (store, dir) = try IncrementalStoreTests.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        for document in reversed ? Self.documents.reversed() : Self.documents { _ = try store.ingest(document, extractor: Self.extractor) }

        let answer = try store.person("楼阳生")
        #expect(answer.person.titles.sorted() == ["省委书记", "省长"])
        #expect(answer.person.titleDates.map { "\($0.title) \($0.first)…\($0.last)" } == ["省长 2017-06-21…2017-06-21", "省委书记 2020-01-26…2020-01-26"])
        let meeting = try #require(answer.events.first { $0.event.date == "2020-01-26" })
        #expect(answer.person.title(atEventOn: meeting.event.date.flatMap(CalendarDate.init(iso:))) == "省委书记")
        let earlier = try #require(answer.events.first { $0.event.date == "2017-06-21" })
        #expect(answer.person.title(atEventOn: earlier.event.date.flatMap(CalendarDate.init(iso:))) == "省长")
        #expect(answer.person.datedTitleList == ["2017-06 省长", "2020-01 起 省委书记"])
        // The stored graph is the one extracting both documents gives.
        #expect(GraphJSON.string(try store.graph()) == IncrementalStoreTests.expected(Self.documents))
    }
}
