import ChronicleCore
import OrderedCollections

/// A timeline laid out on one slide: every box, band, label and arrow with its exact
/// position in slide points (1/72 in of the slide; y down). ``SlideTimelineLayout``
/// makes it; ``SlideTimelineDOT`` draws it; tests measure it.
///
/// Type size is stated in slide points: a 16:9 slide is 960 × 540 pt, so projected at
/// 1920 × 1080 one point is two pixels and 14 pt text is 28 px high — the same number
/// PowerPoint shows for text on a slide of that size.
public struct SlideTimeline: Sendable {
    public struct Box: Sendable {
        public var id: NodeID
        public var rect: SlideRect
        public var lines: [String]
        public var level: EventLevel?
        public var lane: Int
        public var column: Int
        public var properties: OrderedDictionary<String, JSONValue>
        public var tooltip: String
    }

    public struct Band: Sendable {
        public var level: EventLevel?
        public var name: String
        /// The whole band, header included.
        public var rect: SlideRect
        public var header: SlideRect
    }

    public struct Label: Sendable {
        public var text: String
        public var rect: SlideRect
        public var fontSize: Double
    }

    /// An orthogonal arrow from the conveying event to the conveyed one; the last
    /// point touches the conveyed event's box.
    public struct Route: Sendable {
        public var source: NodeID
        public var target: NodeID
        public var points: [SlidePoint]
        public var light: Bool
        public var tooltip: String
        public var properties: OrderedDictionary<String, JSONValue>
    }

    /// What a legend entry shows: a level's fill colour, or the 传达 arrow.
    public enum LegendSwatch: Sendable, Hashable {
        case level(EventLevel?)
        case conveys
    }

    public var width: Double
    public var height: Double
    /// The slide inside its margins.
    public var inner: SlideRect
    /// The band kept for the title (drawn in the picture, or left free for a deck's
    /// editable title).
    public var titleArea: SlideRect?
    public var title: Label?
    /// Event text size in slide points.
    public var fontSize: Double
    public var bands: [Band]
    public var axis: SlideRect
    public var dates: [Label]
    public var gaps: [Label]
    public var boxes: [Box]
    public var routes: [Route]
    public var legend: SlideRect
    public var legendItems: [(swatch: LegendSwatch, text: String)]
    public var legendFontSize: Double
    /// How many event names had to be shortened to keep the type size (to their
    /// official short form, or cut).
    public var shortenedNames: Int
    /// How many boxes show a name cut with `…` (a label that no longer reads as a
    /// whole phrase): none unless even the smallest type allowed cannot keep them.
    public var cutNames: Int { boxes.filter { $0.lines.contains { $0.hasSuffix("…") } }.count }
    public var firstDate: CalendarDate
    public var lastDate: CalendarDate

    /// Everything drawn below the title: bands, axis, dates, boxes, arrows and legend.
    public var drawing: SlideRect {
        var rects = bands.map(\.rect) + boxes.map(\.rect) + dates.map(\.rect) + [axis, legend]
        rects += routes.flatMap { route in route.points.map { SlideRect(x: $0.x, y: $0.y, width: 0, height: 0) } }
        return rects.dropFirst().reduce(rects[0]) { $0.union($1) }
    }

    /// The area the drawing may use: inside the margins, below the title band.
    public var available: SlideRect {
        guard let titleArea else { return inner }
        return SlideRect(x: inner.x, y: titleArea.maxY, width: inner.width, height: inner.maxY - titleArea.maxY)
    }

    /// The share of ``available`` the drawing covers (1 = all of it).
    public var fill: Double {
        let drawn = drawing
        let space = available
        let left = max(drawn.minX, space.minX), right = min(drawn.maxX, space.maxX)
        let top = max(drawn.minY, space.minY), bottom = min(drawn.maxY, space.maxY)
        return max(0, right - left) * max(0, bottom - top) / space.area
    }

    /// Arrows that pass through a box (other than touching the boxes they join), as
    /// (arrow index, box id) pairs. Empty for every layout Chronicle makes.
    public var crossings: [(route: Int, box: NodeID)] {
        var found: [(Int, NodeID)] = []
        for (index, route) in routes.enumerated() {
            for box in boxes {
                for (a, b) in zip(route.points, route.points.dropFirst()) where box.rect.isCrossed(from: a, to: b) {
                    found.append((index, box.id))
                    break
                }
            }
        }
        return found
    }

    /// Whether title or legend overlap an event box.
    public var labelsOverlapEvents: Bool {
        boxes.contains { box in (titleArea.map { box.rect.overlaps($0) } ?? false) || box.rect.overlaps(legend) }
    }
}
