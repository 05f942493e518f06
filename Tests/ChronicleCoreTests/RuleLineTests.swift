import Testing
@testable import ChronicleCore

/// Every rule line's example read as the line says (Extract/Rules/): the line's rule
/// makes the line's fact, or no fact of that relation when the line says none.
@Suite struct RuleLineTests {
    static func facts(_ graph: Graph, _ relation: Relation, rule: RuleName? = nil) -> [String] {
        graph.edges(relation).filter { edge in
            guard let rule else { return true }
            if case .string(let value) = edge.properties["rule"] { return value == rule.rawValue }
            return false
        }.map { (graph[$0.source]?.label ?? $0.source.rawValue) + "→" + (graph[$0.target]?.label ?? $0.target.rawValue) }.sorted()
    }

    @Test(arguments: ChairRules.lines.indices)
    func chairRuleExample(_ index: Int) {
        let line = ChairRules.lines[index]
        let graph = Extractor(referenceDate: CalendarDate(iso: line.referenceDate)).extract(TextDocument(path: "rule.txt", text: line.example)).graph
        if let fact = line.fact {
            #expect(Self.facts(graph, line.relation, rule: line.rule) == [fact], "\(line.rule.rawValue): \(line.reads)")
        } else {
            #expect(Self.facts(graph, line.relation).isEmpty, "\(line.rule.rawValue): \(line.reads)")
        }
    }

    /// The family holds every chair rule, and only chair rules.
    @Test func theChairFamilyIsComplete() {
        let chairRules = Set(RuleName.allCases.filter { $0.rawValue.hasPrefix("chair:") })
        #expect(Set(ChairRules.lines.map(\.rule)) == chairRules)
    }
}
