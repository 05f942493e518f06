import Testing
@testable import ChronicleCore
import ChronicleTestSupport

@Suite struct JSONParserTests {
    @Test func keepsMemberOrderAndUnicode() throws {
        let value = try JSONParser.parse(#"{"z": 1, "a": [true, null, "楼阳生\u00e9\ud83d\ude00"], "m": {"k": -1.5e2}}"#)
        guard case .object(let members) = value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["z", "a", "m"])
        #expect(value["a"] == .array([.bool(true), .null, .string("楼阳生é😀")]))
        #expect(value["m"]?["k"] == .number(-150))
    }

    @Test(arguments: [
        ("", 1, 1, "unexpected end of input"),
        ("{", 1, 2, "unexpected end of input inside an object"),
        ("{\n  \"a\": 1,\n  \"b\" 2\n}", 3, 7, "expected ':'"),
        ("[1, 2,]", 1, 7, "unexpected character ']'"),
        ("{\"a\": tru}", 1, 7, "invalid literal"),
        ("\"abc", 1, 1, "unterminated string"),
        ("{\"节点\": 01}", 1, 8, "leading zero"),
        ("[1] [2]", 1, 5, "unexpected content after"),
        ("\"\\x\"", 1, 2, "invalid escape"),
        ("\"\\ud800\"", 1, 8, "unpaired surrogate"),
        ("{\"a\":\"x\ny\"}", 1, 8, "control character"),
    ] as [(String, Int, Int, String)])
    func reportsLineAndColumn(_ text: String, line: Int, column: Int, message: String) {
        do {
            _ = try JSONParser.parse(text)
            Issue.record("parsed invalid JSON: \(text)")
        } catch {
            #expect(error.line == line && error.column == column, "\(error)")
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test func rejectsDeepNesting() {
        let text = String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(text) }
    }

    @Test func writerEscapesAndRoundTrips() throws {
        let value: JSONValue = .object([
            ("text", .string("引号\"反斜杠\\换行\n制表\t\u{1}")), ("n", .number(3)), ("f", .number(0.25)),
            ("empty", .array([])), ("nested", .object([("list", .array([.object([("k", .null)])]))])),
        ])
        let text = JSONWriter.string(value)
        #expect(text.contains(#""引号\"反斜杠\\换行\n制表\t\u0001""#))
        #expect(try JSONParser.parse(text) == value)
        #expect(try JSONParser.parse(JSONWriter.string(value, pretty: false)) == value)
    }
}
