import Foundation
import Testing
import ChronicleCore
import ChronicleStore
import ChronicleTestSupport

/// The news archive's store (`chronicle-bench news`) must not depend on the order the
/// items arrive in: a slice of real news — a month of 2020 whose items restate the same
/// people, meetings and measures day after day, and items spread over the rest of the
/// year — stored in date order and in a random order, each item extracted with its
/// broadcast date as reference date, gives one graph, the merge of the items' graphs.
@Suite struct NewsOrderTests {
    static let news = TestPaths.sharedCorpus.appendingPathComponent("news/2020.jsonl.xz").path
    static let hasNews = FileManager.default.fileExists(atPath: news)

    /// The slice: the first 40 items of the year in date order and every 90th after them.
    static func slice() throws -> [NewsItem] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xz", "-dc", news]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let items = try NewsItem.items(jsonLines: data, path: news).sorted { ($0.date.iso, $0.id) < ($1.date.iso, $1.id) }
        return Array(items.prefix(40)) + stride(from: 40, to: items.count, by: 90).map { items[$0] }
    }

    static func store(_ items: [NewsItem], graphs: [String: DocumentGraph]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-news-order-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try GraphStore(path: dir.appendingPathComponent("news.sqlite").path)
        for item in items {
            _ = try store.ingest(graphs[item.id]!, of: TextDocument(path: "\(item.id).txt", text: item.text))
        }
        return GraphJSON.string(try store.graph())
    }

    @Test(.enabled(if: hasNews, "../shared/corpus/news/2020.jsonl.xz is not beside the repository: skipped"))
    func dateOrderAndRandomOrderStoreTheSameGraph() throws {
        let items = try Self.slice()
        #expect(items.count > 100)
        var graphs: [String: DocumentGraph] = [:]
        for item in items {
            let extractor = Extractor(referenceDate: item.date)
            graphs[item.id] = extractor.documentGraph(TextDocument(path: "\(item.id).txt", text: item.text)).graph
        }
        let inDateOrder = try Self.store(items, graphs: graphs)
        var rng = SplitMix64(seed: 2026)
        let shuffled = items.shuffled(using: &rng)
        #expect(shuffled.map(\.id) != items.map(\.id))
        let inRandomOrder = try Self.store(shuffled, graphs: graphs)
        #expect(inRandomOrder == inDateOrder)
        // Both are the merge of the items' graphs.
        let merged = GraphMerger(lexicon: .standard).merge(items.map { graphs[$0.id]! }).canonical()
        #expect(inDateOrder == GraphJSON.string(merged))
    }
}
