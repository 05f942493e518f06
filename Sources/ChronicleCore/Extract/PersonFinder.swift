/// A person named in the text.
struct PersonMention: Hashable, Sendable {
    var name: String
    var range: Range<Int>
    /// Titles written right before the name (`省委副书记`, `省长`).
    var titles: [String]
    /// Index of the sentence.
    var sentence: Int
    /// The rule that found the name (`person:title-name`), or `person:model` when the
    /// name model decided it.
    var rule: String
    /// The name model's score for this span, when the model marked it.
    var modelScore: Double? = nil
    /// The start of the list the name was read in, when a rule read a list of names
    /// (the model's votes on a list's names count for the whole list).
    var group: Int? = nil
}

/// Finds people: names after official titles (`省委书记楼阳生`), in lists after group
/// titles (`省领导吕岩松、廉毅敏`), in bare lists before a role verb
/// (`罗清宇、张吉福分别在各市分会场参加会议`), and then every later mention of a name
/// found that way. A photographer's credit (`新华社记者 谢环驰 摄`) names no one.
struct PersonFinder {
    let s: [UInt32]
    let titleWords: WordList
    let groupTitles: WordList
    let boundaries: WordList
    let surnames: ScalarSet
    let compoundSurnames: WordList
    let stopCharacters: ScalarSet
    let roleVerbs: WordList
    /// Last characters of title words and first characters of group titles, so most
    /// positions are rejected with one set lookup.
    let titleEnds: ScalarSet
    let groupStarts: ScalarSet
    /// Titles and honorifics after a name (李强总理, …同志), and their first characters.
    let followers: WordList
    let attendWords: WordList
    let followerStarts: ScalarSet
    /// What follows a place's name (库尔斯克州, 戈兰高地): a model "name" before one is a place.
    let placeSuffixes: WordList
    /// Words a body's name ends with (lexicon `organization-suffixes`): `玻利维亚|最高选举法院|院长罗梅罗`.
    let organizationSuffixes: WordList
    /// A state's offices (lexicon `state-offices`): a string written before one and another
    /// name is that state's name all through the document.
    let stateOffices: WordList
    /// What follows a country, never a person (`驻华`, `国家元首`, `大使馆`): lexicon `country-followers`.
    let countryFollowers: WordList
    /// Words a place follows (首都, 赴, 抵达; lexicon `place-before`), and what follows 在
    /// and a place (在X举行, 在X会见; lexicon `place-after-zai`).
    let placeBefore: WordList, placeAfterZai: WordList
    /// Kinship words and words a degree word reads as a quality (lexicon `not-names`):
    /// what the model proposes there names no one (`孙子、孙女有残障`, `半点马虎`).
    let notNames: WordList
    /// Scalars after which a rule of the main loop may start: title ends and the list
    /// openers (``listOpeners``); any non-Han scalar does too.
    let triggersAfter: ScalarSet
    /// Degree words before a quality (lexicon `person-degree-words`: 半点马虎, 毫不含糊).
    let degreeWords: WordList
    /// Auxiliaries and verbs that follow a name, not end it (lexicon `name-auxiliaries`:
    /// 将出席, 会见, 致电).
    let auxiliaries: ScalarSet
    /// Adverbs the model may read into the end of a name (`陈阿福|正在|主持`): lexicon
    /// `name-trailing-adverbs`.
    let trailingAdverbs: WordList

    /// Where a title read backwards from its title word stops: punctuation (kept here,
    /// the syntax of the rule) and the lexicon's `title-stop-characters`.
    let titleStops: ScalarSet
    let photoCredit = U.s("摄")
    let reporter = U.s("记者")

