import Foundation

/// Events: reads dates and people; finds event mentions (`EventFinder`, plus the
/// notice a compilation opens with), merges each into a known event or adds one,
/// decides which event each sentence reports on, and adds headlines as aliases.
extension GraphBuilder {
    mutating func addEvents(_ c: DocumentContext) {
        let s = c.s
        let sentences = c.sentences
        c.finder = EventFinder(document: c.document, lexicon: lexicon)
        var undated: [Int] = []
        var mentions = c.finder.find(sentences: sentences, analysis: c.analysis, people: c.people, undated: &undated)
        // A document dated in its own lines (a news item's dateline, a report's signature)
        // tells of nothing held after that day: a meeting dated later is scheduled or
        // previewed (`…将于6月6日至11日…出席`, `会议同意明年1月22日召开…`, `明晚…举行的闭幕式将…`),
        // or misread — not an event. (A notice's announced gathering below is its own.)
        if let reference = c.analysis.reference, reference.source == .stated {
            mentions.removeAll { mention in mention.date.map { $0 > reference.date } ?? false }
        }
        let notices = noticeEvents(c.document, sentences: sentences, analysis: c.analysis)
        mentions += notices
        mentions += embeddedNotices(c.document, sentences: sentences, analysis: c.analysis, except: Set(notices.map(\.name)))
        mentions += c.finder.datedConveyedMeetings(sentences: sentences, analysis: c.analysis, conveyVerbs: lexicon.wordList("convey-verbs"))
        mentions += sittingsChairedBy(c)
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        // (In place, not in a closure: a closure over this builder copied all of it per
        // mention.)
        for k in mentions.indices {
            mentions[k].name = qualifiedGroupMeeting(mentions[k], c)
            let qualified = qualifiedGeneric(mentions[k], c)
            mentions[k].name = qualified.name
            mentions[k].generic = qualified.generic
            mentions[k].holder = qualified.holder
            // A headline's name may end in the space before its next part: ids and labels
            // carry no edge spaces.
            mentions[k].name = mentions[k].name.trimmingCharacters(in: .whitespaces)
        }
        // A kind's name held by several (分别举行) names no one event.
        mentions.removeAll { $0.name.isEmpty }
        // 李强表示，…习近平主席昨天同总统先生举行了富有成果的会晤: a meeting a speaker
        // recalls is the earlier event's (reported on its own day), not one of this report.
        mentions.removeAll { recalledInSpeech($0, c) }
        c.mentions = mentions
        c.eventOfMention = mentions.map { merge($0, evidence: c.evidence($0.sentence)) }

        // The event each sentence reports on: the latest event mention in its article
        // at or before it, else the article's first.
        var byArticle: [Int: [(sentence: Int, event: Int, mention: Int)]] = [:]
        for (k, mention) in mentions.enumerated() where c.eventOfMention[k] >= 0 && !mention.referred {
            let article = sentences[mention.sentence].article
            // A sentence reporting several events (在江西考察，主持召开…座谈会) is about the
            // first; but 出席X峰会期间会见Y is about the meeting, held at the forum it names.
            if let last = byArticle[article]?.last, last.sentence == mention.sentence {
                if mention.rule == RuleName.eventTalksWithCounterpart.rawValue, mentions[last.mention].rule == RuleName.eventAttendsNamedMeeting.rawValue {
                    byArticle[article]![byArticle[article]!.count - 1] = (mention.sentence, c.eventOfMention[k], k)
                }
                continue
            }
            byArticle[article, default: []].append((mention.sentence, c.eventOfMention[k], k))
        }
        // An event a year or more before the document's own date, named after the
        // article's opening (`2005年8月15日，习近平在余村考察时…` half-way through a feature of
        // 2022), is recalled: it holds its own sentence, not those after it. (An article
        // that opens with it — a compilation reprinting a report of 2017 — is its report.)
        // (News items only: dated by a dateline under their headline, not a signature.)
        let recalledBefore = c.analysis.reference.flatMap { r in
            r.source == .stated && (r.offset ?? Int.max) <= Self.datelineReach ? r.date.dayNumber.map { $0 - 365 } : nil
        }
        // Each article's opening: its first sentence after the headline and dateline.
        var opening: [Int: Int] = [:]
        if recalledBefore != nil {
            for (index, sentence) in sentences.enumerated() where opening[sentence.article] == nil
                && !sentence.isHeadline && sentence.range.count > 16
            {
                opening[sentence.article] = index
            }
        }
        func recalled(_ entry: (sentence: Int, event: Int, mention: Int), article: Int) -> Bool {
            guard let recalledBefore, let day = events[entry.event].date.dayNumber, day < recalledBefore else { return false }
            return entry.sentence > opening[article] ?? sentences.count
        }
        // An event told without a day before the article's first dated one (`习近平近日对…作出
        // 重要指示指出…。习近平强调，…` before `…座谈会20日召开，会上传达了…`) owns the sentences
        // up to it: they are not the later event's. (Not a headline's: it names the item.)
        var undatedFirst: [Int: Int] = [:]
        for index in undated where undatedFirst[sentences[index].article] == nil { undatedFirst[sentences[index].article] = index }
        for (index, sentence) in sentences.enumerated() {
            guard let list = byArticle[sentence.article], !list.isEmpty else { continue }
            if let last = list.last(where: { $0.sentence <= index }) {
                c.currentEvent[index] = last.sentence != index && recalled(last, article: sentence.article) ? nil : last.event
            } else if let undated = undatedFirst[sentence.article], undated <= index {
                c.currentEvent[index] = nil
            } else {
                c.currentEvent[index] = list.first!.event
            }
        }
        // …现就有关事项通知如下。: what a notice's body says after that line is the notice's,
        // not the earlier meeting its preamble told of (3月2日，市安委会召开…会议，…。为抓好会议部署的
        // 落实，…现就有关事项通知如下。一、工作目标…) — the sentences that name no event of their own.
        for (index, sentence) in sentences.enumerated() where !sentence.isHeadline {
            guard s.firstOccurrence(of: Self.noticeFollows, in: sentence.range) != nil,
                let list = byArticle[sentence.article],
                let notice = c.mentions.indices.first(where: { k in
                    // (Its title, signed below, may stand apart from the body as an article.)
                    c.eventOfMention[k] >= 0 && events[c.eventOfMention[k]].kind == .notice && c.mentions[k].sentence <= index
                        && (sentences[c.mentions[k].sentence].article == sentence.article || c.mentions[k].rule == RuleName.eventNoticeTitleSignatureDate.rawValue)
                }).map({ c.eventOfMention[$0] })
            else { continue }
            // (Only the sentences that went on with the preamble's event: one the body names
            // holds the sentences after it.)
            // (Only one held before it is signed: a gathering it announces, later, holds its body.)
            guard let preamble = c.currentEvent[index], preamble != notice, events[preamble].kind != .notice,
                events[preamble].date < events[notice].date
            else { continue }
            let told = Set(list.map(\.sentence))
            // (Its sections: one headed by the meeting's spirit — 一、会议主要精神 — tells what the
            // preamble's meeting said; a list another dated earlier meeting of the text decided —
            // 经3月1日院党委会议研究，…提出以下措施：1.… — is that meeting's, to the next section.)
            var section: Int?
            for k in index + 1..<sentences.count {
                guard sentences[k].article == sentence.article else { break }
                if Self.opensNoticeSection(sentences[k], s) {
                    // (Not 二、认真学习贯彻会议精神: what the notice asks its readers to do.)
                    let range = sentences[k].range
                    section = Self.spiritTold.contains(where: { s.firstOccurrence(of: $0, in: range) != nil })
                        && !Self.spiritCarriedOut.contains(where: { s.firstOccurrence(of: $0, in: range) != nil }) ? preamble : nil
                    continue
                }
                let range = sentences[k].range
                if sentences[k].startsParagraph, range.count > 1, s[range.upperBound - 1] == Self.colon,
                    let decided = c.mentionIndices(inSentence: k).first(where: { c.eventOfMention[$0] >= 0 }).map({ c.eventOfMention[$0] }),
                    decided != notice, decided != preamble, events[decided].date < events[notice].date
                {
                    section = decided
                    c.currentEvent[k] = decided
                    continue
                }
                if told.contains(k) { continue }
                if let section { c.currentEvent[k] = section } else if c.currentEvent[k] == preamble { c.currentEvent[k] = notice }
            }
        }
        // A notice holds no meeting of its own: in its body, a paragraph opening with an earlier
        // meeting's name (全省…工作会议是…一次重要会议。…会议强调，…。会议提出，…) tells of that
        // meeting, and its sentences opening with 会议 and a reporting verb are that meeting's —
        // only those (what the notice asks of its readers in the same paragraph stays its own).
        var toldOf: Int?
        for (index, sentence) in sentences.enumerated() where !sentence.isHeadline {
            guard let current = c.currentEvent[index], events[current].kind == .notice else { toldOf = nil; continue }
            if sentence.startsParagraph {
                toldOf = events.indices.first { e in
                    e != current && [.meeting, .videoConference, .symposium].contains(events[e].kind) && events[e].date < events[current].date
                        && s.has(U.s(events[e].label), at: sentence.range.lowerBound)
                }
                continue
            }
            if let toldOf, s.has(Self.meetingSubject, at: sentence.range.lowerBound),
                Self.meetingSaid.contains(where: { s.has($0, at: sentence.range.lowerBound + Self.meetingSubject.count) })
            {
                c.currentEvent[index] = toldOf
            }
        }
        // 关于印发《X》的通知 …（signed）… then X printed after it (附件: the plan itself, its
        // title a headline of its own): what the plan says is the notice's — the sentences of
        // that article that name no event of their own.
        if let k = c.mentions.indices.first(where: { k in
            c.eventOfMention[k] >= 0 && c.mentions[k].rule == RuleName.eventNoticeTitleSignatureDate.rawValue && !c.mentions[k].referred
        }) {
            let notice = c.eventOfMention[k]
            let issued = Self.issuedTitles(U.s(c.mentions[k].name))
            let noticeArticle = sentences[c.mentions[k].sentence].article
            var article = -1
            var attached = false
            for (index, sentence) in sentences.enumerated() where sentence.article > noticeArticle {
                if sentence.article != article {
                    article = sentence.article
                    attached = sentence.isHeadline && issued.contains(Array(s[ArticleSplitter.trim(s, sentence.range)]))
                }
                if attached, !sentence.isHeadline, c.currentEvent[index] == nil, byArticle[article] == nil { c.currentEvent[index] = notice }
            }
        }
        // 会议指出，…。12月20日至21日召开的省委经济工作会议，对…作出了具体安排。全县上下要…:
        // an earlier meeting recalled in a paragraph of the report's own meeting (a sentence
        // opening with its day, then 召开的 / 举行的 or a comma: 11月15日，厅党组召开扩大会议…)
        // owns its sentence only; the sentences after it that name no event go back to the
        // paragraph's meeting, and so do the paragraphs after it up to the next that names one.
        let mentionSentences = Set(byArticle.values.flatMap { $0.map(\.sentence) })
        let paragraphs = Self.paragraphs(sentences)
        var carriedBack: (recalled: Int, own: Int, article: Int)?
        for paragraph in paragraphs {
            let opening = paragraph.lowerBound
            if let back = carriedBack, back.article == sentences[opening].article, !paragraph.contains(where: mentionSentences.contains) {
                for k in paragraph where c.currentEvent[k] == back.recalled { c.currentEvent[k] = back.own }
                continue
            }
            carriedBack = nil
            // (Or one whose opening names the paragraph's own event: 这次全县农村工作会议的主要任务是…。
            // 去年12月27日召开的县委经济工作会议，已经…作了部署。 in a speech given at it.)
            guard let own = c.currentEvent[opening], !sentences[opening].isHeadline,
                !mentionSentences.contains(opening) || byArticle[sentences[opening].article]?.contains(where: { $0.sentence == opening && $0.event == own }) == true
            else { continue }
            var recalled: Int?
            for k in paragraph.dropFirst() {
                if mentionSentences.contains(k) {
                    // (Or a document issued before it, told in passing: 为推动…，县委、县政府于1月20日
                    // 印发《…》 in the paragraph of a plenum's report.)
                    recalled = c.currentEvent[k].flatMap { event in
                        event != own && events[event].date < events[own].date
                            && (opensWithRecalledMeeting(sentences[k].range, c) || events[event].kind == .notice && events[own].kind != .notice) ? event : nil
                    }
                } else if let event = recalled, c.currentEvent[k] == event {
                    c.currentEvent[k] = own
                } else {
                    recalled = nil
                }
            }
            if let recalled { carriedBack = (recalled, own, sentences[opening].article) }
        }
        // A paragraph that tells of an earlier event (为开好这次民主生活会，…会前作了认真准备。1月
        // 10日，…举行专题学习) owns only itself: the paragraphs after it that name no event
        // go back to the event told before it.
        let flashbackWords = lexicon.wordList("flashback-words")
        var resume: (back: Int, flashback: Set<Int>, article: Int)?
        var previousStart = 0
        for paragraph in paragraphs {
            let (start, end) = (paragraph.lowerBound, paragraph.upperBound)
            let article = sentences[start].article
            defer { previousStart = start }
            if let first = (start..<end).first(where: mentionSentences.contains), let event = c.currentEvent[first] {
                resume = nil
                // (A notice's paragraphs — 关于…集体学习情况的通报, 一、会议时间 — tell of the
                // gathering it reports: that gathering, held before the notice is signed, is
                // no flashback in the notice's report.)
                if start > 0, let before = c.currentEvent[start - 1], events[before].kind == .notice { continue }
                // The events the paragraph tells of.
                let toldEvents = Set((start..<end).filter(mentionSentences.contains).compactMap { c.currentEvent[$0] })
                // (Told as before it: 会前, 此前, 前期 ahead of the event's mention — not only a
                // date earlier than the event before, which a visit's range gives its talks.)
                let told = sentences[start].range.lowerBound..<sentences[first].range.upperBound
                if start > 0, sentences[start - 1].article == article, !sentences[start - 1].isHeadline, let before = c.currentEvent[start - 1],
                    before != event, events[event].date < events[before].date,
                    told.contains(where: { k in flashbackWords.first(in: s, at: k, limit: told.upperBound) != nil })
                        // (Or a paragraph that opens with the earlier meeting the report's own
                        // meeting conveys — 10月27日，…党委召开专题会议，传达学习党的十九大精神… /
                        // 中国共产党第十九次全国代表大会于10月18日至24日…召开。大会提出… —
                        // background to what is conveyed, not what the paragraphs after it report.)
                        || first == start && byArticle[article]?.last(where: { $0.sentence < start && $0.event == before })
                            .map({ conveys(sentences[$0.sentence].range, named: events[event].label, s) }) ?? false
                {
                    resume = (before, toldEvents, article)
                } else if start > 0, first == start, sentences[start - 1].article == article, !sentences[start - 1].isHeadline,
                    let before = c.currentEvent[start - 1], !(start..<end).contains(where: { c.currentEvent[$0] == before })
                {
                    // (Or a paragraph that opens with an earlier day and tells only of days before
                    // the event of the paragraph before it — 10月16日至22日，…大会…召开。…10月24日，
                    // …召开常委会…。10月25日至26日，…举办…培训班 between a study session's opening
                    // and its discussion: the report's own event resumes after it.)
                    // (Before every day the paragraph before names, too: not the first day's
                    // paragraph of a visit told as 9月8日至10日，…访问… and dated by its ceremony.)
                    // (Not a roundup's item under its heading — `▲县人大常委会召开第41次主任会议`, a
                    // line without a stop that names the item's meeting: items need not come in
                    // the order of their days.)
                    let heading = sentences[start - 1].range
                    let headed = heading.last(where: { !U.isSpace(s[$0]) }).map { !U.isSentenceEnd(s[$0]) } ?? false
                        && (words.gatheringVerbs.contains { s.firstOccurrence(of: $0, in: heading) != nil }
                            || toldEvents.contains { event in
                                let tail = U.s(String(events[event].label.suffix(3)))
                                return tail.count == 3 && s.firstOccurrence(of: tail, in: heading) != nil
                            })
                    let previous = sentences[previousStart].range.lowerBound..<sentences[start - 1].range.upperBound
                    let days = c.analysis.expressions.filter { previous.contains($0.offset) && $0.value?.granularity == .day }.compactMap(\.value)
                    let bound = days.min() ?? events[before].date
                    if !headed, toldEvents.allSatisfy({ (events[$0].endDate ?? events[$0].date) < min(bound, events[before].date) }) {
                        resume = (before, toldEvents, article)
                    }
                }
            } else if let back = resume, back.article == article {
                for k in start..<end where c.currentEvent[k].map(back.flashback.contains) ?? false { c.currentEvent[k] = back.back }
            } else {
                resume = nil
            }
        }
        // 全会认为，…; 全会强调，…: a sentence whose subject is a kind of meeting is about the
        // article's last event of that kind — not an event told in between (全会前，省委常委会
        // 于10月31日召开会议，…).
        // (The sentences after it, up to the next event told, go on with it.)
        var carried: (from: Int, to: Int, article: Int)?
        for (index, sentence) in sentences.enumerated() where !sentence.isHeadline {
            guard let current = c.currentEvent[index], let list = byArticle[sentence.article] else { carried = nil; continue }
            if let kind = Self.subjectKinds.first(where: { s.has($0, at: sentence.range.lowerBound) }),
                sentence.range.lowerBound + kind.count < sentence.range.upperBound,
                !Self.notSubjectAfterKind.contains(s[sentence.range.lowerBound + kind.count]),
                !Self.isOfKind(events[current].label, kind),
                let entry = list.last(where: { $0.sentence < index && Self.isOfKind(events[$0.event].label, kind) })
            {
                c.currentEvent[index] = entry.event
                carried = (current, entry.event, sentence.article)
            } else if s.has(Self.meetingSubject, at: sentence.range.lowerBound),
                sentence.range.lowerBound + 2 < sentence.range.upperBound,
                !Self.notSubjectAfterKind.contains(s[sentence.range.lowerBound + 2]),
                !Self.notSubjectAfterMeeting.contains(s[sentence.range.lowerBound + 2]),
                let own = list.first(where: { $0.sentence < index }), let day = events[own.event].date.dayNumber,
                let currentDay = events[current].date.dayNumber, currentDay < day,
                let told = list.last(where: { $0.sentence < index }), told.event == current, !sentences[told.sentence].startsParagraph,
                let entry = list.last(where: { $0.sentence < index && (events[$0.event].date.dayNumber ?? Int.min) >= day })
            {
                // 会议审议通过…: a sentence whose subject is the bare word is about the report's
                // own meeting, not an earlier one named in passing before it, inside a
                // paragraph (`…。3月6日召开的集团工作会议部署…。` in a report of 25 July) —
                // not one whose report opens its paragraph (`当天下午，…召开…大会。会议由…`).
                c.currentEvent[index] = entry.event
                carried = (current, entry.event, sentence.article)
            } else if let carry = carried, carry.article == sentence.article, carry.from == current,
                !list.contains(where: { $0.sentence == index })
            {
                c.currentEvent[index] = carry.to
            } else {
                carried = nil
            }
        }
        // 省委农村工作会议提出，…; 全省会议提出，…: a sentence whose subject is another meeting
        // of the text, named (or named short: the same first and last two characters), is
        // about that meeting — what it puts forward is that meeting's (only that sentence).
        let named = c.mentions.indices.filter { c.eventOfMention[$0] >= 0 }.map { c.eventOfMention[$0] }
        let meetingWords = lexicon.wordList("meeting-words")
        for (index, sentence) in sentences.enumerated() where !sentence.isHeadline {
            guard let current = c.currentEvent[index] else { continue }
            let r = sentence.range
            guard r.count > 6, let verbAt = (r.lowerBound + 4..<min(r.upperBound, r.lowerBound + 24)).first(where: { k in Self.subjectVerbs.contains(where: { s.has($0, at: k) }) }),
                !(r.lowerBound..<verbAt).contains(where: { !U.isHan(s[$0]) }),
                meetingWords.ending(in: s, at: verbAt) != nil
            else { continue }
            let subject = Array(s[r.lowerBound..<verbAt])
            let prepared = EventNames.Prepared(U.string(subject, 0..<subject.count))
            guard !EventNames.mayNameOneEvent(prepared, EventNames.Prepared(events[current].label)) else { continue }
            let currentDate = events[current].date
            func names(_ event: Int) -> Bool {
                guard event != current, events[event].date <= currentDate else { return false }
                let label = events[event].label
                return EventNames.mayNameOneEvent(prepared, EventNames.Prepared(label)) || ConveyResolver.contracts(subject, U.s(label))
            }
            guard let other = named.last(where: names) else { continue }
            c.currentEvent[index] = other
        }
        // 座谈会上，蒋卫东传达了…: a sentence opening at a kind of meeting (the kind alone,
        // then 上 and a comma) is about the article's last event of that kind told before
        // it, when the event it would go with is of another kind (a visit the same morning).
        for (index, sentence) in sentences.enumerated() where !sentence.isHeadline {
            guard let current = c.currentEvent[index], let list = byArticle[sentence.article] else { continue }
            let r = sentence.range
            guard r.count > 4, let comma = (r.lowerBound + 3..<min(r.upperBound, r.lowerBound + 7)).first(where: { s[$0] == Lit.comma }),
                s[comma - 1] == Self.on, let kind = meetingWords.ending(in: s, at: comma - 1), kind.count == comma - 1 - r.lowerBound,
                !Self.isOfKind(events[current].label, kind),
                let entry = list.last(where: { $0.sentence < index && $0.event != current && Self.isOfKind(events[$0.event].label, kind) })
            else { continue }
            c.currentEvent[index] = entry.event
        }
        // 2月10日的大会上，俞正阳提出…: a sentence opening at an earlier day's meeting of the
        // text (`DATE的…会上，`) is about that meeting.
        for (index, sentence) in sentences.enumerated() where !sentence.isHeadline {
            guard let current = c.currentEvent[index] else { continue }
            let r = sentence.range
            guard let day = c.expression(startingAt: r.lowerBound), let value = day.value, value.granularity == .day,
                value < events[current].date,
                case let after = day.offset + day.length, after < r.upperBound, s[after] == Lit.de,
                let comma = (after..<min(r.upperBound, after + 16)).first(where: { U.isClauseEnd(s[$0]) }), comma >= 2,
                s[comma - 1] == Self.on, Self.meetingEnds.contains(s[comma - 2]),
                let other = named.last(where: { $0 != current && events[$0].date == value })
            else { continue }
            c.currentEvent[index] = other
        }
        // 省委书记…在全会上讲话，…并提出…: what was said at another, earlier meeting of the
        // text is that meeting's (GraphBuilder.meetingSpokenAt).
        for (index, sentence) in sentences.enumerated() where !sentence.isHeadline {
            guard let current = c.currentEvent[index], let other = meetingSpokenAt(index, current: current, c) else { continue }
            c.currentEvent[index] = other
        }
        // A paragraph that opens a report of its own — a date or 近日 / 日前 / 记者从 …
        // first, as each flash of a news roundup does — and names no event reports on
        // none: what it says is not the earlier paragraph's event's.
        c.reportingSentences = Set(mentions.indices.filter { c.eventOfMention[$0] >= 0 }.map { mentions[$0].sentence })
        let mentioned = c.reportingSentences
        // Day dates by where they start, looked up once per paragraph.
        var dayAt: [Int: CalendarDate] = [:]
        for expression in c.analysis.expressions {
            if let value = expression.value, value.granularity == .day { dayAt[expression.offset] = value }
        }
        for paragraph in paragraphs {
            let index = paragraph.lowerBound
            if sentences[index].startsParagraph, !sentences[index].isHeadline, let current = c.currentEvent[index],
                !paragraph.contains(where: mentioned.contains), opensOwnReport(c, sentences[index], dayAt: dayAt, outside: events[current])
            {
                for k in paragraph { c.currentEvent[k] = nil }
            }
        }
        // A study list's item naming a dated meeting conveyed (`（二）4月2日学校…动员部署会精神。`)
        // or a document issued (`（三）学校党委4月3日印发的《…》。`) and telling, in the sentences
        // after it in its paragraph, what that meeting said or the document lays out
        // (`校党委书记…在动员部署会上提出，…`, `方案…部署开展“…”`): those sentences are its.
        for paragraph in paragraphs where paragraph.count > 1 {
            let opening = paragraph.lowerBound
            guard !sentences[opening].isHeadline, EventFinder.listItemStart(sentences[opening].range, s) != nil,
                let k = c.mentionIndices(inSentence: opening).first(where: { c.eventOfMention[$0] >= 0
                    && (c.mentions[$0].rule == RuleName.eventDatedConveyedMeeting.rawValue
                        || c.mentions[$0].referred && c.mentions[$0].rule == RuleName.eventIssuesTitledDocument.rawValue) }),
                !paragraph.dropFirst().contains(where: mentioned.contains)
            else { continue }
            for index in paragraph.dropFirst() { c.currentEvent[index] = c.eventOfMention[k] }
        }
        // A plenary the session holds (`全会举行第一次全体会议`, `会议举行第二次全体会议`) is an
        // event of its own, but what its report tells is the session's: its sentences go
        // back to the session whose days hold the plenary's (told before it: a
        // compilation's plenaries may each open an article of their own).
        for index in sentences.indices {
            // (Not the paragraph that names the plenary: who chaired it chaired the plenary.)
            guard let plenary = c.currentEvent[index], Self.isSessionsPlenary(events[plenary].label),
                let paragraph = paragraphs.first(where: { $0.contains(index) }),
                !c.mentions.indices.contains(where: { paragraph.contains(c.mentions[$0].sentence) && c.eventOfMention[$0] == plenary }),
                let session = c.mentions.indices.last(where: { k in
                    let event = c.eventOfMention[k]
                    return event >= 0 && event != plenary && c.mentions[k].sentence <= index && !Self.isSessionsPlenary(events[event].label)
                        && events[event].kind == .meeting && events[event].endDate != nil
                        && events[event].date <= events[plenary].date && events[plenary].date <= events[event].endDate!
                }).map({ c.eventOfMention[$0] })
            else { continue }
            c.currentEvent[index] = session
        }
        // An article's headline names its first event too — its own lines, not a kicker or
        // subtitle joined above them (研究…工作, 全面提高…能力: ArticleSplitter).
        var headlinesByArticle: [Int: [Sentence]] = [:]
        for sentence in sentences where sentence.isHeadline { headlinesByArticle[sentence.article, default: []].append(sentence) }
        let articles = c.analysis.articles
        for article in byArticle.keys.sorted() {
            guard let first = byArticle[article]?.first else { continue }
            let titleStart = article < articles.count ? articles[article].titleStart ?? 0 : 0
            for sentence in headlinesByArticle[article] ?? [] where sentence.range.lowerBound >= titleStart {
                let headline = U.string(s, sentence.range)
                guard headline.count >= 4 else { continue }
                events[first.event].addAlias(headline)
            }
        }
    }

