import Testing
@testable import ChronicleCore

/// How the rules and the model's spans decide together (``PersonFinder/reconcile``),
/// with spans written by hand, so that the cases do not hang on a trained model.
@Suite struct PersonModelVotesTests {
    static func people(_ text: String, _ spans: [(NameKind, String, Int)]) throws -> [String] {
        let document = TextDocument(path: "t.txt", text: text)
        let s = Array(text.unicodeScalars)
        func range(_ name: String, _ occurrence: Int) -> Range<Int>? {
            let n = Array(name.unicodeScalars)
            var seen = 0
            for i in 0...(s.count - n.count) where Array(s[i..<i + n.count]) == n {
                if seen == occurrence { return i..<i + n.count }
                seen += 1
            }
            return nil
        }
        // A span the text does not hold is a mistake in the test: it fails, and the others run.
        let model = try spans.map { span in
            NameSpan(kind: span.0, range: try #require(range(span.1, span.2), "\(span.1) #\(span.2) not in the text"), score: 1)
        }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        let sentences = [Sentence(range: 0..<s.count, article: 0, isHeadline: false, startsParagraph: true)]
        return PersonFinder(document: document, lexicon: .standard).find(in: sentences, model: model).map(\.name)
    }

    static let text = "以军当天空袭了汗尤尼斯和拉法，汗尤尼斯南部多处建筑被毁，汗尤尼斯和拉法断电。"

    @Test func aModelNameReadAsAPlaceAsOftenElsewhereIsNoName() throws {
        let found = try Self.people(Self.text, [(.person, "汗尤尼斯", 0), (.place, "拉法", 0), (.place, "汗尤尼斯", 1), (.place, "拉法", 1)])
        #expect(!found.contains("汗尤尼斯"), "\(found)")
    }

    @Test func aModelNameReadAsAPersonMoreOftenIsKept() throws {
        let found = try Self.people(Self.text, [(.person, "汗尤尼斯", 0), (.place, "拉法", 0), (.person, "汗尤尼斯", 1), (.place, "汗尤尼斯", 2)])
        #expect(found.contains("汗尤尼斯"), "\(found)")
    }
}
