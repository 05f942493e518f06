import Testing
@testable import ChronicleCore

/// A meeting named inside what another conveys (传达学习了市委常委会9月1日召开的会议
/// 精神) is a dated event of its own, conveyed by the meeting that reports it — not the
/// event its sentence reports on. Sentences written for these tests in the genre's style.
@Suite struct ConveyedMeetingTests {
    static func extract(_ text: String) -> Graph {
        Extractor(referenceDate: CalendarDate(iso: "2024-12-31")).extract(TextDocument(path: "t.txt", text: text)).graph
    }

    static func events(_ graph: Graph) -> [String] {
        graph.nodes(ofType: .event).sorted { ($0.date!, $0.label) < ($1.date!, $1.label) }.map { $0.date!.iso + " " + $0.label }
    }

    static func edges(_ graph: Graph, _ relation: Relation) -> [String] {
        graph.edges(relation).map { "\(graph[$0.source]!.label)→\(graph[$0.target]!.label)" }.sorted()
    }

    /// What an undated reference conveys, weighed against meetings alike in name: a
    /// doctrine (…思想) is no meeting, nor the seminar named after it; 中央经济工作会议 is not
    /// 中央政法工作会议; a party congress (党的十九大) is not its committee's plenum.
    @Test(arguments: [
        ("2024年1月10日，学习宣传贯彻习近平新时代中国特色社会主义思想研讨会在京举行。", "学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神"),
        ("2024年1月10日，中央政法工作会议在京召开。", "中央经济工作会议精神"),
        ("2024年1月10日，党的十九届二中全会在京召开。", "党的十九大精神"),
    ])
    func anUndatedReferenceConveysNoMeetingOnlyAlikeInName(_ first: String, _ conveyed: String) {
        let graph = Self.extract(first + "\n2024年2月12日，县委常委会召开会议，传达学习\(conveyed)。")
        #expect(Self.edges(graph, .conveys).isEmpty, "\(Self.edges(graph, .conveys))")
        let named = Self.extract("2024年1月10日，中央经济工作会议在京召开。\n2024年2月12日，县委常委会召开会议，传达学习习近平经济思想和中央经济工作会议精神。")
        #expect(Self.edges(named, .conveys) == ["县委常委会会议→中央经济工作会议"], "\(Self.edges(named, .conveys))")
        // A plenum named without its term is still the plenum (三中全会 of 二十届三中全会).
        let plenum = Self.extract("中国共产党第二十届中央委员会第三次全体会议，于2024年7月15日至18日在北京举行。\n2024年7月24日，县委常委会召开会议，要求全县上下学好贯彻好三中全会精神。")
        #expect(Self.edges(plenum, .conveys) == ["县委常委会会议→中国共产党第二十届中央委员会第三次全体会议"], "\(Self.edges(plenum, .conveys))")
    }

    /// A speech on a tour (…在某地考察时的重要讲话精神) conveys the tour when the text dates it;
    /// a speech at a study session or on a tour's topic names no meeting that shares its words.
    @Test func aSpeechOnATourConveysTheTourAndNothingElse() {
        let tour = Self.extract("8月12日，县委常委会召开会议，传达学习习近平总书记8月7日在甘肃考察时的重要讲话精神。")
        #expect(Self.events(tour) == ["2024-08-07 习近平在甘肃考察", "2024-08-12 县委常委会会议"])
        #expect(Self.edges(tour, .conveys) == ["县委常委会会议→习近平在甘肃考察"])
        let study = Self.extract("""
            8月2日，中共中央政治局召开会议，研究部署防汛工作。
            8月12日，县委常委会召开会议，传达学习习近平总书记在中央政治局第十六次集体学习时的重要讲话精神。
            """)
        #expect(Self.edges(study, .conveys).isEmpty, "\(Self.edges(study, .conveys))")
        let topic = Self.extract("""
            8月2日，县委召开疫情防控工作会议。
            8月12日，县委常委会召开会议，传达学习习近平总书记在湖北考察疫情防控工作时的重要讲话精神。
            """)
        #expect(Self.edges(topic, .conveys).isEmpty, "\(Self.edges(topic, .conveys))")
    }

