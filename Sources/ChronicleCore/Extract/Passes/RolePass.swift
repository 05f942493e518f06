/// Roles: reads people and the event of each sentence; adds `chairs` (主持), `speaks_at`
/// (强调, 指出, 讲话 …) and `attends` (出席, 参加 …) from a person's name followed by the
/// verb, and the agent of each event mention (the chair of 主持召开, the speaker of
/// 发表重要讲话).
extension GraphBuilder {
    /// 在主持 (…时): chairing, told as when someone spoke.
    static let atChairing = U.s("在主持")
    static let atMainHall = U.s("在主会场")
    /// 代表: on behalf of (甲代表乙主持: 甲 chairs).
    static let onBehalfOf = U.s("代表"), special = U.s("特别")
    /// 没有, 未, 拒绝, 不会: words that deny the verb after them in their clause.
    static let negations: [[UInt32]] = ["没有", "拒绝", "不会", "未"].map(U.s)
    static let not: UInt32 = 0x4E0D /* 不 */, again: UInt32 = 0x518D /* 再 */

    /// Is a negation written in the clause before `index`, within six characters?
    static func negated(_ s: [UInt32], before index: Int, floor: Int) -> Bool {
        // 表示不参加, 不再出席: 不 right before the verb (not 不仅, 不断 further back).
        if index > floor, s[index - 1] == Self.not || index - 1 > floor && s[index - 2] == Self.not && s[index - 1] == Self.again { return true }
        var k = index
        while k > floor, index - k < 6, !U.isClauseEnd(s[k - 1]) {
            if s.word(of: negations, endingAt: k) != nil { return true }
            k -= 1
        }
        return false
    }

    /// Does an attend verb ending at `verbEnd` name an occasion (its object, to the
    /// clause's end or 并, ends with a meeting word and holds four characters or more) of
    /// another kind than `event` (whose name holds neither that word nor the object)?
    func namesAnotherOccasion(after verbEnd: Int, in sentence: Sentence, of event: EventDraft, _ c: DocumentContext) -> Bool {
        let s = c.s
        var start = verbEnd
        if start < sentence.range.upperBound, s[start] == Self.perfective { start += 1 }
        var end = start
        while end < sentence.range.upperBound, !U.isClauseEnd(s[end]), s[end] != Lit.and { end += 1 }
        // (出席本次开班式, 出席此次会议: the one told of.)
        if Self.thisOne.contains(where: { s.has($0, at: start) }) { return false }
        // (出席峰会开幕式: the opening of a meeting is the meeting's.)
        if let part = Self.openingsAndClosings.first(where: { end - $0.count > start && s.has($0, at: end - $0.count) }) { end -= part.count }
        guard end - start >= 4, let kind = c.finder.meetingWords.ending(in: s, at: end) else { return false }
        // (出席庆祝大会和就职典礼 at …大会暨…就职典礼, 出席索契冬奥会开幕式 at …运动会开幕式: the
        // event's name holds the kind the object ends with — the same occasion, named short;
        // 上海合作组织杜尚别峰会 at 上海合作组织成员国元首理事会…: four characters in common.)
        let label = U.s(event.label)
        if label.firstOccurrence(of: Array(kind.suffix(2)), in: 0..<label.count) != nil { return false }
        // (Not talks named by their clause: 习近平在阿斯塔纳同哈萨克斯坦总统…会谈 shares places
        // and names with every occasion of the visit.)
        if !Self.talksWords.contains(where: { label.firstOccurrence(of: $0, in: 0..<label.count) != nil }) {
            for k in start..<(end - 3) where label.firstOccurrence(of: Array(s[k..<k + 4]), in: 0..<label.count) != nil { return false }
        }
        return true
    }
    static let perfective = U.c("了")
    static let talksWords: [[UInt32]] = ["会见", "会谈", "通话", "会晤"].map(U.s)
    static let thisOne: [[UInt32]] = ["本次", "此次", "这次", "该"].map(U.s)
    static let openingsAndClosings: [[UInt32]] = ["开幕式", "闭幕式", "开幕会", "闭幕会", "开班式", "结业式", "全体会议"].map(U.s)

