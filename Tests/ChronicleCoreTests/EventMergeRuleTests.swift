import Testing
@testable import ChronicleCore
import ChronicleTestSupport

/// What keeps two events of one day apart when merging, from the merges a reader marked
/// wrong in a year of news (`Benchmarks/audits/summary-2024-seed14-events.md`, class 1):
/// other guests, other hosts, other holders, other half-days, a trip after a tour, a
/// meeting held at a forum. Each case is a set of news items (a title line, a dateline,
/// the text) written for these tests in the genre's style — invented people, bodies and
/// places, none copied from the corpus — with the events it must give: pairs that must
/// stay apart, and reports of one event that must still become one.
@Suite struct EventMergeRuleTests {
    static func document(_ text: String, _ n: Int) -> TextDocument {
        TextDocument(path: "item-\(n).txt", text: "测试条目\(n)\n2025年6月18日\n\(text)\n")
    }

    static func graph(_ items: [String]) -> Graph {
        Extractor().extract(items.enumerated().map { document($0.element, $0.offset) }).graph
    }

    /// Each event as its date and the number of items whose sentences it holds.
    static func events(_ graph: Graph) -> [String] {
        graph.nodes(ofType: .event).map { "\($0.date!.iso) ×\(Set($0.evidence.map(\.document)).count)" }.sorted()
    }

    static let cases: [(name: String, items: [String], events: [String])] = [
        // Apart: one host, two guests, two items of one day.
        ("one host, two guests",
         ["国务院总理陈立国18日在京会见来华访问的甲国总统阿尔多。", "国务院总理陈立国18日在京会见来华访问的乙国总理贝纳。"],
         ["2025-06-18 ×1", "2025-06-18 ×1"]),
        // Apart: two hosts, one guest.
        ("two hosts, one guest",
         ["国家主席陈立国18日在北京会见乙国总理贝纳。", "国家副主席周明远18日在北京会见乙国总理贝纳。"],
         ["2025-06-18 ×1", "2025-06-18 ×1"]),
        // One: the same meeting, host and guest, reported by two items.
        ("one meeting, two items",
         ["国务院总理陈立国18日在京会见来华访问的甲国总统阿尔多。", "国务院总理陈立国18日上午在人民大会堂会见甲国总统阿尔多，双方就合作交换意见。"],
         ["2025-06-18 ×2"]),
        // Apart: each item of a day reports its own press conference of one holder.
        ("one holder's press conferences",
         ["国务院新闻办公室今天举行新闻发布会，农业部门有关负责人介绍了夏粮收购情况。", "国务院新闻办公室今天举行新闻发布会，交通部门有关负责人介绍了暑运安排。"],
         ["2025-06-18 ×1", "2025-06-18 ×1"]),
        // Apart: two holders' press conferences.
        ("two holders' press conferences",
         ["国务院新闻办公室今天举行新闻发布会，有关负责人介绍了情况。", "某电视台晚会剧组今天举行新闻发布会，介绍节目筹备情况。"],
         ["2025-06-18 ×1", "2025-06-18 ×1"]),
        // Apart, in one item: two holders' ceremonies of one kind.
        ("two holders' ceremonies in one item",
         ["今天，甲特区政府举行升旗仪式，庆祝节日。\n乙特区政府今天在海滨广场举行升旗仪式。"],
         ["2025-06-18 ×1", "2025-06-18 ×1"]),
        // Apart: one host's ceremonies of the morning and of the afternoon.
        ("a morning and an afternoon ceremony",
         ["国务院总理陈立国18日上午在人民大会堂举行仪式，欢迎甲国总统阿尔多对我国进行正式访问。",
          "国务院总理陈立国18日下午在人民大会堂举行仪式，欢迎乙国总理贝纳对我国进行正式访问。"],
         ["2025-06-18 ×1", "2025-06-18 ×1"]),
        // Apart: a trip of 2–3 June is not a visit of a tour of 1–2 June.
        ("two trips",
         ["国务院总理陈立国6月1日至2日在东江省南城检查指导防汛工作。", "国务院总理陈立国6月2日至3日在西川省北城调研。"],
         ["2025-06-01 ×1", "2025-06-02 ×1"]),
        // Apart: a meeting held at a summit is not the summit; the summit's own report and
        // the item of the meeting name one summit.
        ("a meeting at a summit",
         ["当地时间6月17日上午，国家主席陈立国在南港出席第九届海洋国家峰会。",
          "当地时间6月17日下午，国家主席陈立国在南港出席第九届海洋国家峰会期间会见甲国总统阿尔多。"],
         ["2025-06-17 ×1", "2025-06-17 ×2"]),
        // One: a named meeting reported by two items.
        ("one named meeting, two items",
         ["全国海洋生态保护工作会议18日在京召开。", "国务院副总理周明远18日出席全国海洋生态保护工作会议并讲话。"],
         ["2025-06-18 ×2"]),
    ]