    /// An instruction conveyed with its day (…6月10日对防汛工作作出的批示精神) is an event of
    /// its author's, conveyed — named as 作出批示 names it, without 的.
    @Test(arguments: [
        ("8月12日，县委常委会召开会议，传达学习习近平总书记8月10日对防汛工作作出的重要指示精神。", "2024-08-10 习近平重要指示"),
        ("8月12日，县委常委会召开会议，传达学习省委书记王宁8月10日对防汛工作作出的批示精神。", "2024-08-10 王宁批示"),
    ] as [(String, String)])
    func aDatedInstructionConveyed(_ text: String, instruction: String) {
        let graph = Self.extract(text)
        #expect(Self.events(graph) == [instruction, "2024-08-12 县委常委会会议"])
        #expect(Self.edges(graph, .conveys) == ["县委常委会会议→" + String(instruction.dropFirst(11))])
    }

    @Test func aMeetingConveyedInALaterSentence() {
        let graph = Self.extract("""
            区委常委会召开会议
            9月3日，区委常委会召开会议，区委书记吴刚主持会议。会议同时传达学习了市委常委会9月1日召开的会议精神。会议要求，要落实“四个到位”。
            """)
        #expect(Self.events(graph) == ["2024-09-01 市委常委会会议", "2024-09-03 区委常委会会议"])
        #expect(Self.edges(graph, .conveys) == ["区委常委会会议→市委常委会会议"])
        #expect(Self.edges(graph, .chairs) == ["吴刚→区委常委会会议"])
        // What the later sentences say belongs to the meeting that conveys.
        // (要落实 puts nothing forward: the meeting is where it is first seen.)
        #expect(Self.edges(graph, .firstSeen) == ["区委常委会会议→四个到位"])
        #expect(graph.nodes(ofType: .organization).map(\.label).sorted() == ["区委常委会", "市委常委会"])
    }

    /// A reference that names its level (`镇教育实践活动推进会`) weighs a meeting of that level
    /// (`全镇…推进会`) before one of another (`全县教育实践活动推进会`), however alike in name.
    @Test func aReferenceNamingItsLevelPrefersAMeetingOfThatLevel() {
        let graph = Self.extract("""
            镇里推进教育实践活动
            9月9日，全县教育实践活动推进会召开。9月12日上午，镇党委书记苏立航主持召开全镇党的群众路线教育实践活动推进会，传达学习9月9日全县教育实践活动推进会精神。
            9月15日下午，桃源村党支部书记韩德林主持召开村“两委”扩大会议，传达学习镇教育实践活动推进会精神。
            """)
        #expect(Self.edges(graph, .conveys) == ["全镇党的群众路线教育实践活动推进会→全县教育实践活动推进会", "村“两委”扩大会议→全镇党的群众路线教育实践活动推进会"], "\(Self.edges(graph, .conveys))")
    }

    @Test func aMeetingConveyedInTheSameSentence() {
        let graph = Self.extract("5月10日，县长黄磊主持召开县政府常务会议，传达学习省政府5月6日召开的全省安全生产电视电话会议精神。")
        #expect(Self.events(graph) == ["2024-05-06 全省安全生产电视电话会议", "2024-05-10 县政府常务会议"])
        #expect(Self.edges(graph, .conveys) == ["县政府常务会议→全省安全生产电视电话会议"])
        #expect(Self.edges(graph, .chairs) == ["黄磊→县政府常务会议"])
    }

    @Test func aMeetingHeldIsStillReported() {
        // Not inside a convey verb's object: the sentence reports on this meeting.
        let graph = Self.extract("7月2日，镇党委召开的防汛工作会议要求，严格落实“四个到位”。")
        #expect(Self.events(graph) == ["2024-07-02 镇党委防汛工作会议"])
        #expect(Self.edges(graph, .firstSeen) == ["镇党委防汛工作会议→四个到位"])
    }

