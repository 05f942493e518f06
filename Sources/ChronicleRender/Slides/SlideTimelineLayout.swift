import ChronicleCore

/// Lays a timeline out on one slide so that it reads from the back of the room:
///
/// - the drawing fills the slide inside its margins (columns share the width, lanes
///   share the height);
/// - event text is as large as fits, and never below ``minimumFontSize`` slide points
///   unless even one-line names cannot fit (then ``SlideTimeline/fontSize`` says so);
///   names are shortened before the type is made smaller;
/// - 传达 arrows are orthogonal and run only through the gutters between date columns
///   and the channels between lanes, so they never cross a box;
/// - the title band and the legend row are kept apart from the events.
public struct SlideTimelineLayout: Sendable {
    /// Slide size in points (16:9 = 960 × 540, 4:3 = 720 × 540).
    public var width: Double
    public var height: Double
    public var margin: Double = 18
    /// A title drawn in the picture.
    public var title: String?
    /// Keep the title band free even without a title (a deck puts an editable title
    /// there).
    public var reservesTitle: Bool
    public var minimumFontSize: Double = 14
    public var maximumFontSize: Double = 24
    /// Add the measures each event set to its box.
    public var showMeasures: Bool = false

    public init(slide: Slide, title: String? = nil, reservesTitle: Bool = false, showMeasures: Bool = false) {
        width = slide.width * 72
        height = slide.height * 72
        self.title = title
        self.reservesTitle = reservesTitle
        self.showMeasures = showMeasures
    }

    static let titleHeight = 44.0
    static let titleFontSize = 26.0
    static let legendHeight = 20.0
    static let legendFontSize = 12.0
    static let gapMarkerWidth = 34.0
    static let lineSpacing = 1.25

    /// Whether the selection fits on one slide at ``minimumFontSize`` with every name
    /// whole.
    public func fitsWhole(_ selection: TimelineSelection) -> Bool {
        guard !selection.events.isEmpty else { return true }
        let plan = Plan(layout: self, selection: selection)
        return plan.fit(shortening: 0, fontSizes: Array(stride(from: maximumFontSize, through: minimumFontSize, by: -0.5))) != nil
    }

    /// The laid-out slide.
    public func layout(_ selection: TimelineSelection) throws(RenderError) -> SlideTimeline {
        guard !selection.events.isEmpty else { throw .nothingToDraw("no dated events to draw on the slide") }
        let plan = Plan(layout: self, selection: selection)
        let sizes = Array(stride(from: maximumFontSize, through: minimumFontSize, by: -0.5))
        for level in 0...Plan.lastShortening {
            if let fit = plan.fit(shortening: level, fontSizes: sizes) { return plan.place(fit) }
        }
        // Even one-line names do not fit at the minimum size: smaller type, said in
        // the result (the deck splits such ranges instead).
        let smaller = Array(stride(from: minimumFontSize - 0.5, through: 6, by: -0.5))
        if let fit = plan.fit(shortening: Plan.lastShortening, fontSizes: smaller) { return plan.place(fit) }
        throw .doesNotFitSlide(events: selection.events.count, dates: selection.dates.count)
    }
}

/// The steps of a layout: what depends only on the selection (columns, lanes, which
/// gutters and channels each arrow uses) is worked out once; then font sizes are tried
/// from large to small; then everything is placed.
struct Plan {
    enum Side { case left, right }

    struct Topology {
        var source: Int
        var target: Int
        var sourceSide: Side
        var targetSide: Side
        /// Gutter index i lies left of column i (n = right of the last column).
        var firstGutter: Int
        var secondGutter: Int
        /// Channel g lies above band g (count = below the last band); nil when one
        /// gutter joins both ends.
        var channel: Int?
    }

    struct Fit {
        var fontSize: Double
        var shortening: Int
        var lines: [[String]]
        var shortened: [Bool]
        var heights: [Double]
        var columnWidth: Double
        var headerWidth: Double
        var bandNeeds: [Double]
        var axisHeight: Double
        var dateFontSize: Double
        var charactersPerLine: Int
        var padding: Double
    }

