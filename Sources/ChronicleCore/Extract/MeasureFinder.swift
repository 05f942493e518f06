/// A measure as one sentence states it.
struct MeasureMention: Hashable, Sendable {
    /// The label without quotes (`五严五防`, `错峰、错行、错时`).
    var label: String
    var range: Range<Int>
    var sentence: Int
    var components: [String]
    /// The rule that accepted the quote and the cues it saw (`measure:quoted(counted,verb-before)`).
    var rule: String
    /// Some cue puts the quote in a policy's frame — a measure or programme word after
    /// it, a programme's name or period, a counted formula, a directive or a demand
    /// reported, a zero target, a system named by it, a verb putting it forward — not
    /// only its shape (a count, an enumeration, a repetition) or a verb carrying it out.
    var framed: Bool
    /// The cues' points: two or more make a measure wherever it stands; one only in the
    /// report of a meeting that directs (``GraphBuilder/addMeasures(_:)``).
    var points: Int
    /// A quote too weak on its own, a statement of the measure only because the document
    /// makes its label a measure elsewhere (``GraphBuilder/addMeasures(_:)`` keeps it only
    /// when another statement of the label is kept).
    var elsewhere = false
    /// The system's word the label took after the quote (`责任制` of `“河长”责任制`), in scalars.
    var systemWord = 0
}

/// Finds measures: short quoted slogans (`“五严五防”`, `“双零”`, `“三线”作战`) that read
/// as measures — counted slogans, enumerations, or slogans in a measure's context
/// (落实“…”, “…”要求) — and the components the text enumerates for them
/// (`一要严把入口关防输入。二要…`).
struct MeasureFinder {
    let s: [UInt32]
    let verbsBefore: WordList
    /// Verbs that count only right before a quote (创建, 建设; lexicon `measure-verbs-right-before`).
    let verbsRightBefore: WordList
    /// Verbs that put a measure forward (提出, 明确, 部署; lexicon `setting-verbs`).
    let settingVerbs: WordList
    /// Verbs that launch or carry out a programme (推行, 开展, 试点; lexicon
    /// `measure-launch-verbs`): with one cue, enough in a local directing meeting's report.
    let launchVerbs: WordList
    let wordsAfter: WordList
    let stoplist: Set<[UInt32]>
    let programmeWords: WordList
    let nameEndings: WordList
    /// After a quote: a theme, a programme's part, a craft, a prize (lexicon `measure-frames-after`).
    let framesAfter: WordList
    /// After a quote: a body or its meeting (lexicon `measure-body-frames-after`: “两委”会议).
    let bodyFramesAfter: WordList
    /// Right before a quote, words that make it a theme or the name of something held
    /// (lexicon `measure-frames-before`: 大会主题“…”, 正在举办的“…”活动).
    let framesBefore: WordList
    let meetingWords: WordList
    /// Words that make a clause a directive or a reported demand (强调, 必须, 坚决…;
    /// lexicon `measure-directive-markers`).
    let directiveMarkers: WordList
    /// Words that make a clause a directive itself (必须, 坚决, 确保…; lexicon
    /// `measure-directive-modals`), as a clause opening with 要 does.
    let directiveModals: WordList
    /// Words that distance a quote from the writer (所谓, 谴责…; lexicon
    /// `measure-distancing-before`).
    let distancing: WordList
    /// Words of opposing what a quote names (反对; lexicon `measure-opposed-before`): a
    /// quote after them is no measure, unless it counts a formula, and then only in a
    /// directing local meeting's line (one point).
    let opposing: WordList
    /// Words of fighting what a quote names (打击, 惩治, 整治; lexicon
    /// `measure-condemned-before`): an uncounted quote after them is no measure.
    let condemned: WordList
    /// Words of a part played (当好, 争当, 甘当; lexicon `measure-role-verbs-before`): an
    /// uncounted quote after them in its clause is a metaphor.
    let roleVerbs: WordList
    /// Words warding off what a quote names, right before it (力戒, 严防, 不能; lexicon
    /// `measure-avoided-right-before`): an uncounted quote at most four characters after one
    /// is a thing avoided.
    let avoided: WordList
    /// Words a body's name ends with (委员会, 领导小组…; lexicon `organization-suffixes`, and
    /// 实验室, 研究院…; `measure-body-endings`).
    let organizationSuffixes: WordList, bodyEndings: WordList
    /// Words a day's, a week's, a festival's, an honour's or a unit's name ends with
    /// (…日, …周, …节, …勋章, …大队; lexicon `measure-thing-endings`).
    let thingEndings: WordList
    /// Words of a role played (作用, 角色; lexicon `measure-roles-after`): an uncounted
    /// quote before them is a metaphor.
    let rolesAfter: WordList
    /// Words that introduce a saying (老话, 古人云, 诗句; lexicon `measure-sayings-before`):
    /// earlier in a quote's sentence, across its clauses, they make it a proverb or a line quoted.
    let sayings: WordList
    /// Verbs that name a proposal or its carrying out before 的 (提出的“…”, 推行的“…”;
    /// lexicon `setting-verbs` and `measure-verbs-before`).
    let proposalVerbs: WordList

    /// The number a count numeral stands for (一 … 十, 两, 双), or nil.
    static func countNumeral(_ c: UInt32) -> Int? {
        switch c {
        case 0x4E24, 0x53CC: 2  // 两 双
        case Numerals.ten: 10
        default: Numerals.chineseDigit(c).flatMap { $0 > 0 ? $0 : nil }
        }
    }
    static let ordinals: [UInt32] = U.s("一二三四五六七八九十")
    /// 百, 千, 万: the counts a campaign's name may open with (百日攻坚, 千村示范).
    static let largeCounts = U.set("百千万")
    static let badInside = U.set("，,。！？；!?;：:《》")
    static let zero: UInt32 = 0x96F6 /* 零 */, ten: UInt32 = 0x5341 /* 十 */, five: UInt32 = 0x4E94 /* 五 */
    static let systemSuffixes = [U.s("负责制"), U.s("责任制"), U.s("制")]
    static let ordinalMarkers = [U.c("要"), U.c("是")]
    static let afterWord = U.set("的和与及、")
    static let directives = U.set("要须")
    /// …机制, …体制, …编制, …限制, …定制, …遏制, …绘制: 制 that does not make a system of the quote.
    static let notSystem = U.set("机体编控限定管抵压克节专研牵遏强印复绘")
    /// Characters that name where a role is played (在…中的作用), not whose it is.
    static let roleWhere = U.set("中在上里")

    init(document: TextDocument, lexicon: Lexicon) {
        s = document.scalars
        verbsBefore = lexicon.wordList("measure-verbs-before")
        verbsRightBefore = lexicon.wordList("measure-verbs-right-before")
        settingVerbs = lexicon.wordList("setting-verbs")
        launchVerbs = lexicon.wordList("measure-launch-verbs")
        wordsAfter = lexicon.wordList("measure-words-after")
        stoplist = Set(lexicon.entries("measure-stoplist").map(U.s))
        programmeWords = lexicon.wordList("measure-programme-words")
        nameEndings = lexicon.wordList("measure-name-endings")
        framesAfter = lexicon.wordList("measure-frames-after")
        bodyFramesAfter = lexicon.wordList("measure-body-frames-after")
        framesBefore = lexicon.wordList("measure-frames-before")
        meetingWords = lexicon.wordList("meeting-words")
        directiveMarkers = lexicon.wordList("measure-directive-markers")
        directiveModals = lexicon.wordList("measure-directive-modals")
        distancing = lexicon.wordList("measure-distancing-before")
        opposing = lexicon.wordList("measure-opposed-before")
        condemned = lexicon.wordList("measure-condemned-before")
        roleVerbs = lexicon.wordList("measure-role-verbs-before")
        avoided = lexicon.wordList("measure-avoided-right-before")
        organizationSuffixes = lexicon.wordList("organization-suffixes")
        bodyEndings = lexicon.wordList("measure-body-endings")
        thingEndings = lexicon.wordList("measure-thing-endings")
        rolesAfter = lexicon.wordList("measure-roles-after")
        sayings = lexicon.wordList("measure-sayings-before")
        proposalVerbs = WordList((lexicon.entries("setting-verbs") + lexicon.entries("measure-verbs-before") + ["强调", "倡导", "倡议", "要求"]).map(U.s))
    }

    func text(_ range: Range<Int>) -> String {
        U.string(s, range)
    }

    struct Quote {
        var content: Range<Int>
        var outer: Range<Int>
        /// Where the list of quotes this one was written in starts (“脱钩断链”、“小院高墙”),
        /// for the verb before the list.
        var listStart: Int?
    }

