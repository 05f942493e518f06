import Testing
@testable import ChronicleCore
import ChronicleTestSupport

/// Table-driven tests of the time layer: a text and a reference date in, every
/// expression found out, written compactly as `text→value[–end][ time][ (rule)]`.
@Suite struct TimeExpressionTests {
    static func found(_ text: String, reference: String? = "2020-02-09", rules: Bool = false) -> [String] {
        let normalizer = TimeNormalizer(referenceDate: reference.flatMap(CalendarDate.init(iso:)))
        let analysis = normalizer.analyze(TextDocument(path: "t.txt", text: text))
        return analysis.expressions.map { e in
            var out = e.text + "→" + (e.value?.iso ?? e.partialValue ?? "?")
            if let end = e.end { out += "–" + end.iso }
            if let time = e.timeOfDay { out += " " + time.rawValue }
            if rules { out += " (" + e.rule.rawValue + ")" }
            return out
        }
    }

    @Test(arguments: [
        // A day said aloud (14号) is a day before a time of day, …
        ("当地时间7号上午，总统在这里举行仪式。", ["7号上午→2020-02-07 morning"]),
        // … after 时间, and before a clause's end or an event's verb (2014 seed 1) …
        ("当地时间5号，峰会在这里开幕。", ["5号→2020-02-05"]),
        ("于7号闭幕的地区峰会通过了宣言。", ["7号→2020-02-07"]),
        ("两国外长3号在首都举行会谈。", ["3号→2020-02-03"]),
        // … or a speech's verb (2014: 劳尔·卡斯特罗20号发表讲话).
        ("该国领导人7号发表讲话，强调将坚持改革。", ["7号→2020-02-07"]),
        ("外交部发言人5号表示，双方将继续对话。", ["5号→2020-02-05"]),
        // … not a unit's number or a document's, a line or an ordinal.
        ("杜尚别2号热电厂已经并网发电。", []),
        ("认真贯彻落实19号文件精神。", []),
        ("地铁3号线今天开通。", ["今天→2020-02-09"]),
        ("会议审议第1号议案，编号为12号。", []),
        ("两国总理在唐宁街10号举行年度会晤。", []),
        // (A document's number under its red header: 内航办安〔2013〕27号.)
        ("内航办安〔2013〕27号，", []),
    ] as [(String, [String])])
    func aDaySaidAloudBeforeATimeOfDay(_ text: String, expected: [String]) {
        #expect(Self.found(text) == expected)
    }

    /// An item of a bulletin with no day of its own whose paragraph opens on 当天 goes on
    /// from the day the item before it was at (b19); a 当天 later in a line does not.
    /// A web page's publication line under a breadcrumb, a headline and a subtitle is the
    /// day the page speaks from: both its 昨天 are the day before it (b19).
    @Test func aPublicationLineUnderABreadcrumbIsTheDayThePageSpeaksFrom() {
        let page = """
            某市人民政府门户网站 > 要闻动态 > 本市要闻

            我市重大项目集中开工 重点项目集中签约
            总投资百亿元 二十个项目同步开工

            发布时间：2020-02-09 08:30    来源：某市日报    字号：【大 中 小】

            昨天上午，我市重大项目集中开工仪式在高新区举行。

            昨天下午，我市重点项目签约仪式在市民中心举行。
            """
        let found = Self.found(page, reference: nil)
        #expect(found.contains("昨天上午→2020-02-08 morning") && found.contains("昨天下午→2020-02-08 afternoon"), "\(found)")
    }

    /// 明天 in a saying (绝不拖到明天) does not move the narration: 当天 after it is still the
    /// meeting's day (b19).
    @Test func tomorrowDoesNotMoveTheNarration() {
        let found = Self.found("2月7日上午，镇里召开推进会。他要求，能当下解决的绝不拖到明天。当天下午，镇长主持召开调度会。")
        #expect(found.contains("当天下午→2020-02-07 afternoon"), "\(found)")
    }

    @Test func anItemOpeningOnTheSameDayGoesOnFromTheItemBefore() {
        let bulletin = """
            集团工作简报
            2020年第3期

            集团办公室编                    2020年2月9日

            【党建】集团党委会传达学习全会精神

            2月6日上午，集团党委书记、董事长主持召开党委会，传达学习全会精神和全省国资国企工作会议精神，研究集团贯彻落实举措。集团党委副书记、总经理，党委委员、纪委书记出席会议，各部门主要负责人列席。

            会议指出，集团各级要把全会精神和省国资委部署转化为推动企业高质量发展的具体行动，加快新能源装机步伐，全力做好能源保供工作。

            会议决定，将2020年确定为集团管理提升年，围绕降本增效、数字赋能、合规经营三个方面，年内压降管理费用5%以上。

            【安全】集团召开安全生产调度会

            当天下午，总经理主持召开调度会，通报1月安全生产情况，部署节后复工复产安全生产工作。各二级单位主要负责人汇报了本单位隐患排查整改情况。
            """
        #expect(Self.found(bulletin).contains("当天下午→2020-02-06 afternoon"), "\(Self.found(bulletin))")
        // Not a 当天 later in its line (after 日前, or a day the scanner does not read).
        let later = bulletin.replacingOccurrences(of: "当天下午，总经理", with: "总经理日前表示，当天下午")
        #expect(Self.found(later).contains("当天下午→? afternoon"), "\(Self.found(later))")
    }

    @Test(arguments: [
        // The part of the day after a bracketed date is the bracketed date's (2020 seed 1).
        ("省政府今天（2月9日）上午召开新闻发布会。", ["今天→2020-02-09", "2月9日）上午→2020-02-09 morning"]),
        ("展会昨天(2月8日)下午闭幕。", ["昨天→2020-02-08", "2月8日)下午→2020-02-08 afternoon"]),
        // Not after a bracket that opened nothing: 会（暂定）下午 is no date's.
        ("会议2月7日）下午再议。", ["2月7日→2020-02-07"]),
    ] as [(String, [String])])
    func aPartOfTheDayAfterABracketedDateIsItsOwn(_ text: String, expected: [String]) {
        #expect(Self.found(text) == expected, "\(Self.found(text))")
    }

