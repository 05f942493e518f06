import ChronicleCore
import ChronicleStore
import Foundation

extension Pages {
    /// Evidence sentences containing the query (the store's trigram index), grouped by
    /// the event they are about.
    func search(_ query: FormValues, session: Session) throws -> (title: String, active: String?, body: String) {
        let text = query["q"] ?? ""
        let s = session.strings
        var body = "<h1>\(s.html(.searchHeading))</h1><form method=\"get\" action=\"/search\"><input name=\"q\" value=\"\(HTML.escape(text))\" size=\"40\" autofocus aria-label=\"\(s.html(.searchLabel))\"> <button>\(s.html(.searchButton))</button></form>"
        guard !text.isEmpty else { return (s[.navSearch], "/search", body) }
        guard text.count <= 200 else { throw PageError(status: .badRequest, phrase: .searchTooLong, arguments: [.plain("200")]) }
        let results = try store.search(text, limit: 60)
        // The event each sentence is about: a node fact that is an event, else an end of
        // an edge fact that is one.
        var ids: [NodeID] = []
        var parsed: [(sentence: String, facts: [FactReference])] = []
        for result in results {
            let facts = result.facts.compactMap(Self.fact)
            parsed.append((result.sentence, facts))
            for fact in facts {
                switch fact {
                case .node(let id): ids.append(id)
                case let .edge(source, _, target): ids += [source, target]
                }
            }
        }
        let labels = try store.labels(of: ids)
        func isEvent(_ id: NodeID) -> Bool { labels[id]?.type == .event }
        var order: [NodeID?] = []
        var groups: [NodeID?: [(String, [FactReference])]] = [:]
        for (sentence, facts) in parsed {
            var event: NodeID?
            for fact in facts {
                switch fact {
                case .node(let id) where isEvent(id): event = event ?? id
                case let .edge(source, _, target): event = event ?? (isEvent(source) ? source : isEvent(target) ? target : nil)
                default: break
                }
            }
            if groups[event] == nil { order.append(event) }
            groups[event, default: []].append((sentence, facts))
        }
        body += "<p class=\"muted\">\(s.html(.searchSummary, String(results.count), HTML.data(text), String(order.compactMap { $0 }.count)))</p>"
        for event in order {
            if let event, let info = labels[event] {
                body += "<h2><a href=\"\(HTML.escape(HTML.link("/event", [("id", event.rawValue)])))\" lang=\"zh\">\(HTML.escape(info.label))</a> <span class=\"muted\">\(HTML.escape(info.date ?? ""))</span></h2>"
            } else {
                body += "<h2>\(s.html(.searchOther))</h2>"
            }
            for (sentence, facts) in groups[event] ?? [] {
                let named = Self.factLine(facts, about: event, labels: labels, strings: s)
                body += "<div class=\"evidence\"><span lang=\"zh\">\(Self.highlight(sentence, text))</span>" + (named.isEmpty ? "" : "<br><span class=\"muted\">\(named)</span>") + "</div>"
            }
        }
        return (s.text(.searchTitle, text), "/search", body)
    }

    /// What a sentence states, grouped so that each relation is said once: what the
    /// event of the group did (`重申：三线、五严五防`), who did something at it
    /// (`吕岩松、吴伟 出席`), other relations (`A 传达 B`), then things it names that no
    /// relation above names (`措施：双零`). The event itself is the group's heading.
    static func factLine(_ facts: [FactReference], about event: NodeID?, labels: [NodeID: (type: NodeType?, label: String, date: String?)], strings s: Strings) -> String {
        func name(_ id: NodeID) -> String { HTML.data(labels[id]?.label ?? id.rawValue) }
        var order: [String] = []
        var groups: [String: (head: String, names: [String], before: Bool)] = [:]
        func add(_ key: String, head: String, _ value: String, before: Bool) {
            if groups[key] == nil { order.append(key); groups[key] = (head, [], before) }
            if !groups[key]!.names.contains(value) { groups[key]!.names.append(value) }
        }
        var named = Set<NodeID>()
        if let event { named.insert(event) }
        for case let .edge(source, relation, target) in facts {
            named.formUnion([source, target])
            let said = HTML.escape(s.relation(relation))
            if source == event {
                add("out " + relation.rawValue, head: said, name(target), before: false)
            } else if target == event {
                add("in " + relation.rawValue, head: said, name(source), before: true)
            } else {
                add("other " + source.rawValue + relation.rawValue + target.rawValue, head: "", name(source) + " " + said + " " + name(target), before: false)
            }
        }
        for case let .node(id) in facts where !named.contains(id) {
            let kind: Phrase = switch labels[id]?.type {
            case .event: .kindEvent
            case .person: .kindPerson
            case .measure: .kindMeasure
            case .document: .kindDocument
            case .organization: .kindOrganization
            case .place: .kindPlace
            case nil: .kindNode
            }
            add("node " + "\(kind)", head: s.html(kind), name(id), before: false)
        }
        return order.map { key in
            let group = groups[key]!
            let names = group.names.joined(separator: s.html(.listSeparator))
            if group.head.isEmpty { return names }
            return group.before ? names + " " + group.head : group.head + s.html(.reasonsFollow) + names
        }.joined(separator: s.html(.factSeparator))
    }

    /// `e-…` or `p-… -chairs-> e-…` as a fact.
    static func fact(_ text: String) -> FactReference? {
        let parts = text.components(separatedBy: " -")
        if parts.count == 1 { return .node(NodeID(text)) }
        guard parts.count == 2, let arrow = parts[1].range(of: "-> ") else { return nil }
        guard let relation = Relation(rawValue: String(parts[1][..<arrow.lowerBound])) else { return nil }
        return .edge(source: NodeID(parts[0]), relation: relation, target: NodeID(String(parts[1][arrow.upperBound...])))
    }

    /// The sentence escaped, every occurrence of `text` marked.
    static func highlight(_ sentence: String, _ text: String) -> String {
        let haystack = Array(sentence.unicodeScalars), needle = Array(text.unicodeScalars)
        guard !needle.isEmpty, needle.count <= haystack.count else { return HTML.escape(sentence) }
        func string(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: haystack[range])
            return String(view)
        }
        var out = "", start = 0, index = 0
        let mark = "<mark>" + HTML.escape(text) + "</mark>"
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) {
                out += HTML.escape(string(start..<index)) + mark
                index += needle.count
                start = index
            } else {
                index += 1
            }
        }
        return out + HTML.escape(string(start..<haystack.count))
    }
}
