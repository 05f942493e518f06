/// Conveys: reads events, dates and the sentences around them; adds `conveys` from an
/// event to the earlier event it 传达 / 学习贯彻 / 收看: the meeting watched by a 组织收看
/// event, the items of a notice's study list, and references after a convey verb in
/// an event's own sentences (…会议精神, …重要讲话精神), resolved by date and name.
extension GraphBuilder {
    static let conveyStops = U.set("。；;！？\n")
    /// What is done about a spirit conveyed (…精神作出安排, …精神进行部署).
    static let arrangedAfter: [[UInt32]] = ["作出", "做出", "作了", "进行"].map(U.s)
    static let study: UInt32 = 0x5B66 /* 学 */
    static let studyWord = U.s("学习"), education = U.s("教育"), beforeStudyInNames = U.set("史论")

    mutating func addConveys(_ c: DocumentContext) {
        let s = c.s
        let sentences = c.sentences
        let mentions = c.mentions
        let eventOfMention = c.eventOfMention
        let currentEvent = c.currentEvent
        let peopleBySentence = c.peopleBySentence
        let speakVerbs = lexicon.wordList("speak-verbs")
        let text: (Range<Int>) -> String = { U.string(s, $0) }
        // A 组织收看 event conveys the meeting watched, reported in the same sentence.
        var mentionsBySentence: [Int: [Int]] = [:]
        for (k, mention) in mentions.enumerated() { mentionsBySentence[mention.sentence, default: []].append(k) }
        for (k, mention) in mentions.enumerated() where mention.kind == .videoConference && eventOfMention[k] >= 0 && events[eventOfMention[k]].label.contains("收看") {
            // Only a video conference is watched; a meeting held afterwards is not.
            for j in mentionsBySentence[mention.sentence] ?? [] where j != k && eventOfMention[j] >= 0 && eventOfMention[j] != eventOfMention[k]
                && mentions[j].kind == .videoConference
            {
                addEdge(from: events[eventOfMention[k]].id, to: events[eventOfMention[j]].id, .conveys, c.evidence(mention.sentence), rule: RuleName.conveysWatchedVideoConference.rawValue)
            }
        }

        // A notice's study list (学习内容: 1.… 2.…) names what the study conveys.
        if let study = mentions.firstIndex(where: { $0.kind == .study }) {
            let studyEvent = eventOfMention[study]
            let studyArticle = sentences[mentions[study].sentence].article
            for (sentenceIndex, sentence) in sentences.enumerated() where sentence.article == studyArticle {
                let r = sentence.range
                guard r.count > 4, Numerals.arabicDigit(s[r.lowerBound]) != nil, s[r.lowerBound + 1] == 0x2E || s[r.lowerBound + 1] == Lit.listComma || s[r.lowerBound + 1] == Lit.fullWidthPeriod else { continue }
                for reference in Self.expandOrdinals(text(r.lowerBound + 2..<r.upperBound)) {
                    references.append(ConveyReference(source: events[studyEvent].id, kind: .studyItem, text: reference, date: nil,
                                                      evidence: c.evidence(sentenceIndex), rule: RuleName.conveysStudyListItem.rawValue))
                }
            }
        }

        // Conveys: 传达 / 学习贯彻 / 组织收看 … in an event's own sentences.
        let eventSentences = Set(mentions.map(\.sentence))
        let conveyVerbs = lexicon.wordList("convey-verbs")
        let recallVerbs = lexicon.wordList("recall-verbs")
        for (index, sentence) in sentences.enumerated() where !sentence.isHeadline {
            guard let event = currentEvent[index] else { continue }
            let createsEvent = eventSentences.contains(index)
            let meetingSays = s.has(Lit.meetingConveys, at: sentence.range.lowerBound) || s.has(Lit.meetingStudies, at: sentence.range.lowerBound)
                || s.has(Lit.meetingPoints, at: sentence.range.lowerBound) && s.firstOccurrence(of: Lit.convey, in: sentence.range) != nil
            // …or the chair or a speaker saying so: 张海峰强调，要深入学习贯彻…会议精神.
            // (Or a speaker after a title, conveying: 党委副书记梁静怡传达了…在全省推进会上的讲话精神.)
            let speakerSays = (peopleBySentence[index] ?? []).contains { person in
                person.range.lowerBound == sentence.range.lowerBound && s.firstWord(of: speakVerbs, at: person.range.upperBound) != nil
                    || person.range.lowerBound - sentence.range.lowerBound <= 16
                        && (sentence.range.lowerBound..<person.range.lowerBound).allSatisfy({ U.isHan(s[$0]) || s[$0] == U.listSeparator })
                        && s.has(Lit.convey, at: person.range.upperBound)
            }
            guard createsEvent || meetingSays || speakerSays || sentences[index].startsParagraph == false && eventSentences.contains(index - 1) else { continue }
            var i = sentence.range.lowerBound
            while i < sentence.range.upperBound {
                guard let verb = s.firstWord(of: conveyVerbs, at: i) else { i += 1; continue }
                // (学习 inside a noun: 党史学习教育, 理论学习中心组 — a campaign's or a group's
                // name, nothing studied.)
                if verb == Self.studyWord, s.has(Self.education, at: i + verb.count) || i > 0 && Self.beforeStudyInNames.contains(s[i - 1]) {
                    i += verb.count
                    continue
                }
                let object = Self.conveyedObject(s, from: i + verb.count, limit: sentence.range.upperBound)
                let start = object.lowerBound, end = object.upperBound
                // 10月16日，校党委常委会会议传达学习推进会精神: a meeting this sentence names
                // right before the verb (its subject) conveys, whichever event the sentence
                // is otherwise about.
                let event = subjectEvent(endingAt: i, sentence: index, mentionsBySentence, c) ?? event
                // Only a span that names a speech or meeting (…重要论述, …会议精神) quotes one;
                // 落实“三个必须”要求 is a measure carried out, not a speech conveyed.
                if words.conveyedWorks.contains(where: { s.firstOccurrence(of: $0, in: start..<end) != nil }) {
                    c.conveyedSpans.append(start..<end)
                }
                // 传达贯彻习近平和李克强重要指示和批示精神: an instruction named by who gave it.
                if s.firstOccurrence(of: Lit.instruction, in: start..<end) != nil || s.firstOccurrence(of: Lit.comment, in: start..<end) != nil {
                    references.append(ConveyReference(source: events[event].id, kind: .instructionAuthors, text: text(start..<end), date: nil,
                                                      evidence: c.evidence(index), rule: RuleName.conveysSameDayInstructionByAuthor.rawValue))
                }
                // 落实3月19日…会议确定的“三级路长”责任体系: what a meeting decided, carried
                // out — not the meeting conveyed (without 传达 / 学习, as 按照…要求).
                let carriesOut = !verb.contains(Lit.convey[0]) && !verb.contains(Self.study)
                for part in Self.referenceParts(s, start..<end)
                    where !(carriesOut && (part.lowerBound..<part.upperBound).contains(where: { s.firstWord(of: recallVerbs, at: $0) != nil })) {
                    // 传达学习全会精神, 传达视频会精神, 传达培训会精神: a meeting named by its kind
                    // alone is the one of that kind this document told last before it.
                    // (落实视频会议精神: a spirit carried out is conveyed too.)
                    if !carriesOut || s.has(Lit.spirit, at: part.upperBound - 2), let told = toldOfKind(text(part), before: index, source: event, c) {
                        addEdge(from: events[event].id, to: events[told].id, .conveys, c.evidence(index), rule: RuleName.conveysKindInDocument.rawValue)
                        continue
                    }
                    references.append(ConveyReference(source: events[event].id, kind: .named, text: text(part),
                                                      date: Self.statedDay(in: part, c.analysis),
                                                      evidence: c.evidence(index), rule: RuleName.conveysVerbReference.rawValue))
                }
                i = end
            }
        }

        // 关于认真学习贯彻全省…工作会议和学校第二次党代会精神的通知: a notice whose title
        // studies meetings' spirit conveys each meeting it names (the title's lines its evidence).
        for k in mentions.indices where eventOfMention[k] >= 0 && mentions[k].rule == RuleName.eventNoticeTitleSignatureDate.rawValue && !mentions[k].referred {
            let notice = events[eventOfMention[k]]
            let title = U.s(notice.label)
            guard let (at, verb) = (0..<title.count).lazy.compactMap({ k in title.firstWord(of: conveyVerbs, at: k).map { (k, $0) } }).first else { continue }
            let object = Self.conveyedObject(title, from: at + verb.count, limit: title.count)
            guard let spirit = object.last(where: { title.has(Lit.spirit, at: $0) }), spirit > object.lowerBound else { continue }
            let evidence = titleEvidence(endingAt: mentions[k].sentence, title: notice.label, c)
            for part in Self.referenceParts(title, object.lowerBound..<spirit + Lit.spirit.count) {
                references.append(ConveyReference(source: notice.id, kind: .named, text: U.string(title, part), date: nil,
                                                  evidence: evidence, rule: RuleName.conveysNoticeTitle.rawValue))
            }
        }

        // 县委理论学习中心组党的十九大精神专题学习会: an event whose own name studies an
        // earlier event's spirit (its label or an alias, then 精神) conveys that event —
        // also one the report only refers to (传达学习了…学习贯彻党的十九大精神电视电话会议精神).
        for k in mentions.indices where eventOfMention[k] >= 0 {
            let source = eventOfMention[k]
            let name = events[source].label
            guard name.contains(Self.spiritWord) else { continue }
            for target in events.indices where target != source && (events[target].endDate ?? events[target].date) < events[source].date {
                let names = ([events[target].label] + events[target].aliases).filter { $0.count >= 4 }
                guard names.contains(where: { name.contains($0 + Self.spiritWord) }) else { continue }
                addEdge(from: events[source].id, to: events[target].id, .conveys, c.evidence(mentions[k].sentence), rule: RuleName.conveysSpiritInName.rawValue)
            }
        }
    }
    static let spiritWord = "精神"

