import ChronicleCore
import OrderedCollections
/// The slide-ready timeline: dates along the top in order, one lane per level
/// (central, ministry, province, municipal, institution), each event a box with time
/// of day, short name and chair, `conveys` edges between them, a title and a legend.
///
/// Chronicle places every box itself (Graphviz `neato -n` then only routes the edges
/// and draws), so the picture is the same every time, lanes stay lanes, and long gaps
/// between dates are compressed to one column with a marker saying how long they are.
public struct TimelineView: Sendable {
    public var title: String?
    /// Only events starting within these dates (inclusive) are drawn.
    public var from: CalendarDate?
    public var to: CalendarDate?
    /// Add the measures each event set to its box.
    public var showMeasures: Bool
    /// Only events of these levels (all when empty).
    public var levels: Set<EventLevel>

    public init(title: String? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil, showMeasures: Bool = false, levels: Set<EventLevel> = []) {
        self.title = title
        self.from = from
        self.to = to
        self.showMeasures = showMeasures
        self.levels = levels
    }

    /// Characters a line in a box: narrow boxes keep a 20-day timeline near 16:9.
    static let wrapWidth = 8

    /// Gaps longer than this many days between neighbouring dates are marked.
    static let gapDays = 14

    static let lanes: [EventLevel?] = [.central, .ministry, .province, .municipal, .institution, nil]

    static func laneName(_ level: EventLevel?) -> String { EventLevel.chineseName(level) }

    /// Text width in points for a CJK sans font: ideographs and full-width forms one
    /// em, ASCII about half.
    static func width(_ text: String, fontSize: Double) -> Double {
        text.unicodeScalars.reduce(0) { sum, c in sum + (c.value < 0x2E80 ? 0.56 : 1.0) } * fontSize
    }

    struct Box {
        var id: NodeID
        var lines: [String]
        var width: Double
        var height: Double
        var lane: Int
        var column: Int
        var x = 0.0
        var y = 0.0
        var fill: String
        var tooltip: String
        var properties: OrderedDictionary<String, JSONValue> = [:]
    }