    @Test(arguments: [
        // A relative year written right before a month and day gives them its year.
        ("该办法将于明年1月1日起施行。", ["明年→2021", "1月1日→2021-01-01"]),
        ("今年12月底前完成。", ["今年→2020", "12月底→2020-12-21–2020-12-31"]),
        ("去年11月，我们开展了调研。", ["去年→2019", "11月→2019-11"]),
    ] as [(String, [String])])
    func aRelativeYearPlacesTheDateAfterIt(_ text: String, expected: [String]) {
        #expect(Self.found(text) == expected)
    }

    @Test func aRoundupUnderADatelineSpeaksFromItsDay() {
        // News flashes under one dateline: 今天 in each is the dateline's day, not the day
        // the flash before it spoke of.
        let pad = "与会代表围绕合作交流、人才培养、成果转化等议题深入研讨，共同发布合作倡议，表示将持续深化务实合作。"
        let text = "[视频]国内联播快讯\n2024年11月8日\n央视网消息（新闻联播）：\n"
            + "合作论坛闭幕\n合作论坛今天（11月8日）在武汉闭幕。" + pad + "\n"
            + "交易会年底举行\n第十届交易会将于2024年12月28日在广州开幕。" + pad + "\n"
            + "科普活动周启动\n全国科普活动周今天在北京启动。" + pad + "\n"
        let found = Self.found(text, reference: nil)
        #expect(found.filter { $0.hasPrefix("今天") } == ["今天→2024-11-08", "今天→2024-11-08"], "\(found)")
    }

    @Test(arguments: [
        "政务工作动态\n2023年第17期\n\n青梧市人民政府办公室编　　　　　　2023年5月13日\n\n本周一上午，省政府召开常务会议。\n\n市里召开会议\n昨天下午，市里召开会议。",
        "会议纪要\n\n中共某镇委员会办公室　　　　　　2023年5月13日印发\n\n本周一上午，省政府召开常务会议。\n\n市里召开会议\n昨天下午，市里召开会议。",
    ])
    func anIssuersLineEndingInItsDateIsTheDayItSpeaksFrom(_ text: String) {
        let found = Self.found(text, reference: nil)
        #expect(found.contains("本周一上午→2023-05-08 morning") && found.contains("昨天下午→2023-05-12 afternoon"), "\(found)")
    }

    @Test(arguments: [
        // A day of this month or last (本月13日, 上月28日上午): the month the document speaks in.
        ("本月13日，县里召开电视电话会议。", ["本月13日→2020-02-13"]),
        ("上月28日上午，县防指召开会商会。", ["上月28日上午→2020-01-28 morning"]),
        ("本月5日至今，全县已完成排查。", ["本月5日→2020-02-05"]),
        // (To a later day of that month: a range.)
        ("本月4日至7日，县里派出督查组开展检查。", ["本月4日至7日→2020-02-04–2020-02-07"]),
        ("上月28日至30日，县里开展检查。", ["上月28日至30日→2020-01-28–2020-01-30"]),
        // (本月 alone is still the month; a count after 月 is still no day.)
        ("本月，全县开展排查。", ["本月→2020-02"]),
        ("本月两次召开会议。", ["本月→2020-02"]),
    ] as [(String, [String])])
    func aDayOfThisOrLastMonth(_ text: String, expected: [String]) {
        #expect(Self.found(text) == expected)
    }

    @Test(arguments: [
        // Days after the day just told (两天后, 三日后, 一周后), as 次日 is one.
        ("2月3日，县里召开会议。两天后，镇里召开会议。", ["2月3日→2020-02-03", "两天后→2020-02-05"]),
        ("2月3日，县里召开会议。三日后上午，镇里召开会议。", ["2月3日→2020-02-03", "三日后上午→2020-02-06 morning"]),
        ("2月3日，县里召开会议。一周后，镇里召开推进会。", ["2月3日→2020-02-03", "一周后→2020-02-10"]),
        // (A count of days that is a quantity or a long span is no date: 五十天后, 14天后, 第三天后.)
        ("2月3日，县里召开会议。五十天后，工程完工。", ["2月3日→2020-02-03"]),
        ("2月3日，县里召开会议。14天后解除隔离。", ["2月3日→2020-02-03"]),
        ("2月3日，县里召开会议。第三天后，镇里召开会议。", ["2月3日→2020-02-03"]),
    ] as [(String, [String])])
    func daysAfterTheDayJustTold(_ text: String, expected: [String]) {
        #expect(Self.found(text) == expected, "\(Self.found(text))")
    }

    /// A newspaper page's header (`泓江日报　2013年7月19日　星期五　第3版`) is the day the page
    /// speaks from; a lead that opens on 本周三 takes its day from there, not from a day
    /// looked back on after it (`传达学习7月12日…精神`).
    @Test func aPagesHeaderWithItsWeekdayIsTheDayItSpeaksFrom() {
        let text = "泓江日报　　2013年7月19日　星期五　　第3版　街镇·社区\n\n街道：把账本记到心坎上\n\n本报讯 本周三上午，柘湾街道召开动员大会，传达学习7月12日区委动员大会精神。\n"
        let found = Self.found(text, reference: nil)
        #expect(found.contains("本周三上午→2013-07-17 morning") && found.contains("7月12日→2013-07-12"), "\(found)")
    }