    static let lastShortening = 5

    let layout: SlideTimelineLayout
    let selection: TimelineSelection
    let dates: [CalendarDate]
    let column: [Int]  // by event
    let band: [Int]  // by event: index into usedLanes
    let usedLanes: [Int]
    let gapText: [String?]  // by column: the gap before it
    let topology: [Topology]
    let gutterTracks: [Int]
    let channelTracks: [Int]
    let inner: SlideRect
    let titleArea: SlideRect?
    let contentTop: Double
    let contentBottom: Double
    let showsYear: [Bool]  // by column

    init(layout: SlideTimelineLayout, selection: TimelineSelection) {
        self.layout = layout
        self.selection = selection
        dates = selection.dates
        let columnOf = Dictionary(uniqueKeysWithValues: dates.enumerated().map { ($1, $0) })
        column = selection.events.map { columnOf[$0.date]! }
        let laneOf = selection.events.map { event in TimelineView.lanes.firstIndex { $0 == event.node.level } ?? TimelineView.lanes.count - 1 }
        usedLanes = Array(Set(laneOf)).sorted()
        let bandOf = Dictionary(uniqueKeysWithValues: usedLanes.enumerated().map { ($1, $0) })
        band = laneOf.map { bandOf[$0]! }
        var gaps = [String?](repeating: nil, count: dates.count)
        var years = [Bool](repeating: false, count: dates.count)
        for index in dates.indices.dropFirst() {
            gaps[index] = TimelineView.gap(between: dates[index - 1], and: dates[index])
            years[index] = dates[index - 1].year != dates[index].year
        }
        gapText = gaps
        showsYear = years

        let index = Dictionary(uniqueKeysWithValues: selection.events.enumerated().map { ($1.node.id, $0) })
        var topology: [Topology] = []
        var gutterTracks = [Int](repeating: 0, count: dates.count + 1)
        var channelTracks = [Int](repeating: 0, count: usedLanes.count + 1)
        for convey in selection.conveys {
            guard let s = index[convey.source], let t = index[convey.target] else { continue }
            let cs = column[s], ct = column[t]
            var route: Topology
            if cs == ct {
                route = Topology(source: s, target: t, sourceSide: .left, targetSide: .left, firstGutter: cs, secondGutter: cs)
            } else if cs > ct {
                route = Topology(source: s, target: t, sourceSide: .left, targetSide: .right, firstGutter: cs, secondGutter: ct + 1)
            } else {
                route = Topology(source: s, target: t, sourceSide: .right, targetSide: .left, firstGutter: cs + 1, secondGutter: ct)
            }
            if route.firstGutter != route.secondGutter {
                let bs = band[s], bt = band[t]
                route.channel = bt < bs ? bt + 1 : bt
                channelTracks[route.channel!] += 1
                gutterTracks[route.secondGutter] += 1
            }
            gutterTracks[route.firstGutter] += 1
            topology.append(route)
        }
        self.topology = topology
        self.gutterTracks = gutterTracks
        self.channelTracks = channelTracks

        inner = SlideRect(x: layout.margin, y: layout.margin, width: layout.width - 2 * layout.margin, height: layout.height - 2 * layout.margin)
        titleArea = layout.title != nil || layout.reservesTitle
            ? SlideRect(x: inner.x, y: inner.y, width: inner.width, height: SlideTimelineLayout.titleHeight) : nil
        contentTop = (titleArea?.maxY ?? inner.y) + 4
        contentBottom = inner.maxY - SlideTimelineLayout.legendHeight - 4
    }

    func gutterWidth(_ gutter: Int) -> Double {
        let tracks = gutterTracks[gutter]
        return min(8 + 2 * Double(max(0, tracks - 1)), 14) + (gutter < dates.count && gapText[gutter] != nil ? SlideTimelineLayout.gapMarkerWidth : 0)
    }

    func channelHeight(_ channel: Int) -> Double {
        let tracks = channelTracks[channel]
        return tracks == 0 ? 5 : min(8 + 2.5 * Double(tracks - 1), 22)
    }

