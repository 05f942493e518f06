/// Measures: reads quoted slogans through `MeasureFinder`; adds a measure node for
/// each (operational or political formula, by the lexicon's hints) and notes the
/// event whose report states it, for `sets` / `reiterates` in `finish()`.
extension GraphBuilder {
    mutating func addMeasures(_ c: DocumentContext) {
        let measures = MeasureFinder(document: c.document, lexicon: lexicon).find(in: c.sentences)
        let formulaHints = lexicon.words("political-formula-hints")
        var categories: [String: String] = [:]
        for measure in measures {
            let id = NodeID("m-" + measure.label)
            let category = categories[measure.label] ?? {
                let scalars = U.s(measure.label)
                let formula = formulaHints.contains { scalars.firstOccurrence(of: $0, in: 0..<scalars.count) != nil }
                return formula ? "political_formula" : "operational"
            }()
            categories[measure.label] = category
            graph.upsert(Node(id: id, label: measure.label, type: .measure, components: measure.components, category: category,
                              properties: ["rule": .string(measure.rule)], evidence: [c.evidence(measure.sentence)]))
            if let event = c.currentEvent[measure.sentence], !c.sentences[measure.sentence].isHeadline {
                measureEvents[id, default: []].append((event, c.evidence(measure.sentence)))
            }
        }
    }
}