    /// Quoted spans of a sentence; quotes joined only by 、 form one group.
    func quoteGroups(in range: Range<Int>) -> [[Quote]] {
        var groups: [[Quote]] = []
        // (A local function over the scalars, not a closure value made per quote: that
        // copied the whole finder each time.)
        let s = self.s
        func counted(_ q: Quote) -> Bool { q.content.first.map { Self.countNumeral(s[$0]) != nil } ?? false }
        var i = range.lowerBound
        while i < range.upperBound {
            guard s[i] == U.openQuote else { i += 1; continue }
            guard let close = s.firstOccurrence(of: [U.closeQuote], in: i + 1..<min(range.upperBound, i + 40)) else { i += 1; continue }
            let quote = Quote(content: i + 1..<close, outer: i..<close + 1)
            // “错峰”“错行”“错时” and “老虎”、“苍蝇” are one slogan; “五严五防”、“四后” are two.
            if let lastGroup = groups.last, let last = lastGroup.last, !counted(quote), !lastGroup.contains(where: counted),
                last.outer.upperBound == i || (last.outer.upperBound + 1 == i && s[last.outer.upperBound] == U.listSeparator)
            {
                groups[groups.count - 1].append(quote)
            } else {
                groups.append([quote])
            }
            // Two quotes written back to back are two names (“专精特新”“小巨人”); a third
            // (“错峰”“错行”“错时”) or a 、 (“老虎”、“苍蝇”) makes them one slogan.
            i = close + 1
        }
        return groups.flatMap { group -> [[Quote]] in
            guard group.count == 2 else { return [group] }
            if group[0].outer.upperBound == group[1].outer.lowerBound { return [[group[0]], [group[1]]] }
            // “脱钩断链”、“小院高墙”和…: two names listed; with a short tail that ends the
            // clause (“老虎”、“苍蝇”一起打) they are one slogan.
            guard tailLength(after: group[1].outer.upperBound, limit: range.upperBound) == nil else { return [group] }
            var first = group[0], second = group[1]
            first.listStart = first.outer.lowerBound
            second.listStart = first.outer.lowerBound
            return [[first], [second]]
        }
    }

    /// A short tail (2–3 Han characters) right after a quote that ends the clause and is
    /// not a measure word: `一起打` in “老虎”、“苍蝇”一起打.
    func tailLength(after end: Int, limit: Int) -> Int? {
        var k = end
        while k < limit, U.isHan(s[k]), k - end < 4 { k += 1 }
        guard k - end >= 2, k - end <= 3, k == limit || U.isClauseEnd(s[k]), s.firstWord(of: wordsAfter, at: end) == nil else { return nil }
        return k - end
    }

    /// The cues that make a quoted label read as a measure, each worth a point or two:
    /// a count numeral first (`五严五防`, 2), a zero (`双零`), an enumeration
    /// (`错峰、错行、错时`, 2), a measure verb shortly before (`落实“…”`), a measure word
    /// right after (`“…”要求`), the label repeated in the document.
    func cues(label: [UInt32], outer: Range<Int>, listStart: Int? = nil, repeated: Bool, sentenceStart: Int? = nil) -> [(name: String, points: Int)] {
        var cues: [(name: String, points: Int)] = []
        // `两个维护`, `四大集群`, `五严五防`: a count and what it counts make a formula (2);
        // a numeral alone starts descriptions and names too (`一定进展`, `三夏`, `十四冬`): 1.
        // A second count alone (`三舱三船`, `五纵五横`, `十全十美`) shapes structures, terrain
        // and idioms as often as formulas (read in news: none of four right): 1, like a
        // numeral, so that a context cue must speak for it (`落实“五严五防”`).
        if let first = label.first, Self.countNumeral(first) != nil {
            switch Self.countShape(label) {
            case .counter: cues.append(("counted", 2))
            case .pairedCounts: cues.append(("paired-counts", 1))
            case nil: cues.append(("numeral", 1))
            }
        }
        if label.contains(Self.zero) { cues.append(("zero", 1)) }
        let parts = label.split(separator: U.listSeparator)
        // Parts of one or two characters (合作、互信、机遇, 水库、钱库、粮库; 防、控、治, but
        // also 山、海、产、城、人) are keywords as often as a slogan's clauses (a theme, a
        // list of elements; read in news: one in four right): one point.
        if parts.count >= 2, parts.allSatisfy({ (1...10).contains($0.count) }), parts.count >= 3 || parts.allSatisfy({ $0.count >= 3 }) {
            cues.append(("enumeration", parts.allSatisfy { $0.count <= 2 } ? 1 : 2))
        }
        // 落实“…”, 守好疫情防控“…”: a measure verb right before, or a few words before
        // in the same clause.
        let before = listStart ?? outer.lowerBound
        for gap in 0...6 where before - gap > 0 {
            if gap > 0, U.isClauseEnd(s[before - gap]) || s[before - gap] == U.closeQuote { break }
            if let verb = s.word(of: verbsBefore, endingAt: before - gap) ?? (gap == 0 ? s.word(of: verbsRightBefore, endingAt: before) : nil) {
                cues.append(("verb-before", 1))
                // 要胸怀“国之大者”: a directive's verb.
                let at = before - gap - verb.count
                if gap == 0, at > 0, Self.directives.contains(s[at - 1]) { cues.append(("directive", 1)) }
                break
            }
        }
        // 开展为期100天的“…”行动, 健全直达基层的临灾预警“叫应”机制: the verb further back, its
        // object the measure word after the quote, a modifier ending in 的 between. (Read
        // on five years of news: 4 quotes more, all measures.)
        let headWordAfter = s.firstWord(of: programmeWords, at: outer.upperBound) != nil || s.firstWord(of: wordsAfter, at: outer.upperBound) != nil
        if headWordAfter, !cues.contains(where: { $0.name == "verb-before" }) {
            var k = before - 1
            var de = false
            while k > 0, before - k <= 30, !U.isClauseEnd(s[k]), s[k] != U.closeQuote {
                if s[k] == Lit.de { de = true }
                // (Not a verb right before 的, the modifier's own: 其支持的“…”武装, 实施的这类行动.)
                if de, s[k] != Lit.de, s.word(of: verbsBefore, endingAt: k) != nil {
                    cues.append(("verb-over-modifier", 1))
                    break
                }
                k -= 1
            }
        }
        // 会议确定的“十件民生实事”, 全会提出的“…”, 审议通过的“…”三年行动计划: a setting verb
        // right before 的 names the quote as what was put forward — a point with its own
        // (read in five news years: as often someone else's proposal, operation or system;
        // so a measure so framed only in a meeting's report: not among the framing cues).
        // (Not 决策部署的“最初一公里”: 部署 in a noun.)
        if before >= 3, s[before - 1] == Lit.de, !cues.contains(where: { $0.name == "verb-before" || $0.name == "verb-over-modifier" }),
            let verb = s.word(of: settingVerbs, endingAt: before - 1), !s.has(Self.decision, at: before - 1 - verb.count - 2)
        {
            cues.append(("named-as-put-forward", 1))
        }
        // 明确了“…”的治水思路, 提出“…”: put forward — a policy's frame, worth no point
        // of its own (the verb-before cue counts it), but enough for a quote only its
        // shape speaks for outside a meeting's report.
        for gap in 0...2 where before - gap > 0 {
            if gap > 0, !Self.afterSettingVerb.contains(s[before - gap]) { break }
            if let verb = s.word(of: settingVerbs, endingAt: before - gap) {
                cues.append(("put-forward", 0))
                // 全省政协工作座谈会提出“…”, 全会确定了“…”: a meeting named as the subject of
                // the verb puts the quote forward as its line.
                let at = before - gap - verb.count
                if at > 0, let word = s.word(of: meetingWords, endingAt: at), word.count >= 2 {
                    cues.append(("meeting-put-forward", 2))
                }
                break
            }
        }
        // 推行“点题整治”, 先行试点“拿地即开工”审批模式: a programme launched or carried out —
        // worth no point of its own, but with one cue of the quote's own enough in a local
        // directing meeting's report (MeasurePass.addMeasures), as a directive's clause is.
        for gap in 0...2 where before - gap > 0 {
            if gap > 0, !U.isHan(s[before - gap]) { break }
            if s.word(of: launchVerbs, endingAt: before - gap) != nil {
                cues.append(("launch-verb", 0))
                break
            }
        }
        // 要“不拘一格降人才”: the quote is itself the directive (not 需要“…”, 重要“…”: 要
        // inside a word; also needs “保温”, 中国需要“德国质量”).
        if outer.lowerBound > 0, Self.directives.contains(s[outer.lowerBound - 1]),
            outer.lowerBound < 2 || !Self.notDirectiveBeforeYao.contains(s[outer.lowerBound - 2])
        {
            cues.append(("directive", 2))
        }
        if s.firstWord(of: programmeWords, at: outer.upperBound) != nil {
            cues.append(("programme-word-after", 2))
        } else if measureWordAfter(at: outer.upperBound) {
            cues.append(("word-after", 1))
        } else if (1...2).contains(where: { gap in (0..<gap).allSatisfy { outer.upperBound + $0 < s.count && U.isHan(s[outer.upperBound + $0]) }
            && measureWordAfter(at: outer.upperBound + gap) })
        {
            // “2+2”对话机制, “X”工作机制: the measure word after a short qualifier.
            cues.append(("word-after", 1))
        }
        // “十四五”: a five-year plan period.
        if Self.isPlanPeriod(label) { cues.append(("plan-period", 2)) }
        if label.count >= 3, label.word(of: nameEndings, endingAt: label.count) != nil { cues.append(("programme-name", 1)) }
        // 解决“四风”问题, “三农”问题: a counted formula of what a campaign targets.
        if let first = label.first, Self.countNumeral(first) != nil, s.has(Self.problem, at: outer.upperBound) { cues.append(("problem-formula", 1)) }
        if repeated { cues.append(("repeated", 1)) }
        // 《泺南市大气污染防治“百日攻坚”行动方案》: named by a document issued or adopted.
        if insideDocumentTitle(outer) { cues.append(("document-title", 2)) }
        // A plain word of two characters (金融, 合龙, 北溪) in someone's directive or demand is
        // as often a thing as a slogan (read in news: one in three right); its clause gives
        // it no point (a count, a zero or a measure word around it still do).
        let plainWord = label.count == 2 && Self.countNumeral(label[0]) == nil && !label.contains(Self.zero)
        // 会议决定，…启动“…”百日攻坚行动; 会议确定，将每周三定为“…”: what the meeting decided
        // to launch, carry out or name — its decision told with the verb putting the quote
        // forward.
        if let sentenceStart, decidedByTheMeeting(sentenceStart: sentenceStart, quote: before),
            cues.contains(where: { Self.decisionVerbCues.contains($0.name) }) || Self.designating.contains(where: { before >= $0.count && s.has($0, at: before - $0.count) })
        {
            cues.append(("meeting-decision", 2))
        }
        if let sentenceStart, !plainWord {
            switch directive(before: listStart ?? outer.lowerBound, sentenceStart: sentenceStart) {
            // The meeting's own line (会议强调，要…; 全会要求…) sets out what is to be done;
            // anyone else's directive, in news above all, quotes metaphors, problems and
            // objects as often as slogans (read on a year of news: about one in three right).
            case .imposed: cues.append(s.has(Self.meetingSubject, at: sentenceStart) || s.has(Self.plenumSubject, at: sentenceStart) ? ("meeting-directive", 2) : ("directive-clause", 1))
            case .reported: cues.append(("reported-demand", 1))
            case nil: break
            }
        }
        return cues
    }