    /// Is the label a plenary named by its session's word (`全会第一次全体会议`,
    /// `会议第二次全体会议`, `大会第三次全体会议`)?
    static func isSessionsPlenary(_ label: String) -> Bool {
        Self.sessionWords.contains { label.hasPrefix($0 + "第") } && label.hasSuffix("全体会议")
    }
    static let sessionWords = ["全会", "会议", "大会"]

    /// How far into a document a date line is its dateline (a news item's, under its
    /// headline) rather than a signature.
    static let datelineReach = 160

    /// A group's meeting named only by the group's kind (`主持召开领导小组会议`) takes the
    /// group's full name from the title of someone in its sentence who leads it
    /// (`中央应对…工作领导小组组长李克强主持召开领导小组会议` →
    /// `中央应对…工作领导小组会议`).
    func qualifiedGroupMeeting(_ mention: EventMention, _ c: DocumentContext) -> String {
        guard let word = ["会议", "会"].first(where: mention.name.hasSuffix) else { return mention.name }
        let head = String(mention.name.dropLast(word.count))
        guard words.groupHeads.contains(head) else { return mention.name }
        for person in c.peopleBySentence[mention.sentence] ?? [] {
            for title in person.titles {
                for role in words.groupLeaders where title.hasSuffix(head + role) {
                    let group = String(title.dropLast(role.count))
                    if group.count > head.count + 1 { return group + word }
                }
            }
        }
        return mention.name
    }