    /// A page's header may give the page without the weekday (`《泓江日报》2013年7月19日　第1版`):
    /// the page's day still, so a 昨天 after a day looked back on is the day before it.
    @Test func aPagesHeaderWithoutItsWeekdayIsTheDayItSpeaksFrom() {
        let text = "镇人代会闭幕\n《泓江日报》2013年7月19日　第1版\n\n本报讯 7月16日上午，镇人代会开幕。17日上午，大会举行第二次全体会议。昨天下午，大会闭幕。\n"
        let found = Self.found(text, reference: nil)
        #expect(found.contains("昨天下午→2013-07-18 afternoon"), "\(found)")
    }

    /// What a meeting said (`会议指出，前天召开的…`) speaks from the day of its report, not
    /// the page's: on a page of 19 July reporting a meeting of the 18th, 前天 is the 16th.
    @Test func whatAMeetingSaidSpeaksFromItsOwnDay() {
        let text = "县委召开常委会会议\n《泓江日报》2013年7月19日　第1版\n\n本报讯 7月18日上午，县委召开常委会会议。会议指出，前天召开的全市防汛工作会议作出了部署。\n"
        let found = Self.found(text, reference: nil)
        #expect(found.contains("前天→2013-07-16"), "\(found)")
    }

    @Test(arguments: [
        "某镇发布\n2021-03-10 07:45\n3月8日上午，镇党委召开会议。\n昨天晚上，村里召开会议。",
        // (The account's place after the clock time: a tag, no clause.)
        "镇党委召开会议\n\n某镇发布　2021年3月10日 07:45　城南区\n\n3月8日上午，镇党委召开会议。\n昨天晚上，村里召开会议。",
        // (A post's byline: its author, its account, the date in figures after one space.)
        "镇党委召开会议\n\n原创　镇党委办公室　某镇发布　2021-03-10\n\n3月8日上午，镇党委召开会议。\n昨天晚上，村里召开会议。",
    ])
    func aPostsDateWithItsClockTimeIsTheDayItSpeaksFrom(_ text: String) {
        let found = Self.found(text, reference: nil)
        #expect(found.contains("昨天晚上→2021-03-09 evening"), "\(found)")
    }

    /// A compilation printed on one day whose items each carry their source line
    /// (`（来源：…，2022年9月5日）`): each item's 昨天 and 本周三 are told from its own source's
    /// day, not the day the compilation was printed.
    @Test func aCompilationsItemSpeaksFromItsSourceLine() {
        let text = """
            学习资料
            中共某县委办公室　　　　2022年9月16日编印

            一、县委召开常委会会议
            （来源：县融媒体中心，2022年9月5日）

            昨天上午，县委召开常委会会议。

            二、城关镇召开党委会议
            （来源：城关镇，2022年9月9日）

            本周三下午，城关镇召开党委会议。昨天，镇里召开推进会。
            """
        let found = Self.found(text, reference: nil)
        #expect(found.contains("昨天上午→2022-09-04 morning") && found.contains("本周三下午→2022-09-07 afternoon") && found.contains("昨天→2022-09-08"), "\(found)")
    }

    /// Items told in a chain, each under its source line: `两天后` opening an item with no
    /// day of its own goes on from the day the item before was at, not from the day its
    /// source published it; `昨天` still speaks from the source's day, and an item with no
    /// source line from the day the bulletin was printed.
    @Test func anItemTwoDaysLaterGoesOnFromTheItemBefore() {
        let text = """
            安全生产工作简报
            某集团安委会办公室　　　　2017年8月4日

            （一）全省安全生产电视电话会议召开
            来源：省政府网站　2017-07-03

            7月3日下午，省政府召开全省安全生产电视电话会议。

            （二）省国资委召开省属企业安全生产视频会议
            来源：省国资委网站　2017-07-06

            两天后，省国资委召开省属企业安全生产视频会议。昨天，集团召开党委会。

            物流公司开展驾驶员警示教育

            上周五，物流公司召开驾驶员安全警示教育大会，组织全体驾驶员观看道路运输事故警示教育片，通报今年以来全省道路运输领域典型事故案例。
            """
        let found = Self.found(text, reference: nil)
        #expect(found.contains("两天后→2017-07-05") && found.contains("昨天→2017-07-05"), "\(found)")
        // (An item without a source line is the editor's: it speaks from the day the
        // bulletin was printed, Friday 4 August.)
        #expect(found.contains("上周五→2017-07-28"), "\(found)")
    }

    /// A notice signed at its end (issuer, then the date alone) speaks from that day in
    /// all its numbered parts: `本周一` is the Monday of the week it was signed.
    @Test func aSignedNoticeSpeaksFromTheDayItWasSigned() {
        let text = """
            关于认真学习贯彻区委动员大会精神的通知

            各社区党委：

            7月19日，区委召开动员大会。此前，7月12日市委召开全市动员大会。本周一，街道党工委召开会议，研究了贯彻落实意见。

            一、认真组织传达学习

            各社区党组织要在7月31日前召开党员大会，传达学习本周一街道党工委会议精神。

            二、加强组织领导

            7月26日（本周五）下午，街道党工委理论学习中心组将举行专题学习。

            中共北亭区沄溪街道工作委员会
            2013年7月24日
            """
        let found = Self.found(text, reference: nil)
        #expect(found.filter { $0.hasPrefix("本周一") } == ["本周一→2013-07-22", "本周一→2013-07-22"], "\(found)")
    }

    /// Not a line whose date opens a clause after the clock time (a notice's time of a
    /// meeting), nor a date in words after one space: the meeting's day, not the page's.
    @Test(arguments: [
        "关于召开会议的通知\n\n各村：\n定于2021年3月12日 14:30，在镇政府召开会议，请准时参加。\n3月8日上午，镇党委召开会议。昨天晚上，村里召开会议。",
        "镇党委召开会议\n\n镇党委办公室　2021年3月12日\n\n3月8日上午，镇党委召开会议。昨天晚上，村里召开会议。",
    ])
    func aDateInTheFirstLinesThatIsNoPostsIsNotItsDay(_ text: String) {
        let found = Self.found(text, reference: nil)
        #expect(found.contains("昨天晚上→2021-03-07 evening"), "\(found)")
    }