    /// The event of a mention in sentence `index` whose text reaches `verb` with a meeting's
    /// word right before it (会议传达…, not 会议上传达…), written with its own day: the
    /// subject of a convey verb.
    /// (Adverbs and 对 may stand between: 3日党工委会议已经对贯彻区委全会精神…作出部署.)
    func subjectEvent(endingAt verb: Int, sentence index: Int, _ mentionsBySentence: [Int: [Int]], _ c: DocumentContext) -> Int? {
        var at = verb
        while at > c.sentences[index].range.lowerBound, verb - at < 3, Self.beforeVerb.contains(c.s[at - 1]) { at -= 1 }
        guard c.finder.meetingWords.ending(in: c.s, at: at) != nil else { return nil }
        for k in mentionsBySentence[index] ?? [] {
            let mention = c.mentions[k]
            guard c.eventOfMention[k] >= 0, !mention.dateInferred, mention.range.lowerBound < at, mention.range.upperBound >= at else { continue }
            return c.eventOfMention[k]
        }
        // (Or the sentence opening with an earlier event's name, no mention of its own —
        // 镇党委扩大会议传达了2月23日…会议精神 after 青岚镇党委扩大会议 was told: that event, the
        // only one its name may be.)
        let start = c.sentences[index].range.lowerBound
        guard at - start >= 4, at - start <= 24, (start..<at).allSatisfy({ U.isHan(c.s[$0]) || Self.brackets.contains(c.s[$0]) }),
            let current = c.currentEvent[index]
        else { return nil }
        let written = EventNames.Prepared(U.string(c.s, start..<at))
        let named = events.indices.filter { k in
            k != current && events[k].date <= events[current].date
                && ([events[k].label] + events[k].aliases).contains { EventNames.mayNameOneEvent(written, EventNames.Prepared($0)) }
        }
        return named.count == 1 ? named[0] : nil
    }
    static let beforeVerb = ScalarSet("已经对就曾")
    /// What 全 (``whole``) opens a meeting's name with: 全市, 全县, 全省, 全校 ….
    static let scopes = ScalarSet("国省市县区镇乡州盟旗校院局系")

