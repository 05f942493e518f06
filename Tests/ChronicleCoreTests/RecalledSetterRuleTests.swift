import Testing
@testable import ChronicleCore
import ChronicleTestSupport

/// Meetings a report recalls or conveys: which earlier one put a measure forward —
/// `在会上` / `在推进会上` pointing back to a meeting told before, a recalled meeting as the
/// subject of the clauses after it, and never a meeting of another level of the same kind;
/// a local meeting recalled by its month; what a conveyed meeting's own name conveys; and
/// 学习 inside a name, which conveys nothing. Every sentence is written for these tests — other bodies, places and slogans — none
/// copied from a corpus.
@Suite struct RecalledSetterRuleTests {
    /// The label of the event that sets (or is first seen with) `measure`, or nil.
    static func setter(_ text: String, _ measure: String) -> String? {
        let graph = Extractor().extract(TextDocument(path: "t.txt", text: "工作动态\n2023年6月30日\n" + text + "\n")).graph
        let edge = graph.edges.first { $0.target == NodeID("m-" + measure) && ($0.relation == .sets || $0.relation == .firstSeen) }
        return edge.flatMap { graph[$0.source]?.label }
    }

    @Test(arguments: [
        // 在会上 after a meeting named earlier in the sentence (as its subject, no mention of its own).
        ("6月2日，全市城乡融合推进会在东湖召开。\n\n6月9日，县委书记陈立主持召开县委常委会会议，传达学习全市城乡融合推进会精神。会议指出，全市城乡融合推进会对今年工作作出了全面部署，市委在会上提出实施“千村共富、万户增收”工程，目标明确。",
         "千村共富、万户增收", "全市城乡融合推进会"),
        // 在推进会上提出的: the meeting named by its kind alone, the latest such before the report's.
        ("6月5日，全镇秋冬种生产推进会召开。\n\n6月8日，村党支部书记林海主持召开村民代表会议。林海结合镇里推进会的部署，解读了镇长许平在推进会上提出的“两清一种”工作任务。",
         "两清一种", "全镇秋冬种生产推进会"),
        // A dated meeting recalled as the sentence's subject: its verbs in the clauses after it.
        ("6月20日上午，区委书记魏东主持召开区委常委会会议。\n\n会议强调，5月28日召开的区委五届四次全会，明确了“一核三片”空间布局，即以老城为核心，以三个片区为支撑，并确定今年为全区“营商环境攻坚年”。要聚焦“营商环境攻坚年”，抓好各项工作。",
         "营商环境攻坚年", "区委五届四次全会"),
        // A kind alone as the subject of what it decided (常委会确定的“…”): the latest earlier
        // meeting of that kind, 会议 after it or not.
        ("6月2日上午，区委书记魏东主持召开区委常委会会议，研究部署夏粮收购工作。\n\n6月9日下午，全区夏粮收购工作推进会召开。副区长孔明指出，常委会确定的“满仓行动”已经全面展开。",
         "满仓行动", "区委常委会会议"),
        // 该会议 opening a sentence after an earlier meeting told: that meeting, not the report's.
        ("6月28日上午，区委党校春季主体班开班式举行。\n\n6月20日，区委常委会会议研究审定了培训方案。该会议确定，在全区推行“三色预警”管理机制。",
         "三色预警", "区委常委会会议"),
        // 在调度会上要求，…“…”: said at the conveyed meeting of that kind (…调度会议 too), in the
        // report of a meeting of another kind.
        ("6月30日上午，市水务局召开局党组会议，传达了28日全省防汛抗旱视频调度会议精神。副省长林朗在调度会上要求，各地对山塘水库要做到“三个到岗”，确保度汛安全。",
         "三个到岗", "全省防汛抗旱视频调度会议"),
        // 在会上 after a subject of its own clause, the article's first word of it, after a
        // sentence conveying one meeting: that meeting (the speaker reports what it decided).
        ("6月30日上午，县教育局召开局党组会议。会议首先传达了6月26日全市教育工作会议精神。局长周宁指出，市教育局在会上部署开展“护苗安学”专项行动，各校要抓好落实。",
         "护苗安学", "全市教育工作会议"),
        ("6月30日上午，县教育局召开局党组会议。会议首先传达了6月26日全市教育工作会议精神。他说，市教育局党组书记、局长钱江在会上要求，各县区要推行“一校一档”管理。",
         "一校一档", "全市教育工作会议"),
        // 那次会议提出…；同时决定推行“…”: the sentence after ；, going on without a subject of
        // its own, is that meeting's too.
        ("6月29日下午，县农业农村局召开党组扩大会议。局长方平回顾了6月2日局党组会议确定的重点工作。那次会议提出实施“百园千品”工程；同时决定推行“专家包村”制度，组织技术人员联系乡镇。",
         "专家包村", "局党组会议"),
        // A meeting named as the subject of 提出 puts the quote forward as its line, though
        // the quote has no shape of a slogan (协商在一线): a measure, that meeting's.
        ("6月29日上午，市政协党组召开扩大会议。他回顾说，4月23日召开的全市政协工作座谈会提出“协商进社区”，要求把协商平台搭到基层。",
         "协商进社区", "全市政协工作座谈会"),
        // A notice issuing the unit's own programme, the quote in its title after the unit's
        // name: the notice puts it forward that day (the headline quoting it is no earlier).
        ("“河湖清淤”专项行动推进会召开\n6月29日上午，县水利局召开“河湖清淤”专项行动推进会。会议通报了行动进展。据了解，3月1日，县水利局印发《柳河县“河湖清淤”专项行动实施方案》，在全县开展为期半年的清淤整治。",
         "河湖清淤", "柳河县“河湖清淤”专项行动实施方案"),
        // 会议讨论了拟提交全会审议的报告，研究提出“…”: the sentence's 会议 is the report's
        // meeting, the subject of the verb; the plenum told before is the object of 提交.
        ("6月20日至21日，中共柳河县委十二届四次全体（扩大）会议召开。\n\n6月24日，镇党委书记温平主持召开镇党委会议。会议讨论了拟提交全会审议的工作报告，研究提出“两清一增”工作思路。",
         "两清一增", "镇党委会议"),
        // 在该会上强调，…“…”: said at the meeting the sentence before conveyed.
        ("6月29日下午，市委召开常委会会议。会议传达了6月26日省委常委会会议精神。省委书记孔明在该会上强调，今年要突出“两稳两增”，扛稳责任。",
         "两稳两增", "省委常委会会议"),
        // A quote too weak alone (提出“…” once) states the measure the report makes of its
        // label elsewhere: the earlier inspection puts it forward.
        ("6月29日下午，市航运局召开安全生产视频会议。局长周海指出，要坚持“船岸联防”，让船舶在岸上有人盯。\n此前，6月27日，周海赴青江中游航段调研汛期航运安全。他在调研中首次提出“船岸联防”，要求各方建立联防机制。",
         "船岸联防", "周海赴青江中游航段调研"),
        // Quotes back to back share the verb before the first: the earlier meeting named short.
        ("6月2日，全省林业工作会议召开。\n\n6月9日，县林业局召开局务会议，传达学习全省林业工作会议精神。会议要求，按照全省会议提出的“护林、育林、用林”“三林并举”要求，抓好落实。",
         "三林并举", "全省林业工作会议"),
        // 对照区委部署的“…”: the one earlier event the body named held.
        ("6月5日，区委召开乡村振兴工作动员大会，区委书记宋和作动员讲话。\n\n6月12日，镇党委书记吴江主持召开镇党委会议。会议要求，对照区委部署的“三清两建”，逐项查找差距。",
         "三清两建", "乡村振兴工作动员大会"),
        // 在…会议上，someone 提出 a few words before the quote, the clause going on to it.
        ("6月20日，镇长韩青主持召开全镇茶产业座谈会。韩青指出，在3月6日召开的全县农业工作会议上，县委书记林森提出打造沿溪生态茶园和沿岭观光茶园的“两园共建”，各村要抓住机遇。",
         "两园共建", "全县农业工作会议"),
        // A sentence the text gives no event of its own still names the earlier meeting.
        ("6月20日上午，县环保局党组召开理论学习中心组学习会，传达学习6月16日全省生态环境工作推进会精神。\n\n据介绍，全省推进会提出，今年要打好“两水共治”攻坚战，全省断面优良比例要达到九成。",
         "两水共治", "全省生态环境工作推进会"),
        // Someone new to the article 在会上 right after a sentence opening with an earlier
        // meeting as its subject: said at that meeting.
        ("6月12日下午，县农业农村局局长马平主持召开局党组会议。会上，副局长周方传达了市委常委会会议精神。6月9日召开的市委常委会会议听取了全市耕地保护情况汇报。市委书记魏远在会上强调，要在全市推行“一地一码”管护制度，守牢耕地红线。",
         "一地一码", "市委常委会会议"),
    ])
    func anEarlierMeetingOfTheTextSetsIt(_ text: String, measure: String, expected: String) {
        #expect(Self.setter(text, measure) == expected)
    }

