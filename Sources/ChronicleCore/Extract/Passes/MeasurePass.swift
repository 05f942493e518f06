/// Measures: reads quoted slogans through `MeasureFinder`; adds a measure node for
/// each (operational or political formula, by the lexicon's hints) and notes the
/// event whose report states it, for `sets` / `reiterates` in `finish()`, and whether
/// the report only quotes an earlier speech that stated it.
extension GraphBuilder {
    static let proposedBy = U.s("提出的")
    static let ofImportant = U.s("的重要")
    /// Verbs that give the speech or instruction a quote is attributed to (作出“…”的重要指示):
    /// the clause is its event, not a citation of it.
    static let givingWords: [[UInt32]] = ["作出", "做出", "发表"].map(U.s)

    /// True when the measure is quoted as part of an earlier speech or document: inside
    /// what a convey verb names (学习贯彻…关于“三农”工作的重要论述), inside a title in
    /// 《》, or in a clause that attributes it to a speech (习近平总书记在重要讲话中提出的
    /// “八个坚持”).
    func quotesEarlierSpeech(_ measure: MeasureMention, _ c: DocumentContext) -> Bool {
        if c.isConveyed(measure.range.lowerBound) { return true }
        let s = c.s
        // Inside a document's title (讨论了《…关于学习运用“千村示范、万村整治”工程经验…的意见》).
        let sentence = c.sentences[measure.sentence].range
        // (Not a document the meeting adopts: 审议通过了《关于开展“…”活动的实施方案》 — the
        // meeting puts the campaign forward; lexicon adopt-verbs. A tour's report telling
        // that 国家…出台《…》 adopts nothing.)
        if let open = (sentence.lowerBound..<measure.range.lowerBound).last(where: { s[$0] == U.openBook || s[$0] == U.closeBook }), s[open] == U.openBook,
            s.firstOccurrence(of: [U.closeBook], in: measure.range.upperBound..<sentence.upperBound) != nil
        {
            // (Nor the document whose issuing is the event and whose title launches the quote:
            // 厅党组于11月1日印发《关于开展“…”宣讲活动的实施方案》 puts the campaign forward that
            // day — not 《关于压实“菜篮子”市长负责制…的通知》, 《“十四五”…实施方案》.)
            let quote = s[measure.range.lowerBound] == U.openQuote ? measure.range.lowerBound : measure.range.lowerBound - 1
            // (Nor a title that opens on the issuing unit or place and then the quote:
            // 《华岳能源集团“隐患清零”百日攻坚行动方案》, 《禾湾镇“一点一案”…防范工作方案》 are the
            // unit's own programme; a title led by 关于 names the topic with its verb.)
            let unitsOwn = quote > open + 1 && (open + 1..<quote).allSatisfy { U.isHan(s[$0]) } && s.firstOccurrence(of: Lit.about, in: open + 1..<quote) == nil
            if s.word(of: words.launchVerbs, endingAt: quote) != nil || unitsOwn,
                let event = c.currentEvent[measure.sentence], events[event].kind == .notice,
                c.mentionIndices(inSentence: measure.sentence).contains(where: { k in
                    c.eventOfMention[k] == event && c.mentions[k].rule == RuleName.eventIssuesTitledDocument.rawValue && c.mentions[k].range.contains(open)
                })
            {
                return false
            }
            let meeting = c.currentEvent[measure.sentence].map { [.meeting, .study, .symposium, .videoConference].contains(events[$0].kind) } ?? false
            return !(meeting && adopts(titleAt: open, in: c.sentences[measure.sentence], c))
        }
        var clauseStart = measure.range.lowerBound
        while clauseStart > c.sentences[measure.sentence].range.lowerBound, !U.isClauseEnd(s[clauseStart - 1]) { clauseStart -= 1 }
        if recalledFromAnEarlierMeeting(measure, clauseStart: clauseStart, c) { return true }
        var clauseEnd = measure.range.upperBound
        while clauseEnd < c.sentences[measure.sentence].range.upperBound, !U.isClauseEnd(s[clauseEnd]) { clauseEnd += 1 }
        let clause = clauseStart..<clauseEnd
        // 贯彻落实习近平总书记“加强疫情防控这根弦不能松”的重要指示: the quote is what that
        // instruction or speech said (unless the clause is the one giving it: 作出“…”的重要指示).
        var k = measure.range.upperBound
        if k < s.count, s[k] == U.closeQuote { k += 1 }
        if s.has(Self.ofImportant, at: k) { k += Self.ofImportant.count } else if k < s.count, s[k] == Lit.de { k += 1 } else { k = -1 }
        if k > 0, words.earlierSpeechWords.contains(where: { s.has($0, at: k) }),
            !Self.givingWords.contains(where: { s.firstOccurrence(of: $0, in: clauseStart..<measure.range.lowerBound) != nil })
        {
            return true
        }
        guard words.earlierSpeechWords.contains(where: { s.firstOccurrence(of: $0, in: clause) != nil }) else { return false }
        let before = max(clauseStart, measure.range.lowerBound - 3)..<measure.range.lowerBound
        return s.firstOccurrence(of: Self.proposedBy, in: before) != nil || s.firstOccurrence(of: Lit.about, in: clauseStart..<measure.range.lowerBound) != nil
    }