    /// The box text of each event at a type size and a shortening level: 0 whole
    /// names, 1 the usual short form (``LabelText/abbreviated(_:)``), 2–4 at most 3, 2 or 1 name lines, 5 also the chair
    /// on one line without 主持.
    func lines(for event: TimelineSelection.Event, charactersPerLine: Int, shortening: Int) -> (lines: [String], shortened: Bool) {
        var name = event.node.label
        var shortened = false
        if shortening >= 1 {
            let short = LabelText.abbreviated(name)
            if short != name {
                name = short
                shortened = true
            }
        }
        if let time = event.node.timeOfDay { name = time.chinese + " " + name }
        var nameLines = LabelText.wrap(name, ems: Double(charactersPerLine))
        let limit = [Int.max, Int.max, 3, 2, 1, 1][shortening]
        if nameLines.count > limit {
            nameLines = Array(nameLines.prefix(limit))
            nameLines[limit - 1] = String(nameLines[limit - 1].dropLast()) + "…"
            shortened = true
        }
        var result = nameLines
        if !event.chairs.isEmpty {
            let names = event.chairs.prefix(2).joined(separator: "、")
            // 主持 is said when it fits on the line; a narrow box shows the names alone.
            if TimelineView.width("主持：" + names, fontSize: 1) <= Double(charactersPerLine) {
                result.append("主持：" + names)
            } else if shortening >= 5 {
                result.append(LabelText.truncate(names, to: charactersPerLine))
            } else {
                result += Array(LabelText.wrap(names, ems: Double(charactersPerLine)).prefix(2))
            }
        }
        if let badge = event.badge { result.append("【\(badge)】") }
        if layout.showMeasures, !event.measuresSet.isEmpty, shortening < 4 {
            result += Array(LabelText.wrap("提出：" + event.measuresSet.prefix(4).map { "“\($0)”" }.joined(), ems: Double(charactersPerLine)).prefix(2))
        }
        return (result, shortened)
    }

    func boxHeight(lines: Int, size: Double, padding: Double) -> Double {
        Double(lines) * size * SlideTimelineLayout.lineSpacing + 2 * padding * 0.8
    }

    /// Gives shortened names back their lines where their band has room: the bands are
    /// sized by their fullest column, so most cells have space to spare.
    func lengthen(_ fit: inout Fit, bandHeights: [Double]) {
        guard fit.shortening > 0 else { return }
        var cells: [[Int]: [Int]] = [:]
        for index in selection.events.indices { cells[[band[index], column[index]], default: []].append(index) }
        let gap = fit.fontSize * 0.4
        for (cell, members) in cells {
            let room = bandHeights[cell[0]] - 2 * fit.fontSize * 0.35 - gap * Double(members.count - 1)
            for index in members where fit.shortened[index] {
                for level in stride(from: fit.shortening - 1, through: 0, by: -1) {
                    let text = lines(for: selection.events[index], charactersPerLine: fit.charactersPerLine, shortening: level)
                    let height = boxHeight(lines: text.lines.count, size: fit.fontSize, padding: fit.padding)
                    let total = members.reduce(0.0) { $0 + ($1 == index ? height : fit.heights[$1]) }
                    if total <= room {
                        fit.lines[index] = text.lines
                        fit.shortened[index] = text.shortened
                        fit.heights[index] = height
                    } else {
                        break
                    }
                }
            }
        }
    }

    /// Band heights: what each needs, then the space left over first to bands whose
    /// shortened names want it back (in proportion to what they lack), then to all in
    /// proportion to their size.
    func shareHeight(_ space: Double, fit: Fit) -> [Double] {
        var heights = fit.bandNeeds
        var extra = space - heights.reduce(0, +)
        if fit.shortening > 0, extra > 0 {
            var stacks: [Int: [Int: Double]] = [:]
            for (index, event) in selection.events.enumerated() {
                let text = lines(for: event, charactersPerLine: fit.charactersPerLine, shortening: 0)
                stacks[band[index], default: [:]][column[index], default: -fit.fontSize * 0.4]
                    += boxHeight(lines: text.lines.count, size: fit.fontSize, padding: fit.padding) + fit.fontSize * 0.4
            }
            let wanted = usedLanes.indices.map { max((stacks[$0]?.values.max() ?? 0) + 2 * fit.fontSize * 0.35, heights[$0]) }
            let lacking = zip(wanted, heights).map { $0 - $1 }
            let total = lacking.reduce(0, +)
            if total > 0 {
                let share = min(extra, total)
                heights = heights.indices.map { heights[$0] + share * lacking[$0] / total }
                extra -= share
            }
        }
        let need = heights.reduce(0, +)
        return heights.map { $0 + extra * $0 / need }
    }

