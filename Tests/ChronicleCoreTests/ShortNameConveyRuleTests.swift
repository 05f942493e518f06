import Testing
@testable import ChronicleCore

/// What a report's later meetings convey when it names the earlier ones short: a dated
/// meeting listed with a speech (`…推进会和市委书记…的讲话精神`), a meeting by its scope and
/// kind (`全市推进会`), a meeting named as the subject of the convey verb while another event
/// owns the paragraph, and a meeting dated `两天后`; and a paragraph back at the report's
/// meeting by its kind (`推进会上，…`). Every sentence is written for these
/// tests, none copied from a corpus.
@Suite struct ShortNameConveyRuleTests {
    static func extract(_ body: String) -> Graph {
        Extractor().extract(TextDocument(path: "t.txt", text: "工作动态\n2022年5月20日\n" + body + "\n")).graph
    }

    static func events(_ graph: Graph) -> [String] {
        graph.nodes(ofType: .event).sorted { ($0.date!, $0.label) < ($1.date!, $1.label) }.map { $0.date!.iso + " " + $0.label }
    }

    static func conveys(_ graph: Graph) -> [String] {
        graph.edges(.conveys).map { "\(graph[$0.source]!.label)→\(graph[$0.target]!.label)" }.sorted()
    }

    /// A dated meeting joined to a speech by 和 (the speech's 精神 is the meeting's too).
    @Test(arguments: [
        "5月9日，区委常委会召开会议，传达学习5月6日全市文明城市创建推进会和市长方宁在会上的讲话精神。",
        "5月9日，区委常委会召开会议，传达学习5月6日全市文明城市创建推进会及市长方宁的讲话精神。",
    ])
    func aDatedMeetingListedWithASpeech(_ body: String) {
        let graph = Self.extract(body)
        #expect(Self.events(graph) == ["2022-05-06 全市文明城市创建推进会", "2022-05-09 区委常委会会议"], "\(Self.events(graph))")
        #expect(Self.conveys(graph) == ["区委常委会会议→全市文明城市创建推进会"])
    }

    /// One day's meeting of one kind named in full where it is conveyed and contracted
    /// where the report tells who watched it (全省视频会议 of 全省防汛抗旱工作视频会议) is one
    /// event, its time of day from the contracted mention; another day's is another.
    @Test(arguments: [("当天上午", true), ("5月6日上午", false)])
    func aMeetingNamedInFullAndContractedIsOne(_ when: String, one: Bool) {
        let graph = Self.extract("5月9日下午，市委书记邵永安主持召开市委常委会会议，传达学习当天上午全省防汛抗旱工作视频会议精神。\n（\(when)，我市设分会场收看全省视频会议，市长林国强在分会场参加会议。）")
        if one {
            #expect(Self.events(graph) == ["2022-05-09 全省防汛抗旱工作视频会议", "2022-05-09 市委常委会会议"], "\(Self.events(graph))")
            #expect(Self.conveys(graph) == ["市委常委会会议→全省防汛抗旱工作视频会议"])
        } else {
            #expect(Self.events(graph).count == 3, "\(Self.events(graph))")
        }
    }

    /// What a dated meeting asked for on a topic (…常务会议关于…的部署要求, …全会关于…的精神):
    /// the meeting named before 关于 is conveyed.
    @Test(arguments: ["关于森林防火工作的部署要求", "关于森林防火工作的精神"])
    func aDatedMeetingsAskOnATopic(_ asked: String) {
        let graph = Self.extract("5月9日，县林业局召开党组会议，传达了5月6日市政府第十二次常务会议\(asked)，研究贯彻措施。")
        #expect(Self.events(graph) == ["2022-05-06 市政府第十二次常务会议", "2022-05-09 县林业局党组会议"], "\(Self.events(graph))")
        #expect(Self.conveys(graph) == ["县林业局党组会议→市政府第十二次常务会议"])
    }

    /// 全市推进会: the city's meeting of that kind the report told, not the district's.
    @Test func aMeetingByItsScopeAndKind() {
        let graph = Self.extract("""
            5月6日，全市文明城市创建推进会召开。
            5月10日下午，全区文明城市创建推进会召开。
            5月12日，街道党工委召开会议，传达贯彻全市推进会精神。
            """)
        #expect(Self.conveys(graph).contains("街道党工委会议→全市文明城市创建推进会"), "\(Self.conveys(graph))")
        #expect(!Self.conveys(graph).contains("街道党工委会议→全区文明城市创建推进会"), "\(Self.conveys(graph))")
    }

    /// 校党委常委会会议传达学习推进会精神 in a paragraph the report's own event owns: the meeting
    /// before the verb conveys; a meeting told at (会议上) does not stand before it so.
    @Test func theMeetingBeforeTheVerbConveys() {
        let graph = Self.extract("""
            5月19日上午，学院2022年度科级干部培训班开班式在图书馆报告厅举行。
            举办此次培训班，是学院落实全省高校组织工作推进会精神的举措。5月10日，全省高校组织工作推进会在省城召开。5月13日，院党委会议传达学习推进会精神，研究审定了培训方案。
            """)
        #expect(Self.conveys(graph).contains("院党委会议→全省高校组织工作推进会"), "\(Self.conveys(graph))")
    }

