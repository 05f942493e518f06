import OrderedCollections

/// The facts merging derives from merged events rather than reads from one document:
/// levels, organizer and place nodes, and which event set a measure. Shared by
/// ``GraphMerger`` and the store's incremental merge, so both give the same graph.
extension GraphMerger {
    /// One event stating a measure, with what orders statements.
    public struct Stated: Sendable {
        public var event: NodeID
        public var date: CalendarDate
        public var timeOfDay: TimeOfDay?
        /// The document's position in merge order.
        public var document: Int
        public var evidence: Evidence
        public var quotesEarlier: Bool

        public init(event: NodeID, date: CalendarDate, timeOfDay: TimeOfDay?, document: Int, evidence: Evidence, quotesEarlier: Bool) {
            self.event = event
            self.date = date
            self.timeOfDay = timeOfDay
            self.document = document
            self.evidence = evidence
            self.quotesEarlier = quotesEarlier
        }
    }

    /// `sets` from the earliest event stating the measure when its sentence puts it
    /// forward (a setting verb of the lexicon: 提出, 部署, 印发 …, not followed by 的), else `first_seen`
    /// (the documents first show it there; who set it is not stated); `reiterates` from
    /// every later one (by date, time of day — an unknown time counts as evening —
    /// document and position). A measure first stated as what an earlier, undated
    /// speech said is set by no event here: every statement reiterates it.
    static func measureEdges(_ measure: NodeID, _ stated: [Stated]) -> [Edge] {
        let ordered = stated.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            return (x.date, x.timeOfDay ?? .evening, x.document, x.evidence.offset, a.offset) < (y.date, y.timeOfDay ?? .evening, y.document, y.evidence.offset, b.offset)
        }.map(\.element)
        guard var first = ordered.first else { return [] }
        // (The earliest event quoting it as earlier words in one sentence and as its own in
        // another — 研究审议《…“强师工程”实施方案》, then 审议通过了《…》 — states it as its own.)
        if first.quotesEarlier, let own = ordered.first(where: { $0.event == first.event && !$0.quotesEarlier }) { first = own }
        var edges: [Edge] = []
        if first.quotesEarlier {
            var seen = Set<NodeID>()
            for statement in ordered where seen.insert(statement.event).inserted {
                edges.append(Edge(source: statement.event, target: measure, relation: .reiterates,
                                  properties: ["rule": RuleName.reiteratesQuotesEarlierSpeech.json], evidence: [statement.evidence]))
            }
        } else {
            if putsForward(first.evidence.text, label: String(measure.rawValue.dropFirst(2)), year: first.date.year) {
                edges.append(Edge(source: first.event, target: measure, relation: .sets, properties: ["rule": RuleName.setsEarliestEventPuttingForward.json], evidence: [first.evidence]))
            } else {
                edges.append(Edge(source: first.event, target: measure, relation: .firstSeen, properties: ["rule": RuleName.firstSeenEarliestEventStating.json], evidence: [first.evidence]))
            }
            for later in ordered.dropFirst() where later.event != first.event {
                edges.append(Edge(source: later.event, target: measure, relation: .reiterates,
                                  properties: ["rule": RuleName.reiteratesLaterEventStating.json], evidence: [later.evidence]))
            }
        }
        // One edge per event, with the evidence of each of its statements.
        var merged = Graph()
        for edge in edges { merged.add(edge) }
        return merged.edges
    }

    static let de: UInt32 = 0x7684 /* 的 */

    /// The lexicon's setting verbs (the shipped lexicon's: merging has no user lexicon).
    static let settingVerbs = Lexicon.standard.wordList("setting-verbs")
    /// A sentence looking back (`11年前…首次提出`, `自2013年以来…提出`) tells of a measure
    /// put forward before, not at its event (lexicon `[look-back-words]`).
    static let lookBackWords = Lexicon.standard.wordList("look-back-words")

    /// Does the sentence put the measure forward: a setting verb in the clause that
    /// quotes it, shortly before the quote (`进一步明确“五严五防”工作举措`, `会议提出
    /// “两个确保”`) — not a setting word elsewhere in the sentence (`贯彻党中央决策部署，
    /// …抓好“两个统筹”`), nor after a look-back word or a year before the event's
    /// (`2015年，…在…峰会上提出“五大支柱”` in a report of 2018)?
    static func putsForward(_ sentence: String, label: String, year: Int? = nil) -> Bool {
        let s = sentence.unicodeScalars.map(\.value)
        let word = label.unicodeScalars.map(\.value)
        guard !word.isEmpty, s.firstOccurrence(of: Self.asOf, in: 0..<s.count) == nil else { return false }
        for q in s.occurrences(of: word, in: 0..<s.count) {
            // Inside another quote (“生态文明” in “生态文明奖”): another name.
            if q > 0, s[q - 1] == U.openQuote, q + word.count >= s.count || s[q + word.count] != U.closeQuote { continue }
            // 会议决定，…启动“…”, 会议宣布，…推行“…”制度, 会议确定，将每周三定为“…”: launched or
            // named in what the meeting decided.
            // (Or decided by a meeting named in the sentence: 经5月16日局党组会议研究，决定…开展“…”.)
            let open = q - (q > 0 && s[q - 1] == U.openQuote ? 1 : 0)
            if MeasureFinder.decidedByTheMeeting(s, sentenceStart: 0, quote: q) && launchedRightBefore(s, quote: open)
                || Self.decisionVerbs.contains(where: { s.firstOccurrence(of: Self.meeting + $0, in: 0..<q) != nil }) && launchedShortlyBefore(s, quote: open) {
                return !(year.map { writesEarlierYear(s[0..<q], than: $0) } ?? false)
            }
            var k = q - 1
            while k >= 0, q - k <= 16, !U.isClauseEnd(s[k]) {
                // (提出的“…”: a proposal made earlier, named by a relative clause.)
                // (“一带一路”倡议同…: right after a quote the word names it, a noun.)
                // (提出更多“…”: a call for proposals to come; 决定草案: a noun.)
                if settingVerbs.startsWith(s[k]), let verb = s.firstWord(of: settingVerbs, at: k), k + verb.count <= q,
                    k + verb.count >= s.count || s[k + verb.count] != Self.de, k == 0 || s[k - 1] != U.closeQuote,
                    !Self.notPuttingForwardAfter.contains(where: { s.has($0, at: k + verb.count) }),
                    // 我就提出了, 前不久我又提出, 早已提出, 在新时期提出: said before, again.
                    k == 0 || !Self.earlierAdverbs.contains(s[k - 1]), !Self.periodWords.contains(where: { k >= $0.count && s.has($0, at: k - $0.count) }),
                    // (…工作时就亲自部署实施了: with 亲自 between.)
                    !(k >= 3 && s.has(Self.inPerson, at: k - 2) && Self.earlierAdverbs.contains(s[k - 3])),
                    // 共同推动制定“…”: a call to draft it, not a draft.
                    !Self.callWords.contains(where: { k >= $0.count && s.has($0, at: k - $0.count) }),
                    // 总理先生也提出了建设“…”目标: the counterpart addressed put it forward, before.
                    !addressesCounterpart(s, before: k)
                {
                    return !(0..<k).contains { lookBackWords.startsWith(s[$0]) && s.firstWord(of: lookBackWords, at: $0) != nil }
                        && !(year.map { writesEarlierYear(s[0..<k], than: $0) } ?? false)
                }
                k -= 1
            }
        }
        return false
    }

    /// Is a quote opening at `quote` launched, carried out or named by the verb right
    /// before it (启动“…”, 推行“…”, 定为“…”; lexicon `measure-launch-verbs`)?
    static func launchedRightBefore(_ s: [UInt32], quote: Int) -> Bool {
        s.word(of: launchVerbs, endingAt: quote) != nil || s.word(of: settingVerbs, endingAt: quote) != nil
            || MeasureFinder.designating.contains { quote >= $0.count && s.has($0, at: quote - $0.count) }
    }
    static let launchVerbs = Lexicon.standard.wordList("measure-launch-verbs")
    /// Is a quote opening at `quote` launched by a verb right before it or at most two
    /// characters before it in its clause (开展安全“三查三改”专项行动)?
    static func launchedShortlyBefore(_ s: [UInt32], quote: Int) -> Bool {
        (max(0, quote - 2)...quote).contains { k in
            !(k..<quote).contains { U.isClauseEnd(s[$0]) } && launchedRightBefore(s, quote: k)
        }
    }
    /// The recall verbs (lexicon `recall-verbs`) that end a dated meeting's mention with its
    /// decision to come (经5月16日局党组会议研究，决定…; after 会议 in a sentence, a meeting's
    /// decision named).
    static let decisionVerbs: [[UInt32]] = ["研究决定", "研究，决定", "研究同意"].map(U.s)
    static let meeting = U.s("会议")

    /// Is the subject of the clause ending at `k` the counterpart a speaker addresses
    /// (总统先生, 首相阁下, 您, 贵方): what they put forward is their own, earlier proposal
    /// cited in talks, not one made at the talks by the event's side.
    static func addressesCounterpart(_ s: [UInt32], before k: Int) -> Bool {
        var start = k
        while start > 0, !U.isClauseEnd(s[start - 1]) { start -= 1 }
        return Self.addressWords.contains { s.firstOccurrence(of: $0, in: start..<k) != nil }
    }
    static let addressWords: [[UInt32]] = ["先生", "女士", "阁下", "您", "贵方", "贵国"].map(U.s)

    /// Does `text` write a year (four digits and 年) before `year`?
    static func writesEarlierYear(_ text: ArraySlice<UInt32>, than year: Int) -> Bool {
        var k = text.startIndex
        while k + 4 < text.endIndex {
            if text[k + 4] == Self.nian, (k == text.startIndex || !(0x30...0x39).contains(text[k - 1])), (k..<k + 4).allSatisfy({ (0x30...0x39).contains(text[$0]) }) {
                let written = (k..<k + 4).reduce(0) { $0 * 10 + Int(text[$1] - 0x30) }
                if written < year { return true }
            }
            k += 1
        }
        return false
    }
    static let nian: UInt32 = 0x5E74 /* 年 */
    /// Right after a setting verb: more to come (提出更多), a directive (制定好), or the
    /// verb is a noun (决定草案).
    /// So does speeding up or going on with what exists (提出加快推进实现“…”目标, 部署进一步
    /// 深化“…”改革).
    static let notPuttingForwardAfter: [[UInt32]] = ["更多", "草案", "好", "加快", "加紧", "继续", "进一步"].map(U.s)
    /// Right before a setting verb: a call for it, not the act (推动制定, 争取出台), or work
    /// on it under way (正在研究制定; not 研究部署: a meeting studied and set it).
    static let callWords: [[UInt32]] = ["推动", "推进", "争取", "力争", "呼吁", "正在研究", "正在"].map(U.s)
    /// A sentence telling how far something has come (发起“…”行动，截至2月23日…) reports it,
    /// it does not put it forward.
    static let asOf = U.s("截至")
    /// Right before a setting verb: it was put forward before (就, 又, 已, 早) or in a
    /// period named (新时期, 新时代).
    static let earlierAdverbs = U.set("就又已早")
    static let inPerson = U.s("亲自")
    static let periodWords: [[UInt32]] = ["时期", "时代"].map(U.s)

    /// The organization that held the event and the place it was held, as nodes, and
    /// the `organizes` / `located_in` edges; evidence is the event's first sentence.
    static func organizerAndPlace(of event: EventDraft) -> (nodes: [Node], edges: [Edge]) {
        var nodes: [Node] = [], edges: [Edge] = []
        if let organizer = event.organizer {
            let id = NodeID("o-" + organizer)
            nodes.append(Node(id: id, label: organizer, type: .organization, properties: ["rule": RuleName.organizationOrganizer.json], evidence: [event.evidence[0]]))
            edges.append(Edge(source: id, target: event.id, relation: .organizes, properties: ["rule": RuleName.organizesOrganizerBeforeVerb.json], evidence: [event.evidence[0]]))
        }
        if let place = event.place {
            let id = NodeID("pl-" + place)
            nodes.append(Node(id: id, label: place, type: .place, properties: ["rule": RuleName.placeEventPlace.json], evidence: [event.evidence[0]]))
            edges.append(Edge(source: event.id, target: id, relation: .locatedIn, properties: ["rule": RuleName.locatedInEventPlace.json], evidence: [event.evidence[0]]))
        }
        return (nodes, edges)
    }

    /// The level of an event, from its organizer, its chairs' titles (chairs in id
    /// order), its agent's titles, or its name, whichever first names a level in the lexicon.
    static func level(of event: EventDraft, chairTitles: [String], agentTitles: [String], lexicon: Lexicon) -> EventLevel? {
        let texts = [event.organizer ?? "", chairTitles.joined(separator: " "), agentTitles.joined(separator: " "), event.label]
        if let level = level(naming: texts, lexicon: lexicon) { return level }
        if event.kind == .notice || event.kind == .study { return .institution }
        return nil
    }

    /// The level the first of `texts` that names one names, by the lexicon's level words
    /// (a one-character ministry word only at the end or before 党组).
    static func level(naming texts: [String], lexicon: Lexicon) -> EventLevel? {
        let order: [(String, EventLevel)] = [
            ("level-institution", .institution), ("level-municipal", .municipal), ("level-ministry", .ministry),
            ("level-province", .province), ("level-central", .central),
        ]
        // On scalars: `String.contains` was most of the cost of finishing a graph.
        let sections = order.map { section, level in (section, level, lexicon.entries(section).map(U.s)) }
        let partyGroup = U.s("党组")
        for text in texts where !text.isEmpty {
            let t = U.s(text)
            func contains(_ word: [UInt32]) -> Bool { !word.isEmpty && t.firstOccurrence(of: word, in: 0..<t.count) != nil }
            for (section, level, entries) in sections {
                if entries.contains(where: { entry in
                    entry.count == 1
                        ? contains(entry) && (section != "level-ministry" || t.last == entry[0] || contains(entry + partyGroup))
                        : contains(entry)
                }) {
                    return level
                }
            }
        }
        return nil
    }
}