    /// Does the sentence open with a meeting's decision (会议决定，…, 会议研究确定…, 全会宣布…)
    /// and reach the quote at `quote` without ending a sentence?
    func decidedByTheMeeting(sentenceStart: Int, quote: Int) -> Bool {
        Self.decidedByTheMeeting(s, sentenceStart: sentenceStart, quote: quote)
    }

    static func decidedByTheMeeting(_ s: [UInt32], sentenceStart: Int, quote: Int) -> Bool {
        var k = sentenceStart
        while k < quote, !U.isHan(s[k]) { k += 1 }
        guard let subject = Self.decidingSubjects.first(where: { s.has($0, at: k) }) else { return false }
        k += subject.count
        if s.has(Self.study, at: k) { k += Self.study.count }
        guard let decided = Self.decisions.first(where: { s.has($0, at: k) }) else { return false }
        return k + decided.count <= quote
    }
    static let decidingSubjects: [[UInt32]] = ["会议", "全会", "大会"].map(U.s)
    static let study = U.s("研究")
    static let decisions: [[UInt32]] = ["决定", "确定", "宣布", "同意"].map(U.s)
    /// The cues of a verb putting the quote forward, launching or carrying it out.
    static let decisionVerbCues: Set<String> = ["put-forward", "launch-verb", "verb-before", "verb-over-modifier"]
    /// 定为“…”, 设立“…”: what names a day, a post or a service so.
    static let designating: [[UInt32]] = ["定为", "设立", "设为", "命名为"].map(U.s)
    /// A system's words right after a quote (“院长接待日”制度, “…”机制).
    static let systemWords: [[UInt32]] = ["制度", "机制", "责任制", "工作制"].map(U.s)

    /// How a quote's sentence frames it before `start`.
    enum Directive {
        /// A directive itself: a clause opening with `要` (`各级干部要…`) or a modal such as
        /// `必须`, `坚决`, `确保` (lexicon `measure-directive-modals`). Reports set out what is
        /// to be done that way (`要发挥好考核的“指挥棒”作用`); news names products and places
        /// without it.
        case imposed
        /// Somebody's demand or statement reported (`强调`, `指出`, `要求`; lexicon
        /// `measure-directive-markers`): anyone's words, a foreign minister's too.
        case reported
    }

    /// Is a quote starting at `start` part of a directive, and of which kind? A modal or a
    /// `要` clause anywhere before it in its sentence wins over a reporting verb.
    func directive(before start: Int, sentenceStart: Int) -> Directive? {
        var clauseStart = sentenceStart
        var found: Directive?
        var k = sentenceStart
        while k < start {
            let c = s[k]
            if U.isClauseEnd(c) {
                clauseStart = k + 1
            } else if c == Self.yao, k - clauseStart <= 6, k + 1 < s.count, !Self.notDirectiveAfterYao.contains(s[k + 1]),
                k == clauseStart || !Self.notDirectiveBeforeYao.contains(s[k - 1])
            {
                return .imposed
            } else if directiveModals.startsWith(c), s.firstWord(of: directiveModals, at: k) != nil {
                return .imposed
            } else if directiveMarkers.startsWith(c), s.firstWord(of: directiveMarkers, at: k) != nil {
                found = .reported
            }
            k += 1
        }
        return found
    }

    /// `两个维护`, `四大集群`, `六项措施` (a count then 个 / 大 / 项 / 条 / 种 / 类 / 张), or a
    /// second count further on (`五严五防`, `三管三必须`, `一岗双责`): the shapes of a formula.
    static func countShape(_ label: [UInt32]) -> CountShape? {
        var k = 0
        while k < label.count, countNumeral(label[k]) != nil { k += 1 }
        if k < label.count, counters.contains(label[k]) { return .counter }
        return label[k...].dropFirst().contains { countNumeral($0) != nil } ? .pairedCounts : nil
    }

    /// How a label opening with a count is shaped.
    enum CountShape {
        /// A count and its counter (`两个维护`, `五大发展理念`, `六项措施`).
        case counter
        /// A second count further on (`五严五防`, `一岗双责`, but also `三舱三船`).
        case pairedCounts
    }

    static let counters = U.set("个大项条种类张")

    static let yao: UInt32 = 0x8981 /* 要 */
    static let meetingSubject = U.s("会议"), plenumSubject = U.s("全会")
    /// 重要, 主要, 需要, 只要, 纲要, 摘要, 概要, 政要, 纪要, 首要, 必要: 要 inside a word, not a
    /// directive.
    static let notDirectiveBeforeYao = U.set("重主需只纲摘概紧扼政纪提首显必")
    /// 要素, 要点, 要闻, 要案: 要 starting a noun; 要求, a reporting verb (lexicon
    /// `measure-directive-markers`), not a directive of the writer's.
    static let notDirectiveAfterYao = U.set("素点闻案件害地职求")

    /// Does the quote ending at `end` describe a meeting or a fair named after it
    /// (`打造“永不落幕”的广交会`): `的` and, in the same clause, a meeting word?
    func describesMeeting(after end: Int) -> Bool {
        guard end < s.count, s[end] == Lit.de else { return false }
        var k = end + 1
        while k < s.count, k - end <= 10, U.isHan(s[k]) {
            k += 1
            if s.word(of: meetingWords, endingAt: k) != nil { return true }
        }
        return false
    }

    /// Is the quote ending at `end` the name of something held (`“非洲伙伴”媒体行动在京举行`,
    /// `“…文明对话”活动20日在阿斯塔纳举行`): 举行, 开幕 or 闭幕 later in its clause, within 20
    /// characters, ending it? Measures are put forward and carried out, not held (but
    /// 就“一带一路”合作举行会谈: the talks are held, the quote is their topic).
    func namesAnEventHeld(after end: Int, limit: Int) -> Bool {
        var k = end
        while k < limit, k - end <= 20, !U.isClauseEnd(s[k]) {
            if let held = Self.heldWords.first(where: { s.has($0, at: k) }) {
                let after = k + held.count
                return after >= limit || U.isClauseEnd(s[after])
            }
            k += 1
        }
        return false
    }
    static let heldWords: [[UInt32]] = ["举行", "举办", "开幕", "闭幕"].map(U.s)