    /// The lines of a title set on several (`关于认真学习贯彻…会议` / `和…精神的通知`) as one
    /// evidence: the sentences up to `last` whose texts, joined, end the title.
    func titleEvidence(endingAt last: Int, title: String, _ c: DocumentContext) -> Evidence {
        var first = last
        var joined = U.string(c.s, c.sentences[last].range).trimmingCharacters(in: .whitespaces)
        while first > 0, joined.count < title.count,
            case let line = U.string(c.s, c.sentences[first - 1].range).trimmingCharacters(in: .whitespaces), !line.isEmpty,
            title.hasSuffix(line + joined)
        {
            joined = line + joined
            first -= 1
        }
        guard first < last else { return c.evidence(last) }
        let range = c.sentences[first].range.lowerBound..<c.sentences[last].range.upperBound
        return Evidence(document: c.documentID, offset: range.lowerBound, length: range.count, text: U.string(c.s, range))
    }

    /// The event a reference naming a meeting by its kind alone (`全会精神`, `视频会精神`,
    /// `培训会精神`: the written name is one of the lexicon's meeting words, after 精神 and
    /// the days are set aside), or by its kind and a word or two (`调研座谈会精神`,
    /// `局党组会精神`: four to six characters), names: of this document's events told before
    /// sentence `index`, the latest of that kind (its normalized label ends so) before the
    /// source (on its day, at an earlier part of the day); when none was told before it, the
    /// one event of that kind, on an earlier day, told after it — none if there is none or two.
    func toldOfKind(_ reference: String, before index: Int, source: Int, _ c: DocumentContext) -> Int? {
        let written = U.s(EventReference.name(reference))
        // (Or with a short word before the kind, 局党组会, 调研座谈会, 市委常委会: the told event whose
        // name ends so — 传达了上午调研座谈会精神 after 赵明远…召开调研座谈会.)
        guard written.count >= 2, written.count <= 6, let word = c.finder.meetingWords.ending(in: written, at: written.count),
            word.count == written.count || written.count >= 4
        else { return nil }
        // (Or its scope and kind, 全市推进会, 全县推进会: the told event whose name opens with
        // that scope and ends with that kind — 全市农村人居环境整治推进会.)
        let scoped = written.count >= 5 && written[0] == Self.whole && Self.scopes.contains(written[1])
        let scope = scoped ? Array(written[0..<2]) : []
        let kind = EventNames.normalizedScalars(U.string(written, scope.count..<written.count))
        // (Not 会议 alone — normalized 会, the end of nearly every meeting's name.)
        guard kind.count >= 2 else { return nil }
        let own = events[source]
        var best: Int?
        // (Told after it, in a report that tells its latest meeting first — 传达…在全市调度会上的
        // 讲话精神, the city's 全市…视频调度会 told in the next item: the one earlier event of
        // that kind told after, when none was told before; two are no answer.)
        var later: Set<Int> = []
        for (k, mention) in c.mentions.enumerated() {
            let target = c.eventOfMention[k]
            guard target >= 0, target != source else { continue }
            let candidate = events[target]
            guard candidate.date < own.date || candidate.date == own.date && (candidate.timeOfDay.map { a in own.timeOfDay.map { a < $0 } ?? false } ?? false)
            else { continue }
            let label = EventNames.normalizedScalars(candidate.label)
            guard label.count > kind.count + scope.count, Array(label.suffix(kind.count)) == kind, Array(label.prefix(scope.count)) == scope else { continue }
            guard mention.sentence < index else {
                if candidate.date < own.date { later.insert(target) }
                continue
            }
            if best.map({ events[$0].date <= candidate.date }) ?? true { best = target }
        }
        return best ?? (later.count == 1 ? later.first : nil)
    }