    @Test(arguments: cases.indices)
    func eventsOfOneDayMergeOnlyWhenNothingTellsThemApart(_ k: Int) {
        let (name, items, expected) = Self.cases[k]
        #expect(Self.events(Self.graph(items)) == expected, "\(name)")
    }

    /// The guest of a meeting held at a summit attends the meeting, not the summit.
    @Test func theGuestOfAMeetingAtASummitAttendsTheMeeting() {
        let graph = Self.graph(["当地时间6月17日下午，国家主席陈立国在南港出席第九届海洋国家峰会期间会见甲国总统阿尔多。双方就合作交换意见。王立平等参加会见。"])
        let meeting = graph.nodes(ofType: .event).first { $0.label.contains("会见") }
        #expect(meeting != nil)
        let attending = Set(graph.edges(.attends).filter { $0.target == meeting?.id }.map(\.source.rawValue))
        #expect(attending.contains("p-阿尔多"))
        #expect(attending.contains("p-王立平"))
    }

    /// An event of 18 June with one name, so that only what is said besides the name decides.
    static func draft(rule: RuleName = .eventTalksWithCounterpart, agent: String? = "陈立国", guests: [String] = [], time: TimeOfDay? = nil,
                      generic: Bool = false, holder: String? = nil, date: String = "2025-06-18", end: String? = nil, kind: EventKind = .meeting,
                      label: String = "陈立国在京会见来华出席海洋国家峰会", verb: String = "会见") -> EventDraft {
        EventDraft(id: NodeID("e-" + label), label: label, kind: kind, level: nil, date: CalendarDate(iso: date)!, endDate: end.flatMap(CalendarDate.init(iso:)),
                   timeOfDay: time, dateInferred: false, aliases: [], organizer: nil, place: nil, agent: agent, evidence: [], rule: rule.rawValue,
                   prepared: [EventNames.Prepared(label)], scalarNames: [U.s(label)], guests: guests, generic: generic, holder: holder,
                   verb: rule == .eventTalksWithCounterpart ? verb : nil)
    }