    /// Does a label name a body (`…领导小组`, `…重点实验室`) rather than a measure? (Of the
    /// organizers' suffixes only those of three characters or more: `五个中心` is a goal.)
    func namesABody(_ label: [UInt32]) -> Bool {
        (label.word(of: organizationSuffixes, endingAt: label.count)?.count ?? 0) >= 3 || label.word(of: bodyEndings, endingAt: label.count) != nil
    }
    /// Does a label name a day, a week, a festival, an honour or a unit (`国际茶日`,
    /// `中国电影周`, `友谊勋章`, `七一勋章`)? Not a counted one (`两节`, the two holidays a
    /// duty covers): a count, then no second numeral (七一, 八一 are dates).
    func namesAThing(_ label: [UInt32]) -> Bool {
        guard let ending = label.word(of: thingEndings, endingAt: label.count) else { return false }
        // A quality listed as a principle's part (“自愿、弹性”原则); a problem to solve
        // (“扎实解决好群众急难愁盼问题”): a measure's words.
        // (And money listed with what it pairs with: “人、地、钱”挂钩.)
        if ending == Self.quality || ending == Self.money, label.contains(U.listSeparator) { return false }
        if ending == Self.problem, label.firstOccurrence(of: Self.solve, in: 0..<label.count) != nil { return false }
        // A crowd, counted or not (“五路大军”).
        if ending == Self.crowd { return true }
        let counted = label.count >= 2 && Self.countNumeral(label[0]) != nil && Self.countNumeral(label[1]) == nil && label[1] != Self.zero
        return !counted
    }
    /// `“入园贵”问题`, `“产能过剩”问题`: a problem named, not a measure — unless counted
    /// (`“四风”问题`, `“三农”问题`: the formula of what a campaign targets).
    func namesAProblem(_ label: [UInt32], after end: Int) -> Bool {
        // (解决“对谁传播、谁来传播”等问题: problems listed.)
        // (解决“复工未复产、复产难达产”的问题: a problem described.)
        (s.has(Self.problem, at: end) || (end < s.count && (s[end] == Self.etc || s[end] == Lit.de) && s.has(Self.problem, at: end + 1)))
            && !(label.first.map { Self.countNumeral($0) != nil } ?? false)
    }
    static let problem = U.s("问题"), criticalPeriod = U.s("关键期"), quality = U.s("性"), solve = U.s("解决"), money = U.s("钱"), crowd = U.s("大军")
    /// A repetition (or a quote back to back with another) and a clause's framing only
    /// (``find(in:)``).
    static let repetitionInAClause: Set<String> = ["repeated", "back-to-back", "directive-clause", "reported-demand"]
    /// 这个, 这套, 这张, 这块, 这座, 这部, 这种, 这条 … right before a quote: it names a thing pointed at.
    static let pointedAt: [[UInt32]] = ["这个", "这套", "这张", "这块", "这座", "这部", "这种", "这条", "这片", "这艘", "这家", "这所"].map(U.s)
    /// `探索二号`, `奋斗者号`: a label ending in 号 names a ship or a craft.
    static let hao: UInt32 = 0x53F7 /* 号 */
    /// `挂账销号`, `整改销号`: 销号 closes an item of a ledger, a way of working, no craft.
    static func closesOut(_ label: [UInt32]) -> Bool { label.count >= 4 && label.suffix(2).elementsEqual(closeOut) }
    static let closeOut = U.s("销号")
    /// Classifiers of things counted (两张皮, 一盘棋, 两只手, 两把尺子): a count of objects.
    static let objectClassifiers = U.set("张只把块盘根颗")
    static let theme = U.s("主题"), around = WordList([U.s("围绕")])

    /// Is the quote starting at `start` opposed, condemned or "so-called" earlier in its
    /// clause (`反对“脱钩”`, `所谓“有背景”的`; lexicon `measure-distancing-before`)?
    /// With `acrossClauses`, the words are looked for up to 30 characters back in the whole
    /// sentence (a saying introduced clauses before: 中国有两句老话，一句是“…”).
    /// `within` bounds how far back a word may end (24 characters in the clause by default).
    func distanced(before start: Int, sentenceStart: Int, by words: WordList? = nil, acrossClauses: Bool = false, within: Int? = nil) -> Bool {
        let words = words ?? distancing
        let reach = within ?? (acrossClauses ? 30 : 24)
        var k = start
        while k > sentenceStart, start - k < reach, acrossClauses || !U.isClauseEnd(s[k - 1]) {
            if s.word(of: words, endingAt: k) != nil { return true }
            k -= 1
        }
        return false
    }

    /// Is the quote inside what someone claims (`以军3日称，…实施“…”`, `…发言人声称：…`)?
    /// News writes 称 for the words of others — armies, foreign governments, reports —
    /// and their quoted words are their labels, not measures put forward (read on five
    /// years of news: 14 of 17 such quotes were weapons, operations, agencies or labels).
    /// Not 称为, 号称, 被称 … (what something is called).
    func claimed(before start: Int, sentenceStart: Int) -> Bool {
        var k = start - 1
        while k > sentenceStart, start - k <= 80 {
            if s[k] == Self.claim, k + 1 < s.count, Self.claimEnds.contains(s[k + 1]), !Self.notClaims.contains(s[k - 1]) { return true }
            k -= 1
        }
        return false
    }
    static let claim: UInt32 = 0x79F0 /* 称 */
    static let claimEnds = U.set("，：:,")
    static let notClaims = U.set("被为号誉昵戏自堪俗人统简并")

    /// The scalars of a group's label: its quotes' contents joined by 、.
    func labelScalars(_ group: [Quote]) -> [UInt32] {
        var label: [UInt32] = []
        for (k, quote) in group.enumerated() {
            if k > 0 { label.append(U.listSeparator) }
            label += s[quote.content]
        }
        return label
    }

    static let he: UInt32 = 0x548C /* 和 */
    /// 和美, 和谐, 和平, 和睦, 和合: 和 opening a word, not joining two.
    static let heWords = U.set("美谐平睦合")

    /// Does a label join two things with 和 (`中国和东盟`) — not 和 opening a word
    /// (`和美乡村`, `和谐社区`)?
    static func joinsWithHe(_ label: [UInt32]) -> Bool {
        label.indices.contains { k in label[k] == he && !(k + 1 < label.count && heWords.contains(label[k + 1])) }
    }

    /// Is the quote at `outer` inside the title of a document (《关于开展“百日攻坚”行动的实施方案》,
    /// 《…“一村一品”发展规划》): a programme the document issues or adopts?
    func insideDocumentTitle(_ outer: Range<Int>) -> Bool {
        guard let open = (max(0, outer.lowerBound - 60)..<outer.lowerBound).last(where: { s[$0] == U.openBook || s[$0] == U.closeBook }), s[open] == U.openBook,
            let close = (outer.upperBound..<min(s.count, outer.upperBound + 60)).first(where: { s[$0] == U.closeBook || s[$0] == U.openBook || U.isClauseEnd(s[$0]) && s[$0] != U.listSeparator }),
            s[close] == U.closeBook
        else { return false }
        // (Not an honour's: 《…关于授予…“中国消防救援队”队旗的决定》, 《关于表彰…的决定》.)
        guard !Self.honourWords.contains(where: { word in s.firstOccurrence(of: word, in: open..<close) != nil }) else { return false }
        return Self.documentWords.contains { close >= $0.count && s.has($0, at: close - $0.count) }
    }
    static let honourWords: [[UInt32]] = ["授予", "表彰", "命名", "评选"].map(U.s)

    /// `和谐使命-2018`, `东方-2018`: a name with its year after a dash is an exercise's or a
    /// mission's, not a measure — unless a measure's word follows (`“云剑-2020”行动`).
    static func namesAYearsExercise(_ label: [UInt32]) -> Bool {
        guard label.count >= 7, label.suffix(4).allSatisfy({ Numerals.arabicDigit($0) != nil }) else { return false }
        return dashes.contains(label[label.count - 5])
    }
    static let dashes = U.set("-－—–")
    /// What makes a name with its year a campaign or a plan (“云剑-2020”专项行动, “…－2030”战略),
    /// as the word that ends the noun (not 战略演习, an exercise).
    static let campaignWords: [[UInt32]] = ["专项行动", "行动", "发展战略", "战略", "规划", "计划", "愿景"].map(U.s)
    func campaignNamed(after end: Int) -> Bool {
        guard let word = Self.campaignWords.first(where: { s.has($0, at: end) }) else { return false }
        return end + word.count >= s.count || !U.isHan(s[end + word.count])
    }
    /// What a document's title ends with (方案, 意见, 办法…).
    static let documentWords: [[UInt32]] = ["方案", "意见", "办法", "规定", "细则", "计划", "决定", "通知", "纲要", "规划", "措施", "制度", "清单", "指引", "要点", "预案"].map(U.s)

