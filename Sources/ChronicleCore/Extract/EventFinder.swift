/// An event as one sentence reports it, before merging.
struct EventMention: Hashable, Sendable {
    var name: String
    var kind: EventKind
    var date: CalendarDate?
    var endDate: CalendarDate?
    var timeOfDay: TimeOfDay?
    /// True when the date comes from context (`会后，…`), not from the sentence.
    var dateInferred: Bool
    var organizer: String?
    /// Who held a meeting named by its kind alone, when the lexicon's organization
    /// suffixes do not mark it (`联合国安理会`, `中共中央`, `…航天员乘组`): qualifies the
    /// name (`联合国安理会紧急会议`) but makes no organization node.
    var heldBy: String?
    var place: String?
    /// The person right before the predicate: the chair of 主持召开, the speaker of
    /// 发表重要讲话, the issuer of 作出重要指示, the visitor of 考察.
    var agent: String?
    /// How the agent takes part: chairs (主持召开) or speaks_at (讲话, 指示, 考察).
    var agentRole: Relation?
    /// The guests a welcome is held for (`为X举行欢迎宴会`), who attend it.
    var honoured: [String] = []
    var sentence: Int
    /// The predicate's span, for evidence.
    var range: Range<Int>
    /// The rule that found the mention (`event:verb-meeting-name`), reported as the
    /// event's `metadata.rule`.
    var rule: String
    /// The mention lies inside what a convey verb names (传达学习了市委常委会9月1日召开的
    /// 会议精神): the event is real and dated, but the sentence reports on the event that
    /// conveys it, not on this one.
    var referred = false
    /// Held `分别` by several (`…分别举行升国旗仪式`): one name for several events.
    var several = false
    /// Named by its kind alone (`新闻发布会`, `欢迎仪式`), perhaps qualified by who held
    /// it (``GraphBuilder/qualifiedGeneric(_:_:)``): the name tells no two such events apart.
    var generic = false
    /// Who qualifies a generic name (`国务院新闻办公室`, a chair or host), when known.
    var holder: String?
    /// The verb of a meeting with a counterpart (`会见`, `会谈`).
    var verb: String?
}

/// Finds sentences that report an event taking place: a date (or 会后 / 随后 after a
/// dated sentence) and a predicate — 主持召开 X会议, Org 召开会议, 在 X 上发表重要讲话,
/// 作出重要指示, 在 Place 考察, 组织收看.
struct EventFinder {
    let s: [UInt32]
    let lexicon: Lexicon
    let meetingWords: WordList
    /// Praise written before a meeting's name, not part of it (lexicon `name-modifiers`).
    let nameModifiers: WordList
    /// Words that leave a lead's event undated (`日前`, `近日`, `连日来`; lexicon `undated-times`).
    let undatedTimes: WordList
    /// What a leader attends besides meetings (`纪念活动`, `活动周`; lexicon
    /// `attended-occasions`), ending a name after 出席.
    let occasionWords: WordList
    let eventVerbs: [(key: [UInt32], value: String)]
    /// The event verbs' keys in a trie whose words are their lexicon positions.
    let eventVerbTrie: ScalarTrie
    let organizationSuffixes: WordList
    let conveyVerbs: WordList
    /// Lectures given at a place (在天津作宣讲报告, 在石家庄宣讲).
    let lectureVerbs: WordList
    /// Words that announce a meeting to come (决定…召开, 将于…举行).
    let announcementWords: WordList
    /// Headline words of items that report reactions to a meeting (`反响`, `热议`; lexicon
    /// `reaction-headlines`): their leads retell it, undated by the dateline.
    let reactionHeadlines: WordList
    /// How a meeting opened, right before its verb (隆重, 胜利): lexicon `meeting-verb-adverbs`.
    let verbAdverbs: WordList
    /// What is done right after a meeting (随即, 赓即, 立即): lexicon `right-after-words`.
    let rightAfterWords: WordList
    /// What a meeting decided, told later right after its dated name (确定的, 研究决定):
    /// lexicon `recall-verbs`.
    let recallVerbs: WordList
    /// What a meeting named after its month and a comma decided (确定, 研究部署): lexicon
    /// `month-recall-verbs`.
    let monthRecallVerbs: WordList
    /// Words a local body's meeting name may open with (lexicon `local-meeting-openings`).
    let localMeetingOpenings: WordList
    /// What a dated meeting, its clause's subject, did (审议通过, 研究, 传达学习): lexicon
    /// `deliberation-verbs`.
    let deliberationVerbs: WordList
    /// What a speaker or a meeting says before a comma (指出, 强调, 认为; lexicon `saying-verbs`).
    let sayingVerbs: [[UInt32]]
    /// First characters of anything that can start a predicate here.
    let predicateStarts: ScalarSet

    /// Quotes may stand inside a meeting name (全国教育系统“双减”工作推进视频会).
    static let nameStops = U.set("，,。；;：:、()\n")
    /// 当地时间, 北京时间: the clock a date is told by (`当地时间26日`).
    static let clocks = WordList(["当地时间", "北京时间"].map(U.s))
    /// 不会, 机会, 社会, 就会, 都会, 也会, 才会: 会 ending a word, not starting 会见 / 会谈.
    static let wordsEndingInHui = U.set("不机社就都也才")
    /// 以…方式, 以…形式, 采取…形式, 通过…方式: the manner a meeting was held in (`以视频方式`,
    /// `以电视电话会议形式`).
    static let manners = WordList(["方式", "形式"].map(U.s))
    static let byMeans = WordList(["以", "通过", "采取", "采用"].map(U.s))
    static let openParen: UInt32 = 0x28, closeParen: UInt32 = 0x29
    /// 我们: a speaker's own words (我们…进行集体学习), no report of a session.
    static let we = U.s("我们")
    /// 以“…”为主题, 以“…”为题: a theme's clause, its body named before 以.
    static let themeEnds: [[UInt32]] = ["为主题", "为题"].map(U.s)
    static let themeBy: UInt32 = 0x4EE5 /* 以 */
    static let wideOpenParen: UInt32 = 0xFF08 /* （ */, wideCloseParen: UInt32 = 0xFF09 /* ） */
    /// Digits and signs an aside in a name may hold besides Han (`(10+1)`).
    static let asideMarks = U.set("0123456789+")
    static let thematic = U.s("专题"), ji: UInt32 = 0x66A8 /* 暨 */
    /// Bodies named by their place alone when they issue a document (街道印发《…》).
    static let placeBodies = ["街道", "社区", "镇", "乡", "县", "市", "区"]
    static let nameStopWords = WordList(["并", "听取", "深入", "传达", "专题研究", "强调", "指出", "分析", "审议", "通报", "进行"].map(U.s))
    static let zai: UInt32 = 0x5728 /* 在 */, shang: UInt32 = 0x4E0A /* 上 */, yu: UInt32 = 0x4E8E /* 于 */, and: UInt32 = 0x5E76 /* 并 */
    static let de: UInt32 = 0x7684 /* 的 */, le: UInt32 = 0x4E86 /* 了 */
    /// Verbs that continue a convey verb before its object (学习领会, 学习贯彻落实).
    static let conveyChain = WordList(["领会", "贯彻", "落实", "传达", "学习", "宣传"].map(U.s))
    /// Words that make a reference a held meeting's report rather than its name.
    static let heldWords: [[UInt32]] = ["召开", "举行"].map(U.s)
    static let meetWith = U.s("会见")
    static let talksWord = U.s("会谈"), hold = U.s("举行")
    static let symposiumVerb = U.s("座谈"), exchange = U.s("交流")
    /// Around a 同 that belongs to a word (共同, 协同, 相同, 不同; 同时, 同志, 同胞, 同比, 同步).
    static let beforeSameWord = U.set("共协相不如"), afterSameWord = U.set("时志胞比步样类等期")
    static let whenOf = U.s("时的")
    static let hui: UInt32 = 0x4F1A /* 会 */
    static let referBack = U.set("中时后前上")
    static let counterpartMarkers = U.set("同与和")
    /// 同, 与 opening a clause of talks: the counterpart follows, the subject is the sentence's.
    static let counterpartOpeners = U.set("同与")
    static let rollOut = U.s("出台")
    static let documentWords: [[UInt32]] = ["紧急通知", "通知", "意见", "方案", "决定", "通报"].map(U.s)
    /// What follows 在 X 上 when X is where a speech was given.
    static let speeches: [[UInt32]] = ["发表重要讲话", "发表讲话", "作重要讲话", "发表主旨演讲", "发表视频讲话", "发表重要演讲", "发表演讲",
                                       "发表视频致辞", "发表书面致辞", "发表致辞", "视频致辞", "书面致辞", "致辞", "讲话"].map(U.s)
    /// 在 X 上强调 / 指出: what a speaker said there — a speech at X only when the clause
    /// dates it (`刘五18日在…座谈会上强调`), since undated it is as often a speech of
    /// the past quoted (`习近平总书记在…会议上强调`).
    static let remarks: [[UInt32]] = ["强调", "指出", "表示", "提出", "要求"].map(U.s)
    static let spokenRemarks: [[UInt32]] = ["提出", "要求"].map(U.s)
    /// 在…座谈会上的重要讲话: a speech named as a thing, referred to.
    static let speechesNamed: [[UInt32]] = ["的重要讲话", "的讲话"].map(U.s)
    /// 在主持召开的…座谈会上: the speaker chaired it.
    static let chairedByAgent: [[UInt32]] = ["主持召开的", "主持的"].map(U.s)
    /// 在…视频会议结束后: a meeting held before the one reported.
    static let endedAfter = U.s("结束后")
    /// Where a lecture's place ends: 在武汉对…精神进行宣讲.
    static let placeStops = U.set("，,。；;：:对为就向给")
    static let closingVerbs: [[UInt32]] = ["闭幕", "开幕"].map(U.s)
    /// 举行仪式，欢迎…: a ceremony without a name names no event.
    static let ceremony = U.s("仪式")
    static let meetingGeneric = U.s("会议")
    static let ci: UInt32 = 0x6B21 /* 次 */
    static let afterwards: [[UInt32]] = ["会后", "随后", "会上"].map(U.s)
    static let watch = U.s("收看"), organize = U.s("组织"), organizeWatching = U.s("组织收看")
    /// Verbs by which a leader takes part in a video or telephone conference from a branch
    /// venue (longest first: 收听收看 before 收看).
    static let branchVenueVerbs: [[UInt32]] = ["收听收看", "收看", "参加"].map(U.s)
    /// After an attended conference's name, what makes it no event of its own: 的 (参加…会议的
    /// 代表: who took part), 前 (参加…会议前: before it).
    static let afterAttendedName = U.set("的前")

    static let preside = U.s("主持"), accompany = U.s("陪同"), accompaniedBy = U.s("陪同下")
    static let inspect = U.s("考察"), survey = U.s("调研")
    static let video = U.s("视频"), telephone = U.s("电视电话"), symposium = U.s("座谈会"), study = U.s("学习")
    /// Is `word` of `goTo` at `start` a journey — not the 到 of 做到, 达到, 收到, 提到…?
    func isJourney(_ word: [UInt32], at start: Int) -> Bool {
        // 来我镇调研, 来本市考察: 来 is a journey to the writer's own place only (not 带来,
        // 以来, 来自…).
        if word == Self.come { return start + 1 < s.count && Self.ownPlace.contains(s[start + 1]) && (start == 0 || !Self.notComingBefore.contains(s[start - 1])) }
        return !(word.count == 1 && word[0] == Self.dao && start > 0 && Self.notJourneyBeforeDao.contains(s[start - 1]))
    }
    static let come = U.s("来"), goDeep = U.s("深入")
    /// 我, 本: the writer's own town, county, school (来我县, 来本市).
    static let ownPlace = U.set("我本")
    /// What before 来 makes it no coming (带来, 以来, 将来, 前来 stays a journey).
    static let notComingBefore = U.set("带以将出起过回原本后近未从")
    static let dao: UInt32 = 0x5230 /* 到 */
    /// What before 到 makes it a result, not a journey (做到, 达到, 收到, 提到, 受到, 直到…).
    static let notJourneyBeforeDao = U.set("做达得收受提看想感直遇找等报用落见听签迟")
    static let goTo: [[UInt32]] = ["赴", "到", "来到", "前往", "深入", "赶赴", "莅临", "来"].map(U.s)
    static let locatedAt = U.s("位于")
    static let leads = U.s("带领")
    /// How a place gone to may end before the clause of what was done there (…等地，调研…).
    static let placeEndings = U.set("地村镇乡县区市")
    /// Manner words of being there, before a visit's verb (实地督导, 现场检查).
    static let onTheSpot: [[UInt32]] = ["实地", "现场"].map(U.s)
    /// How the last of places listed may end: a unit's premises as well (…有限公司, …中学,
    /// …农贸市场, …实验室) — not 了解医院建设、…发展情况.
    static let listedPlaceEndings = U.set("地村镇乡县区市司厂场站校学院所园室馆心点部局处队店矿港")
    /// Where a tour's name ends in its headline (习近平在山西考察工作时强调 …).
    static let headlineStops: [[UInt32]] = ["时强调", "时指出", "并", " ", "　"].map(U.s)
    static let convened: [[UInt32]] = ["召开", "举行", "开幕"].map(U.s)

    init(document: TextDocument, lexicon: Lexicon) {
        s = document.scalars
        self.lexicon = lexicon
        meetingWords = lexicon.wordList("meeting-words")
        undatedTimes = lexicon.wordList("undated-times")
        occasionWords = lexicon.wordList("attended-occasions")
        nameModifiers = lexicon.wordList("name-modifiers")
        eventVerbs = lexicon.pairs("event-verbs")
        eventVerbTrie = ScalarTrie(eventVerbs.map(\.key))
        organizationSuffixes = lexicon.wordList("organization-suffixes")
        conveyVerbs = WordList(lexicon.words("convey-verbs").filter { $0.count >= 2 && $0 != U.s("学习") && $0 != U.s("落实") })
        lectureVerbs = lexicon.wordList("lecture-verbs")
        announcementWords = lexicon.wordList("announcement-words")
        reactionHeadlines = lexicon.wordList("reaction-headlines")
        verbAdverbs = lexicon.wordList("meeting-verb-adverbs")
        rightAfterWords = lexicon.wordList("right-after-words")
        recallVerbs = lexicon.wordList("recall-verbs")
        monthRecallVerbs = lexicon.wordList("month-recall-verbs")
        localMeetingOpenings = lexicon.wordList("local-meeting-openings")
        deliberationVerbs = lexicon.wordList("deliberation-verbs")
        sayingVerbs = lexicon.words("saying-verbs")
        predicateStarts = ScalarSet(lexicon.pairs("event-verbs").compactMap(\.key.first) + lectureVerbs.words.compactMap(\.first) + [Self.zai, Self.organize[0], Self.dai, Self.lv, Self.kai, Self.fan] + Self.branchVenueVerbs.map { $0[0] } + Self.alreadyFacing.map { $0[0] } + (lexicon.entries("recall-verbs") + lexicon.entries("month-recall-verbs") + lexicon.entries("deliberation-verbs")).compactMap { $0.unicodeScalars.first?.value })
    }

    func text(_ range: Range<Int>) -> String {
        U.string(s, range)
    }

    /// The event verb written at `index` that comes first in the lexicon (a verb and
    /// its kind), found by walking the trie of all of them once.
    func eventVerb(at index: Int) -> (key: [UInt32], value: String)? {
        var node: Int32 = 0
        var best = Int32.max
        var k = index
        while k < s.count {
            node = eventVerbTrie.child(node, s[k])
            if node < 0 { break }
            let word = eventVerbTrie.word(at: node)
            if word >= 0 { best = min(best, word) }
            k += 1
        }
        return best == Int32.max ? nil : eventVerbs[Int(best)]
    }

    /// The video or telephone conference named right after a watching or attending verb
    /// (an aspect mark 了 skipped): a meeting name of five characters or more whose kind is
    /// a video conference (`全省安全生产电视电话会议`); nil for anything else.
    func watchedConference(from start: Int, limit: Int) -> Range<Int>? {
        var from = start
        if from < limit, s[from] == Self.le { from += 1 }
        // (参加了18日的全国电视电话会议: its day, then 的, is no part of its name.)
        var k = from
        while k < limit, k - from < 8, Numerals.arabicDigit(s[k]) != nil || s[k] == Lit.yue || s[k] == Lit.ri { k += 1 }
        if k > from, k + 1 < limit, s[k - 1] == Lit.ri, s[k] == Self.de { from = k + 1 }
        guard let name = meetingName(from: from, limit: limit), name.count >= 5, kind(of: name) == .videoConference else { return nil }
        return name
    }

    /// The longest meeting name starting at `start`: read up to a stop, then cut after
    /// the last meeting word (`省委第五次专题会议暨省疫情防控工作领导小组会议`).
    func meetingName(from start: Int, limit: Int, occasions: Bool = false) -> Range<Int>? {
        var end = start
        while end < limit, end - start < 60 {
            // 召开“深入学习…，完善…法律体系”座谈会: a quoted theme, commas and all, is part
            // of the name when a meeting word follows the quote before the next stop.
            if s[end] == U.openQuote, let close = (end + 1..<min(limit, end + 60)).first(where: { s[$0] == U.closeQuote }),
                meetingWordAhead(from: close + 1, limit: min(limit, close + 12))
            {
                end = close + 1
                continue
            }
            if Self.nameStops.contains(s[end]) {
                // 党组(扩大)会议, 中国-东盟(10+1)领导人会议: a short aside in brackets belongs
                // to the name.
                if s[end] == Self.openParen, let close = (end + 2..<min(limit, end + 7)).first(where: { s[$0] == Self.closeParen }),
                    !(end + 1..<close).contains(where: { !U.isHan(s[$0]) && !Self.asideMarks.contains(s[$0]) })
                {
                    end = close + 1
                    continue
                }
                // 创新深化、改革攻坚、开放提升大会: a 、 inside a name, when the part before
                // it is not a meeting already (党委会、校长办公会 are two) and a meeting
                // word closes the name before the next stop.
                if s[end] == U.listSeparator, end > start, s.word(of: meetingWords, endingAt: end) == nil, meetingWordAhead(from: end + 1, limit: limit) {
                    end += 1
                    continue
                }
                break
            }
            // 分析 ends a name (召开会议分析形势), unless it begins a meeting word (形势分析会)
            // or no meeting has been named yet (召开全省深入实施…大会).
            if end > start, s.firstWord(of: Self.nameStopWords, at: end) != nil, s.firstWord(of: meetingWords, at: end) == nil,
                (start + 1...end).contains(where: { s.word(of: meetingWords, endingAt: $0) != nil })
            {
                break
            }
            end += 1
        }
        var best: Int?
        var i = start
        while i < end {
            // …全会精神和省纪委…全会精神: the first object's name ends at its 精神.
            // (And 召开的全国两会精神和…: a name no meeting word ends is what the spirit is of.)
            if s.has(Lit.spirit, at: i), Self.listJoiners.contains(where: { s.has($0, at: i + 2) }) {
                if best == nil, i - start >= 2, !(start..<i).contains(where: { s[$0] == U.openQuote }) { best = i }
                break
            }
            // …一次会议和3月4日至13日召开的…一次会议: a second meeting, held as its own
            // (召开的 / 举行的 after the joiner), ends the first one's name.
            if best == i, let joiner = Self.listJoiners.first(where: { s.has($0, at: i) }),
                Self.heldOf.contains(where: { held in s.firstOccurrence(of: held, in: i + joiner.count..<end) != nil })
            {
                break
            }
            // 召开扩大会议专题学习全会精神: a convey verb after a meeting named ends the name —
            // what follows is what the meeting conveyed (not after 暨: 会议暨学习贯彻…推进会).
            if let named = best, named == i, s[named - 1] != Self.ji, s.firstOccurrence(of: Lit.spirit, in: i..<end) != nil,
                conveyVerbs.first(in: s, at: i, limit: end) != nil || s.has(Self.thematic, at: i) && s.has(Self.study, at: i + Self.thematic.count)
            {
                break
            }
            // (Not a meeting whose 精神 is the topic of a name going on: 举办十九届五中全会精神
            // 吹风会 — but 传达…会议精神。 names the meeting conveyed.)
            if let word = s.firstWord(of: meetingWords, at: i), i + word.count <= end,
                !(s.has(Lit.spirit, at: i + word.count) && i + word.count + 2 < s.count && U.isHan(s[i + word.count + 2])
                    // (…全会精神和省纪委…全会精神: a second object listed, the name ends.)
                    && !Self.listJoiners.contains(where: { s.has($0, at: i + word.count + 2) }))
            {
                best = max(best ?? 0, i + word.count)
            }
            // 出席2020年国际和平日纪念活动, 出席…活动周: an occasion a leader attends.
            if occasions, let word = s.firstWord(of: occasionWords, at: i), i + word.count <= end,
                i + word.count == end || !U.isHan(s[i + word.count]) || Self.afterOccasion.contains(where: { s.has($0, at: i + word.count) })
            {
                best = max(best ?? 0, i + word.count)
            }
            i += 1
        }
        // 召开整改会，…, 召开强降雨防御工作复盘会。: a name the clause ends with 会 after a
        // word no lexicon lists (整改, 复盘) is a meeting of that kind — not 机会, 社会, 协会,
        // 学会, 工会, 体会, 约会, 都会, nor a rally, a party, games, a fair, a meal or a
        // festivity (集会, 聚会, 盛会, 运动会, 招聘会, 午餐会, 酒会, 游园会, 诗会: read in five
        // news years, none a meeting), nor a council (安理会); only a name of Han characters,
        // no clause in it (了, 的).
        if best == nil, end - start >= 3, end - start <= 24, s[end - 1] == Self.hui, end == limit || U.isClauseEnd(s[end]),
            !Self.notMeetingBeforeHui.contains(s[end - 2]),
            (start..<end).allSatisfy({ U.isHan(s[$0]) && s[$0] != Self.le && s[$0] != Self.de })
        {
            return start..<end
        }
        guard let best, best > start else { return nil }
        return start..<best
    }
    static let notMeetingBeforeHui = ScalarSet("机社协学工体约都集聚盛动运理聘餐酒园诗")

