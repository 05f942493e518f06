import Testing
@testable import ChronicleCore
import ChronicleTestSupport

/// A person's titles with the dates of their evidence: the title in force at a date,
/// merging across documents, the short dated list, JSON and corrections.
@Suite struct DatedTitleTests {
    static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static func dated(_ title: String, _ first: String, _ last: String) -> DatedTitle {
        DatedTitle(title: title, first: date(first), last: date(last))
    }

    /// 楼阳生 as two reports give him: 省长 in 2017, 省委书记 (and a group's 组长) in 2020.
    static let person = Node(
        id: "p-楼阳生", label: "楼阳生", type: .person, titles: ["省长", "省委书记", "领导小组组长"],
        titleDates: [dated("省委书记", "2020-01-26", "2020-02-07"), dated("省长", "2017-06-21", "2017-06-21"),
                     dated("领导小组组长", "2020-02-03", "2020-02-07")],
        evidence: [Evidence(document: "d1", offset: 0, length: 1, text: "省长楼阳生")])

    @Test(arguments: [
        ("2016-01-01", "省长"),        // before any evidence: the nearest after
        ("2017-06-21", "省长"),        // on the day of the evidence
        ("2018-05", "省长"),           // between: the nearest on or before
        ("2020-01-26", "省委书记"),     // the new title's first evidence
        ("2020-02-05", "省委书记"),     // inside two titles' spans: the one written first
        ("2020-02-03", "省委书记"),
        ("2024", "省委书记"),           // after all evidence: the latest
        ("2020", "省委书记"),           // a year alone: what was stated that year counts
        ("2017", "省长"),
    ] as [(String, String)])
    func titleAtADate(_ at: String, expected: String) {
        #expect(Self.person.title(at: Self.date(at)) == expected)
    }

    @Test func withoutDatesTheFirstTitleAndWithoutTitlesNone() {
        var undated = Self.person
        undated.titleDates = []
        #expect(undated.title(at: Self.date("2020-02-01")) == "省长")
        undated.titles = []
        #expect(undated.title(at: Self.date("2020-02-01")) == nil)
        #expect(Self.person.title(atEventOn: nil) == "省长")
    }

    @Test func onlyTitlesStillListedCount() {
        var corrected = Self.person
        corrected.titles = ["省长"]
        #expect(corrected.title(at: Self.date("2020-02-01")) == "省长")
        corrected.titles = ["省委书记", "副省长"]
        #expect(corrected.title(at: Self.date("2017-06-21")) == "省委书记")
    }

    @Test func mergingWidensDatesInAnyOrder() {
        let a = Node(id: "p-甲", label: "甲", type: .person, titles: ["省长"], titleDates: [Self.dated("省长", "2017-06-21", "2017-06-21")],
                     evidence: [Evidence(document: "d1", offset: 0, length: 1, text: "甲")])
        let b = Node(id: "p-甲", label: "甲", type: .person, titles: ["省长", "省委书记"],
                     titleDates: [Self.dated("省长", "2018-03", "2019-12-01"), Self.dated("省委书记", "2020-01-26", "2020-01-26")],
                     evidence: [Evidence(document: "d2", offset: 0, length: 1, text: "甲")])
        var one = Graph(), other = Graph()
        one.upsert(a); one.upsert(b)
        other.upsert(b); other.upsert(a)
        let expected = [Self.dated("省长", "2017-06-21", "2019-12-01"), Self.dated("省委书记", "2020-01-26", "2020-01-26")]
        #expect(one["p-甲"]?.titleDates == expected)
        #expect(other["p-甲"]?.titleDates == expected)
    }

    @Test func aShortDatedListOldestFirst() {
        #expect(Self.person.datedTitleList == ["2017-06 省长", "2020-01 起 省委书记", "2020-02 起 领导小组组长"])
        var xi = Node(id: "p-习近平", label: "习近平", type: .person, titles: ["国家副主席", "国家主席", "总书记", "主席"],
                      titleDates: [Self.dated("国家副主席", "2012-07-01", "2013-02-01"), Self.dated("国家主席", "2013-03-14", "2020-02-03"),
                                   Self.dated("总书记", "2013-03-20", "2020-02-01")],
                      evidence: [Evidence(document: "d1", offset: 0, length: 1, text: "习近平")])
        #expect(xi.datedTitleList == ["2012-07 至 2013-02 国家副主席", "2013-03 起 国家主席、总书记", "主席"])
        // Titles stated within a year of the latest statement are held still.
        let li = Node(id: "p-栗战书", label: "栗战书", type: .person, titles: ["中共中央政治局常委", "中央全面依法治国委员会副主任"],
                      titleDates: [Self.dated("中共中央政治局常委", "2020-01-25", "2020-01-25"), Self.dated("中央全面依法治国委员会副主任", "2020-02-05", "2020-02-05")],
                      evidence: [Evidence(document: "d1", offset: 0, length: 1, text: "栗战书")])
        #expect(li.datedTitleList == ["2020-01 起 中共中央政治局常委", "2020-02 起 中央全面依法治国委员会副主任"])
        xi.titleDates = []
        #expect(xi.datedTitleList == ["国家副主席、国家主席、总书记、主席"])
    }

    @Test func jsonKeepsTitlesAndAddsTheirDates() throws {
        let json = JSONWriter.string(GraphJSON.encode(Self.person), pretty: false)
        #expect(json.contains(#""titles":["省长","省委书记","领导小组组长"]"#))
        #expect(json.contains(#""title_dates":[{"title":"省长","first":"2017-06-21","last":"2017-06-21"},"#))
        let back = try GraphJSON.decodeNode(id: "p-楼阳生", json: json)
        #expect(back == Self.person)
        // An older graph without dates reads as before.
        let old = try GraphJSON.decodeNode(id: "p-楼阳生", json: #"{"label":"楼阳生","metadata":{"type":"person","titles":["省长"],"evidence":[]}}"#)
        #expect(old.titleDates.isEmpty && old.title(at: Self.date("2020-02-01")) == "省长")
    }

    @Test func extractionDatesATitleByTheEventItsSentenceReports() throws {
        let text = """
            2017年6月21日，省委书记骆惠宁、省长楼阳生主持召开全省脱贫攻坚工作会议。
            2020年1月26日上午，省委书记楼阳生主持召开省委专题会议。
            """
        let graph = Extractor(referenceDate: Self.date("2020-02-09")).extract(TextDocument(path: "t.txt", text: text)).graph
        let person = try #require(graph["p-楼阳生"])
        #expect(person.titleDates == [Self.dated("省长", "2017-06-21", "2017-06-21"), Self.dated("省委书记", "2020-01-26", "2020-01-26")])
        #expect(person.title(at: Self.date("2020-01-26")) == "省委书记")
        #expect(person.title(at: Self.date("2017-06-21")) == "省长")
    }
}