    static let pairs: [(name: String, a: EventDraft, b: EventDraft, across: Bool, one: Bool)] = [
        ("one host, one guest", draft(guests: ["阿尔多"]), draft(guests: ["阿尔多"]), true, true),
        ("one host, a guest named in full and by the last part", draft(guests: ["马克·阿尔多"]), draft(guests: ["阿尔多"]), true, true),
        ("one host, two guests", draft(guests: ["阿尔多"]), draft(guests: ["贝纳"]), true, false),
        ("a guest one report does not name", draft(guests: ["阿尔多"]), draft(), true, false),
        ("two hosts", draft(agent: "陈立国", guests: ["阿尔多"]), draft(agent: "周明远", guests: ["阿尔多"]), true, false),
        ("one host, one guest, two words of it", draft(guests: ["阿尔多"], label: "陈立国在京会见阿尔多"),
         draft(guests: ["阿尔多"], label: "陈立国上午在人民大会堂会见来华访问的甲国总统阿尔多"), true, true),
        ("talks and the press after them", draft(guests: ["阿尔多"], label: "陈立国同阿尔多举行会谈", verb: "会谈"),
         draft(guests: ["阿尔多"], label: "陈立国同阿尔多在总统府会谈后共同会见记者", verb: "会见"), true, false),
        ("talks reported from each side", draft(agent: "陈立国", guests: ["阿尔多"]), draft(agent: "阿尔多", guests: ["陈立国"]), true, true),
        ("morning and afternoon", draft(guests: ["阿尔多"], time: .morning), draft(guests: ["阿尔多"], time: .afternoon), true, false),
        ("a meeting and the forum", draft(), draft(rule: .eventAttendsNamedMeeting, label: "海洋国家峰会"), false, false),
        ("two holders of a generic name", draft(rule: .eventVerbMeetingName, agent: nil, generic: true, holder: "甲特区政府", label: "升旗仪式"),
         draft(rule: .eventVerbMeetingName, agent: nil, generic: true, holder: "乙特区政府", label: "升旗仪式"), false, false),
        ("one holder, written in full and shortened, in one item", draft(rule: .eventVerbMeetingName, agent: nil, generic: true, holder: "国务院新闻办公室", label: "新闻发布会"),
         draft(rule: .eventVerbMeetingName, agent: nil, generic: true, holder: "国新办", label: "新闻发布会"), false, true),
        ("a generic name in two items", draft(rule: .eventVerbMeetingName, agent: nil, generic: true, holder: "国务院新闻办公室", label: "新闻发布会"),
         draft(rule: .eventVerbMeetingName, agent: nil, generic: true, holder: "国务院新闻办公室", label: "新闻发布会"), true, false),
        ("a generic name in two items, one guest", draft(rule: .eventVerbMeetingName, agent: nil, guests: ["阿尔多"], generic: true, holder: "陈立国", label: "欢迎仪式"),
         draft(rule: .eventVerbMeetingName, agent: nil, guests: ["阿尔多"], generic: true, holder: "陈立国", label: "欢迎仪式"), true, true),
        ("a visit inside a tour", draft(rule: .eventInspectionAtPlace, guests: [], date: "2025-06-01", end: "2025-06-03", kind: .inspection, label: "陈立国在东江省考察"),
         draft(rule: .eventInspectionAtPlace, date: "2025-06-02", kind: .inspection, label: "陈立国在南城考察"), true, true),
        ("a trip ending after a tour", draft(rule: .eventInspectionAtPlace, date: "2025-06-01", end: "2025-06-02", kind: .inspection, label: "陈立国在东江省考察"),
         draft(rule: .eventInspectionAtPlace, date: "2025-06-02", end: "2025-06-03", kind: .inspection, label: "陈立国在西川省调研"), true, false),
    ]

    @Test(arguments: pairs.indices)
    func whatIsSaidBesidesTheNameDecides(_ k: Int) {
        let (name, a, b, across, one) = Self.pairs[k]
        #expect(a.matches(b, acrossDocuments: across) == one, "\(name)")
    }

    @Test(arguments: [
        // One short part written differently: two events.
        ("甲特区政府升旗仪式", "乙特区政府升旗仪式", false),
        ("某某论坛峰会治国理政高级别会议", "某某论坛峰会和平安全高级别会议", false),
        ("中央经济工作会议", "中央农村工作会议", false),
        // One part the other shortened, or one name inside the other: one event.
        ("中国－东方国家合作论坛第三届部长级会议开幕式", "中东合作论坛第三届部长级会议开幕式", true),
        ("国务院新闻办公室新闻发布会", "国务院新闻办新闻发布会", true),
        ("2025年海洋经济博览会", "海洋经济博览会", true),
    ] as [(String, String, Bool)])
    func namesAlikeButForOnePart(_ a: String, _ b: String, one: Bool) {
        #expect(EventNames.mayNameOneEvent(.init(a), .init(b)) == one)
    }
}
