import Foundation
import Testing
import ChronicleCore
import ChronicleStore
import ChronicleTestSupport

/// The store keeps apart the events that merging keeps apart (other guests, hosts,
/// holders, half-days, trips; a meeting at a summit) and joins the reports of one
/// event, in whatever order the items arrive: its graph is the merge of the items'
/// graphs. Items written for this test in the news genre (invented people and places).
@Suite struct EventMergeStoreTests {
    static let items = [
        "国务院总理陈立国18日在京会见来华访问的甲国总统阿尔多。",
        "国务院总理陈立国18日在京会见来华访问的乙国总理贝纳。",
        "国家副主席周明远18日在北京会见乙国总理贝纳。",
        "国务院总理陈立国18日上午在人民大会堂会见甲国总统阿尔多，双方就合作交换意见。",
        "国务院新闻办公室今天举行新闻发布会，农业部门有关负责人介绍了夏粮收购情况。",
        "国务院新闻办公室今天举行新闻发布会，交通部门有关负责人介绍了暑运安排。",
        "今天，甲特区政府举行升旗仪式，庆祝节日。\n乙特区政府今天在海滨广场举行升旗仪式。",
        "国务院总理陈立国18日下午在人民大会堂举行仪式，欢迎丙国总理卡伦对我国进行正式访问。",
        "国家主席陈立国18日上午在人民大会堂举行仪式，欢迎丁国总统多明对我国进行国事访问。",
        "国务院总理陈立国6月16日至17日在东江省南城检查指导防汛工作。",
        "国务院总理陈立国6月17日至18日在西川省北城调研。",
        "当地时间6月17日上午，国家主席陈立国在南港出席第九届海洋国家峰会。",
        "当地时间6月17日下午，国家主席陈立国在南港出席第九届海洋国家峰会期间会见甲国总统阿尔多。",
    ].enumerated().map { TextDocument(path: "item-\($0.offset).txt", text: "测试条目\($0.offset)\n2025年6月18日\n\($0.element)\n") }

    static func stored(_ documents: [TextDocument], graphs: [String: DocumentGraph]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-event-merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try GraphStore(path: dir.appendingPathComponent("news.sqlite").path)
        for document in documents { _ = try store.ingest(graphs[document.path]!, of: document) }
        return GraphJSON.string(try store.graph())
    }

    @Test func theStoreMergesEventsAsMergingDoes() throws {
        var graphs: [String: DocumentGraph] = [:]
        for document in Self.items { graphs[document.path] = Extractor().documentGraph(document).graph }
        let merged = GraphMerger().merge(Self.items.map { graphs[$0.path]! }).canonical()
        // Not vacuous: the two reports of one meeting are one event, and the summit's
        // report and the item of a meeting held there name one summit; the rest stay apart.
        let events = merged.nodes(ofType: .event)
        let joined = events.filter { Set($0.evidence.map(\.document)).count == 2 }
        #expect(joined.count == 2)
        #expect(joined.contains { $0.label.contains("阿尔多") && !$0.label.contains("峰会") })
        #expect(joined.contains { $0.label == "第九届海洋国家峰会" })
        #expect(events.count >= 13)
        #expect(try Self.stored(Self.items, graphs: graphs) == GraphJSON.string(merged))
        var rng = SplitMix64(seed: 23)
        #expect(try Self.stored(Self.items.shuffled(using: &rng), graphs: graphs) == GraphJSON.string(merged))
    }
}
