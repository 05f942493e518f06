import ChronicleCore
/// A relationship diagram: nodes drawn by type, edges labelled with their relation in
/// Chinese. With a focus, only the focus and the nodes within `depth` steps of it.
public struct RelationsView: Sendable {
    public var focus: NodeID?
    public var depth: Int

    public init(focus: NodeID? = nil, depth: Int = 1) {
        self.focus = focus
        self.depth = depth
    }

    /// The nodes the diagram shows, in graph order.
    func selection(in graph: Graph) throws(RenderError) -> Set<NodeID> {
        guard let focus else { return Set(graph.nodes.keys) }
        guard graph[focus] != nil else {
            let close = graph.nodes.keys.filter { $0.rawValue.contains(focus.rawValue) }.prefix(5).map(\.rawValue)
            throw .nothingToDraw("no node with id \"\(focus)\"" + (close.isEmpty ? "" : "; did you mean: " + close.joined(separator: ", ")))
        }
        var selected: Set<NodeID> = [focus]
        var frontier: Set<NodeID> = [focus]
        for _ in 0..<max(depth, 0) {
            var next: Set<NodeID> = []
            for edge in graph.edges {
                if frontier.contains(edge.source), !selected.contains(edge.target) { next.insert(edge.target) }
                if frontier.contains(edge.target), !selected.contains(edge.source) { next.insert(edge.source) }
            }
            selected.formUnion(next)
            frontier = next
        }
        return selected
    }

    public func document(for graph: Graph, style: RenderStyle) throws(RenderError) -> DOTDocument {
        guard !graph.nodes.isEmpty else { throw .nothingToDraw("the graph has no nodes") }
        let selected = try selection(in: graph)
        let shownTitles = titles(in: graph, selected: selected)
        var document = style.baseDocument(name: "relations", rankdir: "LR")
        document.graphAttributes["ranksep"] = "0.6"
        for node in graph.nodes.values where selected.contains(node.id) {
            var attributes = shape(for: node, style: style)
            var lines = LabelText.wrap(LabelText.truncate(node.label, to: 36), width: 12)
            if node.type == .event { lines.insert(LabelText.date(of: node), at: 0) }
            if let title = shownTitles[node.id] { lines += LabelText.wrap(LabelText.truncate(title, to: 24), width: 12) }
            attributes["label"] = .text(lines.joined(separator: "\n"))
            attributes["tooltip"] = .text(CorrectionMark.tooltip(node.properties, evidence: node.evidence.first?.text ?? node.label, limit: 400))
            CorrectionMark.apply(node.properties, to: &attributes, isEdge: false)
            if node.id == focus { attributes["penwidth"] = "2.5" }
            if let link = style.link(node), node.id != focus { attributes["href"] = link }
            document.statements.append(.node(id: node.id.rawValue, attributes: attributes))
        }
        // A focus with many neighbours: them in two columns in their order (events by
        // date), so that the picture is wider than tall rather than one tall column.
        if let focus {
            let neighbours = graph.nodes.values.filter { selected.contains($0.id) && $0.id != focus }
                .sorted { a, b in
                    func key(_ node: Node) -> (String, Int, String) {
                        (node.date?.iso ?? "9999", node.timeOfDay.flatMap { TimeOfDay.allCases.firstIndex(of: $0) } ?? 9, node.label)
                    }
                    return key(a) < key(b)
                }
                .map(\.id)
            if neighbours.count > 6 {
                document.graphAttributes["ordering"] = "out"
                let half = (neighbours.count + 1) / 2
                for index in half..<neighbours.count {
                    document.statements.append(.edge(from: neighbours[index - half].rawValue, to: neighbours[index].rawValue, attributes: ["style": "invis"]))
                }
            }
        }
        // Parallel edges between one pair (主持 and 讲话) become one edge, labels joined.
        var pairs: [[NodeID]: [Edge]] = [:]
        var order: [[NodeID]] = []
        for edge in graph.edges where selected.contains(edge.source) && selected.contains(edge.target) {
            let key = [edge.source, edge.target]
            if pairs[key] == nil { order.append(key) }
            pairs[key, default: []].append(edge)
        }
        for key in order {
            let group = pairs[key]!
            let labels = group.map { edge -> String in
                if let title = edge.properties["title"], case .string(let text) = title { return text }
                return edge.relation.chinese
            }
            var label = labels.joined(separator: "、")
            if let then = titleThen(group[0], in: graph, shown: shownTitles) { label += "（时任" + LabelText.truncate(then, to: 16) + "）" }
            var attributes: DOTDocument.Attributes = ["label": .text(label)]
            let relations = Set(group.map(\.relation))
            if relations.contains(.conveys) { attributes["color"] = "#c0392b"; attributes["style"] = "dashed" }
            if relations.contains(.sets) { attributes["color"] = "#1e8449"; attributes["penwidth"] = "1.6" }
            if relations.contains(.reiterates) { attributes["color"] = "#1e8449"; attributes["style"] = "dashed" }
            let corrected = group.first { CorrectionMark.note($0.properties) != nil }
            attributes["tooltip"] = .text(CorrectionMark.tooltip(corrected?.properties ?? [:], evidence: (corrected ?? group.first)?.evidence.first?.text ?? "", limit: 400))
            if let corrected { CorrectionMark.apply(corrected.properties, to: &attributes, isEdge: true) }
            document.statements.append(.edge(from: key[0].rawValue, to: key[1].rawValue, attributes: attributes))
        }
        return document
    }

    /// The title each drawn person is shown with: the one in force at the latest
    /// dated event the picture shows them chairing, attending or speaking at (their
    /// first title when none is dated).
    func titles(in graph: Graph, selected: Set<NodeID>) -> [NodeID: String] {
        var latest: [NodeID: CalendarDate] = [:]
        for edge in graph.edges where Self.roles.contains(edge.relation) && selected.contains(edge.source) && selected.contains(edge.target) {
            guard let date = graph[edge.target]?.date else { continue }
            latest[edge.source] = max(latest[edge.source] ?? date, date)
        }
        var shown: [NodeID: String] = [:]
        for node in graph.nodes.values where node.type == .person && selected.contains(node.id) {
            shown[node.id] = node.title(atEventOn: latest[node.id])
        }
        return shown
    }

    /// A person's title at the event of a role edge, when it is not the title the
    /// person is shown with (`主持（时任省长）`).
    func titleThen(_ edge: Edge, in graph: Graph, shown: [NodeID: String]) -> String? {
        guard Self.roles.contains(edge.relation), let person = graph[edge.source], let date = graph[edge.target]?.date,
            let then = person.title(at: date), then != shown[edge.source]
        else { return nil }
        return then
    }

    static let roles: Set<Relation> = [.chairs, .attends, .speaksAt]

    private func shape(for node: Node, style: RenderStyle) -> DOTDocument.Attributes {
        switch node.type {
        case .event: ["shape": "box", "fillcolor": .text(style.fill(for: node.level))]
        case .person: ["shape": "ellipse", "style": "filled", "fillcolor": "#ffffff"]
        case .organization: ["shape": "component", "style": "filled", "fillcolor": "#f4f4f4"]
        case .measure: ["shape": "hexagon", "style": "filled", "fillcolor": "#d5f5e3"]
        case .document: ["shape": "note", "style": "filled", "fillcolor": "#fdf2e9"]
        case .place: ["shape": "house", "style": "filled", "fillcolor": "#eaf2f8"]
        }
    }
}
