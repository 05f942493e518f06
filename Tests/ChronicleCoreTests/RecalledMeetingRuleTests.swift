import Testing
@testable import ChronicleCore

/// Earlier meetings a report names with what they decided, a notice's sections, a
/// conveyed meeting named only by its spirit, and documents a meeting adopts (the
/// genre's reports, b11–b20). Sentences written for these tests.
@Suite struct RecalledMeetingRuleTests {
    typealias R = ExtractionRuleTests

    /// `去年3月，镇党委在…全体会议上提出…`: the body's meeting of that month, told later,
    /// first states what it put forward — not the report's own meeting.
    @Test func aMeetingRecalledByMonthWithWhereItWasHeld() {
        let text = """
            河口镇召开2016年工作会议
            2月26日上午，河口镇召开2016年工作会议，镇党委书记梁永清主持会议。梁永清说，去年6月，镇党委在十二届四次全体会议上提出实施“三年强村”计划，一年来全镇新修机耕道18公里。
            """
        let graph = R.extract(text, reference: "2016-02-28")
        #expect(R.events(graph) == ["2015-06 镇党委十二届四次全体会议", "2016-02-26 上午 河口镇2016年工作会议"], "\(R.events(graph))")
        #expect(R.firstStated(graph) == ["镇党委十二届四次全体会议→三年强村"], "\(R.firstStated(graph))")
        // Without the month the place is the report's own meeting's words: no earlier event.
        let plain = R.extract(text.replacingOccurrences(of: "去年6月，", with: ""), reference: "2016-02-28")
        #expect(R.events(plain) == ["2016-02-26 上午 河口镇2016年工作会议"], "\(R.events(plain))")
    }

    /// `县委在9月9日的推进会上提出，在全县开展“…”`: a body's meeting of the day written
    /// after 在, told later, first states what the clause after it launches; a person in
    /// place of the body names a speech, no meeting of the body.
    @Test func aMeetingRecalledByItsDayAfterZai() {
        let text = "9月14日上午，枫林镇召开教育实践活动推进会，镇党委书记韦一鸣主持。会议指出，县委在9月9日的推进会上提出，在全县开展“四访四查”活动，即访农户、访企业、访老干部、访困难户。"
        let graph = R.extract(text, reference: "2013-09-16")
        #expect(R.events(graph) == ["2013-09-09 县委推进会", "2013-09-14 上午 教育实践活动推进会"], "\(R.events(graph))")
        #expect(R.firstStated(graph) == ["县委推进会→四访四查"], "\(R.firstStated(graph))")
        let spoken = R.extract(text.replacingOccurrences(of: "县委在", with: "韦一鸣在"), reference: "2013-09-16")
        #expect(R.events(spoken) == ["2013-09-14 上午 教育实践活动推进会"], "\(R.events(spoken))")
    }

    /// `6月28日县委常委会会议已对…作出部署，明确…“…”`: a meeting of that day which had
    /// already arranged something is an event of its own, told later, and first states
    /// what the clause after it sets out. Without 已 (a meeting's own arrangements) or
    /// without its day, no earlier event.
    @Test(arguments: [
        ("会议指出，6月28日县委常委会会议已对全县防汛工作作出部署，明确实行县领导包乡镇的防汛“三包”责任制。", true),
        ("会议指出，6月28日县委常委会会议已就全县防汛工作进行了部署，明确实行县领导包乡镇的防汛“三包”责任制。", true),
        ("会议指出，县委常委会会议已对全县防汛工作作出部署，明确实行县领导包乡镇的防汛“三包”责任制。", false),
        ("会议指出，6月28日县委常委会会议对防汛工作的重视程度前所未有，要实行防汛“三包”责任制。", false),
        // (Held on a day written before 召开的, an event of that day however its verb reads; the
        // same words without a day name none.)
        ("会议指出，6月28日召开的县委常委会会议对全县防汛工作作出了具体部署，明确实行县领导包乡镇的防汛“三包”责任制。", true),
        ("会议指出，县委常委会会议对全县防汛工作作出了具体部署，明确实行县领导包乡镇的防汛“三包”责任制。", false),
    ])
    func aMeetingThatHadAlreadyArrangedSomething(sentence: String, recalled: Bool) {
        let text = "7月5日上午，青石镇召开防汛工作推进会，镇党委书记孟凡青主持会议。" + sentence
        let graph = R.extract(text, reference: "2020-07-06")
        if recalled {
            #expect(R.events(graph) == ["2020-06-28 县委常委会会议", "2020-07-05 上午 防汛工作推进会"], "\(R.events(graph))")
            #expect(R.firstStated(graph) == ["县委常委会会议→三包责任制"], "\(R.firstStated(graph))")
        } else {
            #expect(R.events(graph) == ["2020-07-05 上午 防汛工作推进会"], "\(R.events(graph))")
        }
    }