    init(document: TextDocument, lexicon: Lexicon) {
        s = document.scalars
        titleWords = lexicon.wordList("title-words")
        groupTitles = lexicon.wordList("group-titles")
        boundaries = lexicon.wordList("name-boundaries")
        surnames = ScalarSet(lexicon.surnameScalars)
        compoundSurnames = lexicon.wordList("compound-surnames")
        stopCharacters = ScalarSet(lexicon.entries("name-stop-characters").flatMap { $0.unicodeScalars.map(\.value) })
        titleEnds = ScalarSet((lexicon.words("title-words") + lexicon.words("group-titles")).compactMap(\.last))
        groupStarts = ScalarSet(lexicon.words("group-titles").compactMap(\.first))
        followers = lexicon.wordList("name-followers")
        attendWords = lexicon.wordList("attend-verbs")
        followerStarts = ScalarSet(followers.words.compactMap(\.first))
        placeSuffixes = lexicon.wordList("place-suffixes")
        organizationSuffixes = lexicon.wordList("organization-suffixes")
        stateOffices = lexicon.wordList("state-offices")
        placeBefore = lexicon.wordList("place-before")
        placeAfterZai = lexicon.wordList("place-after-zai")
        countryFollowers = lexicon.wordList("country-followers")
        notNames = lexicon.wordList("not-names")
        var triggers = titleEnds
        for c in Self.listOpenerText.unicodeScalars { triggers.insert(c.value) }
        triggersAfter = triggers
        roleVerbs = WordList(lexicon.words("chair-verbs") + lexicon.words("attend-verbs") + lexicon.words("speak-verbs")
            + lexicon.words("person-role-verbs"))
        verbalRoles = lexicon.wordList("person-verbal-roles")
        visitVerbs = lexicon.wordList("person-visit-verbs")
        topLeaderTitles = lexicon.wordList("top-leader-titles")
        functionCharacters = Self.characters(lexicon, "function-characters")
        titleContinuations = lexicon.wordList("title-continuations")
        var stops = U.set("，,。；;：:“”（）()《》[]【】\n 　")
        for c in lexicon.section("title-stop-characters").flatMap(\.unicodeScalars) { stops.insert(c.value) }
        titleStops = stops
        officeWords = lexicon.wordList("office-words")
        titleVerbs = lexicon.wordList("title-verbs")
        titleModifiers = lexicon.wordList("title-modifiers")
        peopleAfterEtcWords = lexicon.wordList("people-after-etc")
        listFollowers = lexicon.wordList("name-list-followers")
        degreeWords = lexicon.wordList("person-degree-words")
        auxiliaries = Self.characters(lexicon, "name-auxiliaries")
        trailingAdverbs = lexicon.wordList("name-trailing-adverbs")
    }

    /// Every character of every entry of a lexicon section of characters.
    static func characters(_ lexicon: Lexicon, _ section: String) -> ScalarSet {
        ScalarSet(lexicon.section(section).flatMap { $0.unicodeScalars.map(\.value) })
    }

    static let zai: UInt32 = 0x5728 /* 在 */
    let listItemEnds = ScalarSet("、，和等")
    let lastItemJoiners = ScalarSet("和及与")
    /// Role verbs that cannot end a noun phrase (lexicon `person-verbal-roles`).
    let verbalRoles: WordList
    /// Verbs within 在… after a name (lexicon `person-visit-verbs`: 习近平在福建考察).
    let visitVerbs: WordList

    /// A 2–3 character name (surname known or not) followed directly by a role verb
    /// (`怀进鹏主持`), or by 在 … 考察 (`习近平在福建考察`).
    func nameBeforeRole(at index: Int, limit: Int, requireSurname: Bool) -> Int? {
        guard index < s.count, U.isHan(s[index]), !stopCharacters.contains(s[index]) else { return nil }
        if requireSurname, !surnames.contains(s[index]), s.firstWord(of: compoundSurnames, at: index) == nil { return nil }
        for length in [3, 2] where index + length <= limit {
            let slice = s[index..<index + length]
            guard slice.allSatisfy(U.isHan), !slice.dropFirst().contains(where: { stopCharacters.contains($0) }) else { continue }
            if s.word(of: titleWords, endingAt: index + length) != nil { continue }
            var next = index + length
            // 李克强20日主持召开…, 习近平20日上午在…考察: a day between the name and its verb.
            if requireSurname, let afterDay = dayExpressionEnd(at: next, limit: limit) { next = afterDay }
            // With an unknown surname only verbs that cannot end a noun phrase count
            // (not 讲话 / 要求: 总书记重要讲话).
            if requireSurname ? s.firstWord(of: roleVerbs, at: next) != nil : s.firstWord(of: verbalRoles, at: next) != nil { return length }
            if next < limit, s[next] == Self.zai {
                var k = next + 1
                while k < min(limit, next + 14), !U.isClauseEnd(s[k]) {
                    if s.firstWord(of: visitVerbs, at: k) != nil { return length }
                    k += 1
                }
            }
            // 习近平20日对疫情防控工作作出重要指示, 李克强就…作出批示.
            if requireSurname, next < limit, s[next] == Self.dui || s[next] == Self.jiu {
                var k = next + 1
                while k < min(limit, next + 40), !U.isClauseEnd(s[k]) {
                    if s.has(made, at: k) { return length }
                    k += 1
                }
            }
        }
        return nil
    }

