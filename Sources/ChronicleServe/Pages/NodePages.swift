import ChronicleCore
import ChronicleRender
import ChronicleStore
import Foundation

extension Pages {
    /// The node a page is about: by id, else by name.
    func node(_ query: FormValues, type: NodeType) throws -> (id: NodeID, graph: Graph) {
        guard let wanted = query["id"] ?? query["name"] else { throw PageError.badRequest(.whichNode) }
        // An id (every link) is read with its neighbourhood at once; a name is looked up first.
        var id = NodeID(wanted)
        var graph = try store.neighbourhood(of: [id], briefNeighbours: true)
        if graph[id]?.type != type {
            id = try store.find(wanted, type: type)
            graph = try store.neighbourhood(of: [id], briefNeighbours: true)
        }
        guard let node = graph[id], node.type == type else { throw Self.notFound(kind: type.rawValue, name: wanted, suggestions: []) }
        return (node.id, graph)
    }

    /// The hidden fields that name a fact in a form, with the token and the page to
    /// come back to.
    func hiddenFields(_ fact: FactReference, back: String, session: Session) -> String {
        var fields = session.field + "<input type=\"hidden\" name=\"back\" value=\"\(HTML.escape(back))\">"
        switch fact {
        case .node(let id):
            fields += "<input type=\"hidden\" name=\"node\" value=\"\(HTML.escape(id.rawValue))\">"
        case let .edge(source, relation, target):
            fields += "<input type=\"hidden\" name=\"source\" value=\"\(HTML.escape(source.rawValue))\">"
                + "<input type=\"hidden\" name=\"relation\" value=\"\(relation.rawValue)\">"
                + "<input type=\"hidden\" name=\"target\" value=\"\(HTML.escape(target.rawValue))\">"
        }
        return fields
    }

    /// Buttons that reject (or accept) one fact; they post to /review and come back.
    func factButtons(_ fact: FactReference, back: String, session: Session) -> String {
        let fields = hiddenFields(fact, back: back, session: session)
        let s = session.strings
        return " <form method=\"post\" action=\"/review\">\(fields)<input type=\"hidden\" name=\"action\" value=\"reject\"><button class=\"reject\" title=\"\(s.html(.rejectHint))\">\(s.html(.reject))</button></form>"
    }

    /// A picture loaded by the browser after the page (Graphviz lays pictures out one at
    /// a time; the page itself only reads the store, so it stays quick under load).
    func picture(view: String, focus: NodeID, alt: String) -> String {
        // The picture is drawn in Chinese (as for slides).
        let source = HTML.link("/picture", [("view", view), ("focus", focus.rawValue), ("format", "svg")])
        return "<div class=\"picture\" lang=\"zh\"><img src=\"\(HTML.escape(source))\" alt=\"\(HTML.escape(alt))\" loading=\"lazy\"></div>"
    }

    func event(_ query: FormValues, session: Session) throws -> (title: String, active: String?, body: String) {
        let (id, graph) = try node(query, type: .event)
        let event = graph[id]!
        let texts = DocumentTexts(store: store)
        let back = HTML.link("/event", [("id", id.rawValue)])
        let s = session.strings
        var body = "<h1>\(HTML.data(event.label))</h1><p class=\"meta\">\(HTML.escape(s.when(event)))"
            + " · \(HTML.escape(s.kind(event.kind)))"
            + " · \(HTML.escape(s.level(event.level)))\(factButtons(.node(id), back: "/", session: session))</p>"
        body += event.evidence.prefix(3).map { HTML.evidence($0, texts: texts) }.joined()
        func section(_ title: Phrase, _ edges: [Edge], other: (Edge) -> NodeID) -> String {
            guard !edges.isEmpty else { return "" }
            var html = "<h2>\(s.html(title))</h2>"
            // Facts stated by one sentence (a list of attendees) share its quotation.
            var groups: [(evidence: Evidence?, lines: [String])] = []
            for edge in edges {
                guard let node = graph[other(edge)] else { continue }
                var line = HTML.anchor(node)
                if node.type == .event { line += " <span class=\"muted\">\(HTML.escape(s.when(node)))</span>" }
                if case .string(let title) = edge.properties["title"] { line += " <span class=\"muted\" lang=\"zh\">\(HTML.escape(title))</span>" }
                line += factButtons(.edge(source: edge.source, relation: edge.relation, target: edge.target), back: back, session: session)
                let evidence = edge.evidence.first
                if let evidence, let index = groups.firstIndex(where: { $0.evidence?.document == evidence.document && $0.evidence?.offset == evidence.offset }) {
                    groups[index].lines.append(line)
                } else {
                    groups.append((evidence, [line]))
                }
            }
            for group in groups {
                html += "<div class=\"fact\">" + group.lines.joined(separator: "　") + (group.evidence.map { HTML.evidence($0, texts: texts) } ?? "") + "</div>"
            }
            return html
        }
        let incoming = graph.edges.filter { $0.target == id }, outgoing = graph.edges.filter { $0.source == id }
        body += section(.sectionChairs, incoming.filter { $0.relation == .chairs }) { $0.source }
        body += section(.sectionAttends, incoming.filter { $0.relation == .attends }) { $0.source }
        body += section(.sectionSpeaks, incoming.filter { $0.relation == .speaksAt }) { $0.source }
        body += section(.sectionOrganizes, incoming.filter { $0.relation == .organizes }) { $0.source }
        body += section(.sectionConveyed, outgoing.filter { $0.relation == .conveys }) { $0.target }
        body += section(.sectionConveyedBy, incoming.filter { $0.relation == .conveys }) { $0.source }
        body += section(.sectionSets, outgoing.filter { $0.relation == .sets }) { $0.target }
        body += section(.sectionFirstSeen, outgoing.filter { $0.relation == .firstSeen }) { $0.target }
        body += section(.sectionReiterates, outgoing.filter { $0.relation == .reiterates }) { $0.target }
        body += section(.sectionPlace, outgoing.filter { $0.relation == .locatedIn }) { $0.target }
        body += "<h2>\(s.html(.relationsPicture))</h2>" + downloads(view: "relations", extra: [("focus", id.rawValue)], strings: s)
            + picture(view: "relations", focus: id, alt: s.text(.relationsOf, event.label))
        return (event.label, nil, body)
    }