    /// `医院年初职代会确定的“…”`, `集团公司年初工作会议提出的“…”`, `区委全会确定的“…”`: a
    /// meeting named with what it decided, right before the quote — when it is no event of
    /// the text (``recalledMeeting(deciding:_:)`` found none: it names no day) and not the
    /// report's own, the quote is recalled from it, not put forward here.
    func recalledFromAnEarlierMeeting(_ measure: MeasureMention, clauseStart: Int, _ c: DocumentContext) -> Bool {
        let s = c.s
        if plenumSaidAtOpening(measure, c) || namedMeetingSaidAtOpening(measure, c) { return true }
        let q = s[measure.range.lowerBound] == U.openQuote ? measure.range.lowerBound : measure.range.lowerBound - 1
        guard q > clauseStart, let verb = c.finder.recallVerbs.ending(in: s, at: q), verb.last == Lit.de else { return false }
        var nameEnd = q - verb.count
        // (动员大会上提出的“…”: at the meeting.)
        if nameEnd > clauseStart, s[nameEnd - 1] == Self.on { nameEnd -= 1 }
        guard let word = c.finder.meetingWords.ending(in: s, at: nameEnd) else { return false }
        var start = nameEnd - word.count
        while start > clauseStart, nameEnd - start < 24, U.isHan(s[start - 1]) { start -= 1 }
        // (Its owner or its time named before the kind: not the bare 会议, 全会, 本次会议.)
        let qualifier = Array(s[start..<nameEnd - word.count])
        guard qualifier.count >= 2, !Self.thisOnes.contains(where: { qualifier.count >= $0.count && Array(qualifier.suffix($0.count)) == $0 }) else { return false }
        guard let current = c.currentEvent[measure.sentence] else { return true }
        let written = U.string(s, start..<nameEnd)
        return !EventNames.mayNameOneEvent(EventNames.Prepared(written), EventNames.Prepared(events[current].label))
            && !ConveyResolver.contracts(U.s(written), U.s(events[current].label))
    }
    /// `全会提出，今后五年全县要坚持“…”`: a sentence opening with a plenum (全会 alone) and what
    /// it put forward or stressed, then a comma, in the report of a meeting that is no plenum,
    /// when the text tells no plenum on or before the report's day — the quote is recalled from
    /// a plenum outside the text, not put forward here. (With one told, ``meetingAsSubject``
    /// gives the measure to it.)
    func plenumSaidAtOpening(_ measure: MeasureMention, _ c: DocumentContext) -> Bool {
        let s = c.s
        let start = c.sentences[measure.sentence].range.lowerBound
        guard s.has(Self.plenum, at: start), let current = c.currentEvent[measure.sentence],
            says(at: start + 2, before: measure.range.lowerBound, c)
        else { return false }
        return !Self.isPlenum(events[current].label) && plenumSpokenOf(current: current) == nil
    }

    /// A setting or saying verb at `at` (提出, 强调 …), then a comma, before the quote at `quote`.
    func says(at: Int, before quote: Int, _ c: DocumentContext) -> Bool {
        let s = c.s
        guard let verb = words.settingVerbs.first(in: s, at: at, limit: at + 3) ?? c.finder.sayingVerbs.first(where: { s.has($0, at: at) }) else { return false }
        return at + verb.count < quote && U.isClauseEnd(s[at + verb.count])
    }
    static let thisOnes: [[UInt32]] = ["本次", "这次", "此次", "本届", "今天", "今天的", "今日", "当天", "当天的"].map(U.s)
    /// Words opening a sentence with what it follows or carries out, not its subject.
    static let notASubject: [[UInt32]] = EventFinder.followingOpeners + ["对照", "围绕", "贯彻", "落实", "结合", "为"].map(U.s)

    /// `省委经济工作会议提出，…“…”`: a sentence opening with a meeting named with its owner
    /// (four characters or more, not 会议 or 本次会议 alone) and what it put forward or said,
    /// then a comma — when the name is neither the report's meeting nor one the text tells,
    /// the quote is recalled from that meeting, not put forward here. (One the text tells
    /// gets the measure in ``meetingAsSubject``.)
    func namedMeetingSaidAtOpening(_ measure: MeasureMention, _ c: DocumentContext) -> Bool {
        let s = c.s
        let start = c.sentences[measure.sentence].range.lowerBound
        guard let current = c.currentEvent[measure.sentence] else { return false }
        var end = start
        while end < measure.range.lowerBound, end - start <= 24, U.isHan(s[end]) || Self.brackets.contains(s[end]) {
            if let word = c.finder.meetingWords.ending(in: s, at: end), end - start >= 4, word.count < end - start,
                says(at: end, before: measure.range.lowerBound, c)
            {
                let written = Array(s[start..<end])
                // (按照推进会部署，…: what follows a meeting's plan, no meeting as the subject.)
                guard !Self.thisOnes.contains(where: { written.has($0, at: 0) }),
                    !Self.notASubject.contains(where: { written.has($0, at: 0) })
                else { return false }
                let prepared = EventNames.Prepared(U.string(written, 0..<written.count))
                let named = { (k: Int) in
                    EventNames.mayNameOneEvent(prepared, EventNames.Prepared(self.events[k].label)) || ConveyResolver.contracts(written, U.s(self.events[k].label))
                }
                // Not the report's own meeting, nor one the text tells.
                guard !named(current) else { return false }
                var names: [[UInt32]]?
                let short = EventNames.normalizedScalars(U.string(written, 0..<written.count))
                return earlierEvent(named: short, names: &names, where: { $0 != current }) == nil && !events.indices.contains { $0 != current && named($0) }
            }
            end += 1
        }
        return false
    }