    /// The end of a day written as `20日`, `二十日`, `20日上午` starting at `index`, or nil.
    /// (Not the time layer's expression there: that one also runs over a clock time, a
    /// range or a month — `20日上午9时`, `20日至22日`, `5月20日` — which this rule does not
    /// skip between a name and its verb, so using it would read more bare names as
    /// people; kept as it is until that is decided on its own.)
    func dayExpressionEnd(at index: Int, limit: Int) -> Int? {
        var k = index
        while k < limit, k - index < 3, Numerals.arabicDigit(s[k]) != nil || Numerals.dayNumerals.contains(s[k]) { k += 1 }
        guard k > index, k < limit, s[k] == Self.ri else { return nil }
        k += 1
        if let time = s.firstWord(of: dayParts, at: k) { k += time.count }
        return k
    }

    static let dui: UInt32 = 0x5BF9 /* 对 */, jiu: UInt32 = 0x5C31 /* 就 */
    let made = U.s("作出")
    static let ri: UInt32 = 0x65E5 /* 日 */
    let dayParts = WordList(["上午", "下午", "晚上", "晚", "中午", "凌晨"].map(U.s))

    /// Titles written after a two-character name as often as before it.
    /// (Lexicon `top-leader-titles`.)
    let topLeaderTitles: WordList

    /// Characters that join words rather than start a surname (同李强总理, 向王书记).
    /// (Lexicon `function-characters`.)
    let functionCharacters: ScalarSet

    /// A leader's name ending at `end`, right before a title or honorific that starts
    /// there (`习近平总书记`, `李强总理`, `…同志`, `习近平新时代…思想`): a known surname,
    /// no stop character, not a title itself. Three characters are preferred unless the
    /// first is a function character (`同李强` → `李强`); before an honorific or a
    /// doctrine only three-character names count.
    func nameBefore(follower: [UInt32], at end: Int, floor: Int) -> Range<Int>? {
        let isTitle = titleWords.contains(follower)
        // Two characters only before a top leader's title (李强总理); before 主席, 书记 …
        // two characters are too often the end of an organization (工商联主席).
        let lengths = isTitle && topLeaderTitles.contains(follower) ? [3, 2] : [3]
        for length in lengths where end - length >= floor {
            let start = end - length
            let slice = s[start..<end]
            guard slice.allSatisfy(U.isHan), !slice.dropFirst().contains(where: { stopCharacters.contains($0) }) else { continue }
            guard surnames.contains(s[start]) || s.firstWord(of: compoundSurnames, at: start) != nil,
                !functionCharacters.contains(s[start]), !functionCharacters.contains(s[end - 1]), !stopCharacters.contains(s[start])
            else { continue }
            if s.word(of: titleWords, endingAt: end) != nil || s.word(of: groupTitles, endingAt: end) != nil { continue }
            // A title word ending inside the candidate (副省长 → 副): not a name.
            if (start + 1..<end).contains(where: { s.word(of: titleWords, endingAt: $0) != nil }) { continue }
            return start..<end
        }
        return nil
    }

    /// True when a title written after a name ends at `index`: what follows is
    /// punctuation, a boundary word or role verb, or a word that continues a leader's
    /// mention (习近平总书记重要讲话, 李强总理关于…) — not more of a noun (总理官邸).
    func endsTitle(at index: Int) -> Bool {
        guard index < s.count, U.isHan(s[index]) else { return true }
        return isBoundary(index) || s.firstWord(of: roleVerbs, at: index) != nil || s.firstWord(of: titleContinuations, at: index) != nil
    }

    /// Words that may follow a title after a name (lexicon `title-continuations`).
    let titleContinuations: WordList

