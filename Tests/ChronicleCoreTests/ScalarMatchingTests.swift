import Testing
@testable import ChronicleCore

/// The scalar-level helpers extraction's hot loops use: word lists as tries, UTF-8
/// coding of scalars, the content hash and identifier hashing. Each is checked against
/// the plain (slow) way of computing the same thing.
@Suite struct ScalarMatchingTests {
    static let titles = WordList(["书记", "省委书记", "副书记", "市长", "副市长", "长", "组长", "省长"].map(U.s))

    /// (text, index, longest word starting there or nil)
    @Test(arguments: [
        ("省委书记楼阳生", 0, "省委书记"),
        ("省委书记楼阳生", 2, "书记"),
        ("省委书记楼阳生", 1, nil),
        ("副市长刘春梅", 0, "副市长"),
        ("组长", 1, "长"),
        ("省委书", 0, nil),
        ("", 0, nil),
    ] as [(String, Int, String?)])
    func longestWordAt(_ text: String, _ index: Int, _ expected: String?) {
        let s = U.s(text)
        #expect(Self.titles.first(in: s, at: index).map { U.string($0, 0..<$0.count) } == expected)
        // The same as comparing every word, longest first.
        let slow = Self.titles.words.first { s.has($0, at: index) }
        #expect(Self.titles.first(in: s, at: index) == slow)
    }

    /// (text, end, longest word ending there or nil)
    @Test(arguments: [
        ("省委副书记王", 5, "副书记"),
        ("省委书记", 4, "省委书记"),
        ("副市长刘", 3, "副市长"),
        ("市长", 2, "市长"),
        ("组长", 2, "组长"),
        ("长", 1, "长"),
        ("王", 1, nil),
        ("王", 0, nil),
    ] as [(String, Int, String?)])
    func longestWordEndingAt(_ text: String, _ end: Int, _ expected: String?) {
        let s = U.s(text)
        #expect(Self.titles.ending(in: s, at: end).map { U.string($0, 0..<$0.count) } == expected)
        let slow = end > 0 ? Self.titles.words.first { s.has($0, at: end - $0.count) } : nil
        #expect(Self.titles.ending(in: s, at: end) == slow)
    }

    @Test func aLimitCutsTheMatch() {
        let s = U.s("省委书记楼阳生")
        #expect(Self.titles.first(in: s, at: 0, limit: 3) == nil)
        #expect(Self.titles.first(in: s, at: 2, limit: 4) == U.s("书记"))
    }

    @Test func membershipIsExact() {
        #expect(Self.titles.contains(U.s("副市长")))
        #expect(!Self.titles.contains(U.s("副市")))
        #expect(!Self.titles.contains(U.s("副市长们")))
        #expect(!Self.titles.contains([]))
    }

