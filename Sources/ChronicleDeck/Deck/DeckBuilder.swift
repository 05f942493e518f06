import ChronicleCore
import ChronicleRender
import Foundation

/// Makes a briefing deck from a graph: a title slide; the timeline over as many slides
/// as it needs to stay readable; the lineage of the measures stated most often; the
/// relations of the leading people; the sources. Every picture is drawn at the exact
/// slide size with a band left free for the slide's editable title, and every slide's
/// speaker notes hold the evidence sentences of what it shows.
public struct DeckBuilder: Sendable {
    public var renderer: Renderer
    /// The most timeline slides a deck gets before it asks for a narrower range.
    public static let maximumTimelineSlides = 120

    public init(renderer: Renderer) {
        self.renderer = renderer
    }

    /// One slide of the plan, before anything is drawn.
    public enum PlannedSlide: Sendable, Equatable {
        case title
        case timeline([CalendarDate])
        case measure(NodeID)
        case person(NodeID)
        case sources
    }

    /// The slides a deck of `graph` will have.
    public func plan(_ graph: Graph, options: DeckOptions) throws(DeckError) -> [PlannedSlide] {
        guard graph.nodes.values.contains(where: { [.event, .measure, .person].contains($0.type) }) else { throw .emptyGraph }
        let scoped = graph.restricted(from: options.from, to: options.to, levels: options.levels)
        let selection = TimelineSelection(graph: scoped)
        guard !selection.events.isEmpty else { throw .noEvents(from: options.from, to: options.to, levels: options.levels) }
        let pages = TimelinePages(layout: timelineLayout(options), selection: selection).pages(options.period)
        guard pages.count <= Self.maximumTimelineSlides else { throw .tooManySlides(pages.count, limit: Self.maximumTimelineSlides) }
        var slides: [PlannedSlide] = [.title]
        slides += pages.map { .timeline($0) }
        // Measure and person slides are timelines: only dated events can be on them.
        let dated = Set(selection.events.map(\.node.id))
        slides += try chosenMeasures(scoped, dated: dated, options: options).map { .measure($0) }
        slides += try chosenPersons(scoped, dated: dated, options: options).map { .person($0) }
        slides.append(.sources)
        return slides
    }

    func timelineLayout(_ options: DeckOptions) -> SlideTimelineLayout {
        SlideTimelineLayout(slide: options.slide, reservesTitle: true)
    }