    /// A three-character name with a surname the lexicon does not know, right after a
    /// title and before 、 or ， (`省卫健委副主任阴彦祥，`): Han script, no stop
    /// character, not a verb or boundary word.
    func unknownSurnameName(at index: Int, limit: Int) -> Int? {
        guard index + 3 < limit else { return nil }
        let slice = s[index..<index + 3]
        guard slice.allSatisfy(U.isHan), !slice.contains(where: { stopCharacters.contains($0) }),
            s[index + 3] == U.listSeparator || s[index + 3] == Lit.comma || s[index + 3] == 0x2C
        else { return nil }
        for k in index..<index + 3 where s.firstWord(of: boundaries, at: k) != nil || s.firstWord(of: roleVerbs, at: k) != nil { return nil }
        if s.word(of: titleWords, endingAt: index + 3) != nil { return nil }
        return 3
    }

    /// The name right after a title and the rule that read it: a known surname, an
    /// unknown one before a role verb (部长怀进鹏主持), or an unknown one in a list.
    func nameAfterTitle(at index: Int, limit: Int) -> (Int, String)? {
        if let length = nameLength(at: index, limit: limit) { return (length, RuleName.personTitleName.rawValue) }
        if let length = nameBeforeRole(at: index, limit: limit, requireSurname: false) { return (length, RuleName.personTitleNameRoleVerb.rawValue) }
        if let length = unknownSurnameName(at: index, limit: limit) { return (length, RuleName.personTitleUnknownSurname.rawValue) }
        if let length = dottedName(at: index, limit: limit) { return (length, RuleName.personTitleDottedName.rawValue) }
        return nil
    }

    /// A name written with a middle dot after a title (自治区主席雪克来提·扎克尔, 联合国秘书长
    /// 安东尼奥·古特雷斯): Han parts of up to 8 characters joined by one or two dots, then
    /// punctuation or a boundary word.
    func dottedName(at index: Int, limit: Int) -> Int? {
        var k = index
        var parts = 0
        while parts < 3 {
            let start = k
            // A part ends at a dot, a non-Han character or a boundary word (…扎克尔主持).
            // (Single-character boundaries such as 都 or 和 occur inside transliterations.)
            while k < limit, k - start < 8, U.isHan(s[k]), !(k > start && (s.firstWord(of: boundaries, at: k)?.count ?? 0) >= 2) { k += 1 }
            guard k > start else { return nil }
            parts += 1
            // (A hyphen joins a double-barrelled part: `安娜·布鲁克斯-林德`.)
            guard k < limit, nameDots.contains(s[k]) || parts >= 2 && Self.hyphens.contains(s[k]) && k + 1 < limit && U.isHan(s[k + 1]) else { break }
            k += 1
        }
        guard parts >= 2, k >= s.count || !U.isHan(s[k]) || (s.firstWord(of: boundaries, at: k)?.count ?? 0) >= 2 else { return nil }
        return k - index
    }

    let nameDots = ScalarSet("·•‧・")
    static let hyphens = ScalarSet("-－‐")

    /// True when a name may end at `index`: punctuation, a boundary word, a digit, or
    /// the end of the text.
    func isBoundary(_ index: Int) -> Bool {
        guard index < s.count else { return true }
        let c = s[index]
        if !U.isHan(c) { return true }
        return s.firstWord(of: boundaries, at: index) != nil
    }

    /// The length of a name starting at `index` (2–4 scalars), or nil.
    func nameLength(at index: Int, limit: Int) -> Int? {
        guard index < s.count else { return nil }
        var surnameLength = 0
        if s.firstWord(of: compoundSurnames, at: index) != nil {
            surnameLength = 2
        } else if surnames.contains(s[index]) {
            surnameLength = 1
        } else {
            return nil
        }
        for length in [surnameLength + 1, surnameLength + 2] where index + length <= limit {
            let slice = s[index..<index + length]
            guard slice.allSatisfy(U.isHan) else { break }
            if slice.dropFirst(surnameLength).contains(where: { stopCharacters.contains($0) }) { break }
            // Not a title itself (由省长任组长 → no 任组长).
            if s.word(of: titleWords, endingAt: index + length) != nil { continue }
            // 国防部长周建和等, 委员周建和、李国成: no conjunction 和 stands before a list mark,
            // 等 or a clause's end; it ends the given name.
            if length == surnameLength + 1, endsNameWithHe(at: index + length) { continue }
            // 孙立平、阿力木·依明江、钱永清: a name dot goes on with the name's next part.
            if index + length < limit, nameDots.contains(s[index + length]), let dotted = dottedName(at: index, limit: limit), dotted > length { return dotted }
            // (The 和 the shorter name stopped at is this one's last character: 主席程允和主持.)
            if length == surnameLength + 2, endsNameWithHe(at: index + length - 1) { return length }
            if isBoundary(index + length) { return length }
        }
        return nil
    }

