import ChronicleCore
import ChronicleRender

/// What goes into a briefing deck.
public struct DeckOptions: Sendable {
    /// How the timeline is split across slides.
    public typealias Period = TimelinePages.Period

    /// The title slide's title; also the document title.
    public var title: String?
    /// 16:9 or 4:3.
    public var slide: Slide
    public var from: CalendarDate?
    public var to: CalendarDate?
    public var levels: Set<EventLevel>
    public var period: Period
    /// How many measures get a lineage slide (those stated by the most events), when
    /// ``measures`` is empty.
    public var measureCount: Int
    /// Measures to give a lineage slide, by name or id.
    public var measures: [String]
    /// How many people get a slide (those at the most events), when ``persons`` is
    /// empty.
    public var personCount: Int
    /// People to give a slide, by name or id.
    public var persons: [String]

    public init(title: String? = nil, slide: Slide = Slide(aspect: "16:9")!, from: CalendarDate? = nil, to: CalendarDate? = nil,
                levels: Set<EventLevel> = [], period: Period = .auto, measureCount: Int = 3, measures: [String] = [],
                personCount: Int = 2, persons: [String] = []) {
        self.title = title
        self.slide = slide
        self.from = from
        self.to = to
        self.levels = levels
        self.period = period
        self.measureCount = measureCount
        self.measures = measures
        self.personCount = personCount
        self.persons = persons
    }
}

/// Why a deck could not be made. Nothing is written when one is thrown.
public enum DeckError: Error, CustomStringConvertible, Sendable {
    case emptyGraph
    case noEvents(from: CalendarDate?, to: CalendarDate?, levels: Set<EventLevel>)
    case unknownMeasure(String, suggestions: [String])
    case measureNotStated(String)
    case unknownPerson(String, suggestions: [String])
    case personWithoutEvents(String)
    case tooManySlides(Int, limit: Int)
    case render(RenderError)
    case package(String)

    public var description: String {
        switch self {
        case .emptyGraph:
            return "the graph has no events, measures or people to put on slides"
        case let .noEvents(from, to, levels):
            var range = "between \(from?.iso ?? "the start") and \(to?.iso ?? "the end")"
            if !levels.isEmpty { range += " at level " + levels.map(\.rawValue).sorted().joined(separator: ",") }
            return "no dated events \(range); widen --from/--to or --level"
        case let .unknownMeasure(name, suggestions):
            return "no measure named \"\(name)\"" + (suggestions.isEmpty ? "" : "; measures in the graph include: " + suggestions.joined(separator: "、"))
        case .measureNotStated(let name):
            return "no dated event in the range sets or reiterates \"\(name)\""
        case let .unknownPerson(name, suggestions):
            return "no person named \"\(name)\"" + (suggestions.isEmpty ? "" : "; people in the graph include: " + suggestions.joined(separator: "、"))
        case .personWithoutEvents(let name):
            return "\(name) chaired, attended or spoke at no dated event in the range"
        case let .tooManySlides(count, limit):
            return "the timeline would need \(count) slides (more than \(limit)); narrow it with --from/--to or --level"
        case .render(let error):
            return error.description
        case .package(let reason):
            return "cannot write the presentation: \(reason)"
        }
    }
}