    /// Does a name read after a verb list kinds of activity or count sessions rather than
    /// name one event (`举行了升国旗、歌舞表演、座谈会等庆祝活动`, `举行了近30场分论坛`)?
    func namesKindsOrACount(_ name: Range<Int>) -> Bool {
        if name.upperBound < s.count, s[name.upperBound] == Self.etc, s[name].contains(U.listSeparator) { return true }
        var k = name.lowerBound
        if k < name.upperBound, Self.approximately.contains(s[k]) { k += 1 }
        let count = k
        while k < name.upperBound, Numerals.arabicDigit(s[k]) != nil || Numerals.chineseDigit(s[k]) != nil || (k > count && Self.more.contains(s[k])) { k += 1 }
        // (一场新闻发布会: one, named; but 是…召开的一次十分重要的大会 describes one.)
        if k == count + 1, s[count] == Self.one, k < name.upperBound, Self.onceCounters.contains(s[k]), s[name].contains(Self.de) { return true }
        // (Nor 是…召开的一次重要会议: 一次, a word or two of praise and the kind — no name.)
        if k == count + 1, s[count] == Self.one, k < name.upperBound, s[k] == Self.time, name.upperBound - k - 1 <= 6,
            let word = s.word(of: meetingWords, endingAt: name.upperBound), name.upperBound - word.count - (k + 1) <= 4
        {
            return true
        }
        return k > count && k < name.upperBound && s[k] == Self.sessionsCounter && !(k == count + 1 && s[count] == Self.one)
    }
    static let etc: UInt32 = 0x7B49 /* 等 */, sessionsCounter: UInt32 = 0x573A /* 场 */, one: UInt32 = 0x4E00 /* 一 */
    /// 次, 场: 一次 / 一场 before a description (一次具有重大历史意义的会议).
    static let onceCounters = U.set("次场")
    static let time: UInt32 = 0x6B21 /* 次 */
    /// 近, 约, 共, 逾 before a count; 多, 余 after its digits.
    static let approximately = U.set("近约共逾"), more = U.set("多余")

    /// Is there a meeting word after `start`, before the next stop of a name (a 、 does
    /// not stop the look), within 24 characters?
    func meetingWordAhead(from start: Int, limit: Int) -> Bool {
        var k = start
        while k < limit, k - start < 24 {
            if Self.nameStops.contains(s[k]), s[k] != U.listSeparator { return false }
            if s.firstWord(of: Self.nameStopWords, at: k) != nil, s.firstWord(of: meetingWords, at: k) == nil { return false }
            if s.firstWord(of: meetingWords, at: k) != nil { return true }
            k += 1
        }
        return false
    }

    /// A meeting name that ends right at `end` and starts after the clause's date
    /// (`3月21日，全市经济工作推进会召开`).
    /// Verbs by which someone asks another to hold a meeting (要求…召开, 责成…召开).
    static let askingVerbs: [[UInt32]] = ["要求", "责成", "安排", "委托", "督促", "指示"].map(U.s)
    /// A news item's opening word before its first sentence (本报讯, 本网讯 …).
    static let newsOpeners: [[UInt32]] = ["本报讯", "本网讯", "本台讯", "本刊讯", "又讯"].map(U.s)
    func nameBefore(_ end: Int, clauseStart: Int, dates: [TimeExpression]) -> Range<Int>? {
        var start = clauseStart
        for date in dates where date.offset + date.length <= end && date.offset + date.length > start {
            start = date.offset + date.length
        }
        while start < end, !U.isHan(s[start]) { start += 1 }
        // 本报讯　中国共产党…全体会议，于…举行: the news item's opener, then a space, is no
        // part of the name.
        if let opener = Self.newsOpeners.first(where: { s.has($0, at: start) }), start + opener.count < end, !U.isHan(s[start + opener.count]) {
            start += opener.count
            while start < end, !U.isHan(s[start]) { start += 1 }
        }
        // “金砖+”领导人对话会: a quote that opens the name keeps its opening mark.
        if start > clauseStart, start < end, s[start - 1] == U.openQuote, s.firstOccurrence(of: [U.closeQuote], in: start..<end) != nil { start -= 1 }
        // 2024年世界职业技术教育发展大会, 2022能源电力转型国际论坛: a year written into the
        // name stays in it.
        if start >= 4, start < end, (start - 4..<start).allSatisfy({ Numerals.arabicDigit(s[$0]) != nil }),
            start - 4 >= clauseStart, start - 4 == clauseStart || Numerals.arabicDigit(s[start - 5]) == nil
        {
            start -= 4
        }
        // 为期五天的第三十届…博览会: how long it lasts is no part of its name.
        if s.has(Self.lasting, at: start), let de = (start + 2..<min(end, start + 8)).first(where: { s[$0] == Self.de }) { start = de + 1 }
        // 由生态环境部主办的…研讨会: who hosted it is no part of its name either — unless
        // the rest is too short to name it alone (由日中友好协会主办的新年座谈会).
        if start < end, s[start] == Self.by, let hosted = Self.hostedBy.lazy.compactMap({ self.s.firstOccurrence(of: $0, in: start..<end) }).first,
            let de = (hosted..<end).first(where: { s[$0] == Self.de }), end - (de + 1) >= 8
        {
            start = de + 1
        }
        // 以“千年茶韵·山水江州”为主题的第五届…节: its theme is no part of its name.
        if start + 1 < end, s[start] == Self.themeBy, s[start + 1] == U.openQuote,
            let close = s.firstOccurrence(of: [U.closeQuote], in: start + 2..<end),
            let theme = s.firstWord(of: Self.themeEnds, at: close + 1), close + 1 + theme.count < end,
            s[close + 1 + theme.count] == Self.de, end - (close + 2 + theme.count) >= 6
        {
            // (Not when what is left is a kind alone: 以“国家宪法与改革开放”为主题的座谈会.)
            start = close + 2 + theme.count
        }
        // 淮江日报讯（记者 邵景行）中国共产党…全体会议: a byline is no part of the name.
        if let close = (start..<end).last(where: { s[$0] == Self.wideCloseParen }),
            let open = (start..<close).last(where: { s[$0] == Self.wideOpenParen }),
            Self.bylineWords.contains(where: { s.firstOccurrence(of: $0, in: open..<close) != nil })
        {
            start = close + 1
        }
        guard end - start >= 3, end - start <= 64 else { return nil }
        return start..<end
    }
    static let lasting = U.s("为期")
    /// What a byline's brackets hold (（记者 …）, （通讯员 …）).
    static let bylineWords: [[UInt32]] = ["记者", "通讯员"].map(U.s)
    static let hostedBy: [[UInt32]] = ["主办", "承办", "举办", "发起"].map(U.s)


    /// The kind a meeting's name says: video (视频, 电视电话), symposium (座谈会), study
    /// (…学习), else meeting.
    func kind(of name: Range<Int>) -> EventKind { Self.kind(ofName: Array(s[name])) }

    static func kind(ofName written: [UInt32]) -> EventKind {
        // (…集体学习（扩大）: the kind is the name's before a bracketed qualifier.)
        var name = written
        if name.count > 4, name.last == Self.wideCloseParen, let open = name.lastIndex(of: Self.wideOpenParen), name.count - open <= 6 { name = Array(name[..<open]) }
        let all = 0..<name.count
        if name.firstOccurrence(of: video, in: all) != nil || name.firstOccurrence(of: telephone, in: all) != nil { return .videoConference }
        if name.has(symposium, at: name.count - 3) { return .symposium }
        if name.has(study, at: name.count - 2) || name.has(study, at: name.count - 3) && name.last == hui { return .study }
        return .meeting
    }

    /// Meetings a convey verb names with their day — `传达学习10月21日市政府常务会议精神`,
    /// `…在2月3日中共中央政治局常务委员会会议上的重要讲话精神`: events the text dates,
    /// referred to (each sentence stays the event it reports on). The name is the
    /// reference's (``GraphBuilder/referenceName(_:)``) and must end in a meeting word;
    /// a reference without a day (党的二十届三中全会精神) makes none.
    /// Does the sentence open with what a meeting or a speaker says (会议指出，…; 凌嘉树指出，…;
    /// 全会认为，…) before `offset`: a subject and a saying verb (lexicon `saying-verbs`) of
    /// at most sixteen characters, then a comma?
    func saidBefore(_ offset: Int, sentenceStart: Int) -> Bool {
        var k = sentenceStart
        while k < offset, k - sentenceStart <= 16, !U.isClauseEnd(s[k]) { k += 1 }
        guard k < offset, k - sentenceStart >= 3, U.isClauseEnd(s[k]) else { return false }
        // (Not 根据省委督导组的要求，…召开了…: a demand followed, a noun after 的.)
        guard !Self.followingOpeners.contains(where: { s.has($0, at: sentenceStart) }) else { return false }
        return sayingVerbs.contains { verb in
            k - verb.count > sentenceStart && s.has(verb, at: k - verb.count) && s[k - verb.count - 1] != Self.de
        }
    }
    /// 根据, 按照, 遵照, 依照: a clause opening with one follows what someone asked.
    static let followingOpeners: [[UInt32]] = ["根据", "按照", "遵照", "依照"].map(U.s)

    /// What a meeting asked for or laid out, conveyed like its spirit (…会商会要求, …会议部署).
    static let meetingAsks: [[UInt32]] = ["要求", "部署"].map(U.s)

    func datedConveyedMeetings(sentences: [Sentence], analysis: TimeAnalysis, conveyVerbs verbs: WordList) -> [EventMention] {
        var found: [EventMention] = []
        for (index, sentence) in sentences.enumerated() where !sentence.isHeadline {
            let r = sentence.range
            // Most sentences write no day: nothing to find there.
            guard GraphBuilder.statedDay(in: r, analysis) != nil else { continue }
            var i = r.lowerBound
            // A study list's item (2. 4月28日中共中央政治局会议精神；): what it lists is conveyed,
            // as after a verb.
            // (Or numbered in brackets: （二）4月2日学校…动员部署会精神。)
            let itemStart = Self.listItemStart(r, s)
            while i < r.upperBound {
                var start: Int
                if let itemStart, i == r.lowerBound {
                    start = itemStart
                } else {
                    guard let verb = verbs.first(in: s, at: i, limit: r.upperBound) else { i += 1; continue }
                    start = i + verb.count
                }
                // 传达学习了…, 认真学习领会…: the object starts after every verb of the chain.
                while start < r.upperBound {
                    if s[start] == Self.le { start += 1; continue }
                    if let more = Self.conveyChain.first(in: s, at: start, limit: r.upperBound) { start += more.count; continue }
                    break
                }
                var end = start
                while end < r.upperBound, end - start < 90, !GraphBuilder.conveyStops.contains(s[end]), s[end] != Lit.comma, s[end] != 0x2C { end += 1 }
                let parts = GraphBuilder.referenceParts(s, start..<end)
                // (…6月17日全国安全生产电视电话会议和6月18日全省安全生产工作会议精神: the last
                // part's 精神 is every dated meeting's of the list.)
                let sharedSpirit = parts.count > 1 && parts.last.map { $0.count >= 2 && s.has(Lit.spirit, at: $0.upperBound - 2) } ?? false
                for part in parts {
                    // Only a spirit conveyed (…会议精神, …会议上的重要讲话精神) names a meeting
                    // held before; a reference with its verb (市委常委会9月1日召开的会议) is a
                    // mention the verb rules of `find` read.
                    // (…视频会商会要求, …会议部署: what a meeting asked for, conveyed as its spirit.)
                    let asked = part.count >= 6 && Self.meetingAsks.contains { s.has($0, at: part.upperBound - 2) }
                        && meetingWords.ending(in: s, at: part.upperBound - 2) != nil
                    let listed = sharedSpirit && part != parts.last && part.count >= 6 && meetingWords.ending(in: s, at: part.upperBound) != nil
                    // (…3月3日省政府第九十七次常务会议关于耕地保护工作的部署要求: what a meeting
                    // asked for on a topic, the meeting named before 关于.)
                    let endsAsking = part.count >= 8 && (s.has(Lit.spirit, at: part.upperBound - 2) || Self.meetingAsks.contains { s.has($0, at: part.upperBound - 2) })
                    let onTopic = endsAsking ? s.firstOccurrence(of: Lit.about, in: part).flatMap { at in
                        meetingWords.ending(in: s, at: at) != nil && at - part.lowerBound >= 6 ? at : nil
                    } : nil
                    guard part.count >= 2, s.has(Lit.spirit, at: part.upperBound - 2) || asked || listed || onTopic != nil,
                        !Self.heldWords.contains(where: { s.firstOccurrence(of: $0, in: part) != nil }),
                        let day = GraphBuilder.statedDay(in: part, analysis)
                    else { continue }
                    let named = onTopic.map { part.lowerBound..<$0 } ?? (asked ? part.lowerBound..<part.upperBound - 2 : part)
                    let name = U.s(GraphBuilder.referenceName(Array(s[named])))
                    guard name.count >= 4, name.count <= 40, meetingWords.ending(in: name, at: name.count) != nil else { continue }
                    var mention = EventMention(name: U.string(name, 0..<name.count), kind: Self.kind(ofName: name), date: day, dateInferred: false,
                                               sentence: index, range: part, rule: RuleName.eventDatedConveyedMeeting.rawValue)
                    mention.referred = true
                    found.append(mention)
                }
                i = max(end, i + 1)
            }
        }
        return found
    }

    static let itemMarks = U.set(".．、")

    /// Where a list item's text starts after its number (`2.`, `2、`, `（二）`, `(3)`), or nil
    /// when the range opens with none.
    static func listItemStart(_ r: Range<Int>, _ s: [UInt32]) -> Int? {
        guard r.count > 3 else { return nil }
        if Numerals.arabicDigit(s[r.lowerBound]) != nil, itemMarks.contains(s[r.lowerBound + 1]) { return r.lowerBound + 2 }
        guard r.count > 4, s[r.lowerBound] == wideOpenParen || s[r.lowerBound] == openParen,
            let close = (r.lowerBound + 2..<min(r.upperBound, r.lowerBound + 4)).first(where: { s[$0] == wideCloseParen || s[$0] == closeParen }),
            (r.lowerBound + 1..<close).allSatisfy({ EventNames.numeralScalars.contains(s[$0]) })
        else { return nil }
        return close + 1
    }

    /// What opens an aside giving a name's short form (（以下简称“双代会”）).
    static let shortNameAsides: [[UInt32]] = ["以下简称", "下称", "简称"].map(U.s)

    /// A meeting named before its verb, with the date and a place possibly between:
    /// `全市经济工作推进会召开`, `中央农村工作会议19日至20日在北京召开`,
    /// `…学习会议7月27日在武汉举行`. The name must end in a meeting word.
    func meetingNameBeforeVerb(_ verb: Int, clauseStart: Int, dates: [TimeExpression]) -> (Range<Int>, String?)? {
        // …第二次会议隆重开幕, …胜利召开: how it opened is no part of its name (lexicon
        // meeting-verb-adverbs).
        var verb = verb
        if let adverb = s.word(of: verbAdverbs, endingAt: verb), verb - adverb.count > clauseStart { verb -= adverb.count }
        var end = verb
        var place: String?
        // 在北京 / 在京 right before the verb.
        var z = verb - 1
        while z > clauseStart, verb - z <= 24, s[z] != Self.zai, !U.isClauseEnd(s[z]) { z -= 1 }
        // (Not a 在 whose text holds a date after other words: 在讲话中回顾了12月8日厅党组
        // 会议确定的 — no place; 在今天举行 is a day, as before.)
        if z > clauseStart, s[z] == Self.zai, verb - z >= 2, !dates.contains(where: { (z + 2..<verb).contains($0.offset) }) {
            place = text(z + 1..<verb)
            end = z
        }
        // …会晤17日晚以视频方式举行, …论坛9日以线上线下结合方式在北京举行: how it was held.
        if let manner = s.word(of: Self.manners, endingAt: end), end - manner.count > clauseStart,
            let by = (max(clauseStart, end - 18)..<end - manner.count).last(where: { s.firstWord(of: Self.byMeans, at: $0) != nil }), by > clauseStart
        {
            end = by
        }
        // The date written between the name and 在 / the verb (…会议19日至20日, 于7月27日,
        // 今天（11月20日）).
        if let first = startOfDates(endingAt: end, floor: clauseStart, dates: dates) {
            end = first
            if end > clauseStart, s[end - 1] == Self.yu { end -= 1 }
        } else if end > clauseStart, s[end - 1] == Self.yu, let first = startOfDates(endingAt: end - 1, floor: clauseStart, dates: dates) {
            end = first
        }
        // …第四次会议（以下简称“双代会”）在…召开: the short name it is given is an aside.
        if end - 4 > clauseStart, s[end - 1] == Self.wideCloseParen || s[end - 1] == Self.closeParen,
            let open = (max(clauseStart, end - 24)..<end - 1).last(where: { s[$0] == Self.wideOpenParen || s[$0] == Self.openParen }),
            Self.shortNameAsides.contains(where: { s.has($0, at: open + 1) })
        {
            end = open
        }
        // …会晤当地时间26日在约翰内斯堡举行: the clock the date is told by is not the name's.
        if let clock = s.word(of: Self.clocks, endingAt: end), end - clock.count > clauseStart { end -= clock.count }
        // “2018从都国际论坛”10日在广州开幕: a name written in quotes is the quote's content.
        if end - 1 > clauseStart, s[end - 1] == U.closeQuote, s.word(of: meetingWords, endingAt: end - 1) != nil,
            let open = (clauseStart..<end - 1).last(where: { s[$0] == U.openQuote }), end - 1 - (open + 1) >= 3,
            !(clauseStart..<open).contains(where: { k in U.isHan(s[k]) && !dates.contains { (($0.offset)..<($0.offset + $0.length)).contains(k) } })
        {
            return (open + 1..<end - 1, place)
        }
        // 中国共产党第十九届中央委员会第五次全体会议，于2020年10月26日至29日在北京举行;
        // …全体会议，今天（1月13日）在北京闭幕: a clause of only when (and where) after a
        // comma; the meeting is the clause before it.
        if end == clauseStart, end < verb, clauseStart >= 2, s[clauseStart - 1] == Self.comma,
            s.word(of: meetingWords, endingAt: clauseStart - 1) != nil
        {
            var before = clauseStart - 1
            while before > 0, !U.isClauseEnd(s[before - 1]), !U.isSentenceEnd(s[before - 1]) { before -= 1 }
            if let name = nameBefore(clauseStart - 1, clauseStart: before, dates: dates) { return (name, place) }
            return nil
        }
        // 党的十九大于2017年10月18日至24日在北京胜利召开: a party congress named short.
        // (Only with its day or place between: not 迎接党的二十大胜利召开, a congress to come.)
        if end < verb, place != nil || startOfDates(endingAt: verb, floor: clauseStart, dates: dates) != nil || s[end] == Self.yu,
            let congress = partyCongress(endingAt: end), congress >= clauseStart
        {
            return (congress..<end, place)
        }
        // (2018年国际和平日纪念活动今天在南京开幕: an occasion, as after 出席.)
        guard s.word(of: meetingWords, endingAt: end) != nil || s.word(of: occasionWords, endingAt: end) != nil,
            let name = nameBefore(end, clauseStart: clauseStart, dates: dates)
        else { return nil }
        return (name, place)
    }
    static let comma: UInt32 = 0xFF0C /* ， */

    /// Where `党的十九大` (党的, a count, 大) ending at `end` starts, if it does.
    func partyCongress(endingAt end: Int) -> Int? {
        guard end >= 5, s[end - 1] == Self.da else { return nil }
        var k = end - 1
        while k > 0, EventNames.numeralScalars.contains(s[k - 1]) { k -= 1 }
        guard k < end - 1, k >= 2, s.has(Self.ofTheParty, at: k - 2) else { return nil }
        return k - 2
    }
    static let da: UInt32 = 0x5927 /* 大 */
    static let ofTheParty = U.s("党的")