    /// Is `k` a 和 that can only be a name's last character: a list mark, 等, a comma or a
    /// clause's end right after it, or a chair's, attendee's or speaker's verb (主席程允和主持
    /// 召开…: no conjunction joins a name to a verb)?
    func endsNameWithHe(at k: Int) -> Bool {
        guard k < s.count, s[k] == Self.he else { return false }
        let next = k + 1
        return next >= s.count || s[next] == U.listSeparator || s[next] == Self.etc || s[next] == Lit.comma || U.isClauseEnd(s[next])
            || s.firstWord(of: roleVerbs, at: next) != nil
    }

    func text(_ range: Range<Int>) -> String {
        U.string(s, range)
    }

    /// Is the name at `range` a photographer's credit?
    func isCredit(_ range: Range<Int>) -> Bool {
        var j = range.upperBound
        while j < s.count, s[j] == 0x20 || s[j] == 0x3000 { j += 1 }
        if s.has(photoCredit, at: j) { return true }
        var k = range.lowerBound
        while k > 0, s[k - 1] == 0x20 || s[k - 1] == 0x3000 { k -= 1 }
        if s.has(reporter, at: k - reporter.count) && k != range.lowerBound { return true }
        // The second and later names of a credit (`（记者 张晓明 王芳）`): back over
        // names, spaces and 、 to 记者, within a short stretch.
        var back = range.lowerBound
        var spaces = 0
        while back > 0, range.lowerBound - back < 24 {
            let c = s[back - 1]
            if c == 0x20 || c == 0x3000 || c == U.listSeparator {
                spaces += 1
            } else if !U.isHan(c) && !nameDots.contains(c) {
                break
            }
            if s.has(reporter, at: back - reporter.count) { return spaces > 0 }
            back -= 1
        }
        return false
    }

    /// The length of a name-shaped list item (2–3 characters of Han script before
    /// 、 or a boundary) whose surname the lexicon may not know.
    func listItemLength(at index: Int, limit: Int) -> Int? {
        for length in [2, 3] where index + length <= limit {
            let slice = s[index..<index + length]
            guard slice.allSatisfy(U.isHan), !slice.contains(where: { stopCharacters.contains($0) }) else { return nil }
            let next = index + length < s.count ? s[index + length] : 0
            if listItemEnds.contains(next) { return length }
            // (A name written with a dot: `孙立平、阿力木·依明江、钱永清`.)
            if nameDots.contains(next), let dotted = dottedName(at: index, limit: limit), dotted > length,
                index + dotted >= s.count || listItemEnds.contains(s[index + dotted])
            {
                return dotted
            }
        }
        return nil
    }

    /// Is the stop character at `index` part of a word that organizations' names hold
    /// (`中央应对…工作领导小组`, `对外联络部`, `对台办`, `世界和平…`)?
    func insideOfficeWord(_ index: Int) -> Bool {
        (index > 0 && officeWords.contains([s[index - 1], s[index]])) || (index + 1 < s.count && officeWords.contains([s[index], s[index + 1]]))
    }

    /// (Lexicon `office-words`.)
    let officeWords: WordList

    /// The office phrase of a title candidate: what follows the last verb (and the 的
    /// after it) or 了 in it (`来华进行正式访问的比利时首相` → `比利时首相`,
    /// `会议听取了最高人民法院院长` → `最高人民法院院长`; 的 alone stays:
    /// `中央党的建设工作领导小组组长`), without a leading `应` (invited by) or `时任` / `现任`.
    func officePhrase(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var k = range.upperBound - 1
        while k > start {
            if titleParticles.contains(s[k - 1]) {
                start = k
                break
            }
            if let verb = s.word(of: titleVerbs, endingAt: k), k - verb.count >= range.lowerBound {
                start = k
                break
            }
            k -= 1
        }
        // After a verb, a relative clause runs to its 的 (`来华出席…峰会的卢旺达总统`).
        if start > range.lowerBound, let de = (start..<range.upperBound).last(where: { s[$0] == Self.de }), de + 1 < range.upperBound {
            start = de + 1
        }
        while start < range.upperBound - 1 {
            // (A 的 first too: `被誉为“…”的中国工程院院士`, the quote a title stop.)
            if s[start] == Self.de {
                start += 1
            } else if s[start] == Self.ying, start + 1 < range.upperBound, s[start + 1] != Self.ji {
                start += 1
            } else if let modifier = s.firstWord(of: titleModifiers, at: start), start + modifier.count < range.upperBound {
                start += modifier.count
            } else {
                break
            }
        }
        return start..<range.upperBound
    }

