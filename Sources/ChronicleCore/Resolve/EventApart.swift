// What tells two events of one day apart however alike their names: who met whom,
// who held them, which half of the day. Used by ``EventDraft/matches(_:acrossDocuments:)``,
// so extraction (mentions of one document), ``GraphMerger`` and the store's merge all
// follow the same rules.

extension EventDraft {
    /// Whether this event and `other` (of one day or overlapping days) are surely two
    /// events, whatever their names:
    /// - **other guests:** both name whom they met, talked with or welcomed, and no one
    ///   is on both lists (`甲会见A` and `甲会见B`, in two items of one day) — unless each
    ///   host is the other's guest (`甲同乙会谈`, `乙同甲会谈`);
    /// - **a guest not named:** of two meetings with a counterpart, one names its guest
    ///   and the other's names and sentences do not;
    /// - **other hosts:** two meetings with a counterpart (`event:talks-with-counterpart`)
    ///   by two hosts, neither the other's guest (`甲会见A` and `乙会见A`);
    /// - **a meeting at a forum:** a meeting with a counterpart is not the forum it was
    ///   held at or its guests came for, found by another rule and named inside its label
    ///   (`出席X峰会期间会见A` is two events: the summit and the meeting);
    /// - **other holders:** two generic names held by two different holders
    ///   (`甲特区政府升旗仪式`, `乙特区政府升旗仪式`);
    /// - **other half-days:** a sitting — a meeting with a counterpart, or an event known
    ///   by its kind — and an event at another time of the same day (a 上午 and a 下午
    ///   ceremony);
    /// - **across documents, a generic name:** an event known only by its kind
    ///   (`国务院新闻办公室新闻发布会`, `新闻发布会`) joins an event of another document
    ///   only when a guest ties them, or a sentence of one is the other's (a copy of the
    ///   report): each item of a day reports its own press conference.
    func apart(_ other: EventDraft, acrossDocuments: Bool) -> Bool {
        let guestsMeet = Self.anyMeet(guests, other.guests)
        // 甲同乙会谈 and 乙同甲会谈: each side's host is the other's guest.
        let crossed = agent.map { a in other.guests.contains { Self.sameName($0, a) } } == true
            || other.agent.map { b in guests.contains { Self.sameName($0, b) } } == true
        if !guests.isEmpty, !other.guests.isEmpty, !guestsMeet, !crossed { return true }
        let talks = RuleName.eventTalksWithCounterpart.rawValue
        let bothTalks = rule == talks && other.rule == talks
        if bothTalks, let a = agent, let b = other.agent, !Self.sameName(a, b), !crossed { return true }
        // A guest known on one side only (the other's name cut before its guest): the
        // other's own words must name them.
        if bothTalks, guests.isEmpty != other.guests.isEmpty,
            !(guests + other.guests).contains(where: { guest in (guests.isEmpty ? self : other).names(guest) })
        {
            return true
        }
        let forum = RuleName.eventAttendsNamedMeeting.rawValue
        if (rule == talks && other.rule == forum) || (rule == forum && other.rule == talks) { return true }
        // 会见出席X纪念活动的外方嘉宾 and X纪念大会: the gathering the guests came for.
        if rule == talks, other.rule != talks, other.namedIn(self) { return true }
        if other.rule == talks, rule != talks, namedIn(other) { return true }
        if generic, other.generic, let a = holder, let b = other.holder, !Self.sameHolder(a, b) { return true }
        let sitting = rule == talks || generic || other.rule == talks || other.generic
        if sitting, let a = timeOfDay, let b = other.timeOfDay, a != b, endDate == nil, other.endDate == nil { return true }
        if acrossDocuments, generic || other.generic, !guestsMeet, !sharesSentence(other) { return true }
        return false
    }

    /// Two meetings with a counterpart (`event:talks-with-counterpart`) by one host, with
    /// one verb and a guest in common: one meeting, however differently the reports word
    /// it (`在京会见来华访问的甲国总统A`, `上午在人民大会堂会见甲国总统A`; not `举行会谈`
    /// and `会谈后共同会见记者`). Asked only of events of one day that are not
    /// ``apart(_:acrossDocuments:)``.
    func isOneMeeting(_ other: EventDraft) -> Bool {
        let talks = RuleName.eventTalksWithCounterpart.rawValue
        guard rule == talks, other.rule == talks, let a = agent, let b = other.agent, Self.sameName(a, b),
            let v = verb, v == other.verb
        else { return false }
        return Self.anyMeet(guests, other.guests)
    }

    /// Whether the two hold one evidence sentence word for word.
    func sharesSentence(_ other: EventDraft) -> Bool {
        evidence.contains { mine in other.evidence.contains { $0.text == mine.text } }
    }

    /// Whether `talks` (a meeting with a counterpart) names this event inside its label:
    /// the forum or gathering it was held at or its guests came for.
    func namedIn(_ talks: EventDraft) -> Bool {
        ([label] + aliases).contains { name in name.count >= 4 && name != talks.label && talks.label.contains(name) }
    }

    /// Whether the event's names or evidence sentences write `person`.
    func names(_ person: String) -> Bool {
        label.contains(person) || aliases.contains { $0.contains(person) } || evidence.contains { $0.text.contains(person) }
    }

    /// Whether two lists of names share a person.
    static func anyMeet(_ a: [String], _ b: [String]) -> Bool {
        a.contains { x in b.contains { y in sameName(x, y) } }
    }

    /// One person named in full or by the last part of a transliterated name
    /// (`马克·阿尔多`, `阿尔多`), or with a title before it (`国家主席陈立国`, `陈立国`).
    static func sameName(_ a: String, _ b: String) -> Bool {
        let (shorter, longer) = a.count <= b.count ? (a, b) : (b, a)
        guard shorter.count >= 2 else { return shorter == longer }
        return longer.hasSuffix(shorter) || longer.hasPrefix(shorter + "·")
    }

    /// One holder written in full, with a title before it, or shortened by keeping some of
    /// its characters in order (`国务院新闻办公室`, `国新办`).
    static func sameHolder(_ a: String, _ b: String) -> Bool {
        if sameName(a, b) { return true }
        let (shorter, longer) = a.count <= b.count ? (Array(a), Array(b)) : (Array(b), Array(a))
        guard shorter.count >= 2, shorter.first == longer.first else { return false }
        var i = 0
        for c in longer where i < shorter.count && c == shorter[i] { i += 1 }
        return i == shorter.count
    }
}