    /// What a convey verb starting its object at `start` conveys: up to the clause's end
    /// (a comma, a sentence's end), 90 characters at most — or up to a 精神 that what was
    /// done about it follows (对我校落实视频会议精神作出安排, 就贯彻落实…精神作出部署: the
    /// object is the spirit, not the arrangement).
    static func conveyedObject(_ s: [UInt32], from start: Int, limit: Int) -> Range<Int> {
        // (传达了…: the object after the verb's 了.)
        let start = start < limit && s[start] == EventFinder.le ? start + 1 : start
        var end = start
        while end < limit, end - start < 90, !conveyStops.contains(s[end]), s[end] != Lit.comma, s[end] != 0x2C {
            end += 1
            if end - start >= 4, s.has(Lit.spirit, at: end - 2), Self.arrangedAfter.contains(where: { s.has($0, at: end) }) { break }
        }
        return start..<end
    }

    /// The references a convey verb's object names: one may name several events
    /// (…会议和习近平总书记重要讲话精神, …视频会议精神和省委第七次…会议精神), split at 和 / 、
    /// / 及 after a word that ends a reference.
    static func referenceParts(_ s: [UInt32], _ span: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var partStart = span.lowerBound
        var k = span.lowerBound
        while k <= span.upperBound {
            // (…9月6日全省安全生产电视电话会议和9月7日市委常委会会议精神: a day after the
            // joiner opens a second reference too.)
            // (…4月3日全市推进会和市委书记…在会上的讲话精神: a meeting's word before the
            // joiner ends one too.)
            let joins = k < span.upperBound && Lit.joiners.contains(s[k])
                && (Lit.referenceEnds.contains(where: { s.has($0, at: k - 2) }) || k + 1 < span.upperBound && Numerals.arabicDigit(s[k + 1]) != nil
                    || Lit.meetingEnds.ending(in: s, at: k).map { $0.count >= 2 } ?? false)
            if k == span.upperBound || joins {
                if k > partStart { parts.append(partStart..<k) }
                partStart = k + 1
            }
            k += 1
        }
        return parts
    }

