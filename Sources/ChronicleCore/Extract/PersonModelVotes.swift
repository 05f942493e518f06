/// Rules and the name model together (``NameTagger``): the model proposes names, the
/// rules bind titles and roles, and each may overrule the other where it is the better
/// judge.
///
/// | case | outcome |
/// |---|---|
/// | rule and model mark the same span | kept, the rule's name, the model's score |
/// | the model marks an overlapping person span with other ends, after a title rule | the rule's span (the title anchors it) |
/// | the model marks an overlapping person span with other ends (`长王晨` / `王晨`), after another rule | the model's span, rule `person:model`, the rule's titles |
/// | the model marks the span as (part of) a place or organization and no person there (`泰王国总理` → `王国`) | dropped |
/// | a name of a list the rules read, no model name there, but the model confirms at least half the list | kept |
/// | a weak rule (a bare name before a verb, a bare list, a name before 同志, a later mention) and no model name there | dropped |
/// | a title rule and no model name there | kept (the title is the evidence) |
/// | a model name no rule found | kept when it is no title word, no fragment of a `·` name, and its score reaches ``PersonFinder/modelThreshold`` |
extension PersonFinder {
    /// The least model score for a name no rule found (a margin of about 3.4 weight
    /// units: on 1,000 news items of a year not trained on, it drops 1 % of the names
    /// the silver spans agree with and 14 % of those they do not).
    static let modelThreshold = 0.7
    /// The least score for a name only the model found with nothing around it that
    /// people's names stand next to (a title, a role verb, a list): places and ships
    /// with transliterated names come this way (`杜乐丽|花园`).
    static let unsupportedThreshold = 0.97
    /// The least score for a name only the model found to be looked for again in the
    /// rest of the document (errors must not spread).
    static let knownNameThreshold = 0.9

    /// Rules that read a name from where it stands alone (before a verb, in a bare list,
    /// a later mention): where the model reads the same span as a place or organization
    /// (`江苏、吉林、青海等6个省市`), the model decides.
    static let weakRules: Set<String> = [
        RuleName.personBareListBeforeRole.rawValue, RuleName.personBareListAfterYou.rawValue, RuleName.personNameRoleVerb.rawValue,
        RuleName.personKnownName.rawValue,
    ]

    /// Rules whose names stand on a title written next to them.
    static let titleRules: Set<String> = [
        RuleName.personTitleName.rawValue, RuleName.personGroupTitleList.rawValue, RuleName.personTitleNameList.rawValue, RuleName.personTitleDottedName.rawValue,
    ]