    /// Is the verb at `index` told as to come — 将 (not 将军, 将领 …) or 拟 earlier in its
    /// sentence, within 160 characters (访问期间，习近平主席将出席…，同…会谈，出席…: the
    /// whole list is a plan) — or as what someone presents earlier in its clause
    /// (介绍…出席…的有关情况)?
    static func future(_ s: [UInt32], before index: Int, floor: Int) -> Bool {
        var k = index - 1
        var sameClause = true
        while k >= floor, index - k <= 160 {
            if s[k] == Self.will, k + 1 < s.count, !Self.notWill.contains(s[k + 1]) { return true }
            if s[k] == Self.intend, k == floor || !Self.notIntend.contains(s[k - 1]) { return true }
            if U.isClauseEnd(s[k]) { sameClause = false }
            if sameClause, s.has(Self.presents, at: k) { return true }
            k -= 1
        }
        return false
    }
    static let presents = U.s("介绍")
    static let will = U.c("将"), intend = U.c("拟")
    /// 将军, 将领, 将士, 将帅, 将近: not the future; nor 模拟, 虚拟, 草拟, 比拟.
    static let notWill = U.set("军领士帅近")
    static let notIntend = U.set("模虚草比")

    static let putForward = U.s("提出")
    /// What follows 提出 when someone speaks at the event: a statement (`提出，`, `提出：`,
    /// `提出要…`), or a count of points, demands or proposals (`提出三点要求`, `提出明确要求`,
    /// `提出5点建议`) — not a concept or initiative named as theirs (`主席提出构建…理念和三大全球
    /// 倡议，为…指明了方向`: someone else's words recalling it).
    static func putsForwardHere(_ s: [UInt32], after k: Int, limit: Int) -> Bool {
        guard k < limit else { return false }
        if U.isClauseEnd(s[k]) || s[k] == Lit.yao { return true }
        var end = k
        while end < limit, end - k < 16, !U.isClauseEnd(s[end]) { end += 1 }
        guard end - k <= 12 else { return false }
        return Self.pointsPutForward.contains { word in end - word.count >= k && s.has(word, at: end - word.count) }
    }
    static let pointsPutForward: [[UInt32]] = ["要求", "希望", "建议", "意见", "主张", "期望", "期待"].map(U.s)

    /// Is `person` followed (after a title written after it: `主席`) by a word that names
    /// someone else through them — kin or an envoy (`夫人`, `特使`)?
    func namesSomeoneElse(after person: PersonMention, in s: [UInt32], followers: WordList) -> Bool {
        let end = person.range.upperBound
        let afterTitle = s.firstWord(of: followers, at: end).map { end + $0.count } ?? end
        return s.firstWord(of: words.otherPersonAfterName, at: end) != nil || s.firstWord(of: words.otherPersonAfterName, at: afterTitle) != nil
    }

    /// Is `person` named as the one another acts for (`甲代表沙特国王乙主持峰会`: 甲 chairs
    /// on 乙's behalf): 代表 between an earlier name and this one, in one clause?
    static func represented(_ person: PersonMention, among persons: [PersonMention], in s: [UInt32]) -> Bool {
        persons.contains { other in
            guard other.range.upperBound <= person.range.lowerBound, person.range.lowerBound - other.range.upperBound <= 12,
                let by = s.firstOccurrence(of: onBehalfOf, in: other.range.upperBound..<person.range.lowerBound),
                !(other.range.upperBound..<person.range.lowerBound).contains(where: { U.isClauseEnd(s[$0]) })
            else { return false }
            // 习近平主席特别代表、国家副主席王岐山: 代表 the noun, the one named after it is the envoy.
            return by + onBehalfOf.count < s.count && s[by + onBehalfOf.count] != U.listSeparator && (by < 2 || !s.has(special, at: by - 2))
        }
    }

    /// `由县委书记主持`, `由院长主持`: the title written between 由 and a chair verb, with no
    /// name there — nil when the sentence writes no such clause.
    func chairTitle(in r: Range<Int>, _ s: [UInt32], chairVerbs: WordList, titleWords: WordList, persons: [PersonMention]) -> String? {
        for k in r where s[k] == Self.by {
            var end = k + 1
            while end < r.upperBound, end - k <= 9, U.isHan(s[end]), chairVerbs.first(in: s, at: end) == nil { end += 1 }
            guard end < r.upperBound, end - k >= 3, chairVerbs.first(in: s, at: end) != nil, titleWords.ending(in: s, at: end) != nil,
                !persons.contains(where: { $0.range.lowerBound < end && $0.range.upperBound > k })
            else { continue }
            return U.string(s, k + 1..<end)
        }
        return nil
    }
    static let by: UInt32 = 0x7531 /* 由 */