    /// The whole deck, pictures drawn.
    public func build(_ graph: Graph, options: DeckOptions) throws(DeckError) -> Presentation {
        let plan = try plan(graph, options: options)
        let scoped = graph.restricted(from: options.from, to: options.to, levels: options.levels)
        let selection = TimelineSelection(graph: scoped)
        let notes = EvidenceNotes(graph: scoped)
        let deckTitle = options.title ?? "会议与措施简报"
        var presentation = Presentation(widthInches: options.slide.width, heightInches: options.slide.height,
                                        font: renderer.style.fontFamily, title: deckTitle)
        let timelinePages = plan.filter { if case .timeline = $0 { true } else { false } }.count
        var timelineIndex = 0
        for planned in plan {
            switch planned {
            case .title:
                presentation.slides.append(titleSlide(deckTitle, graph: scoped, selection: selection))
            case .timeline(let dates):
                timelineIndex += 1
                let page = selection.restricted(to: Set(dates))
                let laidOut: SlideTimeline
                do { laidOut = try timelineLayout(options).layout(page) } catch { throw .render(error) }
                var title = CalendarDate.chineseRange(laidOut.firstDate, laidOut.lastDate) + " 会议与传达"
                if timelinePages > 1 { title += "（\(timelineIndex)/\(timelinePages)）" }
                let picture = try draw(laidOut)
                presentation.slides.append(Presentation.Slide(
                    title: title, picture: picture,
                    pictureDescription: "时间线：\(page.events.count) 项会议或活动，\(page.conveys.count) 条传达关系",
                    notes: notes.timeline(page)))
            case .measure(let id):
                let measure = scoped[id]!
                var badges: [NodeID: String] = [:]
                for edge in scoped.edges where edge.target == id {
                    if edge.relation == .sets { badges[edge.source] = "提出" } else if edge.relation == .firstSeen { badges[edge.source] = "首见" }
                    if edge.relation == .reiterates, badges[edge.source] == nil { badges[edge.source] = "重申" }
                }
                let page = selection.restricted(toEvents: badges)
                let first = badges.values.contains("提出") ? "提出" : "首见"
                presentation.slides.append(Presentation.Slide(
                    title: "“\(measure.label)”的\(first)与重申", picture: try drawTimeline(page, options: options),
                    pictureDescription: "措施“\(measure.label)”：\(first == "提出" ? "提出它的会议" : "最早见到它的会议")和重申它的会议", notes: notes.measure(id)))
            case .person(let id):
                let person = scoped[id]!
                var badges: [NodeID: String] = [:]
                for edge in scoped.edges where edge.source == id {
                    switch edge.relation {
                    case .chairs: badges[edge.target] = "主持"
                    case .speaksAt where badges[edge.target] == nil: badges[edge.target] = "讲话"
                    case .attends where badges[edge.target] == nil: badges[edge.target] = "出席"
                    default: break
                    }
                }
                let page = selection.restricted(toEvents: badges)
                // The title in force at the latest meeting the slide shows.
                let title = person.title(atEventOn: page.events.compactMap(\.node.date).max())
                presentation.slides.append(Presentation.Slide(
                    title: person.label + (title.map { "（\($0)）" } ?? "") + "：主持与出席的会议",
                    picture: try drawTimeline(page, options: options),
                    pictureDescription: "\(person.label)主持、出席或讲话的会议", notes: notes.person(id)))
            case .sources:
                presentation.slides.append(sourcesSlide(scoped))
            }
        }
        return presentation
    }

    func drawTimeline(_ page: TimelineSelection, options: DeckOptions) throws(DeckError) -> Data {
        let laidOut: SlideTimeline
        do { laidOut = try timelineLayout(options).layout(page) } catch { throw .render(error) }
        return try draw(laidOut)
    }

    /// The slide-sized PNG of a laid-out timeline.
    func draw(_ laidOut: SlideTimeline) throws(DeckError) -> Data {
        let slide = Slide(width: laidOut.width / 72, height: laidOut.height / 72, dpi: 300)
        do {
            return try Graphviz.render(dot: DOTWriter.string(SlideTimelineDOT.document(laidOut, style: renderer.style)),
                                       format: .png, engine: SlideTimelineDOT.engine, slide: slide)
        } catch {
            throw .render(error)
        }
    }

    func titleSlide(_ title: String, graph: Graph, selection: TimelineSelection) -> Presentation.Slide {
        let first = selection.events.first!.date, last = selection.events.last!.date
        let measures = graph.nodes(ofType: .measure).count, persons = graph.nodes(ofType: .person).count
        let documents = Set(selection.events.flatMap { $0.node.evidence.map(\.document) }).count
        return Presentation.Slide(
            title: title,
            body: ["时间范围：" + CalendarDate.chineseRange(first, last),
                   "\(selection.events.count) 项会议或活动 · \(measures) 项措施 · \(persons) 人",
                   "依据 \(documents) 份文件，每项事实均注明原文出处（见备注）"],
            notes: ["本简报由 Chronicle 根据原始文件自动生成：每张幻灯片的备注列出其所示事实的原文句子与出处。"])
    }

    func sourcesSlide(_ graph: Graph) -> Presentation.Slide {
        let documents = graph.documents.sorted { ($0.date?.iso ?? "", $0.path) < ($1.date?.iso ?? "", $1.path) }
        let lines = documents.map { document in
            (document.date.map { $0.chinese + "　" } ?? "") + (document.path as NSString).lastPathComponent
        }
        var body = Array(lines.prefix(10))
        if lines.count > 10 { body.append("……共 \(lines.count) 份（全部见备注）") }
        return Presentation.Slide(title: "资料来源", body: body.isEmpty ? ["（无）"] : body, notes: documents.map { $0.path })
    }