    let titleParticles = U.set("了")
    /// Verbs and modifiers inside a title candidate (lexicon `title-verbs`, `title-modifiers`).
    let titleVerbs: WordList
    let titleModifiers: WordList
    static let de: UInt32 = 0x7684 /* 的 */, ying: UInt32 = 0x5E94 /* 应 */, ji: UInt32 = 0x6025 /* 急 (应急管理部) */

    /// The titles written before `index`: a chain of 、-separated phrases each ending
    /// in a title word (`省委副书记、省长、省疫情防控工作领导小组组长`).
    func titles(before index: Int, floor: Int) -> [String] {
        var titles: [String] = []
        var end = index
        while end > floor {
            guard s.word(of: titleWords, endingAt: end) != nil || s.word(of: groupTitles, endingAt: end) != nil else { break }
            var start = end
            while start > floor, !titleStops.contains(s[start - 1]) || insideOfficeWord(start - 1), s[start - 1] != U.listSeparator, end - start < 30 {
                start -= 1
            }
            let phrase = officePhrase(start..<end)
            if !phrase.isEmpty { titles.insert(text(phrase), at: 0) }
            // A phrase cut at a verb is where the title chain ends.
            guard phrase.lowerBound == start, start > floor, s[start - 1] == U.listSeparator else { break }
            end = start - 1
        }
        return titles
    }

    /// The people of the sentences: the rules' mentions, checked against the name
    /// model's spans when there are any (``reconcile(_:with:sentences:)``), then every
    /// later mention of a name found so.
    func find(in sentences: [Sentence], model spans: [NameSpan]? = nil) -> [PersonMention] {
        var mentions = ruleMentions(in: sentences)
        if let spans { mentions = reconcile(mentions, with: spans, sentences: sentences) }
        return withLaterMentions(mentions, in: sentences)
    }