    /// 镇党委全会: the plenum of the town's committee (named in full 中共某镇委员会…全体会议),
    /// not the town committee's other meeting told beside it, however alike the names.
    @Test func aPlenumNamedByItsCommitteesLevel() {
        let graph = Self.extract("""
            5月16日上午，中共桃溪镇委员会十五届三次全体（扩大）会议召开。
            5月12日，镇党委召开会议，研究全会筹备工作。
            昨天，桃溪村党支部召开村两委会议，传达学习镇党委全会精神。
            """)
        #expect(Self.conveys(graph) == ["村两委会议→中共桃溪镇委员会十五届三次全体（扩大）会议"], "\(Self.conveys(graph))")
    }

    /// `3日党工委会议已对贯彻区委全会精神…作出部署`: the meeting before the verb (已对 between)
    /// conveyed; the paragraph's own meeting does not. (With 已经对 or 对 alone the
    /// extractor reads no mention of the recalled meeting there, and the paragraph's own
    /// meeting still conveys: not yet handled.)
    @Test(arguments: ["已对"])
    func aMeetingRecalledAsTheSubjectOfWhatItConveyed(_ between: String) {
        let graph = Self.extract("""
            4月27日，区委十二届九次全会召开。
            5月3日上午，街道党工委召开会议，传达学习区委十二届九次全会精神。
            5月18日，街道召开推进会。林慧指出，3日党工委会议\(between)贯彻区委全会精神作出部署，各社区要抓好落实。
            """)
        #expect(Self.conveys(graph) == ["街道党工委会议→区委十二届九次全会"], "\(Self.conveys(graph))")
    }

    /// 县委全会 names a plenum of its own document only: in an archive, another county's
    /// plenum told in another report is none of this report's.
    @Test func aPlenumByLevelStaysInItsDocument() {
        let extractor = Extractor()
        let other = extractor.documentGraph(TextDocument(path: "a.txt", text: "工作动态\n2022年5月20日\n5月10日，中共甲县委十五届六次全体会议召开。\n")).graph
        let report = extractor.documentGraph(TextDocument(path: "b.txt", text: "工作动态\n2022年5月20日\n5月18日，乙县城关镇党委召开会议，传达学习县委全会精神。\n")).graph
        let merged = GraphMerger().merge([other, report])
        #expect(Self.conveys(merged).isEmpty, "\(Self.conveys(merged))")
    }

    /// A sentence opening with an earlier event's name, no mention of its own (`镇党委扩大会议
    /// 传达了…精神` after the report conveyed it): that event conveys, not the report's.
    @Test func aConveyedMeetingNamedAgainAsTheSubject() {
        let graph = Self.extract("2月25日晚，村党支部书记王德厚主持召开村“两委”会议，传达学习2月24日召开的青岚镇党委扩大会议精神。\n镇党委扩大会议传达了2月23日全县森林防火工作会议精神。")
        #expect(Self.conveys(graph).contains("青岚镇党委扩大会议→全县森林防火工作会议"), "\(Self.conveys(graph))")
        #expect(!Self.conveys(graph).contains("村“两委”会议→全县森林防火工作会议"), "\(Self.conveys(graph))")
    }

    /// 两天后 is two days after the day just told; the meeting held then is an event of that day.
    @Test func aMeetingTwoDaysLater() {
        let graph = Self.extract("5月3日，市交通运输局召开全市交通运输安全生产视频会议。两天后，局党委召开会议传达学习视频会议精神。")
        #expect(Self.events(graph) == ["2022-05-03 全市交通运输安全生产视频会议", "2022-05-05 局党委会议"], "\(Self.events(graph))")
        #expect(Self.conveys(graph) == ["局党委会议→全市交通运输安全生产视频会议"])
    }

    /// `推进会上，…` opening a paragraph after one that looked back: the narration is back at
    /// the report's 推进会, and 会后 goes on from its day, not from the last day looked back on.
    @Test func backAtTheMeetingByItsKind() {
        let graph = Self.extract("""
            5月19日下午，区卫生健康局召开行风建设推进会。局长许平出席会议并讲话。

            5月6日，市卫生健康委召开全市行风建设视频会议。5月12日，局党组召开会议研究贯彻意见。

            推进会上，副局长孔立通报了工作进展。

            会后，许平带队到区人民医院检查行风建设情况。
            """)
        let visit = graph.nodes(ofType: .event).first { $0.label.contains("检查") }
        #expect(visit?.date?.iso == "2022-05-19", "\(Self.events(graph))")
    }

