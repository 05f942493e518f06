/// The pieces of ``GraphMerger`` a store needs to keep a merged graph up to date one
/// document at a time, with the same result as merging everything at once. Events
/// travel as their ``DocumentGraph`` form (event nodes with `properties["agent"]`).
///
/// Not a stable API: `@_spi(Merge) import ChronicleCore`.
@_spi(Merge) public enum MergeSPI {
    /// One document's event, with the document's position among those merged and the
    /// event's position in its document.
    public typealias Member = (document: Int, index: Int, event: Node)

    /// ``EventClusters/cluster(_:)``: the merged events (in id order, as events in
    /// document-graph form) and each member's merged event.
    public static func cluster(_ members: [Member]) -> (events: [Node], assignment: [Int]) {
        let (events, assignment) = EventClusters.cluster(members.map { .init(document: $0.document, index: $0.index, draft: EventDraft(local: $0.event)) })
        return (events.map(\.localNode), assignment)
    }

    /// Whether `member` (an event of another document) is the merged event `cluster`
    /// (``EventDraft/matches(_:)``).
    public static func matches(_ cluster: Node, _ member: Node) -> Bool {
        EventDraft(local: cluster).matches(EventDraft(local: member))
    }

    /// `cluster` having taken in `member` (``EventDraft/absorb(_:)``).
    public static func absorb(_ cluster: Node, _ member: Node) -> Node {
        var draft = EventDraft(local: cluster)
        draft.absorb(EventDraft(local: member))
        return draft.localNode
    }

    /// The event as the merged graph shows it, with its level.
    public static func eventNode(_ event: Node, level: EventLevel?) -> Node {
        var draft = EventDraft(local: event)
        draft.level = level
        return draft.node
    }

    public static func level(of event: Node, chairTitles: [String], agentTitles: [String], lexicon: Lexicon) -> EventLevel? {
        GraphMerger.level(of: EventDraft(local: event), chairTitles: chairTitles, agentTitles: agentTitles, lexicon: lexicon)
    }

    /// What of a person's titles can decide an event's level (``GraphMerger/level(of:chairTitles:agentTitles:lexicon:)``):
    /// for each level word, whether the titles contain it, and for one-character words
    /// of ministries, whether they end with it or hold it before 党组. Two lists of titles
    /// with the same signature give every event they chair the same level.
    public static func levelSignature(_ titles: [String], lexicon: Lexicon) -> String {
        let text = titles.joined(separator: " ")
        var signature = ""
        for section in ["level-institution", "level-municipal", "level-ministry", "level-province", "level-central"] {
            for entry in lexicon.entries(section) {
                signature += text.contains(entry) ? "1" : "0"
                if entry.count == 1 && section == "level-ministry" {
                    signature += text.hasSuffix(entry) ? "1" : "0"
                    signature += text.contains(entry + "党组") ? "1" : "0"
                }
            }
        }
        return signature
    }

    public static func agent(of event: Node) -> String? {
        if case .string(let agent) = event.properties["agent"] { return agent }
        return nil
    }

    public static func organizerAndPlace(of event: Node) -> (nodes: [Node], edges: [Edge]) {
        GraphMerger.organizerAndPlace(of: EventDraft(local: event))
    }

    public static func measureEdges(_ measure: NodeID, _ stated: [GraphMerger.Stated]) -> [Edge] {
        GraphMerger.measureEdges(measure, stated)
    }

    /// What `reference` from `source` conveys among `candidates` (any order; weighed in
    /// id order, as ``GraphMerger`` does). Candidates must include every event that can
    /// qualify: see ``referenceGrams(_:)`` and ``eventGrams(_:)``.
    public static func resolve(_ reference: ConveyReference, source: Node, candidates: [Node]) -> [NodeID] {
        var byID: [NodeID: Node] = [source.id: source]
        for candidate in candidates { byID[candidate.id] = candidate }
        let ids = byID.keys.sorted()
        let events = ids.map { EventDraft(local: byID[$0]!) }
        let resolver = ConveyResolver(events: events)
        let from = ids.firstIndex(of: source.id)!
        return resolver.targets(of: reference, from: from).filter { $0 != from }.map { ids[$0] }
    }

    /// A merged event made ready to be weighed as what a reference names (its names'
    /// grams computed once), for resolving many references against the same events.
    /// (A class: candidates are passed around by the thousand, and copying a draft
    /// retains each of its fields.)
    public final class PreparedEvent: Sendable {
        let draft: EventDraft
        /// What the resolver reads of it, hashed once (``ConveyResolver/Alike``).
        let alike: ConveyResolver.Alike
        public var id: NodeID { draft.id }
        public var date: CalendarDate { draft.date }
        init(draft: EventDraft) {
            self.draft = draft
            alike = ConveyResolver.Alike(draft)
        }
    }

    public static func prepare(_ event: Node) -> PreparedEvent { PreparedEvent(draft: EventDraft(local: event)) }

    /// What of a merged event weighing references reads (``ConveyResolver``): its id,
    /// date, time of day, kind, names and agent. An event that changed but kept these
    /// (a document reporting it again adds only evidence) resolves every reference,
    /// from it or naming it, as it did.
    public struct Weighed: Hashable, Sendable {
        var id: NodeID
        var date: CalendarDate?
        var timeOfDay: TimeOfDay?
        var kind: EventKind?
        var label: String
        var aliases: [String]
        var agent: String?