    /// What the rules find, before later mentions of known names.
    func ruleMentions(in sentences: [Sentence]) -> [PersonMention] {
        var mentions: [PersonMention] = []

        for (index, sentence) in sentences.enumerated() {
            let r = sentence.range
            var i = r.lowerBound
            // Names before a title or honorific (习近平总书记, 李强总理).
            var k = r.lowerBound + 2
            // Where a title written after its name ends: no name follows it
            // (习近平主席成功对…: not a person 成功).
            var ownedTitleEnds: Set<Int> = []
            while k < r.upperBound {
                if followerStarts.contains(s[k]), let follower = s.firstWord(of: followers, at: k),
                    let range = nameBefore(follower: follower, at: k, floor: r.lowerBound), !isCredit(range),
                    titleWords.contains(follower) ? endsTitle(at: k + follower.count) : true
                {
                    let name = text(range)
                    let title = titleWords.contains(follower) ? [text(k..<k + follower.count)] : []
                    mentions.append(PersonMention(name: name, range: range, titles: title, sentence: index, rule: RuleName.personNameTitle.rawValue))
                    k += follower.count
                    if !title.isEmpty { ownedTitleEnds.insert(k) }
                    continue
                }
                k += 1
            }
            while i < r.upperBound {
                // Most positions start nothing: skip them with two bit tests (what each
                // rule below needs first, in one set for the scalar before).
                if i > r.lowerBound, !groupStarts.contains(s[i]), U.isHan(s[i - 1]), !triggersAfter.contains(s[i - 1]) {
                    i += 1
                    continue
                }
                // A group title and the list after it.
                if groupStarts.contains(s[i]), let group = s.firstWord(of: groupTitles, at: i) {
                    var j = i + group.count
                    var found = 0
                    while let length = nameLength(at: j, limit: r.upperBound) ?? (found > 0 ? listItemLength(at: j, limit: r.upperBound) : nil) {
                        let range = j..<j + length
                        let name = text(range)
                        mentions.append(PersonMention(name: name, range: range, titles: [text(i..<i + group.count)], sentence: index, rule: RuleName.personGroupTitleList.rawValue, group: i))
                        found += 1
                        j += length
                        // 省委常委孙大伟、王小平和刘静: 和 / 及 before the last name.
                        if found >= 2, j + 1 < r.upperBound, lastItemJoiners.contains(s[j]), nameLength(at: j + 1, limit: r.upperBound) != nil {
                            j += 1
                            continue
                        }
                        guard j < r.upperBound, s[j] == U.listSeparator else { break }
                        j += 1
                    }
                    if found > 0 {
                        i = j
                        continue
                    }
                }
                // A name right after a title word (known surname, or a role verb after it).
                if i > r.lowerBound, titleEnds.contains(s[i - 1]), s.word(of: titleWords, endingAt: i) != nil || s.word(of: groupTitles, endingAt: i) != nil,
                    !ownedTitleEnds.contains(i), let (length, rule) = nameAfterTitle(at: i, limit: r.upperBound)
                {
                    let range = i..<i + length
                    if !isCredit(range) {
                        let name = text(range)
                        let titles = titles(before: i, floor: r.lowerBound)
                        mentions.append(PersonMention(name: name, range: range, titles: titles, sentence: index, rule: rule))
                        i += length
                        // 副市长刘春梅、赵东升、孙国华: the names listed after share the title.
                        while i + 1 < r.upperBound, s[i] == U.listSeparator,
                            let next = nameLength(at: i + 1, limit: r.upperBound) ?? listItemLength(at: i + 1, limit: r.upperBound)
                        {
                            let itemRange = (i + 1)..<(i + 1 + next)
                            let item = text(itemRange)
                            mentions.append(PersonMention(name: item, range: itemRange, titles: titles.suffix(1), sentence: index, rule: RuleName.personTitleNameList.rawValue, group: range.lowerBound))
                            i = itemRange.upperBound
                        }
                        continue
                    }
                }
                // A bare name at a clause start with a known surname, before a role
                // verb: 刘海涛主持召开…, 习近平在福建考察.
                if i == r.lowerBound || U.isClauseEnd(s[i - 1]) || (i > r.lowerBound && !U.isHan(s[i - 1])),
                    let length = nameBeforeRole(at: i, limit: r.upperBound, requireSurname: true), !isCredit(i..<i + length)
                {
                    let name = text(i..<i + length)
                    mentions.append(PersonMention(name: name, range: i..<i + length, titles: [], sentence: index, rule: RuleName.personNameRoleVerb.rawValue))
                    i += length
                    continue
                }
                // A bare list of names at a clause start, before a role word
                // (罗清宇、张吉福分别…参加; 丁薛祥、刘鹤、尤权、周小川，…出席), or after
                // 有 / 还有 / 包括 and closed by 等 (出席的还有齐续春、陈晓光、…李稻葵等).
                let atClauseStart = i == r.lowerBound || U.isClauseEnd(s[i - 1])
                let afterHave = i > r.lowerBound && listOpeners.contains(s[i - 1])
                // (Every list starts with a known surname.)
                if atClauseStart || afterHave, surnames.contains(s[i]) || compoundSurnames.startsWith(s[i]) {
                    let (items, j) = bareList(at: i, limit: r.upperBound)
                    let followed = j < r.upperBound && s[j] != U.listSeparator
                    let beforeRole = followed && s.firstWord(of: listFollowers, at: j) != nil && !(s[j] == Self.etc && !peopleAfterEtc(j + 1))
                    let beforeCommaThenAttend = followed && items.count >= 3 && (s[j] == Lit.comma || s[j] == 0x2C)
                        && attendWords.words.contains { s.firstOccurrence(of: $0, in: j..<r.upperBound) != nil }
                    let closedByEtc = afterHave && items.count >= 3 && (j >= r.upperBound || s[j] == Self.etc && peopleAfterEtc(j + 1) || U.isClauseEnd(s[j]))
                    if items.count >= 2, atClauseStart && (beforeRole || beforeCommaThenAttend) || closedByEtc {
                        let rule = closedByEtc ? RuleName.personBareListAfterYou.rawValue : RuleName.personBareListBeforeRole.rawValue
                        for range in items {
                            let name = text(range)
                            mentions.append(PersonMention(name: name, range: range, titles: [], sentence: index, rule: rule, group: i))
                        }
                        i = j
                        continue
                    }
                }
                i += 1
            }
        }

        return mentions
    }

