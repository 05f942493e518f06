import Testing
@testable import ChronicleCore
import ChronicleTestSupport

/// Rules made stricter from a census of a development year's measures (120 drawn from a
/// store of all 2022 news, read by a helper: `Benchmarks/audits/news-2022-seed41-measures-marked.md`),
/// and documents a body issued, recalled by their month or printed after the notice that
/// issues them. Every sentence is written for these tests — other bodies, places and
/// slogans — none copied from a corpus.
@Suite struct MeasureCensusRuleTests {
    static func measures(_ text: String, title: String = "测试条目") -> Set<String> {
        NewsAuditRuleTests.measures(NewsAuditRuleTests.item(text, title: title))
    }

    /// A gathering named by the quote, themes and sections listed, a manner, things counted
    /// playing a role, a body, apps and challenges: no measures. A count of dockings
    /// (三对接) and a campaign's name stay measures.
    @Test(arguments: [
        ("国家副主席17日在“一个地球”峰会高级别会议上发表视频致辞。", "副主席在“一个地球”峰会上致辞", [] as Set<String>),
        ("本届年会今天开幕，年会围绕“科技赋能乡村振兴”、“数字经济助力发展”等四大板块开展专题活动。", "测试条目", []),
        ("南方省派出30个“一对一”工作组，深入田间指导秋播。", "测试条目", []),
        ("17日，市委召开会议。会议要求，要推动专业设置与产业需求“三对接”，要发挥政府和市场“两只手”的作用，要选优配强村“两委”班子。", "测试条目", ["三对接"]),
        ("有关负责人介绍，要推出“掌上办”“一网通”等应用。", "测试条目", ["掌上办"]),
        ("17日，市委召开会议。会议要求，开展“百日攻坚”专项行动。", "测试条目", ["百日攻坚"]),
        // (销号 closes a ledger's item: no craft, as “海燕一号” is.)
        ("17日，市委召开会议。会议要求，对问题实行“对账销号”管理，“海燕一号”科考船下月起航。", "测试条目", ["对账销号"]),
        // A consultation's theme, a question named, an atmosphere.
        ("全国政协17日在京召开双周协商座谈会，围绕“推进城乡供水一体化”协商议政。", "全国政协召开双周协商座谈会 围绕“推进城乡供水一体化”协商议政", []),
        ("会议强调，各国要共同破解“粮从哪里来、粮往哪里去”这一时代课题。", "测试条目", []),
        ("17日，县委召开会议。会议要求，要在全县营造“比学赶超、奋勇争先”的氛围。", "测试条目", []),
    ] as [(String, String, Set<String>)])
    func quotesNamingOtherThings(_ text: String, title: String, expected: Set<String>) {
        let found = Self.measures(text, title: title)
        #expect(found == expected, "\(found)")
    }

    /// A setting verb right before 的 names the quote as what a meeting put forward (会议确定的
    /// “…”): a point of its own. Not 决策部署的“…” (部署 inside a noun), nor an operation
    /// someone launched (发起的“…”军事行动).
    @Test(arguments: [
        ("17日，县政府召开常务会议。会议听取了今年3月常务会议确定的“十件民生实事”进展情况汇报。", ["十件民生实事"] as Set<String>),
        ("17日，县政府召开常务会议。会议听取了今年3月常务会议的“十件民生实事”进展情况汇报。", []),
        ("会议强调，中央和国家机关是贯彻落实党中央决策部署的“最初一公里”。", []),
        ("以军9日加大了向该地带发起的“沙漠之盾”军事行动的力度。", []),
    ] as [(String, Set<String>)])
    func aQuoteNamedAsPutForward(_ text: String, expected: Set<String>) {
        let found = Self.measures(text)
        #expect(found == expected, "\(found)")
    }

    /// 去年8月，县委、县政府出台《…》: a document issued, an event of that month, what it
    /// states its own; 出台 told of policies in general (no title, no time) is no event.
    @Test func aDocumentIssuedInAMonthRecalled() {
        let report = Extractor().extract(TextDocument(path: "t.txt", text: """
            2月7日，南方县召开民营企业家座谈会。县委书记王明在讲话中说，去年8月，县委、县政府出台《南方县优化营商环境十条措施》，明确对守法经营企业实行涉企检查“无事不扰”。他要求，各部门要严格执行“无事不扰”。

            南方县委办公室
            2023年2月8日
            """)).graph
        let events = NewsAuditRuleTests.events(report)
        #expect(events.contains("2022-08 南方县优化营商环境十条措施"), "\(events)")
        let issued = report.nodes(ofType: .event).first { $0.label == "南方县优化营商环境十条措施" }
        let first = report.edges.filter { $0.target == NodeID("m-无事不扰") && ($0.relation == .sets || $0.relation == .firstSeen) }
        #expect(first.map(\.source) == [issued?.id].compactMap { $0 }, "\(first)")
        let general = NewsAuditRuleTests.events(NewsAuditRuleTests.item("记者了解到，其他地级以上城市全部出台实施方案，介绍出台《十条措施》后取得的成效。"))
        #expect(general.isEmpty, "\(general)")
    }