    /// `三八`, `五一`, `十一`, `双十一`: a month and a day in numerals name a day, not a
    /// measure (`双零`, `十四五` are measures).
    static func onlyNumerals(_ label: [UInt32]) -> Bool {
        var digits = label[...]
        if digits.first == 0x53CC /* 双 */ { digits = digits.dropFirst() }
        guard (2...3).contains(digits.count), digits.allSatisfy({ Numerals.chineseDigit($0).map { $0 > 0 } ?? ($0 == ten) }) else { return false }
        return !(digits.count == 3 && digits.first == ten && digits.last == five)
    }

    /// Is the quote ending at `end` followed by a frame that makes it another thing's
    /// name (`为主题`, `篇章`, `号`, `杯`), and not by a longer measure word (`号召`)?
    func framedAsOther(after end: Int, start: Int) -> Bool {
        // “七下八上”防汛关键期: a period, with a word or two between.
        if (1...4).contains(where: { gap in end + gap <= s.count && (end..<end + gap).allSatisfy { U.isHan(s[$0]) } && s.has(Self.criticalPeriod, at: end + gap) }) { return true }
        // 围绕“投资亚洲未来”“…”等14个议题, “…”等5大科学主题: topics or themes listed,
        // with 等 before the word.
        // (主题 only counted: 开展“…”等主题活动 names campaigns.)
        if let topics = (end..<min(s.count, end + 24)).first(where: { k in U.isClauseEnd(s[k]) || Self.topicWords.contains { s.has($0, at: k) } }),
            !U.isClauseEnd(s[topics]), let etc = (end..<topics).first(where: { s[$0] == Self.etc }),
            s.has(Self.topicWords[0], at: topics) || (etc..<topics).contains(where: { Numerals.arabicDigit(s[$0]) != nil || Self.countNumeral(s[$0]) != nil })
                // (围绕“…”“…”等主题，…举行分论坛: themes ending the clause, no campaign after.)
                || s.has(Self.theme, at: topics) && (topics + 2 >= s.count || U.isClauseEnd(s[topics + 2]))
        {
            return true
        }
        // 围绕“…”协商议政, 围绕“…”建言资政: the theme a consultation goes over, not a
        // measure — unless counted (围绕“两个确立”建言: a formula) or a measure's word follows
        // it (围绕“一带一路”建设协商议政).
        if start >= 2, s.has(Self.around.words[0], at: start - 2), start + 1 < s.count, Self.countNumeral(s[start + 1]) == nil,
            s.firstWord(of: programmeWords, at: end) == nil, s.firstWord(of: wordsAfter, at: end) == nil
        {
            var k = end
            while k < s.count, k - end <= 16, !U.isClauseEnd(s[k]) {
                if Self.deliberation.contains(where: { s.has($0, at: k) }) { return true }
                k += 1
            }
        }
        // “…”这一难题 / 话题 / 说法 / 概念: the quote named as a question, a saying or a
        // notion (not “…”这一重大论断, 这一国家战略: a formula's words).
        if s.has(Self.thisOne, at: end) {
            var k = end + Self.thisOne.count
            while k < s.count, k - end <= 10, U.isHan(s[k]) {
                if s.firstWord(of: Self.namedAsOther, at: k) != nil { return true }
                k += 1
            }
        }
        // “一个海洋”峰会, 召开“…”专题协商会: a gathering named by the quote — its theme or
        // name, not a measure.
        if s.firstWord(of: Self.gatheringsNamed, at: end) != nil { return true }
        // 先后建成195家“复兴少年宫”: places counted, a number and a classifier before, the
        // quote ending the noun (not 11所“双一流”建设高校: the quote qualifies the noun after).
        if start >= 2, Self.placeClassifiers.contains(s[start - 1]), Numerals.arabicDigit(s[start - 2]) != nil,
            end >= s.count || !U.isHan(s[end]) { return true }
        // 从“有没有”转向“好不好”: the two ends of a change described, not measures.
        if start >= 1, s[start - 1] == Self.from, let next = (end..<min(s.count, end + 4)).first(where: { s[$0] == U.openQuote }),
            Self.changeWords.contains(where: { s.has($0, at: end) && end + $0.count == next })
        {
            return true
        }
        if let word = Self.changeWords.first(where: { start >= $0.count && s.has($0, at: start - $0.count) }), start - word.count >= 1,
            s[start - word.count - 1] == U.closeQuote,
            let open = (max(0, start - word.count - 30)..<start - word.count - 1).last(where: { s[$0] == U.openQuote }), open >= 1, s[open - 1] == Self.from
        {
            return true
        }
        // 围绕“…”的合作主题: a theme named a few words on (的 + up to four characters + 主题).
        if end < s.count, s[end] == Lit.de,
            (1...4).contains(where: { gap in end + 1 + gap <= s.count && (end + 1..<end + 1 + gap).allSatisfy { U.isHan(s[$0]) }
                && (s.has(Self.topicWords[1], at: end + 1 + gap) || s.has(Self.purport, at: end + 1 + gap)) })
        {
            return true
        }
        guard let frame = s.firstWord(of: framesAfter, at: end), (s.firstWord(of: wordsAfter, at: end)?.count ?? 0) <= frame.count else { return false }
        // 以“…”为主题: a forum's or a show's theme (论坛以“…”为主题), not a campaign's
        // (紧急动员，以“查隐患、严治理…”为主题，开展大检查).
        guard frame == Self.asTheme else { return true }
        // 洽谈会今天在沈阳开幕，以“…”为主题: the clause before says something opened or was
        // held, and this one gives its theme.
        if start >= 2, s[start - 1] == Self.by, U.isClauseEnd(s[start - 2]),
            Self.openedWords.contains(where: { start - 2 >= $0.count && s.has($0, at: start - 2 - $0.count) })
        {
            return true
        }
        var k = start
        while k > 0, start - k < 30, !U.isClauseEnd(s[k - 1]) {
            if s.word(of: meetingWords, endingAt: k) != nil || s.has(Self.show, at: k - 1) || s.has(Self.activity, at: k - 2) { return true }
            k -= 1
        }
        return false
    }

    /// Is the quote ending at `end` followed by 的 and a noun that no measure's word
    /// (lexicon `measure-words-after`, `measure-programme-words`) heads, before the
    /// clause ends (`“…”的良好环境`, not `“…”的执政理念`)?
    func describesANoun(after end: Int, limit: Int) -> Bool {
        guard end < limit, s[end] == Lit.de else { return false }
        // (…“建好、管好、护好、运营好”的重要批示: what an instruction or a speech said.)
        if s.has(Self.important, at: end + 1) { return false }
        var k = end + 1
        while k < limit, k - end <= 12, U.isHan(s[k]) {
            if s.firstWord(of: wordsAfter, at: k) != nil || s.firstWord(of: programmeWords, at: k) != nil { return false }
            k += 1
        }
        return k > end + 1
    }

    /// `一对一`, `点对点`, `面对面`: a manner (X 对 X), how something is done — the
    /// measure is what is done so (“一对一”帮扶, “点对点”运输). (Not `三对接`, a count.)
    static func namesAManner(_ label: [UInt32]) -> Bool {
        label.count == 3 && label[1] == facing && label[0] == label[2]
    }
    static let facing: UInt32 = 0x5BF9 /* 对 */

    /// `十四五`, `十三五`: a five-year plan's period.
    static func isPlanPeriod(_ label: [UInt32]) -> Bool {
        label.count == 3 && label[0] == ten && label[2] == five && (countNumeral(label[1]) != nil || label[1] == ten)
    }

    /// `1·5`, `7·20`, `9.11`: a month and a day in digits, a dot between, name a day
    /// (a speech, a disaster known by its date), not a measure.
    static func namesADay(_ label: [UInt32]) -> Bool {
        guard let dot = label.firstIndex(where: { dateDots.contains($0) }), dot > 0, dot < label.count - 1 else { return false }
        return label.indices.allSatisfy { $0 == dot || Numerals.arabicDigit(label[$0]) != nil } && dot <= 2 && label.count - dot - 1 <= 2
    }
    static let dateDots = U.set("·.．•")

    /// `90后`, `00后`: two digits and 后 name who was born in a decade.
    static func namesACohort(_ label: [UInt32]) -> Bool {
        label.count == 3 && label[2] == after && label[0..<2].allSatisfy { Numerals.arabicDigit($0) != nil }
    }
    static let after: UInt32 = 0x540E /* 后 */