    /// Talks and meetings with a counterpart: `国家主席习近平16日在吉隆坡同马来西亚总理
    /// 安瓦尔举行会谈`, `…在人民大会堂会见美国总统`. The name is the clause without its
    /// date, through the verb (and for 会见, who was met); the place is what 在 names.
    /// Not 在会谈中 / 会见时, which refer back to the event.
    func talks(verb: Range<Int>, clauseStart: Int, limit: Int, dates: [TimeExpression], sentence: Int) -> EventMention? {
        if verb.lowerBound > clauseStart, s[verb.lowerBound - 1] == Self.zai { return nil }
        if verb.upperBound < limit, Self.referBack.contains(s[verb.upperBound]) { return nil }
        // 在萨那会见的各方都…: who was met, a noun's modifier — the talks are told elsewhere.
        if verb.upperBound < limit, s[verb.upperBound] == Self.de { return nil }
        // A bare 会谈 is talks held only with a counterpart before it (习近平同普京会谈) or
        // right after 举行 (朝韩在板门店举行高层会谈); otherwise it is the noun, talks
        // referred to (此次高级别会谈, 两人的会谈, 推动南北首脑会谈, 进行了约30分钟的会谈).
        if s.has(Self.talksWord, at: verb.lowerBound), verb.count == Self.talksWord.count,
            !(clauseStart..<verb.lowerBound).contains(where: { Self.counterpartMarkers.contains(s[$0]) }),
            !heldRightBefore(verb.lowerBound, clauseStart: clauseStart)
        {
            return nil
        }
        // 汪洋23日在京与有关民主党派中央负责人座谈，…; 何晓岚在学生活动中心与学生代表座谈，…:
        // a symposium held with those named after 与 / 同 — not 座谈会, a meeting's name, nor
        // 座谈 with no one before it.
        let symposium = s.has(Self.symposiumVerb, at: verb.lowerBound) && verb.count == Self.symposiumVerb.count
        if symposium {
            guard verb.upperBound < limit ? U.isClauseEnd(s[verb.upperBound]) || s.has(Self.exchange, at: verb.upperBound) : true,
                (clauseStart..<verb.lowerBound).contains(where: { k in
                    // (同 of a word — 共同体, 同时, 同志 — is no one's counterpart.)
                    Self.counterpartMarkers.contains(s[k]) && !(k > clauseStart && Self.beforeSameWord.contains(s[k - 1]))
                        && !(k + 1 < verb.lowerBound && Self.afterSameWord.contains(s[k + 1]))
                })
            else { return nil }
        }
        var end = verb.upperBound
        if s.has(Self.meetWith, at: verb.lowerBound) {
            while end < limit, end - verb.upperBound < 30, !U.isClauseEnd(s[end]) {
                // 会见…代表团时表示: who was met ends at 时 (what was said there follows).
                if s[end] == Self.when, Self.saidAfterWhen.contains(where: { s.has($0, at: end + 1) }) { break }
                // …并表示 ends who was met; …峰会并进行国事访问的塞内加尔总统法耶 does not: a 并
                // inside what brought the guest, whose 的 comes before the clause ends.
                if s[end] == Self.and, end - verb.upperBound < 3 || !guestModifier(from: end, limit: limit) { break }
                end += 1
            }
            // …会见了前来出席庆祝…活动的香港特别行政区行政长官李家超: the guest ends with the
            // clause when it ends soon after the usual length, not in the middle of a name.
            if end - verb.upperBound == 30, end < limit, !U.isClauseEnd(s[end]),
                let clauseEnd = (end..<min(limit, verb.upperBound + 60)).first(where: { U.isClauseEnd(s[$0]) }),
                !(end..<clauseEnd).contains(where: { s[$0] == Self.and || s[$0] == Self.when })
            {
                end = clauseEnd
            }
            // 会见由…领导人、当选副总统乌略亚率领的…考察团: the guest is the delegation,
            // named after 率领的, however long its leaders' titles.
            if verb.upperBound < limit, s[verb.upperBound] == Self.by,
                let led = s.firstOccurrence(of: Self.ledBy, in: verb.upperBound..<min(limit, verb.upperBound + 60)),
                !(verb.upperBound..<led).contains(where: { U.isClauseEnd(s[$0]) })
            {
                end = led + Self.ledBy.count
                while end < limit, end - led < 30, !U.isClauseEnd(s[end]), s[end] != Self.and { end += 1 }
            }
            // 分别会见…副总统弗洛伦蒂诺、赞比亚副总统…: a long list is cut after a whole
            // name, at its last 、, not in the middle of one.
            if end - verb.upperBound >= 30, end < limit, !U.isClauseEnd(s[end]),
                let comma = (verb.upperBound..<end).last(where: { s[$0] == U.listSeparator }), comma - verb.upperBound >= 4
            {
                end = comma
            }
        }
        var scalars: [UInt32] = []
        var k = clauseStart
        while k < end {
            if let date = dates.first(where: { $0.offset == k }) { k = date.offset + max(date.length, 1); continue }
            scalars.append(s[k])
            k += 1
        }
        while let first = scalars.first, !U.isHan(first) { scalars.removeFirst() }
        // 外长吉拉尼今天（1月29日）与…: the brackets the dates were cut from go too.
        var paren = 0
        while paren + 1 < scalars.count {
            if (scalars[paren] == Self.openParen && scalars[paren + 1] == Self.closeParen) || (scalars[paren] == Self.wideOpenParen && scalars[paren + 1] == Self.wideCloseParen) {
                scalars.removeSubrange(paren...paren + 1)
            } else {
                paren += 1
            }
        }
        // …吊唁阮富仲逝世，并会见越南国家主席苏林: the clause's connective is no name
        // (the visitor is put before it when the event is named).
        while let first = scalars.first, Self.connectives.contains(first) { scalars.removeFirst() }
        // 李克强同登盛举行了会谈, 我同莫迪总理举行了富有成果的会谈: the talks are named as talks
        // held are (X同Y举行会谈), without the 了 and what the clause says of them.
        if !s.has(Self.meetWith, at: verb.lowerBound), scalars.count > verb.count + 2 {
            let body = scalars.count - verb.count
            if let held = (0..<body).last(where: { k in k + 3 <= body && Self.holdingVerbs.contains { scalars.has($0, at: k) } }), held >= 2, body - held <= 16 {
                // (A description ending in 的 goes — 富有成果的, 大约15分钟的 — a name's word stays:
                // 举行了“诺曼底模式”四方会谈, 举行了工作会谈.)
                var kept = (held + 3..<body).last(where: { scalars[$0] == Lit.de }).map { $0 + 1 } ?? held + 3
                // (举行了“富有成效的”会谈: the quote closing the description goes with it.)
                while kept < body, scalars[kept] == U.closeQuote { kept += 1 }
                scalars.replaceSubrange(held..<kept, with: scalars[held..<held + 2])
            }
        }
        guard scalars.count >= 4, scalars.count <= 90 else { return nil }
        // 在吉隆坡同…: the place between 在 and 同 / 与 / the verb.
        var place: String?
        if let zai = (clauseStart..<verb.lowerBound).first(where: { s[$0] == Self.zai }) {
            var stop = zai + 1
            while stop < verb.lowerBound, !Self.counterpartMarkers.contains(s[stop]) { stop += 1 }
            if stop - zai - 1 >= 2, stop - zai - 1 <= 12 { place = text(zai + 1..<stop) }
        }
        var mention = EventMention(name: U.string(scalars, 0..<scalars.count), kind: symposium ? .symposium : .meeting, dateInferred: false, place: place,
                                   sentence: sentence, range: verb.lowerBound..<end, rule: RuleName.eventTalksWithCounterpart.rawValue)
        mention.verb = text(verb)
        return mention
    }

    /// Does the 并 at `index` continue what brought a guest (`出席…峰会并进行国事访问的X`):
    /// a 的 within 30 characters, before the clause ends, with a name of two or more
    /// characters after it? (The caller asks only when a few words come between the verb
    /// and 并: 会见并在…召开的…会议上讲话 starts what was done next.)
    func guestModifier(from index: Int, limit: Int) -> Bool {
        var k = index + 1
        while k < limit, k - index <= 30, !U.isClauseEnd(s[k]) {
            if s[k] == Self.de {
                var n = k + 1
                while n < limit, U.isHan(s[n]) || s[n] == Lit.middleDot || s[n] == Lit.hyphen { n += 1 }
                return n - k - 1 >= 2 && (n == limit || U.isClauseEnd(s[n]))
            }
            k += 1
        }
        return false
    }

    /// Is `举行` (or `举行了`) written at most eight characters before `index` in its clause,
    /// with no `的` between (举行高级别会谈, not 举行了50分钟的会谈)?
    func heldRightBefore(_ index: Int, clauseStart: Int) -> Bool {
        guard let at = (max(clauseStart, index - 10)..<index).last(where: { s.has(Self.hold, at: $0) }) else { return false }
        return index - (at + Self.hold.count) <= 8 && !(at..<index).contains { s[$0] == Self.de }
    }

    /// Adverbs that open the words before 下发 / 印发 when no body issues it (已全部下发…).
    static let notIssuerOpenings = U.set("已均都也并再又还将曾正即随")

    /// A document issued: `中共中央办公厅、国务院办公厅15日印发《…》`, `省委发出通知`.
    /// The name is the title in 《》, else the issuer and the document word.
    func issuedDocument(verb: Range<Int>, clauseStart: Int, limit: Int, dates: [TimeExpression], months: [TimeExpression], sentence: Int) -> EventMention? {
        var k = verb.upperBound
        // (学校党委4月3日印发的《…》: a document issued before, named — recalled, with its day in
        // its own clause: not 今天（2月1日）举行发布会，…解读日前印发的《…》. With its month,
        // 我局去年12月印发的《…》, an event of that month: `recalledMonth`.)
        let named = k + 1 < limit && s[k] == Lit.de && s[k + 1] == U.openBook
        // 出台《…》 is told of policies in general (介绍出台《…》措施后的成效, 各地全部出台
        // 实施方案): a document issued only when titled and dated in its clause.
        if s.has(Self.rollOut, at: verb.lowerBound) {
            guard s.has([U.openBook], at: k + (named ? 1 : 0)),
                // (Its time in the clause, or alone in the clause before: 去年8月，县委…出台.)
                (dates + months).contains(where: { $0.offset < verb.lowerBound && ($0.offset >= clauseStart || $0.offset + $0.length + 1 == clauseStart) })
            else { return nil }
        }
        if named {
            guard (dates + months).contains(where: { $0.offset >= clauseStart && $0.offset < verb.lowerBound && ($0.granularity == .day || $0.granularity == .month) }) else { return nil }
            k += 1
        }
        // Only an organization issuing it (中共中央办公厅、国务院办公厅印发《…》): a meeting
        // that 审议通过并印发《…》 adopted a document, it held no second event.
        // (A street office, a town or a county issuing it is named by its place alone:
        // 街道印发《…》, 望川街道印发《…》.)
        if k < limit, s[k] == U.openBook, let close = s.firstOccurrence(of: [U.closeBook], in: k + 1..<min(limit, k + 80)),
            let issuer = organizer(before: verb.lowerBound, clauseStart: clauseStart, dates: dates)
                ?? holder(before: verb.lowerBound, clauseStart: clauseStart, dates: dates).flatMap({ name in
                    Self.placeBodies.contains { name.hasSuffix($0) } && !name.hasPrefix("全") ? name : nil
                })
        {
            var mention = EventMention(name: text(k + 1..<close), kind: .notice, dateInferred: false, organizer: issuer, sentence: sentence,
                                       range: verb.lowerBound..<close + 1, rule: RuleName.eventIssuesTitledDocument.rawValue)
            mention.referred = named
            return mention
        }
        guard !named else { return nil }
        while k < limit, k - verb.upperBound < 4, U.isHan(s[k]) {
            if let word = s.firstWord(of: Self.documentWords, at: k), let issuer = organizer(before: verb.lowerBound, clauseStart: clauseStart, dates: dates),
                // (发现问题91项，已全部下发整改通知书: an adverb where the issuer would be, no body.)
                let first = issuer.unicodeScalars.first, !Self.notIssuerOpenings.contains(first.value)
            {
                return EventMention(name: issuer + text(verb.lowerBound..<k + word.count), kind: .notice, dateInferred: false, organizer: issuer,
                                    sentence: sentence, range: verb.lowerBound..<k + word.count, rule: RuleName.eventOrganizationIssuesNotice.rawValue)
            }
            k += 1
        }
        return nil
    }

    /// The organization written before a predicate: the clause text between the last
    /// date or comma and the predicate (`省委常委会` in `1月23日，省委常委会召开会议`).
    static let committee = U.c("委"), association = U.c("会")

    /// Is the verb ending at `after` followed by 后 and a clause that opens with what was
    /// done right after (`…会议召开后，我省随即召开`, lexicon `right-after-words`)?
    func followedAtOnce(_ after: Int, limit: Int) -> Bool {
        guard after + 2 < limit, s[after] == Self.hou, U.isClauseEnd(s[after + 1]) else { return false }
        var k = after + 2
        while k < min(limit, after + 14), !U.isClauseEnd(s[k]) {
            if s.firstWord(of: rightAfterWords, at: k) != nil { return true }
            k += 1
        }
        return false
    }

    /// Is the verb ending at `after` followed by 后 or 以来 — a meeting told as the start of
    /// what followed (`这是4月26日…推进会召开后，…第二次到…督导`, `3月12日…动员大会召开以来，…`)?
    func recalledSince(_ after: Int, limit: Int) -> Bool {
        guard after < limit else { return false }
        return s[after] == Self.hou || s.has(Self.since, at: after)
    }
    static let since = U.s("以来")

    func organizer(before index: Int, clauseStart: Int, dates: [TimeExpression]) -> String? {
        var start = clauseStart
        for date in dates where date.offset + date.length <= index && date.offset + date.length > start {
            start = date.offset + date.length
        }
        var end = index
        // 中共中央政治局常务委员会2月3日召开会议, 国务院新闻办公室今天（1月17日）举行: the
        // organization stands before the dates (and their brackets).
        // 中共中央16日上午在人民大会堂举行座谈会: a place written before the verb too.
        var verbAt = index
        if let zai = (max(start, index - 14)..<index).last(where: { s[$0] == Self.zai }), zai > clauseStart,
            startOfDates(endingAt: zai, floor: clauseStart, dates: dates) != nil
        {
            verbAt = zai
        }
        // 联合国安理会14日就也门局势举行会议: the organization stands before the dates.
        if let topic = topicAfterDates(in: clauseStart..<verbAt, dates: dates) { verbAt = topic }
        if (start..<end).allSatisfy({ !U.isHan(s[$0]) }) || verbAt < index, let first = startOfDates(endingAt: verbAt, floor: clauseStart, dates: dates) {
            end = first
            start = clauseStart
        }
        // 会议传达学习了市委常委会9月1日召开的会议精神: the organization starts after what
        // conveys it.
        if let conveyed = lastConveyVerbEnd(in: start..<end) { start = conveyed }
        while start < end, !U.isHan(s[start]) { start += 1 }
        // 记者从国务院新闻办公室新闻发布会上获悉: the reporter's source, after 从.
        if let from = s.firstOccurrence(of: Self.reporterFrom, in: start..<end) { start = from + Self.reporterFrom.count }
        // 记者今天从国家知识产权局召开的…: after the dates, 从 still marks the source.
        if start < end, s[start] == Self.from { start += 1 }
        // (…项目，并在…议事室召开座谈会: a clause going on with 并 / 还 has the sentence's subject.)
        while start < end, Self.connectives.contains(s[start]) { start += 1 }
        // (…指示最高国家安全委员会10日晚召开紧急会议: who was asked holds it, not the asking.)
        if let asked = Self.askingVerbs.first(where: { s.has($0, at: start) }), end - start - asked.count >= 2 { start += asked.count }
        // 在人民大会堂北大厅举行: a place, not who held it.
        guard end - start >= 2, s[start] != Self.zai else { return nil }
        // 县委在县会议中心举行座谈会 (the day opening the sentence before): who held it ends
        // at 在, the place after it is no part of its name (会议中心 ends a body's name too).
        var placeCut = false
        if let zai = (start + 2..<end).first(where: { s[$0] == Self.zai }), end - zai >= 3 {
            end = zai
            placeCut = true
        }
        // Cut after the first organization suffix (省教育厅迅速以… → 省教育厅), and
        // prefer the longest suffix there (省委常委会 over 省委).
        var cut: Int?
        var i = start + 1
        while i <= end, cut == nil {
            if s.word(of: organizationSuffixes, endingAt: i) != nil {
                var best = i
                for extra in 1...12 where i + extra <= end {
                    if s.word(of: organizationSuffixes, endingAt: i + extra) != nil { best = i + extra }
                }
                cut = best
            }
            i += 1
        }
        // 县十七届人大五次会议在县会议中心举行预备会议: a numbered session holds its sittings.
        if cut == nil, end - start >= 6, s.has(Lit.meeting, at: end - Lit.meeting.count), s[start..<end].contains(Lit.ci) { cut = end }
        // 沁园社区在党群服务中心召开…: before the place, a body the suffixes miss (a community, a
        // village), all of the words before 在.
        if cut == nil, placeCut, end - start <= 12, (start..<end).allSatisfy({ U.isHan(s[$0]) }), Self.bodyEnds.contains(s[end - 1]) || s[end - 1] == Self.district {
            cut = end
        }
        guard var cut, cut - start >= 2, cut - start <= 24 else { return nil }
        // 市安委会召开…: a committee's short name (安委会, 管委会) ends in 会 after its 委.
        if cut + 1 == end, s[cut - 1] == Self.committee, s[cut] == Self.association { cut += 1 }
        // 十四届全国人大常委会第八次会议…举行第一次全体会议: the session the plenary belongs
        // to is part of who held it.
        if cut < end, end - cut <= 8, s[cut] == Lit.di, s.has(Lit.meeting, at: end - Lit.meeting.count), s[cut..<end].contains(Lit.ci) { cut = end }
        return text(start..<cut)
    }

    /// Who held a meeting the sentence names by its kind alone, read from the clause's
    /// shape rather than from an organization suffix: the clause's subject before its
    /// dates and place (`中共中央22日上午在人民大会堂举行座谈会`, `联合国安理会14日举行紧急
    /// 会议`, `…航天员乘组举行交接仪式`), or what stands between 在 and the dates of
    /// `在国务院新闻办公室今天（10月18日）举行的新闻发布会上`. Nil when the subject is not a
    /// short run of Han characters (a list joined by 、 allowed) or opens as a report does.
    func holder(before verb: Int, clauseStart: Int, dates: [TimeExpression]) -> String? {
        guard verb - clauseStart >= 2 else { return nil }
        var end = verb
        // 在人民大会堂举行: a place between the subject (or its dates) and the verb.
        // (Also when 在 opens the clause: 今天下午，在国务院新闻办公室举行的新闻发布会上.)
        if s[clauseStart] == Self.zai, verb - clauseStart - 1 >= 3, verb - clauseStart <= 14, s.word(of: organizationSuffixes, endingAt: verb) != nil,
            (clauseStart + 1..<verb).allSatisfy({ U.isHan(s[$0]) })
        {
            return text(clauseStart + 1..<verb)
        }
        if let zai = (max(clauseStart + 1, verb - 14)..<verb).last(where: { s[$0] == Self.zai }) {
            // 记者今天在国家知识产权局召开的新闻发布会上: where it was held is the body
            // that held it when an organization's name ends there.
            if verb - zai - 1 >= 3, s.word(of: organizationSuffixes, endingAt: verb) != nil,
                (zai + 1..<verb).allSatisfy({ U.isHan(s[$0]) })
            {
                return text(zai + 1..<verb)
            }
            end = zai
        }
        // 联合国安理会16日就地区局势召开会议: the topic after the dates is not the holder;
        // 13日，联合国安理会就…举行紧急会议: nor after a body's name.
        if let topic = topicAfterDates(in: clauseStart..<end, dates: dates) {
            end = topic
        } else if end > clauseStart + 2, let jiu = (clauseStart + 2..<end).first(where: { s[$0] == Self.jiu }), jiu - clauseStart <= 14, jiu + 1 < end,
            !Self.adverbialJiu.contains(s[jiu + 1]), !(clauseStart..<jiu).contains(where: { Self.clauseWords.contains(s[$0]) })
        {
            end = jiu
        }
        // 第三工程公司当天晚上即召开, …立即召开: an adverb of the verb is no part of the holder
        // (lexicon meeting-verb-adverbs).
        while let adverb = s.word(of: verbAdverbs, endingAt: end), end - adverb.count > clauseStart { end -= adverb.count }
        var dated = false
        if let first = startOfDates(endingAt: end, floor: clauseStart, dates: dates) {
            end = first
            dated = true
            // (第三工程公司于当天晚上召开: 于 opens the dates.)
            if end > clauseStart + 1, s[end - 1] == Self.yu { end -= 1 }
        }
        var start = clauseStart
        while start < end, !U.isHan(s[start]) { start += 1 }
        // 当天埃及、以色列和美国代表团…: a date opening the clause is not the holder's.
        while let date = dates.first(where: { $0.offset == start }), date.offset + date.length < end {
            start = date.offset + date.length
            while start < end, !U.isHan(s[start]) { start += 1 }
        }
        // (…观摩了…项目，下午召开大会: a part of the day the scanner leaves undated, as it
        // continues a day told before, is no holder either.)
        if let part = TimeScanner.timeWords.first(where: { s.has($0.0, at: start) && $0.0.count >= 2 }) { start += part.0.count }
        // 在国务院新闻办公室今天（…）举行的: the holder after 在, when its dates follow it.
        // (在今天（12月15日）下午国新办举行的: the holder after 在 and its dates.)
        if start < end, s[start] == Self.zai {
            if dated {
                start += 1
            } else if dates.contains(where: { $0.offset == start + 1 }) {
                start += 1
                // (Dates and the brackets between them: 今天（12月15日）下午.)
                while let date = dates.first(where: { $0.offset == start }), date.offset + date.length < end {
                    start = date.offset + date.length
                    while start < end, !U.isHan(s[start]), Numerals.arabicDigit(s[start]) == nil { start += 1 }
                }
                while start < end, !U.isHan(s[start]) { start += 1 }
                guard start > clauseStart + 1, !dates.contains(where: { $0.offset < end && $0.offset + $0.length > start }) else { return nil }
            } else {
                return nil
            }
        }
        guard end - start >= 2, end - start <= 20,
            (start..<end).allSatisfy({ U.isHan(s[$0]) || s[$0] == U.listSeparator }),
            s.firstWord(of: GraphBuilder.reportOpeners, at: start) == nil, !s.has(Self.reporter, at: start),
            !Self.notHolders.contains(s[start]),
            !(start..<end).contains(where: { Self.clauseWords.contains(s[$0]) })
        else { return nil }
        return text(start..<end)
    }

    /// Where a meeting's topic opens right after its dates (`14日就也门局势举行会议`: 就,
    /// 为, 针对, 围绕): what the meeting is about, not who held it.
    func topicAfterDates(in range: Range<Int>, dates: [TimeExpression]) -> Int? {
        range.first { Self.topicMarkers.contains(s[$0]) && startOfDates(endingAt: $0, floor: range.lowerBound, dates: dates) != nil }
    }