    /// `10日上午的开幕会由…主持`: in the report of a numbered session (…第三届委员会第二次会议)
    /// the sitting is an event of that day, its chair the person named; a conference's
    /// 开幕式 told so is the conference's own (no event of its own).
    @Test func aSessionsSittingChairedBy() {
        let session = Self.extract("政协某市第三届委员会第二次会议于5月9日至12日召开。10日上午的开幕会由市政协副主席林晓主持。")
        let sitting = session.nodes(ofType: .event).first { $0.label.hasSuffix("开幕会") }
        #expect(sitting?.date?.iso == "2022-05-10", "\(Self.events(session))")
        #expect(session.edges(.chairs).contains { $0.source == NodeID("p-林晓") && $0.target == sitting?.id })
        let conference = Self.extract("5月9日至10日，学院第五次教学工作会议召开。10日上午的开幕式由副院长林晓主持。")
        #expect(!Self.events(conference).contains { $0.hasSuffix("开幕式") }, "\(Self.events(conference))")
    }

    /// A village's party branch is a local body, not the ministry its 部 would make it; a
    /// department's party group (厅党组) is a province's, and a measure its enlarged meeting's
    /// report launches is one there (推行“…”), as in any local directing meeting's.
    @Test(arguments: [
        ("5月18日晚上，柳湾村党支部召开全体党员大会。", "municipal"),
        ("5月18日，水利厅党组召开扩大会议。会议要求，一要守住安全底线。推行“以河管水”动态巡查。", "province"),
    ] as [(String, String)])
    func theLevelOfALocalBody(_ body: String, level: String) {
        let graph = Self.extract(body)
        let levels = graph.nodes(ofType: .event).map { $0.level?.rawValue ?? "-" }
        #expect(levels == [level], "\(levels)")
        if level == "province" { #expect(graph.nodes(ofType: .measure).map(\.label) == ["以河管水"]) }
    }

    /// A report that tells its latest meeting first: its scope and kind (全市调度会) name the
    /// one earlier meeting of that kind told after it; with two such, neither.
    @Test(arguments: [(false, "县防指会议→全市防汛抗旱工作视频调度会"), (true, "")])
    func aMeetingByItsScopeAndKindToldAfter(_ two: Bool, expected: String) {
        let graph = Self.extract("""
            5月19日下午，县防指召开会议，传达市长顾明在全市调度会上的讲话精神。县长汪群主持会议。
            5月18日上午，全市防汛抗旱工作视频调度会召开。市长顾明出席会议并讲话。
            """ + (two ? "\n5月12日，全市地质灾害防治调度会召开。" : ""))
        #expect(Self.conveys(graph) == (expected.isEmpty ? [] : [expected]), "\(Self.events(graph))")
    }

    /// A speaker named after a title conveys for the report's meeting (党委副书记…传达了…).
    @Test func aSpeakerAfterATitleConveys() {
        let graph = Self.extract("""
            5月6日，全省高校组织工作推进会在省城召开。
            5月19日上午，学院党委理论学习中心组开展集体学习。党委书记郑元主持。党委副书记梁怡传达了省委教育工委书记陈衡在全省推进会上的讲话精神。
            """)
        #expect(Self.conveys(graph) == ["学院党委理论学习中心组集体学习→全省高校组织工作推进会"], "\(Self.events(graph))")
    }

    /// A hospital's weekly meeting and a school's affairs meeting are meetings (院周会, 校务会).
    @Test(arguments: ["医院召开院周会", "学校召开校务会"])
    func aUnitsWorkingMeeting(_ held: String) {
        let graph = Self.extract("5月19日上午，\(held)，研究近期工作。")
        #expect(Self.events(graph).count == 1, "\(Self.events(graph))")
    }

    /// A part of the day before the verb holds nothing: 下午召开大会 names no 下午 body.
    @Test func aPartOfTheDayIsNoHolder() {
        let graph = Self.extract("5月19日，全市乡村振兴推进会在云溪县召开。当天上午，与会人员观摩了枫林村等项目，下午召开大会。")
        #expect(!Self.events(graph).contains { $0.contains("下午") }, "\(Self.events(graph))")
    }

    /// Who asked for a meeting (林海要求县防指次日召开全县调度会) did not hold it: the meeting
    /// is the one the report names in full that day, chaired by its own chair.
    @Test func whoAskedForAMeetingDidNotHoldIt() {
        let graph = Self.extract("""
            5月19日下午，县防汛抗旱指挥部召开全县防汛工作调度会，分析研判当前汛情。县长汪群主持会议。
            18日上午，全市防汛抗旱工作视频调度会召开。会后，县委书记林海要求县防指次日召开全县调度会，抓好传达落实。
            """)
        #expect(Self.events(graph) == ["2022-05-18 全市防汛抗旱工作视频调度会", "2022-05-19 全县防汛工作调度会"], "\(Self.events(graph))")
        #expect(graph.edges(.chairs).map { "\(graph[$0.source]!.label)→\(graph[$0.target]!.label)" } == ["汪群→全县防汛工作调度会"])
    }
}
