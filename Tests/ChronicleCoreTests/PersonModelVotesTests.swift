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

    // (No place's word after a mention: `汗尤尼斯南部` alone would make it a place, whatever
    // the model's readings; see `aNameWrittenWhereAPlaceStandsIsAPlace`.)
    static let text = "以军当天空袭了汗尤尼斯和拉法，汗尤尼斯多处建筑被毁，汗尤尼斯和拉法断电。"

    @Test func aModelNameReadAsAPlaceAsOftenElsewhereIsNoName() throws {
        let found = try Self.people(Self.text, [(.person, "汗尤尼斯", 0), (.place, "拉法", 0), (.place, "汗尤尼斯", 1), (.place, "拉法", 1)])
        #expect(!found.contains("汗尤尼斯"), "\(found)")
    }

    @Test func aModelNameReadAsAPersonMoreOftenIsKept() throws {
        let found = try Self.people(Self.text, [(.person, "汗尤尼斯", 0), (.place, "拉法", 0), (.person, "汗尤尼斯", 1), (.place, "汗尤尼斯", 2)])
        #expect(found.contains("汗尤尼斯"), "\(found)")
    }

    /// A string the model reads as a person everywhere, written once where a place stands
    /// (a place's word after it, a list of places, a place's word before it): a place in the
    /// whole document, unless a title rule found it. Sentences of my own.
    static let placeCases: [(text: String, spans: [(NameKind, String, Int)], name: String, kept: Bool)] = [
        // A place's word right after one mention (方向, 附近, 难民营): every mention goes.
        ("俄军打击了位于卡林科夫的工厂。乌军在卡林科夫方向击退进攻。", [(.person, "卡林科夫", 0), (.person, "卡林科夫", 1)], "卡林科夫", false),
        ("以军袭击了萨比拉难民营，萨比拉的医院停电。", [(.person, "萨比拉", 0), (.person, "萨比拉", 1)], "萨比拉", false),
        ("俄军控制了卡林科夫定居点。卡林科夫遭到炮击。", [(.person, "卡林科夫", 0), (.person, "卡林科夫", 1)], "卡林科夫", false),
        ("以军空袭了萨比拉南部，萨比拉的医院停电。", [(.person, "萨比拉", 0), (.person, "萨比拉", 1)], "萨比拉", false),
        // A neighbourhood or a street office named before its body (柳荫里社区党委).
        ("柳荫里社区获评示范社区。柳荫里社区党委召开居民代表议事会。", [(.person, "柳荫里", 0), (.person, "柳荫里", 1)], "柳荫里", false),
        ("桂香街道召开会议，桂香介绍了情况。", [(.person, "桂香", 0), (.person, "桂香", 1)], "桂香", false),
        // A list of places closed by 等地 or 等方向, or by a place's word after its last member.
        ("俄军在苏梅、卡林科夫等地打击乌军。卡林科夫遭到炮击。", [(.person, "卡林科夫", 0), (.person, "卡林科夫", 1)], "卡林科夫", false),
        ("乌军击退了俄军在卡林科夫和顿斯克附近的进攻。", [(.person, "卡林科夫", 0)], "卡林科夫", false),
        // A list of people that goes on to a body or a title is no list of places.
        ("赵明远、钱立峰和广东省负责同志参加会议。", [(.person, "赵明远", 0), (.person, "钱立峰", 0)], "钱立峰", true),
        ("王主席同哈萨克共和国总统托卡耶夫、吉尔吉斯共和国总统扎帕罗夫举行会晤。", [(.person, "托卡耶夫", 0), (.person, "扎帕罗夫", 0)], "托卡耶夫", true),
        // The clause about the last member ends at a place (前往机场): the members are people.
        ("总统陪同李明远和彭丽芳前往机场，李明远登机回国。", [(.person, "李明远", 0), (.person, "彭丽芳", 0), (.person, "李明远", 1)], "李明远", true),
        // 在X召开 reads a place only where it stands: a person elsewhere stays.
        ("马来西亚总理纳吉达今天召开发布会。就在纳吉达召开发布会之后，警方前往机长家中。", [(.person, "纳吉达", 0), (.person, "纳吉达", 1)], "纳吉达", true),
        // A title rule's name is a person wherever a list seems to make it a place.
        ("国家主席李明远出席仪式。随后李明远和彭丽芳等地方官员座谈。", [(.person, "李明远", 0), (.person, "李明远", 1), (.person, "彭丽芳", 0)], "李明远", true),
    ]

    @Test(arguments: placeCases.indices) func aNameWrittenWhereAPlaceStandsIsAPlace(_ k: Int) throws {
        let c = Self.placeCases[k]
        let found = try Self.people(c.text, c.spans)
        #expect(found.contains(c.name) == c.kept, "\(c.text) → \(found)")
    }
}