    /// A meeting named only by its kind (`座谈会`, `新闻发布会`, `2024年第一次集体学习`, `第十四讲专题讲座`) is
    /// known by who held it: its organizer (`国务院新闻办公室新闻发布会`), the chair who
    /// convened it (`李克强主持召开的座谈会`) or its host (`习近平举行的欢迎宴会`), so that
    /// two such meetings of one day stay two events. With none of them it keeps its name
    /// (dropping those lost real meetings of reports whose convener the rules missed).
    /// Returns the name, whether it is generic (the kind alone, not counted by a year or
    /// an ordinal; ``EventDraft/apart(_:acrossDocuments:)``) and who qualifies it.
    /// `10日上午的开幕会由省政协副主席鲁晴主持。`: a sentence opening with a day, 的 and a
    /// meeting's name, then 由, a person and a chair verb — in an article about a numbered
    /// session (`政协…第十二届…第二次会议`, whose sittings are events of their own), a sitting
    /// of that day, which that person chaired. (A conference's 开幕式 is the conference's.)
    func sittingsChairedBy(_ c: DocumentContext) -> [EventMention] {
        let s = c.s
        let chairVerbs = lexicon.wordList("chair-verbs")
        var found: [EventMention] = []
        var sessionArticles: [Int: Bool] = [:]
        func namesASession(_ article: Int) -> Bool {
            if let known = sessionArticles[article] { return known }
            let yes = c.sentences.contains { sentence in
                sentence.article == article && s.occurrences(of: [Self.sessionTerm], in: sentence.range).contains { term in
                    s.firstOccurrence(of: Self.numberedSessionEnd, in: term..<min(sentence.range.upperBound, term + 14)) != nil
                }
            }
            sessionArticles[article] = yes
            return yes
        }
        for (index, sentence) in c.sentences.enumerated() where !sentence.isHeadline {
            let r = sentence.range
            guard let date = c.expression(startingAt: r.lowerBound), let value = date.value, value.granularity == .day, date.granularity == .day else { continue }
            let nameStart = date.offset + date.length + 1
            guard nameStart < r.upperBound, s[nameStart - 1] == Lit.de else { continue }
            var by = nameStart
            while by < r.upperBound, by - nameStart <= 12, U.isHan(s[by]), s[by] != Self.by { by += 1 }
            guard by < r.upperBound, s[by] == Self.by, by - nameStart >= 2, c.finder.meetingWords.ending(in: s, at: by) != nil,
                let chair = (c.peopleBySentence[index] ?? []).first(where: { person in
                    person.range.lowerBound > by && person.range.lowerBound - by <= 16 && chairVerbs.first(in: s, at: person.range.upperBound) != nil
                        && !(by + 1..<person.range.lowerBound).contains { U.isClauseEnd(s[$0]) }
                })
            else { continue }
            guard namesASession(sentence.article) else { continue }
            let name = U.string(s, nameStart..<by)
            var mention = EventMention(name: name, kind: c.finder.kind(of: nameStart..<by), date: value, dateInferred: false, sentence: index,
                                       range: r.lowerBound..<chair.range.upperBound, rule: RuleName.eventSittingChairedBy.rawValue)
            mention.timeOfDay = date.timeOfDay
            mention.agent = chair.name
            mention.agentRole = .chairs
            found.append(mention)
        }
        return found
    }

