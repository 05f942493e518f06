@testable import ChronicleCore
import ChronicleRender
import ChronicleTestSupport
import Foundation
import Testing
@testable import ChronicleDeck

@Suite struct DeckTests {
    static let samplePath = TestPaths.repositoryRoot.appendingPathComponent("Samples/study-notice-2020-02-09.txt").path
    static let sample = Result<Graph, any Error> { Extractor().extract(try DocumentLoader.load(path: samplePath)).graph }

    @Test func zipEntriesReadBack() throws {
        var zip = ZipWriter()
        let text = String(repeating: "会议与措施 conveys 传达 ", count: 400)
        try zip.add("[Content_Types].xml", text: text)
        try zip.add("media/a.png", Data([0x89, 0x50, 0x4E, 0x47, 1, 2, 3]), compress: false)
        try zip.add("empty.xml", Data())
        #expect(throws: ZipWriter.Failure.self) { try zip.add("empty.xml", Data()) }
        let data = zip.finish()
        #expect(data.count < text.utf8.count / 4, "text should be deflated")
        // Read back by Chronicle's own .docx reader (bounds-checked inflate).
        let reader = try ZipReader([UInt8](data))
        #expect(try reader.read("[Content_Types].xml", limit: 1 << 20) == Array(text.utf8))
        #expect(try reader.read("media/a.png", limit: 100) == [0x89, 0x50, 0x4E, 0x47, 1, 2, 3])
        #expect(try reader.read("empty.xml", limit: 100) == [])
    }

    @Test func xmlTextIsEscaped() {
        #expect(OOXML.escape("<script>&\"'\u{1}x") == "&lt;script&gt;&amp;&quot;' x")
    }