    func fit(shortening: Int, fontSizes: [Double]) -> Fit? {
        let columns = Double(dates.count)
        let gutters = (0...dates.count).reduce(0.0) { $0 + gutterWidth($1) }
        let channels = (0...usedLanes.count).reduce(0.0) { $0 + channelHeight($1) }
        for size in fontSizes {
            let headerWidth = 2 * size + 14
            let columnWidth = (inner.width - headerWidth - gutters) / columns
            let padding = size * 0.3
            let perLine = Int(((columnWidth - 2 * padding) / size).rounded(.down))
            guard perLine >= 2 else { continue }
            let lineHeight = size * SlideTimelineLayout.lineSpacing
            var allLines: [[String]] = [], shortened: [Bool] = [], heights: [Double] = []
            var stacks: [Int: [Int: Double]] = [:]
            for (index, event) in selection.events.enumerated() {
                let text = lines(for: event, charactersPerLine: perLine, shortening: shortening)
                let height = boxHeight(lines: text.lines.count, size: size, padding: padding)
                allLines.append(text.lines)
                shortened.append(text.shortened)
                heights.append(height)
                stacks[band[index], default: [:]][column[index], default: -size * 0.4] += height + size * 0.4
            }
            let bandNeeds = usedLanes.indices.map { (stacks[$0]?.values.max() ?? 0) + 2 * size * 0.35 }
            // Dates: the type of the events, smaller only when a column is narrow.
            let dateFontSize = min(size, max(9, (columnWidth - 4) / 3.9))
            let axisLines = showsYear.contains(true) ? 2.0 : 1.0
            let axisHeight = axisLines * dateFontSize * 1.3 + 8
            let needed = axisHeight + channels + bandNeeds.reduce(0, +)
            if needed <= contentBottom - contentTop {
                return Fit(fontSize: size, shortening: shortening, lines: allLines, shortened: shortened, heights: heights,
                           columnWidth: columnWidth, headerWidth: headerWidth, bandNeeds: bandNeeds, axisHeight: axisHeight, dateFontSize: dateFontSize,
                           charactersPerLine: perLine, padding: padding)
            }
        }
        return nil
    }

