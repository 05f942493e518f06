import ChronicleCore

/// Which events a deck's timeline shows: those the documents report as their own news,
/// not those they mention in passing (a 2020 notice recalling a 2017 inspection). An
/// event is the documents' own when some document that states it is dated no more
/// than ``window`` days after it (or is undated, or the fact is an analyst's); the
/// others are listed together on one slide.
struct ReportedEvents {
    /// How long before its document an event still counts as reported by it: about a
    /// quarter, the span a report or compilation looks back over.
    static let window = 92

    let graph: Graph

    /// The dated events mentioned only in passing, in date order; empty when every
    /// event would be (a document that only looks back keeps all its events).
    var mentionedInPassing: [Node] {
        var documentDays: [DocumentID: Int] = [:]
        for document in graph.documents {
            if let date = document.date, let day = Self.day(date), documentDays[document.id] == nil { documentDays[document.id] = day }
        }
        let events = graph.nodes(ofType: .event).filter { $0.date != nil }
        let passing = events.filter { event in
            guard let day = Self.day(event.date!) else { return false }
            return !event.evidence.contains { evidence in
                // An analyst's fact, or one from an undated document, is the documents' own.
                guard evidence.kind == nil, let documentDay = documentDays[evidence.document] else { return true }
                return documentDay - day <= Self.window
            }
        }
        guard passing.count < events.count else { return [] }
        return passing.sorted { ($0.date!, $0.label, $0.id) < ($1.date!, $1.label, $1.id) }
    }

    static func day(_ date: CalendarDate) -> Int? {
        date.dayNumber ?? CalendarDate(year: date.year, month: date.month ?? 1, day: 1)?.dayNumber
    }
}

extension Graph {
    /// The graph without these nodes and the edges that touch them.
    func removing(_ ids: Set<NodeID>) -> Graph {
        guard !ids.isEmpty else { return self }
        return Graph(documents: documents, nodes: nodes.values.filter { !ids.contains($0.id) },
                     edges: edges.filter { !ids.contains($0.source) && !ids.contains($0.target) }, properties: properties)
    }
}