    /// Characters a holder does not open with (各地, 多国, 也, 还, 将, 随后): no one holder.
    static let notHolders: Set<UInt32> = Set("各多也还将随又再均都".unicodeScalars.map(\.value))
    /// Characters that make a subject a clause (是, 了, 的, 在, 就, 为, 对, 向, 从, 把, 被 …):
    /// not a holder's name.
    static let clauseWords: Set<UInt32> = Set("是了的在就为对向于从把被将".unicodeScalars.map(\.value))
    static let separately = U.s("分别")
    static let by: UInt32 = 0x7531 /* 由 */
    static let reporter = U.s("记者")
    static let from: UInt32 = 0x4ECE /* 从 */
    static let ledBy = U.s("率领的")
    /// What opens a meeting's topic (``topicAfterDates(in:dates:)``).
    static let topicMarkers: Set<UInt32> = Set("就为针围".unicodeScalars.map(\.value))

    /// Where a run of dates ending at `end` starts — dates and the brackets and spaces
    /// between them (`今天（11月20日）`, `19日至20日`) — or nil when no date ends there.
    func startOfDates(endingAt end: Int, floor: Int, dates: [TimeExpression]) -> Int? {
        var first: Int?
        var k = end
        while k > floor {
            if let date = dates.last(where: { $0.offset + $0.length == k && $0.offset >= floor }) {
                first = date.offset
                k = date.offset
            } else if !U.isHan(s[k - 1]), !U.isClauseEnd(s[k - 1]) {
                k -= 1
            } else {
                break
            }
        }
        return first
    }

    /// Where the last convey verb in `range` ends (after a 了 that follows it), or nil.
    func lastConveyVerbEnd(in range: Range<Int>) -> Int? {
        var found: Int?
        var k = range.lowerBound
        while k < range.upperBound {
            if let verb = conveyVerbs.first(in: s, at: k, limit: range.upperBound) {
                k += verb.count
                if k < range.upperBound, s[k] == Self.le { k += 1 }
                found = k
            } else {
                k += 1
            }
        }
        return found
    }

    /// True when a convey verb earlier in the clause still has its object open at
    /// `index`: no 精神 closes it before (传达学习习近平总书记在东北考察时的重要讲话精神).
    /// (A 精神 followed by 和, 、, 及 or 以及 lists a further object: 传达学习县委推进会议精神和
    /// 日前召开的县委常委会会议精神.)
    func insideConveyed(_ index: Int, clauseStart: Int) -> Bool {
        conveyVerbs.words.contains { verb in
            guard let at = s.firstOccurrence(of: verb, in: clauseStart..<index) else { return false }
            return TimeNormalizer.objectOpen(s, from: at, to: index)
        }
    }
    static let listJoiners = TimeNormalizer.objectJoiners

    /// `推进会上，…`, `座谈会上，…`: a sentence opening with a meeting's kind (three characters
    /// or more), 上 and a comma speaks of the latest dated event of the article, not one only
    /// referred to, whose name ends with that kind — nil when it opens otherwise or none is told.
    func openedAtKind(_ r: Range<Int>, article: Int, events: [EventMention], sentences: [Sentence]) -> EventMention? {
        guard r.count >= 5, let shang = (r.lowerBound..<min(r.upperBound - 1, r.lowerBound + 8)).first(where: { s[$0] == Self.shang }),
            U.isClauseEnd(s[shang + 1]), let kind = meetingWords.ending(in: s, at: shang), kind.count >= 3, shang - kind.count == r.lowerBound
        else { return nil }
        return events.last { mention in
            mention.date != nil && !mention.referred && sentences[mention.sentence].article == article
                && U.s(mention.name).suffix(kind.count).elementsEqual(kind)
        }
    }

