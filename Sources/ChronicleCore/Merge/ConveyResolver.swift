/// Resolves what an event conveys (``ConveyReference``) against the events of every
/// document merged so far: by the day written in the reference, by name, and never to
/// an event after the conveying one.
///
/// Candidates are visited in the merged graph's event order, so ties resolve the same
/// way in every run.
struct ConveyResolver {
    let events: [EventDraft]

    /// The targets of one reference from event `source` (an index into `events`).
    func targets(of reference: ConveyReference, from source: Int) -> [Int] {
        switch reference.kind {
        case .named: resolveNamed(U.s(reference.text), date: reference.date, from: source).map { [$0] } ?? []
        case .instructionAuthors: instructionsNamed(U.s(reference.text), from: source)
        case .studyItem: resolveName(reference.text, before: events[source].date).map { [$0] } ?? []
        }
    }

    /// Instructions (重要指示 / 批示) a reference names by their author: the reference
    /// says 指示 or 批示 and holds the name of the person who gave an instruction the
    /// same day (国务院召开…会议，传达贯彻习近平和李克强重要指示和批示精神). An earlier
    /// one is not linked this way: 贯彻习近平总书记重要指示精神 in a later meeting means
    /// his instructions in general.
    func instructionsNamed(_ reference: [UInt32], from event: Int) -> [Int] {
        let source = events[event]
        return events.indices.filter { index in
            let candidate = events[index]
            guard index != event, candidate.kind == .instruction, candidate.date == source.date, let agent = candidate.agent else { return false }
            return reference.firstOccurrence(of: U.s(agent), in: 0..<reference.count) != nil
        }
    }

    /// The event a conveyed reference names: by the date written in it (if any) and by
    /// name; the latest matching event not after the conveying one.
    ///
    /// The choice does not depend on the order candidates come in: the best score, then
    /// the latest of the candidates within 0.05 of it, then the first in event order. So
    /// of candidates alike in all the score reads (``Alike``), only the latest can be
    /// chosen, and a store weighs only that one (``MergeSPI/resolve(_:source:candidates:)``).
    func resolveNamed(_ referenceScalars: [UInt32], date: CalendarDate?, from event: Int) -> Int? {
        let source = events[event]
        let written = EventReference.name(referenceScalars)
        // 习近平新时代中国特色社会主义思想: a doctrine, not a meeting (nor the seminar named after it).
        let writtenScalars = U.s(written)
        if Self.doctrineEndings.contains(where: { writtenScalars.count > $0.count && Array(writtenScalars.suffix($0.count)) == $0 }) { return nil }
        // (中共二十大 is written 党的二十大 too.)
        let referenceName = EventNames.Prepared(written.hasPrefix("中共") && written.hasSuffix("大") ? "党的" + written.dropFirst(2) : written)
        // 党的十九大: a party congress named short is a congress, not one of its
        // committee's plenums (党的十九届二中全会), however alike the names.
        let congress = writtenScalars.count >= 3 && writtenScalars.last == Self.big && PlenumNames.numerals.contains(Character(Unicode.Scalar(writtenScalars[writtenScalars.count - 2])!))
        // 镇党委全会, 县委全会: a committee's plenum named by its level alone — a plenum of that
        // level's committee told in the same document, whatever else its name says
        // (中共云渡镇委员会十五届三次全体会议), and no other meeting of the committee (镇党委会议),
        // however alike the names. (In an archive, another county's plenum is no 县委全会 of
        // this report's.)
        let plenumOfLevel = Self.plenumLevel(writtenScalars)
        let sourceDocuments = Set(source.evidence.map(\.document))
        var scored: [(index: Int, score: Double, date: CalendarDate)] = []
        for (index, candidate) in events.enumerated() where index != event {
            if congress, !candidate.label.contains(Self.congressWord), !candidate.label.hasSuffix("大") { continue }
            if let level = plenumOfLevel {
                guard GraphBuilder.isPlenum(candidate.label), GraphBuilder.committeeLevel(U.s(candidate.label)) == level,
                    candidate.evidence.contains(where: { sourceDocuments.contains($0.document) }),
                    candidate.date <= source.date, date.map({ candidate.date == $0 }) ?? true,
                    candidate.date < source.date || candidate.timeOfDay == nil || source.timeOfDay == nil || candidate.timeOfDay! < source.timeOfDay!
                else { continue }
                scored.append((index, 1, candidate.date))
                continue
            }
            guard let score = Self.namedScore(of: candidate, referenceScalars, name: referenceName, date: date, from: source) else { continue }
            scored.append((index, score, candidate.date))
        }
        guard let top = scored.map(\.score).max() else { return nil }
        var best: (index: Int, date: CalendarDate)?
        for entry in scored where entry.score >= top - 0.05 - 1e-9 {
            if best == nil || entry.date > best!.date || (entry.date == best!.date && entry.index < best!.index) { best = (entry.index, entry.date) }
        }
        return best?.index
    }

