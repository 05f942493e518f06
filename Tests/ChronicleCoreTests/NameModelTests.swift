import Foundation
import Testing
@testable import ChronicleCore

/// The name model: its tags, its file (and what a damaged one says), training that gives
/// the same bytes twice, the shipped model on sentences written for these tests, and how
/// the rules and the model decide together.
@Suite struct NameModelTests {
    // MARK: Tags

    @Test(arguments: [
        (8, [NameSpan(kind: .person, range: 0..<3), NameSpan(kind: .place, range: 4..<5)], [1, 2, 3, 0, 12, 0, 0, 0]),
        (4, [NameSpan(kind: .organization, range: 1..<4)], [0, 5, 6, 7]),
        (3, [], [0, 0, 0]),
    ] as [(Int, [NameSpan], [UInt8])])
    func spansBecomeTagsAndBack(_ length: Int, _ spans: [NameSpan], _ tags: [UInt8]) {
        #expect(NameTag.encode(length: length, spans: spans) == tags)
        #expect(NameTag.decode(tags) == spans)
    }

    @Test func anInsideTagNeverFollowsOutside() {
        #expect(!NameTag.allowed(0, NameTag.tag(.person, 1)))
        #expect(NameTag.allowed(NameTag.tag(.person, 0), NameTag.tag(.person, 2)))
        #expect(!NameTag.allowed(NameTag.tag(.person, 0), NameTag.tag(.place, 2)))
        #expect(!NameTag.allowed(NameTag.tag(.person, 0), 0))
    }

    // MARK: Training

    /// A tiny training set of sentences written for this test.
    static func examples(_ trainer: NameTrainer) -> [NameTrainer.Example] {
        let people = ["张建国", "王红", "李晓明", "赵卫东", "陈静", "刘志强"]
        let places = ["江州市", "青山县", "河西省"]
        var examples: [NameTrainer.Example] = []
        for (i, person) in people.enumerated() {
            let place = places[i % places.count]
            let text = "\(place)市长\(person)主持召开会议，\(person)强调要抓好落实。"
            let s = Array(text.unicodeScalars)
            func range(_ word: String, from: Int = 0) -> Range<Int> {
                let w = Array(word.unicodeScalars)
                let start = (from...(s.count - w.count)).first { Array(s[$0..<$0 + w.count]) == w }!
                return start..<start + w.count
            }
            let first = range(person)
            examples.append(trainer.example(text: text, spans: [
                NameSpan(kind: .place, range: range(place)), NameSpan(kind: .person, range: first),
                NameSpan(kind: .person, range: range(person, from: first.upperBound)),
            ]))
        }
        return examples
    }

    @Test func trainingIsDeterministicAndLearnsItsExamples() throws {
        let trainer = NameTrainer(bits: 12, epochs: 4, seed: 7)
        let a = trainer.train(Self.examples(trainer)).encoded()
        let b = trainer.train(Self.examples(trainer)).encoded()
        #expect(a == b)
        let other = NameTrainer(bits: 12, epochs: 4, seed: 8).train(Self.examples(trainer)).encoded()
        #expect(other.count == a.count)
        let model = try NameModel.decode(a, path: "t.model", lexicon: .standard)
        let names = NameTagger(model: model).names(in: "青山县市长陈静主持召开会议。")
        #expect(names.contains { $0.kind == .person && $0.range == 5..<7 })
    }

    // MARK: A damaged file

