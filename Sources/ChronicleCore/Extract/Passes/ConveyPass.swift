/// Conveys: reads events, dates and the sentences around them; adds `conveys` from an
/// event to the earlier event it 传达 / 学习贯彻 / 收看: the meeting watched by a 组织收看
/// event, the items of a notice's study list, and references after a convey verb in
/// an event's own sentences (…会议精神, …重要讲话精神), resolved by date and name.
extension GraphBuilder {
    static let conveyStops = U.set("。；;！？\n")
    static let conveyedWorks: [[UInt32]] = ["精神", "讲话", "论述", "指示", "批示", "会议", "报告"].map(U.s)

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
                addEdge(from: events[eventOfMention[k]].id, to: events[eventOfMention[j]].id, .conveys, c.evidence(mention.sentence), rule: "conveys:watched-video-conference")
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
                    if let target = resolveName(reference, before: events[studyEvent].date) {
                        addEdge(from: events[studyEvent].id, to: events[target].id, .conveys, c.evidence(sentenceIndex), rule: "conveys:study-list-item")
                    }
                }
            }
        }

        // Conveys: 传达 / 学习贯彻 / 组织收看 … in an event's own sentences.
        let eventSentences = Set(mentions.map(\.sentence))
        let conveyVerbs = lexicon.wordList("convey-verbs")
        for (index, sentence) in sentences.enumerated() where !sentence.isHeadline {
            guard let event = currentEvent[index] else { continue }
            let createsEvent = eventSentences.contains(index)
            let meetingSays = s.has(Lit.meetingConveys, at: sentence.range.lowerBound) || s.has(Lit.meetingStudies, at: sentence.range.lowerBound)
                || s.has(Lit.meetingPoints, at: sentence.range.lowerBound) && s.firstOccurrence(of: Lit.convey, in: sentence.range) != nil
            // …or the chair or a speaker saying so: 张海峰强调，要深入学习贯彻…会议精神.
            let speakerSays = (peopleBySentence[index] ?? []).contains { person in
                person.range.lowerBound == sentence.range.lowerBound && s.firstWord(of: speakVerbs, at: person.range.upperBound) != nil
            }
            guard createsEvent || meetingSays || speakerSays || sentences[index].startsParagraph == false && eventSentences.contains(index - 1) else { continue }
            var i = sentence.range.lowerBound
            while i < sentence.range.upperBound {
                guard let verb = s.firstWord(of: conveyVerbs, at: i) else { i += 1; continue }
                let start = i + verb.count
                var end = start
                while end < sentence.range.upperBound, end - start < 90, !Self.conveyStops.contains(s[end]), s[end] != Lit.comma, s[end] != 0x2C { end += 1 }
                // Only a span that names a speech or meeting (…重要论述, …会议精神) quotes one;
                // 落实“三个必须”要求 is a measure carried out, not a speech conveyed.
                if Self.conveyedWorks.contains(where: { s.firstOccurrence(of: $0, in: start..<end) != nil }) {
                    c.conveyedSpans.append(start..<end)
                }
                // 传达贯彻习近平和李克强重要指示和批示精神: an instruction named by who gave it.
                for target in instructionsNamed(in: start..<end, before: event, context: c) {
                    addEdge(from: events[event].id, to: events[target].id, .conveys, c.evidence(index), rule: "conveys:same-day-instruction-by-author")
                }
                // One reference may name several events: …会议和习近平总书记重要讲话精神,
                // …视频会议精神和省委第七次…会议精神.
                var partStart = start
                var k = start
                while k <= end {
                    let joins = k < end && Lit.joiners.contains(s[k])
                        && Lit.referenceEnds.contains(where: { s.has($0, at: k - 2) })
                    if k == end || joins {
                        if k > partStart, let target = resolveReference(partStart..<k, from: event, context: c) {
                            addEdge(from: events[event].id, to: events[target].id, .conveys, c.evidence(index), rule: "conveys:verb-reference")
                        }
                        partStart = k + 1
                    }
                    k += 1
                }
                i = end
            }
        }
    }

    /// Instructions (重要指示 / 批示) a reference names by their author: the reference
    /// says 指示 or 批示 and holds the name of the person who gave an instruction the
    /// same day (国务院召开…会议，传达贯彻习近平和李克强重要指示和批示精神). An earlier
    /// one is not linked this way: 贯彻习近平总书记重要指示精神 in a later meeting means
    /// his instructions in general.
    func instructionsNamed(in range: Range<Int>, before event: Int, context c: DocumentContext) -> [Int] {
        guard c.s.firstOccurrence(of: Lit.instruction, in: range) != nil || c.s.firstOccurrence(of: Lit.comment, in: range) != nil else { return [] }
        let source = events[event]
        return events.indices.filter { index in
            let candidate = events[index]
            guard index != event, candidate.kind == .instruction, candidate.date == source.date, let agent = candidate.agent else { return false }
            return c.s.firstOccurrence(of: U.s(agent), in: range) != nil
        }
    }

    /// The event a conveyed reference names: by the date written in it (if any) and by
    /// name; the latest matching event not after the conveying one.
    func resolveReference(_ range: Range<Int>, from event: Int, context c: DocumentContext) -> Int? {
        let referenceScalars = Array(c.s[range])
        let analysis = c.analysis
        // Expressions are in text order: binary search for the first inside the range.
        let expressions = analysis.expressions
        var low = 0, high = expressions.count
        while low < high {
            let mid = (low + high) / 2
            if expressions[mid].offset < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var date: CalendarDate?
        while low < expressions.count, expressions[low].offset < range.upperBound {
            if expressions[low].value?.granularity == .day { date = expressions[low].value; break }
            low += 1
        }
        let source = events[event]
        let referenceName = EventNames.Prepared(Self.referenceName(referenceScalars))
        func mentions(_ word: [UInt32]) -> Bool { referenceScalars.firstOccurrence(of: word, in: 0..<referenceScalars.count) != nil }
        var best: (index: Int, score: Double, date: CalendarDate)?
        for (index, candidate) in events.enumerated() where index != event {
            guard candidate.date <= source.date, candidate.kind != .notice, candidate.kind != .study else { continue }
            if candidate.date == source.date, let a = candidate.timeOfDay, let b = source.timeOfDay, a >= b { continue }
            if let date, candidate.date != date { continue }
            var score = candidate.prepared.map { EventNames.dice($0, referenceName) }.max() ?? 0
            if score < 1, candidate.scalarNames.contains(where: { $0.count >= 6 && referenceScalars.firstOccurrence(of: $0, in: 0..<referenceScalars.count) != nil }) { score = 1 }
            if candidate.kind == .instruction, mentions(Lit.importantInstruction) || mentions(Lit.importantComment) { score = max(score, 0.8) }
            // A general 重要指示精神 names no particular instruction.
            if candidate.kind == .instruction, date == nil, !Lit.recently.contains(where: mentions) { continue }
            // Watching a meeting is not what a later meeting conveys.
            if candidate.kind == .videoConference, candidate.label.contains("收看"), !mentions(EventFinder.watch) { continue }
            guard score >= (candidate.date == source.date && date == nil ? 0.7 : 0.5) else { continue }
            if best == nil || score > best!.score + 0.05 || (abs(score - best!.score) <= 0.05 && candidate.date > best!.date) {
                best = (index, score, candidate.date)
            }
        }
        return best?.index
    }

    /// The event a study-list item names, by name alone (`教育部…视频会精神`).
    func resolveName(_ reference: String, before date: CalendarDate) -> Int? {
        let name = EventNames.Prepared(Self.referenceName(reference))
        var best: (index: Int, score: Double)?
        for (index, candidate) in events.enumerated() where candidate.date <= date && candidate.kind != .notice && candidate.kind != .study {
            let score = candidate.prepared.map { EventNames.dice($0, name) }.max() ?? 0
            if score >= 0.6, best == nil || score > best!.score { best = (index, score) }
        }
        return best?.index
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

    /// The meeting name inside a reference (`习近平总书记在中央全面依法治国委员会第三次会议上的
    /// 重要讲话精神` → `中央全面依法治国委员会第三次会议`).
    static func referenceName(_ reference: [UInt32]) -> String {
        var text = reference[...]
        if let at = text.firstIndex(of: Lit.zai) { text = text[(at + 1)...] }
        let on = Lit.onThe
        var k = text.endIndex - on.count
        while k >= text.startIndex {
            if text[k] == on[0] && text[k + 1] == on[1] { text = text[..<k]; break }
            k -= 1
        }
        var out = Array(text)
        let spirit = Lit.spirit
        if out.count >= 2, Array(out.suffix(2)) == spirit { out.removeLast(2) }
        // Drop a leading date (2月3日中共中央…).
        if let day = out.prefix(6).firstIndex(of: Lit.ri) { out = Array(out[(day + 1)...]) }
        return String(String.UnicodeScalarView(out.compactMap(Unicode.Scalar.init)))
    }

    static func referenceName(_ reference: String) -> String { referenceName(U.s(reference)) }
}
