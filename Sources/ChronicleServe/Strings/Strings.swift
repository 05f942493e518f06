import ChronicleCore
import ChronicleStore

/// The words of one language: every phrase of the pages by its ``Phrase`` key and the
/// names of the vocabulary (relations, kinds, levels, times of day, measure categories,
/// review categories, rules), each from that language's table.
///
/// Phrases are plain text with numbered slots (`{1}`, `{2}`); ``html(_:_:)`` escapes
/// the phrase and fills the slots with HTML the caller built (data escaped and marked
/// with ``HTML/data(_:)``), ``text(_:_:)`` fills them with plain text.
struct Strings: Sendable {
    let language: Language

    init(_ language: Language) {
        self.language = language
    }

    private var table: any StringTable.Type {
        switch language {
        case .chinese: Chinese.self
        case .english: English.self
        }
    }

    /// The phrase as plain text, its slots empty.
    subscript(_ phrase: Phrase) -> String { table.phrase(phrase) }

    /// The phrase as plain text with its slots filled by `arguments` (plain text).
    func text(_ phrase: Phrase, _ arguments: String...) -> String {
        Self.fill(table.phrase(phrase), arguments)
    }

    /// The phrase escaped for HTML, its slots filled by `arguments` (HTML).
    func html(_ phrase: Phrase, _ arguments: String...) -> String {
        Self.fill(HTML.escape(table.phrase(phrase)), arguments)
    }

    /// The phrase escaped for HTML, its slots filled by `arguments` (HTML).
    func html(_ phrase: Phrase, arguments: [String]) -> String {
        Self.fill(HTML.escape(table.phrase(phrase)), arguments)
    }

    static func fill(_ template: String, _ arguments: [String]) -> String {
        var out = template
        for (index, argument) in arguments.enumerated() {
            out = out.replacingOccurrences(of: "{\(index + 1)}", with: argument)
        }
        return out
    }

    /// The slots a template has (`{1}`, `{2}` …), for the test that both tables agree.
    static func slots(_ template: String) -> Set<Int> {
        Set((1...9).filter { template.contains("{\($0)}") })
    }

    func relation(_ relation: Relation) -> String { table.relation(relation) }
    func kind(_ kind: EventKind?) -> String { kind.map(table.kind) ?? table.phrase(.kindUnknown) }
    func level(_ level: EventLevel?) -> String { table.level(level) }
    func timeOfDay(_ time: TimeOfDay) -> String { table.timeOfDay(time) }
    func reviewCategory(_ category: ReviewItem.Category) -> String { table.reviewCategory(category) }

    /// A measure's category (`operational`, `political_formula`); another value as it is.
    func measureCategory(_ category: String) -> String {
        MeasureCategory(rawValue: category).map(table.measureCategory) ?? category
    }

    /// A rule's readable name (`person:title-name` → 职务+姓名 / title before a name):
    /// the rule's own name when the table has one, else its family's.
    func rule(_ rule: String) -> String {
        if rule.hasPrefix("measure:quoted(") {
            let cues = rule.dropFirst("measure:quoted(".count).dropLast().split(separator: ",").count
            return text(.ruleQuotedMeasure, String(cues))
        }
        if let known = ReadableRule.named(rule) { return table.rule(known) }
        let family = rule.split(separator: ":").first.map(String.init) ?? rule
        return text(.ruleOther, RuleFamily(rawValue: family).map(table.ruleFamily) ?? family)
    }

    /// When an event took place: `2020-01-26 上午` / `2020-01-26 morning`, a range
    /// with `–`, or “date unknown”.
    func when(_ node: Node) -> String {
        guard let date = node.date else { return self[.dateUnknown] }
        var text = date.iso
        if let end = node.endDate, end != date { text += " – " + end.iso }
        if let time = node.timeOfDay { text += " " + timeOfDay(time) }
        return text
    }

    /// When an event of a query answer took place, as ``when(_:)`` says it of a node.
    func when(_ event: EventSummary) -> String {
        guard let date = event.date else { return self[.dateUnknown] }
        var text = date
        if let end = event.endDate, end != date { text += " – " + end }
        if let time = event.timeOfDay { text += " " + timeOfDay(time) }
        return text
    }

