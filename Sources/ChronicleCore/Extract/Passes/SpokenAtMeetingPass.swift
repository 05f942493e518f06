/// What was said at another meeting of the text: `省委书记贺广川在全会上讲话，…并提出…`,
/// `省长宗白桦在3月18日省政府常务会议上要求，…`, `区委在7月12日召开的动员大会上明确，…` in
/// the report of a meeting that conveys them. The sentence tells what that earlier
/// meeting heard: its quotes are that meeting's, not the report's.
extension GraphBuilder {
    static let meetingAlone = U.s("会")
    static let atMeeting = U.s("会上")
    static let meetingWord = U.s("会议")
    /// What opens a clause whose meeting is no subject (要按照县委常委会部署, 对照…, 在…).
    static let notSubjects: [[UInt32]] = ["要", "按照", "根据", "依照", "遵照", "对照", "落实", "贯彻", "结合", "围绕", "在", "把", "将", "以"].map(U.s)
    /// What a meeting as a sentence's subject did (集团会议总结了…, 市委全会提出…).
    static let toldVerbs: [[UInt32]] = ["总结", "提出", "强调", "要求", "指出", "部署", "明确", "确定"].map(U.s)
    /// What a meeting that opens a sentence did, for `在会上` in the next (周一的全县推进会通报了…).
    static let openingVerbs: [[UInt32]] = toldVerbs + ["通报", "听取", "审议", "传达"].map(U.s)
    /// Words that point back at a meeting told before (那次会议, 该次会议).
    static let pointingBack: [[UInt32]] = ["那次会议", "该次会议", "那次会", "该会议"].map(U.s)

    /// The earlier event of the text a sentence's subject speaks at, or nil.
    ///
    /// - The subject opens the sentence (or the clause after an opener that tells what the
    ///   meeting said: 会议指出，…), then `在` + a meeting + `上` + a verb. A meeting named
    ///   (its day and 召开的 set aside) is the event of the text it names, other than the
    ///   report's own and not after it; `全会` alone is the text's last plenum.
    /// - A kind alone (`省国资委党委在学习会上…`) is the meeting of that kind told in the sentence
    ///   or the one before, unless the report's own is of that kind; a clause opening on
    ///   `在…上，` (`在第六届…论坛开幕式上，丁薛祥表示…`) names its meeting for the speaker after it.
    /// - A meeting named short as the subject itself, then what it did (`集团会议总结了…`,
    ///   `市委全会提出…`; not `会议…`, the report's own, nor a clause that follows a meeting:
    ///   `要按照县委常委会部署`) is the event of the text it names, as a meeting named is.
    /// - `在会上` (or an opening `会上，`) names none: it is the meeting the sentence before
    ///   told of (会议传达了全省…工作会议精神。省卫生健康委主任樊景和在会上提出…) only when the
    ///   speaker is someone the article has not named before — the report's own chair and
    ///   speakers are named at its opening and speak at its meeting.
    /// Candidates are the events the document tells, the last told first.
    func meetingSpokenAt(_ index: Int, current: Int, _ c: DocumentContext) -> Int? {
        let s = c.s
        let sentence = c.sentences[index]
        let r = sentence.range
        guard r.count > 8 else { return nil }
        // The subject's clause: the sentence's, or the one after 会议指出，.
        if let found = meetingSpokenAt(index, from: r.lowerBound, current: current, c) { return found }
        // (The meeting's words only: in 楼阳生指出，习近平总书记在…会议上… the speaker is at the
        // report's own meeting — and 贾志鸿指出，在…会议上，… would make him a speaker there: the
        // whole sentence goes with the meeting it is given to.)
        guard s.has(Self.meetingWord, at: r.lowerBound),
            let comma = (r.lowerBound + 3..<min(r.upperBound, r.lowerBound + 17)).first(where: { U.isClauseEnd(s[$0]) }),
            c.finder.saidBefore(comma + 1, sentenceStart: r.lowerBound)
        else { return nil }
        return meetingSpokenAt(index, from: comma + 1, current: current, c)
    }

    /// Is `label` a meeting of the kind `kind` names (推进会 of 全镇…推进会; 调度会 of
    /// …视频调度会议, the kind with 议)?
    static func named(_ label: String, ofKind kind: String) -> Bool {
        label.hasSuffix(kind) || label.hasSuffix(kind + "议")
    }