    static func damaged(_ bytes: [UInt8]) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("names-\(UUID().uuidString).model").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    @Test func aMissingTruncatedForeignOrDamagedModelSaysWhichFileAndWhat() throws {
        let trainer = NameTrainer(bits: 10, epochs: 1)
        let good = trainer.train(Self.examples(trainer)).encoded()
        var flipped = good
        flipped[flipped.count - 3] ^= 0x40
        var header = good
        header[8] = 9  // version
        let cases: [([UInt8]?, String)] = [
            (nil, "missing"), ([], "empty"), (Array(good.prefix(30)), "truncated"), (Array(good.dropLast(100)), "truncated"),
            (Array(("PK\u{3}\u{4} a zip file, not a model at all" + String(repeating: ".", count: 60)).utf8), "not a Chronicle name model"),
            (flipped, "damaged"), (header, "version"),
        ]
        for (bytes, message) in cases {
            let path = bytes.map(Self.damaged) ?? "/nonexistent/names.model"
            defer { try? FileManager.default.removeItem(atPath: path) }
            do {
                _ = try NameModel.load(path: path)
                Issue.record("\(message): loaded")
            } catch {
                #expect(error.path == path)
                #expect(error.message.contains(message), "\(error)")
            }
        }
        let path = Self.damaged(good)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: Never.self) { try NameModel.load(path: path) }
    }

    // MARK: The shipped model on sentences written for these tests

    static let shipped = try? NameTagger.standard.get()

    @Test func theShippedModelLoads() throws {
        _ = try NameTagger.standard.get()
    }

    @Test(arguments: [
        ("国务院总理李强今天主持召开国务院常务会议。", ["李强"]),
        ("外交部长王毅在北京会见了来访的客人。", ["王毅"]),
        ("美国总统拜登当天发表声明。", ["拜登"]),
        ("印度尼西亚总统佐科·维多多致贺电。", ["佐科·维多多"]),
        ("会上，张国华、刘晓燕、陈立新分别作了发言。", ["张国华", "刘晓燕", "陈立新"]),
    ])
    func theShippedModelMarksPeople(_ sentence: String, _ people: [String]) throws {
        let tagger = try #require(Self.shipped)
        let s = Array(sentence.unicodeScalars)
        let found = tagger.names(in: sentence).filter { $0.kind == .person }.map { String(String.UnicodeScalarView(s[$0.range])) }
        #expect(found == people)
    }

    // MARK: Rules and model together

    static func people(_ text: String) -> [String: String] {
        let graph = Extractor(referenceDate: CalendarDate(iso: "2023-05-20"), parallel: false).extract(TextDocument(path: "t.txt", text: text)).graph
        var found: [String: String] = [:]
        for node in graph.nodes(ofType: .person) {
            if case .string(let rule)? = node.properties["rule"] { found[node.label] = rule }
        }
        return found
    }

    @Test(arguments: [
        // A title bound by the rule, the model agreeing.
        ("5月18日，省委书记王建华主持召开省委常委会会议。", ["王建华"], []),
        // 强调 is a verb, not the end of a name.
        ("5月18日，国务院召开常务会议，李克明强调，要抓好落实。", ["李克明"], ["李克明强"]),
        // The model finds a name with no title next to it.
        ("5月18日，王毅在北京同来访的外宾举行会谈。", ["王毅"], []),
        // A place is not a person (泰王国总理 → no 王国).
        ("5月18日，泰王国总理在曼谷会见中国代表团。", [], ["王国"]),
        // The same span read as an organization keeps the rule's person (委员长 mostly
        // follows 全国人大常委会).
        ("5月18日，全国人大常委会委员长会议在北京举行，郑东海委员长主持。", ["郑东海"], []),
        // 将 is "will", not the end of a name the title rule read.
        ("5月18日，国家副主席韩正将出席开幕式。", ["韩正"], ["韩正将"]),
        // 应…邀请: 应 is "at the invitation of".
        ("应新加坡副总理颜金勇邀请，王毅将于5月20日访问新加坡。", ["颜金勇"], ["应颜金勇", "应新加坡副总理颜金勇"]),
        // Names run together in a headline are two names.
        ("张伟华刘明出席会议\n5月18日，全省工作会议在省城召开。张伟华、刘明出席会议。", ["张伟华", "刘明"], ["张伟华刘明"]),
        // A transliterated name that splits the same way, with no part named elsewhere, is one name.
        ("5月18日，王沪宁在北京会见欧盟委员会执行副主席谢夫乔维奇。", ["谢夫乔维奇"], ["谢夫", "乔维奇"]),
    ])
    func rulesAndModelDecideTogether(_ text: String, _ expected: [String], _ absent: [String]) throws {
        try #require(Self.shipped != nil)
        let found = Self.people(text)
        for name in expected { #expect(found[name] != nil, "\(name) missing from \(found)") }
        for name in absent { #expect(found[name] == nil, "\(name) should not be a person: \(found)") }
    }

    @Test(arguments: [
        ("5月18日，国家主席习近平在人民大会堂会见来华进行正式访问的比利时首相德克罗。\n", "德克罗", ["比利时首相"]),
        ("5月18日，会议听取了最高人民法院院长张军的报告。", "张军", ["最高人民法院院长"]),
        ("5月18日，法国总统马克龙接受总理巴尼耶辞职。", "巴尼耶", ["总理"]),
        ("5月18日，中央党的建设工作领导小组组长蔡奇主持会议。", "蔡奇", ["中央党的建设工作领导小组组长"]),
        ("5月18日，应急管理部部长王祥喜出席会议。", "王祥喜", ["应急管理部部长"]),
        ("5月18日，《求是》杂志发表中共中央总书记习近平的重要文章。", "习近平", ["中共中央总书记"]),
        ("[视频]中央军委主席习近平签署命令\n5月18日，中央军委主席习近平签署命令。", "习近平", ["中央军委主席"]),
    ])
    func aTitleIsTheOfficePhraseNotTheClauseBeforeIt(_ text: String, _ name: String, _ titles: [String]) throws {
        try #require(Self.shipped != nil)
        let graph = Extractor(referenceDate: CalendarDate(iso: "2024-05-20"), parallel: false).extract(TextDocument(path: "t.txt", text: text)).graph
        let person = try #require(graph[NodeID("p-" + name)], "\(name) not found")
        #expect(person.titles == titles)
    }

    @Test func everyPersonSaysWhichDecidedAndTheModelsScore() throws {
        try #require(Self.shipped != nil)
        let graph = Extractor(referenceDate: CalendarDate(iso: "2023-05-20"), parallel: false)
            .extract(TextDocument(path: "t.txt", text: "5月18日，省委书记王建华主持召开会议。王毅出席会议。")).graph
        for node in graph.nodes(ofType: .person) {
            guard case .string(let rule)? = node.properties["rule"] else {
                Issue.record("\(node.label) has no rule")
                continue
            }
            #expect(rule.hasPrefix("person:"))
            if rule == "person:model" {
                guard case .number(let score)? = node.properties["model_score"] else {
                    Issue.record("\(node.label): a model's person without its score")
                    continue
                }
                #expect(score >= PersonFinder.modelThreshold && score <= 1)
            }
        }
    }
}
