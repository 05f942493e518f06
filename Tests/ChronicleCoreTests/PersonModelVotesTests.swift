import Testing
@testable import ChronicleCore

/// How the rules and the model's spans decide together (``PersonFinder/reconcile``),
/// with spans written by hand, so that the cases do not hang on a trained model.
@Suite struct PersonModelVotesTests {
    static func people(_ text: String, _ spans: [(NameKind, String, Int)]) -> [String] {
        let document = TextDocument(path: "t.txt", text: text)
        let s = Array(text.unicodeScalars)
        func range(_ name: String, _ occurrence: Int) -> Range<Int> {
            let n = Array(name.unicodeScalars)
            var seen = 0
            for i in 0...(s.count - n.count) where Array(s[i..<i + n.count]) == n {
                if seen == occurrence { return i..<i + n.count }
                seen += 1
            }
            fatalError("\(name) #\(occurrence) not in the text")
        }
        let model = spans.map { NameSpan(kind: $0.0, range: range($0.1, $0.2), score: 1) }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        let sentences = [Sentence(range: 0..<s.count, article: 0, isHeadline: false, startsParagraph: true)]
        return PersonFinder(document: document, lexicon: .standard).find(in: sentences, model: model).map(\.name)
    }

    static let text = "以军当天空袭了汗尤尼斯和拉法，汗尤尼斯南部多处建筑被毁，汗尤尼斯和拉法断电。"

    @Test func aModelNameReadAsAPlaceAsOftenElsewhereIsNoName() {
        let found = Self.people(Self.text, [(.person, "汗尤尼斯", 0), (.place, "拉法", 0), (.place, "汗尤尼斯", 1), (.place, "拉法", 1)])
        #expect(!found.contains("汗尤尼斯"), "\(found)")
    }

    @Test func aModelNameReadAsAPersonMoreOftenIsKept() {
        let found = Self.people(Self.text, [(.person, "汗尤尼斯", 0), (.place, "拉法", 0), (.person, "汗尤尼斯", 1), (.place, "汗尤尼斯", 2)])
        #expect(found.contains("汗尤尼斯"), "\(found)")
    }
}
