import Foundation

/// One headline claim judged against the graph extracted from the item's body.
public struct HeadlineVerdict: Sendable {
    public var id: String
    public var date: CalendarDate
    public var title: String
    public var claim: HeadlineClaim
    /// An extracted event's name matches the headline's meeting (``MeetingNameMatcher``).
    public var eventFound: Bool
    /// A matching event is dated the broadcast date, the day before, or the date the
    /// body's lead states.
    public var dateRight: Bool
    /// The headline's person chairs (attends) a matching event; nil for `where`.
    public var roleRight: Bool?
    /// One matching event has both the right date and the right role.
    public var allRight: Bool
    /// The dates a matching event may have.
    public var acceptedDates: [CalendarDate]
    /// What the body gave: the matching events, else every event (one line each).
    public var extracted: [String]
    /// The relations the headline's person has in the body's graph (`speaks_at 2020-01-02 国务院常务会议`).
    public var personRoles: [String]

    /// Why the claim is not fully confirmed, or nil when it is.
    public var miss: String? {
        if allRight { return nil }
        if !eventFound { return "no event named like it" }
        if !dateRight { return "event found, date wrong" }
        if roleRight == false { return "event found, \(claim.person ?? "") not \(claim.pattern == .chairs ? "its chair" : "there (attending, chairing or speaking)")" }
        return "right date and right role on different events"
    }
}

/// The headline check of a news corpus: what the headlines say about meetings
/// (``HeadlineReader``), judged against the extraction of each item's body alone.
public struct HeadlineReport: Sendable {
    public var verdicts: [HeadlineVerdict]
    /// Items read from the input.
    public var itemsRead: Int
    /// Items whose headline makes a claim but whose body is empty: not checked.
    public var skippedEmpty: Int
    /// Items whose headline makes a claim and that were checked.
    public var itemsChecked: Int
    /// Items whose headline makes a claim but whose lead is dated after the item's day
    /// (a preview): not checked.
    public var previews: Int = 0

    /// The verdicts of one pattern, in input order.
    public func verdicts(_ pattern: HeadlineClaim.Pattern) -> [HeadlineVerdict] { verdicts.filter { $0.claim.pattern == pattern } }

    /// A table: per pattern, the claims checked and how many have a matching event, one
    /// with the right date, one with the right role, and one with both.
    public var table: String {
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
        func cell(_ part: Int, _ whole: Int) -> String {
            lpad(whole == 0 ? "-" : "\(part)/\(whole) " + String(format: "%5.1f%%", 100 * Double(part) / Double(whole)), 18)
        }
        var out = "\(itemsRead) items read; \(itemsChecked) with a headline claim checked; \(skippedEmpty) skipped (empty text), \(previews) (a lead dated after the item: a preview)\n\n"
        out += pad("pattern", 9) + lpad("items", 6) + lpad("event found", 18) + lpad("date right", 18) + lpad("role right", 18) + lpad("all right", 18) + "\n"
        for pattern in HeadlineClaim.Pattern.allCases {
            let all = verdicts(pattern)
            let n = all.count
            out += pad(pattern.rawValue, 9) + lpad("\(n)", 6)
            out += cell(all.filter(\.eventFound).count, n) + cell(all.filter(\.dateRight).count, n)
            out += pattern.relation == nil ? lpad("-", 18) : cell(all.filter { $0.roleRight == true }.count, n)
            out += cell(all.filter(\.allRight).count, n) + "\n"
        }
        return out
    }

    /// The first `count` misses of each pattern: id, headline, claim, why, and what was extracted.
    public func misses(_ count: Int) -> String {
        var out = ""
        for pattern in HeadlineClaim.Pattern.allCases {
            let missed = verdicts(pattern).filter { !$0.allRight }
            guard count > 0, !missed.isEmpty else { continue }
            out += "\n\(pattern.rawValue): \(missed.count) misses, the first \(min(count, missed.count))\n"
            for verdict in missed.prefix(count) {
                let who = verdict.claim.person.map { "\($0) · " } ?? ""
                out += "- \(verdict.id) \(verdict.title)\n"
                out += "    claim: \(who)\(verdict.claim.meeting); dates \(verdict.acceptedDates.map(\.iso).joined(separator: " "))\n"
                out += "    miss: \(verdict.miss ?? "")\n"
                if verdict.extracted.isEmpty { out += "    extracted: no event\n" }
                for line in verdict.extracted { out += "    extracted: \(line)\n" }
                if verdict.claim.person != nil {
                    out += "    \(verdict.claim.person!): " + (verdict.personRoles.isEmpty ? "no role in the body's graph" : verdict.personRoles.joined(separator: "; ")) + "\n"
                }
            }
        }
        return out
    }
}