    /// Is the measure's sentence in the report of a meeting that decides and directs
    /// (lexicon `directing-meetings`) of a local level the lexicon knows (a ministry's, a
    /// province's and below: not the centre's, not a foreign cabinet's or summit's), in a
    /// sentence of its body, with a quote that is not part of the meeting's name?
    func isDirectingMeetingLine(_ measure: MeasureMention, _ c: DocumentContext) -> Bool {
        guard let index = c.currentEvent[measure.sentence], !c.sentences[measure.sentence].isHeadline else { return false }
        // A sentence of the body, not a title line (`全国政协召开双周协商座谈会 围绕“…”协商议政`):
        // it ends as sentences do.
        let sentence = c.sentences[measure.sentence].range
        var last = sentence.upperBound - 1
        if last > sentence.lowerBound, c.s[last] == U.closeQuote { last -= 1 }
        guard U.isSentenceEnd(c.s[last]) else { return false }
        let event = events[index]
        let name = U.s(event.label)
        guard name.word(of: words.directingMeetings, endingAt: name.count) != nil,
            name.firstOccurrence(of: U.s(measure.label), in: 0..<name.count) == nil,
            let level = GraphMerger.level(of: event, chairTitles: [], agentTitles: [], lexicon: lexicon), level != .central
        else { return false }
        return true
    }