    @Test(arguments: [
        "县委全会召开\n来源：县融媒体中心　　2019-11-21\n\n11月18日至19日，县委全会召开。\n昨天上午，城关镇召开党委会议。",
        "局党组召开会议\n发布时间：2019-11-21 10:32　　来源：县交通运输局\n\n11月18日至19日，县委全会召开。\n昨天上午，城关镇召开党委会议。",
    ])
    func aWebPagesPublicationLineIsTheDayItSpeaksFrom(_ text: String) {
        // 昨天 is the day before the page's date, not before the meeting told just above.
        let found = Self.found(text, reference: nil)
        #expect(found.contains("昨天上午→2019-11-20 morning"), "\(found)")
    }

    @Test func pagesCopiedTogetherKeepTheirOwnDays() {
        // A compilation of web pages, each with its publication line: the first page's
        // date is not the document's (a later page's days are not "after" it).
        let text = "要闻\n发布时间：2017-09-04 18:20　　来源：日报\n9月4日上午，市委召开会议。\n\n发布时间：2017-09-08 10:00　　来源：日报\n9月7日晚，市委召开常委会会议。当天，市政府召开会议。"
        let found = Self.found(text, reference: nil)
        #expect(found.contains("当天→2017-09-07"), "\(found)")
    }


    // MARK: Explicit dates

    @Test(arguments: [
        ("2020年2月9日", "2020年2月9日→2020-02-09"),
        ("会议于2019年12月31日召开。", "2019年12月31日→2019-12-31"),
        ("2014年3月，我到兰考县调研。", "2014年3月→2014-03"),
        ("1855年，黄河在兰考县东坝头改道。", "1855年→1855"),
        ("2019年围绕“风光美起来”开展工作。", "2019年→2019"),
        ("1938年6月，国民党军队难以阻挡。", "1938年6月→1938-06"),
        ("1934年10月，中央机关、中央红军踏上漫漫征途。", "1934年10月→1934-10"),
        ("黄河流域省份2018年底总人口4.2亿。", "2018年底→2018"),
        ("2014年以来沿黄河9省区经济总量增长。", "2014年→2014"),
        ("2021年7月1日，庆祝中国共产党成立100周年大会隆重举行。", "2021年7月1日→2021-07-01"),
        ("2016年2月29日", "2016年2月29日→2016-02-29"),
        ("二〇二〇年二月九日", "二〇二〇年二月九日→2020-02-09"),
        ("二〇一九年十二月三十一日", "二〇一九年十二月三十一日→2019-12-31"),
        ("二〇二一年三月", "二〇二一年三月→2021-03"),
        ("２０２０年２月３日", "２０２０年２月３日→2020-02-03"),
        ("2020.2.9", "2020.2.9→2020-02-09"),
        ("2020-02-09", "2020-02-09→2020-02-09"),
        ("2020/2/9", "2020/2/9→2020-02-09"),
        ("发布时间：2020-02-09 10:30", "2020-02-09→2020-02-09"),
        ("1999年10月1日，首都各界隆重集会。", "1999年10月1日→1999-10-01"),
        ("2008年8月8日晚，北京奥运会开幕。", "2008年8月8日晚→2008-08-08 evening"),
        ("2020年1月20日凌晨，专家组抵达。", "2020年1月20日凌晨→2020-01-20 early_morning"),
        ("2020年1月23日中午，通告发布。", "2020年1月23日中午→2020-01-23 noon"),
        ("2022年10月16日上午，党的二十大开幕。", "2022年10月16日上午→2022-10-16 morning"),
        ("2017年10月18日至24日，党的十九大召开。", "2017年10月18日至24日→2017-10-18–2017-10-24"),
        ("2012年11月，党的十八大召开。", "2012年11月→2012-11"),
        ("2020年5月份", "2020年5月份→2020-05"),
        ("2023年3月5日，十四届全国人大一次会议开幕。", "2023年3月5日→2023-03-05"),
        ("1949年10月1日", "1949年10月1日→1949-10-01"),
        ("2020年2月9日24时起", "2020年2月9日→2020-02-09"),
    ] as [(String, String)])
    func explicitDates(_ text: String, expected: String) {
        #expect(Self.found(text) == [expected])
    }

    // MARK: Ranges

    @Test(arguments: [
        ("2020年2月10日--13日", "2020年2月10日--13日→2020-02-10–2020-02-13"),
        ("2020年2月10日—13日", "2020年2月10日—13日→2020-02-10–2020-02-13"),
        ("2020年2月10日至13日", "2020年2月10日至13日→2020-02-10–2020-02-13"),
        ("2020年2月10日-13日", "2020年2月10日-13日→2020-02-10–2020-02-13"),
        ("2020年2月10日～13日", "2020年2月10日～13日→2020-02-10–2020-02-13"),
        ("2017年6月21日至23日，习近平在山西考察。", "2017年6月21日至23日→2017-06-21–2017-06-23"),
        ("2020年1月31日至2月2日", "2020年1月31日至2月2日→2020-01-31–2020-02-02"),
        ("2019年12月30日至2020年1月2日", "2019年12月30日至2020年1月2日→2019-12-30–2020-01-02"),
        ("2019年5月20日至22日在江西考察", "2019年5月20日至22日→2019-05-20–2019-05-22"),
        ("2020年1月31日至2日", "2020年1月31日至2日→2020-01-31–2020-02-02"),
        ("2020年3月至5月", "2020年3月至5月→2020-03–2020-05"),
        ("2020年1月下旬", "2020年1月下旬→2020-01-21–2020-01-31"),
        ("2020年2月上旬", "2020年2月上旬→2020-02-01–2020-02-10"),
        ("2020年2月中旬", "2020年2月中旬→2020-02-11–2020-02-20"),
        ("2019年2月下旬", "2019年2月下旬→2019-02-21–2019-02-28"),
        ("2020年2月底前完成", "2020年2月底→2020-02-21–2020-02-29"),
    ] as [(String, String)])
    func ranges(_ text: String, expected: String) {
        #expect(Self.found(text) == [expected])
    }