    /// A person's titles as dated lines (`2020-01 起 省委书记` / `since 2020-01 省委书记`):
    /// the dates in this language, the titles (data) marked as such.
    func titleLines(_ person: Node) -> [String] {
        person.datedTitleGroups.map { group -> String in
            let head: String? = switch group.span {
            case .since(let month): text(.titleSince, month)
            case .month(let month): month
            case let .between(first, last): text(.titleBetween, first, last)
            case .undated: nil
            }
            return (head.map { HTML.escape($0) + " " } ?? "") + HTML.data(group.titles.joined(separator: "、"))
        }
    }

    /// A month of a year (`2024-03`): `2024年3月` / `March 2024`; the text as it is when
    /// it is no month.
    func yearMonth(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) else { return iso }
        return text(.yearMonth, String(parts[0]), table.monthName(month))
    }

    /// A day without its year (`2024-03-04`): `3月4日` / `4 Mar`.
    func dayOfMonth(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month) else { return iso }
        return table.dayOfMonth(month: month, day: day)
    }

    /// The list separator of this language (`、` / `, `).
    var comma: String { self[.listSeparator] }
}

/// The names of measure categories the extractor gives.
enum MeasureCategory: String, CaseIterable {
    case operational
    case politicalFormula = "political_formula"
}

/// Rule families: the part of a rule id before `:`.
enum RuleFamily: String, CaseIterable {
    case event, chair, person, attends, conveys, measure, organizes, adopts
}

/// Rules with a readable name of their own (by the id's prefix; the longest wins).
enum ReadableRule: String, CaseIterable {
    case verbMeetingName = "event:verb-meeting-name"
    case organizationConvenes = "event:organization-convenes-meeting"
    case instructionVerb = "event:instruction-verb"
    case speechAtMeeting = "event:speech-at-meeting"
    case meetingNameBeforeVerb = "event:meeting-name-before-verb"
    case inspection = "event:inspection"
    case talksWithCounterpart = "event:talks-with-counterpart"
    case attendsNamedMeeting = "event:attends-named-meeting"
    case organizeWatching = "event:organize-watching"
    case attendsVideoConference = "event:attends-video-conference"
    case notice = "event:notice"
    case agentOfConvene = "chair:agent-of-convene"
    case chairNameVerb = "chair:name-verb"
    case titleName = "person:title-name"
    case groupTitleList = "person:group-title-list"
    case titleNameList = "person:title-name-list"
    case nameRoleVerb = "person:name-role-verb"
    case bareListBeforeRole = "person:bare-list-before-role"
    case nameTitle = "person:name-title"
    case bareListAfterYou = "person:bare-list-after-you"
    case titleUnknownSurname = "person:title-unknown-surname"
    case knownName = "person:known-name"
    case model = "person:model"
    case watchedVideoConference = "conveys:watched-video-conference"
    case studyListItem = "conveys:study-list-item"
    case spiritInName = "conveys:spirit-in-name"
    case kindInDocument = "conveys:kind-in-document"
    case verbReference = "conveys:verb-reference"

    /// The rule named by the longest prefix of `rule`.
    static func named(_ rule: String) -> ReadableRule? {
        allCases.filter { rule.hasPrefix($0.rawValue) }.max { $0.rawValue.count < $1.rawValue.count }
    }
}

/// One language's table. Every function is an exhaustive `switch`, so a key missing
/// from a table does not compile.
protocol StringTable {
    static func phrase(_ phrase: Phrase) -> String
    static func relation(_ relation: Relation) -> String
    static func kind(_ kind: EventKind) -> String
    static func level(_ level: EventLevel?) -> String
    static func timeOfDay(_ time: TimeOfDay) -> String
    static func measureCategory(_ category: MeasureCategory) -> String
    static func reviewCategory(_ category: ReviewItem.Category) -> String
    static func ruleFamily(_ family: RuleFamily) -> String
    static func rule(_ rule: ReadableRule) -> String
    /// A month's name (1…12): `3月` / `March`.
    static func monthName(_ month: Int) -> String
    /// A day of a month, short: `3月4日` / `4 Mar`.
    static func dayOfMonth(month: Int, day: Int) -> String
}
