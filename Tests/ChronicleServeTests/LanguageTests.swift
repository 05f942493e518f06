import ChronicleCore
import ChronicleStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ChronicleServe

/// The workspace speaks one language per page: both tables complete, the language
/// chosen by the switch, its cookie or `Accept-Language`, and no page mixing them.
@Suite(.serialized) struct LanguageTests {
    @Test(arguments: Language.allCases)
    func everyKeyHasWordsInEveryTable(_ language: Language) {
        let s = language.strings
        for phrase in Phrase.allCases {
            #expect(!s[phrase].trimmingCharacters(in: .whitespaces).isEmpty, "\(language) \(phrase)")
            // Both tables fill the same slots.
            #expect(Strings.slots(s[phrase]) == Strings.slots(Language.chinese.strings[phrase]), "\(language) \(phrase)")
        }
        for relation in Relation.allCases { #expect(!s.relation(relation).isEmpty) }
        for kind in EventKind.allCases { #expect(!s.kind(kind).isEmpty) }
        for level in EventLevel.allCases.map(Optional.some) + [nil] { #expect(!s.level(level).isEmpty) }
        for time in TimeOfDay.allCases { #expect(!s.timeOfDay(time).isEmpty) }
        for category in MeasureCategory.allCases { #expect(s.measureCategory(category.rawValue) != category.rawValue) }
        for category in ReviewItem.Category.allCases { #expect(!s.reviewCategory(category).isEmpty) }
        for rule in ReadableRule.allCases { #expect(!s.rule(rule.rawValue).isEmpty && s.rule(rule.rawValue) != rule.rawValue) }
        for family in RuleFamily.allCases { #expect(!s.rule(family.rawValue + ":something-new").contains("something")) }
    }

    /// The Chinese names are the vocabulary's own, so pages, pictures and decks agree.
    @Test func chineseNamesAreTheVocabularys() {
        let s = Language.chinese.strings
        #expect(Relation.allCases.allSatisfy { s.relation($0) == $0.chinese })
        #expect(s.relation(.chairs) == "主持" && s.relation(.firstSeen) == "首见" && s.relation(.reiterates) == "重申")
        #expect(s.measureCategory("operational") == "具体措施" && s.measureCategory("political_formula") == "政治表述")
        #expect(Language.english.strings.measureCategory("operational") == "operational measure")
    }

    @Test(arguments: [
        ("zh-CN,zh;q=0.9,en;q=0.8", Language.chinese), ("en-US,en;q=0.9", .english), ("en-GB", .english), ("zh-TW", .chinese),
        ("fr-FR,en;q=0.5,zh;q=0.4", .english), ("fr-FR,zh;q=0.5,en;q=0.4", .chinese), ("de, en;q=0", nil), ("fr", nil), ("", nil),
        ("en;q=0.3, zh-Hans;q=0.8", .chinese), ("*", nil),
    ])
    func acceptLanguage(_ header: String, _ language: Language?) {
        #expect(Language.preferred(acceptLanguage: header) == language, "\(header)")
    }

    /// `?lang=` wins and is remembered in a cookie; then the cookie; then the header;
    /// else Chinese.
    @Test func theSwitchWinsAndIsRemembered() async throws {
        let (workspace, directory) = try ServeTests.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: WorkspaceServer.router(workspace))
        try await app.test(.router) { client in
            let plain = try await ServeTests.get(client, "/search")
            #expect(plain.body.contains("<html lang=\"zh-CN\">") && plain.body.contains("<h1>检索原文</h1>"))
            #expect(plain.body.contains("href=\"/search?lang=en\" lang=\"en\" hreflang=\"en\">English</a>"), "the switch keeps the page")
            let byHeader = try await ServeTests.get(client, "/search", language: "en-US,en;q=0.9")
            #expect(byHeader.body.contains("<html lang=\"en\">") && byHeader.body.contains("<h1>Search the texts</h1>"))
            let switched = try await ServeTests.get(client, "/search?q=abc&lang=en")
            #expect(switched.body.contains("<html lang=\"en\">"))
            #expect(switched.body.contains("href=\"/search?q=abc&amp;lang=zh-CN\" lang=\"zh\""), "the switch back keeps the query")
            let cookie = try #require(switched.headers[values: .setCookie].first { $0.hasPrefix("chronicle_lang=") })
            #expect(cookie.hasPrefix("chronicle_lang=en;"))
            let remembered = try await ServeTests.get(client, "/", cookie: "chronicle_lang=en", language: "zh-CN")
            #expect(remembered.body.contains("<html lang=\"en\">") && remembered.body.contains("2020 at a glance"), "the cookie beats the header")
            let back = try await ServeTests.get(client, "/?lang=zh-CN", cookie: "chronicle_lang=en")
            #expect(back.body.contains("<html lang=\"zh-CN\">") && back.body.contains("2020年概览"))
            let errorPage = try await ServeTests.get(client, "/?from=x&lang=en")
            #expect(errorPage.status == .badRequest && errorPage.body.contains("<html lang=\"en\">"))
        }
    }

    // MARK: - No page mixes languages

    /// What a page says in its own words: the text and the attributes a reader meets
    /// (`placeholder`, `aria-label`, a button's `title`), leaving out whatever is
    /// marked with a `lang` of its own (the documents' labels, names and sentences,
    /// pictures drawn in Chinese, the language switch), `<code>` (ids, commands, file
    /// names, a library's message), and the head's `<title>` and `<style>`.
    static func ownWords(_ html: String) -> [String] {
        var words: [String] = []
        var stack: [(name: String, skip: Bool)] = []
        let void: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "!doctype"]
        let scanner = html.unicodeScalars
        var index = scanner.startIndex
        func skipping() -> Bool { stack.contains { $0.skip } }
        while index < scanner.endIndex {
            if scanner[index] == "<", let end = scanner[index...].firstIndex(of: ">") {
                let tag = String(String.UnicodeScalarView(scanner[scanner.index(after: index)..<end]))
                index = scanner.index(after: end)
                if tag.hasPrefix("!--") || tag.hasPrefix("?") { continue }
                if tag.hasPrefix("/") {
                    let name = tag.dropFirst().lowercased().trimmingCharacters(in: .whitespaces)
                    if let open = stack.lastIndex(where: { $0.name == name }) { stack.removeSubrange(open...) }
                    continue
                }
                let name = String(tag.prefix { !$0.isWhitespace && $0 != "/" }).lowercased()
                let attributes = Self.attributes(tag)
                let skip = (attributes["lang"] != nil && name != "html") || ["code", "title", "style", "script", "svg"].contains(name)
                if !skip && !skipping() {
                    for attribute in ["placeholder", "aria-label"] { if let value = attributes[attribute] { words.append(value) } }
                    if name == "button", let title = attributes["title"] { words.append(title) }
                }
                if !void.contains(name) && !tag.hasSuffix("/") { stack.append((name, skip)) }
            } else {
                let next = scanner[index...].firstIndex(of: "<") ?? scanner.endIndex
                if !skipping() { words.append(Self.decode(String(String.UnicodeScalarView(scanner[index..<next])))) }
                index = next
            }
        }
        return words.filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    static func attributes(_ tag: String) -> [String: String] {
        var out: [String: String] = [:]
        let pattern = try! NSRegularExpression(pattern: "([a-zA-Z-]+)=\"([^\"]*)\"")
        for match in pattern.matches(in: tag, range: NSRange(tag.startIndex..., in: tag)) {
            out[String(tag[Range(match.range(at: 1), in: tag)!])] = decode(String(tag[Range(match.range(at: 2), in: tag)!]))
        }
        return out
    }

    static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Latin words a Chinese page may say: the product's name, formats, units,
    /// the date pattern it asks for.
    static let allowedInChinese: Set<String> = ["Chronicle", "SVG", "PNG", "PDF", "PPTX", "KB", "MB", "txt", "docx", "html", "YYYY", "MM", "DD",
                                                "multipart", "form", "data", "id", "name", "key", "focus"]

    /// Latin words outside the allow-list on a Chinese page.
    static func englishWords(_ words: [String]) -> [String] {
        words.flatMap { text in
            text.components(separatedBy: CharacterSet.letters.inverted.union(CharacterSet(charactersIn: "\u{3000}"..."\u{9FFF}")))
                .filter { word in word.count > 1 && word.unicodeScalars.allSatisfy(\.isASCII) && !allowedInChinese.contains(word) }
        }
    }

    /// Han characters and CJK punctuation on an English page.
    static func chineseText(_ words: [String]) -> [String] {
        words.filter { text in
            text.unicodeScalars.contains { scalar in
                scalar.properties.isIdeographic || (0x3000...0x303F).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
            }
        }
    }

    @Test func theCheckerSeesWhatItShould() {
        let html = "<html lang=\"en\"><head><title>楼阳生 · Chronicle</title></head><body><h1><span lang=\"zh\">楼阳生</span></h1>"
            + "<p>Chaired by <a href=\"/x\" lang=\"zh\">省委</a><img alt=\"图\"><code>p-楼阳生</code> 会议</p><button title=\"否决它\">Reject</button>"
            + "<div class=\"picture\" lang=\"zh\"><svg><g><text>中央</text></g><path d=\"M0\"/></svg></div><input placeholder=\"检索\"></body></html>"
        #expect(Self.chineseText(Self.ownWords(html)) == [" 会议", "否决它", "检索"])
        #expect(Self.englishWords(["会议 Chaired by 2020-01-26", "SVG PNG", "YYYY-MM-DD", "e.g."]) == ["Chaired", "by"])
    }

    /// Every page of the sample workspace (and the error pages, a notice after a
    /// correction) in Chinese and in English: the Chinese page has no English words
    /// outside the allow-list, the English page no Chinese outside the data.
    @Test(arguments: Language.allCases)
    func noPageMixesLanguages(_ language: Language) async throws {
        let (workspace, directory) = try ServeTests.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: WorkspaceServer.router(workspace))
        let header = language == .chinese ? "zh-CN,zh;q=0.9" : "en-US,en;q=0.9"
        let store = workspace.store
        let event = try store.find("省委第二次专题会议", type: .event)
        let measure = try store.find("五严五防", type: .measure)
        let person = try store.find("楼阳生", type: .person)
        let key = try #require(try store.documents().first { $0.path.hasSuffix("study-notice-2020-02-09.txt") }?.key)
        let first = [
            "/", "/?year=2017", "/?month=2020-01", "/?month=2019-02", "/?from=2017-01-01&to=2020-12-31", "/?from=2020-01-01&to=2020-02-29", "/?from=2020-01-20&to=2020-02-10",
            "/people", "/people?q=" + HTML.query("楼"), "/people?q=nobody", "/measures", "/measures?page=9",
            "/person?id=" + HTML.query(person.rawValue) + "&role=chairs", "/person?id=" + HTML.query(person.rawValue) + "&year=2020&page=1",
            "/?from=2020-02-01&to=2020-02-05&level=province", "/?from=2030-01-01", "/event?id=" + HTML.query(event.rawValue),
            "/measure?id=" + HTML.query(measure.rawValue), "/person?id=" + HTML.query(person.rawValue), "/search", "/search?q=" + HTML.query("五严五防"),
            "/documents", "/document?key=" + key.rawValue, "/review", "/review?kind=chairs", "/review?kind=measures",
            // Errors: 404, 400.
            "/nowhere", "/event?id=e-none", "/person?name=" + HTML.query("张三丰"), "/event", "/?from=yesterday", "/?level=galactic", "/?kind=party",
            "/document", "/document?key=nope", "/download?view=timeline&format=exe", "/download?view=lineage", "/download?view=x", "/jobs?id=nope",
            "/?month=2020-13", "/?year=20x0", "/people?page=0", "/person?id=" + HTML.query(person.rawValue) + "&role=owns",
        ]
        // Every measure and every event of the sample, for their categories and kinds.
        let pages = first + (try store.graph().nodes.values.filter { $0.type == .measure || $0.type == .event }.map { node in
            (node.type == .measure ? "/measure?id=" : "/event?id=") + HTML.query(node.id.rawValue)
        })
        try await app.test(.router) { client in
            let (cookie, token) = try await ServeTests.session(client)
            var seen: [(String, String)] = []
            for uri in pages {
                let page = try await ServeTests.get(client, uri, cookie: cookie, language: header)
                seen.append((uri, page.body))
            }
            // Posts refused (403, 400) and accepted (the notice, then its undo).
            for (form, cookieSent) in [("action=reject&node=x", cookie), ("csrf=\(token)&node=e-nope&action=accept", cookie),
                                       ("csrf=\(token)&source=p-a&relation=chairs&target=e-b&action=reject", cookie),
                                       ("csrf=\(token)&source=p-a&relation=owns&target=e-b&action=reject", cookie),
                                       ("csrf=\(token)&node=\(HTML.query(event.rawValue))&action=set&date=soon", cookie), ("csrf=\(token)&action=dance&node=\(HTML.query(event.rawValue))", cookie)] {
                let answer = try await ServeTests.post(client, "/review", form: form, cookie: cookieSent, language: header)
                #expect(answer.status == .forbidden || answer.status == .badRequest, "\(form)")
                seen.append(("POST /review " + form, answer.body))
            }
            let cross = try await ServeTests.post(client, "/review", form: "csrf=\(token)&node=x", cookie: cookie, origin: "https://evil.example", language: header)
            seen.append(("POST from another site", cross.body))
            let chair = "csrf=\(token)&action=reject&source=" + HTML.query(person.rawValue) + "&relation=chairs&target=" + HTML.query(event.rawValue)
                + "&back=" + HTML.query("/event?id=" + event.rawValue)
            let done = try await ServeTests.post(client, "/review", form: chair, cookie: cookie, language: header)
            let location = try #require(done.headers[.location])
            seen.append((location, try await ServeTests.get(client, location, cookie: cookie, language: header).body))
            let id = try #require(try store.corrections().first?.id)
            let undone = try await ServeTests.post(client, "/review/undo", form: "csrf=\(token)&id=\(id)&back=" + HTML.query(location), cookie: cookie, language: header)
            let after = try #require(undone.headers[.location])
            seen.append((after, try await ServeTests.get(client, after, cookie: cookie, language: header).body))
            let refused = ServeTests.multipart(file: "slides.exe", Data("MZ".utf8), token: token)
            seen.append(("upload .exe", try await ServeTests.post(client, "/documents", form: refused.body, cookie: cookie, contentType: refused.type, language: header).body))
            let good = ServeTests.multipart(file: "市委常委会.txt", Data("2021年3月5日上午，市委召开常委会会议，市委书记赵六主持会议。".utf8), token: token)
            let job = try #require(try await ServeTests.post(client, "/documents", form: good.body, cookie: cookie, contentType: good.type, language: header).headers[.location])
            workspace.jobs.drain()
            seen.append((job, try await ServeTests.get(client, job, cookie: cookie, language: header).body))

            for (uri, body) in seen {
                #expect(body.contains("<html lang=\"\(language.rawValue)\">"), "\(uri): the page's lang")
                let words = Self.ownWords(body)
                #expect(words.count > 5, "\(uri): the checker read the page")
                switch language {
                case .chinese:
                    let english = Self.englishWords(words)
                    #expect(english.isEmpty, "\(uri): English words \(english)")
                case .english:
                    let chinese = Self.chineseText(words)
                    #expect(chinese.isEmpty, "\(uri): Chinese text \(chinese)")
                }
            }
        }
    }
}