    // MARK: Partial dates anchored to context

    @Test(arguments: [
        // Reference 2020-02-09: a month and day without a year take the closest year.
        ("2月3日上午，省委召开会议。", ["2月3日上午→2020-02-03 morning (reference_date)"]),
        ("12月31日，会议召开。", ["12月31日→2019-12-31 (reference_date)"]),
        ("2月17日，教育部将开通平台。", ["2月17日→2020-02-17 (reference_date)"]),
        ("8月26日，我在中央财经委员会会议上强调。", ["8月26日→2019-08-26 (reference_date)"]),
        ("1月下旬以来，疫情快速蔓延。", ["1月下旬→2020-01-21–2020-01-31 (reference_date)"]),
        ("3月份", ["3月份→2020-03 (reference_date)"]),
        // A day alone after the article's date moves to the month before.
        ("习近平27日作出重要指示。", ["27日→2020-01-27 (previous_month)"]),
        ("习近平13日上午在全会上发表重要讲话。", ["13日上午→2020-01-13 morning (previous_month)"]),
        ("5日，会议召开。", ["5日→2020-02-05 (reference_date)"]),
        ("9日，会议召开。", ["9日→2020-02-09 (reference_date)"]),
        ("2月3日，会议召开。会议指出，27日以来形势严峻。", ["2月3日→2020-02-03 (reference_date)", "27日→2020-01-27 (previous_month)"]),
        // From the nearest preceding full date in the same article.
        ("2017年6月21日至23日，习近平在山西考察。21日上午，习近平来到岢岚县。22日下午，他在太原主持召开座谈会。",
         ["2017年6月21日至23日→2017-06-21–2017-06-23 (explicit)", "21日上午→2017-06-21 morning (article_date)", "22日下午→2017-06-22 afternoon (preceding_date)"]),
        ("2019年5月20日至22日，习近平在江西考察。20日下午，他来到于都县。", ["2019年5月20日至22日→2019-05-20–2019-05-22 (explicit)", "20日下午→2019-05-20 afternoon (article_date)"]),
        ("2018年4月10日，会议召开。12月3日再次召开。", ["2018年4月10日→2018-04-10 (explicit)", "12月3日→2018-12-03 (article_date)"]),
        ("会议指出，2018年4月10日以来成效明显。12月3日再次召开。", ["2018年4月10日→2018-04-10 (explicit)", "12月3日→2018-12-03 (article_date)"]),
        ("2019年12月30日，会议召开。1月2日，第二次会议召开。", ["2019年12月30日→2019-12-30 (explicit)", "1月2日→2020-01-02 (article_date)"]),
        ("通知如下。\n具体事项如下。\n会议回顾，2019年12月30日召开会议。1月2日，第二次会议召开。", ["2019年12月30日→2019-12-30 (explicit)", "1月2日→2020-01-02 (preceding_date)"]),
        // A day alone well before the preceding date's day, within a week after it in the
        // next month and not after the report's date, is the next month's.
        ("2月1日，军方称，1月30日打击武装。2日，总统会见外长。", ["2月1日→2020-02-01 (reference_date)", "1月30日→2020-01-30 (article_date)", "2日→2020-02-02 (preceding_date)"]),
        // A day alone in the week before the item's own date, after a date recalled
        // weeks earlier, is of the item's month.
        ("2018年6月2日，外交部发言人回应提问。4月27日，两国领导人举行会晤。总统1日会见来访的特使。",
         ["2018年6月2日→2018-06-02 (explicit)", "4月27日→2018-04-27 (article_date)", "1日→2018-06-01 (preceding_date)"]),
        // The article-date rule as specified: a day after the report's own date is
        // read as the month before.
        ("2021年3月1日，省委召开会议。5日，省政府召开常务会议。", ["2021年3月1日→2021-03-01 (explicit)", "5日→2021-02-05 (previous_month)"]),
        ("2021年3月10日，省委召开会议。5日，省政府召开常务会议。", ["2021年3月10日→2021-03-10 (explicit)", "5日→2021-03-05 (article_date)"]),
        ("2月4日，教育部党组召开会议，传达学习2月3日中央政治局常委会会议精神。",
         ["2月4日→2020-02-04 (reference_date)", "2月3日→2020-02-03 (article_date)"]),
        ("2月10日--13日集中学习。", ["2月10日--13日→2020-02-10–2020-02-13 (reference_date)"]),
        ("2月10日—13日集中学习。", ["2月10日—13日→2020-02-10–2020-02-13 (reference_date)"]),
        ("2月10日至13日集中学习。", ["2月10日至13日→2020-02-10–2020-02-13 (reference_date)"]),
        ("1月31日至2月2日，各地组织排查。", ["1月31日至2月2日→2020-01-31–2020-02-02 (reference_date)"]),
        ("12月31日至1月2日放假。", ["12月31日至1月2日→2019-12-31–2020-01-02 (reference_date)"]),
    ] as [(String, [String])])
    func anchoring(_ text: String, expected: [String]) {
        #expect(Self.found(text, rules: true) == expected)
    }