    /// `据悉，今年4月14日，…主任会议审议通过了《…》`: a clause of only the meeting's day, after
    /// a word telling where the news came from, dates the meeting that deliberated.
    @Test func aDeliberatingMeetingDatedAfterWhereTheNewsCameFrom() {
        let text = "6月25日，县人大常委会召开第十九次会议。据悉，今年4月14日，县人大常委会第三十二次主任会议审议通过了《关于开展执法检查的实施方案》。"
        let graph = R.extract(text, reference: "2015-06-26")
        #expect(R.events(graph).contains("2015-04-14 县人大常委会第三十二次主任会议"), "\(R.events(graph))")
    }

    /// `他指出，1月12日…闭幕会审议通过《…》`: in someone's words, a meeting of that day with
    /// what it decided is recalled — it adopted the document, not the report's meeting.
    @Test func aDatedMeetingsDecisionInSomeonesWords() {
        let text = "3月17日上午，县政协党组书记、主席葛立群主持召开县政协党组（扩大）会议。他指出，1月10日县政协九届三次会议闭幕会审议通过《县政协委员履职管理办法》，两个月来运行平稳。"
        let graph = R.extract(text, reference: "2017-03-18")
        #expect(R.events(graph) == ["2017-01-10 县政协九届三次会议闭幕会", "2017-03-17 上午 县政协党组（扩大）会议"], "\(R.events(graph))")
        #expect(R.edges(graph, .adopts) == ["县政协九届三次会议闭幕会→县政协委员履职管理办法"], "\(R.edges(graph, .adopts))")
    }

    /// A congress named short (职代会, 党代会) is a meeting: recalled with its day and what
    /// it put forward, it first states that.
    @Test func aCongressNamedShortIsAMeeting() {
        let graph = R.extract("1月20日，公司召开2021年安全生产工作会议。总经理严立主持会议。他强调，去年12月28日召开的公司二届三次职代会提出的“三年零事故”目标必须实现。", reference: "2021-01-21")
        #expect(R.events(graph) == ["2020-12-28 公司二届三次职代会", "2021-01-20 2021年安全生产工作会议"], "\(R.events(graph))")
        #expect(R.firstStated(graph) == ["公司二届三次职代会→三年零事故"], "\(R.firstStated(graph))")
    }

    /// `传达学习3月4日至11日召开的全国两会精神和…`: the conveyed meeting's name ends at its
    /// 精神 when no meeting word ends it; a quoted theme listing 精神 names no meeting.
    @Test func aConveyedMeetingNamedBySpiritEndsThere() {
        let graph = R.extract("3月13日下午，县委书记邹启明主持召开县委常委会会议，传达学习3月5日至11日召开的全国两会精神和3月12日市委常委会（扩大）会议精神。", reference: "2018-03-14")
        #expect(R.events(graph) == ["2018-03-05 全国两会", "2018-03-12 市委常委会（扩大）会议", "2018-03-13 下午 县委常委会会议"], "\(R.events(graph))")
        // …6月17日全国…电视电话会议和6月18日全省…会议精神: the list's last 精神 is both meetings'.
        let listed = R.extract("6月19日上午，集团党委召开党委会议，传达学习6月17日全国安全生产电视电话会议和6月18日全省安全生产工作会议精神。", reference: "2024-06-20")
        #expect(R.edges(listed, .conveys) == ["集团党委党委会议→全国安全生产电视电话会议", "集团党委党委会议→全省安全生产工作会议"], "\(R.edges(listed, .conveys))")
        let theme = R.extract("9月3日上午，纪念馆举行“传承伟大抗战精神、凝聚奋进力量”主题活动。", reference: "2018-09-03")
        #expect(!R.events(theme).contains { $0.hasSuffix("抗战") }, "\(R.events(theme))")
    }