    /// Whether a role word (作用, 角色) follows a quote that ends at `end`: right after it, after
    /// 的, or after a modifier of up to four Han characters (“关键少数”示范引领作用, “…”的根本性作用)
    /// — not one whose words name where (在“一带一路”建设中的作用: the quote is a programme).
    func playsARole(after end: Int, sentenceEnd: Int) -> Bool {
        var k = end
        if k < sentenceEnd, s[k] == Lit.de { k += 1 }
        for _ in 0...4 {
            guard k < sentenceEnd else { return false }
            if s.firstWord(of: rolesAfter, at: k) != nil { return true }
            guard U.isHan(s[k]), !Self.roleWhere.contains(s[k]) else { return false }
            k += 1
        }
        return false
    }

    /// Is the zero quoted at `start` reached rather than aimed at: after 实现(了), right before it
    /// or before a noun of up to four characters, with no target word earlier in its clause —
    /// in its sentence, with a noun between — (确保, 力争, 全力, 努力, 争取, 要, 必须), or after
    /// 连续 (连续10日“零报告”)?
    func zeroReached(before start: Int, sentenceStart: Int) -> Bool {
        var clauseStart = start
        while clauseStart > sentenceStart, !U.isClauseEnd(s[clauseStart - 1]) { clauseStart -= 1 }
        if (max(clauseStart, start - 8)..<start).contains(where: { s.has(Self.running, at: $0) }) { return true }
        // (Right before it, or before a noun of up to four characters it qualifies: 率先实现
        // 土地退化“零增长”.)
        guard let (reach, at) = (0...4).lazy.compactMap({ gap -> ([UInt32], Int)? in
            let end = start - gap
            guard end - 2 >= clauseStart, (end..<start).allSatisfy({ U.isHan(self.s[$0]) }) else { return nil }
            return Self.reached.first(where: { end >= $0.count && self.s.has($0, at: end - $0.count) }).map { ($0, end) }
        }).first else { return false }
        // (With a noun between, what aims may be anywhere in the sentence before: 努力确保重症病人
        // 转危为安，…，实现确诊病人“零死亡”.)
        let before = (at == start ? clauseStart : sentenceStart)..<at - reach.count
        return !Self.aimedAt.contains { word in before.contains { s.has(word, at: $0) } }
    }
    static let running = U.s("连续")
    static let targetWord = U.s("目标")
    static let reached: [[UInt32]] = ["实现了", "实现"].map(U.s)
    static let aimedAt: [[UInt32]] = ["确保", "力争", "全力", "努力", "争取", "要", "必须", "目标"].map(U.s)

    /// Does a measure word (lexicon `measure-words-after`) start at `k`? 战 only ending its
    /// word — “…百日攻坚”战, a battle campaign — not inside another (“台风”战斗机, “三农”战线,
    /// 要像一颗“钢钉”铆在战位上: read in five years of news, none of those a measure).
    func measureWordAfter(at k: Int) -> Bool {
        guard let word = s.firstWord(of: wordsAfter, at: k) else { return false }
        return word != Self.battle || k + 1 >= s.count || !U.isHan(s[k + 1]) || s[k + 1] == Self.campaignEnd
    }
    static let decision = U.s("决策")
    static let battle = U.s("战"), campaignEnd: UInt32 = 0x5F79 /* 役 */

    /// The cues that speak for a quote by its words or what names it (not by its clause
    /// or a repetition only).
    static let strongCues: Set<String> = [
        "counted", "paired-counts", "numeral", "zero", "enumeration", "verb-before", "verb-over-modifier", "named-as-put-forward", "put-forward", "programme-word-after",
        "word-after", "plan-period", "programme-name", "problem-formula", "system-name", "document-title", "meeting-decision", "meeting-put-forward",
    ]

    /// The cues that alone make a quote a measure in a local directing meeting's report
    /// (MeasurePass.addMeasures): a directive's clause, a programme launched, a measure's
    /// verb before it, a measure word after it, a programme's name — not its shape alone
    /// (a count, an enumeration, a repetition).
    static let singleCues: Set<String> = ["directive-clause", "launch-verb", "verb-before", "word-after", "programme-name"]

    /// The cues of ``MeasureMention/framed``.
    static let framingCues: Set<String> = [
        "programme-word-after", "word-after", "programme-name", "plan-period", "counted", "directive", "meeting-directive",
        "directive-clause", "reported-demand", "zero", "system-name", "put-forward", "problem-formula", "document-title", "meeting-decision",
        "meeting-put-forward",
    ]
    /// Between a setting verb and its quote: 了, 出 (提出了“…”, 明确了“…”).
    static let afterSettingVerb = U.set("了出")

    static let important = U.s("重要")
    /// Cues of a quote's shape only (no clause, verb or word around it).
    static let shapeOnly: Set<String> = ["enumeration", "repeated"]
    static let asTheme = U.s("为主题"), show = U.s("展"), activity = U.s("活动"), purport = U.s("主旨")
    static let by: UInt32 = 0x4EE5 /* 以 */
    /// What a clause says of something held, before the clause giving its theme.
    static let openedWords: [[UInt32]] = ["开幕", "闭幕", "举行", "举办", "召开", "启幕", "开班", "开营"].map(U.s)
    static let topicWords: [[UInt32]] = ["议题", "主题", "板块"].map(U.s)
    static let thisOne = U.s("这一")
    /// What a consultation's theme is gone over with (围绕“…”协商议政, 建言资政). (Not 学习,
    /// 交流, 研讨: a study session's theme quoting a slogan is a measure to the development
    /// corpus's readers.)
    static let deliberation: [[UInt32]] = ["协商", "议政", "建言", "资政", "献策"].map(U.s)
    /// What `“…”这一` names when the quote is no measure: a question, a saying, a notion.
    /// (Not 主题: a study session's theme quoting a slogan is a measure to the development
    /// corpus's readers, as 以“…”为主题 in a campaign's.)
    static let namedAsOther = WordList(["难题", "话题", "问题", "课题", "说法", "提问", "概念", "单元", "道理", "宗旨", "精神内核"].map(U.s))
    /// Gatherings a quote right before them names (“…”峰会, “…”专题协商会).
    static let gatheringsNamed = WordList(["峰会", "论坛", "高峰论坛", "研讨会", "专题协商会", "协商会", "博览会", "年会"].map(U.s))
    /// Classifiers of places and institutions counted (195家, 30座, 12所).
    static let placeClassifiers = U.set("家座所")
    static let from: UInt32 = 0x4ECE /* 从 */
    static let changeWords: [[UInt32]] = ["转向", "转变为", "变为", "走向", "到"].map(U.s)
    static let etc: UInt32 = 0x7B49 /* 等 */
    static let style: UInt32 = 0x5F0F /* 式 */, type: UInt32 = 0x578B /* 型 */