    /// The event of a dated meeting told right before the quote with what it decided
    /// (`…4月12日街道经济工作会议确定的“…”`, `…会议部署的“…”`; EventFinder's recalled meetings).
    func recalledMeeting(deciding measure: MeasureMention, _ c: DocumentContext) -> Int? {
        let inSentence = c.mentionIndices(inSentence: measure.sentence)
        // (Or a few words on, what it launched: 今年1月，市委全会确定在全市实施“…”, 去年3月，镇党委
        // 在…全会上提出实施“…”, 县委在9月9日的推进会上提出，在全县开展“…”.)
        func launchedAfter(_ end: Int) -> Bool {
            let from = end < measure.range.lowerBound && c.s[end] == Lit.comma ? end + 1 : end
            return from <= measure.range.lowerBound && measure.range.lowerBound - from <= 6
                && (from..<measure.range.lowerBound).allSatisfy({ U.isHan(c.s[$0]) || c.s[$0] == U.openQuote })
        }
        for k in inSentence
        where c.mentions[k].rule == RuleName.eventRecalledMeeting.rawValue && c.eventOfMention[k] >= 0
            && c.mentions[k].range.upperBound <= measure.range.lowerBound && launchedAfter(c.mentions[k].range.upperBound)
        {
            return c.eventOfMention[k]
        }
        // (A sentence the text gives no event of its own — 据介绍，全省推进会提出，… — is read
        // after the last one before it in its article: what it names earlier still is.)
        let article = c.sentences[measure.sentence].article
        guard let current = c.currentEvent[measure.sentence]
            ?? (0..<measure.sentence).reversed().lazy.prefix(while: { c.sentences[$0].article == article }).compactMap({ c.currentEvent[$0] }).first
        else { return nil }
        let s = c.s
        // 践行全县作风建设大会提出的“三个不让”, 按照县委全会确定的“项目攻坚年”部署: an earlier
        // meeting of the text, named or named short (the same first and last two characters)
        // right before what it decided.
        var q = measure.range.lowerBound
        // (按照全省会议提出的“水资源、水环境、水生态”“三水统筹”要求: quotes back to back share
        // the verb before the first.)
        while q > 0, s[q - 1] == U.closeQuote, let open = (max(0, q - 30)..<(q - 1)).last(where: { s[$0] == U.openQuote }) { q = open }
        if let verb = c.finder.recallVerbs.ending(in: s, at: q), verb.last == Lit.de {
            var nameEnd = q - verb.count
            // (动员大会上提出的“…”: at the meeting.)
            if nameEnd > c.sentences[measure.sentence].range.lowerBound, s[nameEnd - 1] == Self.on { nameEnd -= 1 }
            var from = nameEnd
            // (省委常委会（扩大）会议提出的“…”: a note in brackets inside the name.)
            while from > c.sentences[measure.sentence].range.lowerBound, nameEnd - from < 24, U.isHan(s[from - 1]) || Self.brackets.contains(s[from - 1]) { from -= 1 }
            // (全会提出的“…”: 全会 alone, the text's last plenum before the report's event —
            // not in a plenum's own report, whose 全会 is itself.)
            if nameEnd - 2 >= from, s.has(Self.plenum, at: nameEnd - 2), nameEnd - 2 == from || !Self.namedPlenumEnds.contains(s[nameEnd - 3]) {
                guard let plenum = plenumSpokenOf(current: current) else { return nil }
                return plenum
            }
            // (镇长在推进会上提出的“…”, 市委在会上提出的“…”: the meeting named by its kind
            // alone, or 会 alone — the one told last before it.)
            if nameEnd < q - verb.count, let told = meetingSpokenOfShort(endingAt: nameEnd, measure: measure, current: current, c) { return told }
            // (常委会确定的“…”, 推进会提出的“…”: a kind alone as the clause's subject — the latest
            // earlier event of that kind.)
            if let kind = c.finder.meetingWords.ending(in: s, at: nameEnd), kind.count >= 3, nameEnd - kind.count == from,
                let told = latestEarlier(ofKind: kind, current: current)
            {
                return told
            }
            // (The level of the committee the words before the verb name last: 市 of
            // 各乡镇要对标市委农村工作会议, whichever start the name is read from.)
            let level = Self.committeeLevel(Array(s[from..<nameEnd]))
            for start in from..<max(from, nameEnd - 3) {
                let written = Array(s[start..<nameEnd])
                guard c.finder.meetingWords.ending(in: written, at: written.count) != nil else { continue }
                let prepared = EventNames.Prepared(U.string(written, 0..<written.count))
                // (Not a meeting of another level: 市委农村工作会议提出的“…” is not the text's
                // 县委农村工作会议, however alike the rest.)
                if let other = events.indices.last(where: { k in
                    let name = U.s(events[k].label)
                    return k != current && events[k].date <= events[current].date
                        && (level == nil || Self.committeeLevel(name).map { $0 == level } ?? true)
                        && (EventNames.mayNameOneEvent(prepared, EventNames.Prepared(events[k].label)) || ConveyResolver.contracts(written, name))
                }) {
                    return other
                }
            }
            // (对照区委部署的“…”, 认真落实省国资委部署的“…”: the body that held it named for the
            // meeting — the one earlier event of the text that body held.)
            if nameEnd == q - verb.count, let held = heldBy(Array(s[from..<nameEnd]), current: current) { return held }
        }
        if let named = meetingAsSubject(of: measure, current: current, c) { return named }
        // 全市推进会对…作出了部署，市委在会上提出实施“…”: 在会上 in the clause of the verb
        // putting the quote forward, after a meeting told earlier in the sentence.
        if let told = meetingSpokenOfAtVerb(measure, current: current, c) ?? meetingOfKindSaidAtOpening(measure, current: current, c) { return told }
        // 去年10月召开的区委十届七次全会提出打造“红色物业”, …全会上，县委就提出实施“…”: an
        // earlier meeting of the text, named in the sentence, followed by a setting verb
        // and the quote (a comma only after its 上) puts it forward.
        for k in inSentence.reversed()
        where c.eventOfMention[k] >= 0 && c.eventOfMention[k] != current && c.mentions[k].range.upperBound < measure.range.lowerBound
        {
            let mention = c.mentions[k]
            var from = mention.range.upperBound
            if s[from] == Self.on { from += 1; if from < s.count, s[from] == Lit.comma { from += 1 } }
            let gap = from..<measure.range.lowerBound
            // What a dated meeting decided, the rest of the sentence (经5月16日局党组会议研究，
            // 决定自即日起…，在全系统开展“三查三改”专项行动), whatever the report's own day.
            if mention.rule == RuleName.eventRecalledMeeting.rawValue,
                s.word(of: GraphMerger.decisionVerbs, endingAt: mention.range.upperBound) != nil,
                gap.count <= 60, !gap.contains(where: { U.isSentenceEnd(s[$0]) }),
                GraphMerger.launchedShortlyBefore(s, quote: measure.range.lowerBound - (s[measure.range.lowerBound] == U.openQuote ? 0 : 1))
            {
                return c.eventOfMention[k]
            }
            // 去年12月28日召开的县委全会，明确了“…”思路，…，并确定今年为全县“…”: a dated
            // meeting recalled as the sentence's subject, its verbs in the clauses after it,
            // each quote with a setting verb of its own clause.
            var subjectClause = mention.range.lowerBound
            while subjectClause > c.sentences[measure.sentence].range.lowerBound, !U.isClauseEnd(s[subjectClause - 1]) { subjectClause -= 1 }
            if mention.range.lowerBound - subjectClause <= 12, from < measure.range.lowerBound, s[from] == Lit.comma,
                words.settingVerbs.first(in: s, at: from + 1, limit: min(from + 4, measure.range.lowerBound)) != nil,
                gap.count <= 80, !gap.contains(where: { U.isSentenceEnd(s[$0]) }),
                events[c.eventOfMention[k]].date < events[current].date, !c.isConveyed(mention.range.lowerBound)
            {
                var clauseStart = measure.range.lowerBound
                while clauseStart > from, !U.isClauseEnd(s[clauseStart - 1]) { clauseStart -= 1 }
                if (clauseStart..<measure.range.lowerBound).contains(where: { words.settingVerbs.first(in: s, at: $0, limit: measure.range.lowerBound) != nil }) {
                    return c.eventOfMention[k]
                }
            }
            guard events[c.eventOfMention[k]].date < events[current].date else { continue }
            // (A meeting conveyed — 传达学习省委…全会精神，确定在全校实施“…” — is the object of
            // the report's verb, not the subject of the clause after it: the report's own
            // meeting decides.)
            if c.isConveyed(mention.range.lowerBound) || s.has(Lit.spirit, at: mention.range.upperBound) { return nil }
            // (Or a clause going on with the meeting as its subject, opening with a setting
            // verb: 5月6日，县委常委会会议研究制定了“三查三清”实施方案，提出“…”的责任体系.)
            let lastComma = gap.last(where: { U.isClauseEnd(s[$0]) })
            let goesOn = lastComma.map { comma in
                gap.count <= 40 && !gap.contains(where: { U.isSentenceEnd(s[$0]) })
                    && words.settingVerbs.first(in: s, at: comma + 1, limit: gap.upperBound) != nil
            } ?? false
            // (Or someone's words at it, 在2月26日召开的全县农村工作会议上，县委书记封子健提出打造…
            // 的“…”: a setting verb a few words into the one clause after its 上.)
            let spokenAt = s[mention.range.upperBound] == Self.on && from == mention.range.upperBound + 2 && lastComma == nil
                && gap.count <= 40 && !gap.contains(where: { U.isSentenceEnd(s[$0]) })
                && (from..<min(from + 10, gap.upperBound)).contains(where: { words.settingVerbs.first(in: s, at: $0, limit: gap.upperBound) != nil })
            guard gap.count <= 14 && lastComma == nil || goesOn || spokenAt else { return nil }
            // (A meeting recalled with what it decided, 今年1月，市委…全会确定在全市实施“…”,
            // has its verb in its mention; so has one told by what it did, 县委常委会会议研究
            // 制定了“…”.)
            let verbs = (mention.rule == RuleName.eventMeetingDeliberates.rawValue ? max(mention.range.lowerBound, mention.range.upperBound - 4) : from)..<gap.upperBound
            guard mention.rule == RuleName.eventRecalledMeeting.rawValue || verbs.contains(where: { words.settingVerbs.first(in: s, at: $0, limit: verbs.upperBound) != nil })
            else { return nil }
            return c.eventOfMention[k]
        }
        return nil
    }


