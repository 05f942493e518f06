import ChronicleCore

extension Renderer {
    /// A timeline range on as many slides as keep it readable: one slide when every
    /// event fits at ``SlideTimelineLayout/minimumFontSize`` (14 pt) with its name
    /// whole, else the range split as a deck splits it (whole Monday-to-Sunday weeks
    /// together while they fit, a crowded week halved), each slide titled with its
    /// dates and its place in the series (`疫情防控会议与传达 2020年1月27日—2月2日（2/3）`).
    /// Type never goes below 14 pt: a single date with more events than a slide holds
    /// is split too, its events in order (the conveys between two of its slides are
    /// then not drawn); only a single name too long for a slide is cut
    /// (``SlideTimeline/cutNames``).
    public func slideTimelines(_ graph: Graph, slide: Slide, title: String? = nil,
                               from: CalendarDate? = nil, to: CalendarDate? = nil, showMeasures: Bool = false,
                               levels: Set<EventLevel> = [], maximumSlides: Int = 120) throws(RenderError) -> [SlideTimeline] {
        let selection = TimelineSelection(graph: graph, from: from, to: to, levels: levels)
        guard !selection.events.isEmpty else {
            throw .nothingToDraw(from == nil && to == nil ? "the graph has no dated events" : "no dated events between \(from?.iso ?? "the start") and \(to?.iso ?? "the end")")
        }
        var layout = SlideTimelineLayout(slide: slide, title: title, showMeasures: showMeasures)
        layout.smallestWholeNameFontSize = nil
        if layout.fitsWhole(selection) { return [try layout.layout(selection)] }
        // The title's band is kept whatever the title, so every page has the same
        // room: a page's fit is judged with the band in place.
        layout.reservesTitle = true
        var pages: [TimelineSelection] = []
        for dates in TimelinePages(layout: layout, selection: selection).pages(.auto) {
            let page = selection.restricted(to: Set(dates))
            pages += dates.count == 1 ? Self.split(page, layout: layout) : [page]
            guard pages.count <= maximumSlides else { break }
        }
        guard pages.count <= maximumSlides else { throw .tooManySlides(pages.count, limit: maximumSlides) }
        var slides: [SlideTimeline] = []
        for (index, page) in pages.enumerated() {
            var pageLayout = layout
            let range = CalendarDate.chineseRange(page.dates.first!, page.dates.last!)
            pageLayout.title = [title, range].compactMap { $0 }.joined(separator: " ") + "（\(index + 1)/\(pages.count)）"
            slides.append(try pageLayout.layout(page))
        }
        return slides
    }

    /// The events of one date in as few parts (in order) as each fit whole at 14 pt.
    static func split(_ page: TimelineSelection, layout: SlideTimelineLayout) -> [TimelineSelection] {
        if page.events.count <= 1 || layout.fitsWhole(page) { return [page] }
        let ids = page.events.map(\.node.id)
        let middle = ids.count / 2
        return split(page.restricted(toIDs: Set(ids[..<middle])), layout: layout)
            + split(page.restricted(toIDs: Set(ids[middle...])), layout: layout)
    }
}
