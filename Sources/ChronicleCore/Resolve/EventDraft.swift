import OrderedCollections

// The event as extraction makes it and merging combines it: both sides build on this
// file (and on `EventNames`), not on each other.

/// An event while the graph is being built.
struct EventDraft {
    var id: NodeID
    var label: String
    var kind: EventKind
    var level: EventLevel?
    var date: CalendarDate
    var endDate: CalendarDate?
    var timeOfDay: TimeOfDay?
    var dateInferred: Bool
    var aliases: [String]
    var organizer: String?
    var place: String?
    var agent: String?
    var evidence: [Evidence]
    /// The rule of the mention that made the event.
    var rule: String
    /// Label and aliases prepared for comparison, and as scalars.
    var prepared: [EventNames.Prepared] = []
    var scalarNames: [[UInt32]] = []
    /// False while the event is known only from what another event conveys (a dated
    /// meeting named in 传达学习…精神); a report of the event itself then names it.
    var reported = true
    /// Who was met, talked with or welcomed (the `attends` of `attends:talks-counterpart`
    /// and `attends:honoured-guest`): a meeting with other guests is another meeting.
    var guests: [String] = []
    /// Named by its kind alone, perhaps qualified by its holder (`新闻发布会`,
    /// `国务院新闻办公室新闻发布会`, `某总理举行的欢迎仪式`): its name tells no two such
    /// events apart.
    var generic = false
    /// Who qualifies a generic name, when known.
    var holder: String?
    /// The verb of a meeting with a counterpart (`会见`, `会谈`): a press appearance after
    /// talks (`会谈后共同会见记者`) is not the talks.
    var verb: String?

    mutating func addAlias(_ alias: String) {
        guard alias != label, !aliases.contains(alias) else { return }
        aliases.append(alias)
        prepared.append(EventNames.Prepared(alias))
        scalarNames.append(U.s(alias))
    }
}

extension EventDraft {
    /// The event as a graph node: its names, date and time, organizer and place, the
    /// rule that found it, and whether it is known only from a reference.
    var node: Node {
        var properties: OrderedDictionary<String, JSONValue> = [:]
        if let organizer { properties["organizer"] = .string(organizer) }
        if let place { properties["place"] = .string(place) }
        if dateInferred { properties["date_inferred"] = .bool(true) }
        properties["canonical_name"] = .string(EventNames.normalized(label))
        properties["rule"] = .string(rule)
        if !reported { properties["referred"] = .bool(true) }
        return Node(
            id: id, label: label, type: .event, kind: kind, level: level, date: date,
            endDate: endDate, timeOfDay: timeOfDay, aliases: aliases, properties: properties,
            evidence: evidence)
    }

    /// A document's event as it travels in a ``DocumentGraph``: the event node, with
    /// who convened, spoke or toured as `properties["agent"]`.
    var localNode: Node {
        var node = self.node
        if let agent { node.properties["agent"] = .string(agent) }
        if !guests.isEmpty { node.properties["guests"] = .array(guests.map { .string($0) }) }
        if generic { node.properties["generic"] = .bool(true) }
        if let holder { node.properties["holder"] = .string(holder) }
        if let verb { node.properties["verb"] = .string(verb) }
        return node
    }

    /// The event a ``DocumentGraph`` carries, ready to be merged.
    init(local node: Node) {
        func string(_ key: String) -> String? {
            if case .string(let value) = node.properties[key] { return value }
            return nil
        }
        self.init(
            id: node.id, label: node.label, kind: node.kind ?? .meeting, level: nil, date: node.date ?? CalendarDate(year: 1)!,
            endDate: node.endDate, timeOfDay: node.timeOfDay, dateInferred: node.properties["date_inferred"] == .bool(true),
            aliases: [], organizer: string("organizer"), place: string("place"), agent: string("agent"), evidence: node.evidence,
            rule: string("rule") ?? "", prepared: [EventNames.Prepared(node.label)], scalarNames: [U.s(node.label)])
        reported = node.properties["referred"] != .bool(true)
        if case .array(let names) = node.properties["guests"] {
            guests = names.compactMap { if case .string(let name) = $0 { name } else { nil } }
        }
        generic = node.properties["generic"] == .bool(true)
        holder = string("holder")
        verb = string("verb")
        for alias in node.aliases { addAlias(alias) }
    }
}