    /// Event mentions with a date. `undated` gets the sentences of those found without one
    /// (`习近平近日…作出重要指示`), which own the sentences after them.
    func find(sentences: [Sentence], analysis: TimeAnalysis, people: [PersonMention], undated: inout [Int]) -> [EventMention] {
        var headlines: [Int: [Int]] = [:]
        for (index, sentence) in sentences.enumerated() where sentence.isHeadline { headlines[sentence.article, default: []].append(index) }
        var events: [EventMention] = []
        var dateIndex = 0
        let expressions = analysis.expressions
        var lastDated: (article: Int, date: CalendarDate, time: TimeOfDay?)?
        // An earlier day looked back to in the middle of a paragraph (…回顾了…。9月25日，…召开…)
        // is the day 会后 goes on with only to that paragraph's end, as the time layer
        // scopes it (TimeNormalizer): the day it was at before, kept for after.
        var lookedBackFrom: (article: Int, date: CalendarDate, time: TimeOfDay?)?
        var lastDatedIsDateline = false
        // (The scalars for closures below: `s` there would copy the whole finder each time.)
        let scalars = s
        var peopleBySentence: [Int: [PersonMention]] = [:]
        for person in people { peopleBySentence[person.sentence, default: []].append(person) }
        let (datelines, openedAfterAnother) = datelineDates(sentences: sentences, expressions: expressions)
        // The item's own date (its dateline), and the last day written so far in the
        // current paragraph (for a welcome undated in its own sentence, below).
        let itemDay = analysis.reference.flatMap { $0.source == .stated ? $0.date.dayNumber : nil }
        // A news item: its date stated in its first lines (a dateline), not under a signature.
        let datelinedItem = analysis.reference.map { $0.source == .stated && ($0.offset ?? Int.max) <= GraphBuilder.datelineReach } ?? false
        var paragraph = 0
        var paragraphDated: (paragraph: Int, date: CalendarDate, time: TimeOfDay?)?
        for (index, sentence) in sentences.enumerated() where !sentence.isHeadline {
            let r = sentence.range
            if sentence.startsParagraph { paragraph += 1 }
            while dateIndex < expressions.count, expressions[dateIndex].offset < r.lowerBound { dateIndex += 1 }
            var dates: [TimeExpression] = []
            // Where coarser times are written (今年7月, 明年): the day before one is not
            // the day of what follows it.
            var coarse: [Int] = []
            // Months written whole (去年4月, 2021年2月): what an earlier meeting is recalled by.
            var months: [TimeExpression] = []
            var k = dateIndex
            while k < expressions.count, expressions[k].offset < r.upperBound {
                let e = expressions[k]
                if let value = e.value, value.granularity == .day, e.granularity == .day || e.granularity == .range {
                    dates.append(e)
                } else if e.value != nil {
                    coarse.append(e.offset)
                    if e.granularity == .month, e.value?.granularity == .month { months.append(e) }
                }
                k += 1
            }
            let startsAfterwards = s.firstWord(of: Self.afterwards, at: r.lowerBound) != nil || opensRightAfter(r, newsItem: datelinedItem)
            // 下午，医院召开警示教育大会: a part of the day alone opening the sentence goes on
            // with the day last written in its article.
            let openingPart = TimeScanner.timeWords.first { word, _ in
                s.has(word, at: r.lowerBound) && r.lowerBound + word.count < r.upperBound && U.isClauseEnd(s[r.lowerBound + word.count])
            }?.1
            // (会后 / 收看…后 go on with the day written before this sentence, not with one
            // written after its predicate: …同时传达了3月3日省政府常务会议….)
            if sentence.startsParagraph, let back = lookedBackFrom {
                if lastDated?.article == back.article { lastDated = back }
                lookedBackFrom = nil
            }
            // 推进会上，… opening a paragraph after one that looked back (8月25日，…。8月30日，…):
            // the narration is back at the meeting of that kind the article told, and 会后 after
            // it goes on from that meeting's day.
            if sentence.startsParagraph, dates.isEmpty, let told = openedAtKind(r, article: sentence.article, events: events, sentences: sentences),
                let day = told.date
            {
                lastDated = (sentence.article, day, told.timeOfDay)
                lookedBackFrom = nil
            }
            let datedBefore = lastDated
            // (A day inside a conveyed reference, planned, or where a span begins (…以来) is
            // not where the narration is: 会后 does not go on with it. One describing a meeting
            // recalled is: 在1日举行的…上，…。随后举行的….)
            if let first = dates.first(where: { TimeNormalizer.toldDay(scalars, start: $0.offset, end: $0.offset + $0.length) }),
                let value = first.value
            {
                // (Not back from a dateline's day: a news item tells its first day after it.)
                // (Mid-paragraph: after a clause of it, 会上，…汇报了10月30日…, not a paragraph
                // opening with its day.)
                let opensWithIt = sentence.startsParagraph && !(r.lowerBound..<first.offset).contains(where: { U.isClauseEnd(scalars[$0]) })
                if let last = lastDated, last.article == sentence.article, !opensWithIt, value < last.date, !lastDatedIsDateline {
                    if lookedBackFrom == nil { lookedBackFrom = last }
                } else if let back = lookedBackFrom, value >= back.date {
                    // (The paragraph went on past the day it was at: nothing to go back to.)
                    lookedBackFrom = nil
                }
                lastDated = (sentence.article, value, first.timeOfDay)
                lastDatedIsDateline = first.offset == analysis.reference?.offset
            }
            let paragraphDay = paragraphDated.flatMap { $0.paragraph == paragraph ? $0 : nil }
            if let last = dates.last, let value = last.value { paragraphDated = (paragraph, value, last.timeOfDay) }

            var i = r.lowerBound
            var clauseStart = r.lowerBound
            // Direct speech (“今天我们举行隆重仪式…”) reports no event of the text's own:
            // where a long quote opened, and where it closes.
            var speechEnd = -1
            // Where a meeting told as the start of what followed ends (…推进会召开后，): a day
            // written before it is that meeting's, not of what the sentence tells after it.
            var recalledUpTo = -1
            while i < r.upperBound {
                if U.isClauseEnd(s[i]) { clauseStart = i + 1 }
                if s[i] == U.openQuote, let close = s.firstOccurrence(of: [U.closeQuote], in: i + 1..<r.upperBound), close - i > Self.speechLength {
                    speechEnd = close
                }
                guard i > speechEnd, predicateStarts.contains(s[i]) else {
                    i += 1
                    continue
                }
                var found: EventMention?
                var consumed = 1
                // 在…座谈会上的重要讲话 names a speech (referred to); 在主持召开的…上: its
                // speaker chaired the meeting.
                var speechNamed = false, chairedSpeech = false
                // 在 X 上发表重要讲话
                if s[i] == Self.zai, let atMeeting = atMeeting(i, limit: r.upperBound, sentence: index, dates: dates) {
                    (found, speechNamed, chairedSpeech) = atMeeting
                    consumed = atMeeting.mention.range.upperBound - i
                } else if s[i] == Self.zai, let article = publishedArticle(i, limit: r.upperBound, sentence: index) {
                    found = article
                    consumed = article.range.upperBound - i
                } else if deliberationVerbs.startsWith(s[i]), let held = deliberatingMeeting(at: i, clauseStart: clauseStart, sentenceStart: r.lowerBound, dates: dates, sentence: index) {
                    found = held
                    // (Told inside another event's report: a meeting of its own, referred to.)
                    found?.referred = events.contains { sentences[$0.sentence].article == sentence.article && !$0.referred }
                    consumed = held.range.upperBound - i
                } else if s[i] == Self.kai || s[i] == Self.fan, let activity = partyActivity(at: i, clauseStart: clauseStart, limit: r.upperBound, dates: dates, sentence: index) {
                    found = activity
                    consumed = activity.range.upperBound - i
                } else if let recalled = recalledDeployment(at: i, clauseStart: clauseStart, dates: dates, sentence: index)
                    ?? (recallVerbs.startsWith(s[i]) || monthRecallVerbs.startsWith(s[i]) ? recalledMeeting(at: i, clauseStart: clauseStart, sentenceStart: r.lowerBound, dates: dates, months: months, sentence: index) : nil),
                    // (…召开的乡党委扩大会议部署的: found already from its 召开.)
                    !events.contains(where: { $0.sentence == index && $0.range.overlaps(recalled.range) })
                {
                    found = recalled
                    consumed = recalled.range.upperBound - i
                } else if s[i] == Self.dai || s[i] == Self.lv, let led = ledInspection(at: i, clauseStart: clauseStart, limit: r.upperBound, sentence: index) {
                    found = led
                    consumed = led.range.upperBound - i
                } else if !dates.isEmpty, let campaign = inspectionCampaign(at: i, sentenceStart: r.lowerBound, clauseStart: clauseStart, limit: r.upperBound, sentence: index) {
                    found = campaign
                    consumed = campaign.range.upperBound - i
                } else if let (verb, kindName) = eventVerb(at: i),
                    // 不会见顶, 有机会见到: 会 ends the word before (不会, 机会), no meeting.
                    !(kindName == "talks" && s[i] == Self.hui && i > r.lowerBound && Self.wordsEndingInHui.contains(s[i - 1])),
                    // 进行第六次集体学习, 开展专题学习: these verbs report a study session only
                    // (进行国事访问并出席…, 进行了开幕式前的彩排: no event of theirs).
                    // (今天，我们以这个题目进行集体学习: a speaker's words of the session he speaks at.)
                    kindName != "study" || s.firstOccurrence(of: Self.we, in: clauseStart..<i) == nil
                        && meetingName(from: i + verb.count, limit: r.upperBound).map({ self.kind(of: $0) == .study }) ?? false
                {
                    let after = i + verb.count
                    let kind = EventKind(rawValue: kindName) ?? .meeting
                    if kindName == "attended" {
                        // 习近平15日出席第三届…博览会开幕式并发表主旨演讲: a named meeting
                        // attended (a bare 出席会议 names none).
                        // 出席了…开幕式: the aspect mark is no part of the name.
                        let nameFrom = after < r.upperBound && s[after] == Self.le ? after + 1 : after
                        if !attendsAsPurpose(at: i, sentenceStart: r.lowerBound, clauseStart: clauseStart), var name = meetingName(from: nameFrom, limit: r.upperBound, occasions: true), name.count >= 5,
                            // 出席上海合作组织峰会前会见…: before it, not at it.
                            !(name.upperBound < r.upperBound && s[name.upperBound] == Self.before),
                            // 出席党代会的代表团全部报到: who will attend, a noun's modifier.
                            !(name.upperBound < r.upperBound && s[name.upperBound] == Self.de)
                        {
                            // 出席在老挝万象举行的第27次…会议: the name after where it was held.
                            if s[name.lowerBound] == Self.zai, let held = Self.heldAt.lazy.compactMap({ self.s.firstOccurrence(of: $0, in: name.lowerBound..<min(name.upperBound, name.lowerBound + 24)) }).first,
                                name.upperBound - (held + 3) >= 4
                            {
                                name = held + 3..<name.upperBound
                            }
                            found = EventMention(name: text(name), kind: self.kind(of: name), dateInferred: false, sentence: index,
                                                 range: i..<name.upperBound, rule: RuleName.eventAttendsNamedMeeting.rawValue)
                            consumed = name.upperBound - i
                        }
                    } else if kindName == "talks" {
                        if let talks = talks(verb: i..<after, clauseStart: clauseStart, limit: r.upperBound, dates: dates, sentence: index) {
                            found = talks
                            consumed = talks.range.upperBound - i
                        }
                    } else {
                    switch kind {
                    case .instruction:
                        // (作出的重要指示: the instruction's name without 的, as 作出重要指示 gives it.)
                        let nameStart = s[i + 2] == Lit.de ? i + 3 : i + 2
                        found = EventMention(name: text(nameStart..<after), kind: .instruction, dateInferred: false, sentence: index, range: i..<after, rule: RuleName.eventInstructionVerb.rawValue)
                    case .inspection:
                        // (检查 alone: an inspection only at the end of a journey.)
                        let journeyOnly = Self.journeyOnlyVerbs.contains(verb)
                        // 在江西考察: the place is the text between 在 and the verb.
                        var j = i - 1
                        while j > clauseStart, s[j] != Self.zai, i - j < 12 { j -= 1 }
                        // 赴高新区调研: the place after 赴 / 到 / 前往.
                        var goAt: (Int, Int)?
                        var g = i - 1
                        // (来到位于高新区的…基地调研: a place described by where it lies, further back;
                        // the description is no part of its name.)
                        var located: Int?
                        while g > clauseStart, i - g < 30 {
                            if let word = s.word(of: Self.goTo, endingAt: g), isJourney(word, at: g - word.count) {
                                if i - g < 14 { goAt = (g - word.count, g); break }
                                // (Places named and listed: 先后来到材料科学与工程学院、机械工程学院调研 —
                                // not kinds of place, 深入农村、社区、学校调研, a tour's summary.)
                                let parts = s[g..<i].split(separator: U.listSeparator)
                                if parts.count >= 2, word != Self.goDeep, parts.allSatisfy({ $0.count >= 3 && Self.listedPlaceEndings.contains($0.last!) }),
                                    !(g..<i).contains(where: { U.isClauseEnd(s[$0]) && s[$0] != U.listSeparator })
                                {
                                    goAt = (g - word.count, g)
                                    break
                                }
                                if s.has(Self.locatedAt, at: g), let of = (g + 2..<min(i - 2, g + 14)).first(where: { s[$0] == Lit.de }) {
                                    goAt = (g - word.count, g)
                                    located = of + 1
                                    break
                                }
                            }
                            g -= 1
                        }
                        // …一行，深入柳林镇白马村、河湾村等地，调研…: the verb opening its clause, the
                        // journey the clause before (its place ends at the comma).
                        var placeEnd = i
                        // (…社区，实地督导…: the verb after a manner word of being there.)
                        if goAt == nil, i == clauseStart || i - clauseStart == 2 && Self.onTheSpot.contains(where: { s.has($0, at: clauseStart) }),
                            clauseStart >= 2, U.isClauseEnd(s[clauseStart - 1])
                        {
                            var g = clauseStart - 1
                            while g > r.lowerBound, clauseStart - g < 24, !U.isClauseEnd(s[g - 1]) {
                                if let word = s.firstWord(of: Self.goTo, at: g - 1), isJourney(word, at: g - 1) {
                                    goAt = (g - 1, g - 1 + word.count)
                                    break
                                }
                                g -= 1
                            }
                            // (A place: 等地, a village, a town… — not 深入学习…，调研…; or places
                            // listed, 先后深入龙潭村、上坝村和青岗中学，调研督导….)
                            if let (_, goEnd) = goAt, Self.placeEndings.contains(s[clauseStart - 2])
                                || (goEnd..<clauseStart - 1).contains(where: { s[$0] == U.listSeparator }) && Self.listedPlaceEndings.contains(s[clauseStart - 2])
                            {
                                placeEnd = clauseStart - 1
                            } else {
                                goAt = nil
                            }
                        }
                        // (听取…赴8个省区检查…的汇报: a journey told as what a report is about.)
                        // (深入考察及检查…: no place between the journey and 检查, only another verb.)
                        if journeyOnly, let (goStart, goEnd) = goAt {
                            var end = after
                            while end < r.upperBound, !U.isClauseEnd(s[end]) { end += 1 }
                            if Self.reportedWords.contains(where: { s.firstOccurrence(of: $0, in: min(goStart, clauseStart)..<end) != nil })
                                || (goEnd..<placeEnd).contains(where: { eventVerb(at: $0)?.value == "inspection" })
                                || placeEnd > goEnd && Self.joinsVerbs.contains(s[placeEnd - 1])
                            {
                                goAt = nil
                            }
                        }
                        if let (goStart, goEnd) = goAt, placeEnd - goEnd >= 2 {
                            let placeStart = located ?? goEnd
                            let place = text(placeStart..<placeEnd)
                            let name = placeEnd == i && located == nil ? text(goStart..<after) : text(goStart..<goEnd) + place + text(i..<after)
                            // (Its range stays in the verb's clause: what follows reads clauses.)
                            found = EventMention(name: name, kind: .inspection, dateInferred: false, place: place, sentence: index,
                                                 range: (placeEnd == i ? goStart : i)..<after, rule: RuleName.eventInspectionGotoPlace.rawValue)
                        } else if !journeyOnly, j >= clauseStart, s[j] == Self.zai, i - j >= 2, s.firstWord(of: Self.notPlaces, at: j + 1) == nil {
                            let place = text(j + 1..<i)
                            found = EventMention(name: "在" + place + text(i..<after), kind: .inspection, dateInferred: false, place: place, sentence: index, range: j..<after, rule: RuleName.eventInspectionAtPlace.rawValue)
                        } else if !journeyOnly, let headline = headlineRange(of: sentence.article, sentences: sentences, headlines: headlines, containing: Self.inspect) ?? headlineRange(of: sentence.article, sentences: sentences, headlines: headlines, containing: Self.survey),
                            headlineNamesAnInspector(headline)
                        {
                            // 进行考察调研 without a place: the headline names the tour
                            // (习近平在山西考察工作时强调 … → 习近平在山西考察工作).
                            var name = headline
                            for stop in Self.headlineStops {
                                if let cutAt = s.firstOccurrence(of: stop, in: name) { name = name.lowerBound..<cutAt }
                            }
                            found = EventMention(name: text(name), kind: .inspection, dateInferred: false, sentence: index, range: i..<after, rule: RuleName.eventInspectionHeadline.rawValue)
                        }
                    case .notice:
                        found = issuedDocument(verb: i..<after, clauseStart: clauseStart, limit: r.upperBound, dates: dates, months: months, sentence: index)
                    default:
                        // 市委常委会9月1日召开的会议: the name after 的.
                        let nameAt = after + 1 < r.upperBound && s[after] == Self.de ? after + 1 : after
                        if s.has(Self.meetingGeneric, at: nameAt),
                            // (举办会议、交易、发布等活动: one kind of a list, no meeting named.)
                            !(nameAt + 2 < r.upperBound && s[nameAt + 2] == U.listSeparator)
                        {
                            // Org 召开会议 (not X主持会议: the organization there is X's title).
                            // (…国务院副总理、中央指导组组长孙春兰召开会议: 国务院 is her title.)
                            let personBefore = (peopleBySentence[index] ?? []).contains { $0.range.lowerBound >= clauseStart && $0.range.upperBound <= i }
                            if !s.has(Self.preside, at: i), !personBefore, let org = organizer(before: i, clauseStart: clauseStart, dates: dates) {
                                found = EventMention(name: org + "会议", kind: .meeting, dateInferred: false, organizer: org, sentence: index, range: i..<nameAt + 2, rule: RuleName.eventOrganizationConvenesMeeting.rawValue)
                            } else if !s.has(Self.preside, at: i), let holder = holder(before: i, clauseStart: clauseStart, dates: dates),
                                !(peopleBySentence[index] ?? []).contains(where: { $0.range.lowerBound >= clauseStart && $0.range.upperBound <= i })
                            {
                                // 联合国安理会16日就…召开会议: a body the lexicon's suffixes miss.
                                found = EventMention(name: holder + "会议", kind: .meeting, dateInferred: false, heldBy: holder, sentence: index, range: i..<nameAt + 2, rule: RuleName.eventOrganizationConvenesMeeting.rawValue)
                            }
                        } else if after >= r.upperBound || U.isClauseEnd(s[after]) || followedAtOnce(after, limit: r.upperBound)
                            || recalledSince(after, limit: r.upperBound),
                            let (name, place) = meetingNameBeforeVerb(i, clauseStart: clauseStart, dates: dates),
                            // (4月26日全市…推进会召开后 / 召开以来: only a meeting its day names.)
                            // (Written right before it, in its clause: 8月3日上午，…会议召开后，各地… dates
                            // the next clause, as before.)
                            !recalledSince(after, limit: r.upperBound) || followedAtOnce(after, limit: r.upperBound)
                                || dates.contains(where: { $0.offset >= clauseStart && $0.offset + $0.length == name.lowerBound })
                        {
                            // 全市经济工作推进会召开, 中央农村工作会议19日至20日在北京召开: the
                            // meeting named before the verb (and its date and place).
                            found = EventMention(name: text(name), kind: self.kind(of: name), dateInferred: false, place: place, sentence: index,
                                                 range: name.lowerBound..<after, rule: place == nil ? RuleName.eventMeetingNameBeforeVerb.rawValue : RuleName.eventMeetingNameDatePlaceVerb.rawValue)
                            // 全国…电视电话会议召开后，我省随即召开…: held first, an event of its
                            // own, not the one the sentence reports.
                            if after < r.upperBound, !U.isClauseEnd(s[after]) { found?.referred = true }
                            if recalledSince(after, limit: r.upperBound), !followedAtOnce(after, limit: r.upperBound) { recalledUpTo = after }
                        } else if after >= r.upperBound || U.isClauseEnd(s[after]), s.firstWord(of: Self.closingVerbs, at: i) != nil,
                            let name = subjectMeeting(verb: i, clauseStart: clauseStart, sentenceStart: r.lowerBound, dates: dates)
                        {
                            // 省十三届人大六次会议圆满完成预定的各项任务，胜利闭幕: the sentence's
                            // subject is the meeting that closes.
                            found = EventMention(name: text(name), kind: self.kind(of: name), dateInferred: false, sentence: index,
                                                 range: i..<after, rule: RuleName.eventMeetingSubjectCloses.rawValue)
                        } else if !(i > r.lowerBound && s[i - 1] == Self.de && nameAt == after), // (本次全会的召开经…: a noun.)
                            let named = meetingName(from: nameAt, limit: r.upperBound), !namesKindsOrACount(named), let (name, nameText) = ceremonyName(named) {
                            var mention = EventMention(name: nameText, kind: self.kind(of: name), dateInferred: false, sentence: index, range: i..<name.upperBound, rule: RuleName.eventVerbMeetingName.rawValue)
                            // Not when a person stands between (国务院总理李克强在…举行仪式: 国务院
                            // is his title, not who held it).
                            let personBefore = ((peopleBySentence[index] ?? []) + (i == r.lowerBound ? peopleBySentence[index - 1] ?? [] : [])).contains {
                                $0.range.upperBound == i || ($0.range.lowerBound >= clauseStart && $0.range.upperBound <= i)
                            }
                            // 国务院以“…”为主题，进行第六次专题学习: the body named before its theme
                            // (以 … 为主题 the clause before, commas inside its quote).
                            var owner: (before: Int, clauseStart: Int) = (i, clauseStart)
                            if kindName == "study", (clauseStart..<i).allSatisfy({ !U.isHan(s[$0]) }), clauseStart >= 1,
                                let theme = s.word(of: Self.themeEnds, endingAt: clauseStart - 1),
                                clauseStart - 2 - theme.count > r.lowerBound, s[clauseStart - 2 - theme.count] == U.closeQuote,
                                let open = (r.lowerBound..<clauseStart - 2 - theme.count).last(where: { s[$0] == U.openQuote }),
                                open - 1 > r.lowerBound, s[open - 1] == Self.themeBy
                            {
                                let by = open - 1
                                var k = by
                                while k > r.lowerBound, !U.isClauseEnd(s[k - 1]) { k -= 1 }
                                owner = (by, k)
                            }
                            if verb.count <= 3, !s.has(Self.preside, at: i), !personBefore {
                                if let org = organizer(before: owner.before, clauseStart: owner.clauseStart, dates: dates) {
                                    mention.organizer = org
                                } else {
                                    mention.heldBy = holder(before: i, clauseStart: clauseStart, dates: dates)
                                }
                            }
                            // 香港中联办、…驻港部队分别举行升国旗仪式: several ceremonies, none
                            // named by the sentence.
                            if i >= r.lowerBound + 2, s.has(Self.separately, at: i - 2) { mention.several = true }
                            // 全军各部队官兵…举行宣誓仪式: each unit held its own.
                            if (clauseStart..<i).contains(where: { s[$0] == Self.each }) { mention.several = true }
                            // 举行多场专题研讨会, 一系列活动: many, and none of them named.
                            // 共举办会议、交易、发布、大赛等128场活动: one kind of a list, no meeting named.
                            let listed = name.upperBound < r.upperBound && s[name.upperBound] == U.listSeparator
                                && meetingWords.ending(in: s, at: name.upperBound).map { $0.count == name.count } ?? false
                            // 每个党支部开展一次专题学习, 每月召开一次…会议: a quota or a routine, no
                            // meeting held.
                            let routine = (clauseStart..<i).contains { s[$0] == Self.every }
                            if !Self.pluralCounts.contains(where: { s.has($0, at: name.lowerBound) }), !listed, !routine { found = mention }
                            consumed = name.upperBound - i
                        }
                    }
                    }
                } else if s.has(Self.organize, at: i), let watchAt = s.firstOccurrence(of: Self.watch, in: i..<min(r.upperBound, i + 30)) {
                    // 组织…收看: the watching is an event of its own, named by the headline (省教育厅
                    // 组织收看全国…视频会), else by what was watched (组织收看全省…电视电话会议).
                    let headline = headlineName(of: sentence.article, sentences: sentences, headlines: headlines, containing: Self.watch)
                    let watched = headline == nil ? watchedConference(from: watchAt + Self.watch.count, limit: r.upperBound) : nil
                    let end = watched?.upperBound ?? watchAt + 2
                    found = EventMention(name: headline ?? (U.string(Self.organizeWatching, 0..<Self.organizeWatching.count) + (watched.map(text) ?? "")), kind: .videoConference,
                                         dateInferred: false, sentence: index, range: i..<end, rule: RuleName.eventOrganizeWatching.rawValue)
                    consumed = end - i
                } else if let verb = Self.branchVenueVerbs.first(where: { s.has($0, at: i) }),
                    let name = watchedConference(from: i + verb.count, limit: r.upperBound),
                    // (参加…视频会议的代表, 参加…视频会议前: who took part, or what came before.)
                    name.upperBound >= r.upperBound || !Self.afterAttendedName.contains(s[name.upperBound])
                {
                    // 在县分会场收听收看全省…电视电话会议, 参加了全市…视频会议: a conference of another
                    // level attended from a branch venue is an event of its own (what its
                    // speakers set out 会上 is that conference's).
                    found = EventMention(name: text(name), kind: .videoConference, dateInferred: false, sentence: index, range: i..<name.upperBound, rule: RuleName.eventAttendsVideoConference.rawValue)
                    consumed = name.upperBound - i
                } else if events.last?.sentence != index, let verb = lectureVerbs.first(in: s, at: i, limit: r.upperBound),
                    let lecture = lecture(verb: i..<i + verb.count, sentenceStart: r.lowerBound, limit: r.upperBound, sentence: index)
                {
                    found = lecture
                    consumed = verb.count
                }
                // 决定今年10月在北京召开…全会, …将于3月5日在京召开: announced, not held.
                if let event = found, event.kind != .instruction, event.kind != .notice, announced(before: i, clauseStart: clauseStart) { found = nil }
                // …乘专机离开北京，…赴德国主持第五轮中德政府磋商: a journey's purpose, told on
                // the day it set out (as 出席 after a journey, ``attendsAsPurpose``).
                if let event = found, event.kind == .meeting, Self.presides.contains(where: { s.has($0, at: i) }),
                    (r.lowerBound..<i).contains(where: { Self.journeys.first(in: s, at: $0, limit: i) != nil })
                {
                    found = nil
                }
                // …并同…举行第九轮…年度会晤后，乘包机回到北京: the day written is the journey
                // home's, not the meeting's (told the days before).
                if let event = found, event.range.upperBound < r.upperBound, s[event.range.upperBound] == Self.hou,
                    (event.range.upperBound..<r.upperBound).contains(where: { Self.journeys.first(in: s, at: $0, limit: r.upperBound) != nil })
                {
                    found = nil
                }
                // 传达学习习近平总书记在东北考察时的重要讲话精神: a speech, instruction or tour
                // named inside what a meeting conveyed is referred to, not reported.
                if let event = found, [.speech, .instruction, .inspection].contains(event.kind),
                    speechNamed || insideConveyed(event.range.lowerBound, clauseStart: min(clauseStart, event.range.lowerBound)) || s.has(Self.whenOf, at: event.range.upperBound)
                {
                    // …4月22日至24日在重庆考察时的重要讲话精神: dated in its own words, the tour
                    // (speech) is an event of its own, referred to; undated, it is none.
                    // The date must stand right before its speaker (4月23日习近平总书记在…),
                    // not open the clause for something else (2022年1月1日出版的《求是》发表
                    // …在全会上的重要讲话).
                    let from = lastConveyVerbEnd(in: clauseStart..<event.range.lowerBound) ?? clauseStart
                    if dates.contains(where: { date in
                        let end = date.offset + date.length
                        return date.offset >= from && end <= event.range.lowerBound && event.range.lowerBound - end <= 12
                            && !(end..<event.range.lowerBound).contains { s[$0] == Self.de }
                    }) {
                        found?.referred = true
                    } else {
                        found = nil
                    }
                }
                // A meeting named there is an event of its own, but not the one reported.
                // (The name may open the clause before: 中国共产党…全体会议，于…举行.)
                if let event = found, insideConveyed(event.range.lowerBound, clauseStart: min(clauseStart, event.range.lowerBound)) {
                    found?.referred = true
                    // …和日前召开的县委常委会会议精神: a meeting conveyed without a day of its
                    // own in what is conveyed is no dated event (the reference stays undated);
                    // the day of the sentence is the conveying meeting's.
                    let from = lastConveyVerbEnd(in: clauseStart..<event.range.lowerBound) ?? clauseStart
                    if !dates.contains(where: { $0.offset >= from && $0.offset + $0.length <= event.range.lowerBound }) { found = nil }
                }
                // 会议指出，11月8日至11日在北京召开的党的十九届六中全会，是…: a meeting told in
                // what a meeting or a speaker says is an event of its own, not the one reported.
                if let event = found, event.rule != RuleName.eventTalksWithCounterpart.rawValue, saidBefore(event.range.lowerBound, sentenceStart: r.lowerBound) { found?.referred = true }
                if var event = found {
                    // The date: the nearest before the predicate in the sentence, else the
                    // first in the sentence, else context for 会后 / 随后.
                    // Not a date written after the predicate (…的决定，建议…于2025年3月4日召开:
                    // another meeting's).
                    let after = event.range.lowerBound >= recalledUpTo && recalledUpTo >= 0 ? dates.filter { $0.offset >= recalledUpTo } : dates
                    let before = after.last(where: { $0.offset < event.range.lowerBound }) ?? after.first(where: { $0.offset < event.range.upperBound })
                    // 4月30日，政治局会议决定，今年7月召开三中全会: a month written between the
                    // day and the predicate dates the event, to the month only — no day.
                    let coarser = before.map { b in coarse.contains { $0 > b.offset && $0 < event.range.lowerBound } } ?? false
                    // 欢迎仪式后，…。当天中午，…举行欢迎宴会: in an item that opens after a
                    // ceremony (a state visit abroad, told the day after), 当天 resolved to the
                    // dateline's day is when it was broadcast, not when it was held.
                    let broadcastDay = before.map { b in b.rule == .relativeDay && b.value != nil && b.value == openedAfterAnother[sentence.article] } ?? false
                    if coarser || broadcastDay {
                        event.date = nil
                    } else if before == nil, let month = recalledMonth(of: event, months: months, clauseStart: clauseStart, reference: analysis.reference?.date) {
                        // 今年3月召开的全院党建工作会议提出…, 2021年2月厅党组会议确定的“…”: an
                        // earlier meeting recalled by its month is an event of that month,
                        // told in passing: it owns no sentence but its own (a biography's
                        // `1978年12月召开的…全会` is not what its other sentences report).
                        event.date = month
                        event.referred = true
                    } else if let before, let value = before.value {
                        event.date = value
                        event.endDate = before.end
                        event.timeOfDay = before.timeOfDay
                        // 今天（6月20日）上午: the part of the day the bracketed date carries.
                        if before.timeOfDay == nil, let paired = dates.first(where: { $0.offset > before.offset && $0.offset - (before.offset + before.length) <= 1 }),
                            paired.value == value
                        {
                            event.timeOfDay = paired.timeOfDay
                        }
                    } else if startsAfterwards || openingPart != nil, let last = datedBefore, last.article == sentence.article {
                        event.date = last.date
                        event.dateInferred = true
                        if let openingPart { event.timeOfDay = openingPart }
                    } else if dates.isEmpty, !coarse.contains(where: { $0 < i }), let held = heldByMeetingReported(event, verb: i, clauseStart: clauseStart, sentenceStart: r.lowerBound, article: sentence.article, events: events, sentences: sentences) {
                        // 第四十一次主席会议30日下午在京召开。…主席会议举行2025年第三次集体
                        // 学习: the meeting just reported held it, that day and half-day.
                        event.date = held.meeting.date
                        event.timeOfDay = held.meeting.timeOfDay
                        event.dateInferred = true
                        // (会议举行了…集体学习: the body is the meeting's, 第四十三次主席会议 → 主席会议.)
                        if let body = held.body {
                            event.organizer = nil
                            event.heldBy = body
                        }
                    } else if let dateline = datelines[index], dates.isEmpty, coarse.isEmpty, Self.datelineKinds.contains(event.kind),
                        !writesAnUndatedTime(in: r.lowerBound..<event.range.lowerBound)
                    {
                        // 2020年3月26日 / 央视网消息：全国人大常委会召开…座谈会: the lead of a
                        // dated item reports that day's event.
                        event.date = dateline
                        event.dateInferred = true
                    } else if dates.isEmpty, coarse.isEmpty, Self.datelineKinds.contains(event.kind), let day = paragraphDay,
                        case let name = U.s(event.name), Self.ceremonyNames.contains(where: { name.firstOccurrence(of: $0, in: 0..<name.count) != nil }),
                        Self.welcomeWords.contains(where: { s.firstOccurrence(of: $0, in: r) != nil }),
                        let itemDay, let number = day.date.dayNumber, (0...3).contains(itemDay - number),
                        !writesAnUndatedTime(in: r.lowerBound..<event.range.lowerBound)
                    {
                        // 当地时间11月20日，这里迎来了…。杜特尔特在这里举行隆重仪式，欢迎…: in a
                        // dated item, a paragraph that wrote the day of the news (at most three
                        // days before the dateline) goes on telling that day — for a state
                        // visit's welcome or farewell, whose reports open on the scene. (Not
                        // any event: tried on all, it dated clause fragments, plans and
                        // quoted talks in five years of news as often as real meetings.)
                        event.date = day.date
                        event.dateInferred = true
                    }
                    if event.date != nil {
                        // The agent: the last person before the predicate who is not only
                        // accompanying (在…陪同下) or listed with others.
                        let inSentence = peopleBySentence[index] ?? []
                        let before = inSentence.filter {
                            $0.range.upperBound <= event.range.lowerBound && $0.range.lowerBound >= clauseStart - 40
                                && !s.has(Self.accompany, at: $0.range.upperBound)
                                // 他在甲和乙陪同下，到银川市调研: the escorts are not the agent.
                                && !escorting($0, before: event.range.lowerBound)
                                && ($0.range.upperBound >= s.count || s[$0.range.upperBound] != U.listSeparator)
                                // 安东为习近平举行欢迎宴会: the one honoured is not the host.
                                && !isHonoured($0)
                        }
                        // 习近平在…陪同下: the one accompanied is the agent.
                        let accompanied = inSentence.first {
                            $0.range.upperBound <= event.range.lowerBound
                                && s.has([Self.zai], at: $0.range.upperBound)
                                && s.firstOccurrence(of: Self.accompaniedBy, in: $0.range.upperBound..<event.range.lowerBound) != nil
                        }
                        // …吊唁阮富仲逝世，并会见…: a clause opening with 并 / 还 has the
                        // sentence's subject, not the last name before it.
                        var opening = clauseStart
                        while opening < event.range.lowerBound, !U.isHan(s[opening]) { opening += 1 }
                        // So has talks' clause opening with 同 / 与 (…在巴库会见…，同副总理X举行
                        // 会谈): the name before the verb is the counterpart's.
                        let subjectless = opening < s.count && (Self.connectives.contains(s[opening])
                            || event.rule == RuleName.eventTalksWithCounterpart.rawValue && Self.counterpartOpeners.contains(s[opening]))
                        // (Not who invited: 应议长X邀请，Y…访问.)
                        let subject = inSentence.first { $0.range.upperBound <= event.range.lowerBound && !invites($0) }
                        var last = before.last
                        // 习近平和彭丽媛…举行欢迎宴会: the first of two joined by 和 / 与.
                        if let second = last, let first = before.dropLast().last, first.range.upperBound <= second.range.lowerBound,
                            second.range.lowerBound - first.range.upperBound <= 3,
                            (first.range.upperBound..<second.range.lowerBound).contains(where: { Self.joiners.contains(s[$0]) })
                        {
                            last = first
                        }
                        // 李克强同俄罗斯总理米舒斯京共同主持…: the subject, not the partner.
                        let jointly = s.has(Self.jointly, at: event.range.lowerBound)
                        // 县委书记陈立峰带领…，副县长周海波一行，深入…调研: the one who leads is the
                        // agent, not the last of those led.
                        let leader = event.kind == .inspection ? inSentence.first(where: { $0.range.upperBound <= event.range.lowerBound && s.has(Self.leads, at: $0.range.upperBound) }) : nil
                        var agent = accompanied ?? leader ?? (subjectless || jointly ? subject : last)
                        // 副校长韦琳传达了3月1日召开的全省教育大会精神: who conveys a meeting
                        // (a convey verb between them, its object still open) did not hold it.
                        if let named = agent, insideConveyed(event.range.lowerBound, clauseStart: max(clauseStart, named.range.upperBound)) { agent = nil }
                        // 林海川要求县防指次日召开全县调度会: who asked for it did not hold it.
                        // (Not 应朝方要求，会见了…: at whose request, a clause of its own.)
                        if let named = agent, named.range.upperBound < event.range.lowerBound,
                            let asked = (named.range.upperBound..<event.range.lowerBound).first(where: { k in Self.askingVerbs.contains { s.has($0, at: k) } }),
                            !(asked..<event.range.lowerBound).contains(where: { U.isClauseEnd(s[$0]) })
                        {
                            agent = nil
                        }
                        event.agent = agent?.name
                        if event.kind == .meeting { event.honoured = honouredGuests(of: event, name: event.name, people: inSentence, clauseStart: clauseStart) }
                        if let agent {
                            switch event.kind {
                            case .speech, .instruction, .inspection: event.agentRole = chairedSpeech ? .chairs : .speaksAt
                            default:
                                if s.has(Self.preside, at: event.range.lowerBound) || jointly || convenedBy(agent, verb: event.range.lowerBound, clauseStart: clauseStart) {
                                    event.agentRole = .chairs
                                } else if event.rule == RuleName.eventAttendsNamedMeeting.rawValue {
                                    event.agentRole = .attends
                                }
                            }
                        }
                        // A lecture is known by who gave it: none without its speaker.
                        // (A meeting told as the start of what followed, already reported in
                        // the text that day — 1月16日上午，…动员大会召开。… 自1月16日全县动员大会
                        // 召开以来 — is that meeting, not another.)
                        let recalledAgain = recalledUpTo == event.range.upperBound && events.contains { $0.date == event.date && $0.kind == event.kind }
                        if !RuleName.lectures.contains(event.rule) || agent != nil, !recalledAgain { events.append(event) }
                    } else if Self.undatedOwners.contains(event.kind), !event.referred,
                        writesAnUndatedTime(in: r.lowerBound..<event.range.lowerBound)
                    {
                        // (近日 / 日前 before it: not 党的十八大以来…多次…作出重要指示, a recollection.)
                        undated.append(index)
                    }
                }
                i += consumed
            }
        }
        if let minutes = minutesMeeting(sentences: sentences, expressions: expressions, people: people),
            !events.contains(where: { $0.date == minutes.date && $0.kind == minutes.kind && !$0.referred })
        {
            events.insert(minutes, at: events.firstIndex(where: { $0.range.lowerBound > minutes.range.lowerBound }) ?? events.count)
        }
        return events
    }