    func find(in sentences: [Sentence]) -> [MeasureMention] {
        // Count quoted labels over the document first: a slogan repeated is a slogan.
        // (Labels stay scalars until a measure is found: hashing Chinese `String`s
        // normalizes them first, which cost more than finding the quotes.)
        var counts: [[UInt32]: Int] = [:]
        // Labels the document writes as a body's name somewhere (村“两委”会议): that body
        // wherever quoted.
        var bodies = Set<[UInt32]>()
        var groupsBySentence: [[[Quote]]] = []
        groupsBySentence.reserveCapacity(sentences.count)
        for sentence in sentences {
            let groups = quoteGroups(in: sentence.range)
            groupsBySentence.append(groups)
            for group in groups {
                counts[labelScalars(group), default: 0] += 1
                if group.count == 1, s.firstWord(of: bodyFramesAfter, at: group[0].outer.upperBound) != nil { bodies.insert(labelScalars(group)) }
            }
        }
        var mentions: [MeasureMention] = []
        // Quotes of a label that only their weakness (too few points, a 的 owning them, a
        // list's shape) keeps from being a measure here: statements of it when the
        // document makes the label a measure elsewhere (他在调研中首次提出“船岸联防” before
        // 要坚持“船岸联防”) — a slogan quoted is a slogan wherever the report quotes it.
        var weak: [MeasureMention] = []
        for (index, sentence) in sentences.enumerated() {
            for group in groupsBySentence[index] {
                var scalars = labelScalars(group)
                guard (2...24).contains(scalars.count), !scalars.contains(where: { Self.badInside.contains($0) }),
                    !stoplist.contains(scalars), !bodies.contains(scalars), !Self.joinsWithHe(scalars) || group.count > 1,
                    !Self.onlyNumerals(scalars), !Self.namesADay(scalars), !Self.namesAManner(scalars),
                    // (创“十三五”以来新高: a period counted from tells a time, nothing planned.
                    // But “十四五”时期 stays: the development corpus's readers count the plan named
                    // by its period.)
                    !(Self.isPlanPeriod(scalars) && s.has(TimeNormalizer.since, at: group.last!.outer.upperBound)),
                    // (“东方-2018”战略演习; not “云剑-2020”行动, a campaign named so.)
                    !Self.namesAYearsExercise(scalars) || campaignNamed(after: group.last!.outer.upperBound),
                    scalars.last != Self.hao || scalars.contains(U.listSeparator) || Self.closesOut(scalars),
                    // (A day named as a system's, “院长接待日”制度, or designated by a meeting's
                    // decision, 会议确定，将每周三定为“…巡查日”, is a measure.)
                    !namesAThing(scalars) || Self.systemWords.contains(where: { s.has($0, at: group.last!.outer.upperBound) })
                        || decidedByTheMeeting(sentenceStart: sentence.range.lowerBound, quote: group.first!.outer.lowerBound)
                        && Self.designating.contains(where: { group.first!.outer.lowerBound >= $0.count && s.has($0, at: group.first!.outer.lowerBound - $0.count) }),
                    // (A body to be built is a campaign's name: 推进“清廉医院”建设, “智慧法院”创建 —
                    // launched too: 启动“清廉医院”创建三年行动.)
                    // (Not 支援武汉“方舱医院”建设: a measure's verb right before it.)
                    !namesABody(scalars) || s.firstWord(of: programmeWords, at: group.last!.outer.upperBound) != nil
                        && (s.word(of: verbsBefore, endingAt: group.first!.outer.lowerBound) ?? s.word(of: launchVerbs, endingAt: group.first!.outer.lowerBound)) != nil,
                    // “从都国际论坛”, “…博览会”: a meeting's name, not a measure.
                    !(scalars.count >= 4 && (scalars.word(of: meetingWords, endingAt: scalars.count)?.count ?? 0) >= 2),
                    !namesAProblem(scalars, after: group.last!.outer.upperBound),
                    // 实施“有针对性的”行动: a quoted qualifier names nothing.
                    scalars.last != Lit.de, !namesAnEventHeld(after: group.last!.outer.upperBound, limit: sentence.range.upperBound),
                    // 防止“内卷式”恶性竞争, 一批“环境敏感型”企业: a “-style” or “-type” word
                    // qualifies a noun, it names nothing.
                    !((scalars.last == Self.style || scalars.last == Self.type) && group.count == 1 && group[0].outer.upperBound < s.count && U.isHan(s[group[0].outer.upperBound])),
                    !framedAsOther(after: group.last!.outer.upperBound, start: group.first!.outer.lowerBound),
                    // 这套“有声语文教材”, 广交会这个“金字招牌”: a thing pointed at (not a counted
                    // formula: 这个“一村一名大学生工程”).
                    !(group.first!.outer.lowerBound >= 2 && Self.countNumeral(scalars[0]) == nil
                        && Self.pointedAt.contains(where: { s.has($0, at: group.first!.outer.lowerBound - 2) })),
                    // 大会主题“…”, 正在举办的“…”活动: a theme, the name of something held.
                    s.word(of: framesBefore, endingAt: group.first!.outer.lowerBound) == nil,
                    // 中国有两句老话，一句是“一个巴掌拍不响”: a saying.
                    !distanced(before: group.first!.outer.lowerBound, sentenceStart: sentence.range.lowerBound, by: sayings, acrossClauses: true)
                else { continue }
                var outer = group.first!.outer.lowerBound..<group.last!.outer.upperBound
                if group.count > 1 {
                    // “老虎”、“苍蝇”一起打: a short tail that ends the clause belongs to the slogan.
                    var end = outer.upperBound
                    while end < sentence.range.upperBound, U.isHan(s[end]), end - outer.upperBound < 4 { end += 1 }
                    if end - outer.upperBound >= 2, end - outer.upperBound <= 3, end == sentence.range.upperBound || U.isClauseEnd(s[end]),
                        s.firstWord(of: wordsAfter, at: outer.upperBound) == nil
                    {
                        scalars += s[outer.upperBound..<end]
                        outer = outer.lowerBound..<end
                    }
                }
                var systemName = false
                var systemWord = 0
                // “菜篮子”市长负责制, “河长”制: a system named by its slogan keeps the suffix.
                if group.count == 1 {
                    var end = outer.upperBound
                    while end < sentence.range.upperBound, U.isHan(s[end]), end - outer.upperBound < 5 { end += 1 }
                    for suffix in Self.systemSuffixes {
                        var k = outer.upperBound + suffix.count
                        while k <= end {
                            // …制 that ends a word (“河长”制，), not 制度 or 体制机制.
                            if s.has(suffix, at: k - suffix.count), k >= s.count || !U.isHan(s[k]) || Self.afterWord.contains(s[k]),
                                suffix.count > 1 || !Self.notSystem.contains(s[k - 2])
                            {
                                // (The label takes the system's word, as the shipped sample's
                                // gold writes “菜篮子”市长负责制; the genre batches' golds write the
                                // quote alone, and lose to it here.)
                                scalars += s[outer.upperBound..<k]
                                systemName = true
                                systemWord = k - outer.upperBound
                                outer = outer.lowerBound..<k
                                k = end + 1
                                break
                            }
                            k += 1
                        }
                        if systemName { break }
                    }
                }
                // A counted label (“四风”, “双创”) is a formula where an uncounted one is not.
                let counted = scalars.first.map { Self.countNumeral($0) != nil } ?? false
                // A formula of a campaign's targets counts two or more (“四风”, “两个维护”, “一岗双责”);
                // 一 alone opens bad practices (“一刀切”, “一言堂”) as often.
                // (A hundred or a thousand days or villages opens a campaign's name as
                // well: 整治“百日清零”专项行动.)
                // (Not a count of things, numeral and classifier: 学用“两张皮”, “一盘棋”, “两只手”
                // are metaphors.)
                let countsThings = scalars.count >= 2 && Self.objectClassifiers.contains(scalars[1])
                let countsAFormula = !countsThings && (counted && (scalars.first.flatMap(Self.countNumeral).map { $0 >= 2 } ?? false || Self.countShape(scalars) == .pairedCounts)
                    || scalars.first.map(Self.largeCounts.contains) ?? false)
                // 发挥“看门人”作用, 发挥保险“经济助推器”的作用, “关键少数”示范引领作用: a role
                // played, a metaphor (not 发挥“双创”作用: counted; but 发挥政府和市场“两只手”的
                // 作用: things counted, a metaphor still).
                if !counted || countsThings, playsARole(after: outer.upperBound, sentenceEnd: sentence.range.upperBound) { continue }
                // 力戒“调门高、行动少”, 更不能“以文件落实文件”: a thing avoided, right after the word.
                if !countsAFormula, distanced(before: outer.lowerBound, sentenceStart: sentence.range.lowerBound, by: avoided, within: 5) { continue }
                // 当好抓基层党建的“一线指挥员”, 争当“排头兵”: a part played, uncounted.
                // (一 opens parts as often as formulas: 当好“一线指挥员”. Only a quote ending the
                // part: in 当好“红色根脉”传承人 the part is 传承人, the quote what is handed on.)
                if !countsAFormula, outer.upperBound >= s.count || !U.isHan(s[outer.upperBound]),
                    distanced(before: outer.lowerBound, sentenceStart: sentence.range.lowerBound, by: roleVerbs) { continue }
                // 围绕“学深悟透…、奋力争先…”主题开展交流: what an activity is about (not 启动“五个一”
                // 主题活动, a campaign's name; 以“…”为主题: framesAfter).
                if s.has(Self.theme, at: outer.upperBound),
                    distanced(before: outer.lowerBound, sentenceStart: sentence.range.lowerBound, by: Self.around) { continue }
                // “90后”“00后”: an age group.
                if Self.namesACohort(scalars) { continue }
                // 实现“零病亡”, 连续10日“零报告”: a zero reached is a result, not a target set
                // (not 确保实现“零感染”, 全力实现…: a target).
                // (Nor one named as the target: 全年实现“零死亡、零重大事故”目标.)
                if scalars.first == Self.zero, zeroReached(before: outer.lowerBound, sentenceStart: sentence.range.lowerBound),
                    !s.has(Self.targetWord, at: outer.upperBound) { continue }
                // (Counted under the label as extended above, as quoted elsewhere.)
                let repeated = (counts[scalars] ?? 0) >= 2
                var found = cues(label: scalars, outer: outer, listStart: group.count == 1 ? group[0].listStart : nil, repeated: repeated, sentenceStart: sentence.range.lowerBound)
                // 作为政府自我革命的“先手棋”, 畅通与“大通道”联系的“静脉”: an uncounted word
                // owned by a noun (的 right before it) with nothing but its clause around it
                // is a metaphor or a description (not 提出的“…”: a proposal named).
                // (A list's quotes by where the list starts: 政治上的“明白人”、“老实人”.)
                let owned = group.count == 1 ? group[0].listStart ?? outer.lowerBound : outer.lowerBound
                var onlyIfElsewhere = false
                if !counted, group.count == 1, owned >= 3, s[owned - 1] == Lit.de,
                    s.word(of: proposalVerbs, endingAt: owned - 1) == nil,
                    !found.contains(where: { Self.strongCues.contains($0.name) })
                {
                    onlyIfElsewhere = true
                }
                // 营造“无事不扰、有需必应”的良好环境, 展现了“…”的精神品格: a list that only its
                // shape speaks for, outside a directive or a demand, written before 的 and a
                // noun no measure's word heads, describes that noun (read in news 2014–2024:
                // environments, atmospheres, formats, pressures, mottos; `“…”的执政理念` still
                // counts, and so does `要以“…”的劲头`, a report's directive).
                if found.contains(where: { $0.name == "enumeration" }),
                    found.allSatisfy({ Self.shapeOnly.contains($0.name) }),
                    describesANoun(after: outer.upperBound, limit: sentence.range.upperBound)
                {
                    onlyIfElsewhere = true
                }
                // A list its shape alone speaks for — no verb, word, directive or repetition
                // around it — frames nothing as a measure: read in four news years, about one
                // in five was (themes, mottos, complaints, descriptions: “看病难、看病贵”,
                // “找不到门、办不成事”, “偏重文艺、关注现实、鼓励新锐”).
                if !found.isEmpty, found.allSatisfy({ $0.name == "enumeration" }) { onlyIfElsewhere = true }
                if group.count == 1, group[0].listStart != nil { found.append(("listed-with-quote", 1)) }
                if systemName { found.append(("system-name", 1)) }
                if group.count > 1 { found.append(("quote-group", 1)) }
                // “专精特新”“小巨人”: names written back to back are parallel programmes.
                if group.count == 1, outer.lowerBound > 0 && s[outer.lowerBound - 1] == U.closeQuote || outer.upperBound < s.count && s[outer.upperBound] == U.openQuote {
                    found.append(("back-to-back", 1))
                }
                // 打击“…”, 惩治“…”: what is fought is no measure — unless counted, the
                // formula of a campaign's targets (整治“四风”) (`counted` above).
                // A repetition with only someone's directive or demand around it names
                // typhoons, shows and others' slogans as often as measures (audit seed 16:
                // about 4 in 10 right in news): framed by its shape only, so a measure only in
                // a meeting's report (GraphBuilder.addMeasures).
                // So are quotes written back to back with only a clause around them
                // (“科学种田”“科技种田”, “代表通道”“部长通道”, “倚外谋独”“以武谋独”: read in news,
                // one of six right; “国之大者”“民之关切” in a meeting's report is one).
                // And so is a list of single characters (“防、控、治”力度 in a meeting's report;
                // 促进“山、海、产、城、人”相融 in a story): what it lists reads only in a report.
                let singleCharacters = group.count == 1 && scalars.split(separator: U.listSeparator).allSatisfy { $0.count == 1 }
                let weakOnly = singleCharacters || Set(found.map(\.name)).isSubset(of: Self.repetitionInAClause)
                    && found.contains { $0.name == "repeated" || $0.name == "back-to-back" }
                // One point is enough only when it is a directive's (要 opening the clause, 必须,
                // 确保…), and only in a local meeting's report (GraphBuilder.addMeasures): the
                // same quote told as a fact (做到了“…”), demanded of others, or repeated
                // (five years of news: a studio, a missile, an honour) is none.
                // 坚决反对“四风”: a counted formula opposed is the target of a campaign — a
                // measure where a local meeting directs its cadres (one point: MeasurePass);
                // in a story (反对“两个中国”, five in five news years) a thing condemned.
                // Anything else opposed (反对“台独”, 反对“脱钩断链”) is no measure.
                let opposed = distanced(before: outer.lowerBound, sentenceStart: sentence.range.lowerBound, by: opposing)
                if opposed, !countsAFormula { continue }
                let total = found.reduce(0, { $0 + $1.points })
                let points = opposed ? min(1, total) : total
                // (Not a verb told as done: 这几年改革做到了“蹄疾而步稳” is a fact, not a line.)
                let toldAsDone = outer.lowerBound > 0 && s[outer.lowerBound - 1] == EventFinder.le
                if !(points >= 2 || points == 1 && found.contains(where: { Self.singleCues.contains($0.name) && !($0.name == "verb-before" && toldAsDone) })) {
                    onlyIfElsewhere = true
                }
                guard !distanced(before: outer.lowerBound, sentenceStart: sentence.range.lowerBound),
                    !claimed(before: outer.lowerBound, sentenceStart: sentence.range.lowerBound),
                    countsAFormula || !distanced(before: outer.lowerBound, sentenceStart: sentence.range.lowerBound, by: condemned),
                    !describesMeeting(after: outer.upperBound) else { continue }
                var components: [String] = []
                let parts = group.count > 1 ? group.map { text($0.content) }
                    : scalars.split(separator: U.listSeparator).map { U.string(Array($0), 0..<$0.count) }
                if parts.count >= 2 { components = parts }
                if let first = scalars.first, let count = Self.countNumeral(first), count >= 2, components.isEmpty, groupsBySentence[index].last?.first?.outer.lowerBound == group.first?.outer.lowerBound {
                    components = enumerated(after: outer.upperBound, sentences: sentences, from: index, count: count)
                }
                let mention = MeasureMention(label: U.string(scalars, 0..<scalars.count), range: outer, sentence: index, components: components,
                                             rule: RuleName.quotedMeasure(cues: found.map(\.name) + (onlyIfElsewhere ? ["measure-elsewhere"] : [])),
                                             framed: !weakOnly && found.contains { Self.framingCues.contains($0.name) }, points: points, systemWord: systemWord)
                if onlyIfElsewhere { weak.append(mention) } else { mentions.append(mention) }
            }
        }
        // “一田一长”责任制 where the document also writes “一田一长” alone: one measure, named
        // by its quote.
        if mentions.contains(where: { $0.systemWord > 0 }) {
            let alone = Set((mentions + weak).filter { $0.systemWord == 0 }.map(\.label))
            for k in mentions.indices where mentions[k].systemWord > 0 {
                let quote = String(String.UnicodeScalarView(mentions[k].label.unicodeScalars.dropLast(mentions[k].systemWord)))
                if alone.contains(quote) { mentions[k].label = quote }
            }
        }
        guard !weak.isEmpty else { return mentions }
        // (Made a measure elsewhere: two points or more there; framed as it is there.)
        var framedElsewhere: [String: Bool] = [:]
        for mention in mentions where mention.points >= 2 { framedElsewhere[mention.label] = (framedElsewhere[mention.label] ?? false) || mention.framed }
        let count = mentions.count
        for var mention in weak {
            guard let framed = framedElsewhere[mention.label] else { continue }
            mention.framed = framed
            mention.points = 2
            mention.elsewhere = true
            mentions.append(mention)
        }
        if mentions.count > count { mentions.sort { ($0.sentence, $0.range.lowerBound) < ($1.sentence, $1.range.lowerBound) } }
        return mentions
    }