    func place(_ fit: Fit) -> SlideTimeline {
        var fit = fit
        let size = fit.fontSize
        // Columns and gutters, left to right.
        var gutterX = [Double](repeating: 0, count: dates.count + 1)  // left edge of each gutter
        var columnX = [Double](repeating: 0, count: dates.count)
        var x = inner.x + fit.headerWidth
        for index in 0...dates.count {
            gutterX[index] = x
            x += gutterWidth(index)
            if index < dates.count {
                columnX[index] = x
                x += fit.columnWidth
            }
        }
        // Bands share the height left over in proportion to what they need.
        let channels = (0...usedLanes.count).map { channelHeight($0) }
        let space = contentBottom - contentTop - fit.axisHeight - channels.reduce(0, +)
        let bandHeights = shareHeight(space, fit: fit)
        lengthen(&fit, bandHeights: bandHeights)
        var channelY = [Double](repeating: 0, count: usedLanes.count + 1)  // top of each channel
        var bandY = [Double](repeating: 0, count: usedLanes.count)
        var y = contentTop + fit.axisHeight
        for index in 0...usedLanes.count {
            channelY[index] = y
            y += channels[index]
            if index < usedLanes.count {
                bandY[index] = y
                y += bandHeights[index]
            }
        }

        var bands: [SlideTimeline.Band] = []
        for (index, lane) in usedLanes.enumerated() {
            let level = TimelineView.lanes[lane]
            bands.append(SlideTimeline.Band(
                level: level, name: TimelineView.laneName(level),
                rect: SlideRect(x: inner.x, y: bandY[index], width: inner.maxX - inner.x, height: bandHeights[index]),
                header: SlideRect(x: inner.x, y: bandY[index], width: fit.headerWidth, height: bandHeights[index])))
        }

        // Boxes, stacked from the top of their band.
        var boxes: [SlideTimeline.Box] = []
        var filled: [Int: [Int: Double]] = [:]
        for (index, event) in selection.events.enumerated() {
            let b = band[index], c = column[index]
            let offset = filled[b, default: [:]][c, default: size * 0.35]
            let rect = SlideRect(x: columnX[c], y: bandY[b] + offset, width: fit.columnWidth, height: fit.heights[index])
            filled[b, default: [:]][c] = offset + fit.heights[index] + size * 0.4
            boxes.append(SlideTimeline.Box(
                id: event.node.id, rect: rect, lines: fit.lines[index], level: event.node.level, lane: usedLanes[b], column: c,
                properties: event.node.properties,
                tooltip: CorrectionMark.tooltip(event.node.properties, evidence: event.node.evidence.first?.text ?? event.node.label, limit: 300)))
        }

        // Ports: the arrows leaving or entering one side of a box share it evenly, in
        // the order of the other end's height.
        var portSlots: [String: [(route: Int, otherY: Double)]] = [:]
        func key(_ event: Int, _ side: Plan.Side) -> String { "\(event)\(side == .left ? "L" : "R")" }
        for (index, route) in topology.enumerated() {
            portSlots[key(route.source, route.sourceSide), default: []].append((index, boxes[route.target].rect.midY))
            portSlots[key(route.target, route.targetSide), default: []].append((index, boxes[route.source].rect.midY))
        }
        func portY(_ event: Int, _ side: Plan.Side, route: Int) -> Double {
            let slots = portSlots[key(event, side)]!.sorted { ($0.otherY, $0.route) < ($1.otherY, $1.route) }
            let position = slots.firstIndex { $0.route == route }!
            let rect = boxes[event].rect
            return rect.minY + rect.height * Double(position + 1) / Double(slots.count + 1)
        }
        // Tracks: each arrow its own line in every gutter and channel it uses.
        var gutterUsed = [Int](repeating: 0, count: dates.count + 1)
        var channelUsed = [Int](repeating: 0, count: usedLanes.count + 1)
        func trackX(_ gutter: Int) -> Double {
            let tracks = gutterTracks[gutter], used = gutterUsed[gutter]
            gutterUsed[gutter] += 1
            let width = gutterWidth(gutter) - (gutter < dates.count && gapText[gutter] != nil ? SlideTimelineLayout.gapMarkerWidth : 0)
            let left = gutterX[gutter] + (gutterWidth(gutter) - width) / 2
            guard tracks > 1 else { return left + width / 2 }
            return left + 2 + (width - 4) * Double(used) / Double(tracks - 1)
        }
        func trackY(_ channel: Int) -> Double {
            let tracks = channelTracks[channel], used = channelUsed[channel]
            channelUsed[channel] += 1
            guard tracks > 1 else { return channelY[channel] + channels[channel] / 2 }
            return channelY[channel] + 2 + (channels[channel] - 4) * Double(used) / Double(tracks - 1)
        }
        var routes: [SlideTimeline.Route] = []
        for (index, route) in topology.enumerated() {
            let s = boxes[route.source].rect, t = boxes[route.target].rect
            let start = SlidePoint(x: route.sourceSide == .left ? s.minX : s.maxX, y: portY(route.source, route.sourceSide, route: index))
            let end = SlidePoint(x: route.targetSide == .left ? t.minX : t.maxX, y: portY(route.target, route.targetSide, route: index))
            var points = [start]
            let first = trackX(route.firstGutter)
            if let channel = route.channel {
                let level = trackY(channel)
                let second = trackX(route.secondGutter)
                points += [SlidePoint(x: first, y: start.y), SlidePoint(x: first, y: level), SlidePoint(x: second, y: level), SlidePoint(x: second, y: end.y)]
            } else {
                points += [SlidePoint(x: first, y: start.y), SlidePoint(x: first, y: end.y)]
            }
            points.append(end)
            let convey = selection.conveys[index]
            routes.append(SlideTimeline.Route(
                source: convey.source, target: convey.target, points: points, light: convey.light,
                tooltip: CorrectionMark.tooltip(convey.edge.properties, evidence: convey.edge.evidence.first?.text ?? "传达", limit: 300),
                properties: convey.edge.properties))
        }

        // The axis: dates over their columns, the year where it changes, gaps marked.
        let axis = SlideRect(x: inner.x + fit.headerWidth, y: contentTop + fit.axisHeight - 2, width: inner.maxX - inner.x - fit.headerWidth, height: 1.2)
        var dateLabels: [SlideTimeline.Label] = []
        for (index, date) in dates.enumerated() {
            var text = date.month.map { "\($0)月" + (date.day.map { "\($0)日" } ?? "") } ?? "\(date.year)年"
            if showsYear[index], date.month != nil { text = "\(date.year)年\n" + text }
            dateLabels.append(SlideTimeline.Label(
                text: text, rect: SlideRect(x: columnX[index], y: contentTop, width: fit.columnWidth, height: fit.axisHeight - 4),
                fontSize: fit.dateFontSize))
        }
        // The year of the first column, in the corner above the lane names.
        dateLabels.append(SlideTimeline.Label(
            text: "\(dates[0].year)年", rect: SlideRect(x: inner.x, y: contentTop, width: fit.headerWidth, height: fit.axisHeight - 4),
            fontSize: min(fit.dateFontSize, (fit.headerWidth - 4) / 3.2)))
        var gapLabels: [SlideTimeline.Label] = []
        for index in dates.indices {
            guard let text = gapText[index] else { continue }
            gapLabels.append(SlideTimeline.Label(
                text: "≈\n" + text,
                rect: SlideRect(x: gutterX[index] + (gutterWidth(index) - SlideTimelineLayout.gapMarkerWidth) / 2, y: contentTop,
                                width: SlideTimelineLayout.gapMarkerWidth, height: fit.axisHeight - 4),
                fontSize: min(10, fit.dateFontSize)))
        }

        // The legend: one row along the bottom, right-aligned.
        var items: [(swatch: SlideTimeline.LegendSwatch, text: String)] = usedLanes.map { (.level(TimelineView.lanes[$0]), TimelineView.laneName(TimelineView.lanes[$0])) }
        if !routes.isEmpty { items.append((.conveys, "传达（箭头指向被传达的会议）")) }
        let legendFont = SlideTimelineLayout.legendFontSize
        let legendWidth = items.reduce(0.0) { $0 + TimelineView.width($1.text, fontSize: legendFont) + 34 } + 8
        let legend = SlideRect(x: inner.maxX - legendWidth, y: inner.maxY - SlideTimelineLayout.legendHeight,
                               width: legendWidth, height: SlideTimelineLayout.legendHeight)

        var titleLabel: SlideTimeline.Label?
        if let text = layout.title, let titleArea {
            let fitting = min(SlideTimelineLayout.titleFontSize, titleArea.width / max(TimelineView.width(text, fontSize: 1), 1))
            titleLabel = SlideTimeline.Label(text: text, rect: titleArea, fontSize: max(fitting, 14))
        }

        return SlideTimeline(
            width: layout.width, height: layout.height, inner: inner, titleArea: titleArea, title: titleLabel, fontSize: size,
            bands: bands, axis: axis, dates: dateLabels, gaps: gapLabels, boxes: boxes, routes: routes,
            legend: legend, legendItems: items, legendFontSize: legendFont,
            shortenedNames: fit.shortened.filter { $0 }.count,
            firstDate: dates.first!, lastDate: dates.last!)
    }
}