    /// The meeting a set of minutes records (`鹤滩镇党委会议纪要` … `一、会议时间` / `时　间：`
    /// with its day, `主持人` with its chair): named by the title without 纪要, dated by the
    /// time field, chaired by the person the chair field names. Only under such a title,
    /// in the document's first lines.
    func minutesMeeting(sentences: [Sentence], expressions: [TimeExpression], people: [PersonMention]) -> EventMention? {
        let head = sentences.prefix(40)
        func compact(_ index: Int) -> [UInt32] {
            var line = s[sentences[index].range].filter { $0 != 0x20 && $0 != 0x3000 && $0 != 0x09 }
            // (一、会议时间: the ordinal is no part of the field.)
            if line.count > 2, Numerals.chineseDigit(line[0]) != nil, line[1] == Lit.listComma { line.removeFirst(2) }
            return line
        }
        // The name the title gives: without 纪要 or 记录 (…会议纪要, …集中学习记录), or what a
        // report on it names (关于…集体学习情况的通报).
        func recorded(_ line: [UInt32]) -> [UInt32]? {
            if line.count >= Self.minutesTitle.count + 4, line.suffix(Self.minutesTitle.count).elementsEqual(Self.minutesTitle) { return Array(line.dropLast(2)) }
            if line.count >= 8, Self.recordTitles.contains(where: { line.suffix($0.count).elementsEqual($0) }) { return Array(line.dropLast(2)) }
            if line.count >= Self.about.count + Self.reportTitle.count + 6, line.starts(with: Self.about), line.suffix(Self.reportTitle.count).elementsEqual(Self.reportTitle) {
                return Array(line[Self.about.count..<line.count - Self.reportTitle.count])
            }
            return nil
        }
        guard let title = head.indices.first(where: { recorded(compact($0)) != nil }), let named = recorded(compact(title)) else { return nil }
        let name = U.string(named, 0..<named.count)
        for index in head.indices where index > title {
            let line = compact(index)
            guard Self.timeFields.contains(where: { line.starts(with: $0) }) else { continue }
            // The day in the field's line or the next one.
            for dayLine in [index, index + 1] where dayLine < sentences.count {
                let r = sentences[dayLine].range
                guard let day = expressions.first(where: { r.contains($0.offset) && $0.granularity == .day && $0.value != nil }) else { continue }
                var mention = EventMention(name: name, kind: Self.kind(ofName: U.s(name)), date: day.value, timeOfDay: day.timeOfDay, dateInferred: false,
                                           sentence: dayLine, range: day.offset..<day.offset + day.length, rule: RuleName.eventMinutesHeader.rawValue)
                // 主持人：龚建华（镇党委书记） / 三、主持人 ↵ 镇党委书记 顾长青.
                if let field = head.indices.first(where: { $0 > title && compact($0).starts(with: Self.chairField) }) {
                    let inField = compact(field).count > Self.chairField.count + 1 ? field : field + 1
                    if let chair = people.first(where: { $0.sentence == inField }) {
                        mention.agent = chair.name
                        mention.agentRole = .chairs
                    }
                }
                return mention
            }
            return nil
        }
        return nil
    }
    static let minutesTitle = U.s("会议纪要")
    /// A record of a study session or a meeting (`…集中学习记录`, `…会议记录`).
    static let recordTitles: [[UInt32]] = ["学习记录", "会议记录"].map(U.s)
    /// A report on a gathering (`关于…集体学习情况的通报`).
    static let about = U.s("关于"), reportTitle = U.s("情况的通报")
    static let timeFields: [[UInt32]] = ["会议时间", "学习时间", "活动时间", "时间："].map(U.s)
    static let chairField = U.s("主持人")

    /// Is a time without a day (近日, 日前 …; lexicon `undated-times`) written in `range`?
    func writesAnUndatedTime(in range: Range<Int>) -> Bool {
        range.contains { undatedTimes.startsWith(s[$0]) && s.firstWord(of: undatedTimes, at: $0) != nil }
    }

    /// Kinds of event that own what follows them even without a day: an instruction told
    /// as of 近日 (`习近平近日对…作出重要指示指出…。习近平强调，…`), later conveyed at a meeting
    /// of the item. (Not a tour: `习近平近日在湖南考察时强调…` leads the report of the same
    /// tour, dated in the next paragraph.)
    static let undatedOwners: Set<EventKind> = [.instruction]

    /// The dated meeting reported last in the article when an undated sentence opens with
    /// it as the subject of an event named after the verb — by its kind (`会议举行…`) or the
    /// end of its name (`第四十一次主席会议` … `主席会议举行2025年第三次集体学习`) — or nil.
    /// When the subject is the bare 会议, `body` is the meeting's own name after its
    /// ordinal (`第四十三次主席会议` → `主席会议`); with none there, nil is returned.
    func heldByMeetingReported(_ event: EventMention, verb: Int, clauseStart: Int, sentenceStart: Int, article: Int, events: [EventMention],
                               sentences: [Sentence]) -> (meeting: EventMention, body: String?)? {
        guard event.rule == RuleName.eventVerbMeetingName.rawValue, clauseStart == sentenceStart,
            let last = events.last, last.date != nil, sentences[last.sentence].article == article,
            last.kind == .meeting, !last.referred, !last.several
        else { return nil }
        var from = clauseStart
        while from < verb, !U.isHan(s[from]) { from += 1 }
        let subject = Array(s[from..<verb])
        guard subject.count >= 2, subject.count <= 12, subject.allSatisfy(U.isHan) else { return nil }
        let name = U.s(last.name)
        guard name.count > subject.count else { return nil }
        if Array(name.suffix(subject.count)) == subject, subject != Self.meetingGeneric { return (last, nil) }
        guard subject == Self.meetingGeneric, let ordinal = name.lastIndex(of: Self.ci), name.count - ordinal - 1 >= 3 else { return nil }
        return (last, U.string(Array(name[(ordinal + 1)...]), 0..<name.count - ordinal - 1))
    }

    /// The sentence of an item's lead that a dateline dates: after a line holding only a
    /// day (`2020年3月26日`, as news items and bulletins print under their headline), the
    /// article's first sentence ending in a full stop, unless it opens after another event
    /// (`欢迎仪式后，…`). Its meeting, undated in its own words, took place that day.
    /// Also returns, by article, the dateline's day of items whose lead opens after
    /// a ceremony (`欢迎仪式后，…`).
    func datelineDates(sentences: [Sentence], expressions: [TimeExpression]) -> (dated: [Int: CalendarDate], openedAfterAnother: [Int: CalendarDate]) {
        var byStart: [Int: TimeExpression] = [:]
        for e in expressions where e.granularity == .day { if let value = e.value, value.granularity == .day { byStart[e.offset] = e } }
        var dated: [Int: CalendarDate] = [:]
        var openedAfterAnother: [Int: CalendarDate] = [:]
        for (index, sentence) in sentences.enumerated() where !sentence.isHeadline {
            var a = sentence.range.lowerBound, b = sentence.range.upperBound
            while a < b, !U.isHan(s[a]), Numerals.arabicDigit(s[a]) == nil { a += 1 }
            while b > a, !U.isHan(s[b - 1]) { b -= 1 }
            guard let e = byStart[a], e.offset + e.length == b, let day = e.value else { continue }
            // …重要讲话引发热烈反响: an item on how a meeting was received retells it.
            if sentences[..<index].contains(where: { isReactionHeadline($0, article: sentence.article) }) { continue }
            // The lead's first full sentence (not a headline-like line before it); not one
            // opening after another event (欢迎仪式后，…: on a trip abroad that event was
            // the day before the item).
            var k = index + 1
            while k < sentences.count, sentences[k].article == sentence.article, !sentences[k].isHeadline {
                let end = sentences[k].range.upperBound
                if end > 0, end <= s.count, s[end - 1] == Self.fullStop || (end < s.count && s[end] == Self.fullStop) {
                    if !opensAfterAnother(sentences[k].range) {
                        dated[k] = day
                    } else if s.firstOccurrence(of: Self.afterACeremony, in: sentences[k].range.lowerBound..<min(sentences[k].range.upperBound, sentences[k].range.lowerBound + 40)) != nil {
                        // (欢迎仪式后: a state visit's day, abroad told the day after; not
                        // 随后 or 会后, which go on with the dateline's day.)
                        openedAfterAnother[sentence.article] = day
                    }
                    break
                }
                k += 1
            }
        }
        return (dated, openedAfterAnother)
    }

    /// Is `headline` (a line of `article` before its dateline: its title, however long)
    /// one that says the item reports reactions (`反响`)?
    func isReactionHeadline(_ headline: Sentence, article: Int) -> Bool {
        headline.article == article
            && headline.range.contains { reactionHeadlines.first(in: s, at: $0, limit: headline.range.upperBound) != nil }
    }

    /// Does the sentence open with what came right before it (收看视频会议后，…随即主持召开…:
    /// a clause ending in 后, no count of days in it — not 三天后)? In a news item under a
    /// dateline only after 收看: there 会谈后，… and 地震发生后，… tell of days the item's own
    /// lines date (over all such openings, 600 facts of five years moved, mixed).
    func opensRightAfter(_ r: Range<Int>, newsItem: Bool) -> Bool {
        let opening = r.lowerBound..<min(r.upperBound, r.lowerBound + 12)
        guard !newsItem || s.firstOccurrence(of: Self.watch, in: opening) != nil, opensAfterAnother(r) else { return false }
        return !opening.contains { Numerals.chineseDigit(s[$0]) != nil || Numerals.arabicDigit(s[$0]) != nil }
    }

    /// 欢迎仪式后: an item's lead opening after a ceremony.
    static let afterACeremony = U.s("仪式后")

    /// Does the sentence open with `…后，` (欢迎仪式后，会谈结束后，): after another event? A
    /// source before a colon (`央视网消息：欢迎仪式后，…`) is not the opening.
    func opensAfterAnother(_ range: Range<Int>) -> Bool {
        var start = range.lowerBound
        var k = start
        while k < range.upperBound, k - start < 30, !U.isClauseEnd(s[k]) { k += 1 }
        if k < range.upperBound, s[k] == 0xFF1A || s[k] == 0x3A, start == range.lowerBound {
            start = k + 1
            k = start
            while k < range.upperBound, k - start < 30, !U.isClauseEnd(s[k]) { k += 1 }
        }
        // (随后，/ 会后，alone: what follows goes on with the dateline's day.)
        if Self.afterwards.contains(where: { $0.count == k - start && s.has($0, at: start) }) { return false }
        return k < range.upperBound && k > start && s[k - 1] == Self.hou
    }

    static let fullStop: UInt32 = 0x3002 /* 。 */, jointly = U.s("共同主持"), hou: UInt32 = 0x540E /* 后 */
    /// Events a dateline dates: meetings and talks, reported the day they take place
    /// (not documents issued or tours, told days later).
    static let datelineKinds: Set<EventKind> = [.meeting, .symposium, .videoConference]
    static let afterOccasion: [[UInt32]] = ["并", "发表", "致辞", "讲话", "宣布", "时"].map(U.s)
    static let ceremonyNames: [[UInt32]] = ["仪式", "宴会"].map(U.s)
    static let welcomeAfter = U.s("，欢迎"), welcomeVerb = U.s("欢迎"), welcomeWord = "欢迎", farewellWord = "欢送", welcomeCeremony = "欢迎仪式"
    static let welcomeWords: [[UInt32]] = [welcomeVerb, U.s("欢送")]
    /// 欢迎仪式, 欢迎宴会, 欢迎词: 欢迎 starting a noun, not welcoming a guest.
    static let notGuestAfterWelcome = U.set("仪宴词辞会")

    /// A meeting's name without the praise written before it (`隆重的仪式`, `盛大欢迎宴会`;
    /// lexicon `name-modifiers`); a bare `仪式` is one only when the text says whom it
    /// welcomes (`举行仪式，欢迎…` → `欢迎仪式`).
    func ceremonyName(_ name: Range<Int>) -> (Range<Int>, String)? {
        var start = name.lowerBound
        while let word = s.firstWord(of: nameModifiers, at: start), start + word.count + 2 <= name.upperBound {
            start += word.count
            if s[start] == Self.de { start += 1 }
        }
        let trimmed = start..<name.upperBound
        guard trimmed.count == 2, s.has(Self.ceremony, at: start) else { return (trimmed, text(trimmed)) }
        if welcomes(after: name.upperBound) != nil { return (trimmed, Self.welcomeCeremony) }
        // 举行简短而庄严的仪式，纪念某先生逝世99周年: what it marks names it.
        if name.upperBound + 1 < s.count, s[name.upperBound] == Self.comma, let word = s.firstWord(of: Self.marking, at: name.upperBound + 1) {
            var end = name.upperBound + 1 + word.count
            while end < s.count, !U.isClauseEnd(s[end]), end - name.upperBound <= 30 { end += 1 }
            if end < s.count, U.isClauseEnd(s[end]), end - (name.upperBound + 1) >= 6 {
                return (trimmed, text(name.upperBound + 1..<end) + "仪式")
            }
        }
        return nil
    }
    /// What a ceremony marks, in the clause after it (`，纪念…`, `，庆祝…`).
    static let marking: [[UInt32]] = ["纪念", "庆祝"].map(U.s)

    /// Where the guest's words start when a welcome follows a meeting's name
    /// (`举行仪式，欢迎…`, `举行隆重仪式欢迎…`), else nil.
    func welcomes(after end: Int) -> Int? {
        if s.has(Self.welcomeAfter, at: end) { return end + Self.welcomeAfter.count }
        if s.has(Self.welcomeVerb, at: end), end + 2 < s.count, U.isHan(s[end + 2]), !Self.notGuestAfterWelcome.contains(s[end + 2]) { return end + 2 }
        return nil
    }

    /// The guests a welcome is held for: `为X举行欢迎宴会`, `举行仪式，欢迎中国国家主席X`.
    func honouredGuests(of event: EventMention, name: String, people: [PersonMention], clauseStart: Int) -> [String] {
        // 举行盛大招待会，欢迎…: a reception is a welcome when the text says whom it welcomes.
        // (A farewell too: 为习近平举行隆重欢送仪式.)
        let guestsAt = welcomes(after: event.range.upperBound)
        guard name.contains(Self.welcomeWord) || name.contains(Self.farewellWord) || guestsAt != nil else { return [] }
        let before = people.filter { $0.range.upperBound <= event.range.lowerBound && $0.range.lowerBound >= clauseStart && isHonoured($0) }
        if !before.isEmpty { return before.map(\.name) }
        guard let guestsAt else { return [] }
        // 欢迎斯洛伐克总理菲佐对我国进行正式访问: the last name before 对 (the guest, not a
        // country the name model took for a name before the title).
        var end = guestsAt
        while end < s.count, end - event.range.upperBound < 40, s[end] != Self.dui, !U.isClauseEnd(s[end]) { end += 1 }
        return (people.last { $0.range.lowerBound > event.range.upperBound && $0.range.upperBound <= end }?.name).map { [$0] } ?? []
    }

    /// Is the person written after 为 / 向 / 给 (`为国家主席X举行`), titles included: the
    /// one an act is for, not its agent?
    func isHonoured(_ person: PersonMention) -> Bool {
        var k = person.range.lowerBound
        var titles = person.titles
        while let index = titles.firstIndex(where: { k >= $0.unicodeScalars.count && s.has(U.s($0), at: k - $0.unicodeScalars.count) }) {
            k -= titles[index].unicodeScalars.count
            titles.remove(at: index)
            if k > 0, s[k - 1] == U.listSeparator { k -= 1 }
        }
        guard k > 0 else { return false }
        if Self.forWhom.contains(s[k - 1]) { return true }
        // 为习近平和彭丽媛举行, 为X和夫人Y举行: the second of two honoured.
        var joined = false
        var j = k - 1
        while j >= 0, k - j <= 14, !U.isClauseEnd(s[j]) {
            if Self.forWhom.contains(s[j]) { return joined }
            if Self.joiners.contains(s[j]) || s[j] == U.listSeparator { joined = true }
            j -= 1
        }
        return false
    }

    static let dui: UInt32 = 0x5BF9 /* 对 */
    static let openTitle: UInt32 = 0x300A /* 《 */, closeTitle: UInt32 = 0x300B /* 》 */
    static let publish = U.s("发表"), articleWords: [[UInt32]] = ["重要文章", "署名文章", "文章"].map(U.s)

    /// `在《求是》杂志发表重要文章《…》`: an article its author published, an event of the
    /// author's (a speech, as the genre counts it), named by where and what.
    func publishedArticle(_ index: Int, limit: Int, sentence: Int) -> EventMention? {
        guard index + 1 < limit, s[index + 1] == Self.openTitle,
            let close = s.firstOccurrence(of: [Self.closeTitle], in: index + 2..<min(limit, index + 20))
        else { return nil }
        var k = close + 1
        while k < limit, k - close <= 4, !s.has(Self.publish, at: k), U.isHan(s[k]) { k += 1 }
        guard s.has(Self.publish, at: k) else { return nil }
        k += 2
        if k < limit, s[k] == Self.le { k += 1 }
        guard let word = s.firstWord(of: Self.articleWords, at: k), k + word.count < limit, s[k + word.count] == Self.openTitle,
            let end = s.firstOccurrence(of: [Self.closeTitle], in: k + word.count + 1..<min(limit, k + word.count + 60))
        else { return nil }
        return EventMention(name: text(index..<end + 1), kind: .speech, dateInferred: false, sentence: sentence, range: index..<end + 1,
                            rule: RuleName.eventPublishedArticle.rawValue)
    }

    /// Is the 出席 at `index` not an attending the sentence reports: the purpose of a
    /// visit (`会见来华出席…峰会的塞内加尔总统`) or a journey (`抵达万象，出席…`), a
    /// return (`结束出席…后`), or the topic of another event (`外交部就…出席…举行吹风会`)?
    func attendsAsPurpose(at index: Int, sentenceStart: Int, clauseStart: Int) -> Bool {
        if s.word(of: Self.cameTo, endingAt: index) != nil { return true }
        // 结束出席…后回到北京: a return.
        if s.word(of: Self.ended, endingAt: index) != nil { return true }
        // …抵达万象，出席…: a journey's purpose, told on the day of the journey.
        if (sentenceStart..<index).contains(where: { Self.journeys.first(in: s, at: $0, limit: index) != nil }) { return true }
        // 外交部就习近平主席出席…举行吹风会: the topic of another event.
        return (clauseStart..<index).contains { s[$0] == Self.jiu }
    }

    static let cameTo: [[UInt32]] = ["来华", "赴华", "前来", "应邀来华", "来京"].map(U.s)
    static let ended: [[UInt32]] = [U.s("结束")]
    static let jiu: UInt32 = 0x5C31 /* 就 */, ying: UInt32 = 0x5E94 /* 应 */
    static let before: UInt32 = 0x524D /* 前 */
    /// Words of a journey (抵达, 离京, 乘专机): 出席 after them in the sentence is its purpose.
    /// 主持, 共同主持: a chair's verb, told of a journey's purpose as 出席 is.
    /// 多场, 多个, 系列: a name that counts many meetings names none of them.
    static let when: UInt32 = 0x65F6 /* 时 */
    /// 召开的, 举行的: what opens a meeting's name told with when it was held.
    static let heldOf: [[UInt32]] = ["召开的", "举行的"].map(U.s)
    /// 表示, 说, 指出, 强调, 称: words said at a meeting (会见…时表示).
    static let saidAfterWhen: [[UInt32]] = ["表示", "说", "指出", "强调", "称"].map(U.s)
    static let each: UInt32 = 0x5404 /* 各 */
    static let every: UInt32 = 0x6BCF /* 每 */
    /// 就是, 就要, 就会: 就 the adverb, not the preposition of a topic.
    static let adverbialJiu: Set<UInt32> = Set("是要会能在把可将已都这那此".unicodeScalars.map(\.value))
    static let pluralCounts: [[UInt32]] = ["多场", "多个", "数场", "系列", "一系列"].map(U.s)
    static let presides: [[UInt32]] = ["主持", "共同主持"].map(U.s)
    static let journeys = WordList(["抵达", "离京", "离开北京", "乘专机", "乘包机", "启程"].map(U.s))

    /// Is `person` named in a clause `应…邀请` (who invited the subject)?
    func invites(_ person: PersonMention) -> Bool {
        var start = person.range.lowerBound
        while start > 0, !U.isClauseEnd(s[start - 1]) { start -= 1 }
        guard s[start] == Self.ying else { return false }
        var end = person.range.upperBound
        while end < s.count, !U.isClauseEnd(s[end]) { end += 1 }
        return s.firstOccurrence(of: Self.invitation, in: person.range.upperBound..<end) != nil
    }
    static let invitation = U.s("邀请")

    /// Is `person` one of those named in `在…陪同下` before `end` (an escort)?
    func escorting(_ person: PersonMention, before end: Int) -> Bool {
        guard let by = s.firstOccurrence(of: Self.accompaniedBy, in: person.range.upperBound..<min(end, person.range.upperBound + 40)) else { return false }
        var k = person.range.lowerBound
        while k > 0, person.range.lowerBound - k < 30, !U.isClauseEnd(s[k - 1]) {
            if s[k - 1] == Self.zai { return !(person.range.upperBound..<by).contains { U.isClauseEnd(s[$0]) } }
            k -= 1
        }
        return false
    }

    /// Is an announcement word (决定, 将于, 定于 …) written in the clause before `index`?
    func announced(before index: Int, clauseStart: Int) -> Bool {
        // …会议决定，今年7月在北京召开…: the word may close the clause before.
        // Not 应美方提议，…通电话: at someone's proposal it was held.
        if clauseStart >= 2, U.isClauseEnd(s[clauseStart - 1]), announcementWords.ending(in: s, at: clauseStart - 1) != nil,
            s[(0..<clauseStart - 1).last(where: { U.isClauseEnd(s[$0]) }).map { $0 + 1 } ?? 0] != Self.ying
        {
            return true
        }
        // 将主持召开: the word may run into the verb (将主持 before 主持召开).
        return (clauseStart..<index).contains { announcementWords.first(in: s, at: $0, limit: index + 4) != nil }
    }