    /// Measures for lineage slides: those named, else the `count` stated by the most
    /// events among those that were both set and reiterated.
    func chosenMeasures(_ graph: Graph, dated: Set<NodeID>, options: DeckOptions) throws(DeckError) -> [NodeID] {
        var stating: [NodeID: (sets: Int, reiterates: Int)] = [:]
        for edge in graph.edges where (edge.relation == .sets || edge.relation == .firstSeen || edge.relation == .reiterates) && dated.contains(edge.source) {
            var counts = stating[edge.target] ?? (0, 0)
            if edge.relation == .reiterates { counts.reiterates += 1 } else { counts.sets += 1 }
            stating[edge.target] = counts
        }
        if !options.measures.isEmpty {
            return try options.measures.map { (name) throws(DeckError) -> NodeID in
                let id = graph.resolveFocus(NodeID(name), preferring: .measure)
                guard let node = graph[id], node.type == .measure else {
                    throw .unknownMeasure(name, suggestions: graph.nodes(ofType: .measure).prefix(8).map(\.label))
                }
                guard stating[id] != nil else { throw .measureNotStated(node.label) }
                return id
            }
        }
        return stating.filter { $0.value.sets > 0 && $0.value.reiterates > 0 }
            .sorted { a, b in
                (-(a.value.sets + a.value.reiterates), graph[a.key]?.label ?? "", a.key.rawValue)
                    < (-(b.value.sets + b.value.reiterates), graph[b.key]?.label ?? "", b.key.rawValue)
            }
            .prefix(max(0, options.measureCount)).map(\.key)
    }

    /// People for relation slides: those named, else the `count` at the most events
    /// (chairing counted before attending).
    func chosenPersons(_ graph: Graph, dated: Set<NodeID>, options: DeckOptions) throws(DeckError) -> [NodeID] {
        if !options.persons.isEmpty {
            return try options.persons.map { (name) throws(DeckError) -> NodeID in
                let id = graph.resolveFocus(NodeID(name), preferring: .person)
                guard let node = graph[id], node.type == .person else {
                    throw .unknownPerson(name, suggestions: graph.nodes(ofType: .person).prefix(8).map(\.label))
                }
                guard graph.edges.contains(where: { $0.source == id && [.chairs, .attends, .speaksAt].contains($0.relation) && dated.contains($0.target) }) else {
                    throw .personWithoutEvents(node.label)
                }
                return id
            }
        }
        var score: [NodeID: (chairs: Int, events: Set<NodeID>)] = [:]
        for edge in graph.edges where [.chairs, .attends, .speaksAt].contains(edge.relation) && graph[edge.source]?.type == .person && dated.contains(edge.target) {
            var entry = score[edge.source] ?? (0, [])
            if edge.relation == .chairs { entry.chairs += 1 }
            entry.events.insert(edge.target)
            score[edge.source] = entry
        }
        return score.sorted { a, b in
            (-a.value.chairs, -a.value.events.count, a.key.rawValue) < (-b.value.chairs, -b.value.events.count, b.key.rawValue)
        }
        .prefix(max(0, options.personCount)).map(\.key)
    }
}

extension Graph {
    /// The graph with only the events dated within `from`…`to` at `levels` (all when
    /// empty); undated events are dropped when a range is given, and edges to dropped
    /// events with them. Other nodes stay.
    public func restricted(from: CalendarDate?, to: CalendarDate?, levels: Set<EventLevel>) -> Graph {
        guard from != nil || to != nil || !levels.isEmpty else { return self }
        let kept = nodes.values.filter { node in
            guard node.type == .event else { return true }
            if from != nil || to != nil {
                guard let date = node.date else { return false }
                if let from, date < from { return false }
                if let to, date > to { return false }
            }
            if !levels.isEmpty, !(node.level.map(levels.contains) ?? false) { return false }
            return true
        }
        let ids = Set(kept.map(\.id))
        return Graph(documents: documents, nodes: kept, edges: edges.filter { ids.contains($0.source) && ids.contains($0.target) }, properties: properties)
    }
}