    /// What ``namedScore(of:_:name:date:from:)`` reads of a candidate dated before the
    /// source, for a reference without a date: two candidates alike in these score alike.
    ///
    /// Hashed once, from the names' UTF-8 bytes, and compared byte for byte: an archive
    /// weighs the same candidates for reference after reference, and hashing Chinese
    /// `String`s normalizes them every time.
    struct Alike: Hashable, Sendable {
        let label: String
        let aliases: [String]
        let kind: EventKind
        let agent: String?
        private let hash: Int
        init(_ event: EventDraft) {
            label = event.label
            aliases = event.aliases
            kind = event.kind
            agent = event.agent
            var hasher = Hasher()
            for name in [label] + aliases + [agent ?? ""] {
                hasher.combine(name.utf8.count)
                IdentifierBytes.hash(name, into: &hasher)
            }
            hasher.combine(kind)
            hash = hasher.finalize()
        }
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
        static func == (a: Alike, b: Alike) -> Bool {
            func same(_ x: String, _ y: String) -> Bool { IdentifierBytes.equal(x, y) }
            return a.hash == b.hash && a.kind == b.kind && same(a.label, b.label) && a.aliases.count == b.aliases.count
                && zip(a.aliases, b.aliases).allSatisfy(same) && (a.agent == nil) == (b.agent == nil) && same(a.agent ?? "", b.agent ?? "")
        }
    }