    /// The day a reference writes (`2月3日中共中央政治局常委会会议`), if any: the first
    /// day-precise time expression inside the range.
    static func statedDay(in range: Range<Int>, _ analysis: TimeAnalysis) -> CalendarDate? {
        // Expressions are in text order: binary search for the first inside the range.
        let expressions = analysis.expressions
        var low = 0, high = expressions.count
        while low < high {
            let mid = (low + high) / 2
            if expressions[mid].offset < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        while low < expressions.count, expressions[low].offset < range.upperBound {
            if expressions[low].value?.granularity == .day { return expressions[low].value }
            low += 1
        }
        return nil
    }

    /// `省委第二、三、四次专题会议` → `省委第二次专题会议`, `省委第三次专题会议`, `省委第四次专题会议`.
    static func expandOrdinals(_ text: String) -> [String] {
        guard let di = text.range(of: "第"), let ci = text.range(of: "次", range: di.upperBound..<text.endIndex) else { return [text] }
        let list = text[di.upperBound..<ci.lowerBound]
        let parts = list.split(separator: "、")
        guard parts.count >= 2, parts.allSatisfy({ $0.allSatisfy { "一二三四五六七八九十".contains($0) } }) else { return [text] }
        let head = text[..<di.upperBound], tail = text[ci.lowerBound...]
        return parts.map { String(head) + $0 + String(tail) }
    }

    /// The meeting name inside a reference (``EventReference/name(_:)``; for
    /// `EventFinder`, until it calls that itself).
    static func referenceName(_ reference: [UInt32]) -> String { EventReference.name(reference) }
}