    /// The rule mentions checked against the model's spans, and the model's names
    /// that no rule found. `mentions` are the rule mentions before later mentions of
    /// known names are added.
    func reconcile(_ mentions: [PersonMention], with spans: [NameSpan], sentences: [Sentence]) -> [PersonMention] {
        guard !spans.isEmpty || !mentions.isEmpty else { return [] }
        let persons = Self.joinedAtHyphens(spans.filter { $0.kind == .person }, in: s)
        let others = spans.filter { $0.kind != .person }
        // Spans by start for overlap lookups (spans are disjoint and in text order).
        func overlapping(_ list: [NameSpan], _ range: Range<Int>) -> [NameSpan] {
            var lo = 0, hi = list.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if list[mid].range.upperBound <= range.lowerBound { lo = mid + 1 } else { hi = mid }
            }
            var found: [NameSpan] = []
            var k = lo
            while k < list.count, list[k].range.lowerBound < range.upperBound {
                if list[k].range.overlaps(range) { found.append(list[k]) }
                k += 1
            }
            return found
        }
        var kept: [PersonMention] = []
        var claimed = Set<Int>()  // starts of model person spans a rule mention used
        // How many names of each list the model confirms, of how many.
        var votes: [Int: (yes: Int, all: Int)] = [:]
        for mention in mentions {
            guard let group = mention.group else { continue }
            let yes = overlapping(persons, mention.range).isEmpty ? 0 : 1
            votes[group, default: (0, 0)].yes += yes
            votes[group, default: (0, 0)].all += 1
        }
        for var mention in mentions {
            let person = overlapping(persons, mention.range)
            if let same = person.first(where: { $0.range == mention.range }) {
                mention.modelScore = same.score
                claimed.insert(same.range.lowerBound)
                kept.append(mention)
                continue
            }
            if let other = person.first, Self.titleRules.contains(mention.rule) {
                claimed.insert(other.range.lowerBound)
                // The title anchors the start; where both start together the model
                // knows the end better (`韩正|将出席`, `马丁·格里菲思`, not `马丁`).
                if other.range.lowerBound == mention.range.lowerBound, let fixed = trimmed(other), acceptable(fixed), modelEndIsBetter(fixed.range, than: mention.range) {
                    mention.range = fixed.range
                    mention.name = text(fixed.range)
                    mention.modelScore = other.score
                } else if mention.range.lowerBound < other.range.lowerBound, other.range.upperBound <= mention.range.upperBound,
                    s[other.range].contains(where: { nameDots.contains($0) }), acceptable(other)
                {
                    // A `·` name inside what the rule read (`专员|菲利普·拉扎里尼`,
                    // `批准|佩通坦·钦那瓦|出任总理`): the model has its ends.
                    mention.range = other.range
                    mention.name = text(other.range)
                    mention.modelScore = other.score
                }
                kept.append(mention)
                continue
            }
            if let other = person.first, let fixed = trimmed(other), acceptable(fixed) {
                claimed.insert(other.range.lowerBound)
                if fixed.range != mention.range { mention.rule = RuleName.personModel.rawValue }
                mention.range = fixed.range
                mention.name = text(fixed.range)
                mention.modelScore = other.score
                kept.append(mention)
                continue
            }
            let other = overlapping(others, mention.range)
            // The same span read as an organization or place (`栗战书|委员长`, where
            // 委员长 mostly follows 全国人大常委会): the model agrees on the ends and the
            // rule knows the kind.
            if person.isEmpty, !Self.weakRules.contains(mention.rule), other.contains(where: { $0.range == mention.range }) {
                kept.append(mention)
                continue
            }
            // Part of a longer place or organization name (`泰王国` → no `王国`).
            if person.isEmpty, other.contains(where: { $0.range.lowerBound <= mention.range.lowerBound && $0.range.upperBound >= mention.range.upperBound }) {
                continue
            }
            if Self.titleRules.contains(mention.rule) {
                // 习近平主席成功对…: a "title" the model reads a name in is that name's own
                // title, and the word after it is no name the model sees either.
                if let title = mention.titles.last, person.isEmpty {
                    let start = mention.range.lowerBound - title.unicodeScalars.count
                    if start >= 0, text(start..<mention.range.lowerBound) == title, !overlapping(persons, start..<mention.range.lowerBound).isEmpty { continue }
                }
                // One character and then a verb or boundary word that runs to the end
                // (`…时|说`, `…时|强调`): no name, when the model sees none there either.
                let second = mention.range.lowerBound + 1
                if person.isEmpty, mention.range.count <= 3, second < s.count,
                    let word = s.firstWord(of: roleVerbs, at: second) ?? s.firstWord(of: boundaries, at: second),
                    second + word.count >= mention.range.upperBound
                {
                    continue
                }
                // 镇党政班子成员|连夜分|赴…: a lone "name" after a group title, which the
                // model does not read as one, is the next words (a list of two or more
                // stands on its shape).
                if person.isEmpty, mention.rule == RuleName.personGroupTitleList.rawValue, let group = mention.group, votes[group]?.all == 1 { continue }
                kept.append(mention)
            } else if let group = mention.group, let vote = votes[group], vote.all >= 2, vote.yes * 2 >= vote.all {
                kept.append(mention)
            }
        }
        // The model's names that no rule found (names run together in a headline split).
        var sentenceIndex = 0
        let proposed = persons.filter { !claimed.contains($0.range.lowerBound) && $0.score >= Self.modelThreshold }
            .flatMap { split($0, known: mentions) }.compactMap(trimmed)
        // The rules' names in text order, for overlap checks by binary search (the model's
        // own spans never overlap each other).
        let ruled = kept.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
        let longestRuled = ruled.map(\.count).max() ?? 0
        func overlapsRuled(_ r: Range<Int>) -> Bool {
            var lo = 0, hi = ruled.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if ruled[mid].lowerBound + longestRuled <= r.lowerBound { lo = mid + 1 } else { hi = mid }
            }
            while lo < ruled.count, ruled[lo].lowerBound < r.upperBound {
                if ruled[lo].overlaps(r) { return true }
                lo += 1
            }
            return false
        }
        // How the model reads each string across the document: a name no rule found that
        // it reads more often as a place or organization than as a person (`汗尤尼斯` in a
        // war report, once PER among LOCs) is no name.
        // (Keyed by slices of the text: no array made per span.)
        var readings: [ArraySlice<UInt32>: (person: Int, other: Int)] = [:]
        for span in spans where span.range.count >= 2 {
            if span.kind == .person { readings[s[span.range], default: (0, 0)].person += 1 } else { readings[s[span.range], default: (0, 0)].other += 1 }
        }
        func readMostlyOtherwise(_ span: NameSpan) -> Bool {
            guard let r = readings[s[span.range]] else { return false }
            return r.other >= r.person
        }
        // Where names start (the model's and the rules'): a name only the model found
        // right before a title and another name is the country of that office
        // (`毛里塔尼亚|总统 阿齐兹`, `苏里南|驻华大使陈家慧`).
        let nameStarts = Set(persons.map(\.range.lowerBound)).union(kept.map(\.range.lowerBound))
        // A string the document writes as a state's country once is that country wherever
        // the model reads it as a person (a headline's `吉尔吉斯斯坦总理宣布…` beside
        // `吉尔吉斯斯坦总理扎帕罗夫15日宣布`): read on the model's person spans, before a
        // state's office (总统, 总理, 大使…, lexicon `state-offices`) and another name, where
        // the model also reads it as a place or body somewhere in the document (a name
        // before an office and a word the model misreads as a name — 普京总统|顺利… — is
        // still a person). A rule's name without a title written before it goes too, as does
        // what the model cut from one (`库曼斯坦` in `土库曼斯坦`).
        var countries = Set<[UInt32]>()
        for span in persons where span.range.count >= 2
            && (isCountryOfOffice(span.range, nameStarts: nameStarts, offices: stateOffices) && (readings[s[span.range]]?.other ?? 0) >= 1
                || s.firstWord(of: countryFollowers, at: span.range.upperBound) != nil)
        {
            countries.insert(Array(s[span.range]))
        }
        // (Inside one written there: `库曼斯坦` in `土库曼斯坦`, `莫桑` in `莫桑比克`.)
        func inCountry(_ r: Range<Int>) -> Bool {
            countries.contains { c in
                c.count >= r.count && (max(0, r.upperBound - c.count)...r.lowerBound).contains { o in o + c.count <= s.count && s[o..<o + c.count].elementsEqual(c) }
            }
        }
        if !countries.isEmpty { kept.removeAll { !Self.titleRules.contains($0.rule) && inCountry($0.range) } }
        // A string the model reads as a person but the document writes once where a place
        // stands (`俄军在卡林科夫方向…`, `在苏梅、卡林科夫等地`) is that place wherever no
        // title stands next to it (`俄军打击了位于卡林科夫的…`): war reports name their
        // towns again and again, and the model reads them as names.
        var places = Set<ArraySlice<UInt32>>()
        // (Not a name a title rule found in the document: `国家主席李明远` is a person
        // wherever a list seems to make him a place.)
        let titled = Set(kept.filter { Self.titleRules.contains($0.rule) }.map { s[$0.range] })
        for span in persons where span.range.count >= 2 && writtenAsPlace(span.range) && !titled.contains(s[span.range])
            && (span.range.lowerBound == 0 || s.word(of: titleWords, endingAt: span.range.lowerBound) == nil)
        {
            places.insert(s[span.range])
        }
        if !places.isEmpty { kept.removeAll { Self.weakRules.contains($0.rule) && places.contains(s[$0.range]) } }
        for span in proposed where acceptable(span) && (span.score >= Self.unsupportedThreshold || supported(span)) && !readMostlyOtherwise(span)
            && !isCountryOfOffice(span.range, nameStarts: nameStarts) && !inCountry(span.range) && !places.contains(s[span.range])
        {
            while sentenceIndex + 1 < sentences.count, sentences[sentenceIndex].range.upperBound <= span.range.lowerBound { sentenceIndex += 1 }
            guard sentenceIndex < sentences.count, sentences[sentenceIndex].range.contains(span.range.lowerBound),
                !overlapsRuled(span.range), !isCredit(span.range)
            else { continue }
            let floor = sentences[sentenceIndex].range.lowerBound
            kept.append(PersonMention(name: text(span.range), range: span.range, titles: titles(before: span.range.lowerBound, floor: floor),
                                      sentence: sentenceIndex, rule: RuleName.personModel.rawValue, modelScore: span.score))
        }
        // A model name that is the start of a longer name found elsewhere in the
        // document, written out in full here too (`孙观|发看到` beside `孙观发家`), is
        // that name.
        let names = Set(kept.map { s[$0.range] })
        for k in kept.indices where kept[k].rule == RuleName.personModel.rawValue {
            // The longest such name (one or two characters longer), looked up by the
            // text that follows here rather than by testing every name.
            let r = kept[k].range
            for length in stride(from: r.count + 2, to: r.count, by: -1) where r.lowerBound + length <= s.count {
                guard names.contains(s[r.lowerBound..<r.lowerBound + length]) else { continue }
                kept[k].range = r.lowerBound..<r.lowerBound + length
                kept[k].name = text(kept[k].range)
                break
            }
        }
        // A model name that runs on past a name found elsewhere in the document into 在
        // (`韩正|在`, `韩正|在平昌`: 在 of the place that follows) is that name. (`文在寅`: no
        // name 文 before it; not other characters a given name rarely holds: `佐佐真之助`.)
        for k in kept.indices where kept[k].rule == RuleName.personModel.rawValue && kept[k].range.count >= 3 {
            let r = kept[k].range
            guard let cut = (r.lowerBound + 2..<r.upperBound).first(where: { s[$0] == Self.at }),
                names.contains(s[r.lowerBound..<cut])
            else { continue }
            kept[k].range = r.lowerBound..<cut
            kept[k].name = text(kept[k].range)
        }
        // (`轮值主席|国哥斯达黎加`: the presiding country, whatever rule read it.)
        if !countries.isEmpty {
            kept.removeAll { $0.range.count >= 3 && s[$0.range.lowerBound] == Self.country && inCountry($0.range.lowerBound + 1..<$0.range.upperBound) }
        }
        // Two rule mentions moved to the same model span are one.
        kept.sort { $0.range.lowerBound < $1.range.lowerBound }
        var seen = Set<Int>()
        return kept.filter { seen.insert($0.range.lowerBound).inserted }
    }

    /// Is `range` followed, within three characters (or a body's name of up to ten:
    /// `玻利维亚｜最高选举法院｜院长罗梅罗`, when no title stands before `range`) and no
    /// punctuation or function character, by a title word — one of `offices` when given —
    /// and the start of another name (`毛里塔尼亚｜总统 阿齐兹`, `苏里南｜驻华大使陈家慧`)?
    /// Then it names the office's country, not a person (`特朗普总统` has no name after
    /// it). With `offices` (the whole document's reading), a title before `range` makes it
    /// a person.
    func isCountryOfOffice(_ range: Range<Int>, nameStarts: Set<Int>, offices: WordList? = nil) -> Bool {
        let b = range.upperBound
        // A title right before it makes it a person (中国国家主席习近平特别代表国务院副总理汪洋,
        // …中央军委主席习近平带领中共中央政治局常委李强): countries carry none — read where a
        // body stands between or for the whole document (not `轮值主席|国哥斯达黎加|总统`, one
        // place, where the model's span took the 国).
        let titled = range.lowerBound > 0 && s.word(of: titleWords, endingAt: range.lowerBound) != nil
        if titled, offices != nil { return false }
        var k = b + 1
        while k <= min(s.count, b + 14) {
            if U.isClauseEnd(s[k - 1]) || s[k - 1] == Lit.comma || s[k - 1] == U.listSeparator { return false }
            // The office right after the span (a word or two between: `驻华`), nothing
            // joining it to another clause (`文在寅与美国总统特朗普`, `习近平应约同德国总理默克尔`)
            // and no space (a headline's list: `日本首相安倍晋三 韩国总统文在寅`).
            // (Or a body of that country between: `玻利维亚|最高选举法院|院长罗梅罗`.)
            if let title = s.word(of: titleWords, endingAt: k), k - title.count >= b,
                k - title.count - b <= 3 || !titled && k - title.count - b <= 10 && s.word(of: organizationSuffixes, endingAt: k - title.count) != nil
                    && s[b..<k - title.count].allSatisfy(U.isHan),
                !s[b..<k - title.count].contains(where: { functionCharacters.contains($0) || $0 == Self.space || $0 == Self.ideographicSpace })
            {
                var next = k
                while next < s.count, s[next] == Self.space || s[next] == Self.ideographicSpace { next += 1 }
                if nameStarts.contains(next), offices.map({ s.word(of: $0, endingAt: k) != nil }) ?? true { return true }
            }
            k += 1
        }
        return false
    }

    static let space: UInt32 = 0x20, ideographicSpace: UInt32 = 0x3000, mou: UInt32 = 0x67D0 /* 某 */, side: UInt32 = 0x65B9 /* 方 */, country: UInt32 = 0x56FD /* 国 */

    /// Is a model name written where names are: after a title, before a title,
    /// honorific, role verb or boundary word, or in a list (、 or 等 beside it)?
    func supported(_ span: NameSpan) -> Bool {
        let a = span.range.lowerBound, b = span.range.upperBound
        if a > 0, s.word(of: titleWords, endingAt: a) != nil || s.word(of: groupTitles, endingAt: a) != nil { return true }
        if a > 0, s[a - 1] == U.listSeparator { return true }
        guard b < s.count else { return true }
        if s[b] == U.listSeparator || s[b] == Self.etc || U.isClauseEnd(s[b]) || s[b] == Lit.comma { return true }
        return s.firstWord(of: followers, at: b) != nil || s.firstWord(of: roleVerbs, at: b) != nil || s.firstWord(of: boundaries, at: b) != nil
            || auxiliaries.contains(s[b])
    }

    /// Where a title rule and the model start a name together: the model's end is
    /// better when its name is longer through a name dot (`马丁·格里菲思`), or when what
    /// the rule took beyond it starts with a function word or a verb (`韩正|将`,
    /// `习近平|致电…`) — not when the rule read a longer plain name (`汤鹏超`).
    func modelEndIsBetter(_ model: Range<Int>, than rule: Range<Int>) -> Bool {
        if model.upperBound > rule.upperBound {
            // A name ending in 和 (`国防部长周建和等`, `委员周建和、李国成`): the rule stopped at
            // the conjunction, but none can stand where a list mark, 等 or a clause's end
            // follows.
            if model.upperBound == rule.upperBound + 1, endsNameWithHe(at: rule.upperBound) { return true }
            return s[rule.upperBound..<model.upperBound].contains { nameDots.contains($0) || PersonFinder.hyphens.contains($0) }
        }
        guard model.upperBound < rule.upperBound else { return false }
        // (主席程允和主持: the 和 the model left out can only be the name's own.)
        if rule.upperBound == model.upperBound + 1, endsNameWithHe(at: model.upperBound) { return false }
        // A name with a dot whose last part the rule ran on (`穆杰塔巴·阿马尼|受轻伤`) —
        // when the model's last part is a name's part, not one character of it
        // (`努尔兰·阿|不都满金`).
        if let dot = s[model].lastIndex(where: { nameDots.contains($0) }), model.upperBound - dot > 2 { return true }
        let k = model.upperBound
        return functionCharacters.contains(s[k]) || auxiliaries.contains(s[k]) || s.firstWord(of: roleVerbs, at: k) != nil
            || s.firstWord(of: boundaries, at: k) != nil
    }

    /// Two person spans of the model with one hyphen between them, Han on both sides, are
    /// one double-barrelled name (`阿库福-阿多`: the model, trained on silver spans that
    /// split it, reads two).
    static func joinedAtHyphens(_ persons: [NameSpan], in s: [UInt32]) -> [NameSpan] {
        var joined: [NameSpan] = []
        for span in persons {
            if let last = joined.last, last.range.upperBound + 1 == span.range.lowerBound,
                PersonFinder.hyphens.contains(s[last.range.upperBound]), U.isHan(s[last.range.upperBound - 1]), U.isHan(s[span.range.lowerBound])
            {
                joined[joined.count - 1] = NameSpan(kind: .person, range: last.range.lowerBound..<span.range.upperBound, score: min(last.score, span.score))
            } else {
                joined.append(span)
            }
        }
        return joined
    }

    static let invitation = U.s("邀请")
    static let qian: UInt32 = 0x524D /* 前 */

    /// A span without the start of a verb or boundary word that runs past its end
    /// (`李克强强|调` → `李克强`); nil when too little is left.
    func trimmed(_ span: NameSpan) -> NameSpan? {
        var span = span
        // 应X邀请: 应 is "at the invitation of", not the start of the name.
        if s[span.range.lowerBound] == Self.ying, span.range.count >= 3,
            s.firstOccurrence(of: Self.invitation, in: span.range.upperBound..<min(s.count, span.range.upperBound + 16)) != nil
        {
            span.range = span.range.lowerBound + 1..<span.range.upperBound
        }
        // 巴厘省省长科斯特等高级官员: 等 ends the list, not the name.
        if span.range.count >= 3, s[span.range.upperBound - 1] == Self.etc { span.range = span.range.lowerBound..<span.range.upperBound - 1 }
        // 菲佐日前表示: 日前 ("some days ago") follows the name; its 日 is no part of it.
        if span.range.count >= 3, s[span.range.upperBound - 1] == Self.ri, span.range.upperBound < s.count, s[span.range.upperBound] == Self.qian {
            span.range = span.range.lowerBound..<span.range.upperBound - 1
        }
        // 村委会主任陈阿福正在主持召开: an adverb of the verb after the name (lexicon
        // name-trailing-adverbs), in a span without a name dot.
        if span.range.count >= 4, !s[span.range].contains(where: { nameDots.contains($0) }),
            let adverb = s.word(of: trailingAdverbs, endingAt: span.range.upperBound), span.range.count - adverb.count >= 2
        {
            span.range = span.range.lowerBound..<span.range.upperBound - adverb.count
        }
        // (A span of fewer than three characters has nothing to trim: no range to walk.)
        for k in stride(from: span.range.lowerBound + 2, to: span.range.upperBound, by: 1) {
            for list in [roleVerbs, boundaries] {
                if let word = s.firstWord(of: list, at: k), k + word.count > span.range.upperBound {
                    span.range = span.range.lowerBound..<k
                    return span
                }
            }
        }
        return span
    }

    /// A span of five or six Han characters without a name dot is two names run
    /// together (`王浩黄建发`, headlines list leaders without commas) when it splits
    /// into two 2–3 character names each starting with a known surname and the rules
    /// found one of the parts elsewhere in the document. Without that evidence it is one
    /// name: transliterations split the same way (`梅德|韦杰夫`, `谢夫|乔维奇`,
    /// `巴赫|穆特`), and on the 2024 news such splits were wrong far more often than right.
    func split(_ span: NameSpan, known: [PersonMention]) -> [NameSpan] {
        let r = span.range
        guard (5...6).contains(r.count), s[r].allSatisfy(U.isHan) else { return [span] }
        func name(_ a: Int, _ b: Int) -> Bool {
            (2...3).contains(b - a) && (surnames.contains(s[a]) || s.firstWord(of: compoundSurnames, at: a) != nil)
        }
        let splits = (r.lowerBound + 2...r.lowerBound + 3).filter { name(r.lowerBound, $0) && name($0, r.upperBound) }
        guard !splits.isEmpty else { return [span] }
        let names = Set(known.map(\.name))
        guard let k = splits.first(where: { names.contains(text(r.lowerBound..<$0)) || names.contains(text($0..<r.upperBound)) }) else { return [span] }
        return [NameSpan(kind: .person, range: r.lowerBound..<k, score: span.score), NameSpan(kind: .person, range: k..<r.upperBound, score: span.score)]
    }

    /// A model person span that can be a name: two characters or more, mostly Han, not a
    /// title word, a kinship word or a quality after a degree word, not a piece of a
    /// name written with `·`.
    static let dynasties = U.set("夏商周秦汉晋隋唐宋元明清")
    static let at = U.c("在")
    static let ages = U.set("代朝")
    static let stateAbbreviations = U.set("美俄以日英法德朝伊叙乌")
    static let army: UInt32 = 0x519B /* 军 */

    func acceptable(_ span: NameSpan) -> Bool {
        let r = span.range
        guard r.count >= 2, r.count <= 24 else { return false }
        if r.lowerBound > 0, nameDots.contains(s[r.lowerBound - 1]) { return false }
        if r.upperBound < s.count, nameDots.contains(s[r.upperBound]) { return false }
        guard U.isHan(s[r.lowerBound]), U.isHan(s[r.upperBound - 1]) else { return false }
        // 梁某, 王某某: a name withheld is no name.
        if s[r.upperBound - 1] == Self.mou { return false }
        // 巴方, 美方: a side in talks, not a person.
        if r.count == 2, s[r.upperBound - 1] == Self.side { return false }
        // 宋代, 唐朝: a dynasty's age. 美军, 以军, 伊美 (Iraq and the US): a state's army, two
        // states — by the states' one-character names that are no common surnames.
        if r.count == 2, Self.dynasties.contains(s[r.lowerBound]), Self.ages.contains(s[r.upperBound - 1]) { return false }
        if r.count == 2, Self.stateAbbreviations.contains(s[r.lowerBound]),
            s[r.upperBound - 1] == Self.army || Self.stateAbbreviations.contains(s[r.upperBound - 1])
        {
            return false
        }
        let slice = Array(s[r])
        if titleWords.contains(slice) || groupTitles.contains(slice) || followers.contains(slice) || notNames.contains(slice) { return false }
        // 半点马虎, 毫不含糊: after a degree word the model's "name" is a quality.
        if r.lowerBound >= 2, s.word(of: degreeWords, endingAt: r.lowerBound) != nil { return false }
        if writtenAsPlace(r) { return false }
        // 在X举行, 在X会见: a place here — but only here (就在纳吉达召开发布会之后: a person).
        if r.lowerBound > 0, s[r.lowerBound - 1] == Self.zai, s.firstWord(of: placeAfterZai, at: r.upperBound) != nil { return false }
        // 冈比亚驻华大使, 萨摩亚国家元首: a country (lexicon `country-followers`).
        if s.firstWord(of: countryFollowers, at: r.upperBound) != nil { return false }
        // 马克思主义, 列宁主义: a doctrine named after someone, not the person.
        if s.has(Self.doctrine, at: r.upperBound) { return false }
        // “米尔顿”, “亚伯拉罕·林肯”号: a name filling a quote names a storm, a ship, a show.
        if r.lowerBound > 0, r.upperBound < s.count, s[r.lowerBound - 1] == U.openQuote, s[r.upperBound] == U.closeQuote { return false }
        return true
    }
    static let doctrine = U.s("主义")

    /// Is `r` written where a place stands: before a place's word (`库尔斯克州`, `戈兰高地`,
    /// `卡林科夫方向`, `努尔沙姆斯难民营`; not `张强市长`: 市长 is a title), after one
    /// (`首都阿斯塔纳`, `赴X出席`), or as a member of a list that
    /// ends so (`在苏梅、卡林科夫等地`, `在赫松、卡林科夫等方向`)?
    func writtenAsPlace(_ r: Range<Int>) -> Bool {
        if s.firstWord(of: placeSuffixes, at: r.upperBound) != nil, s.firstWord(of: titleWords, at: r.upperBound) == nil { return true }
        if r.lowerBound > 0, s.word(of: placeBefore, endingAt: r.lowerBound) != nil { return true }
        // A list of places: members of Han characters joined by 、 or 和, the last closed by
        // 等地, 等方向 or a place's word (the list's members hold no character that joins
        // words: `李强和王毅在机场` is no list of places).
        guard r.upperBound < s.count else { return false }
        // (The list's last member: `苏梅、卡林科夫等地`.)
        if s[r.upperBound] == Self.etc { return Self.placeListEnds.contains { s.has($0, at: r.upperBound + 1) } && !s.has(Self.locality, at: r.upperBound + 1) }
        guard s[r.upperBound] == U.listSeparator || s[r.upperBound] == Self.he else { return false }
        var member = r.upperBound + 1
        var k = member
        while k < s.count, k - r.upperBound <= 40 {
            let c = s[k]
            if c == U.listSeparator || c == Self.he && k > member {
                guard k - member >= 2 else { return false }
                member = k + 1
            } else if c == Self.etc, k - member >= 2 {
                return Self.placeListEnds.contains { s.has($0, at: k + 1) } && !s.has(Self.locality, at: k + 1)
            } else if k - member >= 2, k - member <= 6, let word = s.firstWord(of: placeSuffixes, at: k), word.count >= 2, s.firstWord(of: titleWords, at: k) == nil,
                !(member + 1...k).contains(where: { s.word(of: placeBefore, endingAt: $0) != nil })
            {
                // (A word of two characters or more that ends the list: `卡林科夫和顿斯克附近的`,
                // not `广东省负责同志` or `吉尔吉斯共和国总统`, members that go on, nor the end
                // of a clause about the last member: `李明远和彭丽芳前往机场`.)
                let after = k + word.count
                return after >= s.count || !U.isHan(s[after]) || s[after] == Lit.de
            } else if !U.isHan(c) || functionCharacters.contains(c) || k - member >= 8 {
                return false
            }
            k += 1
        }
        return false
    }
    /// After 等 at a list's end: places listed (等地, 等方向, 等多地, 等城市).
    static let placeListEnds: [[UInt32]] = ["地", "方向", "多地", "多个方向", "城市", "州"].map(U.s)
    static let he: UInt32 = 0x548C /* 和 */
    /// 等地方官员: officials, not places.
    static let locality = U.s("地方")
}