    /// The one event before `current` (by day) whose organizer ends `written` (`区委` of
    /// `对照区委`), when no other event of the text has that organizer.
    func heldBy(_ written: [UInt32], current: Int) -> Int? {
        let held = events.indices.filter { k in
            guard let organizer = events[k].organizer, organizer.unicodeScalars.count >= 2 else { return false }
            return written.suffix(organizer.unicodeScalars.count).elementsEqual(organizer.unicodeScalars.map(\.value))
        }
        guard held.count == 1, let event = held.first, event != current, events[event].date < events[current].date else { return nil }
        return event
    }

    /// `县委全会提出打造“…”`, `那次会议明确，下半年推行“…”`, `市委全会系统总结了…，提出了“…”`,
    /// `在那次座谈会上部署开展“…”`: an earlier meeting of the text as the subject of the
    /// setting verb before the quote (in the verb's clause, or opening the clause before
    /// when the verb's own opens with it) puts the measure forward — named as it was
    /// (its contraction: 县委全会 of 县委十四届八次全体会议; 全会 alone, the text's last
    /// plenum) or pointed back to (那次会议: the meeting told last before the sentence).
    func meetingAsSubject(of measure: MeasureMention, current: Int, _ c: DocumentContext) -> Int? {
        let s = c.s
        let sentence = c.sentences[measure.sentence]
        let q = measure.range.lowerBound
        let earlier = { (k: Int) in k != current && self.events[k].date <= self.events[current].date }
        // 该会议确定，… opening the sentence: the meeting told last before it, when that is
        // an earlier one than the report's (not the report's own meeting, which 该会议 after
        // it names as well).
        if Self.thatMeeting.contains(where: { s.has($0, at: sentence.range.lowerBound) }),
            let told = c.mentions.indices.last(where: { k in c.mentions[k].sentence < measure.sentence && c.eventOfMention[k] >= 0 }),
            c.sentences[c.mentions[told].sentence].article == sentence.article
        {
            let event = c.eventOfMention[told]
            return event != current && events[event].date < events[current].date ? event : nil
        }
        // 那次会议, 在那次座谈会上 before the quote in its sentence, whatever the verb (在那次会议
        // 上强调，…开展“…”): the meeting told last before this sentence.
        // (Or the sentence before, ended by ；, when this one goes on without a subject of its
        // own: 那次会议提出实施“…”工程…；同时决定推行“…”制度.)
        let goesOn = measure.sentence > 0 && Self.goingOn.contains(where: { s.has($0, at: sentence.range.lowerBound) })
            && c.sentences[measure.sentence - 1].article == sentence.article && !c.sentences[measure.sentence - 1].range.isEmpty
            && s[c.sentences[measure.sentence - 1].range.upperBound - 1] == Self.semicolon
        let pointing = goesOn ? c.sentences[measure.sentence - 1].range : sentence.range.lowerBound..<q
        if Self.pointedBack.contains(where: { s.firstOccurrence(of: $0, in: pointing) != nil }) {
            let told = c.mentions.indices.last { k in
                c.mentions[k].sentence < measure.sentence && c.sentences[c.mentions[k].sentence].article == sentence.article
                    && c.eventOfMention[k] >= 0 && self.events[c.eventOfMention[k]].date < self.events[current].date
            }
            return told.map { c.eventOfMention[$0] }
        }
        // The last setting verb before the quote, at most 40 characters before it.
        guard let verb = (max(sentence.range.lowerBound, q - 40)..<q).last(where: { k in
            guard let word = words.settingVerbs.first(in: s, at: k, limit: q) else { return false }
            return !(k + word.count < s.count && s[k + word.count] == Lit.de)
        }) else { return nil }
        var clauseStart = verb
        while clauseStart > sentence.range.lowerBound, !U.isClauseEnd(s[clauseStart - 1]) { clauseStart -= 1 }
        var spans = [clauseStart..<verb]
        // (A verb opening its clause, 提出了“…” / 明确提出…: the subject opens the clause before.)
        if verb - clauseStart <= 2, clauseStart > sentence.range.lowerBound {
            var before = clauseStart - 1
            while before > sentence.range.lowerBound, !U.isClauseEnd(s[before - 1]) { before -= 1 }
            spans.append(before..<clauseStart - 1)
        }
        // (The events' normalized names, once a call: not once a candidate start.)
        var names: [[UInt32]]?
        for span in spans where span.count >= 2 {
            // (会议讨论了拟提交全会审议的报告，研究提出“…”: a clause opening the sentence with
            // 会议 has the report's own meeting as its subject; a meeting named further on is
            // its object.)
            if span.lowerBound == sentence.range.lowerBound, s.has(MeasureFinder.meetingSubject, at: span.lowerBound) { return nil }
            // A meeting named: a word of meetings ending where the name does (在推进会上:
            // before its 上).
            for end in stride(from: span.upperBound, to: span.lowerBound + 1, by: -1) {
                guard let word = c.finder.meetingWords.ending(in: s, at: end) else { continue }
                // (Not a meeting conveyed, the object of 传达学习…精神 or 贯彻…会议部署: the
                // report's own meeting speaks after it.)
                if s.has(Lit.spirit, at: end) || c.isConveyed(end - 1) { break }
                for start in max(span.lowerBound, end - 20)...(end - word.count) {
                    let written = Array(s[start..<end])
                    let short = EventNames.normalizedScalars(U.string(written, 0..<written.count))
                    // (全会 alone: the text's last plenum before the report's event — unless
                    // that event is a plenum's or its plenary's, whose report 全会 speaks of.)
                    if short == Self.plenum { return plenumSpokenOf(current: current) }
                    guard short.count >= 4 else { continue }
                    if let other = earlierEvent(named: short, names: &names, where: earlier) { return other }
                }
                break
            }
        }
        return nil
    }
    /// `在推进会上`, `在会上` ending at `end` (before its 上): the meeting named by its kind
    /// alone (推进会, 座谈会: the latest of the text's earlier events whose name ends so) or
    /// by 会 alone (the last earlier meeting told in the sentence before it).
    func meetingSpokenOfShort(endingAt end: Int, measure: MeasureMention, current: Int, _ c: DocumentContext) -> Int? {
        let s = c.s
        let sentence = c.sentences[measure.sentence]
        guard end - 2 >= sentence.range.lowerBound, s[end - 1] == Self.gathering else { return nil }
        if s[end - 2] == Self.at {
            if let k = c.mentionIndices(inSentence: measure.sentence).last(where: { k in
                c.mentions[k].range.upperBound <= end - 2 && c.eventOfMention[k] >= 0 && c.eventOfMention[k] != current
                    && events[c.eventOfMention[k]].date < events[current].date && !c.isConveyed(c.mentions[k].range.lowerBound)
            }) {
                return c.eventOfMention[k]
            }
            // (Named in the sentence as the subject of what it did, not as an event's
            // mention: 全市推进会对…作出了部署，市委在会上….)
            return namedBefore(end - 2, in: sentence.range.lowerBound, current: current, c)
        }
        guard end - 4 >= sentence.range.lowerBound, s[end - 4] == Self.at, let kind = c.finder.meetingWords.ending(in: s, at: end), kind.count == 3 else { return nil }
        // (调度会 of …视频调度会议 too.)
        let written = U.string(kind, 0..<kind.count)
        let candidates = events.indices.filter { k in
            k != current && events[k].date <= events[current].date && Self.named(events[k].label, ofKind: written)
        }
        return candidates.max { events[$0].date < events[$1].date }
    }