    static let numberedSessionEnd = U.s("次会议"), sessionTerm: UInt32 = 0x5C4A /* 届 */
    /// A subject pointing at the text's own session (本次会议, 这次大会): no holder.
    static let deicticHolders = ["本次", "这次", "此次", "本届"]

    func qualifiedGeneric(_ mention: EventMention, _ c: DocumentContext) -> (name: String, generic: Bool, holder: String?) {
        let unchanged = (mention.name, false, nil as String?)
        guard mention.kind != .speech, mention.kind != .inspection, mention.kind != .instruction, mention.kind != .notice else { return unchanged }
        var name = U.s(mention.name)
        // 全体（扩大）会议: a note in brackets is no part of its kind.
        if let open = name.firstIndex(where: { $0 == EventFinder.wideOpenParen || $0 == EventFinder.openParen }),
            let close = name[open...].firstIndex(where: { $0 == EventFinder.wideCloseParen || $0 == EventFinder.closeParen }),
            (2...5).contains(close - open), close + 1 < name.count
        {
            name.removeSubrange(open...close)
        }
        // 2024年第一次集体学习, 第二次全体会议: a year and an ordinal do not name it (but
        // tell it from the others of its kind: such a name is not generic).
        var counted = false
        var k = 0
        while k < name.count, Numerals.arabicDigit(name[k]) != nil { k += 1 }
        if k == 4, k < name.count, name[k] == Lit.year { name.removeFirst(5); counted = true }
        if name.first == Lit.di, let ci = name.firstIndex(where: { $0 == Lit.ci || $0 == Self.jiang }), ci <= 5 { name.removeFirst(ci + 1); counted = true }
        guard !name.isEmpty else { return unchanged }
        // The kind alone (座谈会), or a short name with no owner in it (新闻发布会, 宪法宣誓
        // 仪式, 第二十三次主任会议; not 省委专题会议).
        // (Or a kind the bracket is part of: （扩大）学习, a study group's enlarged session.)
        let kindAlone = c.finder.meetingWords.contains(name) || c.finder.meetingWords.contains(U.s(mention.name))
        // (A ceremony up to eight: 荣誉称号颁授仪式, 全面开通运营仪式.)
        let ceremony = Self.ceremonies.contains { name.count >= $0.count && Array(name.suffix($0.count)) == $0 }
        // (A body's word that opens the name names no owner: 常委会会议, 党组会议 held by 县委,
        // by 县政府 are two meetings.)
        // (But 省委, 市委, 县委 opening it name the owner: 省委专题会议.)
        var opening = (1..<name.count).last { k in c.finder.organizationSuffixes.ending(in: name, at: k)?.count == k } ?? 0
        if opening > 0, Self.placeLevels.contains(name[0]) { opening = 0 }
        let ownerless = name.count <= (ceremony ? 8 : 6) && c.finder.meetingWords.ending(in: name, at: name.count) != nil
            && !(opening + 1..<max(opening + 1, name.count)).contains { c.finder.organizationSuffixes.ending(in: name, at: $0) != nil }
        // 四中全会精神辅导报告会, 二十大精神宣讲会: named by what it conveys, a kind every body
        // holds — known by its holder too, like a kind alone (but not generic: the name
        // says what it was).
        let conveyedKind = !kindAlone && !ownerless && (5...24).contains(name.count)
            && c.finder.meetingWords.ending(in: name, at: name.count) != nil
            && (2...name.count - 3).contains { k in name.has(Self.spirit, at: k) && name.count - (k + 2) <= 5 }
        if conveyedKind {
            guard !mention.several, let holder = mention.organizer ?? mention.heldBy else { return unchanged }
            return (holder + mention.name, false, holder)
        }
        guard kindAlone || ownerless else { return unchanged }
        // The item's title may name it in full (李克强主持召开专家学者座谈会 over 主持召开座谈会).
        // Not when the title names it no better (…举行2024年第一次集体学习 in the title too).
        if kindAlone, !mention.several, let titled = c.finder.titleName(ofKind: name, sentences: c.sentences, before: mention.sentence),
            titled != mention.name
        {
            return (titled, false, nil)
        }
        // 分别举行升国旗仪式: several ceremonies by one kind's name: none of them named.
        if mention.several { return ("", false, nil) }
        let generic = !counted
        // (本次会议于1月20日下午举行预备会议: the session itself as the subject, no holder to
        // name its sitting by.)
        if let organizer = mention.organizer ?? mention.heldBy, !Self.deicticHolders.contains(where: organizer.hasPrefix) {
            // 省委常委会 held by 省委: the name says it already (not a session's plenary:
            // …第八次会议 holds 第一次全体会议).
            // (党委, 党组: every unit has one — 学院党委 holding 第十二次党委会 is named only
            // by the whole organizer.)
            let tail = String(organizer.suffix(2))
            let says = (Self.everyUnitsBodies.contains(tail) ? mention.name.contains(organizer) : mention.name.contains(tail)) && !organizer.hasSuffix("会议")
            return (says ? mention.name : organizer + mention.name, generic, organizer)
        }
        // Known by who convened or held it, not by who attended or spoke there. A ceremony
        // with no one named in its sentence (正式通车仪式, 升旗仪式, 简短而庄严的仪式) names no
        // event of its own (read in the 2024 news: such nodes wrong or unowned).
        let nobodyThere = (c.peopleBySentence[mention.sentence] ?? []).isEmpty
        guard let agent = mention.agent else { return (ceremony && nobodyThere ? "" : mention.name, generic, nil) }
        guard mention.agentRole == .chairs || mention.agentRole == nil else { return (mention.name, generic, nil) }
        return (agent + (mention.agentRole == .chairs ? EventNames.chairedBy : EventNames.heldBy) + mention.name, generic, agent)
    }