    /// How well `candidate` (not the source) matches what a named reference from `source`
    /// names; nil when it cannot be the event named (after the source, a notice or
    /// study, another day than the one written, a score under the bound, …). Only
    /// candidates with a score take part in ``resolveNamed(_:date:from:)``: an event
    /// without one never changes what a reference resolves to.
    static func namedScore(of candidate: EventDraft, _ referenceScalars: [UInt32], name referenceName: EventNames.Prepared, date: CalendarDate?,
                           from source: EventDraft) -> Double? {
        func mentions(_ word: [UInt32]) -> Bool { referenceScalars.firstOccurrence(of: word, in: 0..<referenceScalars.count) != nil }
        // (A study session only by the day written: 传达学习了8月9日镇党委理论学习中心组学习会精神.)
        guard candidate.date <= source.date, candidate.kind != .notice, candidate.kind != .study || date != nil else { return nil }
        if candidate.date == source.date, let a = candidate.timeOfDay, let b = source.timeOfDay, a >= b { return nil }
        if let date, candidate.date != date { return nil }
        // (Not a name alike but for one part or a number written differently: 中央经济工作会议
        // is not 中央政法工作会议, 十八届四中全会 not 十八届三中全会.)
        // (Both written from the same first character: a reference may open with words of
        // its verb, 宣传贯彻五中全会, 好贯彻好三中全会.)
        func middleConflict(_ name: EventNames.Prepared) -> Bool {
            name.scalars.first == referenceName.scalars.first && EventNames.partsConflict(name, referenceName)
        }
        // (A reference may leave out a session's term, 三中全会 of 二十届三中全会 — normalized
        // 二十三中全会: its numbers are ends of the name's.)
        // Either side's numbers all ends of the other's: no conflict (党的十九大和十九届二中、
        // 三中全会 writes more than 十九届二中全会).
        func numbersDiffer(_ name: EventNames.Prepared) -> Bool {
            guard !name.numbers.isEmpty, !referenceName.numbers.isEmpty else { return false }
            func fit(_ xs: [[UInt32]], in ys: [[UInt32]]) -> Bool {
                xs.allSatisfy { x in ys.contains { y in y.count >= x.count ? y.suffix(x.count).elementsEqual(x) : x.suffix(y.count).elementsEqual(y) } }
            }
            return !fit(referenceName.numbers, in: name.numbers) && !fit(name.numbers, in: referenceName.numbers)
        }
        var score = candidate.prepared.filter { !middleConflict($0) && !numbersDiffer($0) }
            .map { EventNames.dice($0, referenceName) }.max() ?? 0
        // (A meeting of another level weighs less: 镇教育实践活动推进会 names 全镇…推进会 before
        // 全县教育实践活动推进会, however alike the county's name.)
        if let written = Self.level(of: referenceName.scalars), let name = candidate.prepared.first, let own = Self.level(of: name.scalars), own != written {
            score -= Self.otherLevel
        }
        if score < 1, holdsAWholeName(of: candidate, referenceScalars) { score = 1 }
        // 全国疫情防控工作电视电话会议召开后，我省随即召开…，传达学习全国会议精神: a
        // meeting of the same day named short — its first two characters and its kind
        // kept, the rest left out — or by its kind alone (…传达贯彻视频会议精神).
        if score < 0.7, date == nil, candidate.date == source.date,
            case let written = U.s(EventReference.name(referenceScalars)),
            candidate.scalarNames.contains(where: { Self.contracts(written, $0) || Self.namesTheKind(written, of: $0) })
        {
            score = 0.7
        }
        if candidate.kind == .instruction, mentions(Lit.importantInstruction) || mentions(Lit.importantComment) { score = max(score, 0.8) }
        // 省委书记王宁6月10日对…作出的批示精神: an instruction of the day written, by its author.
        if candidate.kind == .instruction, date != nil, let agent = candidate.agent, mentions(U.s(agent)),
            mentions(Lit.anInstruction) || mentions(Lit.aComment)
        {
            score = max(score, 0.8)
        }
        // …在内蒙古考察时的重要讲话: a speech on a tour names the tour, nothing else (the
        // name left after 时的 — 中央政治局第十六次集体学习, 湖北省考察…疫情防控工作 — would
        // match meetings it shares words with).
        if mentions(Lit.whenThe), candidate.kind != .inspection { return nil }
        // A general 重要指示精神 names no particular instruction.
        if candidate.kind == .instruction, date == nil, !Lit.recently.contains(where: mentions) { return nil }
        // Watching a meeting is not what a later meeting conveys.
        if candidate.kind == .videoConference, candidate.label.contains("收看"), !mentions(EventFinder.watch) { return nil }
        guard score >= (candidate.date == source.date && date == nil ? 0.7 : 0.5) else { return nil }
        return score
    }

