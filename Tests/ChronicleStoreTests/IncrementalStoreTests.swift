import Foundation
import Testing
import ChronicleCore
import ChronicleStore
import ChronicleTestSupport

/// The store grows one document at a time, yet always holds what one extraction of
/// its current documents gives: whatever order they arrived in, after removals, after
/// a document was edited, with corrections applied.
@Suite struct IncrementalStoreTests {
    static func temporaryStore() throws -> (GraphStore, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-incremental-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return (try GraphStore(path: dir.appendingPathComponent("g.sqlite").path), dir)
    }

    static let reference = CalendarDate(iso: "2020-12-31")
    static let extractor = Extractor(referenceDate: reference)

    static func expected(_ documents: [TextDocument], _ corrections: [Correction] = []) -> String {
        var graph = extractor.extract(documents).graph
        if !corrections.isEmpty { _ = graph.apply(corrections) }
        return GraphJSON.string(graph.canonical())
    }

    static func documents() throws -> [TextDocument] {
        var documents = SyntheticArchive(seed: 3).documents(18)
        documents.append(try DocumentLoader.load(path: TestPaths.sample))
        documents.append(TextDocument(path: "heldout-flood-2021.txt", text: try String(contentsOfFile: TestPaths.coreTests.appendingPathComponent("Fixtures/heldout-flood-2021.txt").path, encoding: .utf8)))
        return documents
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func anyArrivalOrderRemovalsAndEditsEqualAFreshBuild(seed: UInt64) throws {
        let (store, dir) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        var rng = SplitMix64(seed: seed)
        var current = try Self.documents().shuffled(using: &rng)
        for document in current { _ = try store.ingest(document, extractor: Self.extractor) }
        #expect(GraphJSON.string(try store.graph()) == Self.expected(current))

        // Three documents withdrawn, one edited (a report appended), one added back.
        for _ in 0..<3 {
            let gone = current.remove(at: Int(rng.next() % UInt64(current.count)))
            #expect(try store.remove(gone.path) == gone.path)
        }
        let edited = Int(rng.next() % UInt64(current.count))
        current[edited] = TextDocument(path: current[edited].path, text: current[edited].text + "\n" + SyntheticArchive(seed: 99).document(Int(seed)).text)
        #expect(try store.ingest(current[edited], extractor: Self.extractor) == .replaced(nodes: try store.graph().nodes.count, edges: try store.graph().edges.count))
        #expect(GraphJSON.string(try store.graph()) == Self.expected(current))
    }

    /// Hot facts: every document names the same 50 people and states the same 48
    /// measures (``SyntheticArchive/hot``), arriving out of merge order, one removed and
    /// one edited — the store folds them from facts, not from every part, and must still
    /// equal a fresh extraction.
    @Test(arguments: [5, 6] as [UInt64])
    func hotFactsInAnyOrderEqualAFreshBuild(seed: UInt64) throws {
        let (store, dir) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        var rng = SplitMix64(seed: seed)
        var current = SyntheticArchive(seed: seed, hot: true).documents(8).shuffled(using: &rng)
        for document in current { _ = try store.ingest(document, extractor: Self.extractor) }
        #expect(GraphJSON.string(try store.graph()) == Self.expected(current))
        let gone = current.remove(at: Int(rng.next() % UInt64(current.count)))
        #expect(try store.remove(gone.path) == gone.path)
        current[0] = TextDocument(path: current[0].path, text: current[0].text + "\n" + SyntheticArchive(seed: 98, hot: true).document(Int(seed)).text)
        _ = try store.ingest(current[0], extractor: Self.extractor)
        let graph = try store.graph()
        #expect(GraphJSON.string(graph) == Self.expected(current))
        #expect(graph.nodes(ofType: .person).count >= 50 && graph.nodes(ofType: .measure).count >= 48)
    }

    /// The sample restated (copies with shifted years, as `chronicle-bench archive
    /// --copies` makes them), then the sample with a line appended under a path that sorts
    /// before the copies: its events join a stored copy's (evidence added, names and dates
    /// as before), its statements come before that copy's in merge order. A second store
    /// object writes to the same file in between (the first one's kept candidates must not
    /// hold across it). Each step equals a fresh extraction.
    /// A same-day meeting conveyed by a short name or its kind alone (全国会议精神,
    /// 视频会议精神: ConveyResolver.contracts, namesTheKind) is found by the store's
    /// candidates by name as well (the name's grams), and the store holds what one
    /// extraction gives.
    @Test func aSameDayMeetingNamedShortIsConveyedInTheStoreToo() throws {
        let (store, dir) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let documents = [
            TextDocument(path: "a.txt", text: "8月3日上午，全国安全生产电视电话会议召开。会后，我市召开全市安全生产工作会议，传达学习全国会议精神。"),
            TextDocument(path: "b.txt", text: "3月7日上午，应急管理部召开全国安全生产工作视频会议。\n收看视频会议后，厅长林平随即主持召开厅党组扩大会议，传达贯彻视频会议精神。"),
        ]
        for document in documents { _ = try store.ingest(document, extractor: Self.extractor) }
        let graph = try store.graph()
        #expect(graph.edges(.conveys).count == 2)
        #expect(GraphJSON.string(graph) == Self.expected(documents))
    }

    @Test func restatedReportsAndTwoWritersEqualAFreshBuild() throws {
        let (store, dir) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sample = try DocumentLoader.load(path: TestPaths.sample).text
        func copy(_ year: Int) -> TextDocument {
            let text = sample.components(separatedBy: "2020").map { $0.replacingOccurrences(of: "2019", with: String(year - 1)) }.joined(separator: String(year))
            return TextDocument(path: "copies/sample-\(year).txt", text: text)
        }
        var current = [copy(2017), copy(2018)]
        for document in current { _ = try store.ingest(document, extractor: Self.extractor) }
        let other = try GraphStore(path: dir.appendingPathComponent("g.sqlite").path)
        current.append(copy(2019))
        _ = try other.ingest(current[2], extractor: Self.extractor)
        current.append(copy(2020))
        _ = try store.ingest(current[3], extractor: Self.extractor)
        #expect(GraphJSON.string(try store.graph()) == Self.expected(current))
        current.append(TextDocument(path: "Samples/sample-again.txt", text: sample + "\n附：补充通知。\n"))
        _ = try store.ingest(current[4], extractor: Self.extractor)
        #expect(GraphJSON.string(try store.graph()) == Self.expected(current))
        #expect(try store.remove("Samples/sample-again.txt") == "Samples/sample-again.txt")
        current.removeLast()
        #expect(GraphJSON.string(try store.graph()) == Self.expected(current))
    }

    @Test func correctionsHoldWhileDocumentsComeAndGo() throws {
        let (store, dir) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let all = try Self.documents()
        var current = Array(all.prefix(12))
        for document in current { _ = try store.ingest(document, extractor: Self.extractor) }
        let graph = try store.graph()
        // Corrections on what is there: reject a chair, set a date, merge two events of
        // one day, add an attendee, reject a person.
        let chair = try #require(graph.edges(.chairs).first)
        let events = graph.nodes(ofType: .event)
        let person = try #require(graph.nodes(ofType: .person).last)
        let pair = try #require(events.indices.dropFirst().first { events[$0].date == events[$0 - 1].date && events[$0].id != events[$0 - 1].id })
        let yaml = """
            - reject: {source: \(chair.source), relation: chairs, target: \(chair.target)}
            - set: {node: \(events[0].id), date: 2013-01-02}
            - merge: {into: \(events[pair - 1].id), from: \(events[pair].id)}
            - add: {source: \(person.id), relation: attends, target: \(events[1].id)}
            - reject: {node: \(graph.nodes(ofType: .person).first!.id)}
            """
        let corrections = try CorrectionFile.parse(yaml, path: "c.yaml")
        #expect(try store.importCorrections(corrections, extractor: Self.extractor, importedAt: "2026-11-30T00:00:00Z") == 5)
        #expect(GraphJSON.string(try store.graph()) == Self.expected(current, corrections))
        // Documents arrive and leave; the corrections are applied again each time.
        for document in all.dropFirst(12) {
            _ = try store.ingest(document, extractor: Self.extractor)
            current.append(document)
        }
        #expect(GraphJSON.string(try store.graph()) == Self.expected(current, corrections))
        let gone = current.remove(at: 2)
        try store.remove(gone.path)
        #expect(GraphJSON.string(try store.graph()) == Self.expected(current, corrections))
    }

    @Test func aDocumentGraphFromElsewhereMergesLikeItsText() throws {
        let (store, dir) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let documents = Array(try Self.documents().prefix(8))
        for (index, document) in documents.enumerated() {
            if index % 2 == 0 {
                _ = try store.ingest(document, extractor: Self.extractor)
            } else {
                let line = DocumentGraphJSON.line(Self.extractor.documentGraph(document).graph, contentHash: GraphStore.contentHash(document.text))
                let decoded = try DocumentGraphJSON.decode(line, path: "x.jsonl", line: index)
                _ = try store.ingest(decoded.graph, contentHash: decoded.contentHash)
            }
        }
        #expect(GraphJSON.string(try store.graph()) == Self.expected(documents))
        #expect(try store.ingest(documents[0], extractor: Self.extractor) == .unchanged)
    }

    /// The writer API of `chronicle-bench news`: documents extracted elsewhere in the
    /// process, each with its own reference date, then stored with their text by one
    /// writer, give the merge of their graphs; the same text again changes nothing.
    @Test func graphsExtractedInParallelWithTheirOwnDatesStoreLikeTheirMerge() throws {
        let (store, dir) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let items = [
            ("2018-03-28", "李克强主持召开国务院常务会议\n2018年3月28日\n今天，国务院总理李克强主持召开国务院常务会议，部署推进“放管服”改革。"),
            ("2018-03-30", "中共中央政治局召开会议\n2018年3月30日\n今天，中共中央总书记习近平主持召开中央政治局会议。李克强、栗战书出席会议。"),
        ]
        let documents = items.map { TextDocument(path: "news-\($0.0).txt", text: $0.1) }
        let graphs = ParallelMap.map(Array(zip(items, documents))) { item, document in
            Extractor(referenceDate: CalendarDate(iso: item.0)).documentGraph(document).graph
        }
        for (graph, document) in zip(graphs, documents) {
            #expect(try store.ingest(graph, of: document) != .unchanged)
        }
        #expect(GraphJSON.string(try store.graph()) == GraphJSON.string(GraphMerger(lexicon: .standard).merge(graphs).canonical()))
        #expect(try store.document(graphs[1].document.id)?.text == documents[1].text)
        #expect(try store.ingest(graphs[0], of: documents[0]) == .unchanged)
        let people = try store.mostEvidenced(.person)
        #expect(people.first?.label == "李克强")
        #expect(people.map(\.evidence) == people.map(\.evidence).sorted(by: >))
    }

    @Test func anotherReferenceDateOrAnOldStoreReExtractsEverything() throws {
        let (store, dir) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let documents = Array(try Self.documents().suffix(3))  // the sample, the flood report, one generated
        _ = try store.ingest(documents[0], extractor: Extractor(referenceDate: CalendarDate(iso: "2019-06-30")))
        // A build with another reference date: the stored graphs were anchored to the old one.
        let other = Extractor(referenceDate: CalendarDate(iso: "2021-12-31"))
        for document in documents.dropFirst() { _ = try store.ingest(document, extractor: other) }
        var expected = GraphJSON.string(other.extract(documents).graph)
        #expect(GraphJSON.string(try store.graph()) == expected)
        // A store from before documents kept their graphs: opening it extracts them again.
        let path = store.path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1])
            c.execute("update document_content set graph = null")
            for t in ["node", "edge", "merged_node"]: c.execute(f"delete from {t}")
            c.commit()
            """, path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let reopened = try GraphStore(path: path)
        expected = GraphJSON.string(other.extract(documents).graph)
        #expect(GraphJSON.string(try reopened.graph()) == expected)
    }

    /// A document that reports a meeting, stored after (and in merge order after) one
    /// that only referred to it: clustering takes the reported event first, so the
    /// stored event is not simply extended (the report names it and gives its id).
    @Test func aReportStoredAfterAReferenceNamesTheMeeting() throws {
        let extractor = Extractor(referenceDate: CalendarDate(iso: "2024-12-31"))
        let documents = [
            TextDocument(path: "a.txt", text: "8月21日，省长陈明主持召开省政府常务会议，传达学习8月18日中央政治局会议精神。"),
            TextDocument(path: "b.txt", text: "8月18日，中共中央政治局召开会议，分析研究当前经济形势。"),
        ]
        let (store, dir) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        for document in documents { _ = try store.ingest(document, extractor: extractor) }
        let graph = try store.graph()
        #expect(graph.nodes(ofType: .event).contains { $0.id == "e-2024-08-18-中共中央政治局会议" })
        #expect(GraphJSON.string(graph.canonical()) == GraphJSON.string(extractor.extract(documents).graph.canonical()))
    }

    @Test func removingAnUnknownDocumentSaysWhichAreStored() throws {
        let (store, dir) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let document = SyntheticArchive(seed: 3).document(0)
        _ = try store.ingest(document, extractor: Self.extractor)
        let before = GraphJSON.string(try store.graph())
        #expect(throws: StoreError.self) { try store.remove("archive/000001.txt") }
        #expect(GraphJSON.string(try store.graph()) == before)
        #expect(try store.remove("000000.txt") == document.path)
        #expect(try store.graph().nodes.isEmpty)
    }
}