extension Graph {
    /// The graph in canonical order: documents by path then id, nodes by id, edges by
    /// source, target and relation, and each fact's evidence by document (in that
    /// order) then position, without repeats. Two graphs with the same facts are then
    /// equal whatever order they were built in — how the store's dump is compared
    /// with a fresh build.
    public func canonical() -> Graph {
        let documents = self.documents.sorted { ($0.path, $0.id.rawValue) < ($1.path, $1.id.rawValue) }
        var rank: [DocumentID: Int] = [:]
        for (index, document) in documents.enumerated() { rank[document.id] = index }
        // Evidence mostly arrives in order already: checked in one pass, sorted (and
        // repeats dropped) only when it is not. No hashing of sentences: it was 14 % of
        // extracting a 10 MB compilation.
        func ordered(_ evidence: [Evidence]) -> [Evidence] {
            func before(_ a: Evidence, _ b: Evidence) -> Bool {
                if a.document != b.document {
                    let x = rank[a.document] ?? Int.max, y = rank[b.document] ?? Int.max
                    if x != y { return x < y }
                    return a.document.rawValue < b.document.rawValue
                }
                if a.offset != b.offset { return a.offset < b.offset }
                if a.length != b.length { return a.length < b.length }
                return a.text < b.text
            }
            // (By index: zipping the array with itself copied every item, strings and all.)
            var inOrder = true
            for i in evidence.indices.dropFirst() where !before(evidence[i - 1], evidence[i]) {
                inOrder = false
                break
            }
            if inOrder { return evidence }
            var out: [Evidence] = []
            out.reserveCapacity(evidence.count)
            for item in evidence.sorted(by: before) where out.last != item { out.append(item) }
            return out
        }
        var out = Graph(documents: documents, properties: properties)
        for var node in nodes.values.sorted(by: { $0.id < $1.id }) {
            node.evidence = ordered(node.evidence)
            out.upsert(node)
        }
        for var edge in edges.sorted(by: { ($0.source, $0.target, $0.relation.rawValue) < ($1.source, $1.target, $1.relation.rawValue) }) {
            edge.evidence = ordered(edge.evidence)
            out.add(edge)
        }
        return out
    }
}