    /// The level of a committee's plenum named by its level alone (`镇` of `镇党委全会`, `县`
    /// of `县委全会`); nil for any other name.
    static func plenumLevel(_ name: [UInt32]) -> UInt32? {
        guard name.count >= 4, name.count <= 5, name.suffix(2).elementsEqual(GraphBuilder.plenum), name[name.count - 3] == GraphBuilder.committee,
            GraphBuilder.levelCharacters.contains(name[0]), name.count == 4 || name[1] == GraphBuilder.party
        else { return nil }
        return name[0]
    }
    /// The level a meeting's name opens with (`全县…`, `县委…`, `镇…`, `全国…`): the first
    /// character after an optional 全, when it is one of 省市县区乡镇村 (国 only after 全).
    static func level(of name: [UInt32]) -> UInt32? {
        let all: UInt32 = 0x5168 /* 全 */
        let at = name.first == all ? 1 : 0
        guard at < name.count, name.count > at + 2 else { return nil }
        let c = name[at]
        return levelWords.contains(c) || at == 1 && c == 0x56FD /* 国 */ ? c : nil
    }
    static let levelWords = U.set("省市县区乡镇村")
    static let otherLevel = 0.25

    static let big: UInt32 = 0x5927 /* 大 */
    static let congressWord = "代表大会"

    /// The lexicon's `doctrine-endings` (the shipped lexicon's: merging has no user lexicon).
    static let doctrineEndings = Lexicon.standard.words("doctrine-endings")

    /// Is `short` a contraction of `name` (`全国会议` of `全国疫情防控工作电视电话会议`,
    /// `省委全会` of `省委十一届八次全会`): four characters or more, the same first two
    /// and last two, the rest of its characters in order in the name.
    static func contracts(_ short: [UInt32], _ name: [UInt32]) -> Bool {
        short.count >= 4 && name.count > short.count + 1 && short.prefix(2) == name.prefix(2) && short.suffix(2) == name.suffix(2)
            && EventNames.isSubsequence(short[...], of: name[...])
    }

    /// Is `short` the kind `name` ends with, of four characters or more (`视频会议` of
    /// `全国…工作视频会议`: 收看视频会议后，…传达贯彻视频会议精神)?
    static func namesTheKind(_ short: [UInt32], of name: [UInt32]) -> Bool {
        short.count >= 4 && name.count > short.count && Array(name.suffix(short.count)) == short
    }

    /// Does a reference hold one of the event's names (six characters or more) whole?
    static func holdsAWholeName(of candidate: EventDraft, _ reference: [UInt32]) -> Bool {
        candidate.scalarNames.contains { $0.count >= 6 && reference.firstOccurrence(of: $0, in: 0..<reference.count) != nil }
    }

    /// The event a study-list item names, by name alone (`教育部…视频会精神`), or by holding
    /// one of its names whole: the best score, then the latest of those scoring it, then
    /// the first in event order. (So of candidates alike in all the score reads, only the
    /// latest can be chosen: a notice studies the last of a yearly meeting, not the first.)
    func resolveName(_ reference: String, before date: CalendarDate) -> Int? {
        let name = EventNames.Prepared(EventReference.name(reference))
        let scalars = Array(reference.unicodeScalars.map(\.value))
        var best: (index: Int, score: Double, date: CalendarDate)?
        for (index, candidate) in events.enumerated() {
            guard let score = Self.studyScore(of: candidate, scalars, name: name, before: date) else { continue }
            if best == nil || score > best!.score || (score == best!.score && candidate.date > best!.date) { best = (index, score, candidate.date) }
        }
        return best?.index
    }

    /// How well `candidate` matches a study-list item read on `date`; nil when it cannot
    /// be the event named (only candidates with a score take part in
    /// ``resolveName(_:before:)``).
    static func studyScore(of candidate: EventDraft, _ scalars: [UInt32], name: EventNames.Prepared, before date: CalendarDate) -> Double? {
        guard candidate.date <= date, candidate.kind != .notice, candidate.kind != .study else { return nil }
        var score = candidate.prepared.map { EventNames.dice($0, name) }.max() ?? 0
        // `4月22日至24日…在重庆考察时的重要讲话精神`: the item holds the event's whole name.
        if score < 1, holdsAWholeName(of: candidate, scalars) { score = 1 }
        return score >= 0.6 ? score : nil
    }
}
