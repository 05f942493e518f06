import OrderedCollections

/// The result of extracting one or more documents: the graph, the time analysis of
/// each document and what was noticed on the way.
public struct Extraction: Sendable {
    public var graph: Graph
    public var diagnostics: [Diagnostic]
}

/// Turns documents into an event graph: events with dates and times, people with
/// titles and roles, organizations, places, documents (《…》), measures with the event
/// that set them, and what each event conveyed. Every node and edge carries the
/// sentence that states it.
public struct Extractor: Sendable {
    public var lexicon: Lexicon
    public var referenceDate: CalendarDate?
    /// Analyse documents on all cores (the output is the same either way).
    public var parallel: Bool

    public init(lexicon: Lexicon = .standard, referenceDate: CalendarDate? = nil, parallel: Bool = true) {
        self.lexicon = lexicon
        self.referenceDate = referenceDate
        self.parallel = parallel
    }

    /// Extracts several documents into one graph; the same event reported in two
    /// documents becomes one node with the evidence of both.
    public func extract(_ documents: [TextDocument]) -> Extraction {
        var builder = GraphBuilder(lexicon: lexicon)
        var diagnostics: [Diagnostic] = []
        // The time layer runs on every core, one document each; the graph is then built
        // in document order, so the result is the same as a serial run.
        let normalizer = TimeNormalizer(referenceDate: referenceDate)
        let analyses = parallel ? ParallelMap.map(documents) { normalizer.analyze($0) } : documents.map { normalizer.analyze($0) }
        for (document, analysis) in zip(documents, analyses) {
            diagnostics += analysis.diagnostics.filter { $0.severity == .warning }
            builder.add(document, analysis: analysis)
        }
        return Extraction(graph: builder.finish(), diagnostics: diagnostics)
    }

    public func extract(_ document: TextDocument) -> Extraction { extract([document]) }
}

/// An event while the graph is being built.
struct EventDraft {
    var id: NodeID
    var label: String
    var kind: EventKind
    var level: EventLevel?
    var date: CalendarDate
    var endDate: CalendarDate?
    var timeOfDay: TimeOfDay?
    var dateInferred: Bool
    var aliases: [String]
    var organizer: String?
    var place: String?
    var agent: String?
    var evidence: [Evidence]
    /// Label and aliases prepared for comparison, and as scalars.
    var prepared: [EventNames.Prepared] = []
    var scalarNames: [[UInt32]] = []

    mutating func addAlias(_ alias: String) {
        guard alias != label, !aliases.contains(alias) else { return }
        aliases.append(alias)
        prepared.append(EventNames.Prepared(alias))
        scalarNames.append(U.s(alias))
    }
}

/// Collects facts document by document, then resolves measures into sets/reiterates.
struct GraphBuilder {
    let lexicon: Lexicon
    var graph = Graph()
    var events: [EventDraft] = []
    /// For each measure, the events whose reports state it, with the evidence.
    var measureEvents: OrderedDictionary<NodeID, [(event: Int, evidence: Evidence)]> = [:]

    init(lexicon: Lexicon) { self.lexicon = lexicon }

    static let conveyStops = U.set("。；;！？\n")
    static let notReported = U.set("要将应请")

