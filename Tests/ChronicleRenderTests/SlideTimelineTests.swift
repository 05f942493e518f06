import ChronicleCore
import ChronicleTestSupport
import Foundation
import Testing
@testable import ChronicleRender

/// The slide timeline measured from its layout's coordinates: it fills the slide, its
/// event text is at least 14 pt on the slide, no 传达 arrow crosses a box, and title
/// and legend stay clear of the events.
@Suite struct SlideTimelineTests {
    static let sample = Result<Graph, any Error> {
        Extractor().extract(try DocumentLoader.load(path: TestPaths.repositoryRoot.appendingPathComponent("Samples/study-notice-2020-02-09.txt").path)).graph
    }

    static func check(_ slide: SlideTimeline, minimumFont: Double = 14, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(slide.fill >= 0.85, "fill \(slide.fill)", sourceLocation: sourceLocation)
        #expect(slide.fontSize >= minimumFont, "font \(slide.fontSize)", sourceLocation: sourceLocation)
        #expect(slide.crossings.isEmpty, "arrows cross boxes: \(slide.crossings)", sourceLocation: sourceLocation)
        #expect(!slide.labelsOverlapEvents, sourceLocation: sourceLocation)
        let space = slide.available
        for box in slide.boxes {
            #expect(box.rect.minX >= space.minX - 0.01 && box.rect.maxX <= space.maxX + 0.01
                    && box.rect.minY >= space.minY - 0.01 && box.rect.maxY <= space.maxY + 0.01, "\(box.id) off the slide", sourceLocation: sourceLocation)
            for other in slide.boxes where other.id != box.id {
                #expect(!box.rect.overlaps(other.rect), "\(box.id) overlaps \(other.id)", sourceLocation: sourceLocation)
            }
            // Text fits its box: lines × line height and the widest line (one em an
            // ideograph, half an em a digit or Latin letter).
            let textWidth = box.lines.map { TimelineView.width($0, fontSize: slide.fontSize) }.max() ?? 0
            #expect(textWidth <= box.rect.width + 0.01, "\(box.id): \(box.lines) wider than its box", sourceLocation: sourceLocation)
            #expect(Double(box.lines.count) * slide.fontSize * SlideTimelineLayout.lineSpacing <= box.rect.height + 0.01, sourceLocation: sourceLocation)
        }
        for route in slide.routes {
            for (a, b) in zip(route.points, route.points.dropFirst()) {
                #expect(a.x == b.x || a.y == b.y, "\(route.source)→\(route.target) has a slanted segment", sourceLocation: sourceLocation)
            }
            let target = slide.boxes.first { $0.id == route.target }!.rect
            let end = route.points.last!
            #expect((end.x == target.minX || end.x == target.maxX) && end.y > target.minY && end.y < target.maxY,
                    "the arrow does not end on its target's side", sourceLocation: sourceLocation)
        }
    }

    /// Every label a slide shows (events, dates, gap markers, title, legend) is 14 pt
    /// or more, and no name is cut.
    static func checkFloor(_ slide: SlideTimeline, sourceLocation: SourceLocation = #_sourceLocation) {
        check(slide, sourceLocation: sourceLocation)
        #expect(slide.cutNames == 0, "\(slide.boxes.map(\.lines).filter { $0.contains { $0.hasSuffix("…") } })", sourceLocation: sourceLocation)
        for label in slide.dates + slide.gaps + (slide.title.map { [$0] } ?? []) {
            #expect(label.fontSize >= 14, "\(label.text) at \(label.fontSize) pt", sourceLocation: sourceLocation)
        }
        #expect(slide.legendFontSize >= 14, sourceLocation: sourceLocation)
    }

    /// Three weeks of the sample (13 dates, 19 events) do not fit one slide at 14 pt
    /// with whole names: `chronicle render --slide` draws them on several slides (as a
    /// deck splits them), each at 14 pt or more with every name whole, every event on
    /// exactly one, each titled with its dates and its place in the series. A range
    /// that fits (a week on 16:9) stays one slide under the title given.
    @Test(arguments: ["16:9", "4:3"])
    func theSampleRangeOnSlides(_ aspect: String) throws {
        let graph = try Self.sample.get()
        let from = CalendarDate(iso: "2020-01-20"), to = CalendarDate(iso: "2020-02-10")
        let slides = try Renderer().slideTimelines(graph, slide: Slide(aspect: aspect)!, title: "疫情防控会议与传达", from: from, to: to)
        #expect(slides.count >= 2 && slides.count <= (aspect == "16:9" ? 3 : 6), "\(slides.count) slides")
        for (index, slide) in slides.enumerated() {
            Self.checkFloor(slide)
            let title = try #require(slide.title?.text)
            #expect(title.hasPrefix("疫情防控会议与传达 2020年") && title.hasSuffix("（\(index + 1)/\(slides.count)）"), "\(title)")
        }
        let drawn = slides.flatMap { $0.boxes.map(\.id) }
        let events = TimelineSelection(graph: graph, from: from, to: to).events.map(\.node.id)
        #expect(drawn == events, "every event once, in date order")
        let text = slides.flatMap { $0.boxes.map { $0.lines.joined() } }
        #expect(text.contains { $0.contains("中共中央政治局常务委员会会议") }, "\(text)")
        #expect(text.contains { $0.contains("关于召开院党委理论学习中心组第二次（扩大）学习的通知") }, "\(text)")
        // Every 传达 is an arrow on a slide or counted in its conveying box (the study
        // of 2月10日 conveys meetings of earlier slides: `传达：前页8项`).
        let said = slides.flatMap(\.boxes).flatMap(\.lines).filter { $0.hasPrefix("传达：") }
        let counted = said.compactMap { Int(String($0.filter(\.isASCII))) }.reduce(0, +)
        #expect(!said.isEmpty && slides.reduce(0) { $0 + $1.routes.count } + counted == TimelineSelection(graph: graph, from: from, to: to).conveys.count, "\(said)")
        #expect(slides.last!.boxes.contains { $0.lines.contains { $0.hasPrefix("传达：前页") } })
        guard aspect == "16:9" else { return }
        let week = try Renderer().slideTimelines(graph, slide: Slide(aspect: aspect)!, title: "一周",
                                                 from: CalendarDate(iso: "2020-02-03"), to: CalendarDate(iso: "2020-02-09"))
        #expect(week.count == 1 && week[0].title?.text == "一周")
        Self.checkFloor(week[0])
    }

    /// Crowded on purpose: up to sixty events over thirty days, or forty on a single
    /// date — on slides, never below 14 pt and never a name cut; a date with more
    /// events than a slide holds is itself split.
    @Test(arguments: [20, 60, 0])
    func crowdedRangesOnSlides(_ events: Int) throws {
        var graph = SyntheticGraph.make(events: events == 0 ? 40 : events)
        if events == 0 {
            let oneDay = graph.nodes.values.map { node in
                var node = node
                if node.type == .event { node.date = CalendarDate(iso: "2020-03-02") }
                return node
            }
            graph = Graph(documents: graph.documents, nodes: oneDay, edges: graph.edges)
        }
        let slides = try Renderer().slideTimelines(graph, slide: Slide(aspect: "16:9")!)
        #expect(slides.count > 1)
        for slide in slides { Self.checkFloor(slide) }
        #expect(Set(slides.flatMap { $0.boxes.map(\.id) }) == Set(TimelineSelection(graph: graph).events.map(\.node.id)))
        #expect(slides.flatMap(\.boxes).count == TimelineSelection(graph: graph).events.count)
    }

    /// A box that cannot grow sideways (the last date's) gets the width the others
    /// can spare: on the measure slide of 双防, whose last date's box once ran down
    /// the slide three characters wide, no box is much taller than the rest.
    @Test func theLastDateIsNotATallNarrowBox() throws {
        let graph = try Self.sample.get()
        let measure = NodeID("m-双防")
        var badges: [NodeID: String] = [:]
        for edge in graph.edges where edge.target == measure && [.sets, .firstSeen, .reiterates].contains(edge.relation) { badges[edge.source] = "重申" }
        let selection = TimelineSelection(graph: graph).restricted(toEvents: badges)
        #expect(selection.dates.count >= 5)
        var layout = SlideTimelineLayout(slide: Slide(aspect: "16:9")!, reservesTitle: true)
        layout.smallestWholeNameFontSize = nil
        let slide = try layout.layout(selection)
        Self.check(slide)
        let last = try #require(slide.boxes.first { $0.column == selection.dates.count - 1 })
        let counts = slide.boxes.map(\.lines.count).sorted()
        #expect(last.lines.count <= counts[counts.count / 2] + 1, "\(last.lines) against \(slide.boxes.map(\.lines))")
        #expect(counts.last! <= SlideTimelineLayout.tallestReadableBox)
    }

    @Test func wholeNamesWhenTheSlideHasRoom() throws {
        let graph = try Self.sample.get()
        let slide = try Renderer().slideTimeline(graph, slide: Slide(aspect: "16:9")!, from: CalendarDate(iso: "2020-01-27"), to: CalendarDate(iso: "2020-02-02"))
        Self.check(slide)
        #expect(slide.shortenedNames == 0)
        #expect(slide.fontSize >= 18, "a four-date week should get large type, got \(slide.fontSize)")
        let text = slide.boxes.map { $0.lines.joined() }.joined(separator: "|")
        #expect(text.contains("省委第二次专题会议暨疫情防控工作领导小组会议"), "\(text)")
    }

    /// Boxes grow sideways where their lane is empty (one lane of nine dates: wide
    /// boxes in rows, not nine tall narrow ones), and a name that says who chaired
    /// (`楼阳生主持召开的专题会议`) gets no chair line repeating it.
    @Test func boxesGrowSidewaysAndChairsAreNotRepeated() throws {
        let graph = try Self.sample.get()
        var selection = TimelineSelection(graph: graph)
        let chaired = Set(graph.edges.filter { $0.relation == .chairs && $0.source == NodeID("p-楼阳生") }.map(\.target))
        selection = selection.restricted(toEvents: Dictionary(uniqueKeysWithValues: chaired.map { ($0, "主持") }))
        let slide = try SlideTimelineLayout(slide: Slide(aspect: "16:9")!, reservesTitle: true).layout(selection)
        Self.check(slide)
        let columnWidth = slide.dates.filter { !$0.text.hasSuffix("年") }.map(\.rect.width).max()!
        #expect(slide.boxes.filter { $0.rect.width > columnWidth * 1.5 }.count >= 4, "boxes stay one column wide")
        let lineCounts = slide.boxes.map(\.lines.count).sorted()
        #expect(lineCounts[lineCounts.count / 2] <= 5, "\(slide.boxes.map(\.lines))")
        let qualified = try #require(slide.boxes.first { $0.id.rawValue.hasSuffix("楼阳生主持召开的专题会议") })
        #expect(qualified.lines.filter { $0.contains("楼阳生") }.count == 1, "\(qualified.lines)")
    }

    /// 传达 arrows from one box share a trunk and arrows into one side of a box share
    /// one arrowhead; `meetings` leaves out the lighter layer (study sessions, notices).
    @Test func conveysShareTrunksAndTheLightLayerCanBeLeftOut() throws {
        let graph = try Self.sample.get()
        let slide = try Renderer().slideTimeline(graph, slide: Slide(aspect: "16:9")!, from: CalendarDate(iso: "2020-01-20"), to: CalendarDate(iso: "2020-02-10"))
        Self.check(slide, minimumFont: 10)
        var ends: [String: Set<SlidePoint>] = [:]
        var trunks: [NodeID: Set<Double>] = [:]
        for route in slide.routes {
            ends[route.target.rawValue + (route.points.last!.x == slide.boxes.first { $0.id == route.target }!.rect.minX ? "L" : "R"), default: []].insert(route.points.last!)
            trunks[route.source, default: []].insert(route.points[1].x)
        }
        #expect(ends.values.allSatisfy { $0.count == 1 }, "one arrowhead a side: \(ends.filter { $0.value.count > 1 }.keys)")
        let study = try #require(slide.routes.filter(\.light).map(\.source).first)
        #expect(slide.routes.filter { $0.source == study }.count >= 5)
        #expect(trunks[study]!.count == 1, "a study's arrows leave as one line")
        let meetings = try Renderer().slideTimeline(graph.keepingConveys(.meetings), slide: Slide(aspect: "16:9")!,
                                                    from: CalendarDate(iso: "2020-01-20"), to: CalendarDate(iso: "2020-02-10"))
        #expect(meetings.routes.count == slide.routes.filter { !$0.light }.count)
        #expect(meetings.routes.allSatisfy { !$0.light })
        #expect(try Renderer().slideTimeline(graph.keepingConveys(.none), slide: Slide(aspect: "16:9")!).routes.isEmpty)
    }

    /// Crowded on purpose: many events a day, at every level, each conveying several
    /// earlier ones — arrows still never cross a box.
    @Test(arguments: [6, 12, 20])
    func crowdedSyntheticTimelines(_ days: Int) throws {
        let graph = SyntheticGraph.make(events: days * 3)
        var selection = TimelineSelection(graph: graph)
        let dates = Array(selection.dates.prefix(days))
        selection = selection.restricted(to: Set(dates))
        let slide = try SlideTimelineLayout(slide: Slide(aspect: "16:9")!, reservesTitle: true).layout(selection)
        #expect(slide.boxes.count == selection.events.count)
        // Six days fit at 14 pt; twelve keep whole names in smaller type (not below
        // 10 pt); twenty take what fits.
        Self.check(slide, minimumFont: days <= 6 ? 14 : days <= 12 ? 10 : 6)
        if days <= 12 { #expect(slide.cutNames == 0) }
    }

    @Test func drawnAtTheExactSlideSize() throws {
        let graph = try Self.sample.get()
        let renderer = try Renderer()
        let png = try renderer.render(.timeline, of: graph, format: .png, from: CalendarDate(iso: "2020-01-20"), to: CalendarDate(iso: "2020-02-10"),
                                      slide: Slide(aspect: "16:9")!)
        // PNG header: width and height are big-endian at bytes 16…23.
        let bytes = [UInt8](png.prefix(24))
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect((width, height) == (4000, 2250))
        let dot = try renderer.layout(.timeline, of: graph, from: CalendarDate(iso: "2020-01-20"), to: CalendarDate(iso: "2020-02-10"), slide: Slide(aspect: "16:9")!)
        #expect(dot.engine == "nop2")
        #expect(dot.dot.contains("\"0,0,960.00,540.00\""), "the canvas is the slide")
    }

    @Test func nothingToDrawIsAnError() throws {
        let graph = try Self.sample.get()
        #expect(throws: RenderError.self) {
            try Renderer().slideTimeline(graph, slide: Slide(aspect: "16:9")!, from: CalendarDate(iso: "1999-01-01"), to: CalendarDate(iso: "1999-02-01"))
        }
    }
}

