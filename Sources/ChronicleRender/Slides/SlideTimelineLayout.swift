import ChronicleCore

/// Lays a timeline out on one slide so that it reads from the back of the room:
///
/// - the drawing fills the slide inside its margins (columns share the width, lanes
///   share the height);
/// - event text is as large as fits, and never below ``minimumFontSize`` slide points
///   while whole names or their official short forms fit; when they do not, the type
///   gets smaller down to ``smallestWholeNameFontSize`` before any name is cut with
///   `…` (a deck splits such slides instead), and below that only when even one-line
///   names cannot fit (``SlideTimeline/fontSize`` and ``SlideTimeline/cutNames`` say so);
/// - the columns share the width by what their boxes hold; a slide drawn then evens
///   them out, so that a box that cannot grow sideways (the last date's) is not a
///   column of fragments;
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
    /// When whole names (or their official short forms) do not fit at
    /// ``minimumFontSize``, the type may get this much smaller before names are cut
    /// with `…`: a label reads as a whole phrase or not at all (nil: names are cut
    /// first; a deck splits such slides instead, and keeps 14 pt).
    public var smallestWholeNameFontSize: Double? = 10
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
    static let legendHeight = 22.0
    static let legendFontSize = 14.0
    /// Boxes may grow sideways over at most this many date columns where their lane
    /// is empty there.
    static let maximumSpan = 3
    static let lineSpacing = 1.25

    /// A box of more lines than this reads as a column of fragments, not a name
    /// (`上午 / 省委 / 第七次 / 专题会议 / 暨省疫情 / …`).
    public static let tallestReadableBox = 7

    /// Whether the selection fits on one slide at ``minimumFontSize`` with every name
    /// whole and no box taller than ``tallestReadableBox`` lines.
    public func fitsWhole(_ selection: TimelineSelection) -> Bool {
        guard !selection.events.isEmpty else { return true }
        let plan = Plan(layout: self, selection: selection)
        let sizes = Array(stride(from: maximumFontSize, through: minimumFontSize, by: -0.5))
        guard let fit = plan.fit(shortening: 0, fontSizes: sizes) else { return false }
        if fit.lines.allSatisfy({ $0.count <= Self.tallestReadableBox }) { return true }
        // The layout drawn evens the columns out: whether that gives the tall box room.
        return plan.fit(shortening: 0, fontSizes: sizes, polish: true)?.lines.allSatisfy { $0.count <= Self.tallestReadableBox } ?? false
    }

    /// The laid-out slide.
    public func layout(_ selection: TimelineSelection) throws(RenderError) -> SlideTimeline {
        guard !selection.events.isEmpty else { throw .nothingToDraw("no dated events to draw on the slide") }
        let plan = Plan(layout: self, selection: selection)
        let sizes = Array(stride(from: maximumFontSize, through: minimumFontSize, by: -0.5))
        for level in 0...1 {
            if let fit = plan.fit(shortening: level, fontSizes: sizes, polish: true) { return plan.place(fit) }
        }
        // Names are cut only when smaller type would not keep them whole either; then
        // as little as the type down to that floor allows (three lines of a name at
        // 11 pt rather than `全…` at 14).
        var floor = minimumFontSize
        if let smallest = smallestWholeNameFontSize, smallest < minimumFontSize {
            floor = smallest
            if let fit = plan.fit(shortening: 1, fontSizes: Array(stride(from: minimumFontSize - 0.5, through: floor, by: -0.5)), polish: true) {
                return plan.place(fit)
            }
        }
        for level in 2...Plan.lastShortening {
            if let fit = plan.fit(shortening: level, fontSizes: Array(stride(from: maximumFontSize, through: floor, by: -0.5)), polish: true) {
                return plan.place(fit)
            }
        }
        // Even one-line names do not fit at the minimum size: smaller type, said in
        // the result (the deck splits such ranges instead).
        let smaller = Array(stride(from: floor - 0.5, through: 6, by: -0.5))
        if let fit = plan.fit(shortening: Plan.lastShortening, fontSizes: smaller, polish: true) { return plan.place(fit) }
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
        /// The conveys edge this route draws (index into the selection's conveys).
        var convey = 0

        /// Arrows from one side of one box share a trunk: one port, one line in the
        /// first gutter and in the channel (a study conveying ten meetings is one line
        /// that branches, not ten lines side by side).
        var sourceTrunk: String { "S\(source)\(sourceSide)" }
        /// Arrows into one side of one box share one arrowhead (and, through a
        /// channel, the last gutter's line).
        var targetTrunk: String { "T\(target)\(targetSide)" }
    }

    struct Fit {
        var fontSize: Double
        var shortening: Int
        var lines: [[String]]
        var shortened: [Bool]
        var heights: [Double]
        /// Columns each box covers (1 = its own), and its top within its band.
        var spans: [Int]
        var offsets: [Double]
        /// By column: a column with more to say is wider.
        var columnWidths: [Double]
        var headerWidth: Double
        var bandNeeds: [Double]
        var axisHeight: Double
        var dateFontSize: Double
        /// Dates on two lines (`1月` / `23日`) where columns are too narrow for one.
        var splitDates = false
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
    /// How many columns each event's box may cover: its own and the next ones while
    /// no arrow runs through the gutter between and no gap is marked there.
    let spanLimit: [Int]
    let topology: [Topology]
    /// The trunks in each gutter and channel, in the order their lines are laid.
    let gutterTrunks: [[String]]
    let channelTrunks: [[String]]
    var gutterTracks: [Int] { gutterTrunks.map(\.count) }
    var channelTracks: [Int] { channelTrunks.map(\.count) }
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
        var gutterTrunks = [[String]](repeating: [], count: dates.count + 1)
        var channelTrunks = [[String]](repeating: [], count: usedLanes.count + 1)
        func use(_ trunk: String, in list: inout [String]) { if !list.contains(trunk) { list.append(trunk) } }
        for (conveyIndex, convey) in selection.conveys.enumerated() {
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
            route.convey = conveyIndex
            if route.firstGutter != route.secondGutter {
                let bs = band[s], bt = band[t]
                route.channel = bt < bs ? bt + 1 : bt
                use(route.sourceTrunk, in: &channelTrunks[route.channel!])
                use(route.targetTrunk, in: &gutterTrunks[route.secondGutter])
            }
            use(route.sourceTrunk, in: &gutterTrunks[route.firstGutter])
            topology.append(route)
        }
        self.topology = topology
        self.gutterTrunks = gutterTrunks
        self.channelTrunks = channelTrunks
        spanLimit = column.map { c in
            var span = 1
            while span < SlideTimelineLayout.maximumSpan, c + span < gaps.count, gutterTrunks[c + span].isEmpty, gaps[c + span] == nil { span += 1 }
            return span
        }

        inner = SlideRect(x: layout.margin, y: layout.margin, width: layout.width - 2 * layout.margin, height: layout.height - 2 * layout.margin)
        titleArea = layout.title != nil || layout.reservesTitle
            ? SlideRect(x: inner.x, y: inner.y, width: inner.width, height: SlideTimelineLayout.titleHeight) : nil
        contentTop = (titleArea?.maxY ?? inner.y) + 4
        contentBottom = inner.maxY - SlideTimelineLayout.legendHeight - 4
    }

    func gutterWidth(_ gutter: Int) -> Double {
        let tracks = gutterTracks[gutter]
        return min(8 + 2 * Double(max(0, tracks - 1)), 14) + gapMarkerWidth(gutter)
    }

    /// The lines of the gap marker before a column (`≈约1年` / `11个月`).
    func gapLines(_ gutter: Int) -> [String] {
        guard gutter < dates.count, let text = gapText[gutter] else { return [] }
        return LabelText.wrap("≈" + text, ems: 4.2)
    }

    /// The width a gap marker takes in its gutter, at the smallest type allowed.
    func gapMarkerWidth(_ gutter: Int) -> Double {
        let lines = gapLines(gutter)
        guard !lines.isEmpty else { return 0 }
        return (lines.map { TimelineView.width($0, fontSize: layout.minimumFontSize) }.max() ?? 0) + 4
    }

    /// The width of a box at `column` covering `span` columns.
    func spanWidth(column: Int, span: Int, columnWidths: [Double]) -> Double {
        var width = columnWidths[column..<(column + span)].reduce(0, +)
        for gutter in stride(from: column + 1, to: column + span, by: 1) { width += gutterWidth(gutter) }
        return width
    }

    func charactersPerLine(_ width: Double, size: Double, padding: Double) -> Int {
        Int(((width - 2 * padding) / size).rounded(.down))
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
            let last = nameLines[limit - 1]
            nameLines[limit - 1] = TimelineView.width(last + "…", fontSize: 1) <= Double(charactersPerLine) ? last + "…" : String(last.dropLast()) + "…"
            shortened = true
        }
        var result = nameLines
        // A qualified name (`楼阳生主持召开的专题会议`) already says who chaired.
        let chairs = event.chairs.filter { !event.node.label.contains($0) }
        if !chairs.isEmpty {
            let names = chairs.prefix(2).joined(separator: "、")
            // 主持 is said when it fits on the line; a narrow box shows the names alone.
            if TimelineView.width("主持：" + names, fontSize: 1) <= Double(charactersPerLine) {
                result.append("主持：" + names)
            } else if shortening >= 5 {
                result.append(LabelText.truncate(names, to: charactersPerLine))
            } else {
                result += Array(LabelText.wrap(names, ems: Double(charactersPerLine)).prefix(2))
            }
        }
        // What a split left on other slides, said where the arrows would have left.
        if let conveyed = event.conveysElsewhereLine {
            if TimelineView.width(conveyed, fontSize: 1) <= Double(charactersPerLine) {
                result.append(conveyed)
            } else if shortening < 5 {
                result += Array(LabelText.wrap(conveyed, ems: Double(charactersPerLine)).prefix(2))
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

    /// Each box's text at a size and shortening level, and the columns it covers: its
    /// own, or more where its lane is empty beside it, while covering more saves lines
    /// (the fewest columns within one line of the best).
    func texts(size: Double, columnWidths: [Double], padding: Double, shortening: Int, spans allowed: Bool)
        -> [(lines: [String], shortened: Bool, span: Int)] {
        selection.events.indices.map { index in
            let limit = allowed ? spanLimit[index] : 1
            let options = (1...limit).map { span in
                let perLine = charactersPerLine(spanWidth(column: column[index], span: span, columnWidths: columnWidths), size: size, padding: padding)
                let text = lines(for: selection.events[index], charactersPerLine: max(perLine, 1), shortening: shortening)
                return (lines: text.lines, shortened: text.shortened, span: span)
            }
            let fewest = options.map(\.lines.count).min()!
            return options.first { $0.lines.count <= fewest + 1 && (!$0.shortened || options.allSatisfy(\.shortened)) } ?? options[0]
        }
    }

    /// Places the boxes of each band from the top: each box takes the first row where
    /// the columns it covers are free, so boxes that grow sideways interleave with
    /// their neighbours (two rows of wide boxes rather than one row of tall narrow
    /// ones); then, row by row, each sits just below what is above it in its own
    /// columns (a tall box in one column does not push down another column).
    /// Returns each box's top within its band and the height each band needs.
    func pack(heights: [Double], spans: [Int], size: Double) -> (offsets: [Double], needs: [Double]) {
        let gap = size * 0.4, edge = size * 0.35
        var rows: [Int: [Set<Int>]] = [:]
        var rowOf = [Int](repeating: 0, count: heights.count)
        var lastRow: [[Int]: Int] = [:]  // [band, column] → the row of its last own box
        for index in heights.indices {
            let b = band[index], columns = Set(column[index]..<(column[index] + spans[index]))
            var bandRows = rows[b] ?? []
            // After the row of the last box of the same date, so a day's events stay in order.
            let earliest = lastRow[[b, column[index]]].map { $0 + 1 } ?? 0
            let row = bandRows.indices.first { $0 >= earliest && bandRows[$0].isDisjoint(with: columns) } ?? bandRows.count
            while bandRows.count <= row { bandRows.append([]) }
            bandRows[row].formUnion(columns)
            rows[b] = bandRows
            rowOf[index] = row
            lastRow[[b, column[index]]] = row
        }
        var bottom: [[Int]: Double] = [:]  // [band, column] → the lowest box bottom so far
        var offsets = [Double](repeating: 0, count: heights.count)
        var needs = [Double](repeating: 2 * edge, count: usedLanes.count)
        for index in heights.indices.sorted(by: { (rowOf[$0], $0) < (rowOf[$1], $1) }) {
            let b = band[index], columns = column[index]..<(column[index] + spans[index])
            let top = columns.map { bottom[[b, $0]].map { $0 + gap } ?? edge }.max()!
            for c in columns { bottom[[b, c]] = top + heights[index] }
            offsets[index] = top
            needs[b] = max(needs[b], top + heights[index] + edge)
        }
        return (offsets, needs)
    }

    /// Gives shortened names back their lines where their band has room: the bands are
    /// sized by their fullest column, so most have space to spare.
    func lengthen(_ fit: inout Fit, bandHeights: [Double]) {
        guard fit.shortening > 0 else { return }
        for index in selection.events.indices where fit.shortened[index] {
            let width = spanWidth(column: column[index], span: fit.spans[index], columnWidths: fit.columnWidths)
            let perLine = max(charactersPerLine(width, size: fit.fontSize, padding: fit.padding), 1)
            for level in stride(from: fit.shortening - 1, through: 0, by: -1) {
                let text = lines(for: selection.events[index], charactersPerLine: perLine, shortening: level)
                var heights = fit.heights
                heights[index] = boxHeight(lines: text.lines.count, size: fit.fontSize, padding: fit.padding)
                let packed = pack(heights: heights, spans: fit.spans, size: fit.fontSize)
                guard zip(packed.needs, bandHeights).allSatisfy({ $0 <= $1 + 1e-6 }) else { break }
                fit.lines[index] = text.lines
                fit.shortened[index] = text.shortened
                fit.heights = heights
                fit.offsets = packed.offsets
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
            let whole = selection.events.indices.map { index in
                let width = spanWidth(column: column[index], span: fit.spans[index], columnWidths: fit.columnWidths)
                let text = lines(for: selection.events[index], charactersPerLine: max(charactersPerLine(width, size: fit.fontSize, padding: fit.padding), 1), shortening: 0)
                return boxHeight(lines: text.lines.count, size: fit.fontSize, padding: fit.padding)
            }
            let wanted = zip(pack(heights: whole, spans: fit.spans, size: fit.fontSize).needs, heights).map { max($0, $1) }
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

    /// The axis: dates in the type of the events (smaller only when a column is
    /// narrow, never below the minimum while the events keep it), gap markers below.
    func axis(size: Double, columnWidths: [Double], split: Bool) -> (dateFontSize: Double, height: Double) {
        let floor = min(size, layout.minimumFontSize)
        let dateFontSize = min(size, max(floor, (columnWidths.min()! - 4) / widestDate(split: split)))
        let dateLines = (showsYear.contains(true) ? 1.0 : 0.0) + (split ? 2 : 1)
        let gapRows = Double(dates.indices.map { gapLines($0).count }.max() ?? 0)
        return (dateFontSize, max(dateLines * dateFontSize, gapRows * floor) * 1.3 + 8)
    }

    /// Shares `space` among the date columns by how much text their fullest lane
    /// may have to hold (its square root: a column with four times the text gets twice
    /// the width), none narrower than `narrowest`; nil when even that does not fit. A
    /// box that may grow sideways counts its text shared among the columns it may
    /// cover, so the columns whose boxes cannot grow (the last date, a date before a
    /// gutter with arrows) are the wider ones.
    func columnWidths(_ space: Double, narrowest: Double, shortening: Int) -> [Double]? {
        guard Double(dates.count) * narrowest <= space else { return nil }
        var text: [Int: [Int: Double]] = [:]
        for (index, event) in selection.events.enumerated() {
            let name = shortening >= 1 ? LabelText.abbreviated(event.node.label) : event.node.label
            let amount = Double(name.count + 3 * min(event.chairs.count, 2) + 4), span = spanLimit[index]
            for covered in column[index]..<(column[index] + span) {
                text[covered, default: [:]][band[index], default: 0] += amount / Double(span)
            }
        }
        let weights = dates.indices.map { (text[$0]?.values.max() ?? 4).squareRoot() }
        // Columns held at the narrowest width leave the rest to the others.
        var fixed = Set<Int>()
        while true {
            let free = space - Double(fixed.count) * narrowest
            let total = dates.indices.filter { !fixed.contains($0) }.reduce(0.0) { $0 + weights[$1] }
            let widths = dates.indices.map { fixed.contains($0) ? narrowest : free * weights[$0] / total }
            let tooNarrow = dates.indices.filter { !fixed.contains($0) && widths[$0] < narrowest }
            if tooNarrow.isEmpty { return widths }
            fixed.formUnion(tooNarrow)
        }
    }

    /// The widest date label in ems (`1月23日` 3.6; on two lines `23日` 2.1).
    func widestDate(split: Bool) -> Double {
        dates.flatMap { dateLabel($0, split: split).split(separator: "\n") }.map { TimelineView.width(String($0), fontSize: 1) }.max() ?? 4
    }

    func dateLabel(_ date: CalendarDate, split: Bool) -> String {
        date.month.map { "\($0)月" + (date.day.map { (split ? "\n" : "") + "\($0)日" } ?? "") } ?? "\(date.year)年"
    }

    /// The first of `fontSizes` at which the selection fits at a shortening level;
    /// `polish` (for a slide drawn, not one only tried) then evens the columns out.
    func fit(shortening: Int, fontSizes: [Double], polish: Bool = false) -> Fit? {
        let gutters = (0...dates.count).reduce(0.0) { $0 + gutterWidth($1) }
        let channels = (0...usedLanes.count).reduce(0.0) { $0 + channelHeight($1) }
        for size in fontSizes {
            let headerWidth = max(2 * size, TimelineView.width("2020年", fontSize: min(size, layout.minimumFontSize))) + 14
            let padding = size * 0.3
            // Dates on one line if the columns allow, else on two.
            guard let (columnWidths, split) = [false, true].lazy.compactMap({ split -> ([Double], Bool)? in
                let narrowest = max(2 * size + 2 * padding, widestDate(split: split) * min(size, layout.minimumFontSize) + 4)
                return self.columnWidths(inner.width - headerWidth - gutters, narrowest: narrowest, shortening: shortening).map { ($0, split) }
            }).first else { continue }
            let (startDateFontSize, startAxisHeight) = axis(size: size, columnWidths: columnWidths, split: split)
            let narrowest = max(2 * size + 2 * padding, widestDate(split: split) * min(size, layout.minimumFontSize) + 4)
            let room = contentBottom - contentTop - startAxisHeight - channels
            for spans in [true, false] {
                var columnWidths = columnWidths
                var (dateFontSize, axisHeight) = (startDateFontSize, startAxisHeight)
                var text = texts(size: size, columnWidths: columnWidths, padding: padding, shortening: shortening, spans: spans)
                if !spans, text.allSatisfy({ $0.span == 1 }) { continue }
                var heights = text.map { boxHeight(lines: $0.lines.count, size: size, padding: padding) }
                var packed = pack(heights: heights, spans: text.map(\.span), size: size)
                if packed.needs.reduce(0, +) > room, size <= layout.minimumFontSize + 2,
                   let balanced = balance(columnWidths, size: size, padding: padding, shortening: shortening, spans: spans, narrowest: narrowest, room: room) {
                    (columnWidths, text, heights, packed) = balanced
                    (dateFontSize, axisHeight) = axis(size: size, columnWidths: columnWidths, split: split)
                }
                if polish, axisHeight + channels + packed.needs.reduce(0, +) <= contentBottom - contentTop {
                    // It fits: first the widths that make the lanes shortest, then
                    // width for the tallest box (a last date's cannot grow sideways),
                    // while all still fits.
                    let fits = { (widths: [Double], needs: [Double]) in
                        self.axis(size: size, columnWidths: widths, split: split).height + channels + needs.reduce(0, +) <= self.contentBottom - self.contentTop
                    }
                    if let balanced = balance(columnWidths, size: size, padding: padding, shortening: shortening, spans: spans, narrowest: narrowest, room: 0),
                       fits(balanced.widths, balanced.packed.needs) {
                        (columnWidths, text, heights, packed) = balanced
                    }
                    if let widened = widenTallest(columnWidths, size: size, padding: padding, shortening: shortening, spans: spans, narrowest: narrowest, fits: fits) {
                        (columnWidths, text, heights, packed) = widened
                    }
                    (dateFontSize, axisHeight) = axis(size: size, columnWidths: columnWidths, split: split)
                }
                let needed = axisHeight + channels + packed.needs.reduce(0, +)
                if needed <= contentBottom - contentTop {
                    return Fit(fontSize: size, shortening: shortening, lines: text.map(\.lines), shortened: text.map(\.shortened), heights: heights,
                               spans: text.map(\.span), offsets: packed.offsets,
                               columnWidths: columnWidths, headerWidth: headerWidth, bandNeeds: packed.needs, axisHeight: axisHeight, dateFontSize: dateFontSize,
                               splitDates: split, padding: padding)
                }
            }
        }
        return nil
    }

    /// Moves width from the columns with room to spare in every lane to the columns
    /// that make a lane as tall as it is, while that makes the lanes together shorter:
    /// a crowded date takes the width of quiet ones, until the lanes fit in `room`
    /// (0: as short as they get). At most 40 steps; the widths with the shortest
    /// lanes, or nil when nothing got shorter.
    func balance(_ start: [Double], size: Double, padding: Double, shortening: Int, spans: Bool, narrowest: Double, room: Double)
        -> (widths: [Double], text: [(lines: [String], shortened: Bool, span: Int)], heights: [Double], packed: (offsets: [Double], needs: [Double]))? {
        func evaluate(_ widths: [Double]) -> (text: [(lines: [String], shortened: Bool, span: Int)], heights: [Double], packed: (offsets: [Double], needs: [Double]), total: Double) {
            let text = texts(size: size, columnWidths: widths, padding: padding, shortening: shortening, spans: spans)
            let heights = text.map { boxHeight(lines: $0.lines.count, size: size, padding: padding) }
            let packed = pack(heights: heights, spans: text.map(\.span), size: size)
            return (text, heights, packed, packed.needs.reduce(0, +))
        }
        var widths = start
        var current = evaluate(widths)
        let first = current.total
        var best = (widths: widths, result: current)
        var step = 8.0
        for _ in 0..<40 where current.total > room && step >= 1 {
            // The columns where some lane reaches its full height.
            var critical = Set<Int>()
            let edge = size * 0.35
            for index in selection.events.indices {
                let bottom = current.packed.offsets[index] + current.heights[index] + edge
                if bottom >= current.packed.needs[band[index]] - 0.5 {
                    critical.formUnion(column[index]..<(column[index] + current.text[index].span))
                }
            }
            let donors = dates.indices.filter { !critical.contains($0) && widths[$0] > narrowest + 0.5 }
            guard !critical.isEmpty, !donors.isEmpty else { break }
            var trial = widths
            var taken = 0.0
            for donor in donors {
                let take = min(step, trial[donor] - narrowest)
                trial[donor] -= take
                taken += take
            }
            for receiver in critical { trial[receiver] += taken / Double(critical.count) }
            let result = evaluate(trial)
            if result.total <= current.total + 1e-6 {
                // A move that changes nothing yet is taken (lines shorten only once
                // a column has gained enough), but the widths kept are the first with
                // the shortest lanes, not drained further for nothing.
                widths = trial
                current = result
                if result.total < best.result.total - 1e-6 { best = (trial, result) }
            } else {
                step /= 2
            }
        }
        guard best.result.total < first - 1e-6 else { return nil }
        return (best.widths, best.result.text, best.result.heights, best.result.packed)
    }

    /// Gives the box with the most lines the width it needs to lose some, taken from
    /// the other columns in proportion to what they have above the narrowest, while
    /// no box ends up with as many lines and everything still fits: a box far taller
    /// than the others (`上午 省委 / 第七次 / 专题会议 / …` down a last date) gets
    /// as wide as they are. At most 8 steps; nil when no box could be widened.
    func widenTallest(_ start: [Double], size: Double, padding: Double, shortening: Int, spans: Bool, narrowest: Double,
                      fits: ([Double], [Double]) -> Bool)
        -> (widths: [Double], text: [(lines: [String], shortened: Bool, span: Int)], heights: [Double], packed: (offsets: [Double], needs: [Double]))? {
        func evaluate(_ widths: [Double]) -> (text: [(lines: [String], shortened: Bool, span: Int)], heights: [Double], packed: (offsets: [Double], needs: [Double])) {
            let text = texts(size: size, columnWidths: widths, padding: padding, shortening: shortening, spans: spans)
            let heights = text.map { boxHeight(lines: $0.lines.count, size: size, padding: padding) }
            return (text, heights, pack(heights: heights, spans: text.map(\.span), size: size))
        }
        var widths = start
        var current = evaluate(widths)
        var changed = false
        for _ in 0..<8 {
            let counts = current.text.map(\.lines.count)
            let most = counts.max()!, median = counts.sorted()[counts.count / 2]
            guard most >= median + 2 else { break }
            let tallest = counts.indices.filter { counts[$0] == most }
            let receivers = Set(tallest.flatMap { column[$0]..<(column[$0] + current.text[$0].span) })
            let donors = dates.indices.filter { !receivers.contains($0) && widths[$0] > narrowest + 0.5 }
            let spare = donors.reduce(0.0) { $0 + widths[$1] - narrowest }
            guard spare > 1 else { break }
            var taken: ([Double], (text: [(lines: [String], shortened: Bool, span: Int)], heights: [Double], packed: (offsets: [Double], needs: [Double])))?
            for share in [0.1, 0.2, 0.35, 0.5] {
                let amount = spare * share
                var trial = widths
                for donor in donors { trial[donor] -= amount * (widths[donor] - narrowest) / spare }
                for receiver in receivers { trial[receiver] += amount / Double(receivers.count) }
                let result = evaluate(trial)
                if result.text.map(\.lines.count).max()! < most, fits(trial, result.packed.needs) {
                    taken = (trial, result)
                    break
                }
            }
            guard let (trial, result) = taken else { break }
            widths = trial
            current = result
            changed = true
        }
        return changed ? (widths, current.text, current.heights, current.packed) : nil
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
                x += fit.columnWidths[index]
            }
        }
        // Bands share the height left over in proportion to what they need.
        let channels = (0...usedLanes.count).map { channelHeight($0) }
        let space = contentBottom - contentTop - fit.axisHeight - channels.reduce(0, +)
        let bandHeights = shareHeight(space, fit: fit)
        lengthen(&fit, bandHeights: bandHeights)
        // A band with room to spare holds its boxes in its middle, not along its top.
        var used = [Double](repeating: 0, count: usedLanes.count)
        for index in selection.events.indices { used[band[index]] = max(used[band[index]], fit.offsets[index] + fit.heights[index] + size * 0.35) }
        for index in selection.events.indices { fit.offsets[index] += max(0, (bandHeights[band[index]] - used[band[index]]) / 2) }
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

        // Boxes, where the packing put them.
        var boxes: [SlideTimeline.Box] = []
        for (index, event) in selection.events.enumerated() {
            let b = band[index], c = column[index]
            let rect = SlideRect(x: columnX[c], y: bandY[b] + fit.offsets[index],
                                 width: spanWidth(column: c, span: fit.spans[index], columnWidths: fit.columnWidths), height: fit.heights[index])
            boxes.append(SlideTimeline.Box(
                id: event.node.id, rect: rect, lines: fit.lines[index], level: event.node.level, lane: usedLanes[b], column: c,
                properties: event.node.properties,
                tooltip: CorrectionMark.tooltip(event.node.properties, evidence: event.node.evidence.first?.text ?? event.node.label, limit: 300)))
        }

        // Ports: the trunks leaving or entering one side of a box share it evenly, in
        // the order of the other ends' height.
        var portSlots: [String: [String: [Double]]] = [:]  // box side → trunk → other ends' y
        func key(_ event: Int, _ side: Plan.Side) -> String { "\(event)\(side == .left ? "L" : "R")" }
        for route in topology {
            portSlots[key(route.source, route.sourceSide), default: [:]][route.sourceTrunk, default: []].append(boxes[route.target].rect.midY)
            portSlots[key(route.target, route.targetSide), default: [:]][route.targetTrunk, default: []].append(boxes[route.source].rect.midY)
        }
        func portY(_ event: Int, _ side: Plan.Side, trunk: String) -> Double {
            let slots = portSlots[key(event, side)]!
                .map { (trunk: $0.key, y: $0.value.reduce(0, +) / Double($0.value.count)) }
                .sorted { ($0.y, $0.trunk) < ($1.y, $1.trunk) }
            let position = slots.firstIndex { $0.trunk == trunk }!
            let rect = boxes[event].rect
            return rect.minY + rect.height * Double(position + 1) / Double(slots.count + 1)
        }
        // Tracks: each trunk its own line in every gutter and channel it uses.
        func trackX(_ gutter: Int, _ trunk: String) -> Double {
            let tracks = gutterTrunks[gutter].count, used = gutterTrunks[gutter].firstIndex(of: trunk)!
            let width = gutterWidth(gutter) - gapMarkerWidth(gutter)
            let left = gutterX[gutter] + (gutterWidth(gutter) - width) / 2
            guard tracks > 1 else { return left + width / 2 }
            return left + 2 + (width - 4) * Double(used) / Double(tracks - 1)
        }
        func trackY(_ channel: Int, _ trunk: String) -> Double {
            let tracks = channelTrunks[channel].count, used = channelTrunks[channel].firstIndex(of: trunk)!
            guard tracks > 1 else { return channelY[channel] + channels[channel] / 2 }
            return channelY[channel] + 2 + (channels[channel] - 4) * Double(used) / Double(tracks - 1)
        }
        var routes: [SlideTimeline.Route] = []
        for route in topology {
            let s = boxes[route.source].rect, t = boxes[route.target].rect
            let start = SlidePoint(x: route.sourceSide == .left ? s.minX : s.maxX, y: portY(route.source, route.sourceSide, trunk: route.sourceTrunk))
            let end = SlidePoint(x: route.targetSide == .left ? t.minX : t.maxX, y: portY(route.target, route.targetSide, trunk: route.targetTrunk))
            var points = [start]
            let first = trackX(route.firstGutter, route.sourceTrunk)
            if let channel = route.channel {
                let level = trackY(channel, route.sourceTrunk)
                let second = trackX(route.secondGutter, route.targetTrunk)
                points += [SlidePoint(x: first, y: start.y), SlidePoint(x: first, y: level), SlidePoint(x: second, y: level), SlidePoint(x: second, y: end.y)]
            } else {
                points += [SlidePoint(x: first, y: start.y), SlidePoint(x: first, y: end.y)]
            }
            points.append(end)
            let convey = selection.conveys[route.convey]
            routes.append(SlideTimeline.Route(
                source: convey.source, target: convey.target, points: points, light: convey.light,
                tooltip: CorrectionMark.tooltip(convey.edge.properties, evidence: convey.edge.evidence.first?.text ?? "传达", limit: 300),
                properties: convey.edge.properties))
        }

        // The axis: dates over their columns, the year where it changes, gaps marked.
        let axis = SlideRect(x: inner.x + fit.headerWidth, y: contentTop + fit.axisHeight - 2, width: inner.maxX - inner.x - fit.headerWidth, height: 1.2)
        var dateLabels: [SlideTimeline.Label] = []
        for (index, date) in dates.enumerated() {
            var text = dateLabel(date, split: fit.splitDates)
            if showsYear[index], date.month != nil { text = "\(date.year)年\n" + text }
            dateLabels.append(SlideTimeline.Label(
                text: text, rect: SlideRect(x: columnX[index], y: contentTop, width: fit.columnWidths[index], height: fit.axisHeight - 4),
                fontSize: fit.dateFontSize))
        }
        // The year of the first column, in the corner above the lane names.
        dateLabels.append(SlideTimeline.Label(
            text: "\(dates[0].year)年", rect: SlideRect(x: inner.x, y: contentTop, width: fit.headerWidth, height: fit.axisHeight - 4),
            fontSize: min(fit.dateFontSize, layout.minimumFontSize)))
        var gapLabels: [SlideTimeline.Label] = []
        for index in dates.indices {
            let lines = gapLines(index)
            guard !lines.isEmpty else { continue }
            let width = gapMarkerWidth(index)
            gapLabels.append(SlideTimeline.Label(
                text: lines.joined(separator: "\n"),
                rect: SlideRect(x: gutterX[index] + (gutterWidth(index) - width) / 2, y: contentTop, width: width, height: fit.axisHeight - 4),
                fontSize: min(layout.minimumFontSize, size)))
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