    @Test func aDatedMeetingNamedOnlyInAReference() {
        let graph = Self.extract("10月25日，区长马骏主持召开区政府第十二次常务会议，传达学习10月21日市政府常务会议精神和市委十三届八次全会精神。")
        // The plenum has no day written: no event for it.
        #expect(Self.events(graph) == ["2024-10-21 市政府常务会议", "2024-10-25 区政府第十二次常务会议"])
        #expect(Self.edges(graph, .conveys) == ["区政府第十二次常务会议→市政府常务会议"])
        let referred = graph.nodes(ofType: .event).first { $0.label == "市政府常务会议" }
        #expect(referred?.properties["referred"] == .bool(true))
        #expect(referred?.properties["rule"] == .string("event:dated-conveyed-meeting"))
        #expect(Self.edges(graph, .chairs) == ["马骏→区政府第十二次常务会议"])
    }

    @Test func aStudyGroupsNameIsNotAConveyedMeeting() {
        // 学习 inside 理论学习中心组 is no convey verb's object; 学习领会 is one chain.
        let graph = Self.extract("省委理论学习中心组12月9日举行学习会，认真学习领会12月6日中共中央政治局会议精神。省委书记刘宁主持并讲话。")
        #expect(Self.events(graph) == ["2024-12-06 中共中央政治局会议", "2024-12-09 省委理论学习中心组学习会"])
        #expect(Self.edges(graph, .conveys) == ["省委理论学习中心组学习会→中共中央政治局会议"])
        #expect(Self.edges(graph, .chairs) == ["刘宁→省委理论学习中心组学习会"])
    }

    static let conveying = "8月21日，省长陈明主持召开省政府常务会议，传达学习8月18日中央政治局会议精神。"
    static let report = "8月18日，中共中央政治局召开会议，分析研究当前经济形势。"

    @Test func theReportNamesTheMeetingNotTheReference() {
        let graph = Self.extract(Self.conveying + "\n" + Self.report)
        #expect(Self.events(graph) == ["2024-08-18 中共中央政治局会议", "2024-08-21 省政府常务会议"])
        let meeting = graph.nodes(ofType: .event).first { $0.date?.iso == "2024-08-18" }
        #expect(meeting?.id == "e-2024-08-18-中共中央政治局会议")
        #expect(meeting?.aliases.contains("中央政治局会议") == true)
        #expect(meeting?.properties["referred"] == nil)
        #expect(Self.edges(graph, .conveys) == ["省政府常务会议→中共中央政治局会议"])
    }

    @Test func acrossDocumentsTheReportNamesItInEitherOrder() {
        let extractor = Extractor(referenceDate: CalendarDate(iso: "2024-12-31"))
        let a = TextDocument(path: "a.txt", text: Self.conveying), b = TextDocument(path: "b.txt", text: Self.report)
        for documents in [[a, b], [b, a]] {
            let graph = extractor.extract(documents).graph
            #expect(Self.events(graph) == ["2024-08-18 中共中央政治局会议", "2024-08-21 省政府常务会议"])
            #expect(graph.nodes(ofType: .event).first { $0.date?.iso == "2024-08-18" }?.properties["referred"] == nil)
            #expect(Self.edges(graph, .conveys) == ["省政府常务会议→中共中央政治局会议"])
        }
    }

    /// (reference, the name it is resolved by)
    @Test(arguments: [
        ("市委常委会9月1日召开的会议精神", "市委常委会会议"),
        ("8月18日中共中央政治局会议精神", "中共中央政治局会议"),
        ("省委常委会8月5日至6日举行的扩大会议精神", "省委常委会扩大会议"),
        ("习近平总书记在中央全面依法治国委员会第三次会议上的重要讲话精神", "中央全面依法治国委员会第三次会议"),
        ("党的二十届三中全会精神", "党的二十届三中全会"),
        ("十二月一日全省经济工作会议精神", "全省经济工作会议"),
        // A day told from the narration's, and the part of it: the time layer dates them.
        ("前一天党风廉政建设暨行风建设工作会议精神", "党风廉政建设暨行风建设工作会议"),
        ("当天下午全省防汛救灾工作紧急视频会议精神", "全省防汛救灾工作紧急视频会议"),
        ("7月9日晚上全市防汛工作视频调度会精神", "全市防汛工作视频调度会"),
        ("同日上午县委常委会会议精神", "县委常委会会议"),
        ("上午调研座谈会精神", "调研座谈会"),
        ("本周一街道党工委会议精神", "街道党工委会议"),
    ] as [(String, String)])
    func referenceNames(_ reference: String, _ name: String) {
        #expect(EventReference.name(reference) == name)
    }