        public init(_ event: Node) {
            id = event.id
            date = event.date
            timeOfDay = event.timeOfDay
            kind = event.kind
            label = event.label
            aliases = event.aliases
            agent = MergeSPI.agent(of: event)
        }
    }

    /// ``resolve(_:source:candidates:)`` on prepared events. Candidates dated after the
    /// source can never be named and may be left out.
    public static func resolve(_ reference: ConveyReference, source: PreparedEvent, candidates: [PreparedEvent]) -> [NodeID] {
        var byID: [NodeID: EventDraft] = [source.id: source.draft]
        if (reference.kind == .named && reference.date == nil) || reference.kind == .studyItem {
            // A name without a day, or a study-list item: of candidates before the source
            // alike in all the score reads, only the latest (the first by id on a tie) can
            // be chosen (ConveyResolver.resolveNamed, .resolveName) — the others are not
            // weighed. (An archive of yearly reports names the same meetings every year.)
            var latest: [ConveyResolver.Alike: PreparedEvent] = [:]
            for candidate in candidates where candidate.date <= source.date {
                guard candidate.date < source.date else { byID[candidate.id] = candidate.draft; continue }
                let key = candidate.alike
                if let kept = latest[key], kept.date > candidate.date || (kept.date == candidate.date && kept.id < candidate.id) { continue }
                latest[key] = candidate
            }
            for candidate in latest.values { byID[candidate.id] = candidate.draft }
        } else {
            for candidate in candidates where candidate.date <= source.date { byID[candidate.id] = candidate.draft }
        }
        let ids = byID.keys.sorted()
        let resolver = ConveyResolver(events: ids.map { byID[$0]! })
        let from = ids.firstIndex(of: source.id)!
        return resolver.targets(of: reference, from: from).filter { $0 != from }.map { ids[$0] }
    }

    /// Whether `candidate` can be what `reference` from `source` names: an event the
    /// resolver would weigh at all (not after the source, a score over the bound, …).
    /// An event that cannot, before and after it changed, leaves the reference's targets
    /// as they were. References naming instructions by their authors, and a candidate
    /// that is the source itself, always answer true.
    public static func canName(_ reference: ConveyReference, source: PreparedEvent, candidate: PreparedEvent) -> Bool {
        guard candidate.id != source.id else { return true }
        switch reference.kind {
        case .named:
            let scalars = U.s(reference.text)
            let name = EventNames.Prepared(EventReference.name(scalars))
            return ConveyResolver.namedScore(of: candidate.draft, scalars, name: name, date: reference.date, from: source.draft) != nil
        case .studyItem:
            let name = EventNames.Prepared(EventReference.name(reference.text))
            let scalars = Array(reference.text.unicodeScalars.map(\.value))
            return ConveyResolver.studyScore(of: candidate.draft, scalars, name: name, before: source.date) != nil
        case .instructionAuthors:
            return true
        }
    }

    /// Grams of a name, with how many distinct ones any name it can match must share.
    public struct Grams: Sendable {
        /// Distinct grams of the normalized name (``EventNames/Prepared``).
        public var normalized: [Int64]
        /// A name scoring at least 0.5 (Dice) against this one shares at least this many.
        public var need: Int
    }

    /// The grams of what a reference names (for candidates by name) and the distinct
    /// raw bigrams of its text (for event names of six or more characters written
    /// inside it), tagged apart.
    public static func referenceGrams(_ reference: ConveyReference) -> (name: Grams, raw: [Int64]) {
        let name = EventNames.Prepared(EventReference.name(reference.text))
        return (grams(name), rawGrams(U.s(reference.text)))
    }

    /// Per name of an event (label, aliases): its normalized grams with the bound, and,
    /// for names of six or more characters, their distinct raw bigrams.
    public static func eventGrams(_ event: Node) -> (names: [Grams], raw: [[Int64]]) {
        let draft = EventDraft(local: event)
        return (draft.prepared.map(grams), draft.scalarNames.filter { $0.count >= 6 }.map(rawGrams))
    }

    /// Whether a reference can name an instruction without naming it (重要指示, 重要批示)
    /// and whether it says it is recent (近日 …).
    public static func instructionFlags(_ reference: ConveyReference) -> (instruction: Bool, recent: Bool) {
        let s = U.s(reference.text)
        func has(_ word: [UInt32]) -> Bool { s.firstOccurrence(of: word, in: 0..<s.count) != nil }
        return (has(Lit.importantInstruction) || has(Lit.importantComment), Lit.recently.contains(where: has))
    }

    static func grams(_ name: EventNames.Prepared) -> Grams {
        // Dice ≥ 0.5 needs common ≥ (|x| + |y|) / 4 and common ≤ |y|, so common ≥ |x| / 3;
        // a shared distinct gram accounts for at most its count in x.
        var counts: [UInt64: Int] = [:]
        for gram in name.bigrams { counts[gram, default: 0] += 1 }
        let most = counts.values.max() ?? 1
        let need = max(1, Int((Double(name.bigrams.count) / Double(3 * most)).rounded(.up)))
        return Grams(normalized: counts.keys.sorted().map { Int64(bitPattern: $0) }, need: need)
    }

    /// Raw bigrams, tagged so they never equal a normalized gram.
    static func rawGrams(_ s: [UInt32]) -> [Int64] {
        guard s.count >= 2 else { return [] }
        var out = Set<Int64>()
        for i in 0..<(s.count - 1) { out.insert(Int64(1) << 62 | Int64(s[i]) << 21 | Int64(s[i + 1])) }
        return out.sorted()
    }
}
