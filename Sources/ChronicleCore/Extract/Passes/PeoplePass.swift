/// People: reads the sentences through `PersonFinder`; adds a person node for every
/// name found (titles unioned over mentions) and leaves the mentions in the context
/// for the passes that link people to events.
extension GraphBuilder {
    mutating func addPeople(_ c: DocumentContext) {
        c.people = PersonFinder(document: c.document, lexicon: lexicon).find(in: c.sentences)
        for person in c.people {
            let id = NodeID("p-" + person.name)
            graph.upsert(Node(id: id, label: person.name, type: .person, titles: person.titles.filter { !$0.isEmpty },
                              properties: ["rule": .string(person.rule)], evidence: [c.evidence(person.sentence)]))
            c.peopleBySentence[person.sentence, default: []].append(person)
        }
    }
}