    /// The latest event before `current` (by day) whose name ends with the meeting word
    /// `kind`, also before its 会议 (`常委会` of `县委常委会会议`).
    func latestEarlier(ofKind kind: [UInt32], current: Int) -> Int? {
        let candidates = events.indices.filter { k in
            guard k != current, events[k].date < events[current].date else { return false }
            let label = U.s(events[k].label)
            return label.suffix(kind.count).elementsEqual(kind) || label.count > kind.count + 2 && label.suffix(2).elementsEqual(Lit.meeting)
                && label.dropLast(2).suffix(kind.count).elementsEqual(kind)
        }
        return candidates.max { events[$0].date < events[$1].date }
    }

    /// `…，市委在会上提出实施“…”`: 在会上 between the clause's start and the setting verb right
    /// before the quote (``meetingSpokenOfShort(endingAt:measure:current:_:)``).
    func meetingSpokenOfAtVerb(_ measure: MeasureMention, current: Int, _ c: DocumentContext) -> Int? {
        let s = c.s
        let sentence = c.sentences[measure.sentence]
        let q = measure.range.lowerBound
        var clauseStart = q
        while clauseStart > sentence.range.lowerBound, !U.isClauseEnd(s[clauseStart - 1]) { clauseStart -= 1 }
        guard let on = s.firstOccurrence(of: Self.atTheMeeting, in: clauseStart..<q) else { return nil }
        let after = on + Self.atTheMeeting.count
        guard after < q, words.settingVerbs.first(in: s, at: after, limit: q) != nil else { return nil }
        if let told = meetingSpokenOfShort(endingAt: on + 2, measure: measure, current: current, c) { return told }
        return conveyedJustBefore(subject: clauseStart..<on, measure: measure, current: current, c)
    }