    /// 在推进会上提出，… in the report of a 推进会 (在调度会上 in a …调度会议's): the report's own
    /// meeting said it.
    @Test func aKindSaidAtInTheReportOfThatKindIsTheReportsOwn() {
        let text = "6月2日，全镇秋冬种生产推进会召开。\n\n6月29日上午，全镇防汛工作推进会召开，镇长许平在推进会上提出，各村要落实“两查一报”制度。"
        #expect(Self.setter(text, "两查一报") == "全镇防汛工作推进会")
        let dispatch = "6月2日，全镇秋冬种生产调度会议召开。\n\n6月29日上午，全镇防汛工作调度会议召开，镇长许平在调度会上提出，各村要落实“两查一报”制度。"
        #expect(Self.setter(dispatch, "两查一报") == "全镇防汛工作调度会议")
    }

    /// A meeting that reviews a document (研究审议《…》: its title quoted as earlier words)
    /// and then adopts it (审议通过了《…》) states the quote as its own; one that only
    /// studies an earlier speech's words states nothing of its own.
    @Test func aMeetingQuotingAndAdoptingStatesItsOwn() {
        let adopted = "6月28日上午，校党委书记闵钧主持召开党委常委会，研究审议《东湖学院“强师计划”实施方案》等事项。会议审议通过了《东湖学院“强师计划”实施方案》，决定印发实施。"
        #expect(Self.setter(adopted, "强师计划") == "党委常委会")
        let studied = "6月28日上午，校党委书记闵钧主持召开党委常委会，传达学习省委书记关于“强校十条”的重要论述。"
        #expect(Self.setter(studied, "强校十条") == nil)
    }

