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
        /// Older events the documents mention in passing, listed on one slide.
        case mentioned([NodeID])
        case timeline([CalendarDate])
        /// A measure's events, on as many slides as keep 14 pt type (the dates of
        /// each; one slide: all dates).
        case measure(NodeID, part: [CalendarDate] = [])
        case person(NodeID, part: [CalendarDate] = [])
        case sources
    }

    /// The events a deck draws (those the documents report as their own, within the
    /// options' range) and the older ones they only mention.
    func scope(_ graph: Graph, options: DeckOptions) -> (drawn: Graph, mentioned: [Node]) {
        let scoped = graph.restricted(from: options.from, to: options.to, levels: options.levels)
        let mentioned = ReportedEvents(graph: scoped).mentionedInPassing
        return (scoped.removing(Set(mentioned.map(\.id))), mentioned)
    }

    /// The slides a deck of `graph` will have.
    public func plan(_ graph: Graph, options: DeckOptions) throws(DeckError) -> [PlannedSlide] {
        guard graph.nodes.values.contains(where: { [.event, .measure, .person].contains($0.type) }) else { throw .emptyGraph }
        let (scoped, mentioned) = scope(graph, options: options)
        let selection = TimelineSelection(graph: scoped)
        guard !selection.events.isEmpty else { throw .noEvents(from: options.from, to: options.to, levels: options.levels) }
        let layout = timelineLayout(options)
        let pages = TimelinePages(layout: layout, selection: selection).pages(options.period)
        guard pages.count <= Self.maximumTimelineSlides else { throw .tooManySlides(pages.count, limit: Self.maximumTimelineSlides) }
        var slides: [PlannedSlide] = [.title]
        if !mentioned.isEmpty { slides.append(.mentioned(mentioned.map(\.id))) }
        slides += pages.map { .timeline($0) }
        // Measure and person slides are timelines: only dated events can be on them.
        let dated = Set(selection.events.map(\.node.id))
        for id in try chosenMeasures(scoped, dated: dated, options: options) {
            let parts = TimelinePages(layout: layout, selection: selection.restricted(toEvents: measureBadges(id, in: scoped))).readableParts()
            slides += parts.map { .measure(id, part: parts.count > 1 ? $0 : []) }
        }
        for id in try chosenPersons(scoped, dated: dated, options: options) {
            let parts = TimelinePages(layout: layout, selection: personSelection(id, of: scoped, selection: selection)).readableParts()
            slides += parts.map { .person(id, part: parts.count > 1 ? $0 : []) }
        }
        slides.append(.sources)
        return slides
    }

    func timelineLayout(_ options: DeckOptions) -> SlideTimelineLayout {
        var layout = SlideTimelineLayout(slide: options.slide, reservesTitle: true)
        // A deck keeps 14 pt and splits a slide rather than set smaller type.
        layout.smallestWholeNameFontSize = nil
        return layout
    }

    /// 提出 / 首见 / 重申 for each event that states the measure.
    func measureBadges(_ id: NodeID, in graph: Graph) -> [NodeID: String] {
        var badges: [NodeID: String] = [:]
        for edge in graph.edges where edge.target == id {
            if edge.relation == .sets { badges[edge.source] = "提出" } else if edge.relation == .firstSeen { badges[edge.source] = "首见" }
            if edge.relation == .reiterates, badges[edge.source] == nil { badges[edge.source] = "重申" }
        }
        return badges
    }

    /// 主持 / 讲话 / 出席 for each event of the person.
    func personBadges(_ id: NodeID, in graph: Graph) -> [NodeID: String] {
        var badges: [NodeID: String] = [:]
        for edge in graph.edges where edge.source == id {
            switch edge.relation {
            case .chairs: badges[edge.target] = "主持"
            case .speaksAt where badges[edge.target] == nil: badges[edge.target] = "讲话"
            case .attends where badges[edge.target] == nil: badges[edge.target] = "出席"
            default: break
            }
        }
        return badges
    }

    /// The whole deck, pictures drawn.
    public func build(_ graph: Graph, options: DeckOptions) throws(DeckError) -> Presentation {
        let plan = try plan(graph, options: options)
        let (scoped, mentioned) = scope(graph, options: options)
        let selection = TimelineSelection(graph: scoped)
        let notes = EvidenceNotes(graph: scoped)
        let deckTitle = options.title ?? "会议与措施简报"
        var presentation = Presentation(widthInches: options.slide.width, heightInches: options.slide.height,
                                        font: renderer.style.fontFamily, title: deckTitle)
        let timelinePages = plan.filter { if case .timeline = $0 { true } else { false } }.count
        var timelineIndex = 0
        func partNumber(_ planned: PlannedSlide) -> String {
            let same = plan.filter { other in
                switch (planned, other) {
                case let (.measure(a, _), .measure(b, _)), let (.person(a, _), .person(b, _)): a == b
                default: false
                }
            }
            guard same.count > 1, let index = same.firstIndex(of: planned) else { return "" }
            return "（\(index + 1)/\(same.count)）"
        }
        for planned in plan {
            switch planned {
            case .title:
                presentation.slides.append(titleSlide(deckTitle, graph: scoped, selection: selection, mentioned: mentioned, plan: plan))
            case .mentioned:
                presentation.slides.append(mentionedSlide(mentioned, graph: scoped, notes: notes))
            case .timeline:
                timelineIndex += 1
                let page = self.page(planned, of: scoped, selection: selection)!
                let laidOut: SlideTimeline
                do { laidOut = try timelineLayout(options).layout(page) } catch { throw .render(error) }
                var title = CalendarDate.chineseRange(laidOut.firstDate, laidOut.lastDate) + " 会议与传达"
                if timelinePages > 1 { title += "（\(timelineIndex)/\(timelinePages)）" }
                let picture = try draw(laidOut)
                presentation.slides.append(Presentation.Slide(
                    title: title, picture: picture,
                    pictureDescription: "时间线：\(page.events.count) 项会议或活动，\(page.conveys.count) 条传达关系",
                    notes: notes.timeline(page)))
            case .measure(let id, _):
                let measure = scoped[id]!
                let page = self.page(planned, of: scoped, selection: selection)!
                let shown = Set(page.events.compactMap(\.badge))
                let first = shown.contains("提出") ? "提出与" : shown.contains("首见") ? "首见与" : ""
                presentation.slides.append(Presentation.Slide(
                    title: "“\(measure.label)”的\(first)重申" + partNumber(planned), picture: try drawTimeline(page, options: options),
                    pictureDescription: "措施“\(measure.label)”：提出或最早见到它的会议和重申它的会议", notes: notes.measure(id)))
            case .person(let id, _):
                let person = scoped[id]!
                let page = self.page(planned, of: scoped, selection: selection)!
                // The title in force at the latest meeting the slide shows.
                let title = person.title(atEventOn: page.events.compactMap(\.node.date).max())
                presentation.slides.append(Presentation.Slide(
                    title: person.label + (title.map { "（\($0)）" } ?? "") + "：主持与出席的会议" + partNumber(planned),
                    picture: try drawTimeline(page, options: options),
                    pictureDescription: "\(person.label)主持、出席或讲话的会议", notes: notes.person(id)))
            case .sources:
                presentation.slides.append(sourcesSlide(scoped))
            }
        }
        return presentation
    }

    /// A person's meetings, each marked with their role (主持 / 出席 / 讲话); their own
    /// name is not repeated as the chair of the meetings they chaired.
    func personSelection(_ id: NodeID, of scoped: Graph, selection: TimelineSelection) -> TimelineSelection {
        let page = selection.restricted(toEvents: personBadges(id, in: scoped))
        return scoped[id].map { page.leavingOutChair($0.label) } ?? page
    }

    /// What a timeline, measure or person slide draws (nil for text slides).
    func page(_ planned: PlannedSlide, of scoped: Graph, selection: TimelineSelection) -> TimelineSelection? {
        switch planned {
        case .timeline(let dates): return selection.restricted(to: Set(dates))
        case let .measure(id, part):
            let page = selection.restricted(toEvents: measureBadges(id, in: scoped))
            return part.isEmpty ? page : page.restricted(to: Set(part))
        case let .person(id, part):
            let page = personSelection(id, of: scoped, selection: selection)
            return part.isEmpty ? page : page.restricted(to: Set(part))
        case .title, .mentioned, .sources: return nil
        }
    }

    /// Every picture slide of the deck laid out (for measuring: type sizes, fill,
    /// crossings), in slide order.
    func layouts(_ graph: Graph, options: DeckOptions) throws -> [SlideTimeline] {
        let plan = try plan(graph, options: options)
        let scoped = scope(graph, options: options).drawn
        let selection = TimelineSelection(graph: scoped)
        return try plan.compactMap { try page($0, of: scoped, selection: selection).map { try timelineLayout(options).layout($0) } }
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

    func titleSlide(_ title: String, graph: Graph, selection: TimelineSelection, mentioned: [Node], plan: [PlannedSlide]) -> Presentation.Slide {
        let first = selection.events.first!.date, last = selection.events.last!.date
        let measures = graph.nodes(ofType: .measure).count, persons = graph.nodes(ofType: .person).count
        let documents = Set(selection.events.flatMap { $0.node.evidence.map(\.document) }).count
        var levels: [String] = []
        for level in EventLevel.allCases {
            let count = selection.events.filter { $0.node.level == level }.count
            if count > 0 { levels.append("\(EventLevel.chineseName(level)) \(count)") }
        }
        var body = ["时间范围：" + CalendarDate.chineseRange(first, last),
                    "\(selection.events.count) 项会议或活动（\(levels.joined(separator: "、"))）· \(selection.conveys.count) 条传达关系",
                    "\(measures) 项措施 · \(persons) 人"]
        if let oldest = mentioned.first?.date {
            body.append("另有 \(mentioned.count) 项更早的会议或活动（\(oldest.chinese)起）在文件中被提及，列于第 2 页")
        }
        var contents: [String] = []
        let timelines = plan.filter { if case .timeline = $0 { true } else { false } }.count
        contents.append("时间线 \(timelines) 页")
        // A measure or person split over two slides is named once.
        func once(_ names: [String]) -> [String] {
            var seen = Set<String>()
            return names.filter { seen.insert($0).inserted }
        }
        let measureNames = once(plan.compactMap { if case let .measure(id, _) = $0 { graph[id]?.label } else { nil } })
        if !measureNames.isEmpty { contents.append("措施 " + measureNames.map { "“\($0)”" }.joined(separator: "")) }
        let personNames = once(plan.compactMap { if case let .person(id, _) = $0 { graph[id]?.label } else { nil } })
        body.append("内容：" + contents.joined(separator: "；"))
        // People on a line of their own: appended to the contents, the line wrapped inside
        // a name (`习近|平`).
        if !personNames.isEmpty { body.append("人物：" + personNames.joined(separator: "、")) }
        body.append("依据 \(documents) 份文件，每项事实均注明原文出处（见各页备注）")
        return Presentation.Slide(
            title: title, body: body,
            notes: ["本简报由 Chronicle 根据原始文件自动生成：每张幻灯片的备注列出其所示事实的原文句子与出处。"])
    }

    /// `text` cut to fit one line of `width` full-width characters, with `…` when cut: a
    /// digit or Latin letter takes about half a character's width, and the slide's text
    /// puts a little space where such a run meets Han characters (`2019 年 5 月`), so a
    /// quote of Han characters is cut sooner than one full of dates.
    static func clipped(_ text: String, width: Double) -> String {
        func narrow(_ c: Character) -> Bool { c.unicodeScalars.allSatisfy { $0.value < 0x2000 } }
        func widths(_ s: String) -> [Double] {
            var result: [Double] = []
            var previous: Bool?
            for c in s {
                let n = narrow(c)
                result.append((n ? 0.55 : 1) + (previous.map { $0 != n } ?? false ? 0.25 : 0))
                previous = n
            }
            return result
        }
        let each = widths(text)
        guard each.reduce(0, +) > width else { return text }
        var used = 1.0  // the ellipsis
        var kept = ""
        for (c, w) in zip(text, each) {
            guard used + w <= width else { break }
            used += w
            kept.append(c)
        }
        return kept + "…"
    }

    /// The older events the documents mention in passing: when, what, at which level.
    func mentionedSlide(_ events: [Node], graph: Graph, notes: EvidenceNotes) -> Presentation.Slide {
        let limit = 9
        // Few events: each with the words that mention it.
        let quoted = events.count <= 4
        var body: [String] = []
        for event in events.prefix(events.count > limit ? limit - 1 : limit) {
            body.append(event.date!.chinese + "　" + event.label + (event.level.map { "（\(EventLevel.chineseName($0))）" } ?? ""))
            if quoted, let sentence = event.evidence.first?.text.trimmingCharacters(in: .whitespacesAndNewlines) {
                body.append("　　“" + Self.clipped(sentence, width: 34) + "”")
            }
        }
        if events.count > limit { body.append("……共 \(events.count) 项（全部见备注）") }
        var lines: [String] = []
        for event in events {
            lines.append("● \(notes.when(event))　\(event.label)")
            if let quote = notes.quote(event.evidence) { lines.append(quote) }
        }
        return Presentation.Slide(title: "文件提及的更早会议与活动", body: body, notes: lines)
    }

    func sourcesSlide(_ graph: Graph) -> Presentation.Slide {
        let documents = graph.documents.sorted { ($0.date?.iso ?? "", $0.path) < ($1.date?.iso ?? "", $1.path) }
        struct Facts { var events: Set<NodeID> = [], persons: Set<NodeID> = [], measures: Set<NodeID> = [], sentences: Set<String> = [], dates: [CalendarDate] = [] }
        var facts: [DocumentID: Facts] = [:]
        for node in graph.nodes.values {
            for evidence in node.evidence {
                switch node.type {
                case .event:
                    if facts[evidence.document, default: Facts()].events.insert(node.id).inserted, let date = node.date {
                        facts[evidence.document, default: Facts()].dates.append(date)
                    }
                case .person: facts[evidence.document, default: Facts()].persons.insert(node.id)
                case .measure: facts[evidence.document, default: Facts()].measures.insert(node.id)
                default: break
                }
                facts[evidence.document, default: Facts()].sentences.insert(evidence.text)
            }
        }
        // Few documents: each with what it covers (the span of its dated events, its people
        // and measures); many: a line each.
        let lines = documents.flatMap { document -> [String] in
            let f = facts[document.id] ?? Facts()
            var lines = [(document.date.map { $0.chinese + "　" } ?? "") + (document.path as NSString).lastPathComponent,
                         "　　\(f.events.count) 项会议或活动，引用原文 \(f.sentences.count) 句"]
            if documents.count <= 2 {
                if let first = f.dates.min(), let last = f.dates.max() {
                    lines.append("　　所述会议与活动：" + (first == last ? first.chinese : first.chinese + "至" + last.chinese))
                }
                lines.append("　　涉及人物 \(f.persons.count) 人，措施与提法 \(f.measures.count) 项")
            }
            return lines
        }
        var body = Array(lines.prefix(documents.count > 4 ? 6 : 8))
        if documents.count > 4 { body.append("……共 \(documents.count) 份（全部见备注）") }
        if body.isEmpty { body = ["（无）"] }
        body.append("每页备注列出该页每项事实所依据的原文句子与文件名，可据此核对。")
        body.append("事实由 Chronicle 从上列文件中自动抽取，未经人工核对的请以原文为准。")
        return Presentation.Slide(title: "资料来源", body: body, notes: documents.map { $0.path })
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