/// The crossing test itself, so that "no crossings" above means something.
@Suite struct SlideGeometryTests {
    static let box = SlideRect(x: 10, y: 10, width: 20, height: 10)

    @Test(arguments: [
        (SlidePoint(x: 0, y: 15), SlidePoint(x: 40, y: 15), true),  // straight through
        (SlidePoint(x: 20, y: 0), SlidePoint(x: 20, y: 12), true),  // into it from above
        (SlidePoint(x: 0, y: 10), SlidePoint(x: 40, y: 10), false),  // along its top edge
        (SlidePoint(x: 30, y: 15), SlidePoint(x: 40, y: 15), false),  // leaving from its side
        (SlidePoint(x: 0, y: 0), SlidePoint(x: 9, y: 30), false),  // beside it
        (SlidePoint(x: 0, y: 0), SlidePoint(x: 40, y: 30), true),  // a diagonal through it
    ])
    func crossing(_ a: SlidePoint, _ b: SlidePoint, _ crosses: Bool) {
        #expect(Self.box.isCrossed(from: a, to: b) == crosses)
    }
}

@Suite struct AbbreviationTests {
    @Test(arguments: [
        ("中共中央政治局常务委员会会议", "中央政治局常委会会议"),
        ("省委第二次专题会议暨疫情防控工作领导小组会议", "省委第二次专题会议"),
        ("市委常务委员会（扩大）会议", "市委常委会（扩大）会议"),
        ("中国共产党第十九届中央纪律检查委员会第四次全体会议", "中共第十九届中央纪律检查委员会第四次全体会议"),
        ("暨南大学党委会", "暨南大学党委会"),  // 暨 too early to join two meetings
        ("全省安全生产工作会议", "全省安全生产工作会议"),
    ])
    func shortForms(_ name: String, _ short: String) {
        #expect(LabelText.abbreviated(name) == short)
    }
}

/// The other views of the sample in a shape a 16:9 slide can hold: the lineage of
/// 五严五防 was once a strip 8.4 times as wide as tall (2128 × 254) with `领导小/组会议`.
@Suite struct ViewShapeTests {
    @Test(arguments: [(ViewKind.lineage, "m-五严五防"), (.relations, "p-楼阳生")])
    func aViewOfTheSampleFitsASlide(_ view: ViewKind, _ focus: String) throws {
        let graph = try SlideTimelineTests.sample.get()
        let png = try Renderer().render(view, of: graph, format: .png, focus: NodeID(focus), dpi: 72)
        let bytes = [UInt8](png.prefix(24))
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        let ratio = Double(width) / Double(height)
        #expect(ratio >= 0.5 && ratio <= 2.5, "\(view) of \(focus): \(width) × \(height)")
        let svg = String(decoding: try Renderer().render(view, of: graph, format: .svg, focus: NodeID(focus)), as: UTF8.self)
        #expect(!svg.contains(">领导小</text>") && !svg.contains(">组会议</text>"), "a word broken across lines")
    }
}