extension EventDraft {
    /// Whether `other`, an event of another document, is this event: a visit inside
    /// this tour by the same person, or dates that meet and names that match.
    /// A tour's visit lies wholly inside the tour: a trip of 2–3 July is not part of one
    /// of 1–2 July. One host meeting one guest on one day is one meeting however each
    /// report words it (``isOneMeeting(_:)``). Unless the two are ``apart(_:acrossDocuments:)``, which
    /// `acrossDocuments` (false for two mentions of one document) makes stricter.
    func matches(_ other: EventDraft, acrossDocuments: Bool = true) -> Bool {
        if isTourVisit(other) { return true }
        let sameDay = date == other.date
        let within = (endDate.map { date <= other.date && other.date <= $0 } ?? false)
            || (other.endDate.map { other.date <= date && date <= $0 } ?? false)
        guard sameDay || within else { return false }
        if apart(other, acrossDocuments: acrossDocuments) { return false }
        if isOneMeeting(other) { return true }
        // (In one document, one day's meeting of one kind named once in full and once
        // contracted: 全省视频会议 of 全省防汛抗旱工作视频会议.)
        // (Not names that write different numbers: 第一次 and 第二次.)
        if !acrossDocuments, sameDay, kind == other.kind, other.scalarNames.contains(where: { theirs in
            scalarNames.contains { ConveyResolver.contracts($0, theirs) || ConveyResolver.contracts(theirs, $0) }
        }), !other.prepared.contains(where: { theirs in prepared.contains { EventNames.numbersConflict($0, theirs) } }) {
            return true
        }
        return other.prepared.contains { theirs in prepared.contains { EventNames.mayNameOneEvent($0, theirs) } }
    }

    /// `other` is a visit of this tour: both inspections by one person (or the visit's
    /// unnamed), the visit's days inside the tour's.
    func isTourVisit(_ other: EventDraft) -> Bool {
        guard other.kind == .inspection, kind == .inspection, other.agent == nil || agent == other.agent, let end = endDate else { return false }
        return date <= other.date && (other.endDate ?? other.date) <= end
    }

    /// Takes in `other` (which ``matches(_:)``): its names and evidence, and its more
    /// precise date, time of day, organizer and place — the rules a mention follows
    /// when it joins an event of its own document. `inDocument`: a mention of the same
    /// document, whose name in full wins over a contraction of it.
    mutating func absorb(_ other: EventDraft, inDocument: Bool = false) {
        // A report of an event known so far only from a reference names it.
        if other.reported && !reported {
            reported = true
            let referredLabel = label
            label = other.label
            aliases.removeAll { $0 == other.label }
            if !aliases.contains(referredLabel) { aliases.append(referredLabel) }
            let scalars = U.s(other.label)
            if !scalarNames.contains(scalars) {
                prepared.append(EventNames.Prepared(other.label))
                scalarNames.append(scalars)
            }
            rule = other.rule
        }
        let tourVisit = isTourVisit(other)
        evidence.mergeEvidence(other.evidence)
        for guest in other.guests where !guests.contains(guest) { guests.append(guest) }
        generic = generic && other.generic
        if holder == nil { holder = other.holder }
        if verb == nil { verb = other.verb }
        if tourVisit { return }
        let sameDay = date == other.date
        let within = !sameDay
        addAlias(other.label)
        for alias in other.aliases { addAlias(alias) }
        if within && other.endDate == nil && endDate != nil && kind != .inspection {
            date = other.date
            endDate = nil
            timeOfDay = other.timeOfDay
        }
        if dateInferred && !other.dateInferred {
            date = other.date
            dateInferred = false
        }
        if sameDay, endDate == nil, timeOfDay == nil { timeOfDay = other.timeOfDay }
        if organizer == nil { organizer = other.organizer }
        if place == nil { place = other.place }
        // (In one document, the name in full, not its contraction: 全省防汛抗旱工作视频会议, not
        // 全省视频会议. Across documents the label stays as merging chose it.)
        let written = U.s(label)
        if inDocument, let full = aliases.first(where: { ConveyResolver.contracts(written, U.s($0)) }) {
            let contracted = label
            label = full
            aliases.removeAll { $0 == full }
            addAlias(contracted)
        }
    }
}