    /// A document issued before the report's meeting, told in passing in a paragraph of its
    /// report (为推动…，县委、县政府于1月20日印发《…》), holds its own sentence only: the
    /// speeches in the paragraphs after it are the meeting's; and a meeting that 接着召开
    /// the same afternoon is an event of its own.
    @Test func aDocumentToldInPassingHoldsOnlyItsSentence() {
        let text = """
            6月29日上午，中共柳河县委八届五次全体（扩大）会议在县会议中心召开。县委书记周平代表县委常委会作工作报告。

            报告指出，去年12月26日召开的市委经济工作会议提出实施“双百工程”。为推动项目建设，县委、县政府于6月2日印发《关于开展“项目攻坚年”活动的实施意见》，明确今年实施重点项目126个。

            周平强调，全县要坚持“四个一批”，做到签约一批、开工一批、投产一批、储备一批。

            当天下午，全县经济工作会议接着召开。会议由县长林江主持。
            """
        #expect(Self.setter(text, "四个一批") == "中共柳河县委八届五次全体（扩大）会议")
        let graph = Extractor().extract(TextDocument(path: "t.txt", text: "工作动态\n2023年6月30日\n" + text + "\n")).graph
        #expect(graph.nodes(ofType: .event).contains { $0.label == "全县经济工作会议" })
    }