    mutating func addRoles(_ c: DocumentContext) {
        let s = c.s
        let chairVerbs = lexicon.wordList("chair-verbs")
        let speakVerbs = lexicon.wordList("speak-verbs")
        let attendVerbs = lexicon.words("attend-verbs")
        let followers = WordList(lexicon.words("name-followers").filter { $0.count <= 3 })
        let titleWords = lexicon.wordList("title-words")
        for (k, mention) in c.mentions.enumerated() {
            if let agent = mention.agent, let role = mention.agentRole,
                role != .chairs || !(c.peopleBySentence[mention.sentence] ?? []).contains(where: { $0.name == agent && Self.represented($0, among: c.peopleBySentence[mention.sentence] ?? [], in: s) })
            {
                let rule = role == .chairs ? RuleName.chairAgentOfConvene.rawValue : RuleName.agent(role, of: mention.kind)
                addEdge(from: NodeID("p-" + agent), to: events[c.eventOfMention[k]].id, role, c.evidence(mention.sentence), rule: rule)
            }
        }
        // A welcome: the guest it is held for attends.
        for (k, mention) in c.mentions.enumerated() where c.eventOfMention[k] >= 0 {
            for guest in mention.honoured {
                addEdge(from: NodeID("p-" + guest), to: events[c.eventOfMention[k]].id, .attends, c.evidence(mention.sentence), rule: RuleName.attendsHonouredGuest.rawValue)
            }
        }
        // Talks: who was met or talked with (同 / 与 X 举行会谈, 会见 X) attends.
        for (k, mention) in c.mentions.enumerated() where mention.rule == RuleName.eventTalksWithCounterpart.rawValue && c.eventOfMention[k] >= 0 {
            let persons = c.peopleBySentence[mention.sentence] ?? []
            let sentenceStart = c.sentences[mention.sentence].range.lowerBound
            guard let marker = (sentenceStart..<mention.range.upperBound).first(where: { at in
                EventFinder.counterpartMarkers.contains(s[at]) && persons.contains { $0.range.lowerBound > at } || s.has(EventFinder.meetWith, at: at)
            }) else { continue }
            // 分别会见A、B，并与D举行会谈: those met apart are not at the talks with D.
            var from = marker
            // (Or a clause opening with the marker: 会见…总理A，与B举行会谈.)
            for k in marker..<mention.range.upperBound where (s[k] == Lit.and || U.isClauseEnd(s[k])) && k + 1 < s.count && EventFinder.counterpartMarkers.contains(s[k + 1])
                && persons.contains(where: { $0.range.lowerBound > k + 1 && $0.range.upperBound <= mention.range.upperBound })
            {
                from = k + 1
            }
            for person in persons where person.range.lowerBound > from && person.range.upperBound <= mention.range.upperBound {
                if namesSomeoneElse(after: person, in: s, followers: followers) { continue }
                // 佛得角总理席尔瓦: a country the name model read as a name, before the title
                // of the name that follows, is not the counterpart.
                if s.firstWord(of: titleWords, at: person.range.upperBound) != nil, persons.contains(where: { other in
                    other.range.upperBound - other.name.unicodeScalars.count >= person.range.upperBound && other.range.upperBound - other.name.unicodeScalars.count - person.range.upperBound <= 8
                }) {
                    continue
                }
                addEdge(from: NodeID("p-" + person.name), to: events[c.eventOfMention[k]].id, .attends, c.evidence(mention.sentence), rule: RuleName.attendsTalksCounterpart.rawValue)
            }
        }
        let reporting = c.reportingSentences
        let firstLineEnd = s.firstIndex(of: Lit.lineFeed) ?? s.count
        // Who holds each title the document writes right before a name (for 会议由县委书记主持).
        var holders: [String: Set<String>] = [:]
        for persons in c.peopleBySentence.values {
            for person in persons {
                for title in person.titles where !title.isEmpty { holders[title, default: []].insert(person.name) }
            }
        }
        // 会议由县委书记主持: a chair named by a title alone is the one person the document
        // names with that title (none when two hold it, or nobody).
        for (index, sentence) in c.sentences.enumerated() where !sentence.isHeadline {
            guard let event = c.currentEvent[index], events[event].kind != .notice,
                let title = chairTitle(in: sentence.range, s, chairVerbs: chairVerbs, titleWords: titleWords, persons: c.peopleBySentence[index] ?? []),
                let holder = holders[title], holder.count == 1
            else { continue }
            addEdge(from: NodeID("p-" + holder.first!), to: events[event].id, .chairs, c.evidence(index), rule: RuleName.chairTitleOnly.rawValue)
        }
        for (index, sentence) in c.sentences.enumerated() {
            // (Nobody chairs, attends or speaks at a notice: a sentence of its body telling
            // who chaired a meeting tells of that meeting — none of 37 notices of the read
            // reports' and the development corpus' gold has a role.)
            guard let event = c.currentEvent[index], events[event].kind != .notice, let persons = c.peopleBySentence[index] else { continue }
            let eventID = events[event].id
            var attendAfter = sentence.range.lowerBound
            for person in persons {
                // 栗战书委员长主持: the verb may follow a title written after the name.
                var end = s.firstWord(of: followers, at: person.range.upperBound).map { person.range.upperBound + $0.count } ?? person.range.upperBound
                // 邵建平在主会场主持会议: where one chaired a conference from, between.
                if s.has(Self.atMainHall, at: end), s.firstWord(of: chairVerbs, at: end + Self.atMainHall.count) != nil { end += Self.atMainHall.count }
                let personID = NodeID("p-" + person.name)
                // 主持召开 reports an event (its agent is the chair, above) or refers to one.
                // (Not in what a meeting says: 会议指出，2月3日，习近平总书记主持中央政治局常委会会议….)
                if s.firstWord(of: chairVerbs, at: end) != nil, !s.has(Lit.chairConvene, at: end), !Self.represented(person, among: persons, in: s),
                    !c.finder.saidBefore(person.range.lowerBound, sentenceStart: sentence.range.lowerBound)
                {
                    addEdge(from: personID, to: eventID, .chairs, c.evidence(index), rule: RuleName.chairNameVerb.rawValue)
                }
                // 王建华在主持学习时强调: X chaired the sentence's event and spoke there (not
                // 在主持召开…时, an event mention of its own).
                if s.has(Self.atChairing, at: end), !s.has(Lit.chairConvene, at: end + 1), end + Self.atChairing.count < sentence.range.upperBound,
                    let when = (end + Self.atChairing.count..<min(sentence.range.upperBound, end + 12)).first(where: { s[$0] == EventFinder.when }),
                    !(end + Self.atChairing.count..<when).contains(where: { U.isClauseEnd(s[$0]) })
                {
                    addEdge(from: personID, to: eventID, .chairs, c.evidence(index), rule: RuleName.chairNameVerb.rawValue)
                    if s.firstWord(of: speakVerbs, at: when + 1) != nil {
                        addEdge(from: personID, to: eventID, .speaksAt, c.evidence(index), rule: RuleName.speaksAtNameVerb.rawValue)
                    }
                }
                // (习主席提出的倡议: what was said, named — not a speech here.)
                if let verb = s.firstWord(of: speakVerbs, at: end), !(end + verb.count < s.count && s[end + verb.count] == EventFinder.de),
                    verb != Self.putForward || Self.putsForwardHere(s, after: end + verb.count, limit: sentence.range.upperBound)
                {
                    addEdge(from: personID, to: eventID, .speaksAt, c.evidence(index), rule: RuleName.speaksAtNameVerb.rawValue)
                } else if let at = c.finder.atTheMeeting(end, limit: sentence.range.upperBound, of: events[event]), s.firstWord(of: speakVerbs, at: at) != nil || s.firstWord(of: EventFinder.speeches, at: at) != nil {
                    // 王五在会上致辞, 王五在开幕式上强调: the meeting named by its kind alone
                    // is the sentence's.
                    addEdge(from: personID, to: eventID, .speaksAt, c.evidence(index), rule: RuleName.speaksAtNameVerb.rawValue)
                }
                // 出席会议并讲话, 出席并提出具体要求, 主持会议并讲话: attends or chairs, and speaks.
                let attends = s.firstWord(of: attendVerbs, at: end)
                let chairs = s.has(Lit.chairConvene, at: end) ? nil : s.firstWord(of: chairVerbs, at: end)
                // (Not at another occasion, nor a plan: as for attendance, below.)
                let elsewhere = attends.map { verb in
                    Self.future(s, before: end, floor: sentence.range.lowerBound)
                        || (!reporting.contains(index) && !sentence.isHeadline && namesAnotherOccasion(after: end + verb.count, in: sentence, of: events[event], c))
                } ?? false
                if let verb = attends ?? chairs, !elsewhere {
                    var k = end + verb.count
                    while k < sentence.range.upperBound, k - end < 40, !U.isClauseEnd(s[k]) {
                        if s[k] == Lit.and, s.firstWord(of: speakVerbs, at: k + 1) != nil {
                            addEdge(from: personID, to: eventID, .speaksAt, c.evidence(index),
                                    rule: attends != nil ? RuleName.speaksAtAttendsAndSpeaks.rawValue : RuleName.speaksAtChairsAndSpeaks.rawValue)
                            break
                        }
                        k += 1
                    }
                }
            }
            // Attendance: the people before an attend verb, back to the previous one (in
            // the order they are written: a negated one ends the list before it).
            for v in Set(attendVerbs.flatMap { s.occurrences(of: $0, in: sentence.range) }).sorted() {
                do {
                    // 要参加, 将出席: not a report of attendance; 在参加…时的重要讲话 names when
                    // someone spoke, not that they attended this meeting.
                    if v > sentence.range.lowerBound, words.notReportedBefore.contains(s[v - 1]) { continue }
                    // 没有派代表参加, 未出席, 拒绝出席: a negated attendance.
                    if Self.negated(s, before: v, floor: sentence.range.lowerBound) { attendAfter = v; continue }
                    // 习近平主席将应邀出席…, 即将出席: what someone will attend (a preview, a
                    // briefing on a trip) is not an attendance reported, nor one presented.
                    if Self.future(s, before: v, floor: sentence.range.lowerBound) { attendAfter = v; continue }
                    // 访问期间，王五出席了某研究院揭牌仪式: an occasion of its own named after the
                    // verb, in a sentence that carries an earlier event, is not that event.
                    if !reporting.contains(index), !sentence.isHeadline, let verb = s.firstWord(of: attendVerbs, at: v),
                        namesAnotherOccasion(after: v + verb.count, in: sentence, of: events[event], c)
                    {
                        attendAfter = v
                        continue
                    }
                    for person in persons where person.range.upperBound <= v && person.range.lowerBound >= attendAfter {
                        let end = person.range.upperBound
                        if s.firstWord(of: chairVerbs, at: end) != nil || s.firstWord(of: speakVerbs, at: end) != nil { continue }
                        if v - end > 60 { continue }
                        // 国家主席习近平夫人彭丽媛…出席, 习近平主席特使…出席: the kin or the
                        // envoy named after a name attends; 应…邀请: who invited does not.
                        if namesSomeoneElse(after: person, in: s, followers: followers) || c.finder.invites(person) { continue }
                        // A headline's parts are statements of their own (`学习贯彻习近平总书记…精神
                        // 丁薛祥出席`, `纪念孔子诞辰…研讨会开幕 王沪宁出席`): only the part with the
                        // verb says who attended.
                        // (The document's first line is its title even when too long to be taken
                        // for a headline: `…会议开幕 学习贯彻习近平总书记…重要讲话精神 王沪宁出席`.)
                        if sentence.isHeadline || sentence.range.upperBound <= firstLineEnd, (end..<v).contains(where: { U.isSpace(s[$0]) }) { continue }
                        // 纪念王阳明诞辰…研讨会开幕，…出席: a name inside the meeting's own name,
                        // and not right before the verb, is whom it honours or studies.
                        if v - end > 2, events[event].label.contains(person.name) { continue }
                        addEdge(from: NodeID("p-" + person.name), to: eventID, .attends, c.evidence(index), rule: RuleName.attendsNamesBeforeVerb.rawValue)
                    }
                    attendAfter = v
                }
            }
        }
    }
}