    /// What 在 at `index` opens, when it is a meeting: `在 X 上发表重要讲话` (a speech at
    /// X), `在 X 上的重要讲话` (a speech named, so referred to; `在主持召开的 X 上`: its
    /// speaker chaired X), `在 X 结束后` (X held before the event reported).
    func atMeeting(_ index: Int, limit: Int, sentence: Int, dates: [TimeExpression]) -> (mention: EventMention, named: Bool, chaired: Bool)? {
        guard let name = meetingName(from: index + 1, limit: limit), name.upperBound < limit else { return nil }
        if s[name.upperBound] == Self.shang {
            let named = s.firstWord(of: Self.speechesNamed, at: name.upperBound + 1) != nil
            let spoke = named || s.firstWord(of: Self.speeches, at: name.upperBound + 1) != nil
            guard spoke || datedRemark(at: index, after: name.upperBound + 1, dates: dates) else { return nil }
            var meeting = name
            var chaired = false
            if let prefix = s.firstWord(of: Self.chairedByAgent, at: name.lowerBound), name.count - prefix.count >= 3 {
                meeting = name.lowerBound + prefix.count..<name.upperBound
                chaired = true
            }
            // 在30日上午召开的…表彰大会上讲话: when it was held (the time layer's dates,
            // nothing else, before 召开的) is no part of the name.
            if let held = (meeting.lowerBound..<min(meeting.upperBound, meeting.lowerBound + 12)).first(where: { k in Self.heldOf.contains { s.has($0, at: k) } }),
                held > meeting.lowerBound, startOfDates(endingAt: held, floor: meeting.lowerBound, dates: dates) == meeting.lowerBound,
                meeting.upperBound - (held + 3) >= 4
            {
                meeting = held + 3..<meeting.upperBound
            } else if let held = (meeting.lowerBound + 2..<min(meeting.upperBound, meeting.lowerBound + 16)).first(where: { k in Self.heldOf.contains { s.has($0, at: k) } }),
                meeting.upperBound - (held + 3) >= 6, !(meeting.lowerBound..<held).contains(where: { s[$0] == Self.de })
            {
                // 在布鲁塞尔举行的欧盟春季峰会上: where (or by whom) it was held, when what
                // is left names it alone.
                meeting = held + 3..<meeting.upperBound
            }
            // A remark alone makes an event only of a meeting the name tells apart: not
            // 新闻发布会, 内阁会议, 一场发布会, 会谈结束后举行的发布会.
            if !spoke, !ownsItsName(meeting) { return nil }
            // 在开幕式上发表视频致辞: the kind alone is the meeting the sentence reports.
            if !named, meetingWords.contains(Array(s[meeting])) { return nil }
            let mention = EventMention(name: text(meeting), kind: .speech, dateInferred: false, sentence: sentence, range: index..<name.upperBound + 1,
                                       rule: RuleName.eventSpeechAtMeeting.rawValue)
            return (mention, named, chaired)
        }
        if s.has(Self.endedAfter, at: name.upperBound), name.count >= 4 {
            var mention = EventMention(name: text(name), kind: kind(of: name), dateInferred: false, sentence: sentence, range: index..<name.upperBound,
                                       rule: RuleName.eventMeetingEndedBefore.rawValue)
            mention.referred = true
            return (mention, false, false)
        }
        return nil
    }

    /// Is `在…上` (在 at `zai`, the words after 上 at `after`) followed by a remark
    /// (`强调`, `指出`, `表示`, not `…强调的`) in a clause that dates it: a day written
    /// before 在 in the same clause (`刘五18日在`, `18日，刘五在`), with no 的 between.
    func datedRemark(at zai: Int, after: Int, dates: [TimeExpression]) -> Bool {
        guard let remark = s.firstWord(of: Self.remarks, at: after), !(after + remark.count < s.count && s[after + remark.count] == Self.de) else { return false }
        // (提出 / 要求 only in a report opening with its day — 4月22日，镇党委书记…在…动员会上
        // 提出 — not in words reported: 感谢…主席今天上午在…开幕式上提出….)
        let narrated = !Self.spokenRemarks.contains(remark)
        return dates.contains { date in
            let end = date.offset + date.length
            guard date.value?.granularity == .day, end <= zai, zai - end <= 40 else { return false }
            if !narrated {
                var k = date.offset - 1
                while k >= 0, !U.isSentenceEnd(s[k]), s[k] != Lit.lineFeed { if U.isHan(s[k]) { return false }; k -= 1 }
            }
            return !(end..<zai).contains { k in s[k] == Self.de || (U.isClauseEnd(s[k]) && k != end) || U.isSentenceEnd(s[k]) }
        }
    }

    /// `在会上`, `在会议上`, `在开幕式上` at `index` — the meeting by its kind alone, when
    /// `event` (the one the sentence reports) is of that kind: `会上` / `会议上` a meeting
    /// (not talks, a tour or an instruction), `峰会上` one whose name holds 峰会. Returns
    /// where the words after it start (nil if not there).
    func atTheMeeting(_ index: Int, limit: Int, of event: EventDraft) -> Int? {
        guard index < limit, s[index] == Self.zai else { return nil }
        let meeting = ![EventKind.inspection, .instruction, .notice].contains(event.kind) && event.rule != RuleName.eventTalksWithCounterpart.rawValue
        if s.has(Self.atItShort, at: index + 1) { return meeting ? index + 1 + Self.atItShort.count : nil }
        var end = index + 2
        while end < min(limit, index + 8), s[end] != Self.shang { end += 1 }
        guard end < limit, s[end] == Self.shang, case let word = Array(s[index + 1..<end]), meetingWords.contains(word) else { return nil }
        let said = Self.partsOfAMeeting.contains(word) ? meeting : event.label.unicodeScalars.map(\.value).firstOccurrence(of: word, in: 0..<event.label.unicodeScalars.count) != nil
        return said ? end + 1 : nil
    }
    static let atItShort = U.s("会上")
    /// The meeting or its opening and closing: any meeting the sentence reports.
    static let partsOfAMeeting: Set<[UInt32]> = Set(["会议", "开幕式", "闭幕式", "开幕会", "闭幕会"].map(U.s))

    /// Does the meeting name `name` tell its meeting apart — not a description (no 的),
    /// not counted (`一场`), and more before its closing meeting word than a word every
    /// such meeting has (`新闻`发布会, `例行`发布会, `内阁`会议)?
    func ownsItsName(_ name: Range<Int>) -> Bool {
        guard name.count >= 5, !s[name].contains(Self.de), Numerals.arabicDigit(s[name.lowerBound]) == nil,
            !(s[name.lowerBound] == Self.one && name.count > 1 && s[name.lowerBound + 1] == Self.sessionsCounter)
        else { return false }
        var end = name.upperBound
        while end > name.lowerBound, s.word(of: meetingWords, endingAt: end) == nil { end -= 1 }
        guard let word = s.word(of: meetingWords, endingAt: end) else { return false }
        let before = Array(s[name.lowerBound..<end - word.count])
        return before.count >= 2 && !Self.unownedModifiers.contains(before)
    }
    /// What any meeting of a kind is called by (`新闻`发布会, `内阁`会议): no owner.
    static let unownedModifiers: Set<[UInt32]> = Set(["新闻", "例行", "记者", "内阁", "视频", "线上", "网络", "首次", "本次", "此次", "这次", "当天", "新闻发布"].map(U.s))

    /// A lecture at a place: `李强在上海作宣讲报告`, `在宁夏人民会堂，…沈春耀作专题报告`,
    /// `…施芝鸿，在石家庄宣讲…精神`. The place is what the sentence's last 在 before the
    /// verb names; not 在会上 (a talk at the meeting reported), not 宣讲团 / 宣讲会.
    func lecture(verb: Range<Int>, sentenceStart: Int, limit: Int, sentence: Int) -> EventMention? {
        if verb.upperBound < limit, Self.lectureNouns.contains(s[verb.upperBound]) { return nil }
        // 讲授专题党课: a party lesson is its speaker's wherever it was given.
        if s.firstOccurrence(of: Self.partyLesson, in: verb) != nil {
            return EventMention(name: text(verb).replacingOccurrences(of: "了", with: ""), kind: .speech, dateInferred: false, sentence: sentence, range: verb,
                                rule: RuleName.eventPartyLesson.rawValue)
        }
        var z = verb.lowerBound - 1
        while z >= sentenceStart, verb.lowerBound - z <= 60, s[z] != Self.zai { z -= 1 }
        guard z >= sentenceStart, s[z] == Self.zai else { return nil }
        var end = z + 1
        while end < verb.lowerBound, !Self.placeStops.contains(s[end]) { end += 1 }
        guard end - z - 1 >= 2, end - z - 1 <= 12, !Self.referBack.contains(s[end - 1]),
            (z + 1..<end).allSatisfy({ U.isHan(s[$0]) })
        else { return nil }
        let place = text(z + 1..<end)
        let what = s.firstOccurrence(of: Self.report, in: verb) != nil ? text(verb).replacingOccurrences(of: "了", with: "") : "宣讲"
        return EventMention(name: "在" + place + what, kind: .speech, dateInferred: false, place: place, sentence: sentence, range: verb,
                            rule: RuleName.eventLectureAtPlace.rawValue)
    }

    static let lectureNouns = U.set("团会员稿")
    static let connectives = U.set("并还又也")
    /// Verbs that hold talks, told as done (举行了会谈, 进行了…的会谈): the name keeps the verb
    /// without its 了 and without a description ending in 的.
    static let holdingVerbs: [[UInt32]] = ["举行了", "进行了"].map(U.s)
    /// 在结束考察…后: what follows 在 is a verb, not a place.
    static let notPlaces: [[UInt32]] = ["结束", "完成", "开始", "实地"].map(U.s)
    static let forWhom = U.set("为向给")
    /// A quote longer than this is someone's words, not a name.
    static let speechLength = 30
    static let joiners = U.set("和与及")
    static let reporterFrom = U.s("记者从")
    static let heldAt: [[UInt32]] = ["举行的", "召开的"].map(U.s)
    static let report = U.s("报告"), partyLesson = U.s("党课")

    /// The meeting a sentence opens with when its last clause is only `胜利闭幕` /
    /// `隆重开幕`: `省十三届人大六次会议圆满完成预定的各项任务，胜利闭幕。`
    func subjectMeeting(verb: Int, clauseStart: Int, sentenceStart: Int, dates: [TimeExpression]) -> Range<Int>? {
        guard verb - clauseStart <= 4, clauseStart > sentenceStart, (clauseStart..<verb).allSatisfy({ U.isHan(s[$0]) }) else { return nil }
        var start = sentenceStart
        while start < clauseStart {
            var k = start
            while k < clauseStart {
                if let date = dates.first(where: { $0.offset == k }) { k = date.offset + max(date.length, 1); continue }
                if U.isHan(s[k]) { break }
                k += 1
            }
            var end = k
            while end < clauseStart, !U.isClauseEnd(s[end]) { end += 1 }
            if end > k, let name = meetingName(from: k, limit: end), name.count >= 6 { return name }
            start = end + 1
        }
        return nil
    }

    /// 习近平27日在浙江召开…座谈会: a person who convenes a meeting himself chairs it —
    /// the person in the verb's clause, at most a date and a place before 召开 (not
    /// 市委召开的会议, someone else's).
    func convenedBy(_ agent: PersonMention, verb: Int, clauseStart: Int) -> Bool {
        guard s.has(Lit.convene, at: verb), verb + 2 < s.count, s[verb + 2] != Self.de,
            agent.range.lowerBound >= clauseStart, verb - agent.range.upperBound <= 16
        else { return false }
        return !(agent.range.upperBound..<verb).contains { U.isClauseEnd(s[$0]) || s[$0] == U.listSeparator }
    }

    /// The article's headline text when it contains `word` (for 组织收看 events).
    func headlineName(of article: Int, sentences: [Sentence], headlines: [Int: [Int]], containing word: [UInt32]) -> String? {
        headlineRange(of: article, sentences: sentences, headlines: headlines, containing: word).map(text)
    }

    /// The scalar range of that headline: after a conversion artefact's `]`, up to a 并
    /// that joins a second event, without surrounding spaces.
    /// Does a headline say who tours where (`习近平在山西考察`, `李强赴四川调研`): someone, then
    /// 在 / 赴 / 到 and a place, before 考察 or 调研? A headline where the words only sit in a
    /// noun (`科学考察船正式出坞`) names no tour.
    /// `…4月12日街道经济工作会议确定的“一企一专员”…`, `经6月8日…主任会议研究决定`: a meeting
    /// its day names (written right before it), followed by what it decided — an event of
    /// that day, referred to, not the one the sentence reports.
    func recalledMeeting(at i: Int, clauseStart: Int, sentenceStart: Int, dates: [TimeExpression], months: [TimeExpression], sentence: Int) -> EventMention? {
        if let held = recalledMeetingHeldAt(i, clauseStart: clauseStart, dates: dates, months: months, sentence: sentence) { return held }
        let recalled = s.firstWord(of: recallVerbs, at: i)
        // (A verb without 的 only after a date of its sentence: 提出 is everywhere.)
        guard recalled != nil || (dates + months).contains(where: { $0.offset < i && i - $0.offset <= 48 }) else { return nil }
        // (4月26日局一季度工作调度会上提出的“…”: at the meeting, 上 before the verb with 的.)
        let at = recalled != nil && i - 1 > clauseStart && s[i - 1] == Self.shang ? i - 1 : i
        guard let verb = recalled ?? s.firstWord(of: monthRecallVerbs, at: i), i > clauseStart,
            let (name, _) = meetingNameBeforeVerb(at, clauseStart: clauseStart, dates: months.isEmpty ? dates : dates + months), name.upperBound == at
        else { return nil }
        let datedRightBefore = dates.contains(where: { $0.offset + $0.length == name.lowerBound && $0.granularity == .day })
            || months.contains(where: { $0.offset + $0.length == name.lowerBound })
        if recalled != nil, datedRightBefore {
            // 4月12日街道经济工作会议确定的…
        } else if datedRightBefore, sinceThen(after: i) {
            // 今年2月18日全市作风建设大会启动“作风建设提升年”活动以来: what it began, told since.
        } else if datedRightBefore, saidBefore(name.lowerBound, sentenceStart: sentenceStart) {
            // 他指出，1月12日省政协…闭幕会审议通过《…》，确立了“…”: in someone's words, what a
            // meeting of that day decided — told later, not reported.
        } else if !months.contains(where: { monthOpensClause($0, before: name.lowerBound) }) {
            // 今年1月，市委七届八次全会确定…: a month and a comma before the name only.
            return nil
        }
        // (5月12日召开的乡党委扩大会议部署的: the name after 召开的.)
        let from = nameAfterHeld(name).lowerBound
        var mention = EventMention(name: text(from..<name.upperBound), kind: kind(of: from..<name.upperBound), dateInferred: false, sentence: sentence,
                                   range: name.lowerBound..<i + verb.count, rule: RuleName.eventRecalledMeeting.rawValue)
        mention.referred = true
        return mention
    }

    /// A meeting's name written after 召开的 / 举行的 (`5月12日召开的乡党委扩大会议`): the
    /// name after it, when four characters or more are left.
    func nameAfterHeld(_ written: Range<Int>) -> Range<Int> {
        guard let held = Self.heldOf.first(where: { s.has($0, at: written.lowerBound) }), written.count - held.count >= 4 else { return written }
        return written.lowerBound + held.count..<written.upperBound
    }

    /// What may open a clause of only a meeting's day (据悉，今年4月14日，…会议审议通过…).
    static let datedClauseOpeners: [[UInt32]] = ["据悉", "据了解", "另悉", "今年", "去年"].map(U.s)

    /// `6月28日县委常委会会议已对全县防汛工作作出部署，提出…`: a meeting its day names (written
    /// right before it, or before 召开的), which had already (已 / 曾) made arrangements for
    /// something (对…作出部署, 进行了安排) — an event of that day, told later, not the one the
    /// sentence reports.
    func recalledDeployment(at i: Int, clauseStart: Int, dates: [TimeExpression], sentence: Int) -> EventMention? {
        guard let already = Self.alreadyFacing.first(where: { s.has($0, at: i) }), i > clauseStart,
            // (A meeting's word right before.)
            meetingWords.ending(in: s, at: i) != nil,
            let (written, _) = meetingNameBeforeVerb(i, clauseStart: clauseStart, dates: dates), written.upperBound == i
        else { return nil }
        // (6月28日召开的县委常委会会议已对…: the name after 召开的, its day before it.)
        let name = nameAfterHeld(written)
        guard dates.contains(where: { $0.offset + $0.length == written.lowerBound && $0.granularity == .day }) else { return nil }
        // What it arranged, then the arranging verb and (a word at most between) 部署 or
        // 安排, in the same clause (作出专门部署, 进行了安排).
        var k = i + already.count
        while k < s.count, k - i <= 32, !U.isClauseEnd(s[k]) {
            if let verb = Self.arranging.first(where: { s.has($0, at: k) }),
                let end = (k + verb.count...k + verb.count + 2).first(where: { e in Self.arrangement.contains { s.has($0, at: e) } })
            {
                var mention = EventMention(name: text(name), kind: kind(of: name), dateInferred: false, sentence: sentence,
                                           range: written.lowerBound..<end + 2, rule: RuleName.eventRecalledMeeting.rawValue)
                mention.referred = true
                return mention
            }
            k += 1
        }
        return nil
    }
    /// 已对 / 曾对: what a meeting had already arranged for.
    static let alreadyFacing: [[UInt32]] = ["已对", "曾对", "已就", "曾就"].map(U.s)
    /// How it arranged it: 作出(了)…部署, 进行了…安排 ….
    static let arranging: [[UInt32]] = ["作出了", "做出了", "进行了", "作出", "做出", "进行", "作了"].map(U.s)
    static let arrangement: [[UInt32]] = ["部署", "安排"].map(U.s)

    /// `去年3月，镇党委在十三届二次全体会议上提出…`, `县委在9月9日的推进会上提出，…`: a body,
    /// then 在 + a meeting + 上 and what it decided (lexicon `month-recall-verbs`), with a
    /// month opening the clause or the meeting's day after 在 — the body's earlier meeting,
    /// told later, as `今年1月，市委七届八次全会确定…` is. (A body, not a person: 习近平在…
    /// 大会上提出 names a speech.)
    func recalledMeetingHeldAt(_ i: Int, clauseStart: Int, dates: [TimeExpression], months: [TimeExpression], sentence: Int) -> EventMention? {
        guard i - 4 > clauseStart, s[i - 1] == Self.shang, let verb = s.firstWord(of: monthRecallVerbs, at: i),
            let at = (clauseStart..<i - 1).last(where: { s[$0] == Self.zai }),
            at - clauseStart >= 2, at - clauseStart <= 10, (clauseStart..<at).allSatisfy({ U.isHan(s[$0]) }), Self.bodyEnds.contains(s[at - 1])
        else { return nil }
        // 在9月9日的推进会上: the day, then 的.
        var nameStart = at + 1
        var from = clauseStart
        if let day = dates.first(where: { $0.offset == at + 1 && $0.granularity == .day }), s.has([Lit.de], at: day.offset + day.length) {
            nameStart = day.offset + day.length + 1
            // (Dated by its own day: the mention starts after it — the nearest day before.)
            from = day.offset + day.length
        } else if !months.contains(where: { monthOpensClause($0, before: clauseStart) }) {
            return nil
        }
        guard i - 1 - nameStart >= 2, !(nameStart..<i - 1).contains(where: { U.isClauseEnd(s[$0]) }), s.word(of: meetingWords, endingAt: i - 1) != nil else { return nil }
        let name = text(clauseStart..<at) + text(nameStart..<i - 1)
        var mention = EventMention(name: name, kind: kind(of: nameStart..<i - 1), dateInferred: false, sentence: sentence,
                                   range: from..<i + verb.count, rule: RuleName.eventRecalledMeeting.rawValue)
        mention.referred = true
        return mention
    }
    /// The last characters of a body's name (县委, 镇党委, 省国资委, 市政府, 集团公司, 街道).
    static let bodyEnds = U.set("委会局厅部府院组办处团校司所室镇乡村道")
    static let district: UInt32 = 0x533A /* 区 */

    /// The month written right before a recalled meeting's name (`今年3月召开的…会议`,
    /// `2021年2月厅党组会议确定的`), when it is a month before the document's: the
    /// meeting's month. Not a month to come (`今年7月召开三中全会`, told in advance), nor
    /// a month whose first day is less than 20 days before the document (the meeting may
    /// be the document's own), nor a central or international meeting.
    func recalledMonth(of event: EventMention, months: [TimeExpression], clauseStart: Int, reference: CalendarDate?) -> CalendarDate? {
        // A document a body issued (去年8月，县委、县政府出台《…》, 我局去年12月印发的《…》):
        // the month before its issuer, opening the clause, or right before the verb.
        let issued = event.rule == RuleName.eventIssuesTitledDocument.rawValue
        guard event.kind == .meeting || event.kind == .study || event.kind == .symposium || issued,
            let month = months.last(where: { $0.offset + $0.length <= event.range.lowerBound }),
            let value = month.value, case let gap = month.offset + month.length..<event.range.lowerBound,
            // (With a comma between, only a meeting recalled with what it decided:
            // `2017年10月，党的十九大召开` is history told, reported on its day elsewhere.)
            event.rule == RuleName.eventRecalledMeeting.rawValue && monthOpensClause(month, before: event.range.lowerBound)
                || month.offset >= clauseStart && gap.count <= 3 && !gap.contains(where: { U.isClauseEnd(s[$0]) })
                || issued && issuerAfterMonth(month, verb: event.range.lowerBound),
            let last = reference?.dayNumber,
            let end = CalendarDate(year: value.year, month: value.month ?? 12, day: 1)?.dayNumber, end < last - 20
        else { return nil }
        // A local body's meeting (a county's, a bureau's, a province's: the lexicon's level
        // words below the centre), or a meeting the lexicon knows as one that directs named
        // without its place (厅党组会议): a central or international meeting recalled by its
        // month (今年7月召开的二十届三中全会) is reported on its own day wherever it is
        // reported, and a month-dated copy of it would stand beside that event.
        switch GraphMerger.level(naming: [event.organizer ?? "", event.name], lexicon: lexicon) {
        case .central: return nil
        case .some: return value
        case nil:
            let name = U.s(event.name)
            // (Or a local body's by its opening words: 全镇…动员大会, 集团公司…会议.)
            return name.word(of: lexicon.words("directing-meetings"), endingAt: name.count) != nil
                || name.firstWord(of: localMeetingOpenings, at: 0) != nil ? value : nil
        }
    }