    mutating func add(_ document: TextDocument, analysis: TimeAnalysis) {
        let documentID = DocumentID("d\(graph.documents.count + 1)")
        var doc = document
        doc.id = documentID
        graph.documents.append(DocumentInfo(id: documentID, path: document.path, date: analysis.reference?.source == .stated ? analysis.reference?.date : nil))
        let s = doc.scalars
        let sentences = SentenceSplitter.split(doc, articles: analysis.articles)
        let text: (Range<Int>) -> String = { range in U.string(s, range) }
        // Each sentence's evidence is made once: people are mentioned thousands of
        // times in a long compilation.
        var evidenceCache = [Evidence?](repeating: nil, count: sentences.count)
        func evidence(_ sentence: Int) -> Evidence {
            if let cached = evidenceCache[sentence] { return cached }
            let r = sentences[sentence].range
            let made = Evidence(document: documentID, offset: r.lowerBound, length: r.count, text: text(r))
            evidenceCache[sentence] = made
            return made
        }

        // People.
        let people = PersonFinder(document: doc, lexicon: lexicon).find(in: sentences)
        for person in people {
            let id = NodeID("p-" + person.name)
            graph.upsert(Node(id: id, label: person.name, type: .person, titles: person.titles.filter { !$0.isEmpty }, evidence: [evidence(person.sentence)]))
        }

        // Events, merged with those already known.
        let finder = EventFinder(document: doc, lexicon: lexicon)
        var mentions = finder.find(sentences: sentences, analysis: analysis, people: people)
        mentions += noticeEvents(doc, sentences: sentences, analysis: analysis)
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        var eventOfMention: [Int] = []
        for mention in mentions {
            eventOfMention.append(merge(mention, evidence: evidence(mention.sentence), people: people))
        }

        // The event each sentence reports on: the latest event mention in its article
        // at or before it, else the article's first.
        var currentEvent = [Int?](repeating: nil, count: sentences.count)
        var byArticle: [Int: [(sentence: Int, event: Int)]] = [:]
        for (k, mention) in mentions.enumerated() where eventOfMention[k] >= 0 {
            // A sentence reporting several events (在江西考察，主持召开…座谈会) is about the first.
            if let last = byArticle[sentences[mention.sentence].article]?.last, last.sentence == mention.sentence { continue }
            byArticle[sentences[mention.sentence].article, default: []].append((mention.sentence, eventOfMention[k]))
        }
        for (index, sentence) in sentences.enumerated() {
            guard let list = byArticle[sentence.article], !list.isEmpty else { continue }
            currentEvent[index] = list.last(where: { $0.sentence <= index })?.event ?? list.first!.event
        }
        // An article's headline names its first event too.
        var headlinesByArticle: [Int: [Sentence]] = [:]
        for sentence in sentences where sentence.isHeadline { headlinesByArticle[sentence.article, default: []].append(sentence) }
        for article in byArticle.keys.sorted() {
            guard let first = byArticle[article]?.first else { continue }
            for sentence in headlinesByArticle[article] ?? [] {
                let headline = text(sentence.range)
                guard headline.count >= 4 else { continue }
                events[first.event].addAlias(headline)
            }
        }

        // Roles.
        let chairVerbs = lexicon.words("chair-verbs")
        let speakVerbs = lexicon.words("speak-verbs")
        let attendVerbs = lexicon.words("attend-verbs")
        for (k, mention) in mentions.enumerated() {
            if let agent = mention.agent, let role = mention.agentRole {
                addEdge(from: NodeID("p-" + agent), to: events[eventOfMention[k]].id, role, evidence(mention.sentence))
            }
        }
        var peopleBySentence: [Int: [PersonMention]] = [:]
        for person in people { peopleBySentence[person.sentence, default: []].append(person) }
        for (index, sentence) in sentences.enumerated() {
            guard let event = currentEvent[index], let persons = peopleBySentence[index] else { continue }
            let eventID = events[event].id
            var attendAfter = sentence.range.lowerBound
            for person in persons {
                let end = person.range.upperBound
                let personID = NodeID("p-" + person.name)
                // 主持召开 reports an event (its agent is the chair, above) or refers to one.
                if s.firstWord(of: chairVerbs, at: end) != nil, !s.has(Lit.chairConvene, at: end) {
                    addEdge(from: personID, to: eventID, .chairs, evidence(index))
                }
                if s.firstWord(of: speakVerbs, at: end) != nil {
                    addEdge(from: personID, to: eventID, .speaksAt, evidence(index))
                }
                // 出席会议并讲话, 出席并提出具体要求: attends and speaks.
                if let verb = s.firstWord(of: attendVerbs, at: end) {
                    var k = end + verb.count
                    while k < sentence.range.upperBound, k - end < 12, !U.clauseEnds.contains(s[k]) {
                        if s[k] == Lit.and, s.firstWord(of: speakVerbs, at: k + 1) != nil {
                            addEdge(from: personID, to: eventID, .speaksAt, evidence(index))
                            break
                        }
                        k += 1
                    }
                }
            }
            // Attendance: the people before an attend verb, back to the previous one.
            for verb in attendVerbs {
                for v in s.occurrences(of: verb, in: sentence.range) {
                    // 要参加, 将出席: not a report of attendance.
                    if v > sentence.range.lowerBound, Self.notReported.contains(s[v - 1]) { continue }
                    for person in persons where person.range.upperBound <= v && person.range.lowerBound >= attendAfter {
                        let end = person.range.upperBound
                        if s.firstWord(of: chairVerbs, at: end) != nil || s.firstWord(of: speakVerbs, at: end) != nil { continue }
                        if v - end > 60 { continue }
                        addEdge(from: NodeID("p-" + person.name), to: eventID, .attends, evidence(index))
                    }
                    attendAfter = v
                }
            }
        }

        // A 组织收看 event conveys the meeting watched, reported in the same sentence.
        var mentionsBySentence: [Int: [Int]] = [:]
        for (k, mention) in mentions.enumerated() { mentionsBySentence[mention.sentence, default: []].append(k) }
        for (k, mention) in mentions.enumerated() where mention.kind == .videoConference && eventOfMention[k] >= 0 && events[eventOfMention[k]].label.contains("收看") {
            // Only a video conference is watched; a meeting held afterwards is not.
            for j in mentionsBySentence[mention.sentence] ?? [] where j != k && eventOfMention[j] >= 0 && eventOfMention[j] != eventOfMention[k]
                && mentions[j].kind == .videoConference
            {
                addEdge(from: events[eventOfMention[k]].id, to: events[eventOfMention[j]].id, .conveys, evidence(mention.sentence))
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
                        addEdge(from: events[studyEvent].id, to: events[target].id, .conveys, evidence(sentenceIndex))
                    }
                }
            }
        }

        // Conveys: 传达 / 学习贯彻 / 组织收看 … in an event's own sentences.
        let eventSentences = Set(mentions.map(\.sentence))
        let conveyVerbs = lexicon.words("convey-verbs")
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
                while end < sentence.range.upperBound, end - start < 90, !Self.conveyStops.contains(s[end]), s[end] != Lit.comma { end += 1 }
                // One reference may name several events: …会议和习近平总书记重要讲话精神,
                // …视频会议精神和省委第七次…会议精神.
                var partStart = start
                var k = start
                while k <= end {
                    let joins = k < end && Lit.joiners.contains(s[k])
                        && Lit.referenceEnds.contains(where: { s.has($0, at: k - 2) })
                    if k == end || joins {
                        if k > partStart, let target = resolveReference(partStart..<k, from: event, finder: finder, analysis: analysis, text: text) {
                            addEdge(from: events[event].id, to: events[target].id, .conveys, evidence(index))
                        }
                        partStart = k + 1
                    }
                    k += 1
                }
                i = end
            }
        }

        // Measures.
        let measures = MeasureFinder(document: doc, lexicon: lexicon).find(in: sentences)
        let formulaHints = lexicon.words("political-formula-hints")
        var categories: [String: String] = [:]
        for measure in measures {
            let id = NodeID("m-" + measure.label)
            let category = categories[measure.label] ?? {
                let scalars = U.s(measure.label)
                let formula = formulaHints.contains { scalars.firstOccurrence(of: $0, in: 0..<scalars.count) != nil }
                return formula ? "political_formula" : "operational"
            }()
            categories[measure.label] = category
            graph.upsert(Node(id: id, label: measure.label, type: .measure, components: measure.components, category: category, evidence: [evidence(measure.sentence)]))
            if let event = currentEvent[measure.sentence], !sentences[measure.sentence].isHeadline {
                measureEvents[id, default: []].append((event, evidence(measure.sentence)))
            }
        }

        // Documents (《…》) and what adopted them.
        for (index, sentence) in sentences.enumerated() {
            var i = sentence.range.lowerBound
            while i < sentence.range.upperBound {
                guard s[i] == U.openBook, let close = s.firstOccurrence(of: [U.closeBook], in: i + 1..<min(sentence.range.upperBound, i + 80)) else { i += 1; continue }
                let title = text(i + 1..<close)
                let id = NodeID("doc-" + title)
                graph.upsert(Node(id: id, label: title, type: .document, evidence: [evidence(index)]))
                if let event = currentEvent[index], !sentence.isHeadline,
                    ["审议通过", "印发", "出台", "通过了", "审议了"].contains(where: { s.firstOccurrence(of: U.s($0), in: sentence.range.lowerBound..<i) != nil })
                {
                    addEdge(from: events[event].id, to: id, .adopts, evidence(index))
                }
                i = close + 1
            }
        }
    }

    /// Adds an edge when both ends exist.
    mutating func addEdge(from source: NodeID, to target: NodeID, _ relation: Relation, _ evidence: Evidence) {
        guard graph[source] != nil || relation == .conveys || relation == .sets || relation == .reiterates || relation == .adopts,
            source != target
        else { return }
        graph.add(Edge(source: source, target: target, relation: relation, evidence: [evidence]))
    }

    /// The event a conveyed reference names: by the date written in it (if any) and by
    /// name; the latest matching event not after the conveying one.
    func resolveReference(_ range: Range<Int>, from event: Int, finder: EventFinder, analysis: TimeAnalysis, text: (Range<Int>) -> String) -> Int? {
        let referenceScalars = Array(finder.s[range])
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

    /// Merges an event mention into a known event or adds it; returns its index.
    mutating func merge(_ mention: EventMention, evidence: Evidence, people: [PersonMention]) -> Int {
        guard let date = mention.date else { return -1 }
        var label = mention.name
        if mention.kind == .inspection, let agent = mention.agent, !label.hasPrefix(agent) { label = agent + mention.name }
        // A generic name (集体学习, 专题会议) is known by who held it.
        if mention.kind != .inspection, label.count <= 4, let organizer = mention.organizer, !label.hasPrefix(organizer) { label = organizer + label }
        for (index, event) in events.enumerated() {
            // A visit within an inspection tour by the same person is part of the tour.
            if mention.kind == .inspection, event.kind == .inspection, mention.agent == nil || event.agent == mention.agent,
                let end = event.endDate, event.date <= date, date <= end
            {
                events[index].evidence.mergeEvidence([evidence])
                return index
            }
            let sameDay = event.date == date
            let within = (event.endDate.map { event.date <= date && date <= $0 } ?? false) || (mention.endDate.map { date <= event.date && event.date <= $0 } ?? false)
            guard sameDay || within else { continue }
            let preparedLabel = EventNames.Prepared(label)
            let similar = event.prepared.contains { EventNames.similarity($0, preparedLabel) >= 0.6 }
            guard similar else { continue }
            // Merged in place: copying the draft would copy its evidence every time.
            events[index].addAlias(label)
            events[index].evidence.mergeEvidence([evidence])
            // The more precise date wins (a day inside a range reported earlier), except
            // for a tour, whose range is its date.
            if within && !sameDay && mention.endDate == nil && event.kind != .inspection {
                events[index].date = date
                events[index].endDate = nil
                events[index].timeOfDay = mention.timeOfDay
            }
            if event.dateInferred && !mention.dateInferred {
                events[index].date = date
                events[index].dateInferred = false
            }
            if sameDay, event.endDate == nil, event.timeOfDay == nil { events[index].timeOfDay = mention.timeOfDay }
            if event.organizer == nil { events[index].organizer = mention.organizer }
            if event.place == nil { events[index].place = mention.place }
            return index
        }
        let draft = EventDraft(
            id: NodeID("e-" + date.iso + "-" + label), label: label, kind: mention.kind, level: nil, date: date,
            endDate: mention.endDate, timeOfDay: mention.timeOfDay, dateInferred: mention.dateInferred,
            aliases: [], organizer: mention.organizer, place: mention.place, agent: mention.agent, evidence: [evidence],
            prepared: [EventNames.Prepared(label)], scalarNames: [U.s(label)])
        events.append(draft)
        return events.count - 1
    }

    func node(_ event: EventDraft) -> Node {
        var properties: OrderedDictionary<String, JSONValue> = [:]
        if let organizer = event.organizer { properties["organizer"] = .string(organizer) }
        if let place = event.place { properties["place"] = .string(place) }
        if event.dateInferred { properties["date_inferred"] = .bool(true) }
        properties["canonical_name"] = .string(EventNames.normalized(event.label))
        return Node(
            id: event.id, label: event.label, type: .event, kind: event.kind, level: event.level, date: event.date,
            endDate: event.endDate, timeOfDay: event.timeOfDay, aliases: event.aliases, properties: properties,
            evidence: event.evidence)
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
        for (index, sentence) in sentences.prefix(3).enumerated() where sentence.article == 0 {
            title += text(sentence.range)
            if title.hasSuffix("通知") { titleEnd = index; break }
        }
        guard let titleEnd, analysis.articles.first?.range.contains(stated) == true else { return [] }
        var found = [EventMention(name: title, kind: .notice, date: reference.date, dateInferred: false, sentence: titleEnd, range: sentences[titleEnd].range)]
        // The gathering announced: 召开 + a name up to the comma, dated by the first
        // date after it that is not the signature.
        for (index, sentence) in sentences.enumerated() where sentence.article == 0 && index > titleEnd {
            // 召开 / 开展 / 举办 / 举行 / 组织 the gathering.
            guard let at = Lit.gatheringVerbs.compactMap({ s.firstOccurrence(of: $0, in: sentence.range) }).min() else { continue }
            var end = at + 2
            while end < sentence.range.upperBound, !U.set("，,。；").contains(s[end]) { end += 1 }
            let name = text(at + 2..<end)
            guard name.hasSuffix("学习") || name.hasSuffix("会议") || name.hasSuffix("会") || name.hasSuffix("培训") else { continue }
            if let when = analysis.expressions.first(where: { $0.offset > sentence.range.upperBound && $0.offset != stated && $0.value?.granularity == .day }) {
                let kind: EventKind = name.hasSuffix("学习") ? .study : .meeting
                found.append(EventMention(name: name, kind: kind, date: when.value, endDate: when.end, timeOfDay: when.timeOfDay, dateInferred: false, sentence: index, range: at..<end))
            }
            break
        }
        return found
    }

    /// Decides levels, turns organizers and places into nodes, and the measures into
    /// `sets` (the earliest event stating each) and `reiterates` (every later one).
    mutating func finish() -> Graph {
        for index in events.indices {
            events[index].level = level(of: events[index])
            graph.replace(node(events[index]))
            if let organizer = events[index].organizer {
                let id = NodeID("o-" + organizer)
                graph.upsert(Node(id: id, label: organizer, type: .organization, evidence: [events[index].evidence[0]]))
                graph.add(Edge(source: id, target: events[index].id, relation: .organizes, evidence: [events[index].evidence[0]]))
            }
            if let place = events[index].place {
                let id = NodeID("pl-" + place)
                graph.upsert(Node(id: id, label: place, type: .place, evidence: [events[index].evidence[0]]))
                graph.add(Edge(source: events[index].id, target: id, relation: .locatedIn, evidence: [events[index].evidence[0]]))
            }
        }
        for (measure, stated) in measureEvents {
            let ordered = stated.sorted { a, b in
                let x = events[a.event], y = events[b.event]
                return (x.date, x.timeOfDay ?? .evening, a.evidence.offset) < (y.date, y.timeOfDay ?? .evening, b.evidence.offset)
            }
            guard let first = ordered.first else { continue }
            graph.add(Edge(source: events[first.event].id, target: measure, relation: .sets, evidence: [first.evidence]))
            for later in ordered.dropFirst() where later.event != first.event {
                graph.add(Edge(source: events[later.event].id, target: measure, relation: .reiterates, evidence: [later.evidence]))
            }
        }
        // Edges whose person was never found as a node go.
        var cleaned = Graph(documents: graph.documents, nodes: Array(graph.nodes.values), properties: graph.properties)
        for edge in graph.edges where cleaned[edge.source] != nil && cleaned[edge.target] != nil { cleaned.add(edge) }
        return cleaned
    }

    func level(of event: EventDraft) -> EventLevel? {
        let chairs = graph.edges.filter { $0.target == event.id && $0.relation == .chairs }
        let chairTitles = chairs.flatMap { graph[$0.source]?.titles ?? [] }.joined(separator: " ")
        let agentTitles = event.agent.flatMap { graph[NodeID("p-" + $0)]?.titles }?.joined(separator: " ") ?? ""
        let texts = [event.organizer ?? "", chairTitles, agentTitles, event.label]
        let order: [(String, EventLevel)] = [
            ("level-institution", .institution), ("level-municipal", .municipal), ("level-ministry", .ministry),
            ("level-province", .province), ("level-central", .central),
        ]
        for text in texts where !text.isEmpty {
            for (section, level) in order {
                if lexicon.entries(section).contains(where: { entry in
                    entry.count == 1 ? text.contains(entry) && (section != "level-ministry" || text.hasSuffix(entry) || text.contains(entry + "党组")) : text.contains(entry)
                }) {
                    return level
                }
            }
        }
        if event.kind == .notice || event.kind == .study { return .institution }
        return nil
    }
}