    /// The items of an ordinal enumeration (`一要…。二要…。`, `一是…`) that follows the
    /// measure in the same article, when it has at least `count` items: each item's
    /// first clause, without its marker.
    func enumerated(after offset: Int, sentences: [Sentence], from index: Int, count: Int) -> [String] {
        guard count <= Self.ordinals.count else { return [] }
        var items: [String] = []
        var k = index + 1
        let markers = Self.ordinalMarkers
        while k < sentences.count, k <= index + 40, sentences[k].article == sentences[index].article {
            let r = sentences[k].range
            if r.count > 2, s[r.lowerBound] == Self.ordinals[items.count], markers.contains(s[r.lowerBound + 1]) {
                var end = r.lowerBound + 2
                while end < r.upperBound, !U.isClauseEnd(s[end]) { end += 1 }
                items.append(text(r.lowerBound + 2..<end))
                if items.count == count {
                    // Exactly `count`: a further item means the list is not this one's.
                    let further = count < Self.ordinals.count && sentences[(k + 1)...].prefix(20).contains {
                        $0.article == sentences[index].article && $0.range.count > 2
                            && s[$0.range.lowerBound] == Self.ordinals[count] && markers.contains(s[$0.range.lowerBound + 1])
                    }
                    if further { return [] }
                    return items
                }
            } else if items.isEmpty && k > index + 2 {
                return []
            }
            k += 1
        }
        return []
    }
}
