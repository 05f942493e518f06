import Testing
@testable import ChronicleCore

/// Quotes that a meeting's directive wards off, hands out as a part to play or gives as
/// the theme of an activity are no measures (the genre's reports and the 2022 news sheet
/// of seed 31). Sentences written for these tests.
@Suite struct AvoidedQuoteRuleTests {
    static func measures(_ text: String) -> Set<String> {
        NewsAuditRuleTests.measures(NewsAuditRuleTests.item("17日，县委召开常委会会议。会议要求，" + text))
    }

    @Test(arguments: [
        "各级干部要力戒“表态多、落实少”。",  // warded off, right after 力戒
        "节日期间要严防“节前松、节后散”。",  // 严防
        "医务人员要坚决拒收“红包”。",  // refused
        "要防止以会议贯彻会议，更不能“以文件落实文件”。",  // must not be
        "各乡镇决不允许出现“半拉子”工程。",  // 决不允许出现
        "乡镇党委书记要当好抓基层党建的“一线指挥员”。",  // a part played (当好 … the quote; 一 no formula)
        "全县要当好全市经济发展的“主引擎”。",  // a part played
        "乡镇党委书记要当好“施工队长”，深入一线。",
        "支部要围绕“奋进新时代、建功新征程”主题开展研讨。",  // what an activity is about
        "要防止学用“两张皮”。",  // a count of things: a metaphor, after 防止
        "要注意“蝴蝶效应”。",  // an effect
        "要做好防御台风“海燕”工作。",  // a storm's name
        "要了解空军“雄鹰”战斗机的服役情况。",  // a warplane
        "要了解“海神”级潜艇的技术参数。",  // a ship's class
        "要警惕对方袭击我方“长城”目标。",  // a target attacked
    ])
    func quotesThatNameNoMeasure(_ text: String) {
        #expect(Self.measures(text).isEmpty, "\(Self.measures(text))")
    }

    @Test(arguments: [
        ("要严防“四风”反弹回潮。", "四风"),  // counted: a campaign's targets
        ("各级干部要当好“三个表率”。", "三个表率"),  // counted
        ("要启动“五个一”主题活动。", "五个一"),  // a campaign named, not a theme gone around
        // 力戒 wards off something else, well before the quote.
        ("要将力戒形式主义纳入“清廉机关”创建。", "清廉机关"),
        ("要力争做到“田间无积水”目标。", "田间无积水"),  // 力争做到: no part played
        ("要打好“秋冬攻坚”战，确保完成任务。", "秋冬攻坚"),  // 战 ending its word: a battle campaign
    ] as [(String, String)])
    func quotesThatStillNameAMeasure(_ text: String, label: String) {
        #expect(Self.measures(text) == [label], "\(Self.measures(text))")
    }

    /// A quote opposed (反对) is no measure, unless it counts a formula — a campaign's
    /// targets, in the line of a local meeting that directs; in a story it is a thing
    /// condemned.
    @Test func anOpposedQuoteIsAMeasureOnlyAsACountedFormulaInADirectingMeeting() {
        #expect(Self.measures("党员干部要坚决反对“四风”，驰而不息改进作风。") == ["四风"])
        #expect(Self.measures("要坚决反对“脱钩断链”。").isEmpty)
        #expect(Self.measures("要旗帜鲜明反对“躺平”。").isEmpty)
        let story = NewsAuditRuleTests.measures(NewsAuditRuleTests.item("外交部发言人17日表示，中方坚决反对“两个中国”，反对“四风”的提法同样适用。"))
        #expect(story.isEmpty, "\(story)")
    }

    /// 战 after a quote names a battle campaign only ending its word (news: “台风”战斗机,
    /// “高强度”战斗阶段, 像一颗“钢钉”铆在战位上 are none).
    @Test(arguments: ["英国空军两架“飓影”战斗机昨天起飞。", "对方称“高烈度”战斗阶段已经结束。", "战士们要像一颗“螺丝钉”铆在战位上。"])
    func battleInsideAnotherWordNamesNoMeasure(_ text: String) {
        let found = NewsAuditRuleTests.measures(NewsAuditRuleTests.item(text + "“" + text.split(separator: "“")[1].split(separator: "”")[0] + "”再次出现。"))
        #expect(found.isEmpty, "\(found)")
    }
}

/// A dated meeting named with its decision (经…会议研究，决定…) sets what the rest of the
/// sentence launches, whatever the report's own day (b19). Sentences written for this test.
@Suite struct MeetingDecisionRuleTests {
    @Test func aMeetingsDecisionSetsWhatTheSentenceLaunches() {
        let text = """
            某局召开会议
            2021年3月20日
            3月8日，全省安全生产电视电话会议召开，局长主持会议。为贯彻落实会议精神，经3月16日局党组会议研究，决定自即日起至9月30日，在全系统开展安全“三查三改”专项行动。
            """
        let graph = ExtractionRuleTests.extract(text)
        #expect(ExtractionRuleTests.edges(graph, .sets) == ["局党组会议→三查三改"], "\(ExtractionRuleTests.firstStated(graph))")
        // Without the decision the report's own meeting first states it.
        let stated = ExtractionRuleTests.extract(text.replacingOccurrences(of: "经3月16日局党组会议研究，决定", with: "各单位要"))
        #expect(!ExtractionRuleTests.edges(stated, .sets).contains("局党组会议→三查三改"))
    }
}