    /// Every timeline slide of the sample's deck fills the slide, keeps 14 pt type and
    /// whole names (the deck splits instead of shortening), and no arrow crosses a box.
    @Test(arguments: ["16:9", "4:3"])
    func timelineSlidesMeetTheSlideRules(_ aspect: String) throws {
        let graph = try Self.sample.get()
        let builder = DeckBuilder(renderer: try Renderer())
        let options = DeckOptions(slide: Slide(aspect: aspect)!)
        let plan = try builder.plan(graph, options: options)
        let selection = TimelineSelection(graph: builder.scope(graph, options: options).drawn)
        var covered: [CalendarDate] = []
        for case .timeline(let dates) in plan {
            covered += dates
            let slide = try builder.timelineLayout(options).layout(selection.restricted(to: Set(dates)))
            #expect(slide.fill >= 0.85, "\(dates.map(\.iso)): fill \(slide.fill)")
            #expect(slide.fontSize >= 14, "\(dates.map(\.iso)): \(slide.fontSize) pt")
            #expect(slide.crossings.isEmpty)
            #expect(!slide.labelsOverlapEvents)
            #expect(slide.shortenedNames == 0 || dates.count == 1, "\(dates.map(\.iso)) shortened \(slide.shortenedNames) names")
        }
        #expect(covered == selection.dates, "every date on exactly one slide, in order")
        // No picture of the deck has a box that runs down the slide a few characters
        // wide: a measure's or person's slide that would is split instead.
        for (index, slide) in try builder.layouts(graph, options: options).enumerated() {
            #expect(slide.boxes.allSatisfy { $0.lines.count <= SlideTimelineLayout.tallestReadableBox },
                    "picture \(index + 1): \(slide.boxes.map(\.lines).filter { $0.count > SlideTimelineLayout.tallestReadableBox })")
        }
        #expect(plan.first == .title && plan.last == .sources)
        #expect(plan.contains { if case .measure(NodeID("m-五严五防"), _) = $0 { true } else { false } })
        #expect(plan.contains { if case .person(NodeID("p-楼阳生"), _) = $0 { true } else { false } })
    }

    /// No type on any slide is smaller than 14 pt: the text of every slide's XML (titles,
    /// bodies) and every label of every picture (event boxes, lane names, dates, gap
    /// markers, legend, title) as laid out.
    @Test(arguments: ["16:9", "4:3"])
    func noTypeBelowFourteenPoints(_ aspect: String) throws {
        let graph = try Self.sample.get()
        let builder = DeckBuilder(renderer: try Renderer())
        let options = DeckOptions(slide: Slide(aspect: aspect)!)
        let deck = try builder.build(graph, options: options)
        let reader = try ZipReader([UInt8](try deck.package()))
        var sizes: [Int] = []
        for number in 1...deck.slides.count {
            let xml = String(decoding: try #require(try reader.read("ppt/slides/slide\(number).xml", limit: 1 << 22)), as: UTF8.self)
            let found = xml.matches(of: /<a:(?:rPr|defRPr|endParaRPr)[^>]* sz="(\d+)"/).map { Int($0.1)! }
            #expect(found.allSatisfy { $0 >= 1400 }, "slide \(number): sizes \(found)")
            sizes += found
        }
        #expect(!sizes.isEmpty, "the slides' XML states its type sizes")
        let layouts = try builder.layouts(graph, options: options)
        #expect(layouts.count == deck.slides.filter { $0.picture != nil }.count)
        for (index, slide) in layouts.enumerated() {
            let labels = slide.dates + slide.gaps + (slide.title.map { [$0] } ?? [])
            #expect(slide.fontSize >= 14, "picture \(index + 1): events at \(slide.fontSize) pt")
            #expect(slide.legendFontSize >= 14)
            for label in labels { #expect(label.fontSize >= 14, "picture \(index + 1): \(label.text) at \(label.fontSize) pt") }
        }
    }

    /// The timeline runs over the documents' own events; older ones they mention in
    /// passing (the sample's 2017 and 2019 inspections, and the 2019 meeting a speech recalls by
    /// its date) are listed on one slide, and no
    /// timeline slide holds a single box.
    /// A quote on the older-events slide is cut by its width on the slide, not by its
    /// count of characters: Han characters sooner than a run of dates.
    @Test func quotesAreCutByTheirWidth() {
        let han = String(repeating: "会议强调要支持各地区发挥比较优势，", count: 3)
        let dates = "2019年5月20日至22日，2020年1月3日至5日，2021年7月8日至9日在某地考察调研"
        let cutHan = DeckBuilder.clipped(han, width: 34)
        #expect(cutHan.hasSuffix("…") && cutHan.count == 34, "\(cutHan)")
        let cutDates = DeckBuilder.clipped(dates, width: 34)
        #expect(cutDates.count > 36, "\(cutDates)")
        #expect(DeckBuilder.clipped("短句。", width: 34) == "短句。")
    }

    @Test func theRangeIsTheDocumentsOwn() throws {
        let graph = try Self.sample.get()
        let builder = DeckBuilder(renderer: try Renderer())
        let plan = try builder.plan(graph, options: DeckOptions())
        guard case .mentioned(let older) = plan[1] else {
            Issue.record("the second slide should list the older events: \(plan[1])")
            return
        }
        #expect(older.allSatisfy { graph[$0]!.date!.year < 2020 }, "\(older)")
        #expect(older.count == 4)
        let timelines = plan.compactMap { if case .timeline(let dates) = $0 { dates } else { nil } }
        #expect(timelines.first?.first?.year == 2020)
        let selection = TimelineSelection(graph: builder.scope(graph, options: DeckOptions()).drawn)
        for dates in timelines {
            #expect(selection.restricted(to: Set(dates)).events.count >= 2, "\(dates.map(\.iso)) holds one box")
        }
        let deck = try builder.build(graph, options: DeckOptions())
        #expect(deck.slides[1].body.contains { $0.contains("习近平在山西考察工作") })
        #expect(deck.slides[0].body.count >= 5, "the title slide says what the deck holds")
        // 楼阳生's meetings take two slides; the title slide names him once.
        #expect(plan.filter { if case .person(NodeID("p-楼阳生"), _) = $0 { true } else { false } }.count == 2)
        let people = try #require(deck.slides[0].body.first { $0.hasPrefix("人物：") })
        #expect(people.components(separatedBy: "楼阳生").count == 2, "\(people)")
        // People on a line of their own, not wrapped inside the contents' line.
        #expect(deck.slides[0].body.first { $0.hasPrefix("内容：") }?.contains("楼阳生") == false)
        // The sources slide of a one-document deck says what the document covers.
        let sources = try #require(deck.slides.last)
        #expect(sources.title == "资料来源")
        #expect(sources.body.contains { $0.contains("所述会议与活动：") && $0.contains("至") }, "\(sources.body)")
        #expect(sources.body.contains { $0.contains("涉及人物") }, "\(sources.body)")
    }

    @Test func perMonthAndPerWeek() throws {
        let graph = try Self.sample.get()
        let builder = DeckBuilder(renderer: try Renderer())
        let timeline = { (period: DeckOptions.Period) throws -> [[CalendarDate]] in
            try builder.plan(graph, options: DeckOptions(from: CalendarDate(iso: "2020-01-20"), period: period)).compactMap {
                if case .timeline(let dates) = $0 { dates } else { nil }
            }
        }
        for page in try timeline(.week) {
            let days = page.compactMap(\.dayNumber)
            #expect(days.max()! - days.min()! < 7)
        }
        for page in try timeline(.month) {
            #expect(Set(page.map { $0.month }).count == 1)
        }
    }

    @Test func notesHoldTheEvidenceSentences() throws {
        let graph = try Self.sample.get()
        let text = try String(contentsOfFile: Self.samplePath, encoding: .utf8)
        let deck = try DeckBuilder(renderer: try Renderer()).build(graph, options: DeckOptions(measures: ["五严五防"], personCount: 1))
        let measure = try #require(deck.slides.first { $0.title.contains("五严五防") })
        #expect(measure.notes.contains { $0.hasPrefix("● 提出") })
        let quotes = deck.slides.flatMap(\.notes).filter { $0.hasPrefix("　原文：“") }
        #expect(quotes.count >= 20)
        for quote in quotes {
            let sentence = quote.dropFirst("　原文：“".count).prefix { $0 != "”" || false }
            #expect(text.contains(String(sentence.prefix(20))), "not in the source: \(sentence.prefix(40))")
        }
        for slide in deck.slides where slide.picture != nil {
            #expect(slide.picture!.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            #expect(!slide.notes.isEmpty)
        }
        // The last timeline slide's study conveys meetings of earlier slides: its box
        // says 传达：前页N项, and its notes list those N with their sentences.
        let last = try #require(deck.slides.last { $0.title.contains("会议与传达") })
        let conveyed = last.notes.filter { $0.hasPrefix("● 传达：2020年院党委理论学习中心组第二次（扩大）学习") }
        #expect(conveyed.count >= 8, "\(last.notes)")
    }

    /// A person's slide and notes name the title in force at the meetings shown: the
    /// sample's 楼阳生 is 省委书记 on his 2020 slide (a 2017 sentence calls him 省长); with
    /// a 2017 report too, that meeting's note says 时任省长.
    @Test func personSlidesUseTheTitleInForceAtTheirMeetings() throws {
        let builder = DeckBuilder(renderer: try Renderer())
        let sample = try builder.build(try Self.sample.get(), options: DeckOptions(persons: ["楼阳生"]))
        // Two slides (1/2, 2/2): on one, a box would run down the slide.
        #expect(sample.slides.filter { $0.title.hasPrefix("楼阳生（省委书记）：主持与出席的会议") }.count == 2)
        let documents = [
            TextDocument(id: "d1", path: "a-2017.txt", text: "2017年6月21日，省委书记骆惠宁、省长楼阳生主持召开全省脱贫攻坚工作会议。\n"),
            TextDocument(id: "d2", path: "b-2020.txt", text: "2020年1月26日上午，省委书记楼阳生主持召开省委专题会议。\n"),
        ]
        let graph = Extractor(referenceDate: CalendarDate(iso: "2020-12-31")).extract(documents).graph
        let deck = try builder.build(graph, options: DeckOptions(persons: ["楼阳生"]))
        let slide = try #require(deck.slides.first { $0.title.hasPrefix("楼阳生") })
        #expect(slide.title == "楼阳生（省委书记）：主持与出席的会议")
        #expect(slide.notes.first == "楼阳生：2017-06 省长；2020-01 起 省委书记")
        #expect(slide.notes.contains("● 主持（时任省长）｜2017年6月21日　全省脱贫攻坚工作会议"))
        #expect(slide.notes.contains("● 主持｜2020年1月26日 上午　省委专题会议"))
        let timeline = deck.slides.flatMap(\.notes)
        #expect(timeline.contains { $0.hasSuffix("主持：楼阳生（省长）") && $0.contains("2017年6月21日") })
        #expect(timeline.contains { $0.hasSuffix("主持：楼阳生（省委书记）") && $0.contains("2020年1月26日") })
    }

    @Test func badInputIsAClearError() throws {
        let graph = try Self.sample.get()
        let builder = DeckBuilder(renderer: try Renderer())
        func error(_ graph: Graph, _ options: DeckOptions) -> String {
            do {
                _ = try builder.plan(graph, options: options)
                return ""
            } catch {
                return error.description
            }
        }
        #expect(error(Graph(), DeckOptions()).contains("no events"))
        #expect(error(graph, DeckOptions(from: CalendarDate(iso: "1999-01-01"), to: CalendarDate(iso: "1999-12-31"))).contains("no dated events between 1999-01-01 and 1999-12-31"))
        #expect(error(graph, DeckOptions(measures: ["不存在的措施"])).contains("no measure named \"不存在的措施\""))
        #expect(error(graph, DeckOptions(persons: ["张三丰"])).contains("no person named \"张三丰\""))
    }
}

@Suite struct DeckUndatedTests {
    /// A measure stated only by an undated event, and a person only at one, get no
    /// slide (a slide is a timeline); named, they are a clear error.
    @Test func undatedEventsMakeNoMeasureOrPersonSlide() throws {
        let document = DocumentID("d1")
        func evidence(_ text: String) -> [Evidence] { [Evidence(document: document, offset: 0, length: text.unicodeScalars.count, text: text)] }
        let dated = Node(id: "e-2020-01-01-会议", label: "会议", type: .event, kind: .meeting, level: .province,
                         date: CalendarDate(iso: "2020-01-01"), evidence: evidence("2020年1月1日，省委召开会议。"))
        let undated = Node(id: "e-undated-座谈会", label: "座谈会", type: .event, kind: .symposium, evidence: evidence("近日召开座谈会，强调“双零”。"))
        let measure = Node(id: "m-双零", label: "双零", type: .measure, evidence: evidence("“双零”"))
        let person = Node(id: "p-张三", label: "张三", type: .person, evidence: evidence("张三"))
        let graph = Graph(documents: [DocumentInfo(id: document, path: "x.txt")], nodes: [dated, undated, measure, person], edges: [
            Edge(source: "e-undated-座谈会", target: "m-双零", relation: .sets, evidence: evidence("强调“双零”")),
            Edge(source: "p-张三", target: "e-undated-座谈会", relation: .chairs, evidence: evidence("张三主持")),
        ])
        let builder = DeckBuilder(renderer: try Renderer())
        let plan = try builder.plan(graph, options: DeckOptions())
        #expect(!plan.contains { if case .measure = $0 { true } else if case .person = $0 { true } else { false } })
        #expect(throws: DeckError.self) { try builder.plan(graph, options: DeckOptions(measures: ["双零"])) }
        #expect(throws: DeckError.self) { try builder.plan(graph, options: DeckOptions(persons: ["张三"])) }
        _ = try builder.build(graph, options: DeckOptions())
    }
}