    /// 县推进会提出…: the whole county's meeting conveyed the sentence before, named short by
    /// its level's character and its kind, puts the measure forward — not the report's meeting.
    @Test func aConveyedMeetingNamedShortSetsWhatItProposed() {
        let graph = NewsAuditRuleTests.item("6月15日，县委召开常委会会议，传达学习了6月12日全县乡村振兴工作推进会精神。县推进会提出，要按照“谋划一批、推进一批”的“两个一批”要求推进项目建设。")
        let conveyed = graph.nodes(ofType: .event).first { $0.label == "全县乡村振兴工作推进会" }
        let first = graph.edges.filter { $0.target == NodeID("m-两个一批") && ($0.relation == .sets || $0.relation == .firstSeen) }
        #expect(conveyed != nil && first.map(\.source) == [conveyed!.id], "\(first)")
    }

    /// A farewell held for a guest (为X举行隆重欢送仪式), as a welcome is: the guest attends
    /// (a headline check's miss of the development years).
    @Test func theGuestOfAFarewellAttends() {
        let graph = NewsAuditRuleTests.item("当地时间17日下午，国家主席王明结束对南方国的国事访问。离开前，南方国国王阿卜杜拉在王宫广场为王明举行隆重欢送仪式。")
        let farewell = graph.nodes(ofType: .event).first { $0.label.hasSuffix("欢送仪式") }
        let attends = graph.edges.filter { $0.relation == .attends && $0.source == NodeID("p-王明") }
        #expect(farewell != nil && attends.map(\.target) == [farewell!.id], "\(NewsAuditRuleTests.events(graph)) \(attends)")
    }

    /// A notice holds no meeting: a paragraph of its body opening with the conveyed meeting's
    /// name tells of that meeting, and its 会议提出 is that meeting's (not the notice's).
    @Test func aNoticesParagraphOnTheMeetingItConveys() {
        let graph = Extractor().extract(TextDocument(path: "t.txt", text: """
            关于认真学习贯彻全市农村工作会议精神的通知

            各乡镇党委：

            3月2日至3日，全市农村工作会议在市区召开。为把会议精神传达到全县党员干部，现就有关事项通知如下。

            一、充分认识会议的重要意义

            全市农村工作会议是在乡村振兴关键时期召开的一次重要会议。市委书记王明出席会议并讲话。会议强调，要把“三农”工作放在重中之重的位置。会议提出，在全市实施“千村百镇”提升工程，力争三年见效。各乡镇要结合实际抓好落实。

            中共南方县委办公室
            2023年3月10日
            """)).graph
        let meeting = graph.nodes(ofType: .event).first { $0.label == "全市农村工作会议" }
        let first = graph.edges.filter { $0.target == NodeID("m-千村百镇") && ($0.relation == .sets || $0.relation == .firstSeen) }
        #expect(meeting != nil && first.map(\.source) == [meeting!.id], "\(NewsAuditRuleTests.events(graph)) \(first)")
    }

