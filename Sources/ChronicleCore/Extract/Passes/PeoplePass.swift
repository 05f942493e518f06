import OrderedCollections

/// People: reads the sentences through `PersonFinder`; adds a person node for every
/// name found (titles unioned over mentions) and leaves the mentions in the context
/// for the passes that link people to events.
extension GraphBuilder {
    mutating func addPeople(_ c: DocumentContext) {
        let spans = names.map { $0.names(in: c.s, range: 0..<c.s.count) }
        c.people = PersonFinder(document: c.document, lexicon: lexicon).find(in: c.sentences, model: spans)
        // One node per name, made once from all its mentions (in text order): its titles
        // in the order first written, each sentence naming it once, the first rule.
        var index: [String: Int] = [:]
        var gathered: [(name: String, titles: [String], sentences: [Int], rule: String, score: Double?)] = []
        for person in c.people {
            c.peopleBySentence[person.sentence, default: []].append(person)
            let titles = person.titles.filter { !$0.isEmpty }
            guard let k = index[person.name] else {
                index[person.name] = gathered.count
                gathered.append((person.name, titles, [person.sentence], person.rule, person.modelScore))
                continue
            }
            if let score = person.modelScore { gathered[k].score = max(gathered[k].score ?? 0, score) }
            gathered[k].titles.appendUnique(contentsOf: titles)
            if gathered[k].sentences.last != person.sentence { gathered[k].sentences.append(person.sentence) }
        }
        for person in gathered {
            graph.upsert(Node(id: NodeID("p-" + person.name), label: person.name, type: .person, titles: person.titles,
                              properties: person.score.map { ["rule": .string(person.rule), "model_score": .number(($0 * 1000).rounded() / 1000)] } ?? ["rule": .string(person.rule)], evidence: person.sentences.map { c.evidence($0) }))
        }
    }
}

extension GraphBuilder {
    /// Dates each person's titles (after the events are known): a title written in a
    /// sentence is dated by the event the sentence reports on, else by the document's date.
    mutating func addTitleDates(_ c: DocumentContext) {
        let documentDate = c.analysis.reference?.date
        var dated: OrderedDictionary<String, [DatedTitle]> = [:]
        for person in c.people {
            let date = c.currentEvent[person.sentence].map { events[$0].date } ?? documentDate
            guard let date else { continue }
            for title in person.titles where !title.isEmpty {
                dated[person.name, default: []].append(DatedTitle(title: title, first: date, last: date))
            }
        }
        for (name, titles) in dated {
            guard var node = graph[NodeID("p-" + name)] else { continue }
            node.titleDates.mergeTitleDates(titles)
            graph.replace(node)
        }
    }
}
