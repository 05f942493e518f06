import ChronicleCore
import ChronicleDeck
import ChronicleRender
import ChronicleStore
import Foundation
import Hummingbird

extension Pages {
    /// The review queue (least certain facts first) with accept / reject / edit.
    func review(_ query: FormValues, session: Session) throws -> (title: String, active: String?, body: String) {
        let graph = try workspace.wholeGraph()
        let categories = Set((query["kind"] ?? "").split(separator: ",").compactMap { ReviewItem.Category(rawValue: String($0)) })
        let items = ReviewQueue.items(graph, categories: categories, limit: 40)
        var body = "<h1>审核</h1><p class=\"muted\">最不确定的事实在前。接受、否决或修改会作为修正保存在库中，重建后仍然有效（与 <code>chronicle correct</code> 相同）。</p>"
        body += "<p>" + ([("", "全部")] + ReviewItem.Category.allCases.map { ($0.rawValue, $0.rawValue) }).map { value, name in
            "<a href=\"\(HTML.escape(HTML.link("/review", value.isEmpty ? [] : [("kind", value)])))\">\(HTML.escape(name))</a>"
        }.joined(separator: " · ") + "</p>"
        if items.isEmpty { body += "<p class=\"ok\">没有待审核的事实。</p>" }
        for item in items {
            body += "<div class=\"fact\"><b>\(HTML.escape(item.statement))</b> <span class=\"muted\">置信度 \(String(format: "%.2f", item.confidence))"
                + (item.reasons.isEmpty ? "" : "：" + HTML.escape(item.reasons.joined(separator: "；"))) + "</span>"
                + "<div class=\"evidence\">\(HTML.escape(item.evidence))</div>"
                + actionForm(item.fact, session: session, graph: graph) + "</div>"
        }
        return ("审核", "/review", body)
    }

    func actionForm(_ fact: FactReference, session: Session, graph: Graph) -> String {
        let fields = hiddenFields(fact, back: "/review", session: session)
        var html = "<form method=\"post\" action=\"/review\">\(fields)"
            + "<button class=\"accept\" name=\"action\" value=\"accept\">接受</button> <button class=\"reject\" name=\"action\" value=\"reject\">否决</button>"
        if case .node(let id) = fact, let node = graph[id] {
            html += " 修改：<input name=\"label\" value=\"\(HTML.escape(node.label))\" size=\"24\" aria-label=\"名称\">"
            if node.type == .event {
                html += "<input name=\"date\" value=\"\(HTML.escape(node.date?.iso ?? ""))\" size=\"10\" aria-label=\"日期\">"
            }
            html += " <button name=\"action\" value=\"set\">保存修改</button>"
        }
        return html + " <input name=\"note\" placeholder=\"备注（可选）\" size=\"16\"></form>"
    }

    /// A correction from a form: stored like `chronicle correct` stores them, for a
    /// fact the store has (a form naming anything else is refused with 400 and nothing
    /// is stored); back on the page the form was on, which then says what was done and
    /// offers to undo it.
    func correct(_ form: FormValues, session: Session) throws -> Response {
        let fact: FactReference
        if let node = form["node"] {
            fact = .node(NodeID(node))
        } else if let source = form["source"], let target = form["target"], let name = form["relation"] {
            guard let relation = Relation(rawValue: name) else { throw PageError.badRequest("没有“\(name)”这种关系，没有保存任何修正。") }
            fact = .edge(source: NodeID(source), relation: relation, target: NodeID(target))
        } else {
            throw PageError.badRequest("表单没有指明要修正的事实，没有保存任何修正。")
        }
        guard try store.contains(fact) else { throw PageError.badRequest(Self.unknownFact(fact)) }
        let operation: CorrectionOperation
        switch form["action"] {
        case "accept": operation = .accept(fact)
        case "reject": operation = .reject(fact)
        case "set":
            guard case .node(let id) = fact else { throw PageError.badRequest("只能修改节点的名称和日期，没有保存任何修正。") }
            var fields = NodeFields()
            fields.label = form["label"]
            if let date = form["date"] {
                guard let parsed = CalendarDate(iso: date) else { throw PageError.badRequest("日期要写成 YYYY-MM-DD（如 2020-01-26），不是“\(date)”；没有保存任何修正。") }
                fields.date = parsed
            }
            operation = .set(id, fields)
        default:
            throw PageError.badRequest("操作只能是 accept（接受）、reject（否决）或 set（修改），没有保存任何修正。")
        }
        let statement = try statement(of: fact)
        let now = ISO8601DateFormatter().string(from: Date())
        let id: Int64
        do {
            id = try store.storeCorrection(Correction(operation, note: form["note"], by: Self.author, at: now), extractor: workspace.extractor, importedAt: now)
        } catch {
            throw PageError(status: .unprocessableContent, message: "\(error)")
        }
        workspace.corrected.withLock { $0[id] = statement }
        return .redirect(Self.path(Self.back(form), adding: ("done", String(id))))
    }