    /// The meeting a sentence opens on as its subject, named (four characters or more,
    /// ending in a meeting word) right before what it did: `周一的全县推进会传达学习了…` →
    /// `全县推进会` (a day before `的` set aside, as a reference's is), or nil.
    func meetingOpening(_ index: Int, _ c: DocumentContext) -> [UInt32]? {
        let s = c.s
        let r = c.sentences[index].range
        guard !s.has(Self.meetingWord, at: r.lowerBound),
            !Self.notSubjects.contains(where: { s.has($0, at: r.lowerBound) }),
            let end = (r.lowerBound + 4..<min(r.upperBound, r.lowerBound + 16)).first(where: { k in
                c.finder.meetingWords.ending(in: s, at: k) != nil
                    && (Self.openingVerbs.contains { s.has($0, at: k) } || c.finder.conveyVerbs.first(in: s, at: k, limit: r.upperBound) != nil)
            }),
            (r.lowerBound..<end).allSatisfy({ U.isHan(s[$0]) })
        else { return nil }
        var words = Array(s[r.lowerBound..<end])
        if let de = words.prefix(5).firstIndex(of: Lit.de), words.count - de - 1 >= 4 { words.removeFirst(de + 1) }
        let name = U.s(EventReference.name(words))
        guard name.count >= 4, name != Self.plenum, !c.finder.meetingWords.contains(name) else { return nil }
        return name
    }

    /// The events of the document's mentions, the last told first, walked lazily (a named
    /// meeting may be told in another article of a compilation; a call stops at the first
    /// that qualifies — measured on a 4.3 MB compilation of 1,056 reports, the pass costs
    /// nothing that shows).
    private func eventsLastToldFirst(_ c: DocumentContext) -> LazyFilterSequence<LazyMapSequence<ReversedCollection<Range<Int>>, Int>> {
        c.mentions.indices.reversed().lazy.map { c.eventOfMention[$0] }.filter { $0 >= 0 }
    }