    /// Between a month and a document's verb, only its issuer (`我局去年12月印发`, `去年8月，
    /// 县委、县政府出台`): the month opening its clause then a comma, or written right after
    /// the issuer; the issuer's names joined by 、 at most.
    func issuerAfterMonth(_ month: TimeExpression, verb: Int) -> Bool {
        var from = month.offset + month.length
        if from < verb, s[from] == Lit.comma {
            guard monthOpensClause(month, before: from + 1) else { return false }
            from += 1
        }
        return verb - from <= 14 && (from..<verb).allSatisfy { U.isHan(s[$0]) || s[$0] == U.listSeparator }
    }

    /// Does the clause from `i` end with 以来 (`…启动“…”活动以来，`)?
    func sinceThen(after i: Int) -> Bool {
        var end = i
        while end < s.count, !U.isClauseEnd(s[end]) { end += 1 }
        return end - i >= 4 && s.has(Self.since, at: end - 2)
    }

    /// A month that opens its clause, then a comma, right before `name` (`今年1月，市委…全会`,
    /// `会议指出，去年10月，县委…全会`): the month of what the clause tells.
    func monthOpensClause(_ month: TimeExpression, before name: Int) -> Bool {
        let end = month.offset + month.length
        guard month.granularity == .month, end + 1 == name, s[end] == Lit.comma else { return false }
        // The year before it, when written apart (今年, 去年, 2023年).
        var start = month.offset
        if start >= 2, s[start - 1] == Lit.year {
            start -= 1
            if Self.relativeYears.contains(s[start - 1]) {
                start -= 1
            } else {
                while start > 0, Numerals.arabicDigit(s[start - 1]) != nil { start -= 1 }
            }
        }
        return start == 0 || U.isClauseEnd(s[start - 1]) || U.isSpace(s[start - 1])
    }
    /// 今年, 去年, 前年, 上年.
    static let relativeYears = U.set("今去前上")

    /// Two gatherings of the genre named by what they do: a party branch's themed day
    /// (`开展“重温入党誓词 赓续红色血脉”主题党日活动`) and an inspection team reporting back
    /// (`县委第二巡察组向县交通运输局党组反馈巡察情况`).
    func partyActivity(at i: Int, clauseStart: Int, limit: Int, dates: [TimeExpression], sentence: Int) -> EventMention? {
        if s.has(Self.carryOut, at: i), let day = (i + Self.carryOut.count..<min(limit, i + Self.carryOut.count + 40)).first(where: { s.has(Self.partyDay, at: $0) }),
            !(i + Self.carryOut.count..<day).contains(where: { U.isClauseEnd(s[$0]) && s[$0] != U.listSeparator })
        {
            var k = i + Self.carryOut.count
            var end = day
            // The name: a quoted theme right before it, else the words themselves.
            if end > k, s[end - 1] == U.closeQuote, let open = (k..<end - 1).last(where: { s[$0] == U.openQuote }) { k = open } else { k = end }
            end += Self.partyDay.count
            return EventMention(name: text(k..<end), kind: .meeting, dateInferred: false, sentence: sentence, range: i..<end, rule: RuleName.eventPartyActivity.rawValue)
        }
        // 县委第二巡察组对县水务局党组开展了常规巡察: a round of inspection.
        if s.has(Self.carryOut, at: i), i > clauseStart, let team = s.firstOccurrence(of: Self.inspectionTeam, in: clauseStart..<i),
            (team..<i).contains(where: { s[$0] == Self.toward2 })
        {
            var end = i + Self.carryOut.count
            if end < limit, s[end] == Self.le { end += 1 }
            var k = end
            while k < limit, k - end < 8, !U.isClauseEnd(s[k]), !s.has(Self.inspectionRound, at: k) { k += 1 }
            guard s.has(Self.inspectionRound, at: k) else { return nil }
            let start = pastDates(from: clauseStart, upTo: team, dates: dates)
            return EventMention(name: text(start..<k + Self.inspectionRound.count), kind: .inspection, dateInferred: false, sentence: sentence,
                                range: start..<k + Self.inspectionRound.count, rule: RuleName.eventPartyActivity.rawValue)
        }
        guard s.has(Self.feedback, at: i), i > clauseStart, let team = s.firstOccurrence(of: Self.inspectionTeam, in: clauseStart..<i),
            (team..<i).contains(where: { s[$0] == Self.toward })
        else { return nil }
        let start = pastDates(from: clauseStart, upTo: team, dates: dates)
        var end = i + Self.feedback.count
        if let what = Self.feedbackObjects.first(where: { s.has($0, at: end) }) { end += what.count }
        return EventMention(name: text(start..<end), kind: .meeting, dateInferred: false, sentence: sentence, range: start..<end, rule: RuleName.eventPartyActivity.rawValue)
    }
    /// Where a clause's subject starts: past its dates and anything not Han (a bullet, a
    /// comma), up to `limit`.
    func pastDates(from start: Int, upTo limit: Int, dates: [TimeExpression]) -> Int {
        var k = start
        while k < limit, !U.isHan(s[k]) || dates.contains(where: { $0.offset == k }) {
            if let date = dates.first(where: { $0.offset == k }) { k = date.offset + max(date.length, 1) } else { k += 1 }
        }
        return k
    }
    static let kai: UInt32 = 0x5F00 /* 开 */, fan: UInt32 = 0x53CD /* 反 */, toward: UInt32 = 0x5411 /* 向 */, toward2: UInt32 = 0x5BF9 /* 对 */
    static let inspectionRound = U.s("巡察")
    static let carryOut = U.s("开展"), partyDay = U.s("主题党日活动"), feedback = U.s("反馈"), inspectionTeam = U.s("巡察组")
    static let feedbackObjects: [[UInt32]] = ["巡察情况", "巡察意见"].map(U.s)

    /// How a meeting deliberated, between its name and the verb (常委会专题传达学习…).
    static let deliberationAdverbs: [[UInt32]] = ["专题", "集中", "专门"].map(U.s)

    /// `3月29日，县委常委会会议审议通过了…`, `5月9日，市政府党组（扩大）会议传达学习了…`: a
    /// meeting named as its clause's whole subject (six characters or more, not a kind
    /// alone), dated right before it or by a clause of only its day, and what it did — an
    /// event of that day told without 召开.
    func deliberatingMeeting(at i: Int, clauseStart: Int, sentenceStart: Int, dates: [TimeExpression], sentence: Int) -> EventMention? {
        guard let verb = s.firstWord(of: deliberationVerbs, at: i), i - clauseStart >= 5 else { return nil }
        var k = clauseStart
        while k < i, !U.isHan(s[k]) { k += 1 }
        var dated = false
        if let date = dates.first(where: { $0.offset == k && $0.value != nil }) {
            k = date.offset + date.length
            dated = true
        } else if clauseStart >= 2, s[clauseStart - 1] == Self.comma, let date = dates.first(where: { $0.offset + $0.length == clauseStart - 1 && $0.value != nil }) {
            // (The clause before is its day alone: ●3月29日，….)
            // (据悉，今年4月14日，…: a word telling where the news came from, or the year, before it.)
            var from = sentenceStart
            while let opener = Self.datedClauseOpeners.first(where: { s.has($0, at: from) }) {
                from += opener.count
                if from < date.offset, U.isClauseEnd(s[from]) { from += 1 }
            }
            dated = !(from..<date.offset).contains(where: { U.isHan(s[$0]) })
        }
        // (Five characters at least: 集团党委会研究启动…, 县委常委会研究决定… — five only with
        // an owner before the body's word: not 常委会会议, 党组会议 alone.)
        // (校党委常委会专题传达学习…: how it did so, between the body and the verb.)
        let how = Self.deliberationAdverbs.first { i >= $0.count && s.has($0, at: i - $0.count) }
        let bodyEnd = i - (how?.count ?? 0)
        guard dated, let name = meetingName(from: k, limit: bodyEnd), name.lowerBound == k, name.upperBound == bodyEnd,
            name.count >= 6 || name.count == 5 && !Self.bodyKindOpenings.contains(where: { s.has($0, at: name.lowerBound) }),
            // (Not 本次常委会会议: the session being told; not a clause with its own verb or
            // title: 安理会召开会议审议…, 党中央发出《关于…全会研究…》.)
            !Self.thisOne.contains(where: { s.has($0, at: k) }),
            !(k..<i).contains(where: { s[$0] == U.openBook || s[$0] == U.openQuote || s.has(Lit.convene, at: $0) || s.has(Self.hold, at: $0) || s.has(Self.issue, at: $0) })
        else { return nil }
        return EventMention(name: text(name), kind: kind(of: name), dateInferred: false, sentence: sentence,
                            range: name.lowerBound..<i + verb.count, rule: RuleName.eventMeetingDeliberates.rawValue)
    }

    /// `县长林志远带队督导检查防汛备汛工作`, `曹文彬带队赴所属华屹热电公司、蒙阳煤业公司检查…`:
    /// a leader leading a team (带队 / 率队) to inspect, with or without the journey
    /// written — an inspection named by its verb and object (to the clause's end). A
    /// bare 检查 or 督查 reports one only so, after a team led.
    func ledInspection(at i: Int, clauseStart: Int, limit: Int, sentence: Int) -> EventMention? {
        guard let lead = s.firstWord(of: Self.leadsATeam, at: i) else { return nil }
        var k = i + lead.count
        // 带领部分市人大代表视察…, 带领调研组，深入…: who is led, up to the journey or the verb
        // (at most one comma on the way: 带领应急、城管等部门负责人，对…开展检查).
        var commas = 0
        var clause = k
        if Self.leadsAGroup.contains(lead) {
            // (调研组, 考察团, 检查组: a group named by its task, not the task.)
            func verbAt(_ k: Int) -> Bool {
                guard let verb = s.firstWord(of: Self.ledInspectionVerbs, at: k) else { return false }
                return k + verb.count >= limit || !Self.groupSuffixes.contains(s[k + verb.count])
            }
            while s.firstWord(of: Self.goTo, at: k).map({ !isJourney($0, at: k) }) ?? true, !verbAt(k) {
                guard k < limit, k - i < 30 else { return nil }
                if U.isClauseEnd(s[k]) && s[k] != U.listSeparator {
                    // (The group ends its clause: what it does follows, 带领…负责人，对…开展检查.)
                    guard s[k] == Self.comma, commas == 0 else { return nil }
                    commas += 1
                    clause = k + 1
                    k += 1
                    break
                }
                k += 1
            }
        }
        // 先后来到…, 冒雨赶赴…: how the journey is made, before it.
        if let adverb = Self.journeyAdverbs.first(where: { s.has($0, at: k) }), let go = s.firstWord(of: Self.goTo, at: k + adverb.count), isJourney(go, at: k + adverb.count) {
            k += adverb.count
        }
        var nameStart = k
        // Where the journey's clause ends when what is done there follows a comma.
        var journeyEnd: Int?
        if let go = s.firstWord(of: Self.goTo, at: k), isJourney(go, at: k) {
            // The journey: its place runs to the verb (a list of places with 、 included; a
            // comma, twice at most, before what is done there: 深入园区化工集中区，对…开展安全检查;
            // 先后来到柳塘村、石门村，深入山塘水库、…，实地察看…).
            var j = k + go.count
            var journeyCommas = 0
            while j < limit, j - k < 60, s.firstWord(of: Self.ledInspectionVerbs, at: j) == nil || j - (k + go.count) < 2 {
                if U.isClauseEnd(s[j]) && s[j] != U.listSeparator {
                    guard s[j] == Self.comma, journeyCommas < 2 else { return nil }
                    journeyCommas += 1
                    if journeyEnd == nil { journeyEnd = j }
                }
                j += 1
            }
            guard j < limit, s.firstWord(of: Self.ledInspectionVerbs, at: j) != nil else { return nil }
            nameStart = k
            k = j
        } else if commas > 0 || Self.leadsAGroup.contains(lead) || k < limit && s[k] == Self.dui {
            // 对沿江农贸市场…开展安全生产检查 / 视察开发区重点项目: the verb later in the clause
            // (and after 带队 itself: 带队对两个社区的…落实情况进行督导检查).
            var j = k
            while j < limit, j - k < 40, !U.isClauseEnd(s[j]) || s[j] == U.listSeparator, s.firstWord(of: Self.ledInspectionVerbs, at: j) == nil { j += 1 }
            guard j < limit, s.firstWord(of: Self.ledInspectionVerbs, at: j) != nil else { return nil }
            nameStart = commas > 0 ? clause : k
            k = j
        }
        guard let verb = s.firstWord(of: Self.ledInspectionVerbs, at: k) else { return nil }
        var end = k + verb.count
        while end < limit, end - k < 24, !U.isClauseEnd(s[end]) { end += 1 }
        // (检查 needs what it inspects: 带队检查，… names nothing.)
        guard end - (k + verb.count) >= 2 || nameStart < k else { return nil }
        // 来到…项目，采取不打招呼、直奔现场的方式检查安全生产工作: the journey and the verb's
        // phrase, not the manner between them (a topic there stays: 深入…，就…开展专题调研).
        var verbClause = k
        while verbClause > nameStart, !U.isClauseEnd(s[verbClause - 1]) { verbClause -= 1 }
        let manner = journeyEnd != nil && !Self.topicOpeners.contains(where: { s.has($0, at: verbClause) })
        let name = manner ? text(nameStart..<journeyEnd!) + text(k..<end) : text(nameStart..<end)
        return EventMention(name: name, kind: .inspection, dateInferred: false, sentence: sentence,
                            range: i..<end, rule: RuleName.eventInspectionLed.rawValue)
    }
    /// `5月22日至24日，街道联合区市场监管局对辖区32家餐饮单位开展了燃气安全专项检查`,
    /// `…组成3个督查组，…对6个县（区）…落实情况开展专项督查`: an inspection carried out (开展
    /// ending its clause in an inspection's word), named by what follows the verb. Only in a
    /// sentence with a day, and not one asked for or to come (要开展, 将开展…).
    func inspectionCampaign(at i: Int, sentenceStart: Int, clauseStart: Int, limit: Int, sentence: Int) -> EventMention? {
        guard s.has(Self.carryOut, at: i) else { return nil }
        var nameStart = i + Self.carryOut.count
        if nameStart < limit, s[nameStart] == Self.le { nameStart += 1 }
        var end = nameStart
        while end < limit, end - nameStart < 24, !U.isClauseEnd(s[end]) { end += 1 }
        guard end - nameStart >= 4, let word = Self.campaignWords.first(where: { end >= $0.count && s.has($0, at: end - $0.count) }),
            end - nameStart > word.count
        else { return nil }
        // (Not asked for or planned: 要对…开展专项检查, 将开展…, 计划开展…; the word right
        // before 开展 or before the 对 of what it is carried out on.)
        let before = [i] + [(clauseStart..<i).first(where: { s[$0] == Self.dui })].compactMap { $0 }
        guard !before.contains(where: { k in Self.notCarriedOut.contains { k >= $0.count && s.has($0, at: k - $0.count) } }),
            !announced(before: i, clauseStart: clauseStart),
            // (Nor deployed by a meeting, a task or what goes on: 部署全面开展安全生产大检查,
            // 主要任务是…开展监督检查, 截至10月4日…持续开展….)
            !(sentenceStart..<i).contains(where: { k in Self.campaignDeployed.contains { s.has($0, at: k) } })
        else { return nil }
        return EventMention(name: text(nameStart..<end), kind: .inspection, dateInferred: false, sentence: sentence,
                            range: i..<end, rule: RuleName.eventInspectionCampaign.rawValue)
    }
    /// How an inspection carried out ends its name (专项检查, 交叉检查, 专项督查, 夜查…).
    static let campaignWords: [[UInt32]] = ["检查", "督查", "暗访", "巡查", "夜查", "抽查"].map(U.s)
    /// Before 开展 in its clause, what makes it asked for, not done.
    static let notCarriedOut: [[UInt32]] = ["要", "将", "应", "须", "需", "计划", "拟", "准备"].map(U.s)
    static let campaignDeployed: [[UInt32]] = ["部署", "要求", "安排", "动员", "决定", "号召", "提出", "研究", "任务", "持续", "继续", "常态化", "截至", "累计"].map(U.s)
    static let thisOne: [[UInt32]] = ["本次", "此次", "这次", "该次", "该"].map(U.s)
    /// A body's kind opening a short name: no owner (常委会会议, 党组会议, 主任会议).
    static let bodyKindOpenings: [[UInt32]] = ["常委会", "常务会", "党组", "党委", "全会", "主任会", "办公会", "全体会"].map(U.s)
    static let issue = U.s("发出")
    static let leadsATeam: [[UInt32]] = ["带队", "率队", "带领", "率领"].map(U.s)
    /// What opens a clause naming what an inspection is about (就…开展调研, 围绕…).
    static let topicOpeners: [[UInt32]] = ["就", "对", "围绕", "针对", "聚焦"].map(U.s)
    static let leadsAGroup: [[UInt32]] = ["带领", "率领"].map(U.s)
    static let groupSuffixes = U.set("组团队")
    static let dai: UInt32 = 0x5E26 /* 带 */, lv: UInt32 = 0x7387 /* 率 */
    static let ledInspectionVerbs: [[UInt32]] = ["督导检查", "检查督导", "检查指导", "调研指导", "明查暗访", "执法检查", "安全检查", "检查", "督导", "督查", "调研", "暗访", "巡查", "考察", "视察", "察看", "查看"].map(U.s)
    /// Inspection verbs that report one only at the end of a journey written before them.
    static let journeyOnlyVerbs: [[UInt32]] = [U.s("检查")]
    /// Words making a journey and its 检查 what a report tells of, not an event (听取…的汇报).
    static let reportedWords: [[UInt32]] = ["听取", "汇报"].map(U.s)
    /// What joins two verbs (考察及检查, 调研并检查): no place ends so.
    static let joinsVerbs = U.set("及并和与")
    /// How a led team makes its journey, written before it (先后来到, 冒雨赶赴, 当即赶赴).
    static let journeyAdverbs: [[UInt32]] = ["先后", "分别", "冒雨", "当即", "随即", "专程", "连夜"].map(U.s)

    func headlineNamesAnInspector(_ headline: Range<Int>) -> Bool {
        guard let verb = s.firstOccurrence(of: Self.inspect, in: headline) ?? s.firstOccurrence(of: Self.survey, in: headline) else { return false }
        var k = verb - 2
        while k >= headline.lowerBound + 2 {
            if s[k] == Self.zai || s.word(of: Self.goTo, endingAt: k + 1).map({ isJourney($0, at: k + 1 - $0.count) }) == true { return true }
            k -= 1
        }
        return false
    }

    /// A fuller name, from its item's title, of a meeting the body names by its kind
    /// alone: the name after 主持召开 / 召开 / 举行 in a line before the sentence that is
    /// no sentence itself (no `。`), ending in the same meeting word
    /// (`李克强主持召开专家学者座谈会 听取…` over the body's `主持召开座谈会`).
    func titleName(ofKind kind: [UInt32], sentences: [Sentence], before index: Int) -> String? {
        let article = sentences[index].article
        var k = index - 1
        while k >= 0, sentences[k].article == article {
            let r = sentences[k].range
            k -= 1
            guard r.count >= 6, r.count <= 90, !r.contains(where: { s[$0] == Self.fullStop }) else { continue }
            for verb in Self.titleVerbs {
                guard let at = s.firstOccurrence(of: verb, in: r), var name = meetingName(from: at + verb.count, limit: r.upperBound) else { continue }
                // 座谈会 听取对政府工作报告的意见建议: the title's next part is not the name.
                if let space = name.first(where: { U.isSpace(s[$0]) }) { name = name.lowerBound..<space }
                guard name.count > kind.count + 1, s.has(kind, at: name.upperBound - kind.count),
                    s.word(of: meetingWords, endingAt: name.upperBound) == kind || meetingWords.contains(kind)
                else { continue }
                return text(name)
            }
        }
        return nil
    }

    static let titleVerbs: [[UInt32]] = ["主持召开", "召开", "举行"].map(U.s)

    func headlineRange(of article: Int, sentences: [Sentence], headlines: [Int: [Int]], containing word: [UInt32]) -> Range<Int>? {
        for index in headlines[article] ?? [] {
            let sentence = sentences[index]
            guard s.firstOccurrence(of: word, in: sentence.range) != nil else { continue }
            var name = sentence.range
            if let close = name.last(where: { s[$0] == 0x5D }) { name = close + 1..<name.upperBound }
            // 省教育厅组织收看视频会并召开全省推进会: the first of the two.
            if let and = s.firstOccurrence(of: [Self.and], in: name), and - name.lowerBound >= 4 { name = name.lowerBound..<and }
            var start = name.lowerBound, end = name.upperBound
            while start < end, U.isSpace(s[start]) { start += 1 }
            while end > start, U.isSpace(s[end - 1]) { end -= 1 }
            return start..<end
        }
        return nil
    }
}
