import Testing
@testable import ChronicleCore
import ChronicleTestSupport

/// Every fact records a rule of the one list (`RuleName`), or one of its two composed
/// forms (a quoted measure's cues, an agent's role at a kind of event).
@Suite struct RuleNameTests {
    static func known(_ rule: String) -> Bool {
        if RuleName(rawValue: rule) != nil { return true }
        if rule.hasPrefix("measure:quoted("), rule.hasSuffix(")") { return true }
        return Relation.allCases.contains { role in EventKind.allCases.contains { RuleName.agent(role, of: $0) == rule } }
    }

    @Test func everyFactOfTheSampleNamesAKnownRule() throws {
        let document = try DocumentLoader.load(path: TestPaths.sample)
        let graph = Extractor(referenceDate: CalendarDate(iso: "2020-02-09")).extract(document).graph
        var rules: Set<String> = []
        for type in NodeType.allCases {
            for node in graph.nodes(ofType: type) { if case .string(let rule)? = node.properties["rule"] { rules.insert(rule) } }
        }
        for relation in Relation.allCases {
            for edge in graph.edges(relation) { if case .string(let rule)? = edge.properties["rule"] { rules.insert(rule) } }
        }
        #expect(rules.count >= 20)
        #expect(rules.filter { !Self.known($0) }.isEmpty)
    }

    @Test func namesAreUniqueAndShaped() {
        let names = RuleName.allCases.map(\.rawValue)
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.split(separator: ":").count == 2 })
    }
}