    @Test func otherReferenceDates() {
        #expect(Self.found("27日，省委召开常委会。", reference: "2021-03-05", rules: true) == ["27日→2021-02-27 (previous_month)"])
        #expect(Self.found("3日，省委召开常委会。", reference: "2021-03-05", rules: true) == ["3日→2021-03-03 (reference_date)"])
        #expect(Self.found("31日，省委召开常委会。", reference: "2021-03-05", rules: true) == ["31日→---31 (unanchored)"])
        #expect(Self.found("11月20日，国务院召开常务会议。", reference: "2019-01-10", rules: true) == ["11月20日→2018-11-20 (reference_date)"])
        #expect(Self.found("1月5日，国务院召开常务会议。", reference: "2018-12-20", rules: true) == ["1月5日→2019-01-05 (reference_date)"])
        #expect(Self.found("6月1日起施行。", reference: "2023-05-12", rules: true) == ["6月1日→2023-06-01 (reference_date)"])
    }

    @Test func partialDatesStayPartialWithoutReference() {
        let normalizer = TimeNormalizer()
        let analysis = normalizer.analyze(TextDocument(path: "t.txt", text: "13日上午，省委召开会议。2月3日，省政府召开会议。"))
        #expect(analysis.reference == nil)
        #expect(analysis.expressions.map { $0.partialValue ?? "-" } == ["---13", "--02-03"])
        #expect(analysis.expressions.allSatisfy { $0.rule == .unanchored && $0.value == nil })
        #expect(analysis.diagnostics.contains { $0.severity == .warning && $0.message.contains("no reference date") })
    }

    // MARK: The document's own date

    @Test func referenceDateIsTheSignatureDate() {
        let text = "关于开展学习的通知\n现将有关事项通知如下。\n一、时间\n2020年2月10日--13日\n\n党委办公室\n2020年2月9日\n[bookmark: _Toc1]习近平在全会上发表重要讲话\n习近平13日上午在全会上发表重要讲话。\n"
        let analysis = TimeNormalizer(referenceDate: CalendarDate(iso: "2025-01-01")).analyze(TextDocument(path: "n.txt", text: text))
        #expect(analysis.reference?.date.iso == "2020-02-09")
        #expect(analysis.reference?.source == .stated)
        #expect(analysis.expressions.last?.value?.iso == "2020-01-13")
    }

    @Test func referenceDateFallsBackToLatestFullDateThenUser() {
        let latest = TimeNormalizer().analyze(TextDocument(path: "a.txt", text: "2020年1月23日，省委召开会议。2020年2月3日，省委再次召开会议。27日召开调度会。"))
        #expect(latest.reference?.date.iso == "2020-02-03")
        #expect(latest.reference?.source == .latestInText)
        let user = TimeNormalizer(referenceDate: CalendarDate(iso: "2021-06-30")).analyze(TextDocument(path: "b.txt", text: "27日，省委召开会议。"))
        #expect(user.reference?.source == .user)
        #expect(user.expressions.first?.value?.iso == "2021-06-27")
    }

    @Test func articlesAnchorSeparately() {
        let text = """
            [bookmark: _Toc1]省委召开专题会议
            2月3日上午，省委书记主持召开专题会议。会议要求，27日前完成排查。
            [bookmark: _Toc2]习近平作出重要指示
            习近平27日作出重要指示。
            """
        // (The first 27日 is a deadline, 27日前: after the meeting, in its month; the second,
        // in an article of its own, is the month before the document's.)
        #expect(Self.found(text, rules: true) == ["2月3日上午→2020-02-03 morning (reference_date)", "27日→2020-02-27 (article_date)", "27日→2020-01-27 (previous_month)"])
    }

    // MARK: Relative expressions

    @Test(arguments: [
        ("2020年1月25日，中央政治局常委会召开会议。当天下午，省委召开会议。", ["2020年1月25日→2020-01-25", "当天下午→2020-01-25 afternoon"]),
        ("2020年1月25日，省委召开会议。次日上午，省政府召开常务会议。", ["2020年1月25日→2020-01-25", "次日上午→2020-01-26 morning"]),
        ("2020年1月31日，会议召开。次日，各地落实。", ["2020年1月31日→2020-01-31", "次日→2020-02-01"]),
        ("2020年2月3日，会议召开。同日，省委召开会议。", ["2020年2月3日→2020-02-03", "同日→2020-02-03"]),
        ("2020年2月3日，会议召开。当日，省委召开会议。", ["2020年2月3日→2020-02-03", "当日→2020-02-03"]),
        // 日本 (Japan) after 同 / 当 is no day.
        ("2020年2月3日，主席应约同日本首相通电话。", ["2020年2月3日→2020-02-03"]),
        ("2020年2月3日，会议召开。第二天，省委传达会议精神。", ["2020年2月3日→2020-02-03", "第二天→2020-02-04"]),
        ("2020年2月3日，会议召开。翌日，省委传达会议精神。", ["2020年2月3日→2020-02-03", "翌日→2020-02-04"]),
        // A day something will happen (…将…, 将于…) is not the day 当天 counts from.
        ("外长2020年1月30日说，代表团2月1日将前往北京。外长当天会见记者。", ["2020年1月30日→2020-01-30", "2月1日→2020-02-01", "当天→2020-01-30"]),
        ("2020年1月30日，两国商定将于2月6日举行会谈。当天，外长会见记者。", ["2020年1月30日→2020-01-30", "2月6日→2020-02-06", "当天→2020-01-30"]),
        // Nor is a day of an earlier year looked back on (去年2月9日召开的…).
        ("2020年2月14日上午，县纪委全会召开。报告指出，去年2月9日召开的全会提出的活动深入开展。当天下午，全县警示教育大会召开。",
         ["2020年2月14日上午→2020-02-14 morning", "去年→2019", "2月9日→2019-02-09", "当天下午→2020-02-14 afternoon"]),
        // Nor is the start of a period (自…起, 从…开始).
        ("2020年1月30日，局党组召开会议，决定自2月3日起开展专项行动。当天下午，局里召开会议。", ["2020年1月30日→2020-01-30", "2月3日→2020-02-03", "当天下午→2020-01-30 afternoon"]),
        // (Nor the day since which something has gone on: 自…以来.)
        ("2020年2月5日下午，街道召开推进会。自1月26日街道部署专项行动以来，各社区扎实推进。当天上午，书记带队督导。", ["2020年2月5日下午→2020-02-05 afternoon", "1月26日→2020-01-26", "当天上午→2020-02-05 morning"]),
        // A weekday of the week the text speaks from (2020-02-09 is a Sunday); 前天.
        ("本周一下午，乡党委召开会议。", ["本周一下午→2020-02-03 afternoon"]),
        ("上周五，县委召开常委会会议。", ["上周五→2020-01-31"]),
        ("下星期三，县里召开大会。", ["下星期三→2020-02-12"]),
        ("前天上午，县委召开会议。", ["前天上午→2020-02-07 morning"]),
        // A notice's time line: the weekday in brackets, then the part of the day.
        ("一、会议时间：2020年2月12日（星期三）下午3:00", ["2020年2月12日（星期三）下午→2020-02-12 afternoon"]),
        ("会议定于2月14日(周五)上午召开。", ["2月14日(周五)上午→2020-02-14 morning"]),
        // (A bracket that holds no weekday is not skipped.)
        ("2020年2月12日（暂定）下午召开。", ["2020年2月12日→2020-02-12"]),
        ("乡里坚持每周一召开例会，本周工作已部署。", []),
        ("上个月，我在甘肃考察。", ["上个月→2020-01"]),
        ("上月，我在甘肃考察。", ["上月→2020-01"]),
        ("本月，全省开展排查。", ["本月→2020-02"]),
        ("下个月，全省开展排查。", ["下个月→2020-03"]),
        ("今年尤其要聚焦决胜全面建成小康社会。", ["今年→2020"]),
        ("去年，全省经济平稳运行。", ["去年→2019"]),
        ("明年是“十四五”开局之年。", ["明年→2021"]),
        ("前年，省委部署了这项工作。", ["前年→2018"]),
    ] as [(String, [String])])
    func relative(_ text: String, expected: [String]) {
        #expect(Self.found(text) == expected)
    }

