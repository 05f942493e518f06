/// Decides whether an extracted event's name and a headline's meeting name the same
/// meeting, loosely: names of one meeting are written in many ways (`国务院常务会议`,
/// `国务院第十次常务会议`; `中央应对新冠肺炎疫情工作领导小组会议`,
/// `中央应对新型冠状病毒感染肺炎疫情工作领导小组会议`).
///
/// Two names match when
/// 1. they share the main meeting word: the headline's main word is in the event's name,
///    or the event's main word, when it is a lexicon word, is in the headline's; a name's
///    main word is, of the lexicon's `meeting-words` in it, the one that ends last (the
///    head of the phrase), the longest on a tie, else its last two characters (`活动`,
///    `仪式`);
/// 2. and enough other characters: of the distinct Han characters outside each name's
///    main word, at least two are shared, and at least half of the smaller set.
///
/// So `会议` alone matches nothing, `国务院常务会议` does not match
/// `全国人大常委会委员长会议`, and a visit (`调研春耕生产`) is no meeting
/// (`全省春耕生产工作会议`).
public struct MeetingNameMatcher: Sendable {
    /// The lexicon's meeting words, longest first.
    let meetingWords: [String]
    let wordSet: Set<String>

    public init(lexicon: Lexicon = .standard) {
        wordSet = Set(lexicon.entries("meeting-words"))
        meetingWords = wordSet.sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// Whether `headline` (the meeting as a headline names it) and `label` (an extracted
    /// event's name) name the same meeting.
    public func matches(headline: String, label: String) -> Bool {
        let headWord = mainWord(headline)
        let labelWord = mainWord(label)
        guard label.contains(headWord) || (isMeetingWord(labelWord) && headline.contains(labelWord)) else { return false }
        let a = distinctive(headline), b = distinctive(label)
        let shared = a.intersection(b).count
        return shared >= 2 && Double(shared) >= 0.5 * Double(min(a.count, b.count))
    }

    /// Whether `label` is a meeting known only by its kind and who convened or held it
    /// (`李克强主持召开的座谈会`, `习近平举行的欢迎宴会`; ``EventNames/chairedBy``), that
    /// person is the headline's, and the headline's meeting is of that kind
    /// (`专家学者和企业界人士座谈会`): the extraction names such meetings by their owner
    /// rather than by the description the body gives after them.
    public func qualifiedKind(_ label: String, by person: String?, matches headline: String) -> Bool {
        guard let person, label.hasPrefix(person) else { return false }
        let rest = label.dropFirst(person.count)
        for qualifier in [EventNames.chairedBy, EventNames.heldBy] where rest.hasPrefix(qualifier) {
            let kind = String(rest.dropFirst(qualifier.count))
            return isMeetingWord(kind) && mainWord(headline) == kind
        }
        return false
    }

    /// The main meeting word of a name (see the type's documentation).
    public func mainWord(_ name: String) -> String {
        var best: (end: Int, word: String)?
        for word in meetingWords {
            guard let range = name.range(of: word, options: .backwards) else { continue }
            let end = name.distance(from: name.startIndex, to: range.upperBound)
            if best == nil || end > best!.end || (end == best!.end && word.count > best!.word.count) { best = (end, word) }
        }
        return best?.word ?? String(name.suffix(2))
    }

    /// The distinct Han characters of a name outside its main meeting word.
    public func distinctive(_ name: String) -> Set<Character> {
        let word = mainWord(name)
        guard let range = name.range(of: word, options: .backwards) else { return Set(name.filter(HeadlineReader.isHan)) }
        return Set((name[..<range.lowerBound] + name[range.upperBound...]).filter(HeadlineReader.isHan))
    }

    /// Whether a name is one of the lexicon's meeting words and nothing else.
    func isMeetingWord(_ name: String) -> Bool { wordSet.contains(name) }
}