    /// 在会上 by the report's own speaker, named before in the article: the report's meeting,
    /// though the sentence before conveyed another.
    @Test func atTheMeetingByTheReportsOwnSpeakerIsTheReportsMeeting() {
        let text = "6月30日上午，县教育局局长周宁主持召开局党组会议。会议首先传达了6月26日全市教育工作会议精神。会议指出，周宁在会上部署开展“护苗安学”专项行动，各校要抓好落实。"
        #expect(Self.setter(text, "护苗安学") == "局党组会议")
    }

    /// 对标市委…会议提出的“…”: not the report's own county meeting of the same kind — the
    /// city's is not in the report, so the measure is not set by the county's.
    @Test func aMeetingOfAnotherLevelIsNotTheOneRecalled() {
        let text = "3月2日，县委农村工作会议召开。\n\n6月12日，县委副书记赵明主持召开全县人居环境整治推进会。赵明要求，各乡镇要对标市委农村工作会议提出的“四美庭院”标准，扎实推进整治。"
        #expect(Self.setter(text, "四美庭院") != "县委农村工作会议")
    }

    /// A local body's meeting recalled by its month (今年3月召开…, 今年3月…推出的), its name
    /// holding no level word but opening with a local body's (全镇, 集团公司): an event of that
    /// month, which sets what it launched.
    @Test(arguments: [
        ("他指出，自今年3月召开全镇党史学习教育动员大会以来，各村坚持规定动作不走样。", "2023-03 全镇党史学习教育动员大会", nil as String?),
        ("他指出，今年3月集团公司作风建设大会推出的“双色督办”处置机制运行良好。", "2023-03 集团公司作风建设大会", "双色督办"),
    ])
    func aLocalMeetingRecalledByItsMonth(_ sentence: String, expected: String, measure: String?) {
        let graph = Extractor().extract(TextDocument(path: "t.txt", text: "工作动态\n2023年6月30日\n6月28日，镇党委书记王力主持召开镇党委会议。" + sentence + "\n")).graph
        let events = graph.nodes(ofType: .event).map { ($0.date?.iso ?? "") + " " + $0.label }
        #expect(events.contains(expected), "\(events)")
        if let measure { #expect(Self.setter("6月28日，镇党委书记王力主持召开镇党委会议。" + sentence, measure) == String(expected.dropFirst(8))) }
    }

    /// 学习 inside a campaign's or a group's name (党史学习教育, 理论学习中心组) studies
    /// nothing: no reference conveyed from it.
    @Test func studyInsideANameConveysNothing() {
        let text = "工作动态\n2023年6月30日\n6月28日，镇党委理论学习中心组举行集体学习。王力指出，要巩固拓展党史学习教育成果，推动各项工作。\n"
        let references = Extractor().documentGraph(TextDocument(path: "t.txt", text: text)).graph.references.map(\.text)
        #expect(!references.contains { $0.hasPrefix("教育") || $0.hasPrefix("中心组") }, "\(references)")
    }

    /// A meeting the report only conveys, whose own name studies an earlier meeting's spirit
    /// (…学习贯彻市委十届五次全会精神电视电话会议), conveys that meeting, as a reported one does.
    @Test func aConveyedMeetingNamedForAnotherConveysIt() {
        let text = "工作动态\n2023年10月30日\n10月20日，市委十届五次全会在临川召开。\n\n10月28日上午，院党委书记龚平主持召开院党委会议。会议传达学习了10月25日下午召开的全县卫生系统学习贯彻市委十届五次全会精神电视电话会议精神。\n"
        let graph = Extractor().extract(TextDocument(path: "t.txt", text: text)).graph
        let label = { (id: NodeID) in graph[id]?.label ?? "" }
        let conveys = Set(graph.edges(.conveys).map { label($0.source) + " → " + label($0.target) })
        #expect(conveys.contains("全县卫生系统学习贯彻市委十届五次全会精神电视电话会议 → 市委十届五次全会"), "\(conveys)")
    }
}