/// Scalar literals used by the graph builder, made once.
enum Lit {
    static let chairConvene = U.s("主持召开")  // 主持召开
    static let attendAnd = U.s("出席并")  // 出席并
    static let meetingConveys = U.s("会议传达")  // 会议传达
    static let meetingStudies = U.s("会议学习")  // 会议学习
    static let meetingPoints = U.s("会议指出")  // 会议指出
    static let convey = U.s("传达")  // 传达
    static let spirit = U.s("精神")  // 精神
    static let meeting = U.s("会议")  // 会议
    static let speech = U.s("讲话")  // 讲话
    static let instruction = U.s("指示")  // 指示
    static let comment = U.s("批示")  // 批示
    static let onThe = U.s("上的")  // 上的
    static let convene = U.s("召开")  // 召开
    static let listComma = U.c("、")  // 、
    static let fullWidthPeriod = U.c("．")  // ．
    static let comma = U.c("，")  // ，
    static let he = U.c("和")  // 和
    static let ji = U.c("及")  // 及
    static let zai = U.c("在")  // 在
    static let ri = U.c("日")  // 日
    static let joiners: [UInt32] = [he, listComma, ji]
    static let and = U.c("并")
    static let gatheringVerbs: [[UInt32]] = ["召开", "开展", "举办", "举行", "组织"].map(U.s)
    static let importantInstruction = U.s("重要指示"), importantComment = U.s("重要批示")
    static let recently: [[UInt32]] = ["最新", "近日", "日前", "近期"].map(U.s)
    static let referenceEnds: [[UInt32]] = [spirit, meeting, speech, instruction, comment]
}