    /// Many random words: the trie agrees with a scan of every word at every position.
    @Test func trieAgreesWithAScanOnRandomText() {
        var random = SplitMix64(seed: 7)
        let alphabet = U.s("省委书记副市长会议召开主持一二三")
        func word(_ length: Int) -> [UInt32] { (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] } }
        let words = (0..<60).map { _ in word(1 + Int(random.next() % 5)) }
        let list = WordList(words)
        let text = word(400)
        for i in 0...text.count {
            #expect(list.first(in: text, at: i) == list.words.first { text.has($0, at: i) })
            #expect(list.ending(in: text, at: i) == (i > 0 ? list.words.first { text.has($0, at: i - $0.count) } : nil))
        }
    }

    static let mixed = ["", "abc", "五严五防", "é ü ß", "𠮷野家 🙂", "省委书记楼阳生主持召开会议。\n第二行"]

    @Test(arguments: mixed)
    func scalarsRoundTrip(_ text: String) {
        let scalars = U.s(text)
        #expect(scalars == text.unicodeScalars.map(\.value))
        #expect(U.string(scalars, 0..<scalars.count) == text)
    }

    @Test(arguments: mixed)
    func contentHashOfScalarsIsTheHashOfTheText(_ text: String) {
        let document = TextDocument(path: "x.txt", text: text)
        let fromText = ContentHash.fnv1a(text)
        let fromScalars = ContentHash.fnv1a(scalars: document.scalars)
        #expect(fromScalars.value == fromText.value)
        #expect(fromScalars.count == fromText.count)
        #expect(DocumentID.forContent(document) == DocumentID.forContent(text))
        #expect(ContentHash.string(document) == ContentHash.string(text))
    }

    @Test func identifiersCompareAndHashByTheirBytes() {
        let a = NodeID("p-" + "楼阳生"), b = NodeID(String(decoding: Array("p-楼阳生".utf8), as: UTF8.self))
        #expect(a == b)
        #expect(Set([a, b]).count == 1)
        #expect(a != NodeID("p-楼阳"))
        #expect(NodeID("") == NodeID(""))
        // Canonically equivalent but written with other bytes: two ids (é vs e + ◌́).
        #expect(NodeID("p-\u{E9}") != NodeID("p-e\u{301}"))
        #expect(Set([NodeID("p-\u{E9}"), NodeID("p-e\u{301}")]).count == 2)
        var index: [DocumentID: Int] = [:]
        for k in 0..<200 { index[DocumentID("d\(k)")] = k }
        #expect((0..<200).allSatisfy { (k: Int) in index[DocumentID("d\(k)")] == k })
    }
}

/// Event mentions are merged into the events of their day through an index by date;
/// the answer must be the one a scan of every event gives.
@Suite struct EventDateIndexTests {
    @Test func indexAgreesWithAScanOfEveryEvent() {
        var random = SplitMix64(seed: 11)
        let names = ["省委常委会会议", "省委常委会", "全省疫情防控工作会议", "疫情防控工作会议", "专题会议", "省政府常务会议", "视频会议"]
        let days = (20...28).map { CalendarDate(iso: "2020-01-\($0)")! }
        var builder = GraphBuilder(lexicon: .standard)
        let evidence = Evidence(document: "d1", offset: 0, length: 1, text: "x")
        func mention() -> EventMention {
            let day = Int(random.next() % UInt64(days.count))
            let spans = random.next() % 5 == 0 && day + 2 < days.count
            return EventMention(name: names[Int(random.next() % UInt64(names.count))], kind: random.next() % 6 == 0 ? .inspection : .meeting,
                                date: days[day], endDate: spans ? days[day + 2] : nil, dateInferred: false, sentence: 0, range: 0..<1, rule: "test")
        }
        for _ in 0..<300 {
            let next = mention()
            // A probe draft as `merge` makes it, answered both ways.
            let probe = EventDraft(id: "e-probe", label: next.name, kind: next.kind, level: nil, date: next.date!, endDate: next.endDate,
                                   timeOfDay: nil, dateInferred: false, aliases: [], organizer: nil, place: nil, agent: nil, evidence: [evidence],
                                   rule: "test", prepared: [EventNames.Prepared(next.name)], scalarNames: [U.s(next.name)])
            #expect(builder.firstMatch(of: probe) == builder.events.indices.first { builder.events[$0].matches(probe) })
            _ = builder.merge(next, evidence: evidence)
        }
        #expect(builder.events.count > 10)
    }
}

/// JSON strings are written run by run; the result must be what escaping scalar by
/// scalar gives.
@Suite struct JSONStringEscapeTests {
    static func reference(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    @Test(arguments: [
        "", "plain", "省委书记“楼阳生”主持", "a\"b\\c", "line\nbreak\r\ttab", "\u{0}\u{1}\u{1F}", "\u{2028}x\u{2029}",
        "\u{2027}\u{202A}—…", "𠮷🙂\"", "end\\", "\"", "e\u{301}",
    ])
    func escapesAsScalarByScalar(_ text: String) {
        var out = ""
        JSONWriter.writeString(text, into: &out)
        #expect(out == Self.reference(text))
    }
}