    public func document(for graph: Graph, style: RenderStyle) throws(RenderError) -> DOTDocument {
        let selection = TimelineSelection(graph: graph, from: from, to: to, levels: levels)
        let events = selection.events.map(\.node)
        guard !events.isEmpty else {
            throw .nothingToDraw(from == nil && to == nil ? "the graph has no dated events" : "no dated events between \(from?.iso ?? "the start") and \(to?.iso ?? "the end")")
        }
        let chairs = Dictionary(uniqueKeysWithValues: selection.events.map { ($0.node.id, $0.chairs) })
        let measuresSet = Dictionary(uniqueKeysWithValues: selection.events.map { ($0.node.id, $0.measuresSet) })

        // Columns: one per distinct date.
        var dates: [CalendarDate] = []
        for event in events where dates.last != event.date! { dates.append(event.date!) }
        let columnOf = Dictionary(uniqueKeysWithValues: dates.enumerated().map { ($1, $0) })
        let fontSize = style.fontSize
        let lineHeight = fontSize * 1.35
        var boxes: [Box] = []
        for event in events {
            var first = LabelText.truncate(event.label, to: 30)
            if let time = event.timeOfDay { first = time.chinese + " · " + first }
            var lines = LabelText.wrap(first, width: Self.wrapWidth)
            if let names = chairs[event.id], !names.isEmpty { lines.append("主持：" + names.prefix(2).joined(separator: "、")) }
            if showMeasures, let set = measuresSet[event.id], !set.isEmpty {
                lines += LabelText.wrap("提出：" + set.prefix(4).map { "“\($0)”" }.joined(separator: ""), width: Self.wrapWidth)
            }
            let textWidth = lines.map { Self.width($0, fontSize: fontSize) }.max() ?? 0
            let lane = Self.lanes.firstIndex { $0 == event.level } ?? Self.lanes.count - 1
            boxes.append(Box(
                id: event.id, lines: lines, width: textWidth * 1.14 + 24, height: Double(lines.count) * lineHeight + 12,
                lane: lane, column: columnOf[event.date!]!, fill: style.fill(for: event.level),
                tooltip: CorrectionMark.tooltip(event.properties, evidence: event.evidence.first?.text ?? event.label, limit: 300),
                properties: event.properties))
        }

        // Column widths.
        let columnGap = 14.0
        let gapMarkerWidth = 54.0
        var columnWidth = [Double](repeating: Self.width("12月31日", fontSize: fontSize + 1) + 8, count: dates.count)
        for box in boxes { columnWidth[box.column] = max(columnWidth[box.column], box.width) }
        let laneHeaderWidth = Self.width("中央", fontSize: fontSize + 2) + 30
        var gapBefore = [Bool](repeating: false, count: dates.count)
        var gapText = [String](repeating: "", count: dates.count)
        for index in dates.indices.dropFirst() {
            if let text = Self.gap(between: dates[index - 1], and: dates[index]) {
                gapBefore[index] = true
                gapText[index] = text
            }
        }

        // Lanes: each as tall as its tallest stack of boxes in any column.
        let usedLanes = Array(Set(boxes.map(\.lane))).sorted()
        var stackHeight: [Int: [Int: Double]] = [:]
        for box in boxes { stackHeight[box.lane, default: [:]][box.column, default: 0] += box.height + 8 }
        let axisHeight = lineHeight * 2 + 10
        var laneOffset: [Int: Double] = [:]
        var laneHeight: [Int: Double] = [:]
        var bandHeight = axisHeight
        for lane in usedLanes {
            laneOffset[lane] = bandHeight
            laneHeight[lane] = max((stackHeight[lane]?.values.max() ?? 0) + 12, lineHeight * 2)
            bandHeight += laneHeight[lane]! + 6
        }

        // Bands: a timeline far wider than a slide is wrapped into several rows of
        // dates, each with its own axis, so that 300 events stay readable.
        let singleWidth = laneHeaderWidth + columnGap + columnWidth.reduce(0) { $0 + $1 + columnGap }
            + Double(gapBefore.filter { $0 }.count) * (gapMarkerWidth + columnGap)
        let bandCount = max(1, min(dates.count, Int((singleWidth / bandHeight / (16.0 / 9.0)).squareRoot().rounded())))
        let targetWidth = singleWidth / Double(bandCount)
        var bandOf = [Int](repeating: 0, count: dates.count)
        var used = 0.0
        var band = 0
        for index in dates.indices {
            let width = columnWidth[index] + columnGap + (gapBefore[index] ? gapMarkerWidth + columnGap : 0)
            if used > 0, used + width / 2 > targetWidth, band < bandCount - 1 {
                band += 1
                used = 0
            }
            bandOf[index] = band
            used += width
        }
        let bands = band + 1
        var columnX = [Double](repeating: 0, count: dates.count)
        var gapMarkers: [(x: Double, band: Int, text: String)] = []
        var bandWidth = [Double](repeating: 0, count: bands)
        var x = 0.0
        for index in dates.indices {
            if index == 0 || bandOf[index] != bandOf[index - 1] { x = laneHeaderWidth + columnGap }
            if gapBefore[index] {
                gapMarkers.append((x + gapMarkerWidth / 2, bandOf[index], gapText[index]))
                x += gapMarkerWidth + columnGap
            }
            columnX[index] = x + columnWidth[index] / 2
            x += columnWidth[index] + columnGap
            bandWidth[bandOf[index]] = x
        }
        let totalWidth = bandWidth.max() ?? x
        let bandGap = lineHeight * 2
        func bandTop(_ band: Int) -> Double { Double(band) * (bandHeight + bandGap) }
        let totalHeight = bandTop(bands - 1) + bandHeight
        var filled: [Int: [Int: Double]] = [:]
        for index in boxes.indices {
            let box = boxes[index]
            let offset = filled[box.lane, default: [:]][box.column, default: 6]
            boxes[index].x = columnX[box.column]
            boxes[index].y = bandTop(bandOf[box.column]) + laneOffset[box.lane]! + offset + box.height / 2
            filled[box.lane, default: [:]][box.column] = offset + box.height + 8
        }

        // Graphviz's y axis points up; ours points down.
        func point(_ x: Double, _ y: Double) -> DOTValue { .text(String(format: "%.1f,%.1f!", x, totalHeight - y)) }
        func inches(_ points: Double) -> DOTValue { .text(String(format: "%.3f", points / 72)) }

        var document = style.baseDocument(name: "timeline", rankdir: "LR")
        document.graphAttributes["splines"] = "curved"
        // Positions are given in points (neato reads inches unless told).
        document.graphAttributes["inputscale"] = "72"
        document.graphAttributes["outputorder"] = "nodesfirst"
        document.graphAttributes["pad"] = "0.3"
        if let title {
            document.graphAttributes["label"] = .text(title)
            document.graphAttributes["labelloc"] = "t"
            document.graphAttributes["fontsize"] = .text(style.format(fontSize + 10))
        }
        document.nodeDefaults["fixedsize"] = "true"

        for band in 0..<bands {
            let top = bandTop(band)
            let width = bandWidth[band]
            // Lane bands and headers.
            for lane in usedLanes {
                let laneTop = top + laneOffset[lane]!, height = laneHeight[lane]!
                document.statements.append(.node(id: "lane:\(band):\(lane)", attributes: [
                    "shape": "box", "style": "filled", "color": .text(style.laneBand(lane)), "fillcolor": .text(style.laneBand(lane)),
                    "label": "", "pos": point(width / 2, laneTop + height / 2), "width": inches(width), "height": inches(height),
                ]))
                document.statements.append(.node(id: "laneLabel:\(band):\(lane)", attributes: [
                    "shape": "plaintext", "style": "", "label": .text(Self.laneName(Self.lanes[lane])),
                    "fontsize": .text(style.format(fontSize + 2)), "fontcolor": "#555555",
                    "pos": point(laneHeaderWidth / 2, laneTop + height / 2), "width": inches(laneHeaderWidth), "height": inches(lineHeight),
                ]))
            }
            // The date axis: a thin filled box (an edge would be curved like the others).
            document.statements.append(.node(id: "axis:\(band)", attributes: [
                "shape": "box", "style": "filled", "color": "#999999", "fillcolor": "#999999", "label": "",
                "pos": point((laneHeaderWidth + width) / 2, top + axisHeight - 6), "width": inches(width - laneHeaderWidth), "height": "0.02",
            ]))
        }
        var previousYear: Int?
        for (index, date) in dates.enumerated() {
            var label = date.month.map { "\($0)月" + (date.day.map { "\($0)日" } ?? "") } ?? "\(date.year)年"
            if date.month != nil, previousYear != date.year || (index > 0 && bandOf[index] != bandOf[index - 1]) { label = "\(date.year)年" + label }
            previousYear = date.year
            document.statements.append(.node(id: "date:\(date.iso)", attributes: [
                "shape": "plaintext", "style": "", "label": .text(label), "fontsize": .text(style.format(fontSize + 1)),
                "pos": point(columnX[index], bandTop(bandOf[index]) + axisHeight / 2 - 4), "width": inches(max(columnWidth[index], Self.width(label, fontSize: fontSize + 1) + 6)), "height": inches(lineHeight),
            ]))
        }
        for (index, marker) in gapMarkers.enumerated() {
            document.statements.append(.node(id: "gap:\(index)", attributes: [
                "shape": "plaintext", "style": "", "label": .text("≈\n" + marker.text), "fontsize": .text(style.format(fontSize - 2)),
                "fontcolor": "#999999", "pos": point(marker.x, bandTop(marker.band) + axisHeight / 2 - 2), "width": inches(gapMarkerWidth), "height": inches(lineHeight * 2),
            ]))
        }
        // Events.
        for box in boxes {
            var attributes: DOTDocument.Attributes = [
                "shape": "box", "style": "rounded,filled", "fillcolor": .text(box.fill), "label": .text(box.lines.joined(separator: "\n")),
                "pos": point(box.x, box.y), "width": inches(box.width), "height": inches(box.height), "tooltip": .text(box.tooltip),
            ]
            CorrectionMark.apply(box.properties, to: &attributes, isEdge: false)
            if let node = graph[box.id], let link = style.link(node) { attributes["href"] = link }
            document.statements.append(.node(id: box.id.rawValue, attributes: attributes))
        }
        // Conveys: from the conveying event to the one it conveys.
        let drawn = Set(boxes.map(\.id))
        for edge in graph.edges(.conveys) where drawn.contains(edge.source) && drawn.contains(edge.target) {
            // A study or notice conveys many things at once: drawn lighter.
            let light = ConveyLayer.isLight(graph[edge.source])
            var attributes: DOTDocument.Attributes = [
                "color": light ? "#e6b0aa" : "#c0392b", "style": "dashed", "penwidth": light ? "0.8" : "1.3", "arrowsize": "0.8",
                "tooltip": .text(CorrectionMark.tooltip(edge.properties, evidence: edge.evidence.first?.text ?? "传达", limit: 300)),
            ]
            CorrectionMark.apply(edge.properties, to: &attributes, isEdge: true)
            document.statements.append(.edge(from: edge.source.rawValue, to: edge.target.rawValue, attributes: attributes))
        }
        // Legend.
        let legendLevels = usedLanes.compactMap { Self.lanes[$0] }
        var legend = "<table border=\"0\" cellborder=\"0\" cellspacing=\"2\" cellpadding=\"2\">"
        for level in legendLevels {
            legend += "<tr><td bgcolor=\"\(style.fill(for: level))\" width=\"18\"> </td><td align=\"left\">\(DOTWriter.escapeHTML(Self.laneName(level)))</td></tr>"
        }
        legend += "<tr><td><font color=\"#c0392b\">⇠</font></td><td align=\"left\">传达（虚线指向被传达的会议）</td></tr></table>"
        let legendWidth = Self.width("传达（虚线指向被传达的会议）", fontSize: fontSize) + 40
        let legendHeight = Double(legendLevels.count + 1) * (lineHeight + 4) + 8
        document.statements.append(.node(id: "legend", attributes: [
            "shape": "box", "style": "rounded", "color": "#cccccc", "label": .html(legend), "fontsize": .text(style.format(fontSize - 1)),
            "pos": point(totalWidth - legendWidth / 2, totalHeight + legendHeight / 2 + 6), "width": inches(legendWidth), "height": inches(legendHeight),
        ]))
        return document
    }

    /// The marker for a gap of more than ``gapDays`` between neighbouring dates (a date
    /// known only to the month counts from its first day), or nil.
    static func gap(between earlier: CalendarDate, and later: CalendarDate) -> String? {
        guard let a = earlier.dayNumber ?? CalendarDate(year: earlier.year, month: earlier.month ?? 1, day: 1)?.dayNumber,
              let b = later.dayNumber ?? CalendarDate(year: later.year, month: later.month ?? 1, day: 1)?.dayNumber, b - a > gapDays else { return nil }
        return gapText(days: b - a)
    }

    /// `8天`, `约3个月`, `约1年7个月`.
    static func gapText(days: Int) -> String {
        if days < 45 { return "\(days)天" }
        let months = Int((Double(days) / 30.44).rounded())
        if months < 12 { return "约\(months)个月" }
        let years = months / 12, rest = months % 12
        return "约\(years)年" + (rest > 0 ? "\(rest)个月" : "")
    }
}

extension RenderStyle {
    /// The background band of a lane: alternating greys.
    func laneBand(_ lane: Int) -> String {
        theme == .projection ? (lane % 2 == 0 ? "#ececec" : "#dedede") : (lane % 2 == 0 ? "#f7f7f7" : "#efefef")
    }
}
