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
        let s = session.strings
        let categories = Set((query["kind"] ?? "").split(separator: ",").compactMap { ReviewItem.Category(rawValue: String($0)) })
        let items = ReviewQueue.items(graph, categories: categories, limit: 40)
        var body = "<h1>\(s.html(.navReview))</h1><p class=\"muted\">\(s.html(.reviewIntro, "<code>chronicle correct</code>"))</p>"
        body += "<p>" + ([("", s[.reviewAll])] + ReviewItem.Category.allCases.map { ($0.rawValue, s.reviewCategory($0)) }).map { value, name in
            "<a href=\"\(HTML.escape(HTML.link("/review", value.isEmpty ? [] : [("kind", value)])))\">\(HTML.escape(name))</a>"
        }.joined(separator: " · ") + "</p>"
        if items.isEmpty { body += "<p class=\"ok\">\(s.html(.reviewEmpty))</p>" }
        for item in items {
            let reasons = item.causes.map { Self.cause($0, s) }
            body += "<div class=\"fact\"><b>\(FactStatement(item.fact, in: graph).html(s))</b> <span class=\"muted\">"
                + s.html(.confidence, String(format: "%.2f", item.confidence))
                + (reasons.isEmpty ? "" : s.html(.reasonsFollow) + reasons.joined(separator: s.html(.reasonSeparator))) + "</span>"
                + "<div class=\"evidence\" lang=\"zh\">\(HTML.escape(item.evidence))</div>"
                + actionForm(item.fact, session: session, graph: graph) + "</div>"
        }
        return (s[.navReview], "/review", body)
    }

    /// Why a fact is uncertain, in words; a rule by its readable name, its id in the
    /// `title` attribute.
    static func cause(_ cause: ReviewItem.Cause, _ s: Strings) -> String {
        switch cause {
        case .rule(let rule): s.html(.reasonRule, "<span class=\"rule\" title=\"\(HTML.escape(rule))\">\(HTML.escape(s.rule(rule)))</span>")
        case .oneSentence: s.html(.reasonOneSentence)
        case .dateInferred: s.html(.reasonDateInferred)
        case .merged(let names): s.html(.reasonMerged, String(names))
        }
    }

    func actionForm(_ fact: FactReference, session: Session, graph: Graph) -> String {
        let s = session.strings
        let fields = hiddenFields(fact, back: "/review", session: session)
        var html = "<form method=\"post\" action=\"/review\">\(fields)"
            + "<button class=\"accept\" name=\"action\" value=\"accept\">\(s.html(.accept))</button> <button class=\"reject\" name=\"action\" value=\"reject\">\(s.html(.reject))</button>"
        if case .node(let id) = fact, let node = graph[id] {
            html += " \(s.html(.editLabel)) <input name=\"label\" value=\"\(HTML.escape(node.label))\" size=\"\(min(60, max(24, node.label.count * 2 + 2)))\" aria-label=\"\(s.html(.fieldName))\">"
            if node.type == .event {
                html += "<input name=\"date\" value=\"\(HTML.escape(node.date?.iso ?? ""))\" size=\"10\" aria-label=\"\(s.html(.columnDate))\">"
            }
            html += " <button name=\"action\" value=\"set\">\(s.html(.saveEdit))</button>"
        }
        return html + " <input name=\"note\" placeholder=\"\(s.html(.notePlaceholder))\" aria-label=\"\(s.html(.notePlaceholder))\" size=\"16\"></form>"
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
            guard let relation = Relation(rawValue: name) else { throw PageError(status: .badRequest, phrase: .noSuchRelation, arguments: [.code(name)]) }
            fact = .edge(source: NodeID(source), relation: relation, target: NodeID(target))
        } else {
            throw PageError.badRequest(.formNoFact)
        }
        guard try store.contains(fact) else { throw Self.unknownFact(fact) }
        let operation: CorrectionOperation
        switch form["action"] {
        case "accept": operation = .accept(fact)
        case "reject": operation = .reject(fact)
        case "set":
            guard case .node(let id) = fact else { throw PageError.badRequest(.onlyNodesEdited) }
            var fields = NodeFields()
            fields.label = form["label"]
            if let date = form["date"] {
                guard let parsed = CalendarDate(iso: date) else { throw PageError(status: .badRequest, phrase: .badEditDate, arguments: [.code(date)]) }
                fields.date = parsed
            }
            operation = .set(id, fields)
        default:
            throw PageError.badRequest(.badAction)
        }
        let statement = try statement(of: fact)
        let now = ISO8601DateFormatter().string(from: Date())
        let id: Int64
        do {
            id = try store.storeCorrection(Correction(operation, note: form["note"], by: Self.author, at: now), extractor: workspace.extractor, importedAt: now)
            workspace.changed()
        } catch {
            throw PageError.failed(.unprocessableContent, error)
        }
        workspace.corrected.withLock { $0[id] = statement }
        return .redirect(Self.path(Self.back(form), adding: ("done", String(id))))
    }

    /// The message for a form naming a fact the store does not have.
    static func unknownFact(_ fact: FactReference) -> PageError {
        switch fact {
        case .node(let id):
            PageError(status: .badRequest, phrase: .unknownNode, arguments: [.code(id.rawValue)])
        case let .edge(source, relation, target):
            PageError(status: .badRequest, phrase: .unknownEdge, arguments: [.code(source.rawValue), .relation(relation), .code(target.rawValue)])
        }
    }

    /// A fact in words, from the store as it is before the correction.
    func statement(of fact: FactReference) throws -> FactStatement {
        switch fact {
        case .node(let id):
            FactStatement(fact, in: try store.neighbourhood(of: [id], edgeLimit: 0, briefNeighbours: true))
        case let .edge(source, _, target):
            FactStatement(fact, in: try store.neighbourhood(of: [source, target], edgeLimit: 0, briefNeighbours: true))
        }
    }

    /// A view as a file: the timeline, a measure's lineage or a node's relations as
    /// SVG, PNG or PDF, or the timeline's range as a briefing deck.
    func download(_ query: FormValues, session: Session, inline: Bool = false) -> Response {
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
            guard let output = OutputFormat(rawValue: format), output != .dot else { throw PageError(status: .badRequest, phrase: .badFormat, arguments: [.code(format)]) }
            let kind: ViewKind, focus: NodeID?, name: DownloadName, graph: () throws -> Graph
            switch view {
            case "timeline":
                let filter = try TimelineFilter(query)
                let range = try store.timelineGraph(from: filter.from, to: filter.to, level: filter.level, kind: filter.kind, limit: Self.timelineLimit)
                (kind, focus, graph) = (.timeline, nil, { range })
                name = DownloadName.timeline(store: store.path, view: "时间线", asciiView: "timeline", from: filter.from, to: filter.to,
                                             level: filter.level, kind: filter.kind, graph: range, pathExtension: output.rawValue)
            case "lineage", "relations":
                guard let id = query["focus"] else { throw PageError.badRequest(.whichFocus) }
                let node = NodeID(id)
                guard let info = try store.labels(of: [node])[node] else { throw PageError(status: .notFound, phrase: .noNode, arguments: [.code(id)]) }
                (kind, focus) = (view == "lineage" ? .lineage : .relations, node)
                // A person or a measure named at thousands of meetings: its latest ones.
                graph = info.type == .person || info.type == .measure
                    ? { try self.store.recentNeighbourhood(of: node, limit: Self.pictureEvents).graph } : { try self.store.neighbourhood(of: [node]) }
                name = DownloadName.node(store: store.path, label: info.label, view: view == "lineage" ? "提出与重申" : "关系", asciiView: view,
                                         pathExtension: output.rawValue)
            default:
                throw PageError(status: .badRequest, phrase: .badView, arguments: [.code(view)])
            }
            // PNG and PDF on a slide; a timeline range too full for a 16:9 slide at 14 pt
            // with whole names on a taller one, as the page draws it, or else at its
            // natural size (the deck is the download that splits it over slides).
            var slide = output == .svg ? nil : Slide(aspect: "16:9")
            if kind == .timeline, slide != nil { slide = canvas(for: try graph(), dpi: 300) }
            let key = ["download", view, output.rawValue, focus?.rawValue ?? "", (try? TimelineFilter(query))?.parameters.map { $0.0 + "=" + $0.1 }.joined(separator: "&") ?? ""]
                .joined(separator: "\u{1F}")
            let data = try workspace.picture(key) { try workspace.renderer.render(kind, of: try graph(), format: output, focus: focus, slide: slide) }
            let types: [OutputFormat: String] = [.svg: "image/svg+xml", .png: "image/png", .pdf: "application/pdf"]
            return .file(data, type: types[output]!, name: name, inline: inline)
        } catch let error as PageError {
            return errorPage(error, session: session)
        } catch {
            return errorPage(.failed(.unprocessableContent, error), session: session)
        }
    }
}