    /// A notice's section headed by the meeting's spirit (一、会议主要精神) tells what the
    /// preamble's meeting said — its speaker's words and 会议要求 are that meeting's; a list
    /// a dated earlier meeting decided (经3月8日局党组会议研究，…提出以下措施：) is that
    /// meeting's, up to the next section; a section on carrying the spirit out
    /// (三、认真学习贯彻会议精神) is the notice's own. The preamble's body named before its
    /// bracketed note (水务局党组召开（扩大）会议) names the meeting.
    @Test func aNoticesSectionsTellTheMeetingTheirHeadingNames() {
        let graph = Extractor().extract(TextDocument(path: "t.txt", text: """
            中共南方县水务局党组关于认真学习贯彻市水务局党组（扩大）会议精神的通知

            各股室、各直属单位：

            3月5日上午，市水务局党组召开（扩大）会议，研究部署全市河湖治理工作。市水务局局长周海主持会议并讲话。为贯彻落实会议精神，现将有关事项通知如下。

            一、会议主要精神

            （一）做到“三个到河”。周海在讲话中提出，全系统要做到“三个到河”，做到人员到河、责任到河、措施到河。

            二、我局贯彻落实措施

            经3月8日局党组会议研究，结合我局实际，提出以下措施：

            1.推行“一河一档”管理。每条河流建立一本档案，由河道站牵头。

            三、认真学习贯彻会议精神

            各股室要对照“三个到河”要求抓好落实，推行“双河长”巡查制度。

            中共南方县水务局党组
            2023年3月10日
            """)).graph
        func setter(_ measure: String) -> String? {
            graph.edges.first { $0.target == NodeID("m-" + measure) && ($0.relation == .sets || $0.relation == .firstSeen) }.flatMap { graph[$0.source]?.label }
        }
        #expect(setter("三个到河") == "市水务局党组（扩大）会议", "\(NewsAuditRuleTests.events(graph))")
        #expect(setter("一河一档") == "局党组会议")
        #expect(setter("双河长")?.hasSuffix("的通知") == true)
    }

    /// A notice's study arrangements listed by number (`三、学习安排 1.3月8日下午3时，局党组理论学习
    /// 中心组召开专题学习会，…集中学习…会议精神`): the gathering an item dates is an event, held by
    /// the body before its verb, and conveys the meeting it studies.
    @Test func aNoticesNumberedArrangementDatesAGathering() {
        let graph = Extractor().extract(TextDocument(path: "t.txt", text: """
            中共南方县水务局党组关于认真学习贯彻市水务局党组（扩大）会议精神的通知

            各股室、各直属单位：

            3月5日上午，市水务局党组召开（扩大）会议，研究部署全市河湖治理工作。为贯彻落实会议精神，现将有关事项通知如下。

            一、学习安排

            1.3月8日下午3时，局党组理论学习中心组召开专题学习会，由局长陈江主持，集中学习市水务局党组（扩大）会议精神。

            中共南方县水务局党组
            2023年3月6日
            """)).graph
        let study = graph.nodes(ofType: .event).first { $0.label == "局党组理论学习中心组专题学习会" }
        #expect(study?.date?.iso == "2023-03-08", "\(NewsAuditRuleTests.events(graph))")
        #expect(graph.edges(.conveys).contains { $0.source == study?.id && graph[$0.target]?.label == "市水务局党组（扩大）会议" })
    }

    /// A notice cut off right after its gathering verb — the file ends on 召开 or 召开（ — is
    /// read to its end without a fault (the bracketed-name rule above looks one character on).
    @Test(arguments: ["经研究，决定召开", "经研究，决定召开（", "经研究，决定于3月9日举行"])
    func aNoticeCutOffAfterItsVerbIsRead(_ ending: String) {
        let graph = Extractor().extract(TextDocument(path: "t.txt", text: "关于召开会议的通知\n各单位：\n2023年3月2日\n" + ending)).graph
        #expect(graph.nodes(ofType: .event).allSatisfy { !$0.label.isEmpty })
    }

    /// 关于印发《X》的通知, signed, then X printed after it: what X says is the notice's
    /// (also where the plan's preamble recalls an undated plenum, which left its article
    /// without an event before: b27's notice, whose case these sentences do not rebuild).
    @Test func aPlanPrintedAfterItsNoticeIsTheNotices() {
        let graph = Extractor().extract(TextDocument(path: "t.txt", text: """
            南方市水务局关于印发《南方市“碧水长清”三年行动方案》的通知

            各县（市、区）水务局：

            现将《南方市“碧水长清”三年行动方案》印发给你们，请认真贯彻落实。

            南方市水务局
            2021年3月19日

            南方市“碧水长清”三年行动方案

            一、总体目标
            在全市组织开展为期三年的“碧水长清”行动。
            二、重点任务
            推行“一河一档一策”，对全市主要河流逐一建立档案。
            """)).graph
        let notice = graph.nodes(ofType: .event).first { $0.date?.iso == "2021-03-19" }
        #expect(notice != nil, "\(NewsAuditRuleTests.events(graph))")
        let first = graph.edges.filter { $0.target == NodeID("m-一河一档一策") && ($0.relation == .sets || $0.relation == .firstSeen) }
        #expect(first.map(\.source) == [notice?.id].compactMap { $0 }, "\(first)")
    }
}
