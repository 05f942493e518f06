import Foundation

/// What a headline says about a meeting, that the body should say too.
public struct HeadlineClaim: Hashable, Sendable {
    /// The headline shapes that make a claim.
    public enum Pattern: String, Hashable, Sendable, CaseIterable {
        /// `X主持召开Y`, `X主持Y`: X chaired Y.
        case chairs
        /// `X出席Y`: X attended Y.
        case attends
        /// `Y在京召开`, `Y在京举行`, `Y在…召开`: Y took place.
        case `where`

        /// The relation a person of the claim has to the event, if any.
        public var relation: Relation? {
            switch self {
            case .chairs: .chairs
            case .attends: .attends
            case .where: nil
            }
        }

        /// The relations that make the claim true in a graph: `X出席Y` says X was there,
        /// and a body that has X in the chair or speaking at Y says so too (the graph
        /// does not repeat a chair or a speaker as an attendee).
        public var satisfiedBy: [Relation] {
            switch self {
            case .chairs: [.chairs]
            case .attends: [.attends, .chairs, .speaksAt]
            case .where: []
            }
        }
    }

    public var pattern: Pattern
    /// X: the person who chaired or attended (nil for `where`).
    public var person: String?
    /// Y: the meeting as the headline names it.
    public var meeting: String

    public init(pattern: Pattern, person: String?, meeting: String) {
        self.pattern = pattern
        self.person = person
        self.meeting = meeting
    }
}

/// Reads the claims of a headline, with the lexicon's title words, surnames and
/// meeting words.
///
/// A headline is split into segments at spaces, dashes and colons; each segment is
/// read for `…X主持召开Y` / `…X主持Y`, `…X出席Y` and `Y…在…召开|举行` (the verb
/// ending the segment), and the first claim of each pattern is kept.
///
/// - X, the person: the text before the verb, without trailing adverbs (`共同`, `今天`,
///   `等` …); none when it then ends in `并` (`X考察…并主持` has its subject further
///   back), nor when it ends in `同`, `与`, `会见` (`X会见出席Y的…`: others attend);
///   the first party of `X与Y共同…`; what comes before a journey (`X抵达…`,
///   `X将赴…`) or a place (`在京`, `在…`); without a title after it (`习近平主席`) and
///   everything up to the last title word (`国务院总理李克强` → `李克强`). Two to four
///   Han characters left are the name when a title came before them or they begin with
///   a surname (so not `智利总统`); from a longer run of names (`…赵乐际韩正`), the
///   last 3, 2 or 4 characters, the first of these that begins with a surname (a
///   compound surname for 4), preferring one that the body names.
/// - Y, the meeting: the text after the verb up to `并…`, `强调`, `指出`, `要求` or a
///   final `时`. When that leaves only a meeting word (`主持会议`) or nothing (`主持并讲话`),
///   the meeting is taken from another segment that says `Z召开W` / `Z举行W`: W when it
///   names more than a meeting word, else Z followed by W. A meeting with fewer than two
///   Han characters besides its meeting word names no meeting, and makes no claim.
/// - No claim from an announcement (`X将出席Y`, `X将赴…出席Y`) or a journey's purpose
///   (`X抵达杜尚别出席Y`, `X赴利马出席Y`): a meeting to come.
/// - Y of `where`: the text before the last `在` (at most eight characters before the
///   verb), without a trailing time (`今天`, `8日上午`, `今年11月`).
public struct HeadlineReader: Sendable {
    let titleWords: [String]
    let surnames: Set<Character>
    let compoundSurnames: Set<String>
    let names: MeetingNameMatcher

    public init(lexicon: Lexicon = .standard) {
        titleWords = lexicon.entries("title-words").sorted { $0.count > $1.count }
        surnames = Set(lexicon.entries("surnames").flatMap { $0 })
        compoundSurnames = Set(lexicon.entries("compound-surnames"))
        names = MeetingNameMatcher(lexicon: lexicon)
    }

    /// What makes a headline's claim an announcement (`X将出席Y`).
    static let announcing = ["将", "即将"]

    /// Words between a name and its verb that are not part of the name.
    static let adverbs = ["共同", "分别", "一同", "一起", "同时", "亲自", "再次", "首次", "今天", "今日", "昨天", "日前", "近日", "专程", "隆重", "将", "等人", "等"]
    /// Where the meeting's name ends: what follows is what was said there.
    static let meetingEnds = ["并", "强调", "指出", "要求", "表示", "，", ","]