    @Test func relativeMonthsCrossYears() {
        #expect(Self.found("上个月，省委召开会议。", reference: "2020-01-05") == ["上个月→2019-12"])
        #expect(Self.found("下个月，省委召开会议。", reference: "2020-12-05") == ["下个月→2021-01"])
        #expect(Self.found("当天下午，省委召开会议。", reference: "2020-12-05") == ["当天下午→? afternoon"])
    }

    /// 今天 / 昨天 / 明天 speak from the document's own day (the given reference date
    /// here); 当天 still needs a preceding date.
    @Test(arguments: [
        ("国务院总理今天主持召开国务院常务会议。", ["今天→2020-12-05"]),
        ("省委昨天下午召开常委会会议。", ["昨天下午→2020-12-04 afternoon"]),
        ("明天，全省开展排查。", ["明天→2020-12-06"]),
        // A news item: headline, dateline, body; 今天 is the dateline's day.
        ("国务院常务会议召开\n2020年12月3日\n央视网消息：国务院总理今天主持召开国务院常务会议。", ["2020年12月3日→2020-12-03", "今天→2020-12-03"]),
        ("中央政治局常委会12月3日全天召开会议。", ["12月3日全天→2020-12-03"]),
    ] as [(String, [String])])
    func deicticDays(_ text: String, expected: [String]) {
        #expect(Self.found(text, reference: "2020-12-05") == expected)
    }

    /// A list item's number (`2.`) at a line's start is not a decimal's integer part;
    /// within a line, `12.4月` stays a quantity.
    @Test(arguments: [
        ("学习内容：\n2.4月22日至24日总书记考察时的讲话精神。", ["4月22日至24日→2020-04-22–2020-04-24"]),
        ("1.11月5日上午", ["11月5日上午→2019-11-05 morning"]),
        ("增长12.4月均", [String]()),
    ] as [(String, [String])])
    func listItemNumbers(_ text: String, expected: [String]) {
        #expect(Self.found(text, reference: "2020-05-06") == expected)
    }

    // MARK: Lunar calendar

    @Test(arguments: [
        ("1月25日农历正月初一，中共中央政治局常务委员会召开会议。", "1月25日农历正月初一→2020-01-25"),
        ("1月26日农历正月初二上午，省委书记主持召开省委专题会议。", "1月26日农历正月初二上午→2020-01-26 morning"),
        ("1月26日（农历正月初二）上午", "1月26日（农历正月初二）上午→2020-01-26 morning"),
        ("农历正月初一，各地举行团拜会。", "农历正月初一→2020-01-25"),
        ("正月十五，元宵节。", "正月十五→2020-02-08"),
        ("腊月二十三，小年。", "腊月二十三→2020-01-17"),
        ("农历腊月廿三", "农历腊月廿三→2020-01-17"),
        ("农历闰四月初一", "农历闰四月初一→2020-05-23"),
        ("农历八月十五中秋节", "农历八月十五→2019-09-13"),
    ] as [(String, String)])
    func lunar(_ text: String, expected: String) {
        #expect(Self.found(text) == [expected])
    }

    @Test(arguments: [
        (1950, "1950-02-17"), (1976, "1976-01-31"), (2000, "2000-02-05"), (2008, "2008-02-07"),
        (2020, "2020-01-25"), (2021, "2021-02-12"), (2023, "2023-01-22"), (2024, "2024-02-10"),
        (2033, "2033-01-31"), (2050, "2050-01-23"),
    ] as [(Int, String)])
    func lunarNewYear(_ year: Int, expected: String) {
        #expect(LunarCalendar.shared.solarDate(lunarYear: year, month: 1, day: 1)?.iso == expected)
    }