    private func meetingSpokenAt(_ index: Int, from: Int, current: Int, _ c: DocumentContext) -> Int? {
        let s = c.s
        let sentence = c.sentences[index]
        let r = sentence.range
        var subjectEnd = from
        var meeting: Range<Int>?
        if s.has(Self.atMeeting, at: from), from + 2 < r.upperBound, s[from + 2] == Lit.comma {
            // 会上，省卫生计生委主任吴承泽部署…
            subjectEnd = from + 3
        } else if from + 4 < r.upperBound, let end = (from + 4..<min(r.upperBound, from + 13)).first(where: { k in
            c.finder.meetingWords.ending(in: s, at: k) != nil && Self.toldVerbs.contains { s.has($0, at: k) } }),
            (from..<end).allSatisfy({ U.isHan(s[$0]) }), !s.has(Self.meetingWord, at: from),
            // (Not a meeting followed: 要按照县委常委会部署，… — the report's own line.)
            !Self.notSubjects.contains(where: { s.has($0, at: from) })
        {
            // 集团会议总结了…，丁冠华在讲话中提出…: an earlier meeting, named short, is the
            // sentence's subject (not 会议指出 — the report's own — nor 全会 alone).
            meeting = from..<end
            subjectEnd = from
        } else {
            // A subject, then 在…上 and a verb; or the clause opening on 在…上 and a comma
            // (在2月26日召开的全县农村工作会议上，县委书记…提出…).
            let opener = from < r.upperBound && s[from] == Lit.zai
            guard from + 2 < r.upperBound,
                let z = opener ? from : (from + 2..<min(r.upperBound, from + 26)).first(where: { s[$0] == Lit.zai || U.isClauseEnd(s[$0]) }), s[z] == Lit.zai,
                (from..<z).allSatisfy({ U.isHan(s[$0]) || s[$0] == U.listSeparator }),
                z + 2 < r.upperBound, let u = (z + 2..<min(r.upperBound, z + 42)).first(where: { s[$0] == Self.on || U.isClauseEnd(s[$0]) }), s[u] == Self.on,
                u + 1 < r.upperBound,
                opener ? s[u + 1] == Lit.comma
                    : U.isHan(s[u + 1]) && s[u + 1] != Lit.de
                        // (Not a speech named: 习近平总书记在…会议上发表的重要讲话.)
                        && (u + 2..<min(r.upperBound, u + 5)).first(where: { s[$0] == Lit.de || U.isClauseEnd(s[$0]) }).map({ s[$0] != Lit.de }) ?? true
            else { return nil }
            subjectEnd = opener ? u + 2 : z
            meeting = z + 1..<u
        }
        let currentDate = events[current].date
        func earlier(_ k: Int) -> Bool { k != current && events[k].date <= currentDate }
        // The meeting written: its name, a kind alone (推进会, 学习会) or 会 alone (在会上, 会上，).
        let written = meeting.map { Array(s[$0]) } ?? Self.meetingAlone
        let bare = written == Self.meetingAlone
        if !bare {
            guard c.finder.meetingWords.ending(in: written, at: written.count) != nil else { return nil }
            let name = U.s(EventReference.name(written))
            if name == Self.plenum { return plenumSpokenOf(current: current) }
            if !c.finder.meetingWords.contains(name) {
                guard name.count >= 4 else { return nil }
                let prepared = EventNames.Prepared(U.string(name, 0..<name.count))
                // (Not the report's own meeting: 县委书记…在县委常委会会议上强调 in its report.)
                guard !EventNames.mayNameOneEvent(prepared, EventNames.Prepared(events[current].label)) else { return nil }
                let day = meeting.flatMap { GraphBuilder.statedDay(in: $0, c.analysis) }
                return eventsLastToldFirst(c).first { k in
                    guard earlier(k), day.map({ events[k].date == $0 }) ?? true else { return false }
                    let label = U.s(events[k].label)
                    return EventNames.mayNameOneEvent(prepared, EventNames.Prepared(events[k].label)) || ConveyResolver.contracts(name, label)
                        || day != nil && ConveyResolver.namesTheKind(name, of: label)
                }
            }
            // A kind alone (省国资委党委在学习会上…, 市委在推进会上提出…): a meeting of that kind told
            // right before — not the report's own, if it is of that kind too.
            guard !Self.named(events[current].label, ofKind: U.string(name, 0..<name.count)) else { return nil }
        }
        // Told right before: in this sentence before its subject, or in the sentence before.
        let kind = bare ? nil : U.string(written, 0..<written.count)
        func ofKind(_ k: Int) -> Bool { kind.map { Self.named(events[k].label, ofKind: $0) } ?? true }
        let here = c.mentionIndices(inSentence: index).filter { c.mentions[$0].range.upperBound <= from }.map { c.eventOfMention[$0] }.filter { $0 >= 0 && earlier($0) && ofKind($0) }
        if let last = here.last { return last }
        guard index > 0, c.sentences[index - 1].article == sentence.article, !c.sentences[index - 1].isHeadline else { return nil }
        // (在会上 alone, by a person: one the article has not named before — the report's own
        // chair and speakers are named at its opening and speak at its meeting.)
        if bare {
            let people = c.peopleBySentence[index] ?? []
            if let speaker = people.first(where: { person in
                meeting == nil ? (subjectEnd..<subjectEnd + 24).contains(person.range.lowerBound) : person.range.upperBound == subjectEnd
            }) {
                let articleStart = c.articleStart(ofSentence: index)
                // (Named first in the sentence before, the one telling of the meeting — 传达了…
                // 会议精神和省委…书记冉丽华在会上的讲话要点。冉丽华在会上提出… — that meeting's speaker.)
                guard s.firstOccurrence(of: U.s(speaker.name), in: articleStart..<c.sentences[index - 1].range.lowerBound) == nil else { return nil }
            } else if meeting == nil || subjectEnd - from < 2 {
                return nil
            }
        }
        // The sentence before tells of it: its mention there, or what it conveys by name.
        // (A sentence before that points back at it — 杜晓明等在分会场参加了那次会议。会上，… — gives
        // way to the one it points back at.)
        var prior = index - 1
        if bare, prior > 0, c.sentences[prior - 1].article == sentence.article,
            Self.pointingBack.contains(where: { s.firstOccurrence(of: $0, in: c.sentences[prior].range) != nil }),
            !c.mentionIndices(inSentence: prior).contains(where: { c.eventOfMention[$0] >= 0 })
        {
            prior -= 1
        }
        let before = c.sentences[prior].range
        let told = Set(c.mentionIndices(inSentence: prior).map { c.eventOfMention[$0] }.filter { $0 >= 0 && earlier($0) && ofKind($0) })
        if told.count == 1 { return told.first }
        if told.isEmpty, bare, let opened = meetingOpening(prior, c) {
            // 周一的全县推进会传达学习了…。县委书记欧阳明在会上要求…: the meeting the sentence
            // before opens on, as its subject, named short.
            let prepared = EventNames.Prepared(U.string(opened, 0..<opened.count))
            guard !EventNames.mayNameOneEvent(prepared, EventNames.Prepared(events[current].label)) else { return nil }
            return eventsLastToldFirst(c).first { k in
                earlier(k) && (EventNames.mayNameOneEvent(prepared, EventNames.Prepared(self.events[k].label)) || ConveyResolver.contracts(opened, U.s(self.events[k].label)))
            }
        }
        guard told.isEmpty, let verb = (before.lowerBound..<before.upperBound).first(where: { c.finder.conveyVerbs.first(in: s, at: $0, limit: before.upperBound) != nil }) else { return nil }
        var end = verb
        while end < before.upperBound, !U.isClauseEnd(s[end]), !U.isSentenceEnd(s[end]) { end += 1 }
        guard end - 2 > verb, s.has(Lit.spirit, at: end - 2) else { return nil }
        var start = verb
        if let word = c.finder.conveyVerbs.first(in: s, at: verb, limit: end) { start += word.count }
        while start < end, s[start] == EventFinder.le { start += 1 }
        let reference = U.s(EventReference.name(Array(s[start..<end])))
        guard reference.count >= 4, c.finder.meetingWords.ending(in: reference, at: reference.count) != nil else { return nil }
        let prepared = EventNames.Prepared(U.string(reference, 0..<reference.count))
        return eventsLastToldFirst(c).first { k in
            earlier(k) && ofKind(k)
                && (EventNames.mayNameOneEvent(prepared, EventNames.Prepared(self.events[k].label)) || ConveyResolver.contracts(reference, U.s(self.events[k].label)))
        }
    }
}