    /// The message for a form naming a fact the store does not have.
    static func unknownFact(_ fact: FactReference) -> String {
        switch fact {
        case .node(let id):
            "库中没有“\(id.rawValue)”这个节点（可能已被否决，或重建后不复存在），没有保存任何修正。请回到审核页重新选择。"
        case let .edge(source, relation, target):
            "库中没有“\(source.rawValue)”\(relation.chinese)“\(target.rawValue)”这条关系（可能已被否决，或重建后不复存在），没有保存任何修正。请回到审核页重新选择。"
        }
    }

    /// A fact in words, from the store as it is before the correction.
    func statement(of fact: FactReference) throws -> String {
        switch fact {
        case .node(let id):
            let graph = try store.neighbourhood(of: [id], edgeLimit: 0, briefNeighbours: true)
            guard let node = graph[id] else { return id.rawValue }
            return node.type == .event ? [node.date?.iso, node.label].compactMap { $0 }.joined(separator: " ") : node.label
        case let .edge(source, relation, target):
            let graph = try store.neighbourhood(of: [source, target], edgeLimit: 0, briefNeighbours: true)
            return "\(graph[source]?.label ?? source.rawValue) \(relation.chinese) \(graph[target]?.label ?? target.rawValue)"
        }
    }

    /// A view as a file: the timeline, a measure's lineage or a node's relations as
    /// SVG, PNG or PDF, or the timeline's range as a briefing deck.
    func download(_ query: FormValues, inline: Bool = false) -> Response {
        let session: Session? = nil
        do {
            let view = query["view"] ?? "timeline"
            let format = query["format"] ?? "svg"
            if view == "deck" {
                let filter = try TimelineFilter(query)
                let graph = try store.timelineGraph(from: filter.from, to: filter.to, level: filter.level, kind: filter.kind, limit: 2_000)
                let builder = DeckBuilder(renderer: workspace.renderer)
                let deck = try builder.build(graph, options: DeckOptions(title: "会议与措施简报"))
                let name = DownloadName.timeline(store: store.path, view: "简报", asciiView: "briefing", from: filter.from, to: filter.to,
                                                 level: filter.level, kind: filter.kind, graph: graph, pathExtension: "pptx")
                return .file(try deck.package(), type: "application/vnd.openxmlformats-officedocument.presentationml.presentation", name: name)
            }
            guard let output = OutputFormat(rawValue: format), output != .dot else { throw PageError.badRequest("format must be svg, png, pdf (or pptx for the deck)") }
            let graph: Graph, kind: ViewKind, focus: NodeID?, name: DownloadName
            switch view {
            case "timeline":
                let filter = try TimelineFilter(query)
                graph = try store.timelineGraph(from: filter.from, to: filter.to, level: filter.level, kind: filter.kind, limit: Self.timelineLimit)
                (kind, focus) = (.timeline, nil)
                name = DownloadName.timeline(store: store.path, view: "时间线", asciiView: "timeline", from: filter.from, to: filter.to,
                                             level: filter.level, kind: filter.kind, graph: graph, pathExtension: output.rawValue)
            case "lineage", "relations":
                guard let id = query["focus"] else { throw PageError.badRequest("which one? add focus=…") }
                graph = try store.neighbourhood(of: [NodeID(id)])
                guard let node = graph[NodeID(id)] else { throw PageError.notFound("no node “\(id)”") }
                (kind, focus) = (view == "lineage" ? .lineage : .relations, NodeID(id))
                name = DownloadName.node(store: store.path, label: node.label, view: view == "lineage" ? "提出与重申" : "关系", asciiView: view,
                                         pathExtension: output.rawValue)
            default:
                throw PageError.badRequest("view must be timeline, lineage, relations or deck")
            }
            let slide = output == .svg ? nil : Slide(aspect: "16:9")
            let data = try workspace.renderer.render(kind, of: graph, format: output, focus: focus, slide: slide)
            let types: [OutputFormat: String] = [.svg: "image/svg+xml", .png: "image/png", .pdf: "application/pdf"]
            return .file(data, type: types[output]!, name: name, inline: inline)
        } catch let error as PageError {
            return errorPage(error, session: session)
        } catch {
            return errorPage(PageError(status: .unprocessableContent, message: "\(error)"), session: session)
        }
    }
}
