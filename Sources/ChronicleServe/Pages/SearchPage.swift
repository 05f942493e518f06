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
                let named = facts.map { fact -> String in
                    switch fact {
                    case .node(let id): return HTML.data(labels[id]?.label ?? id.rawValue)
                    case let .edge(source, relation, target):
                        // The event of the group is the heading: not said again.
                        let from = source == event ? "" : HTML.data(labels[source]?.label ?? source.rawValue) + " "
                        let to = target == event ? "" : " " + HTML.data(labels[target]?.label ?? target.rawValue)
                        return from + HTML.escape(s.relation(relation)) + to
                    }
                }
                body += "<div class=\"evidence\"><span lang=\"zh\">\(Self.highlight(sentence, text))</span><br><span class=\"muted\">\(named.joined(separator: s[.factSeparator]))</span></div>"
            }
        }
        return (s.text(.searchTitle, text), "/search", body)
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
