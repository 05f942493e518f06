import ChronicleCore
import ChronicleRender
import Foundation

/// The speaker notes of a slide: for every fact it shows, the sentence that states it
/// and the document it is in — what the presenter reads when asked "where does that
/// come from?".
struct EvidenceNotes {
    let graph: Graph
    let documentNames: [DocumentID: String]
    /// The chairs of each event, in edge order.
    let chairs: [NodeID: [Node]]

    init(graph: Graph) {
        self.graph = graph
        documentNames = Dictionary(graph.documents.map { ($0.id, ($0.path as NSString).lastPathComponent) }) { first, _ in first }
        var chairs: [NodeID: [Node]] = [:]
        for edge in graph.edges where edge.relation == .chairs {
            if let person = graph[edge.source] { chairs[edge.target, default: []].append(person) }
        }
        self.chairs = chairs
    }

    /// `原文：“…”（file.txt）`, or nil without evidence.
    func quote(_ evidence: [Evidence]) -> String? {
        guard let first = evidence.first else { return nil }
        let source = documentNames[first.document].map { "（\($0)）" } ?? ""
        return "　原文：“\(first.text.trimmingCharacters(in: .whitespacesAndNewlines))”" + source
    }

    func when(_ node: Node) -> String {
        guard let date = node.date else { return "日期不详" }
        return date.chinese + (node.timeOfDay.map { " " + $0.chinese } ?? "")
    }

    func timeline(_ page: TimelineSelection) -> [String] {
        var lines: [String] = []
        for event in page.events {
            var head = "● \(when(event.node))　\(event.node.label)"
            if let chairs = chairs[event.node.id], !chairs.isEmpty {
                // Each chair with the title in force at the event: 楼阳生（省委书记）.
                head += "　主持：" + chairs.map { chair in chair.label + (chair.title(atEventOn: event.node.date).map { "（\($0)）" } ?? "") }.joined(separator: "、")
            }
            lines.append(head)
            if let quote = quote(event.node.evidence) { lines.append(quote) }
            for edge in graph.edges where edge.target == event.node.id && edge.relation == .chairs {
                if let text = quote(edge.evidence), text != quote(event.node.evidence) { lines.append(text.replacingOccurrences(of: "原文", with: "主持依据")) }
            }
        }
        // Those to events on other slides too (the box says 传达：前页N项).
        for convey in page.conveys + page.conveysLeftOut {
            guard let source = graph[convey.source], let target = graph[convey.target] else { continue }
            lines.append("● 传达：\(source.label)（\(when(source))）→ \(target.label)（\(when(target))）")
            if let quote = quote(convey.edge.evidence) { lines.append(quote) }
        }
        return lines
    }

    func measure(_ id: NodeID) -> [String] {
        guard let measure = graph[id] else { return [] }
        var lines = ["措施：“\(measure.label)”" + (measure.components.isEmpty ? "" : "，即" + measure.components.joined(separator: "、"))]
        let stated = graph.edges.filter { ($0.relation == .sets || $0.relation == .firstSeen || $0.relation == .reiterates) && $0.target == id }
            .compactMap { edge in graph[edge.source].map { (edge, $0) } }
            .sorted { ($0.1.date?.iso ?? "", $0.1.label) < ($1.1.date?.iso ?? "", $1.1.label) }
        for (edge, event) in stated {
            lines.append("● \(edge.relation.chinese)｜\(when(event))　\(event.label)")
            if let quote = quote(edge.evidence) { lines.append(quote) }
        }
        return lines
    }

    func person(_ id: NodeID) -> [String] {
        guard let person = graph[id] else { return [] }
        let titles = person.datedTitleList
        var lines = [person.label + (titles.isEmpty ? "" : "：" + titles.joined(separator: "；"))]
        let roles = graph.edges.filter { $0.source == id && [.chairs, .attends, .speaksAt].contains($0.relation) }
            .compactMap { edge in graph[edge.target].map { (edge, $0) } }
            .sorted { ($0.1.date?.iso ?? "", $0.1.label) < ($1.1.date?.iso ?? "", $1.1.label) }
        // The slide names the title at the latest meeting; a meeting when another was in
        // force says so (主持（时任省长）).
        let current = person.title(atEventOn: roles.compactMap(\.1.date).max())
        for (edge, event) in roles {
            let title = person.title(atEventOn: event.date)
            let then = title != nil && title != current ? "（时任\(title!)）" : ""
            lines.append("● \(edge.relation.chinese)\(then)｜\(when(event))　\(event.label)")
            if let quote = quote(edge.evidence) { lines.append(quote) }
        }
        return lines
    }
}
