import ChronicleCore
import ChronicleRender
import ChronicleStore
import Foundation

extension Pages {
    /// The node a page is about: by id, else by name.
    func node(_ query: FormValues, type: NodeType) throws -> (id: NodeID, graph: Graph) {
        guard let wanted = query["id"] ?? query["name"] else { throw PageError.badRequest(.whichNode) }
        // An id (every link) is read with its neighbourhood at once, exactly as the link
        // has it (an id may end in white space); a name is looked up first.
        let exact = query.values["id"].flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        var id = NodeID(exact ?? wanted)
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

    /// The id of the person or measure a page is about, by id (every link) or by name,
    /// read without its neighbourhood.
    func nodeID(_ query: FormValues, type: NodeType) throws -> NodeID {
        guard let wanted = query["id"] ?? query["name"] else { throw PageError.badRequest(.whichNode) }
        let id = NodeID(wanted)
        if try store.labels(of: [id])[id]?.type == type { return id }
        return try store.find(wanted, type: type)
    }

    /// The page number of `?page=` (from 1).
    static func pageNumber(_ query: FormValues) throws(PageError) -> Int {
        guard let value = query["page"] else { return 1 }
        guard let number = Int(value), number >= 1, number <= 1_000_000 else { throw PageError(status: .badRequest, phrase: .badPage, arguments: [.code(value)]) }
        return number
    }

    /// Events a relations or lineage picture of a person or a measure draws: the latest.
    static let pictureEvents = 40

    /// Under a picture of someone linked to more events than it draws: which it shows.
    func pictureNote(_ events: Int, strings s: Strings) -> String {
        events > Self.pictureEvents ? "<p class=\"muted\">\(s.html(.pictureLatest, String(Self.pictureEvents), String(events)))</p>" : ""
    }

    /// Events a page shows at once.
    static let eventsPerPage = 25

    /// A person's or a measure's events, a page at a time, with links that keep one role
    /// or one year: what makes the page of someone named at thousands of meetings as
    /// quick as that of someone named at three.
    func linkedEventsSection(_ id: NodeID, page: String, roles: [(Relation, Phrase)], query: FormValues, oldestFirst: Bool, session: Session) throws -> (html: String, events: Int) {
        let s = session.strings
        let number = try Self.pageNumber(query)
        var role: Relation?
        if let value = query["role"], !value.isEmpty {
            guard let known = roles.first(where: { $0.0.rawValue == value })?.0 else { throw PageError(status: .badRequest, phrase: .unknownRole, arguments: [.code(value)]) }
            role = known
        }
        let year = query["year"]
        if let year, !year.isEmpty, year.count != 4 || Int(year) == nil { throw PageError(status: .badRequest, phrase: .badYear, arguments: [.code(year)]) }
        let counts = try workspace.linkedEventCounts(of: id, role: role, year: year)
        let order = try workspace.linkedEventOrder(of: id, role: role, year: year, oldestFirst: oldestFirst)
        let linked = try store.linkedEvents(of: id, role: role, year: year, limit: Self.eventsPerPage, offset: (number - 1) * Self.eventsPerPage,
                                            oldestFirst: oldestFirst, counts: counts, order: order)
        guard !linked.roles.isEmpty else { return ("", 0) }
        let all = linked.years.map(\.events).reduce(0, +)
        func link(role: Relation?, year: String?, page: Int = 1) -> String {
            var parameters = [("id", id.rawValue)]
            if let role { parameters.append(("role", role.rawValue)) }
            if let year { parameters.append(("year", year)) }
            if page > 1 { parameters.append(("page", String(page))) }
            return HTML.escape(HTML.link(pageLink, parameters))
        }
        let pageLink = page
        let back = HTML.link(page, [("id", id.rawValue)])
        var html = "<h2>\(s.html(.linkedEvents, String(linked.total)))</h2><p class=\"choices\">"
        html += (role == nil ? "<b>\(s.html(.allRoles))</b>" : "<a href=\"\(link(role: nil, year: year))\">\(s.html(.allRoles))</a>")
        for (relation, phrase) in roles {
            guard let count = linked.roles[relation] else { continue }
            let label = s.html(.roleCount, s.html(phrase), String(count))
            html += "　" + (relation == role ? "<b>\(label)</b>" : "<a href=\"\(link(role: relation, year: year))\">\(label)</a>")
        }
        html += "</p>"
        if linked.years.count > 1 || year != nil {
            html += "<p class=\"choices\">" + (year == nil ? "<b>\(s.html(.allYears))</b>" : "<a href=\"\(link(role: role, year: nil))\">\(s.html(.allYears))</a>")
            for entry in linked.years {
                let label = (entry.year.isEmpty ? s.html(.dateUnknown) : HTML.escape(entry.year)) + " <span class=\"muted\">\(entry.events)</span>"
                html += "　" + (entry.year == year ? "<b>\(label)</b>" : "<a href=\"\(link(role: role, year: entry.year))\">\(label)</a>")
            }
            html += "</p>"
        }
        let texts = DocumentTexts(store: store)
        let phrases = Dictionary(uniqueKeysWithValues: roles.map { ($0.0, $0.1) })
        for item in linked.page {
            html += "<div class=\"fact\">\(HTML.escape(s.when(item.event))) \(HTML.anchor(item.event))"
            // Each role with the button that rejects it.
            for relation in item.roles {
                let measureSide = [Relation.sets, .firstSeen, .reiterates].contains(relation)
                html += "　<b>\(s.html(phrases[relation] ?? .kindNode))</b>"
                    + factButtons(.edge(source: measureSide ? item.event.id : id, relation: relation, target: measureSide ? id : item.event.id), back: back, session: session)
            }
            html += (item.evidence.map { HTML.evidence($0, texts: texts) } ?? "") + "</div>"
        }
        let pages = max(1, (linked.total + Self.eventsPerPage - 1) / Self.eventsPerPage)
        if pages > 1 {
            let previous: String = number > 1 ? "<a href=\"\(link(role: role, year: year, page: number - 1))\">\(s.html(.previousPage))</a>" : ""
            let next: String = number < pages ? "<a href=\"\(link(role: role, year: year, page: number + 1))\">\(s.html(.nextPage))</a>" : ""
            html += "<p class=\"pager\">" + previous + " <span>\(s.html(.pageOf, String(number), String(pages)))</span> " + next + "</p>"
        }
        return (html, all)
    }

    func measure(_ query: FormValues, session: Session) throws -> (title: String, active: String?, body: String) {
        let id = try nodeID(query, type: .measure)
        guard let measure = try store.nodeWithoutEvidence(id) else { throw Self.notFound(kind: NodeType.measure.rawValue, name: id.rawValue, suggestions: []) }
        let s = session.strings
        var body = "<h1>“\(HTML.data(measure.label))”</h1>"
        if let category = measure.category { body += "<p class=\"meta\" title=\"\(HTML.escape(category))\">\(HTML.escape(s.measureCategory(category)))</p>" }
        if !measure.components.isEmpty {
            body += "<h2>\(s.html(.components))</h2><ul lang=\"zh\">" + measure.components.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>"
        }
        let section = try linkedEventsSection(id, page: "/measure", roles: [(.sets, .measureSetBy), (.firstSeen, .measureFirstSeenIn), (.reiterates, .measureReiteratedBy)],
                                              query: query, oldestFirst: true, session: session)
        if section.html.isEmpty {
            body += "<h2>\(s.html(.setAndReiterated))</h2><p class=\"muted\">\(s.html(.notStated))</p>"
        } else {
            // The section has its heading (会议（6）) and its 提出 / 首见 / 重申 links.
            body += section.html
            body += "<h2>\(s.html(.lineagePicture))</h2>" + downloads(view: "lineage", extra: [("focus", id.rawValue)], strings: s)
                + picture(view: "lineage", focus: id, alt: s.text(.lineageOf, measure.label)) + pictureNote(section.events, strings: s)
        }
        return ("“\(measure.label)”", nil, body)
    }

    func person(_ query: FormValues, session: Session) throws -> (title: String, active: String?, body: String) {
        let id = try nodeID(query, type: .person)
        guard let person = try store.nodeWithoutEvidence(id) else { throw Self.notFound(kind: NodeType.person.rawValue, name: id.rawValue, suggestions: []) }
        let s = session.strings
        var body = "<h1>\(HTML.data(person.label))</h1>"
        let titles = s.titleLines(person)
        if !titles.isEmpty { body += "<ul class=\"meta titles\">" + titles.map { "<li>\($0)</li>" }.joined() + "</ul>" }
        let section = try linkedEventsSection(id, page: "/person", roles: [(.chairs, .personChaired), (.speaksAt, .personSpoke), (.attends, .personAttended)],
                                              query: query, oldestFirst: false, session: session)
        body += section.html
        body += "<h2>\(s.html(.relationsPicture))</h2>" + downloads(view: "relations", extra: [("focus", id.rawValue)], strings: s)
            + picture(view: "relations", focus: id, alt: s.text(.relationsOf, person.label)) + pictureNote(section.events, strings: s)
        return (person.label, nil, body)
    }
}