    @Test func lunarCalendarEdges() {
        let calendar = LunarCalendar.shared
        #expect(calendar.coveredYears == 1900...2099)
        #expect(calendar.solarDate(lunarYear: 2020, month: 4, day: 1, leap: true)?.iso == "2020-05-23")
        #expect(calendar.solarDate(lunarYear: 2020, month: 5, day: 1, leap: true) == nil)
        #expect(calendar.solarDate(lunarYear: 2020, month: 1, day: 30) == nil || calendar.solarDate(lunarYear: 2020, month: 1, day: 30) != nil)
        #expect(calendar.solarDate(lunarYear: 2020, month: 13, day: 1) == nil)
        #expect(calendar.solarDate(lunarYear: 2150, month: 1, day: 1) == nil)
    }

    @Test func lunarAnnotationThatDisagreesIsNoted() {
        let analysis = TimeNormalizer(referenceDate: CalendarDate(iso: "2020-02-09")).analyze(TextDocument(path: "t.txt", text: "1月27日农历正月初二上午，会议召开。"))
        let expression = analysis.expressions[0]
        #expect(expression.value?.iso == "2020-01-27")
        #expect(expression.lunar == LunarDate(month: 1, day: 2))
        #expect(expression.notes.first?.contains("2020-01-26") == true)
    }

    // MARK: Chinese numerals and full-width digits

    @Test(arguments: [
        ("二月三日，省委召开会议。", "二月三日→2020-02-03"),
        ("十二月二十六日", "十二月二十六日→2019-12-26"),
        ("一月三十一日", "一月三十一日→2020-01-31"),
        ("２月３日上午", "２月３日上午→2020-02-03 morning"),
        ("7月９日", "7月９日→2019-07-09"),
        ("３月", "３月→2020-03"),
        ("１３日上午", "１３日上午→2020-01-13 morning"),
        ("二〇二〇年一月下旬", "二〇二〇年一月下旬→2020-01-21–2020-01-31"),
        ("三月上旬", "三月上旬→2020-03-01–2020-03-10"),
    ] as [(String, String)])
    func numeralForms(_ text: String, expected: String) {
        #expect(Self.found(text) == [expected])
    }

    // MARK: Not dates

    @Test(arguments: [
        "第二次", "一是", "二是坚持人民至上", "5464公里", "12.4%", "4.2亿", "14天", "“三天清零”", "十九届四中全会",
        "“十三五”", "1547万人", "2500多年", "5000多年文明史", "第5次会议", "19号文件", "近20年累计下降超过8成",
        "一年接着一年干", "非一日之功", "三个一号旅游公路", "黄河三年两决口", "3个月", "一月一次", "第1日",
        "100年来", "约2000年", "每月15日", "第三十一条", "二十四小时", "10.1%", "3.15", "2020.2", "123456",
        "第十四个五年规划", "万一", "十一届三中全会", "一要严把入口关", "一日三餐", "月薪5000元", "5月份的", "上午",
    ])
    func notDates(_ text: String) {
        let found = Self.found(text)
        if text == "5月份的" {
            #expect(found == ["5月份→2019-05"])
        } else {
            #expect(found.isEmpty, "\(text) gave \(found)")
        }
    }

    // MARK: Spans

    @Test func spansCountUnicodeScalars() {
        let text = "😀 会议于2020年2月9日召开，13日上午再次召开。"
        let analysis = TimeNormalizer().analyze(TextDocument(path: "t.txt", text: text))
        let scalars = Array(text.unicodeScalars)
        for e in analysis.expressions {
            let slice = String(String.UnicodeScalarView(scalars[e.offset..<e.offset + e.length]))
            #expect(slice == e.text)
        }
        #expect(analysis.expressions.map(\.offset) == [5, 17])
    }

    @Test func timesOfDay() {
        #expect(Self.found("2020年2月3日晚，省委召开会议。") == ["2020年2月3日晚→2020-02-03 evening"])
        #expect(Self.found("2020年2月3日晚上，省委召开会议。") == ["2020年2月3日晚上→2020-02-03 evening"])
        #expect(Self.found("2020年2月3日傍晚") == ["2020年2月3日傍晚→2020-02-03 evening"])
        #expect(Self.found("2020年2月3日早上") == ["2020年2月3日早上→2020-02-03 morning"])
        #expect(Self.found("2020年2月3日晚会") == ["2020年2月3日→2020-02-03"])
        #expect(Self.found("2020年2月3日下午3时") == ["2020年2月3日下午→2020-02-03 afternoon"])
    }
}

extension TimeExpressionTests {
    /// The days a text writes, read once, are the days a search finds one by one.
    @Test func writtenDaysAreTheDaysWritten() {
        let text = "开幕式3月4日晚举行。12月31日至1月2日，…；2023年10月15日；03月05日；13月4日；3月45日；第5月6日。"
        let s = Array(text.unicodeScalars).map(\.value)
        let all = TimeNormalizer.writtenDays(s)
        for month in 1...12 {
            for day in 1...31 {
                #expect(all.contains(month * 100 + day) == Self.writesDay(s, month: month, day: day), "\(month)月\(day)日")
            }
        }
        #expect(all.contains(304) && all.contains(1231) && all.contains(1015) && all.contains(506))
    }

    /// Does the text write `M月D日` (in Arabic digits, not after another digit) for this
    /// month and day? Searched one by one, as the normalizer once did for every day alone.
    static func writesDay(_ s: [UInt32], month: Int, day: Int) -> Bool {
        let written = "\(month)月\(day)日".unicodeScalars.map(\.value)
        guard s.count >= written.count else { return false }
        return (0...(s.count - written.count)).contains { k in
            (k == 0 || Numerals.arabicDigit(s[k - 1]) == nil) && Array(s[k..<k + written.count]) == written
        }
    }
}
