import ChronicleCore

/// Breaks a Chinese label into lines that read as phrases: a line ends between words
/// (`省委常委会 / 会议`, never `省委常 / 委会会 / 议`), the words taken from Chronicle's
/// lexicon (meeting words, organization suffixes, titles, verbs, level words, and the
/// common words of official names in `[name-words]`); `第二次`, numbers and Latin stay whole, a
/// particle (`的`) or closing mark never starts a line and an opening mark never ends
/// one. Among the ways of breaking with the fewest lines, the one with the evenest
/// lines wins. A word is split only when it is wider than a line.
enum PhraseWrap {
    /// Words a label is broken around, longest first where it matters (backward
    /// maximum matching picks the longest word ending at each point).
    static let words: Set<String> = {
        let lexicon = Lexicon.standard
        var words = Set<String>()
        for section in ["meeting-words", "organization-suffixes", "title-words", "group-titles", "chair-verbs", "attend-verbs",
                        "speak-verbs", "convey-verbs", "level-central", "level-ministry", "level-province", "level-municipal",
                        "level-institution", "place-suffixes", "lecture-verbs", "name-words"] {
            for entry in lexicon.entries(section) where entry.count >= 2 { words.insert(entry) }
        }
        return words
    }()

    static let longestWord = words.map(\.count).max() ?? 1

    /// Characters that never start a line.
    static let noStart: Set<Character> = Set("的之、，。；：！？）》」』】〕”’…·,.;:!?)]}")
    /// Characters that never end a line.
    static let noEnd: Set<Character> = Set("（《「『【〔“‘([{")
    /// Words that join two names (`A暨B`): a line breaks best right after them.
    static let joiners: Set<Character> = Set("暨及与和")
    static let numerals: Set<Character> = Set("〇零一二三四五六七八九十百千两0123456789０１２３４５６７８９")

    /// The width of a character in ems: ideographs and full-width forms one, others
    /// (digits, Latin, spaces) about half.
    static func width(_ character: Character) -> Double {
        (character.unicodeScalars.first?.value ?? 0) < 0x2E80 ? 0.56 : 1.0
    }

    /// The cost of breaking before each character: 0 between words, more inside a run
    /// of characters no word covers, much more inside a word; nil where a break is not
    /// allowed at all.
    static func breakCosts(_ characters: [Character]) -> [Double?] {
        let n = characters.count
        guard n > 1 else { return [nil] }
        // Word boundaries by backward maximum matching; runs no word covers are one
        // unknown span each.
        var inWord = [Bool](repeating: false, count: n + 1)  // inWord[i]: i is inside a known word
        var seam = [Bool](repeating: false, count: n + 1)  // inside a word, between two words it is made of (专题|会议)
        var unknownInside = [Bool](repeating: false, count: n + 1)
        var end = n
        var unknownEnd: Int?
        while end > 0 {
            var matched = 0
            for length in stride(from: min(longestWord, end), through: 2, by: -1) {
                if words.contains(String(characters[(end - length)..<end])) {
                    matched = length
                    break
                }
            }
            if matched > 0 {
                for i in (end - matched + 1)..<end {
                    inWord[i] = true
                    let left = String(characters[(end - matched)..<i]), right = String(characters[i..<end])
                    seam[i] = (words.contains(left) || left.count == 1) && words.contains(right) || words.contains(left) && right.count == 1
                }
                unknownEnd = nil
                end -= matched
            } else {
                if unknownEnd != nil { unknownInside[end] = true }
                unknownEnd = end
                end -= 1
            }
        }
        var costs = [Double?](repeating: 0, count: n)
        costs[0] = nil
        for i in 1..<n {
            let before = characters[i - 1], after = characters[i]
            if noStart.contains(after) || noEnd.contains(before) {
                costs[i] = nil
            } else if before == " " || after == " " {
                costs[i] = 0
            } else if isNarrow(before) && isNarrow(after) {
                costs[i] = 40_000  // 2020, COVID-19
            } else if numerals.contains(before) && (numerals.contains(after) || "次届个年月日号".contains(after)) {
                costs[i] = 30_000  // 第二次, 十九届, 2020年
            } else if before == "第" && numerals.contains(after) {
                costs[i] = 30_000
            } else if joiners.contains(before), !inWord[i] {
                costs[i] = -20  // after 暨 / 及 / 与 / 和: where two names meet
            } else if joiners.contains(after), !inWord[i] {
                costs[i] = 0
            } else if inWord[i] {
                // More than a line: a word is split only when wider than a line, and
                // then between the words it is made of.
                costs[i] = seam[i] ? 8_000 : 30_000
            } else if unknownInside[i] {
                costs[i] = 12_000  // an unknown run (a name) rather on a line of its own
            }
        }
        return costs
    }

    static func isNarrow(_ character: Character) -> Bool {
        character != " " && width(character) < 1
    }

    /// The label in lines at most `ems` wide (a line holds at least one character).
    static func wrap(_ text: String, ems: Double) -> [String] {
        let characters = Array(text)
        guard !characters.isEmpty else { return [text] }
        let total = characters.reduce(0.0) { $0 + width($1) }
        if total <= ems + 1e-9 { return [text] }
        let costs = breakCosts(characters)
        let n = characters.count
        // best[j]: the cheapest way to break characters[0..<j] so that a line starts at j.
        var best = [Double](repeating: .infinity, count: n + 1)
        var from = [Int](repeating: 0, count: n + 1)
        best[0] = 0
        var prefix = [0.0]
        for character in characters { prefix.append(prefix.last! + width(character)) }
        func lineWidth(_ i: Int, _ j: Int) -> Double {
            var w = prefix[j] - prefix[i]
            if characters[i] == " " { w -= width(" ") }
            if characters[j - 1] == " " { w -= width(" ") }
            return w
        }
        for j in 1...n {
            guard j == n || costs[j] != nil else { continue }
            for i in stride(from: j - 1, through: 0, by: -1) {
                guard i == 0 || costs[i] != nil, best[i] < .infinity else { continue }
                let w = lineWidth(i, j)
                if w > ems + 1e-9, j - i > 1 { break }
                let slack = max(0, ems - w)
                let cost = best[i] + 10_000 + (i > 0 ? costs[i]! : 0) + slack * slack
                if cost < best[j] {
                    best[j] = cost
                    from[j] = i
                }
            }
        }
        if best[n] == .infinity { return forced(characters, ems: ems) }
        var lines: [String] = []
        var j = n
        while j > 0 {
            let i = from[j]
            lines.append(String(characters[i..<j]).trimmingCharacters(in: .whitespaces))
            j = i
        }
        return lines.reversed().filter { !$0.isEmpty }
    }

    /// Character by character, when no allowed break gives lines that fit.
    static func forced(_ characters: [Character], ems: Double) -> [String] {
        var lines: [String] = []
        var current = "", used = 0.0
        for character in characters {
            let w = width(character)
            if used + w > ems + 1e-9, !current.isEmpty {
                lines.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
                used = 0
            }
            current.append(character)
            used += w
        }
        if !current.isEmpty { lines.append(current.trimmingCharacters(in: .whitespaces)) }
        return lines.filter { !$0.isEmpty }
    }
}