    /// The headline without a leading `[视频]` (or any leading `[…]` tag).
    public static func stripTag(_ title: String) -> String {
        var text = title.trimmingCharacters(in: .whitespaces)
        while text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            text = String(text[text.index(after: close)...]).trimmingCharacters(in: .whitespaces)
        }
        return text
    }

    /// The segments of a headline: split at spaces (ASCII and ideographic), dashes and
    /// colons outside quotes (“ ” ‘ ’ 《 》).
    public static func segments(_ title: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quoted = 0
        for c in stripTag(title) {
            if c == "“" || c == "‘" || c == "《" { quoted += 1 }
            if c == "”" || c == "’" || c == "》" { quoted = max(0, quoted - 1) }
            if quoted == 0, c == " " || c == "\u{3000}" || c == "—" || c == "：" || c == ":" || c == "|" {
                if !current.isEmpty { parts.append(current) }
                current = ""
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    /// The claims of `title`, at most one per pattern. `body`, when given, decides between
    /// candidate names: one that the body names is preferred.
    public func claims(title: String, body: String? = nil) -> [HeadlineClaim] {
        let segments = Self.segments(title)
        var found: [HeadlineClaim.Pattern: HeadlineClaim] = [:]
        for (index, segment) in segments.enumerated() {
            if found[.chairs] == nil, let claim = personClaim(.chairs, verbs: ["主持召开", "主持"], segment: segment, index: index, in: segments, body: body) {
                found[.chairs] = claim
            }
            if found[.attends] == nil, let claim = personClaim(.attends, verbs: ["出席"], segment: segment, index: index, in: segments, body: body) {
                found[.attends] = claim
            }
            if found[.where] == nil, let meeting = whereMeeting(segment) {
                found[.where] = HeadlineClaim(pattern: .where, person: nil, meeting: meeting)
            }
        }
        return HeadlineClaim.Pattern.allCases.compactMap { found[$0] }
    }

    // MARK: Patterns

    func personClaim(_ pattern: HeadlineClaim.Pattern, verbs: [String], segment: String, index: Int, in segments: [String], body: String?) -> HeadlineClaim? {
        guard let verb = verbs.lazy.compactMap({ segment.range(of: $0) }).first else { return nil }
        // `X将出席Y`, `X将赴…出席Y`: an announcement; the body reports no meeting held yet
        // (and the extractor rightly reports none).
        let before = segment[..<verb.lowerBound]
        if Self.announcing.contains(where: { before.hasSuffix($0) || before.contains($0 + "于") }) { return nil }
        // `X抵达杜尚别出席Y`, `X赴利马出席Y`: the journey's purpose; Y is held after the
        // arrival, not on the item's day (the extractor rightly dates no Y there).
        if Self.travelVerbs.contains(where: { before.contains($0) }) { return nil }
        guard let person = name(before: String(segment[..<verb.lowerBound]), body: body) else { return nil }
        var meeting = Self.meetingName(String(segment[verb.upperBound...]))
        if mainWordOnly(meeting) {
            guard let borrowed = meetingFromOtherSegment(segments, except: index, word: meeting) else { return nil }
            meeting = borrowed
        }
        guard namesAMeeting(meeting) else { return nil }
        return HeadlineClaim(pattern: pattern, person: person, meeting: meeting)
    }

    /// `Y在…召开` / `Y在…举行` ending the segment: Y, without a trailing time word.
    func whereMeeting(_ segment: String) -> String? {
        guard segment.hasSuffix("召开") || segment.hasSuffix("举行") else { return nil }
        let head = segment.dropLast(2)
        // The place: at most eight characters after the last 在.
        guard let at = head.lastIndex(of: "在"), head.distance(from: at, to: head.endIndex) <= 9 else { return nil }
        let meeting = Self.stripTrailingTime(Self.stripTrailing(String(head[..<at]), Self.adverbs))
        return namesAMeeting(meeting) ? meeting : nil
    }

    // MARK: Names

    /// The person named just before a verb, or nil.
    func name(before prefix: String, body: String?) -> String? {
        var text = Self.stripTrailing(prefix, Self.adverbs)
        // `X考察…并主持召开Y`: the verb's subject opens the clause, not just before it;
        // `X会见出席Y的…`, `X同出席Y的…座谈`: others attend.
        if Self.notSubject.contains(where: { text.hasSuffix($0) }) { return nil }
        // `X与Y共同主持`: X.
        if prefix.count > text.count, let and = text.firstIndex(where: { $0 == "与" || $0 == "和" || $0 == "同" }) {
            text = Self.stripTrailing(String(text[..<and]), Self.adverbs)
        }
        // A place between the name and the verb: 在京, 在人民大会堂.
        if let at = text.lastIndex(of: "在"), text.distance(from: at, to: text.endIndex) <= 7 {
            text = Self.stripTrailing(String(text[..<at]), Self.adverbs)
        }
        // A title after the name (习近平主席), then everything up to the last title word
        // (国务院总理李克强 → 李克强).
        text = Self.stripTrailing(text, titleWords)
        var cut = text.startIndex
        for word in titleWords {
            if let range = text.range(of: word, options: .backwards), range.upperBound > cut { cut = range.upperBound }
        }
        let titled = cut > text.startIndex
        var hanTail: [Character] = []
        for c in text[cut...].reversed() {
            guard Self.isHan(c) else { break }
            hanTail.insert(c, at: 0)
        }
        guard hanTail.count >= 2 else { return nil }
        // Two to four characters are the name as they stand when they follow a title, or
        // begin with a surname (习近平主席, but not 智利总统).
        if hanTail.count <= 4 {
            let whole = String(hanTail)
            let surnamed = surnames.contains(hanTail[0]) || compoundSurnames.contains(String(whole.prefix(2)))
            guard !titleWords.contains(whole), (titled && hanTail.count == text[cut...].count) || surnamed else { return nil }
            return whole
        }
        // A run of names (…赵乐际韩正): the last, by its surname.
        var candidates: [String] = []
        for length in [3, 2, 4] {
            let candidate = String(hanTail.suffix(length))
            let compound = compoundSurnames.contains(String(candidate.prefix(2)))
            let fits = length == 4 ? compound : (surnames.contains(candidate.first!) || (length == 3 && compound))
            if fits, !titleWords.contains(candidate) { candidates.append(candidate) }
        }
        if let body, let named = candidates.first(where: { body.contains($0) }) { return named }
        return candidates.first
    }

    /// Endings of the text before the verb that make someone else its subject.
    /// (…特使出席, …特别代表出席: an envoy of the person named, not the person.)
    static let notSubject = ["并", "同", "与", "和", "会见", "记", "特使", "特别代表"]

    /// Verbs of a journey before the verb of the claim (`X抵达…出席`): the person comes before them.
    static let travelVerbs = ["抵达", "飞抵", "前往", "来华", "赴"]

    /// Without a trailing time (`8日上午`, `今晚`, `今年11月`, `2月2日至`, `将于`): when, not which meeting.
    static func stripTrailingTime(_ text: String) -> String {
        let digits = Set("0123456789０１２３４５６７８９一二三四五六七八九十")
        var text = text
        var changed = true
        while changed {
            changed = false
            let stripped = stripTrailing(text, ["上午", "下午", "晚上", "今晚", "中午", "晚", "至", "将于", "于", "今年", "明年", "本月"] + adverbs)
            if stripped != text { text = stripped; changed = true }
            for unit in ["日", "月"] where text.hasSuffix(unit) {
                var head = text.dropLast()
                while let last = head.last, digits.contains(last) { head = head.dropLast() }
                if head.count < text.count - 1, !head.isEmpty { text = String(head); changed = true }
            }
        }
        return text
    }

    static func isHan(_ c: Character) -> Bool {
        guard c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value else { return false }
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
    }

    static func stripTrailing(_ text: String, _ words: [String]) -> String {
        var text = text
        var changed = true
        while changed {
            changed = false
            for word in words where text.hasSuffix(word) && text.count > word.count {
                text = String(text.dropLast(word.count))
                changed = true
            }
        }
        return text
    }

    // MARK: Meetings

    /// The meeting named after a verb: up to what is said there (`并讲话`, `强调` …),
    /// without a final `时` (`出席…会议时强调`).
    static func meetingName(_ text: String) -> String {
        var end = text.endIndex
        for stop in meetingEnds {
            if let range = text.range(of: stop), range.lowerBound < end { end = range.lowerBound }
        }
        var name = String(text[..<end])
        if name.hasSuffix("时") { name.removeLast() }
        return name
    }

    func mainWordOnly(_ name: String) -> Bool { name.isEmpty || names.isMeetingWord(name) }

    /// Whether a name says which meeting: two Han characters or more besides its main word.
    func namesAMeeting(_ name: String) -> Bool { names.distinctive(name).count >= 2 }

    /// `Z召开W` / `Z举行W` in another segment: W, or Z followed by W when W is only a
    /// meeting word; it must end with `word` when one is given.
    func meetingFromOtherSegment(_ segments: [String], except index: Int, word: String) -> String? {
        for (other, segment) in segments.enumerated() where other != index {
            guard let verb = segment.range(of: "召开") ?? segment.range(of: "举行") else { continue }
            let object = Self.meetingName(String(segment[verb.upperBound...]))
            guard !object.isEmpty, word.isEmpty || object.hasSuffix(word) else { continue }
            if !mainWordOnly(object) { return object }
            return Self.stripTrailing(String(segment[..<verb.lowerBound]), Self.adverbs) + object
        }
        return nil
    }
}