    /// Adds every other mention of a known name, in one pass: the longest known name at
    /// each offset (a trie), within the sentence.
    func withLaterMentions(_ found: [PersonMention], in sentences: [Sentence]) -> [PersonMention] {
        var mentions = found
        var known = Set<[UInt32]>()
        // Names only the model found, with a low score, are not looked for again.
        for mention in mentions where mention.rule != RuleName.personModel.rawValue || (mention.modelScore ?? 0) >= Self.knownNameThreshold {
            known.insert(Array(s[mention.range]))
        }
        // 受了塔苏拉斯授予的…: a name the model cut (苏拉斯) where a longer one found elsewhere
        // in the document (塔苏拉斯) is written whole is that name.
        // (Known names by their shorter endings, looked up once a mention; the longest
        // written there wins, whatever order the set gives.)
        var byEnding: [[UInt32]: [[UInt32]]] = [:]
        for name in known where name.count > 2 {
            for length in 2..<name.count { byEnding[Array(name.suffix(length)), default: []].append(name) }
        }
        if !byEnding.isEmpty {
            for k in mentions.indices {
                let range = mentions[k].range
                guard let longer = byEnding[Array(s[range])]?.filter({ range.upperBound >= $0.count && s.has($0, at: range.upperBound - $0.count) })
                    .max(by: { $0.count < $1.count }) else { continue }
                mentions[k].range = range.upperBound - longer.count..<range.upperBound
                mentions[k].name = text(mentions[k].range)
            }
        }
        let knownNames = WordList(Array(known))
        // Every offset inside a name found already: 苏拉斯 known is not looked for inside 塔苏拉斯.
        var covered = Set(mentions.flatMap { Array($0.range) })
        for (index, sentence) in sentences.enumerated() {
            var offset = sentence.range.lowerBound
            while offset < sentence.range.upperBound {
                guard let word = knownNames.first(in: s, at: offset, limit: sentence.range.upperBound), !covered.contains(offset) else {
                    offset += 1
                    continue
                }
                let range = offset..<offset + word.count
                if !isCredit(range) {
                    mentions.append(PersonMention(name: text(range), range: range, titles: [], sentence: index, rule: RuleName.personKnownName.rawValue))
                    covered.insert(offset)
                }
                offset += word.count
            }
        }
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        // A name found by two rules at one place is one mention (the first rule's).
        var seen = Set<Int>()
        return mentions.filter { seen.insert($0.range.lowerBound).inserted }
    }

    /// A list of names separated by 、 (and 和 / 及 before the last): each a known
    /// surname's name, except that after two such names a name-shaped item with an
    /// unknown surname may follow (辜胜阻). Returns the items and where the list ends.
    func bareList(at start: Int, limit: Int) -> (items: [Range<Int>], end: Int) {
        var j = start
        var items: [Range<Int>] = []
        while let length = nameLength(at: j, limit: limit) ?? (items.count >= 2 ? listItemLength(at: j, limit: limit) : nil) {
            items.append(j..<j + length)
            j += length
            // 丁雪祥、孙春梅、尤力和王永参加: 和 / 及 before the last name.
            if items.count >= 2, j + 1 < limit, lastItemJoiners.contains(s[j]), nameLength(at: j + 1, limit: limit) != nil {
                j += 1
                continue
            }
            guard j < limit, s[j] == U.listSeparator else { break }
            j += 1
        }
        // A list ends at a name, not at a dangling 、.
        if j > start, j <= limit, s[j - 1] == U.listSeparator { j -= 1 }
        return (items, j)
    }

    static let listOpenerText = "有括：:"
    let listOpeners = ScalarSet(PersonFinder.listOpenerText)

    /// True when what follows 等 after a list makes it a list of people (等参加, 等同志,
    /// 等人, 等。), not of places (黄山、黄冈、黄石等地).
    func peopleAfterEtc(_ index: Int) -> Bool {
        guard index < s.count, U.isHan(s[index]) else { return true }
        return s.firstWord(of: peopleAfterEtcWords, at: index) != nil || s.firstWord(of: roleVerbs, at: index) != nil
            || s.firstWord(of: groupTitles, at: index) != nil
    }

    /// (Lexicon `people-after-etc`.)
    let peopleAfterEtcWords: WordList
    static let etc: UInt32 = 0x7B49 /* 等 */

    /// Words that may follow a bare list of names.
    let listFollowers: WordList
}