    /// `会议首先传达了11月2日全省高校学生工作会议精神。谷燕指出，省委教育工委在会上部署开展“…”`:
    /// 在会上 after a subject of its own clause (not the sentence's opening) whom the article
    /// has not named before — a body or a person of the meeting told, not the report's own
    /// speakers — is the one earlier meeting the sentence before conveys.
    ///
    /// A subject opening the sentence, new to the article too, after a sentence opening with
    /// an earlier meeting as its subject (`6月7日召开的市委常委会会议听取了…。市委书记高振华在会上
    /// 强调，…“…”`): that meeting — not after a sentence only conveying one (its 会上 is the
    /// report's own meeting, whose speakers the text may not have named).
    func conveyedJustBefore(subject: Range<Int>, measure: MeasureMention, current: Int, _ c: DocumentContext) -> Int? {
        let s = c.s
        let index = measure.sentence
        let sentence = c.sentences[index]
        guard subject.count >= 2, subject.allSatisfy({ U.isHan(s[$0]) || s[$0] == U.listSeparator }),
            index > 0, c.sentences[index - 1].article == sentence.article, !c.sentences[index - 1].isHeadline
        else { return nil }
        let opening = subject.lowerBound == sentence.range.lowerBound
        let before = c.sentences[index - 1].range
        let named = s.firstOccurrence(of: Array(s[subject]), in: c.articleStart(ofSentence: index)..<sentence.range.lowerBound)
        let told = Set(c.mentionIndices(inSentence: index - 1).filter { k in
            c.eventOfMention[k] >= 0 && c.isConveyed(c.mentions[k].range.lowerBound)
        }.map { c.eventOfMention[$0] })
        guard named == nil else { return nil }
        if told.count == 1, let event = told.first, event != current, events[event].date <= events[current].date { return opening ? nil : event }
        guard opening else { return nil }
        let opener = c.mentionIndices(inSentence: index - 1).first { k in
            c.eventOfMention[k] >= 0 && c.mentions[k].range.lowerBound - before.lowerBound <= 12
                && !(before.lowerBound..<c.mentions[k].range.lowerBound).contains(where: { U.isClauseEnd(s[$0]) })
        }
        guard let k = opener, c.eventOfMention[k] != current, events[c.eventOfMention[k]].date < events[current].date else { return nil }
        return c.eventOfMention[k]
    }
    /// `副省长钟海平在调度会上要求，各地…要做到“…”`: a clause telling what someone put
    /// forward or said at a meeting named by its kind alone (调度会, 推进会: three
    /// characters), then a comma, before the quote — in the report of a meeting of
    /// another kind, the latest earlier event of that kind (one the report conveyed, told
    /// before) is where it was said.
    func meetingOfKindSaidAtOpening(_ measure: MeasureMention, current: Int, _ c: DocumentContext) -> Int? {
        let s = c.s
        let sentence = c.sentences[measure.sentence].range
        let q = measure.range.lowerBound
        var k = sentence.lowerBound
        while k + 5 < q {
            // 在 + a kind of three characters + 上, then what was said and a comma.
            if s[k] == Self.at, s[k + 4] == Self.on, let kind = c.finder.meetingWords.ending(in: s, at: k + 4), kind.count == 3,
                says(at: k + 5, before: q, c)
            {
                // (Not in the report of a meeting of that kind: 调度会 of its own …调度会议 too.)
                guard !Self.named(events[current].label, ofKind: U.string(kind, 0..<kind.count)) else { return nil }
                return meetingSpokenOfShort(endingAt: k + 4, measure: measure, current: current, c)
            }
            // 会议传达了3月18日省委常委会会议精神。省委书记孔德润在该会上强调，…“…”: 在该会上
            // (在该会议上) points back to the one earlier meeting the sentence before told.
            if s[k] == Self.at, let that = Self.thatMeetingOn.first(where: { s.has($0, at: k + 1) }), says(at: k + 1 + that.count, before: q, c) {
                let index = measure.sentence
                guard index > 0, c.sentences[index - 1].article == c.sentences[index].article else { return nil }
                let told = Set(c.mentionIndices(inSentence: index - 1).map { c.eventOfMention[$0] }.filter { $0 >= 0 && $0 != current })
                guard told.count == 1, let event = told.first, events[event].date <= events[current].date else { return nil }
                return event
            }
            // 他说，省国资委党委书记、主任闵家骏在会上要求，…“…”: 在会上 alone after a subject
            // of its own clause, in a sentence after one conveying a meeting.
            if s[k] == Self.at, s[k + 1] == Self.gathering, s[k + 2] == Self.on, says(at: k + 3, before: q, c) {
                var clauseStart = k
                while clauseStart > sentence.lowerBound, !U.isClauseEnd(s[clauseStart - 1]) { clauseStart -= 1 }
                return conveyedJustBefore(subject: clauseStart..<k, measure: measure, current: current, c)
            }
            k += 1
        }
        return nil
    }

    /// The last meeting named between `start` and `end` that is an earlier event of the
    /// text (by its name normalized, or contracted), not one conveyed.
    func namedBefore(_ end: Int, in start: Int, current: Int, _ c: DocumentContext) -> Int? {
        let s = c.s
        var names: [[UInt32]]?
        for stop in stride(from: end, to: start + 1, by: -1) {
            guard let word = c.finder.meetingWords.ending(in: s, at: stop), !s.has(Lit.spirit, at: stop), !c.isConveyed(stop - 1),
                stop - word.count >= max(start, stop - 20)
            else { continue }
            for from in max(start, stop - 20)...(stop - word.count) {
                let written = Array(s[from..<stop])
                let short = EventNames.normalizedScalars(U.string(written, 0..<written.count))
                guard short.count >= 4 else { continue }
                if let other = earlierEvent(named: short, names: &names, where: { k in k != current && self.events[k].date < self.events[current].date }) {
                    return other
                }
            }
            return nil
        }
        return nil
    }
    static let gathering: UInt32 = 0x4F1A /* 会 */, at: UInt32 = 0x5728 /* 在 */
    /// 该会上, 该会议上, 该次会议上: the meeting just told (after 在).
    static let thatMeetingOn: [[UInt32]] = ["该会议上", "该次会议上", "该会上"].map(U.s)
    static let atTheMeeting = U.s("在会上")

    /// The last event `allowed` admits whose normalized name is `short`, or that `short`
    /// contracts (县委全会 of 县委十四届八次全体会议, 县推进会 of 全县…推进会). `names`: the events'
    /// normalized names, computed on first use and kept by the caller.
    func earlierEvent(named short: [UInt32], names: inout [[UInt32]]?, where allowed: (Int) -> Bool) -> Int? {
        let known = names ?? events.map { EventNames.normalizedScalars($0.label) }
        names = known
        return events.indices.last { k in
            allowed(k) && (known[k] == short || ConveyResolver.contracts(short, known[k]) || Self.contractsTheWhole(short, known[k]))
        }
    }

