/// People: reads the sentences through `PersonFinder`; adds a person node for every
/// name found (titles unioned over mentions) and leaves the mentions in the context
/// for the passes that link people to events.
extension GraphBuilder {
    mutating func addPeople(_ c: DocumentContext) {
        c.people = PersonFinder(document: c.document, lexicon: lexicon).find(in: c.sentences)
        // One node per name, made once from all its mentions (in text order): its titles
        // in the order first written, each sentence naming it once, the first rule.
        var order: [String] = []
        var gathered: [String: (titles: [String], sentences: [Int], rule: String)] = [:]
        for person in c.people {
            c.peopleBySentence[person.sentence, default: []].append(person)
            let titles = person.titles.filter { !$0.isEmpty }
            if gathered[person.name] == nil {
                order.append(person.name)
                gathered[person.name] = (titles, [], person.rule)
            } else {
                gathered[person.name]!.titles.appendUnique(contentsOf: titles)
            }
            if gathered[person.name]!.sentences.last != person.sentence { gathered[person.name]!.sentences.append(person.sentence) }
        }
        for name in order {
            let person = gathered[name]!
            graph.upsert(Node(id: NodeID("p-" + name), label: name, type: .person, titles: person.titles,
                              properties: ["rule": .string(person.rule)], evidence: person.sentences.map { c.evidence($0) }))
        }
    }
}