    /// A study list's item naming a yearly meeting is the last one held before the notice
    /// (not the first of the archive), whichever document arrives first.
    @Test func aStudyListItemNamesTheLatestOfAYearlyMeeting() {
        let documents = [
            TextDocument(path: "a.txt", text: "2022年3月1日，全省教育工作会议在省城召开。副省长王建平出席会议并讲话。\n"),
            TextDocument(path: "b.txt", text: "2023年3月2日，全省教育工作会议在省城召开。副省长王建平出席会议并讲话。\n"),
            TextDocument(path: "c.txt", text: """
                关于召开院党委理论学习中心组第一次学习的通知

                经院党委研究，决定召开2024年院党委理论学习中心组第一次学习，现将具体事宜通知如下。
                一、时间
                2024年3月12日
                二、学习内容
                1.全省教育工作会议精神；
                2.习近平总书记关于教育的重要论述。

                党委办公室
                2024年3月5日
                """),
        ]
        for order in [documents, documents.reversed()] {
            let graph = Extractor(referenceDate: CalendarDate(iso: "2024-12-31")).extract(Array(order)).graph
            let conveyed = graph.edges(.conveys).compactMap { graph[$0.target] }.map { $0.date!.iso + " " + $0.label }
            #expect(conveyed == ["2023-03-02 全省教育工作会议"], "\(conveyed)")
        }
    }

    /// A notice under a red header, its title on two lines, then its address line and a
    /// paragraph opening on a date: the paragraph is the notice's text (not a report of its
    /// own), the notice is signed below, and its title's 学习贯彻…精神 conveys each meeting it
    /// names. A gathering it asks for by a deadline (4月底前) is not dated by the deadline, and
    /// nobody chairs the notice.
    @Test func aNoticeUnderItsAddressLineConveysTheMeetingsItsTitleNames() {
        let text = """
            中共青石县委办公室文件

            青办发〔2022〕14号

            关于认真学习贯彻全市乡村振兴工作会议
            和县委十五届三次全会精神的通知

            各乡镇党委，县直各单位：

            4月6日，全市乡村振兴工作会议在市区召开。4月12日，县委十五届三次全会在县城召开，县委书记柯文远主持会议。为把两次会议精神传达到全县党员干部，经4月15日县委常委会研究同意，现就有关事项通知如下。

            一、各乡镇党委要在4月底前召开党委会，传达学习两次会议精神。全市乡村振兴工作会议是一次重要会议，副市长方立成主持会议。

            二、县委决定，在全县开展“百村示范”行动。

            中共青石县委办公室
            2022年4月18日
            """
        let graph = Extractor(referenceDate: CalendarDate(iso: "2022-04-30")).extract(TextDocument(path: "n.txt", text: text)).graph
        let notice = "关于认真学习贯彻全市乡村振兴工作会议和县委十五届三次全会精神的通知"
        #expect(Self.events(graph) == ["2022-04-06 全市乡村振兴工作会议", "2022-04-12 县委十五届三次全会", "2022-04-15 县委常委会", "2022-04-18 " + notice], "\(Self.events(graph))")
        #expect(Self.edges(graph, .conveys) == [notice + "→全市乡村振兴工作会议", notice + "→县委十五届三次全会"], "\(Self.edges(graph, .conveys))")
        // Nobody chairs a notice: a chair its body tells of is another meeting's.
        #expect(Self.edges(graph, .chairs) == ["柯文远→县委十五届三次全会"], "\(Self.edges(graph, .chairs))")
        // The title's two lines are the evidence of what it conveys.
        let evidence = graph.edges(.conveys).flatMap(\.evidence).map(\.text)
        #expect(evidence.contains { $0.contains("关于认真学习贯彻全市乡村振兴工作会议") && $0.contains("和县委十五届三次全会精神的通知") }, "\(evidence)")
    }
}