    static let spirit = U.s("精神")
    /// Kinds of meeting that open a sentence as its subject (全会强调, 大会号召).
    static let subjectKinds: [[UInt32]] = ["全会", "大会", "论坛", "峰会"].map(U.s)
    /// After such a kind, what makes it no subject: 全会前, 全会后, 大会期间, 大会上.
    static let notSubjectAfterKind = U.set("前后期上结召举开闭的")
    /// Does the sentence convey a meeting the name names (`…召开专题会议，传达学习党的
    /// 十九大精神` and `中国共产党第十九次全国代表大会`): a convey verb's object, split into
    /// its references as ConveyPass splits them, one of them like the name or its short
    /// form (PlenumNames)?
    func conveys(_ sentence: Range<Int>, named label: String, _ s: [UInt32]) -> Bool {
        let names = ([label] + (PlenumNames.alias(of: label).map { [$0] } ?? [])).map(EventNames.Prepared.init)
        let conveyingVerbs = lexicon.wordList("convey-verbs")
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            guard let verb = s.firstWord(of: conveyingVerbs, at: i) else { i += 1; continue }
            let object = Self.conveyedObject(s, from: i + verb.count, limit: sentence.upperBound)
            for part in Self.referenceParts(s, object) {
                let written = EventNames.Prepared(EventReference.name(Array(s[part])))
                if names.contains(where: { EventNames.dice($0, written) >= 0.5 }) { return true }
            }
            i = object.upperBound
        }
        return false
    }

    /// The bare word a report's sentences open with for its own meeting (会议指出, 会议审议通过).
    static let meetingSubject = U.s("会议")
    /// What a meeting is reported to have said (会议强调, 会议提出).
    static let meetingSaid: [[UInt32]] = ["强调", "提出", "指出", "要求", "明确", "部署", "认为", "号召"].map(U.s)
    /// The titles a notice's name says it issues (`…关于印发《X》的通知` → X).
    static func issuedTitles(_ name: [UInt32]) -> Set<[UInt32]> {
        var titles = Set<[UInt32]>()
        var k = 0
        while let open = name.firstOccurrence(of: [U.openBook], in: k..<name.count) {
            guard let close = name.firstOccurrence(of: [U.closeBook], in: open + 1..<name.count) else { break }
            if issuingVerbs.contains(where: { open >= $0.count && name.has($0, at: open - $0.count) }) { titles.insert(Array(name[open + 1..<close])) }
            k = close + 1
        }
        return titles
    }
    static let issuingVerbs: [[UInt32]] = ["印发", "下发", "转发", "出台"].map(U.s)
    /// The line after which a notice's body begins (现就有关事项通知如下).
    static let noticeFollows = U.s("通知如下")
    static let colon: UInt32 = 0xFF1A /* ： */
    /// Words of a notice's section heading that tells a meeting's spirit (一、会议主要精神) …
    static let spiritTold: [[UInt32]] = ["主要精神", "会议精神", "全会精神", "精神要点", "精神实质"].map(U.s)
    /// … and words of one that carries it out instead (二、认真学习贯彻会议精神).
    static let spiritCarriedOut: [[UInt32]] = ["贯彻", "落实", "学习", "宣传", "要求", "推动", "落地"].map(U.s)

    /// A notice's section heading: a short line of its own opening with a numeral and 、
    /// (`一、会议主要精神`, `二、我院贯彻落实措施`).
    static func opensNoticeSection(_ sentence: Sentence, _ s: [UInt32]) -> Bool {
        let range = sentence.range
        guard sentence.startsParagraph, range.count >= 3, range.count <= 24 else { return false }
        var k = range.lowerBound
        while k < range.upperBound, k - range.lowerBound < 3, EventNames.numeralScalars.contains(s[k]) { k += 1 }
        return k > range.lowerBound && k < range.upperBound && s[k] == U.listSeparator
            && !(k + 1..<range.upperBound).contains(where: { U.isSentenceEnd(s[$0]) || U.isClauseEnd(s[$0]) })
    }
    static let heldRelative: [[UInt32]] = ["召开的", "举行的"].map(U.s)

    /// The sentences' paragraphs, in order, as ranges of sentence indices (a paragraph
    /// runs from a sentence that starts one to the next; the first runs from 0).
    static func paragraphs(_ sentences: [Sentence]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        while start < sentences.count {
            var end = start + 1
            while end < sentences.count, !sentences[end].startsParagraph { end += 1 }
            out.append(start..<end)
            start = end
        }
        return out
    }

    /// Does the sentence open with a day and a meeting held then, as its subject
    /// (`2023年12月20日至21日召开的省委经济工作会议，…`), or with a day and a comma
    /// (`11月15日，厅党组召开扩大会议…`)?
    func opensWithRecalledMeeting(_ sentence: Range<Int>, _ c: DocumentContext) -> Bool {
        guard var day = c.expression(startingAt: sentence.lowerBound) else { return false }
        // (去年12月27日召开的…: a relative year, then the day it places.)
        if day.granularity == .year, let placed = c.expression(startingAt: day.offset + day.length) { day = placed }
        let after = day.offset + day.length
        return Self.heldRelative.contains { c.s.has($0, at: after) } || after < c.s.count && c.s[after] == Lit.comma
    }
    /// After 会议, what makes it a noun's part, not the subject: 会议室, 会议纪要, 会议精神.
    static let notSubjectAfterMeeting = U.set("室纪精")
    static let on: UInt32 = 0x4E0A /* 上 */
    /// The last character of a meeting before 上 (会上, 大会上, 全会上, 座谈会上).
    static let meetingEnds = U.set("会议")
    /// What a meeting named as a sentence's subject does (省委农村工作会议提出，…).
    static let subjectVerbs: [[UInt32]] = ["提出", "强调", "要求", "明确", "指出", "部署", "确定"].map(U.s)
    /// Does the label name a meeting of the kind (`全会` also by a committee's `…委员会第八次
    /// 全体会议`, not a drafting group's 第一次全体会议)?
    static func isOfKind(_ label: String, _ kind: [UInt32]) -> Bool {
        let k = U.string(kind, 0..<kind.count)
        return label.hasSuffix(k) || k == "全会" && label.hasSuffix("全体会议") && label.contains("委员会第")
    }
    /// Bodies every unit has: a name holding one names no owner.
    static let everyUnitsBodies: Set<String> = ["党委", "党组", "支部"]
    /// 省, 市, 县, 区, 州, 镇, 乡: a body's name opening with one names its place (省委, 县政府).
    static let placeLevels = U.set("省市县区州镇乡")

    /// Is the mention told in a speech reported (a speak verb and a comma or colon before
    /// it in its sentence, or opening its paragraph: 李强表示，…。习近平主席昨天…) as of a
    /// day before the speaker's (`昨天`, `前天`; lexicon `recalled-days`), or as held with
    /// the one the speaker addresses (`同你`, `同总统先生`)?
    func recalledInSpeech(_ mention: EventMention, _ c: DocumentContext) -> Bool {
        let s = c.s
        var first = mention.sentence
        while first > 0, !c.sentences[first].startsParagraph { first -= 1 }
        let sentence = c.sentences[mention.sentence].range
        var speech = false
        // The paragraph's opening words (李强表示，), then the sentence up to the mention.
        let opening = c.sentences[first].range
        var k = opening.lowerBound + 1
        while k < min(opening.upperBound, opening.lowerBound + 24, mention.range.lowerBound) {
            if Self.speechMark(s[k]), s.word(of: words.speakVerbs, endingAt: k) != nil { speech = true; break }
            k += 1
        }
        k = sentence.lowerBound
        while k < mention.range.lowerBound {
            if !speech, k > sentence.lowerBound, Self.speechMark(s[k]), s.word(of: words.speakVerbs, endingAt: k) != nil { speech = true }
            if speech, s.firstWord(of: words.recalledDays, at: k) != nil { return true }
            // …习近平主席同你举行富有成果的会晤, 同总统先生举行会谈: talks with the one
            // addressed (lexicon `speech-addressees`, within the few words after 同 / 与).
            if speech, EventFinder.counterpartOpeners.contains(s[k]) {
                var e = k + 1
                while e < min(mention.range.lowerBound, k + 8), U.isHan(s[e]) { e += 1 }
                if (k + 1..<e).contains(where: { s.firstWord(of: words.speechAddressees, at: $0) != nil }) { return true }
            }
            k += 1
        }
        return false
    }

    static func speechMark(_ c: UInt32) -> Bool { c == Lit.comma || c == Lit.colon }

    /// 仪式, 典礼: the ceremonies' kinds.
    static let ceremonies: [[UInt32]] = ["仪式", "典礼"].map(U.s)

    /// 第十四讲… (a lecture series' ordinal, as 第…次).
    static let jiang: UInt32 = 0x8BB2 /* 讲 */

    /// Does the sentence open a report of its own: `近日`, `日前`, `记者从…获悉`, `据…` at its
    /// start, or a date there that lies outside the event reported so far (not `22日上午`
    /// within a tour of 20–22 May)?
    func opensOwnReport(_ c: DocumentContext, _ sentence: Sentence, dayAt: [Int: CalendarDate], outside event: EventDraft) -> Bool {
        var start = sentence.range.lowerBound
        while start < sentence.range.upperBound, U.isSpace(c.s[start]) { start += 1 }
        if c.s.firstWord(of: Self.reportOpeners, at: start) != nil { return true }
        guard let value = dayAt[start] else { return false }
        return value < event.date || value > (event.endDate ?? event.date)
    }

    static let reportOpeners = WordList(["近日", "日前", "近期", "记者从", "记者日前从", "据"].map(U.s))

    /// Merges an event mention into a known event or adds it; returns its index.
    mutating func merge(_ mention: EventMention, evidence: Evidence) -> Int {
        guard let date = mention.date else { return -1 }
        var label = mention.name
        // A tour, an instruction or an article is known by who made it (习近平在山西考察,
        // 李克强重要批示, 习近平在《求是》杂志发表重要文章《…》):
        // two people's instructions of one day are two events.
        // 并会见越南国家主席苏林: talks named without their subject take the visitor.
        let subjectless = mention.rule == RuleName.eventTalksWithCounterpart.rawValue && words.subjectlessTalkOpeners.contains { label.hasPrefix($0) }
        if mention.kind == .inspection || mention.kind == .instruction || RuleName.lectures.contains(mention.rule)
            || mention.rule == RuleName.eventPublishedArticle.rawValue || subjectless,
            let agent = mention.agent, !label.hasPrefix(agent)
        {
            label = agent + mention.name
        }
        // 第三届“伊朗—阿拉伯对话会, 纲要》出版座谈会: a mark whose partner the name lost goes.
        label = Self.balancedMarks(label)
        // A generic name (集体学习, 专题会议) is known by who held it.
        if mention.kind != .inspection, label.count <= 4, let organizer = mention.organizer, !label.hasPrefix(organizer) { label = organizer + label }
        // The mention as an event of its own: it joins the first known event it matches
        // (EventDraft.matches / absorb, the rules merging uses across documents too).
        var mentioned = EventDraft(
            id: NodeID("e-" + date.iso + "-" + label), label: label, kind: mention.kind, level: nil, date: date,
            endDate: mention.endDate, timeOfDay: mention.timeOfDay, dateInferred: mention.dateInferred,
            aliases: [], organizer: mention.organizer, place: mention.place, agent: mention.agent, evidence: [evidence],
            rule: mention.rule, prepared: [EventNames.Prepared(label)], scalarNames: [U.s(label)], reported: !mention.referred,
            guests: mention.honoured, generic: mention.generic, holder: mention.holder, verb: mention.verb)
        // 十九届五中全会 ↔ 中国共产党第十九届中央委员会第五次全体会议: the other form as an alias.
        if let alias = PlenumNames.alias(of: label) { mentioned.addAlias(alias) }
        if let index = firstMatch(of: mentioned) ?? recalledByKind(mentioned) {
            // Merged in place: copying the draft would copy its evidence every time.
            let wasReported = events[index].reported
            let wasNamed = events[index].label
            events[index].absorb(mentioned, inDocument: true)
            if !wasReported && events[index].reported || events[index].label != wasNamed {
                // Named now by its own report (or in full): its id follows the name.
                eventIDs.remove(events[index].id)
                events[index].id = claimID(date: events[index].date, label: events[index].label)
            }
            if events[index].date != eventsByDate.dateOf[index] { eventsByDate.add(index, events[index]) }
            return index
        }
        // An id is unique within the document (an event whose date moved may leave its
        // first id to a later one).
        var draft = mentioned
        draft.id = claimID(date: date, label: label)
        events.append(draft)
        eventsByDate.add(events.count - 1, draft)
        return events.count - 1
    }

    /// A meeting recalled by its holder and kind alone (`县委在9月9日的推进会上提出…` →
    /// `县委推进会`) is the event of that day the text names in full (`全县教育实践活动推进会`):
    /// the one event of the day whose name ends in that kind, of the same level.
    func recalledByKind(_ mentioned: EventDraft) -> Int? {
        guard mentioned.rule == RuleName.eventRecalledMeeting.rawValue, let level = ConveyResolver.level(of: U.s(mentioned.label)) else { return nil }
        let label = U.s(mentioned.label)
        guard let kind = words.meetingWords.ending(in: label, at: label.count), kind.count >= 3, label.count <= kind.count + 3 else { return nil }
        let tail = U.string(kind, 0..<kind.count)
        let same = (eventsByDate.byDate[mentioned.date] ?? []).filter { k in
            events[k].label != mentioned.label && events[k].label.hasSuffix(tail) && ConveyResolver.level(of: U.s(events[k].label)) == level
        }
        return same.count == 1 ? same[0] : nil
    }

    /// The label without a quote or book mark whose partner it lost (`第三届“伊朗—阿拉伯
    /// 对话会` → `第三届伊朗—阿拉伯对话会`).
    static func balancedMarks(_ label: String) -> String {
        var scalars = Array(label.unicodeScalars)
        for (open, close) in [("\u{201C}", "\u{201D}"), ("\u{300A}", "\u{300B}")] as [(Unicode.Scalar, Unicode.Scalar)] {
            // Opens still waiting for their close, and closes that found none.
            var opens: [Int] = [], unmatched: [Int] = []
            for (k, c) in scalars.enumerated() {
                if c == open { opens.append(k) }
                if c == close { if opens.isEmpty { unmatched.append(k) } else { opens.removeLast() } }
            }
            for k in (unmatched + opens).sorted(by: >) { scalars.remove(at: k) }
        }
        guard scalars.count != label.unicodeScalars.count else { return label }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }

    /// `e-<date>-<label>`, with `·2`, `·3` … when the document has that id already; taken.
    mutating func claimID(date: CalendarDate, label: String) -> NodeID {
        var id = NodeID("e-" + date.iso + "-" + label)
        var n = 2
        while !eventIDs.insert(id).inserted {
            id = NodeID("e-" + date.iso + "-" + label + "·\(n)")
            n += 1
        }
        return id
    }

    /// The first event (in the order they were made) that `mention` matches: only
    /// events of its day and events spanning days can match a one-day mention, so a
    /// compilation of thousands of meetings does not compare each with all.
    func firstMatch(of mention: EventDraft) -> Int? {
        guard mention.endDate == nil else { return events.indices.first { events[$0].matches(mention, acrossDocuments: false) && !Self.twoInOneSentence(events[$0], mention) } }
        var candidates = eventsByDate.byDate[mention.date] ?? []
        candidates += eventsByDate.spanning
        candidates.sort()
        var previous = -1
        for index in candidates where index != previous {
            previous = index
            if events[index].matches(mention, acrossDocuments: false), !Self.twoInOneSentence(events[index], mention) { return index }
        }
        return nil
    }

    /// A sentence that names one meeting as held before and reports another
    /// (`在全省…视频会议结束后，学校赓即召开三校区…视频会`) names two, however alike.
    static func twoInOneSentence(_ known: EventDraft, _ mention: EventDraft) -> Bool {
        guard known.reported != mention.reported, let said = mention.evidence.first else { return false }
        return known.evidence.contains { $0.offset == said.offset && $0.document == said.document }
    }

    /// A notice without a title, addressed to units (`各党总支、直属党支部：`) and signed at
    /// its end, that sets out an arrangement (`…，5月教职工政治理论学习围绕…开展学习，具体安排
    /// 如下：`): the study or meeting arranged, named from the month that opens its name
    /// to its kind word (`5月教职工政治理论学习`) and dated by that month. Its study list
    /// (`学习内容 1.… 2.…`) is what it conveys (ConveyPass).
    func arrangedGathering(_ document: TextDocument, sentences: [Sentence], analysis: TimeAnalysis, signature: Int) -> [EventMention] {
        let s = document.scalars
        // The addressee line: 各… and a colon at its end (inside the sentence or right after it).
        guard let first = sentences.first, first.article == 0, first.range.count >= 3, s[first.range.lowerBound] == Self.each,
            (first.range.upperBound - 1..<min(first.range.upperBound + 2, s.count)).contains(where: { s[$0] == 0xFF1A || s[$0] == 0x3A })
        else { return [] }
        for (index, sentence) in sentences.prefix(4).enumerated() where index > 0 && sentence.article == 0 {
            guard s.firstOccurrence(of: Self.asFollows, in: sentence.range) != nil else { continue }
            for expression in analysis.expressions where sentence.range.contains(expression.offset) && expression.offset != signature && expression.granularity == .month {
                // From the month to the first kind word, within the clause.
                var end = expression.offset + expression.length
                while end < sentence.range.upperBound, end - expression.offset <= 24, !U.isClauseEnd(s[end]) {
                    if let word = words.arrangedKinds.first(where: { s.has($0, at: end) }) {
                        end += word.count
                        let name = U.string(s, expression.offset..<end)
                        return [EventMention(name: name, kind: name.hasSuffix("学习") ? .study : .meeting, date: expression.value, dateInferred: false,
                                             sentence: index, range: expression.offset..<end, rule: RuleName.eventNoticeAnnouncesGathering.rawValue)]
                    }
                    end += 1
                }
            }
        }
        return []
    }

    /// Notices inside a compilation or a weekly: a line of its own `六、关于召开…的通知`
    /// followed by the notice, signed on a line of its own (`2024年5月16日`,
    /// `县委办公室　2022年11月1日`), is a notice issued that day, as a notice the document
    /// opens with is. (A table of contents names it too: the last heading of a name counts.)
    func embeddedNotices(_ document: TextDocument, sentences: [Sentence], analysis: TimeAnalysis, except known: Set<String>) -> [EventMention] {
        let s = document.scalars
        var lines: [Range<Int>] = []
        var lineStart = 0
        for k in 0...s.count where k == s.count || s[k] == Lit.lineFeed {
            lines.append(lineStart..<k)
            lineStart = k + 1
        }
        func trimmed(_ line: Range<Int>) -> Range<Int> {
            var (from, to) = (line.lowerBound, line.upperBound)
            while from < to, U.isSpace(s[from]) { from += 1 }
            while to > from, U.isSpace(s[to - 1]) { to -= 1 }
            return from..<to
        }
        // The signature line's day: a day ending its line, nothing but the issuer before it.
        // Expressions by where they end (a compilation has thousands; a notice's lines are
        // looked up one by one).
        var endingAt: [Int: TimeExpression] = [:]
        func signature(_ line: Range<Int>) -> TimeExpression? {
            let line = trimmed(line)
            if endingAt.isEmpty { for e in analysis.expressions where endingAt[e.offset + e.length] == nil { endingAt[e.offset + e.length] = e } }
            guard !line.isEmpty, let e = endingAt[line.upperBound], line.contains(e.offset),
                e.value?.granularity == .day, e.text.contains("月"), e.text.hasSuffix("日"),
                !(line.lowerBound..<e.offset).contains(where: { U.isClauseEnd(s[$0]) || s[$0] == U.listSeparator })
            else { return nil }
            return e
        }
        var byName: [String: EventMention] = [:]
        for (n, line) in lines.enumerated() {
            var range = trimmed(line)
            // Without its number (六、 2. （一）).
            if let mark = (range.lowerBound..<min(range.upperBound, range.lowerBound + 5)).first(where: { [U.listSeparator, 0x2E, 0xFF0E, 0xFF09].contains(s[$0]) }),
                (range.lowerBound..<mark).allSatisfy({ EventNames.numeralScalars.contains(s[$0]) || s[$0] == 0xFF08 })
            {
                range = mark + 1..<range.upperBound
            }
            guard range.count >= 8, range.count <= 80, s.has(Lit.about, at: range.lowerBound), s.has(Self.notice, at: range.upperBound - Self.notice.count),
                !range.contains(where: { U.isSentenceEnd(s[$0]) || s[$0] == Lit.comma }),
                let index = sentences.firstIndex(where: { $0.range.overlaps(range) })
            else { continue }
            let name = U.string(s, range)
            guard !known.contains(where: { $0.hasSuffix(name) }) else { continue }
            // Signed below, before another notice begins.
            guard let signed = lines[(n + 1)...].prefix(150).lazy.prefix(while: { !s.has(Lit.about, at: trimmed($0).lowerBound) || !s.has(Self.notice, at: trimmed($0).upperBound - Self.notice.count) })
                .compactMap(signature).first, let date = signed.value
            else { continue }
            // Told among other items: it owns its heading only (the items around it are
            // not its report).
            var notice = EventMention(name: name, kind: .notice, date: date, dateInferred: false, sentence: index, range: range,
                                      rule: RuleName.eventNoticeTitleSignatureDate.rawValue)
            notice.referred = true
            byName[name] = notice
        }
        return byName.values.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
    static let notice = U.s("通知")
    /// What tells a decision before a gathering's verb (研究决定，召开…).
    static let decidingWords: [[UInt32]] = ["研究", "决定"].map(U.s)

    static let each: UInt32 = 0x5404 /* 各 */
    static let asFollows = U.s("如下")
    static let beforeMark: UInt32 = 0x524D /* 前 */, afterMark: UInt32 = 0x540E /* 后 */

    /// The run of Han characters right before a verb at `verb`, back to its clause's start
    /// (16 at most): the body that holds what the verb names (`院党委理论学习中心组` of
    /// `…，院党委理论学习中心组召开专题学习会`). Nil when the run does not reach a clause's start
    /// — or, unless `openingTheSentence`, when it opens the sentence.
    static func bodyBefore(_ verb: Int, in sentence: Range<Int>, _ s: [UInt32], openingTheSentence: Bool) -> Range<Int>? {
        var from = verb
        while from > sentence.lowerBound, verb - from < 16, U.isHan(s[from - 1]) { from -= 1 }
        guard from < verb else { return nil }
        if from == sentence.lowerBound { return openingTheSentence ? from..<verb : nil }
        return U.isClauseEnd(s[from - 1]) ? from..<verb : nil
    }

    /// The notice a document opens with (`关于召开…的通知`, dated by its signature) and
    /// the gathering it announces (`决定召开…学习`, dated by its 时间 line).
    func noticeEvents(_ document: TextDocument, sentences: [Sentence], analysis: TimeAnalysis) -> [EventMention] {
        guard let reference = analysis.reference, reference.source == .stated, let stated = reference.offset,
            let first = sentences.first, first.article == 0
        else { return [] }
        let s = document.scalars
        let text: (Range<Int>) -> String = { U.string(s, $0) }
        // The title: the first lines up to one ending in 通知.
        var title = ""
        var titleEnd: Int?
        // (Under a red header's lines: `…办公室文件`, `内航办安〔2013〕27号`.)
        let headerLines = sentences.prefix(4).prefix { sentence in
            let line = text(sentence.range).trimmingCharacters(in: .whitespaces)
            return line.hasSuffix("文件") && line.count <= 30 || line.hasSuffix("号") && (line.contains("〔") || line.contains("[")) && line.count <= 24
        }.count
        for (index, sentence) in sentences.enumerated().dropFirst(headerLines).prefix(3) where sentence.article == 0 {
            title += text(sentence.range).trimmingCharacters(in: .whitespaces)
            if title.hasSuffix("通知") || title.contains("关于") && title.hasSuffix("情况的通报") { titleEnd = index; break }
        }
        // (Or a line of its own under a cover — a study material's name, its issuers and
        // day — `关于开展…的通知`.)
        if titleEnd == nil, let index = sentences.prefix(12).indices.first(where: { k in
            let line = text(sentences[k].range).trimmingCharacters(in: .whitespaces)
            return line.hasPrefix("关于") && line.count <= 80 && (line.hasSuffix("通知") || line.hasSuffix("情况的通报"))
        }) {
            title = text(sentences[index].range).trimmingCharacters(in: .whitespaces)
            titleEnd = index
        }
        guard analysis.articles.first?.range.contains(stated) == true else { return [] }
        guard let titleEnd else { return arrangedGathering(document, sentences: sentences, analysis: analysis, signature: stated) }
        var found = [EventMention(name: title, kind: .notice, date: reference.date, dateInferred: false, sentence: titleEnd, range: sentences[titleEnd].range, rule: RuleName.eventNoticeTitleSignatureDate.rawValue)]
        // The gathering announced: 召开 + a name up to the comma, dated by the first
        // date after it that is not the signature. (Every verb of the sentence in turn:
        // 根据…在全党开展…的部署要求，…决定于4月22日至26日在全校开展…学习周活动.) Further
        // gatherings the notice arranges count when their own sentence dates them
        // (4月25日（星期四）下午2:30，在…举行校党委理论学习中心组集中学习).
        for (index, sentence) in sentences.enumerated() where sentence.article == 0 && index > titleEnd {
            let first = found.count == 1
            // (Its day opens the sentence, or a list item's marker before it: 1.3月4日下午3时，….)
            let opening = EventFinder.listItemStart(sentence.range, s) ?? sentence.range.lowerBound
            let verbs = words.gatheringVerbs.flatMap { s.occurrences(of: $0, in: sentence.range) }.sorted()
            for at in verbs {
                var end = at + 2
                while end < sentence.range.upperBound, !U.set("，,。；").contains(s[end]) { end += 1 }
                var name = text(at + 2..<end)
                // (市卫生健康委党组召开（扩大）会议: a name opening with its bracketed note takes
                // the body before the verb, back to the clause's start.)
                if at + 2 < sentence.range.upperBound, s[at + 2] == EventFinder.wideOpenParen {
                    guard let body = Self.bodyBefore(at, in: sentence.range, s, openingTheSentence: true) else { continue }
                    name = text(body) + name
                }
                // (…集体学习（扩大）: a note in brackets after its kind.)
                let kindEnd = name.hasSuffix("（扩大）") ? String(name.dropLast(4)) : name
                // (Not a meeting described: 党代会是在…召开的一次十分重要的大会.)
                guard words.gatheringNameEndings.contains(where: kindEnd.hasSuffix), !found.contains(where: { $0.name == name }), s[at + 2] != EventFinder.de else { continue }
                // (定于10月27日下午开展…: the day written before the verb, with its part of the day,
                // in its clause — not the day of what decided it, 经11月27日校党委常委会研究，决定召开….
                // Or the day opening the sentence: 4月25日（星期四）下午2:30，在…举行… — not
                // 11月27日，校党委研究决定，召开…, the decision's day.)
                // (Not a deadline: 要在4月底前召开党委会, 5月10日前报送 — not 5月10日前后, about then.)
                func deadline(_ e: TimeExpression) -> Bool {
                    let end = e.offset + e.length
                    return end < s.count && s[end] == Self.beforeMark && !(end + 1 < s.count && s[end + 1] == Self.afterMark)
                }
                let before = analysis.expressions.last(where: { $0.offset >= sentence.range.lowerBound && $0.offset < at && $0.offset != stated && $0.value?.granularity == .day && !deadline($0) })
                    .flatMap { e in
                        let gap = e.offset + e.length..<at
                        guard gap.contains(where: { U.isClauseEnd(s[$0]) }) else { return e }
                        return e.offset == opening && !Self.decidingWords.contains(where: { s.firstOccurrence(of: $0, in: gap) != nil }) ? e : nil
                    }
                // (An activity — 开展…学习周活动 — only with its own day; a later gathering only
                // with the day its sentence opens on, not a deadline asked for: 4月底前至少召开一次….)
                let activity = name.hasSuffix("活动")
                let after = first && !activity ? analysis.expressions.first(where: { $0.offset > sentence.range.upperBound && $0.offset != stated && $0.value?.granularity == .day && !deadline($0) }) : nil
                guard let when = first ? before ?? after : before.flatMap({ $0.offset == opening ? $0 : nil }) else { continue }
                let kind: EventKind = kindEnd.hasSuffix("学习") ? .study : .meeting
                // (A later gathering's body before its verb, its clause's subject, holds it:
                // 1.3月4日下午3时，院党委理论学习中心组召开专题学习会.)
                let holder = first ? nil : Self.bodyBefore(at, in: sentence.range, s, openingTheSentence: false).flatMap { $0.count >= 2 ? text($0) : nil }
                // (定于本周四开展…: its part of the day from the time field below, `11月9日（星期四）上午8:30`.)
                let timeOfDay = when.timeOfDay ?? analysis.expressions.first(where: {
                    $0.offset > sentence.range.upperBound && $0.value == when.value && $0.timeOfDay != nil })?.timeOfDay
                var gathering = EventMention(name: name, kind: kind, date: when.value, endDate: when.end, timeOfDay: timeOfDay, dateInferred: false, sentence: index, range: at..<end, rule: RuleName.eventNoticeAnnouncesGathering.rawValue)
                gathering.organizer = holder
                found.append(gathering)
                break
            }
        }
        return found
    }
}