    /// `县推进会` of `全县乡村振兴工作推进会`, `省推进会` of `全省…现场推进会`: a meeting of a
    /// whole province, city or county named short by its level's character and its kind.
    static func contractsTheWhole(_ short: [UInt32], _ name: [UInt32]) -> Bool {
        guard let first = short.first, levelCharacters.contains(first), name.first == whole else { return false }
        return ConveyResolver.contracts([whole] + short, name)
    }
    static let levelCharacters = U.set("省市县区镇乡"), whole: UInt32 = 0x5168 /* 全 */
    /// The level of the committee a meeting's name holds (`市` of `对标市委农村工作会议`,
    /// `县` of `县委常委会会议`, `市` of `县委书记在市委会议`, `镇` of `镇党委全会`): the level
    /// character right before the last 委 that follows one (or follows it and 党); nil when
    /// it names none.
    static func committeeLevel(_ name: [UInt32]) -> UInt32? {
        guard let k = name.indices.dropFirst().last(where: { k in
            name[k] == committee && (levelCharacters.contains(name[k - 1]) || k >= 2 && name[k - 1] == party && levelCharacters.contains(name[k - 2]))
        }) else { return nil }
        return levelCharacters.contains(name[k - 1]) ? name[k - 1] : name[k - 2]
    }
    static let party: UInt32 = 0x515A /* 党 */
    static let committee: UInt32 = 0x59D4 /* 委 */
    static let thatMeeting: [[UInt32]] = ["该会议", "该次会议"].map(U.s)
    /// What opens a sentence going on with the one before it (ended by ；) without a subject.
    static let goingOn: [[UInt32]] = ["同时", "并", "还", "又"].map(U.s)
    static let semicolon: UInt32 = 0xFF1B /* ； */
    static let pointedBack: [[UInt32]] = ["那次会议", "那次座谈会", "那次全会", "那次大会", "那次推进会", "在那次", "上次会议"].map(U.s)
    static let plenum = U.s("全会")
    /// The plenum `全会` alone speaks of in the report of event `current`: the latest plenum
    /// the text told on or before its day (by day: events are in the order the text told
    /// them) — none in a plenum's own report, whose 全会 is itself.
    func plenumSpokenOf(current: Int) -> Int? {
        let own = EventNames.normalizedScalars(events[current].label)
        guard own.firstOccurrence(of: Self.plenum, in: 0..<own.count) == nil else { return nil }
        return events.indices.filter { k in k != current && events[k].date <= events[current].date && Self.isPlenum(events[k].label) }
            .max { events[$0].date < events[$1].date }
    }

    /// Is a meeting a committee's plenum (区委十届八次全会, 中共…第十届委员会第九次全体会议)?
    static func isPlenum(_ label: String) -> Bool {
        Array(EventNames.normalizedScalars(label).suffix(2)) == plenum || label.hasSuffix("全体会议") && label.contains("委员会")
    }
    /// Brackets a meeting's name may hold (党委（扩大）会议).
    static let brackets = U.set("（）()")
    /// What ends a plenum's name right before 全会 (四中全会, 县委全会, 七次全会): with any
    /// other character before it (围绕全会提出的…, 按照全会确定的…) 全会 stands alone.
    static let namedPlenumEnds = U.set("中委次届")

    mutating func addMeasures(_ c: DocumentContext) {
        let measures = MeasureFinder(document: c.document, lexicon: lexicon).find(in: c.sentences)
        let formulaHints = lexicon.words("political-formula-hints")
        // A notice's body says what it says on the day it is signed: the gathering it
        // announces (学习由…主持) is held later, and what the notice puts forward is the
        // notice's (by date, the earliest event whose report states it).
        let signedNotice = c.mentions.indices.first { k in
            c.eventOfMention[k] >= 0 && c.mentions[k].rule == RuleName.eventNoticeTitleSignatureDate.rawValue && !c.mentions[k].referred
        }.map { c.eventOfMention[$0] }
        let announced = Set(c.mentions.indices.filter { k in
            c.eventOfMention[k] >= 0 && c.mentions[k].rule == RuleName.eventNoticeAnnouncesGathering.rawValue
                && signedNotice.map { events[c.eventOfMention[k]].date > events[$0].date } ?? false
        }.map { c.eventOfMention[$0] })
        var categories: [String: String] = [:]
        let kept = measures.filter { measure in
            // A quote that only its shape speaks for (“一江碧水向东流”, 重复, 列举) is a measure
            // in a meeting's report; in a story no event's report holds, it is as often a
            // scene, a theme or a motto (read in a year of news: 15 of 33 right).
            guard measure.framed || c.currentEvent[measure.sentence] != nil else { return false }
            // A quote with a single cue (要胸怀“国之大者”, 要“乘势而上立潮头”) is a measure in
            // the report of a local meeting that directs — a province's, a city's, a
            // county's, a school's, whose report sets out the line for its own cadres — and
            // not elsewhere. As kept: 7 of 8 right on the read development reports, 1 of 1 on
            // the unread third, none in five years of news; with central meetings and any
            // single cue, 94 of 176 right in the news (metaphors, problems, sayings;
            // Benchmarks/audits/news-directing-meetings-weak-measures.md).
            return measure.points >= 2 || isDirectingMeetingLine(measure, c)
        }
        // (A weak quote states a measure only when a statement of its own makes it one.)
        let made = Set(kept.lazy.filter { !$0.elsewhere }.map(\.label))
        for measure in kept where !measure.elsewhere || made.contains(measure.label) {
            let id = NodeID("m-" + measure.label)
            let category = categories[measure.label] ?? {
                let scalars = U.s(measure.label)
                let formula = formulaHints.contains { scalars.firstOccurrence(of: $0, in: 0..<scalars.count) != nil }
                return formula ? "political_formula" : "operational"
            }()
            categories[measure.label] = category
            graph.upsert(Node(id: id, label: measure.label, type: .measure, components: measure.components, category: category,
                              properties: ["rule": .string(measure.rule)], evidence: [c.evidence(measure.sentence)]))
            if let recalled = recalledMeeting(deciding: measure, c) {
                // 4月12日街道经济工作会议确定的“一企一专员”: stated as that meeting's decision.
                measureEvents[id, default: []].append((recalled, 0, c.evidence(measure.sentence), false))
            } else if var event = c.currentEvent[measure.sentence], !c.sentences[measure.sentence].isHeadline {
                if announced.contains(event), let signedNotice { event = signedNotice }
                measureEvents[id, default: []].append((event, 0, c.evidence(measure.sentence), quotesEarlierSpeech(measure, c)))
            }
        }
    }
}