/// Checks what headlines say about meetings against the extraction of the bodies:
/// `X主持召开Y` / `X主持Y` (chairs), `X出席Y` (attends), `Y在…召开|举行` (where). Each
/// body (the text without its headline line) is extracted on its own with the item's date
/// as reference date; no extraction rule is changed or consulted, only the graph.
public enum HeadlineCheck {
    /// Reads the claims of every item and judges the first `limit` items that make one.
    /// Bodies are extracted on every core; verdicts come in input order.
    public static func run(_ items: [NewsItem], limit: Int? = nil, lexicon: Lexicon = .standard) -> HeadlineReport {
        let reader = HeadlineReader(lexicon: lexicon)
        var toCheck: [Pair] = []
        var skipped = 0, previews = 0
        for item in items {
            if let limit, toCheck.count >= limit { break }
            let body = item.body
            let claims = reader.claims(title: item.title, body: body)
            guard !claims.isEmpty else { continue }
            if body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                skipped += 1
                continue
            }
            // A lead dated after the item's day previews what it names (…开幕式4日晚在北京举行
            // in an item of the 3rd, 习近平将出席): no claim that it was held.
            let stated = statedDate(TextDocument(path: item.id + ".txt", text: body), reference: item.date)
            if let stated, stated > item.date {
                previews += 1
                continue
            }
            toCheck.append(Pair(item: item, claims: claims, stated: stated))
        }
        let matcher = MeetingNameMatcher(lexicon: lexicon)
        let judged = ParallelMap.map(toCheck) { pair in
            judge(pair.item, claims: pair.claims, lexicon: lexicon, matcher: matcher, stated: .some(pair.stated))
        }
        return HeadlineReport(verdicts: judged.flatMap { $0 }, itemsRead: items.count, skippedEmpty: skipped, itemsChecked: toCheck.count, previews: previews)
    }

    /// An item to judge, its claims, and its lead's date (``statedDate(_:reference:)``).
    struct Pair: Sendable { var item: NewsItem; var claims: [HeadlineClaim]; var stated: CalendarDate? }

    /// Extracts the item's body and judges each claim against the graph.
    public static func judge(_ item: NewsItem, claims: [HeadlineClaim], lexicon: Lexicon = .standard, matcher: MeetingNameMatcher? = nil) -> [HeadlineVerdict] {
        judge(item, claims: claims, lexicon: lexicon, matcher: matcher, stated: nil)
    }

    /// `stated` is the lead's date when already read (`.some`), else read here.
    static func judge(_ item: NewsItem, claims: [HeadlineClaim], lexicon: Lexicon, matcher: MeetingNameMatcher?, stated known: CalendarDate??) -> [HeadlineVerdict] {
        let matcher = matcher ?? MeetingNameMatcher(lexicon: lexicon)
        let document = TextDocument(path: item.id + ".txt", text: item.body)
        let graph = Extractor(lexicon: lexicon, referenceDate: item.date, parallel: false).extract(document).graph
        var accepted = [item.date]
        if let before = item.date.adding(days: -1) { accepted.append(before) }
        let stated = known ?? statedDate(document, reference: item.date)
        if let stated, !accepted.contains(stated) { accepted.append(stated) }
        let events = graph.nodes(ofType: .event)
        return claims.map { claim in
            let matching = events.filter { event in
                ([event.label] + event.aliases).contains { matcher.matches(headline: claim.meeting, label: $0) || matcher.qualifiedKind($0, by: claim.person, matches: claim.meeting) }
            }
            func dated(_ event: Node) -> Bool { event.date.map { $0.granularity == .day && accepted.contains($0) } ?? false }
            let person = claim.person.map { NodeID("p-" + $0) }
            func inRole(_ event: Node) -> Bool {
                guard let person else { return false }
                return claim.pattern.satisfiedBy.contains { graph.edge(source: person, target: event.id, relation: $0) != nil }
            }
            let hasRole = claim.pattern.relation != nil
            let shown = (matching.isEmpty ? events : matching).prefix(6).map { describe($0, in: graph) }
            var roles: [String] = []
            if let person {
                for edge in graph.edges where edge.source == person && edge.relation != .holdsTitle {
                    let target = graph[edge.target]
                    roles.append("\(edge.relation.rawValue) \(target?.date?.iso ?? "undated") \(target?.label ?? edge.target.rawValue)")
                }
            }
            return HeadlineVerdict(
                id: item.id, date: item.date, title: item.title, claim: claim,
                eventFound: !matching.isEmpty, dateRight: matching.contains(where: dated),
                roleRight: hasRole ? matching.contains(where: inRole) : nil,
                allRight: matching.contains { dated($0) && (!hasRole || inRole($0)) },
                acceptedDates: accepted, extracted: Array(shown), personRoles: roles)
        }
    }

    /// The first full day date stated in the body's lead paragraph (the first line that
    /// is not only a date, i.e. not the dateline), as anchored with the item's date.
    static func statedDate(_ document: TextDocument, reference: CalendarDate) -> CalendarDate? {
        let analysis = TimeNormalizer(referenceDate: reference).analyze(document)
        let dateOnly = Set("0123456789年月日 \u{3000}")
        for line in 0..<document.lineStarts.count {
            let range = document.lineRange(line)
            let text = document.slice(range)
            if text.trimmingCharacters(in: .whitespaces).isEmpty || text.allSatisfy(dateOnly.contains) { continue }
            return analysis.expressions.first { range.contains($0.offset) && $0.value?.granularity == .day }?.value
        }
        return nil
    }

    /// `2020-01-02 国务院常务会议 [rule] chairs: 李克强; attends: …`.
    static func describe(_ event: Node, in graph: Graph) -> String {
        var roles: [String] = []
        for relation in [Relation.chairs, .attends, .speaksAt] {
            let names = graph.edges.filter { $0.target == event.id && $0.relation == relation }.compactMap { graph[$0.source]?.label }
            if !names.isEmpty { roles.append("\(relation.rawValue): " + names.prefix(5).joined(separator: "、") + (names.count > 5 ? "…" : "")) }
        }
        let rule = event.properties["rule"].flatMap { if case .string(let r) = $0 { " [\(r)]" } else { nil } } ?? ""
        return "\(event.date?.iso ?? "undated") \(event.label)\(rule)" + (roles.isEmpty ? "" : " — " + roles.joined(separator: "; "))
    }
}