    func measure(_ query: FormValues, session: Session) throws -> (title: String, active: String?, body: String) {
        let (id, graph) = try node(query, type: .measure)
        let measure = graph[id]!
        let texts = DocumentTexts(store: store)
        let back = HTML.link("/measure", [("id", id.rawValue)])
        let s = session.strings
        var body = "<h1>“\(HTML.data(measure.label))”</h1>"
        if let category = measure.category { body += "<p class=\"meta\" title=\"\(HTML.escape(category))\">\(HTML.escape(s.measureCategory(category)))</p>" }
        if !measure.components.isEmpty {
            body += "<h2>\(s.html(.components))</h2><ul lang=\"zh\">" + measure.components.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>"
        }
        let stated = graph.edges.filter { ($0.relation == .sets || $0.relation == .firstSeen || $0.relation == .reiterates) && $0.target == id }
            .compactMap { edge in graph[edge.source].map { (edge, $0) } }
            .sorted { ($0.1.date?.iso ?? "~", $0.1.label) < ($1.1.date?.iso ?? "~", $1.1.label) }
        body += "<h2>\(s.html(.setAndReiterated))</h2>"
        if stated.isEmpty { body += "<p class=\"muted\">\(s.html(.notStated))</p>" }
        for (edge, event) in stated {
            body += "<div class=\"fact\"><b>\(s.html(edge.relation == .sets ? .measureSetBy : edge.relation == .firstSeen ? .measureFirstSeenIn : .measureReiteratedBy))</b> \(HTML.escape(s.when(event))) \(HTML.anchor(event))"
                + factButtons(.edge(source: edge.source, relation: edge.relation, target: edge.target), back: back, session: session)
                + edge.evidence.prefix(1).map { HTML.evidence($0, texts: texts) }.joined() + "</div>"
        }
        if !stated.isEmpty {
            body += "<h2>\(s.html(.lineagePicture))</h2>" + downloads(view: "lineage", extra: [("focus", id.rawValue)], strings: s)
                + picture(view: "lineage", focus: id, alt: s.text(.lineageOf, measure.label))
        }
        return ("“\(measure.label)”", nil, body)
    }

    func person(_ query: FormValues, session: Session) throws -> (title: String, active: String?, body: String) {
        let (id, graph) = try node(query, type: .person)
        let person = graph[id]!
        let texts = DocumentTexts(store: store)
        let back = HTML.link("/person", [("id", id.rawValue)])
        let s = session.strings
        var body = "<h1>\(HTML.data(person.label))</h1>"
        let titles = s.titleLines(person)
        if !titles.isEmpty { body += "<ul class=\"meta titles\">" + titles.map { "<li>\($0)</li>" }.joined() + "</ul>" }
        for (relation, heading) in [(Relation.chairs, Phrase.personChaired), (.speaksAt, .personSpoke), (.attends, .personAttended)] {
            let edges = graph.edges.filter { $0.source == id && $0.relation == relation }
                .compactMap { edge in graph[edge.target].map { (edge, $0) } }
                .sorted { ($0.1.date?.iso ?? "~", $0.1.label) < ($1.1.date?.iso ?? "~", $1.1.label) }
            guard !edges.isEmpty else { continue }
            body += "<h2>\(s.html(.roleCount, s.html(heading), String(edges.count)))</h2>"
            for (edge, event) in edges {
                body += "<div class=\"fact\">\(HTML.escape(s.when(event))) \(HTML.anchor(event))"
                    + factButtons(.edge(source: edge.source, relation: edge.relation, target: edge.target), back: back, session: session)
                    + edge.evidence.prefix(1).map { HTML.evidence($0, texts: texts) }.joined() + "</div>"
            }
        }
        body += "<h2>\(s.html(.relationsPicture))</h2>" + downloads(view: "relations", extra: [("focus", id.rawValue)], strings: s)
            + picture(view: "relations", focus: id, alt: s.text(.relationsOf, person.label))
        return (person.label, nil, body)
    }
}
