/// The two ways the genre writes the sessions of parties' central committees, of the
/// NPC and of the CPPCC: in full in a communiqué (`中国共产党第十九届中央委员会第五次全体会议`,
/// `中国国民党革命委员会第十二届中央委员会第三次全体会议`, `第十三届全国人民代表大会第一次会议`)
/// and short in headlines and later mentions (`十九届五中全会`, `民革十二届三中全会`,
/// `十三届全国人大一次会议`). Each event named one way gets the other as an alias, so that a
/// search, a headline or a later report finds it. Parties' short names are the lexicon's
/// `party-short-names` (`中国国民党革命委员会 民革`).
enum PlenumNames {
    static let shortNames: [(full: String, short: String)] = Lexicon.standard.entries("party-short-names").compactMap { line in
        let parts = line.split(separator: " ").map(String.init)
        return parts.count == 2 ? (parts[0], parts[1]) : nil
    }
    static let numerals = Set("〇零一二三四五六七八九十百两")

    /// The other form of `name`, or nil when it is no session named one of these ways.
    static func alias(of written: String) -> String? {
        // 第四次全体（扩大）会议: an enlarged session is the same session.
        let name = written.replacing("（扩大）", with: "").replacing("(扩大)", with: "")
        if let (party, term, session) = split(name, before: "届中央委员会第", after: "次全体会议", prefixedBy: "第") {
            guard let short = shortParty(party) else { return nil }
            return short + term + "届" + session + "中全会"
        }
        if let (party, term, session) = split(name, before: "届中央纪律检查委员会第", after: "次全体会议", prefixedBy: "第"),
            party.isEmpty || party == "中国共产党" || party == "中共"
        {
            return term + "届中央纪委" + session + "次全会"
        }
        if let (state, term, session) = split(name, before: "届全国人民代表大会第", after: "次会议", prefixedBy: "第"),
            state.isEmpty || state == "中华人民共和国"
        {
            return term + "届全国人大" + session + "次会议"
        }
        if let (body, term, session) = split(name, before: "届全国委员会第", after: "次会议", prefixedBy: "第"), body == "中国人民政治协商会议" {
            return "全国政协" + term + "届" + session + "次会议"
        }
        // A local party committee's: 中国共产党淮江省第十届委员会第八次全体会议 ↔ 淮江省委十届八次全会.
        if let (owner, term, session) = split(name, before: "届委员会第", after: "次全体会议", prefixedBy: "第"),
            let place = localPlace(owner)
        {
            return place + "委" + term + "届" + session + "次全会"
        }
        if let (owner, term, session) = split(name, before: "届", after: "次全会", prefixedBy: ""), owner.hasSuffix("委"),
            case let place = String(owner.dropLast()), let last = place.last, localLevels.contains(last), place.count >= 2
        {
            return "中国共产党" + place + "第" + term + "届委员会第" + session + "次全体会议"
        }
        // A party congress: 中国共产党第二十次全国代表大会 ↔ 党的二十大.
        if name.hasPrefix("中国共产党第"), name.hasSuffix("次全国代表大会") {
            let count = name.dropFirst(6).dropLast(7)
            if !count.isEmpty, count.allSatisfy(numerals.contains) { return "党的" + count + "大" }
        }
        if name.hasPrefix("党的"), name.hasSuffix("大") {
            let count = name.dropFirst(2).dropLast()
            if !count.isEmpty, count.allSatisfy(numerals.contains) { return "中国共产党第" + count + "次全国代表大会" }
        }
        // The short forms, back.
        if let (party, term, session) = split(name, before: "届", after: "中全会", prefixedBy: ""), let full = fullParty(party) {
            return full + "第" + term + "届中央委员会第" + session + "次全体会议"
        }
        if let (owner, term, session) = split(name, before: "届全国人大", after: "次会议", prefixedBy: ""), owner.isEmpty {
            return "第" + term + "届全国人民代表大会第" + session + "次会议"
        }
        if let (owner, term, session) = split(name, before: "届", after: "次会议", prefixedBy: ""), owner == "全国政协" {
            return "中国人民政治协商会议第" + term + "届全国委员会第" + session + "次会议"
        }
        return nil
    }

    /// `<owner><prefix><numerals><before><numerals><after>` as its parts, the name ending
    /// with `after`.
    static func split(_ name: String, before: String, after: String, prefixedBy prefix: String) -> (String, String, String)? {
        guard name.hasSuffix(after), let middle = name.range(of: before) else { return nil }
        let session = name[middle.upperBound..<name.index(name.endIndex, offsetBy: -after.count)]
        guard !session.isEmpty, session.allSatisfy(numerals.contains) else { return nil }
        var termStart = middle.lowerBound
        while termStart > name.startIndex, numerals.contains(name[name.index(before: termStart)]) { termStart = name.index(before: termStart) }
        let term = name[termStart..<middle.lowerBound]
        guard !term.isEmpty else { return nil }
        var owner = name[..<termStart]
        if !prefix.isEmpty {
            guard owner.hasSuffix(prefix) else { return nil }
            owner = owner.dropLast(prefix.count)
        }
        return (String(owner), String(term), String(session))
    }

    /// 省, 市, 县, 区, 州: the levels of a local party committee.
    static let localLevels = Set("省市县区州")

    /// The place of a local committee's full name (`中国共产党淮江省` → `淮江省`), or nil.
    static func localPlace(_ owner: String) -> String? {
        for party in ["中国共产党", "中共"] where owner.hasPrefix(party) {
            let place = String(owner.dropFirst(party.count))
            if place.count >= 2, let last = place.last, localLevels.contains(last) { return place }
        }
        return nil
    }

    /// The short form of a party's name as a plenum's is written (中国共产党: none).
    static func shortParty(_ party: String) -> String? {
        if party.isEmpty || party == "中国共产党" || party == "中共" { return "" }
        return shortNames.first { $0.full == party }?.short
    }

    /// The full name of a party a short plenum name opens with (none or 中共, 党的: the CPC).
    static func fullParty(_ party: String) -> String? {
        if party.isEmpty || party == "中共" || party == "党的" { return "中国共产党" }
        return shortNames.first { $0.short == party || $0.full == party }?.full
    }
}