    /// A notice reporting a study session in sections (一、会议时间 ↵ day): what the
    /// sections tell — chair, attendance — is the session's, not the notice's.
    @Test func aNoticesSectionsAreTheGatheringsItReports() {
        let text = """
            关于县委理论学习中心组2024年第5次集体学习情况的通报
            各乡镇党委，县直各单位：
            县委理论学习中心组于近日举行2024年第5次集体学习。现将有关情况通报如下。
            一、学习时间
            2024年6月18日（星期二）上午
            二、参加人员
            县委书记葛文涛主持学习并讲话。县长冉立秋出席并作交流发言。
            三、学习内容
            传达学习全省组织工作会议精神。
            中共平溪县委办公室
            2024年6月20日
            """
        let graph = R.extract(text, reference: "2024-06-20")
        let session = graph.nodes(ofType: .event).first { $0.date?.iso == "2024-06-18" }
        #expect(session != nil, "\(R.events(graph))")
        #expect(R.edges(graph, .chairs) == ["葛文涛→\(session?.label ?? "")"], "\(R.edges(graph, .chairs))")
    }

    /// A notice arranging a week of study: the activity its own clause dates, the session a
    /// later sentence opens on its day, and the meetings its study list numbers in brackets
    /// with their days (what an item tells after its meeting is that meeting's) — not a
    /// deadline asked for (4月底前至少召开一次…).
    @Test func aNoticesActivitySessionAndStudyList() {
        let text = """
            关于开展廉洁文化专题学习周活动的通知
            各二级党组织：
            根据上级关于在全系统开展廉洁文化建设的部署要求，经学院党委研究，决定于5月13日至17日在全院开展廉洁文化专题学习周活动。现将有关事项通知如下。
            一、学习内容
            （一）5月6日全院廉洁文化建设推进会精神。院党委书记温立宁在推进会上提出，全院要推行“三单一账”廉洁风险防控机制。
            （二）5月9日全市教育系统警示教育大会精神。会议要求各单位5月底前至少召开一次警示教育会。
            （三）学院党委5月8日印发的《琼川职业技术学院廉洁文化建设实施方案》。方案部署开展“清风校园”专项行动。
            二、学习安排
            5月15日（星期三）下午3:00，在图书馆报告厅举行学院党委理论学习中心组集中学习，由党委书记温立宁主持。
            中共琼川职业技术学院委员会办公室
            2024年5月10日
            """
        let graph = R.extract(text, reference: "2024-05-10")
        #expect(R.events(graph) == [
            "2024-05-06 全院廉洁文化建设推进会", "2024-05-08 琼川职业技术学院廉洁文化建设实施方案", "2024-05-09 全市教育系统警示教育大会",
            "2024-05-10 关于开展廉洁文化专题学习周活动的通知",
            "2024-05-13 廉洁文化专题学习周活动", "2024-05-15 下午 学院党委理论学习中心组集中学习",
        ], "\(R.events(graph))")
        #expect(R.edges(graph, .chairs) == ["温立宁→学院党委理论学习中心组集中学习"], "\(R.edges(graph, .chairs))")
        // What the item tells after naming the meeting is that meeting's.
        #expect(R.firstStated(graph) == ["全院廉洁文化建设推进会→三单一账", "琼川职业技术学院廉洁文化建设实施方案→清风校园"], "\(R.firstStated(graph))")
        // A sentence opening on the day of the decision does not date the gathering decided.
        let decided = R.extract("关于召开理论学习会的通知\n各支部：\n11月27日，校党委研究决定，召开全校理论学习会。现将有关事项通知如下：\n一、时间：12月2日下午\n中共某学院委员会\n2024年11月28日", reference: "2024-11-28")
        #expect(!R.events(decided).contains { $0.hasPrefix("2024-11-27") }, "\(R.events(decided))")
        // A document named as issued before, without its day in its clause, is no event.
        let briefed = R.extract("国务院新闻办公室今天（2月1日）举行新闻发布会，请有关负责人解读日前印发的《关于加强矿山安全的若干措施》。", reference: "2024-02-01")
        #expect(R.events(briefed) == ["2024-02-01 国务院新闻办公室新闻发布会"], "\(R.events(briefed))")
    }

    /// `审议并原则通过《…“…”…实施方案》`: the meeting adopts the plan, so it first states
    /// the campaign the plan names (a document only discussed or cited does not).
    @Test(arguments: ["审议并原则通过", "讨论通过", "审议通过"])
    func aMeetingAdoptingAPlanStatesItsCampaign(_ verb: String) {
        let graph = R.extract("5月9日下午，县长邵文渊主持召开县政府第十四次常务会议，\(verb)《岷川县“三查三治”安全隐患整治专项行动实施方案》。", reference: "2019-05-10")
        #expect(R.firstStated(graph) == ["县政府第十四次常务会议→三查三治"], "\(R.firstStated(graph))")
        #expect(R.edges(graph, .reiterates).isEmpty, "\(R.edges(graph, .reiterates))")
    }

    /// `中心组举行（扩大）学习`: the bracket's enlarged session is a study session, known by
    /// its group; a paragraph of what was issued before it (`会前，…印发《…》`) is its own.
    @Test func aStudyGroupsEnlargedSessionAndTheDocumentIssuedBefore() {
        let text = """
            11月8日，厅党组理论学习中心组举行（扩大）学习，深入学习贯彻党的二十大精神。厅长柯望舒主持学习并讲话。

            会前，厅党组于11月1日印发《关于开展“百村千场”宣讲活动的实施方案》，组建宣讲团。

            柯望舒提出，全系统要按照“一稳三提”工作思路抓好贯彻落实。
            """
        let graph = R.extract(text, reference: "2022-11-10")
        #expect(R.events(graph) == ["2022-11-01 关于开展“百村千场”宣讲活动的实施方案", "2022-11-08 厅党组理论学习中心组（扩大）学习"], "\(R.events(graph))")
        #expect(R.edges(graph, .chairs) == ["柯望舒→厅党组理论学习中心组（扩大）学习"], "\(R.edges(graph, .chairs))")
        // The document whose title launches the campaign puts it forward the day it is issued.
        #expect(R.firstStated(graph) == ["关于开展“百村千场”宣讲活动的实施方案→百村千场", "厅党组理论学习中心组（扩大）学习→一稳三提"], "\(R.firstStated(graph))")
        // A title that only names it (压实“…”) is no launch: the quote is the earlier programme's.
        let named = R.extract(text.replacingOccurrences(of: "关于开展“百村千场”宣讲活动", with: "关于压实“百村千场”宣讲责任"), reference: "2022-11-10")
        #expect(!R.firstStated(named).contains { $0.hasSuffix("→百村千场") }, "\(R.firstStated(named))")
    }

    /// `省委书记…在全会上讲话，…并提出…`, `…在3月18日省政府常务会议上要求`: what was said at
    /// an earlier meeting the report conveys is that meeting's; `在会上` alone is such a
    /// meeting only right after a sentence that conveys it, by someone not named before.
    @Test func wordsSpokenAtAConveyedMeetingAreThatMeetings() {
        let text = """
            3月11日上午，县委常委会召开（扩大）会议，传达学习省委十二届九次全会精神。会议由县委书记章怀远主持。
            会议指出，3月1日召开的省委十二届九次全会意义重大。省委书记贺广川在全会上讲话，并提出在全省开展“三比三拼”竞赛活动。
            会议传达了3月5日全市经济工作会议精神。市委书记相国栋在会上要求，开展“清廉单元”建设。
            章怀远在会上要求，全县开展“一村一警”行动。
            """
        let graph = R.extract(text, reference: "2019-03-12")
        #expect(R.firstStated(graph) == ["全市经济工作会议→清廉单元", "县委常委会（扩大）会议→一村一警", "省委十二届九次全会→三比三拼"], "\(R.firstStated(graph))")
        // The report's own chair, named at its opening, speaks at its own meeting.
        let own = R.extract(text.replacingOccurrences(of: "市委书记相国栋", with: "章怀远"), reference: "2019-03-12")
        #expect(R.firstStated(own).contains("县委常委会（扩大）会议→清廉单元"), "\(R.firstStated(own))")
        // Named first in the sentence that conveys the meeting (…精神和市委书记相国栋在会上的讲话要点),
        // the speaker is that meeting's.
        let introduced = R.extract(text.replacingOccurrences(of: "会议传达了3月5日全市经济工作会议精神。市委书记相国栋在会上要求",
                                                             with: "会议传达了3月5日全市经济工作会议精神和市委书记相国栋在会上的讲话要点。相国栋在会上要求"), reference: "2019-03-12")
        #expect(R.firstStated(introduced).contains("全市经济工作会议→清廉单元"), "\(R.firstStated(introduced))")
    }

    /// `…在调度会上要求` after a sentence conveying `…视频调度会议`: the kind names it with 议
    /// after it too.
    @Test func aKindNamesAMeetingWhoseNameEndsInItsWordForMeeting() {
        let text = """
            6月30日上午，市水务局召开局党组会议，传达了6月28日全省防汛抗旱视频调度会议精神。会议由局长程远主持。
            副省长林朗在调度会上要求，各地对山塘水库要做到“三个到岗”。
            """
        let graph = R.extract(text, reference: "2023-06-30")
        #expect(R.firstStated(graph) == ["全省防汛抗旱视频调度会议→三个到岗"], "\(R.firstStated(graph))")
    }

    /// An earlier meeting named short as a sentence's subject (`集团会议总结了…，丁冠华在讲话中
    /// 提出…`) is what that meeting said; not a meeting the report's line follows
    /// (`会议要求，要按照县委常委会部署，…`).
    @Test func aConveyedMeetingAsTheSubjectSaidIt() {
        let text = """
            7月22日，西岭热电公司召开党委（扩大）会议，传达学习集团公司年中工作会议精神。公司党委书记樊建业主持会议。
            会上，邱明哲传达了7月18日召开的集团公司年中工作会议精神。集团会议总结了上半年生产经营情况，丁冠华在讲话中提出，集团下半年要实现安全生产“双零”目标。
            会议要求，要按照集团会议部署，开展“安全生产百日攻坚”行动。
            """
        let graph = R.extract(text, reference: "2024-07-23")
        #expect(R.firstStated(graph) == ["党委（扩大）会议→安全生产百日攻坚", "集团公司年中工作会议→双零"], "\(R.firstStated(graph))")
    }


    /// `在会上` right after a sentence that opens on an earlier meeting as its subject, named
    /// short (`周三的全市推进会通报了…。市长…在会上提出…`), is that meeting; not when the
    /// sentence before opens on the report's own meeting.
    @Test func atTheMeetingAfterAMeetingThatOpensTheSentenceBefore() {
        let text = """
            5月16日下午，河口镇召开安全生产工作推进会，传达学习本周三全市安全生产工作推进会精神。镇长柳青禾主持会议。
            周三的全市推进会通报了一季度事故情况。市长秦远山在会上提出，在全市开展“安全隐患大扫除”行动。
            柳青禾要求，各村落实“网格巡查”制度。
            """
        let graph = R.extract(text, reference: "2024-05-17")
        #expect(R.firstStated(graph) == ["全市安全生产工作推进会→安全隐患大扫除", "安全生产工作推进会→网格巡查"], "\(R.firstStated(graph))")
        let own = R.extract(text.replacingOccurrences(of: "周三的全市推进会", with: "镇推进会"), reference: "2024-05-17")
        #expect(R.firstStated(own).contains("安全生产工作推进会→安全隐患大扫除"), "\(R.firstStated(own))")
    }
    /// A notice under its red header (`…办公室文件`, `…〔2023〕21号`) is issued the day it is
    /// signed; the study it announces (`决定开展…集体学习（扩大）`) is held on its 时间 line,
    /// and what the notice's body puts forward is the notice's, said before the study.
    @Test func aNoticeUnderItsRedHeaderSetsWhatItsBodyPutsForward() {
        let text = """
            中共澜江理工大学委员会办公室文件

            澜理工党办〔2023〕21号

            关于开展校党委理论学习中心组2023年
            第五次集体学习（扩大）的通知

            各二级党组织，机关各部门、各直属单位：

            经校党委研究，决定开展校党委理论学习中心组2023年第五次集体学习（扩大），现将有关事项通知如下。

            一、时间地点
            时间：2023年6月14日（星期三）下午2:30

            二、有关要求
            校党委决定，在全校开展“学习成果转化月”活动。

            中共澜江理工大学委员会办公室
            2023年6月9日
            """
        let graph = R.extract(text, reference: "2023-06-10")
        #expect(R.events(graph) == ["2023-06-09 关于开展校党委理论学习中心组2023年第五次集体学习（扩大）的通知", "2023-06-14 下午 校党委理论学习中心组2023年第五次集体学习（扩大）"], "\(R.events(graph))")
        #expect(R.firstStated(graph) == ["关于开展校党委理论学习中心组2023年第五次集体学习（扩大）的通知→学习成果转化月"], "\(R.firstStated(graph))")
    }

    /// `会上，` after a sentence that only points back at the conveyed meeting (`…参加了那次会议。`)
    /// is that meeting, told in the sentence before it.
    @Test func atTheMeetingAfterASentencePointingBackAtIt() {
        let text = """
            10月27日上午，市第三人民医院党委召开专题会议，传达学习党的十九大精神。会议由院党委书记欧阳岚主持。
            会议还传达学习了10月25日下午召开的全省卫生系统电视电话会议精神。邵明川等院领导在市卫生委分会场参加了那次会议。会上，省卫生委主任魏长青部署在全省开展“五心服务”行动。
            欧阳岚要求，全院推行“一科一品”。
            """
        let graph = R.extract(text, reference: "2017-10-28")
        #expect(R.firstStated(graph) == ["全省卫生系统电视电话会议→五心服务", "市第三人民医院党委专题会议→一科一品"], "\(R.firstStated(graph))")
    }

    /// A meeting recalled by its holder and kind alone (`县委在9月9日的推进会上提出…`) is the
    /// meeting of that day and level the text names in full, not an event beside it.
    @Test func aMeetingRecalledByItsHolderAndKindIsTheOneNamedInFull() {
        let text = """
            9月12日上午，镇党委书记苏立航主持召开全镇教育实践活动推进会，传达学习9月9日全县教育实践活动推进会精神。
            会议传达了全县推进会的部署。县委在9月9日的推进会上提出，在全县开展“三访三查”活动。
            """
        let graph = R.extract(text, reference: "2013-09-16")
        #expect(R.events(graph) == ["2013-09-09 全县教育实践活动推进会", "2013-09-12 上午 全镇教育实践活动推进会"], "\(R.events(graph))")
        #expect(R.firstStated(graph) == ["全县教育实践活动推进会→三访三查"], "\(R.firstStated(graph))")
    }

    /// A paragraph that opens on its own meeting (`这次全县农村工作会议的主要任务是…`) and then
    /// recalls an earlier one (`去年12月20日召开的县委经济工作会议，…`): the recalled meeting holds
    /// its own sentence only, the paragraphs after it go back to the report's meeting.
    @Test func aRecalledMeetingAfterTheOwnMeetingNamedHoldsOnlyItsSentence() {
        let text = """
            3月5日上午，县委召开全县农村工作会议，县委书记张明远出席会议并讲话。
            张明远指出，这次全县农村工作会议的主要任务是，总结去年工作，部署今年任务。去年12月20日召开的县委经济工作会议，已经对全年农村工作作了原则部署，确定实施“千村美化”工程。
            张明远强调，今年要在全县推行“一村一策”帮扶机制，每个村制定一套增收方案。
            """
        let graph = R.extract(text, reference: "2015-03-06")
        #expect(R.firstStated(graph) == ["全县农村工作会议→一村一策", "县委经济工作会议→千村美化"], "\(R.firstStated(graph))")
    }

    /// A notice whose preamble tells of an earlier meeting (`3月3日，县防指召开…会议，…`) and
    /// then `现就有关事项通知如下`: what its body puts forward is the notice's, signed later;
    /// what the preamble says the meeting decided stays the meeting's.
    @Test func aNoticesBodyAfterItsPreamblesMeetingIsTheNotices() {
        let text = """
            青川县防汛抗旱指挥部办公室文件

            青汛办〔2022〕6号

            青川县防汛抗旱指挥部办公室
            关于做好2022年汛前检查工作的通知

            各乡镇人民政府，县防指各成员单位：

            3月3日，县防指召开2022年第一次全体会议，会议决定在全县开展“汛前大排查”行动。为落实会议部署，现就有关事项通知如下。

            一、建立“三个台账”。各乡镇要建立隐患台账、责任台账、整改台账，实行销号管理。

            二、推行“一库一策”。对病险水库逐一制定度汛方案。

            青川县防汛抗旱指挥部办公室
            2022年3月8日
            """
        let graph = R.extract(text, reference: "2022-03-09")
        // (Its title with its issuer's line above, the whole of a document's formal title.)
        let notice = "青川县防汛抗旱指挥部办公室关于做好2022年汛前检查工作的通知"
        #expect(R.firstStated(graph) == ["县防指2022年第一次全体会议→汛前大排查", notice + "→一库一策", notice + "→三个台账"], "\(R.firstStated(graph))")
    }

    /// A meeting conveyed is the object of the report's verb (`传达学习省委…全会精神，确定…`,
    /// `要认真贯彻…会议部署，深入开展…`): what the clause after it puts forward is the
    /// report's own meeting's, not the conveyed one's.
    @Test func whatFollowsAConveyedMeetingIsTheReportsOwn() {
        let text = "2月10日，省委十二届五次全会召开。2月27日，校党委书记沈若谷主持召开校党委常委会会议，传达学习省委十二届五次全会精神，确定在全校实施“一院一品”党建品牌创建工程。"
        let graph = R.extract(text, reference: "2023-02-28")
        #expect(R.firstStated(graph) == ["校党委常委会会议→一院一品"], "\(R.firstStated(graph))")
        let deployed = R.extract("6月1日，区委召开常委会（扩大）会议。6月4日，街道召开党工委会议。吴海燕要求，要认真贯彻区委常委会（扩大）会议部署，深入开展“我为群众办实事”实践活动。", reference: "2021-06-07")
        #expect(R.firstStated(deployed) == ["党工委会议→我为群众办实事"], "\(R.firstStated(deployed))")
        // The meeting as the subject still puts it forward: 省委…全会确定在全省实施“…”.
        let subject = R.extract("2月10日，省委十二届五次全会召开。2月27日，校党委召开常委会会议。会议指出，省委十二届五次全会确定在全省实施“一院一品”党建品牌创建工程。", reference: "2023-02-28")
        #expect(R.firstStated(subject) == ["省委十二届五次全会→一院一品"], "\(R.firstStated(subject))")
    }

    /// `医院年初职代会确定的“…”`: a meeting named with what it decided, no event of the text
    /// (it names no day), is where the quote comes from — the report's meeting only restates
    /// it; `会议提出的“…”`, the bare word, is the report's own.
    @Test func aMeasureRecalledFromAnUndatedMeetingIsNotPutForwardHere() {
        let text = "9月20日，医院召开院长办公会。会议指出，医院年初职代会确定的“三年创三甲”目标已进入关键之年。"
        let graph = R.extract(text, reference: "2017-09-22")
        #expect(R.firstStated(graph).isEmpty, "\(R.firstStated(graph))")
        #expect(R.edges(graph, .reiterates) == ["医院院长办公会→三年创三甲"], "\(R.edges(graph, .reiterates))")
        // (去年全会提出的“…”: last year's plenum, no event of the text, said it.)
        let plenum = R.extract("8月3日，省委常委会召开会议。会议指出，要落实去年全会提出的“三个一批”任务。", reference: "2017-09-22")
        #expect(R.firstStated(plenum).isEmpty && R.edges(plenum, .reiterates).count == 1, "\(R.firstStated(plenum))")
        // (全会提出，…“…”: a plenum the text tells nothing of, not the report's meeting — unless the
        // report is the plenum's own.)
        let opening = R.extract("8月15日上午，镇党委召开扩大会议，传达学习县委全会精神。全会提出，今后五年全县要坚持“三链同强”，推动产业融合。", reference: "2023-08-16")
        #expect(R.firstStated(opening).isEmpty && R.edges(opening, .reiterates) == ["镇党委扩大会议→三链同强"], "\(R.firstStated(opening))")
        let own = R.extract("8月15日，中共某县委十五届六次全体会议在县城召开。全会提出，今后五年全县要坚持“三链同强”，推动产业融合。", reference: "2023-08-16")
        #expect(R.firstStated(own).count == 1, "\(R.firstStated(own))")
        // (县委十五届五次全会提出，…“…”: the same for a meeting named in full the text tells nothing
        // of; one it tells gets it; 按照推进会部署，… opens with what is followed, no subject.)
        let named = R.extract("8月15日上午，镇党委召开扩大会议。县委十五届五次全会提出，今后五年全县要坚持“三链同强”，推动产业融合。", reference: "2023-08-16")
        #expect(R.firstStated(named).isEmpty && R.edges(named, .reiterates) == ["镇党委扩大会议→三链同强"], "\(R.firstStated(named))")
        let told = R.extract("8月10日，县委十五届五次全会召开。8月15日上午，镇党委召开扩大会议。县委十五届五次全会提出，今后五年全县要坚持“三链同强”，推动产业融合。", reference: "2023-08-16")
        #expect(R.firstStated(told) == ["县委十五届五次全会→三链同强"], "\(R.firstStated(told))")
        let followed = R.extract("8月10日，县委召开推进会。8月15日上午，镇党委召开扩大会议。按照推进会部署，全镇开展“净村”行动。", reference: "2023-08-16")
        #expect(R.firstStated(followed).count == 1, "\(R.firstStated(followed))")
        // (动员大会上提出的“…”: at that meeting, told earlier in the text.)
        let atIt = R.extract("3月5日，石坪镇召开全镇党史学习教育动员大会。6月9日，镇党委理论学习中心组召开学习会。他指出，特别是全镇党史学习教育动员大会上提出的“三访三问”活动受到群众好评。", reference: "2021-06-10")
        #expect(R.firstStated(atIt) == ["全镇党史学习教育动员大会→三访三问"], "\(R.firstStated(atIt))")
        // (4月8日…调度会上提出的“…”: a meeting its day names, 上 before the verb, is an event
        // of that day, which put it forward.)
        let dated = R.extract("4月15日，局党组召开会议。会议指出，4月8日局安全生产调度会上提出的“整改销号”要求，个别单位落实不够有力。", reference: "2021-04-16")
        #expect(R.firstStated(dated) == ["局安全生产调度会→整改销号"], "\(R.firstStated(dated))")
        for mine in ["会议确定的", "今天会议确定的"] {
            let own = R.extract(text.replacingOccurrences(of: "医院年初职代会确定的", with: mine), reference: "2017-09-22")
            #expect(R.firstStated(own) == ["医院院长办公会→三年创三甲"], "\(mine): \(R.firstStated(own))")
        }
    }

    /// A kind alone (`省国资委党委在学习会上…`, `市委在推进会上提出…`) is the meeting of that kind
    /// told right before; a clause opening on `在…会议上，` names its meeting for the speaker after
    /// it (`在2月26日召开的全县农村工作会议上，县委书记…提出…`).
    @Test func aKindAloneOrAnOpeningAtAMeetingNamesTheMeetingSpokenAt() {
        let text = """
            7月26日，集团公司召开党委（扩大）会议。会上，党委副书记鲁春红传达了7月22日省国资委党委理论学习中心组（扩大）学习会精神。省国资委党委在学习会上专题学习了全会精神，要求深入实施“三个一批”改革攻坚行动。
            """
        let graph = R.extract(text, reference: "2024-07-27")
        #expect(R.firstStated(graph) == ["省国资委党委理论学习中心组（扩大）学习会→三个一批"], "\(R.firstStated(graph))")
        let opening = R.extract("3月24日，副县长贾志鸿到云岭乡调研。会议指出，在2月26日召开的全县农村工作会议上，县委书记封子健提出打造“茶旅双带”发展格局。", reference: "2015-03-25")
        #expect(R.firstStated(opening) == ["全县农村工作会议→茶旅双带"], "\(R.firstStated(opening))")
        // (Someone's words opening there stay at the report's event: he is no speaker at the
        // meeting he recalls.)
        let recalled = R.extract("3月24日，副县长贾志鸿到云岭乡调研。贾志鸿指出，在2月26日召开的全县农村工作会议上，县委书记封子健提出打造“茶旅双带”发展格局。", reference: "2015-03-25")
        #expect(!R.edges(recalled, .speaksAt).contains("贾志鸿→全县农村工作会议"), "\(R.edges(recalled, .speaksAt))")
    }
}
