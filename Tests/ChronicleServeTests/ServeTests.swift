import ChronicleCore
import ChronicleRender
import ChronicleStore
import ChronicleTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ChronicleServe

/// Every page and error of the workspace over HTTP (HummingbirdTesting's router
/// client: real requests and responses, no socket).
@Suite(.serialized) struct ServeTests {
    static let samplePath = TestPaths.repositoryRoot.appendingPathComponent("Samples/study-notice-2020-02-09.txt").path

    /// A store with the sample and a hostile document: `<script>`, quotes and `{{` in
    /// names and sentences.
    static func workspace() throws -> (Workspace, URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try GraphStore(path: directory.appendingPathComponent("s.sqlite").path)
        let extractor = Extractor(referenceDate: CalendarDate(iso: "2020-02-09"))
        _ = try store.ingest(try DocumentLoader.load(path: samplePath), extractor: extractor)
        let hostile = directory.appendingPathComponent("hostile.txt")
        try Self.hostileText.write(to: hostile, atomically: true, encoding: .utf8)
        _ = try store.ingest(try DocumentLoader.load(path: hostile.path), extractor: extractor)
        return (Workspace(store: store, renderer: try Renderer(), uploadLimit: 64 * 1024, extractor: extractor), directory)
    }

    static let hostileText = """
        2020年3月2日上午，省委书记王五主持召开省委常委会会议，传达学习《关于<script>alert(1)</script>的通知》精神。
        会议强调，要落实“<script>alert(1)</script>”要求，坚持“{{五严}}\\"'<b>”原则，做到“双零”。
        """

    static func get(_ client: some TestClientProtocol, _ uri: String, cookie: String? = nil, language: String? = nil) async throws -> (status: HTTPResponse.Status, body: String, headers: HTTPFields) {
        var headers: HTTPFields = [:]
        if let cookie { headers[.cookie] = cookie }
        if let language { headers[.acceptLanguage] = language }
        return try await client.execute(uri: uri, method: .get, headers: headers) { response in
            (response.status, String(buffer: response.body), response.headers)
        }
    }

    static func post(_ client: some TestClientProtocol, _ uri: String, form: String, cookie: String?, origin: String? = nil,
                     contentType: String = "application/x-www-form-urlencoded", language: String? = nil) async throws -> (status: HTTPResponse.Status, body: String, headers: HTTPFields) {
        var headers: HTTPFields = [.contentType: contentType]
        if let language { headers[.acceptLanguage] = language }
        if let cookie { headers[.cookie] = cookie }
        if let origin { headers[.origin] = origin }
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: form)) { response in
            (response.status, String(buffer: response.body), response.headers)
        }
    }

    /// A page's text as a reader sees it: tags removed, entities decoded.
    static func plain(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The session cookie a first page sets, as a Cookie header, and its token.
    static func session(_ client: some TestClientProtocol) async throws -> (cookie: String, token: String) {
        let page = try await get(client, "/")
        let setCookie = try #require(page.headers[.setCookie])
        let pair = String(setCookie.split(separator: ";")[0])
        return (pair, String(pair.split(separator: "=")[1]))
    }

    @Test func everyPageAnswers() async throws {
        let (workspace, directory) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: WorkspaceServer.router(workspace))
        try await app.test(.router) { client in
            let home = try await Self.get(client, "/")
            #expect(home.status == .ok)
            // The overview of the latest year: its months, each opening the month, the
            // main meetings linked, then the latest week drawn.
            #expect(home.body.contains("<h1>2020年概览</h1>") && home.body.contains("href=\"/?month=2020-01\"") && home.body.contains("href=\"/?month=2020-02\""))
            #expect(home.body.contains("href=\"/?year=2017\""), "the other years of the store")
            #expect(home.body.contains("最近一周") && home.body.contains("<svg") && home.body.contains("href=\"/event?id="), "the latest week is an inline SVG whose boxes link to events")
            let january = try await Self.get(client, "/?month=2020-01")
            #expect(january.status == .ok && january.body.contains("href=\"/?from=2020-01-27&amp;to=2020-02-02\"") && january.body.contains("1月27日至2月2日"), "weeks of the month, Monday to Sunday")
            let wide = try await Self.get(client, "/?from=2017-01-01&to=2020-12-31")
            #expect(wide.status == .ok && !wide.body.contains("<svg") && wide.body.contains("href=\"/?month=2020-01\""), "a range too long to draw goes by month")
            // Three weeks and a day: a picture per week under its dates (one picture of
            // 13 dates needs boxes three characters wide), type of 14 pt or more, no
            // name cut; the day's single event joins the week before.
            let weeks = try await Self.get(client, "/?from=2020-01-20&to=2020-02-10")
            #expect(weeks.status == .ok && weeks.body.components(separatedBy: "<h2 class=\"week\">").count == 4, "three weeks")
            #expect(weeks.body.contains("href=\"/?from=2020-02-03&amp;to=2020-02-10\"") && weeks.body.contains("2月3日至2月10日"))
            #expect(weeks.body.components(separatedBy: "<svg").count == 4 && !weeks.body.contains("…</text>"))
            #expect(weeks.body.components(separatedBy: "class=\"deck\"").count == 2, "one deck download, for the whole range")
            let people = try await Self.get(client, "/people?q=" + HTML.query("楼阳"))
            #expect(people.status == .ok && people.body.contains(">楼阳生</a>") && !people.body.contains(">习近平</a>"))
            let measures = try await Self.get(client, "/measures")
            #expect(measures.status == .ok && measures.body.contains("五严五防"))
            #expect(home.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            let css = try await Self.get(client, "/style.css")
            #expect(home.body.contains("href=\"/style.css\"") && css.status == .ok && css.headers[.contentType]?.hasPrefix("text/css") == true)
            let filtered = try await Self.get(client, "/?from=2020-02-01&to=2020-02-05&level=province")
            #expect(filtered.status == .ok && filtered.body.contains("省委第四次专题会议") && !filtered.body.contains("1月28日"))
            let event = try await Self.get(client, "/event?name=" + HTML.query("省委第二次专题会议"))
            #expect(event.status == .ok)
            #expect(event.body.contains("主持") && event.body.contains("楼阳生") && event.body.contains("<mark>"), "chair with its sentence, span marked")
            #expect(event.body.contains("传达了"))
            let measure = try await Self.get(client, "/measure?name=" + HTML.query("五严五防"))
            #expect(measure.status == .ok && measure.body.contains("提出") && measure.body.contains("重申") && measure.body.contains("<img src=\"/picture?view=lineage"))
            let person = try await Self.get(client, "/person?name=" + HTML.query("楼阳生"))
            #expect(person.status == .ok && person.body.contains("主持（") && person.body.contains("<img src=\"/picture?view=relations"))
            let chaired = try await Self.get(client, "/person?name=" + HTML.query("楼阳生") + "&role=chairs")
            #expect(chaired.status == .ok && chaired.body.contains("<b>主持（") && !chaired.body.contains("<b>出席"))
            // The titles as the dated list `query person` prints, oldest first.
            #expect(person.body.contains("<ul class=\"meta titles\"><li>2017-06 <span lang=\"zh\">省长</span></li><li>2020-01 起 <span lang=\"zh\">省委书记、"), "\(person.body.prefix(600))")
            let picture = try await Self.get(client, "/picture?view=relations&focus=p-" + HTML.query("楼阳生") + "&format=svg")
            #expect(picture.status == .ok && picture.headers[.contentType] == "image/svg+xml" && picture.body.contains("<svg"))
            #expect(picture.headers[.contentDisposition]?.hasPrefix("inline") == true)
            let search = try await Self.get(client, "/search?q=" + HTML.query("五严五防"))
            #expect(search.status == .ok && search.body.contains("<mark>五严五防</mark>") && search.body.contains("/event?id="))
            // Under each sentence what it states, each relation said once: the meeting's
            // measures as 重申：A、B (not A；B；重申 A；重申 B).
            #expect(search.body.contains("重申：<span lang=\"zh\">三线</span>、<span lang=\"zh\">五严五防</span>、"), "\(search.body)")
            #expect(!search.body.contains("重申 <span"), "\(search.body)")
            let documents = try await Self.get(client, "/documents")
            #expect(documents.status == .ok && documents.body.contains("study-notice-2020-02-09.txt") && documents.body.contains("enctype=\"multipart/form-data\""))
            let key = try #require(workspace.store.documents().first { $0.path.hasSuffix("study-notice-2020-02-09.txt") }?.key)
            let document = try await Self.get(client, "/document?key=" + key.rawValue)
            #expect(document.status == .ok && document.body.contains("<mark title="))
            let review = try await Self.get(client, "/review")
            #expect(review.status == .ok && review.body.contains("value=\"reject\"") && review.body.contains("name=\"csrf\""))
            for (uri, type) in [("/download?view=timeline&format=svg", "image/svg+xml"), ("/download?view=timeline&format=png&from=2020-01-27&to=2020-02-02", "image/png"),
                                ("/download?view=lineage&focus=m-" + HTML.query("五严五防") + "&format=pdf", "application/pdf"),
                                ("/download?view=deck&format=pptx&from=2020-01-27&to=2020-02-02", "application/vnd.openxmlformats-officedocument.presentationml.presentation")] {
                let file = try await Self.get(client, uri)
                #expect(file.status == .ok && file.headers[.contentType] == type, "\(uri): \(file.status) \(file.body.prefix(200))")
                #expect(file.headers[.contentDisposition]?.hasPrefix("attachment") == true)
            }
        }
    }

    /// Every error is a page in the browser's language (Chinese by default).
    @Test func errorsAreClearPages() async throws {
        let (workspace, directory) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: WorkspaceServer.router(workspace))
        try await app.test(.router) { client in
            for (uri, status, chinese, english) in [
                ("/event?id=e-none", HTTPResponse.Status.notFound, "库中没有名为“e-none”的会议", "No meeting named “e-none”"),
                ("/person?name=" + HTML.query("张三丰"), .notFound, "没有名为“张三丰”的人物", "No person named “张三丰”"),
                ("/event", .badRequest, "?id=", "Add ?id=… or ?name=…"), ("/?from=yesterday", .badRequest, "起始日期要写成 YYYY-MM-DD", "start date must be written"),
                ("/?level=galactic", .badRequest, "没有“galactic”这个层级", "Unknown level “galactic”"),
                ("/document?key=../../etc/passwd", .notFound, "库中没有“../../etc/passwd”这份文件", "No stored document “../../etc/passwd”"),
                ("/document", .badRequest, "要看哪份文件", "Which document? Add ?key=…"),
                ("/download?view=timeline&format=exe", .badRequest, "格式只能是", "The format must be"),
                ("/download?view=nothing", .badRequest, "图只能是", "The picture must be"),
                ("/jobs?id=nope", .notFound, "没有这项上传", "No such upload"), ("/nowhere", .notFound, "找不到这个页面", "No such page"),
            ] {
                let page = try await Self.get(client, uri)
                #expect(page.status == status, "\(uri): \(page.status)")
                #expect(Self.plain(page.body).contains(chinese), "\(uri): \(page.body.prefix(300))")
                let inEnglish = try await Self.get(client, uri, language: "en-US,en;q=0.9")
                #expect(inEnglish.status == status && Self.plain(inEnglish.body).contains(english), "\(uri): \(inEnglish.body.prefix(300))")
            }
        }
    }

    /// A path with no page gets a page in Chinese with the usual navigation (not an
    /// empty 404), the path echoed escaped; the icon answers at both addresses.
    @Test(arguments: ["/meetings", "/persons", "/event/e-1", "/%3Cscript%3Ex", "/%E4%BC%9A%E8%AE%AE"])
    func unknownPagesAreRealPages(_ uri: String) async throws {
        let (workspace, directory) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: WorkspaceServer.router(workspace))
        try await app.test(.router) { client in
            let page = try await Self.get(client, uri)
            #expect(page.status == .notFound)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.body.contains("<h1>找不到这个页面</h1>") && page.body.contains("<nav>") && page.body.contains("href=\"/review\""), "\(page.body)")
            #expect(page.body.contains("rel=\"icon\""))
            #expect(!page.body.contains("<script>"))
            #expect(page.body.contains("“<code>" + HTML.escape(uri.removingPercentEncoding ?? uri) + "</code>”"), "the path echoed, decoded and escaped")
        }
    }

    @Test func theIconIsServed() async throws {
        let (workspace, directory) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: WorkspaceServer.router(workspace))
        try await app.test(.router) { client in
            let home = try await Self.get(client, "/")
            #expect(home.body.contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"))
            let svg = try await Self.get(client, "/favicon.svg")
            #expect(svg.status == .ok && svg.headers[.contentType] == "image/svg+xml" && svg.body.hasPrefix("<svg"))
            let ico = try await client.execute(uri: "/favicon.ico", method: .get) { response in (response.status, response.headers, Array(buffer: response.body)) }
            #expect(ico.0 == .ok && ico.1[.contentType] == "image/x-icon")
            // An icon directory with one 32 × 32, 32-bit image right after it.
            #expect(ico.2.starts(with: [0, 0, 1, 0, 1, 0, 32, 32]) && ico.2.count == 6 + 16 + 40 + 32 * 32 * 4 + 32 * 4)
        }
    }

    /// The deck link says it is working while the deck is built (in the page's
    /// language), through the one same-origin script the workspace serves.
    @Test func deckLinkShowsProgress() async throws {
        let (workspace, directory) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: WorkspaceServer.router(workspace))
        try await app.test(.router) { client in
            let chinese = try await Self.get(client, "/", language: "zh-CN")
            #expect(chinese.body.contains("data-busy=\"简报生成中…\""), "the deck link carries its busy text")
            #expect(chinese.body.contains("<script src=\"/deck.js\" defer></script>"))
            let english = try await Self.get(client, "/", language: "en")
            #expect(english.body.contains("data-busy=\"Generating the deck…\""))
            let script = try await Self.get(client, "/deck.js")
            #expect(script.status == .ok && script.headers[.contentType]?.hasPrefix("text/javascript") == true)
            #expect(script.body.contains("data-busy") && script.body.contains("aria-busy"))
            // The page lets that one same-origin script run and fetch, and nothing inline.
            let policy = chinese.headers[.contentSecurityPolicy] ?? ""
            #expect(policy.contains("script-src 'self';") && policy.contains("connect-src 'self';"))
            #expect(!policy.contains("script-src 'self' 'unsafe-inline'"))
        }
    }

    /// The hostile document's text appears only escaped, on every page that shows it.
    @Test func hostileTextRendersAsText() async throws {
        let (workspace, directory) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: WorkspaceServer.router(workspace))
        let hostile = try #require(workspace.store.timeline().first { $0.date == "2020-03-02" }, "the hostile report's event is extracted")
        let measure = try workspace.store.find("{{五严}}", type: .measure)
        let key = try #require(workspace.store.documents().first { $0.path.hasSuffix("hostile.txt") }?.key)
        try await app.test(.router) { client in
            for uri in ["/", "/event?id=" + HTML.query(hostile.id.rawValue), "/search?q=" + HTML.query("<script>"), "/document?key=" + key.rawValue,
                        "/review", "/person?name=" + HTML.query("王五"), "/measure?id=" + HTML.query(measure.rawValue), "/search?q=" + HTML.query("{{五严}}"),
                        "/documents"] {
                let page = try await Self.get(client, uri)
                #expect(!page.body.contains("<script>"), "\(uri) has a raw <script>")
                #expect(!page.body.contains("<b>”"), "\(uri) has a raw <b>")
            }
            let event = try await Self.get(client, "/event?id=" + HTML.query(hostile.id.rawValue))
            #expect(event.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown as text")
            let page = try await Self.get(client, "/measure?id=" + HTML.query(measure.rawValue))
            #expect(page.body.contains("{{五严}}\\&quot;&#39;&lt;b&gt;"), "\(page.body.prefix(600))")
        }
    }

    @Test func rejectingAFactRemovesItAndSurvivesRebuild() async throws {
        let (workspace, directory) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: WorkspaceServer.router(workspace))
        let event = try workspace.store.find("省委第二次专题会议", type: .event)
        try await app.test(.router) { client in
            let (cookie, token) = try await Self.session(client)
            let uri = "/event?id=" + HTML.query(event.rawValue)
            #expect(try await Self.get(client, uri, cookie: cookie).body.contains("/person?id=p-%E6%A5%BC%E9%98%B3%E7%94%9F"))
            let form = "csrf=\(token)&action=reject&source=p-%E6%A5%BC%E9%98%B3%E7%94%9F&relation=chairs&target=\(HTML.query(event.rawValue))&back=\(HTML.query(uri))"
            // Refused without the token, with another token, or from another site.
            #expect(try await Self.post(client, "/review", form: form, cookie: nil).status == .forbidden)
            #expect(try await Self.post(client, "/review", form: form.replacingOccurrences(of: token, with: String(repeating: "0", count: 32)), cookie: cookie).status == .forbidden)
            #expect(try await Self.post(client, "/review", form: form, cookie: cookie, origin: "https://evil.example").status == .forbidden)
            #expect(try workspace.store.corrections().isEmpty, "a refused post changes nothing")
            let done = try await Self.post(client, "/review", form: form, cookie: cookie)
            let id = try #require(try workspace.store.corrections().first?.id)
            #expect(done.status == .seeOther && done.headers[.location] == uri + "&done=\(id)")
            let after = try await Self.get(client, uri + "&done=\(id)", cookie: cookie)
            #expect(!after.body.contains("<h2>主持</h2>"), "the chair is gone")
            #expect(Self.plain(after.body).contains("已否决：楼阳生 主持 省委第二次专题会议"), "says what was done")
            // An open redirect is not possible: `back` must be a path of this site.
            let accept = "csrf=\(token)&action=accept&node=\(HTML.query(event.rawValue))&back=" + HTML.query("//evil.example/")
            let outside = try await Self.post(client, "/review", form: accept, cookie: cookie)
            #expect(outside.headers[.location]?.hasPrefix("/review?done=") == true)
            // The chair is gone, so rejecting it again is refused, not stored twice.
            #expect(try await Self.post(client, "/review", form: form, cookie: cookie).status == .badRequest)
        }
        // The correction is in the store: a rebuild of the same text keeps it.
        #expect(!(try workspace.store.corrections().isEmpty))
        _ = try workspace.store.ingest(try DocumentLoader.load(path: Self.samplePath), extractor: workspace.extractor)
        let chairs = try workspace.store.event(event.rawValue).event.chairs
        #expect(!chairs.contains("楼阳生"))
    }

    /// A form naming a fact the store does not have is refused with a clear message
    /// and stores nothing (it used to be stored, and reported orphaned ever after).
    @Test(arguments: [
        ("node=e-nope&action=accept", "库中没有“e-nope”这个节点"),
        ("node=e-nope&action=set&label=x", "库中没有“e-nope”这个节点"),
        ("source=p-nobody&relation=chairs&target=e-nope&action=reject", "库中没有“p-nobody”主持“e-nope”这条关系"),
        ("source=p-a&relation=owns&target=e-b&action=reject", "没有“owns”这种关系"),
        ("action=accept", "没有指明要修正的事实"),
    ])
    func unknownFactsAreRefused(_ fields: String, message: String) async throws {
        let (workspace, directory) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: WorkspaceServer.router(workspace))
        try await app.test(.router) { client in
            let (cookie, token) = try await Self.session(client)
            let answer = try await Self.post(client, "/review", form: "csrf=\(token)&" + fields, cookie: cookie)
            #expect(answer.status == .badRequest)
            #expect(Self.plain(answer.body).contains(message) && answer.body.contains("没有保存任何修正"), "\(answer.body)")
        }
        #expect(try workspace.store.corrections().isEmpty)
    }

    /// 接受 on the review page: back on the queue, the item gone, a notice saying what
    /// was accepted with an undo button; undo brings the item back and says so.
    @Test func acceptThenUndo() async throws {
        let (workspace, directory) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: WorkspaceServer.router(workspace))
        let item = try #require(ReviewQueue.items(try workspace.store.graph(), limit: 40).first { if case .node = $0.fact { true } else { false } })
        guard case .node(let node) = item.fact else { return }
        let field = "name=\"node\" value=\"\(HTML.escape(node.rawValue))\""
        try await app.test(.router) { client in
            let (cookie, token) = try await Self.session(client)
            #expect(try await Self.get(client, "/review", cookie: cookie).body.contains(field))
            let done = try await Self.post(client, "/review", form: "csrf=\(token)&node=\(HTML.query(node.rawValue))&action=accept&back=%2Freview", cookie: cookie)
            let id = try #require(try workspace.store.corrections().first?.id)
            #expect(done.status == .seeOther && done.headers[.location] == "/review?done=\(id)")
            let queue = try await Self.get(client, "/review?done=\(id)", cookie: cookie)
            #expect(!queue.body.contains(field), "the accepted item left the queue")
            #expect(Self.plain(queue.body).contains("已接受：\(item.statement)"), "\(queue.body.prefix(2000))")
            #expect(queue.body.contains("action=\"/review/undo\"") && queue.body.contains("name=\"id\" value=\"\(id)\""))
            // Undo: refused without the token, then done.
            #expect(try await Self.post(client, "/review/undo", form: "id=\(id)&back=%2Freview", cookie: cookie).status == .forbidden)
            let undone = try await Self.post(client, "/review/undo", form: "csrf=\(token)&id=\(id)&back=" + HTML.query("/review?done=\(id)"), cookie: cookie)
            #expect(undone.status == .seeOther && undone.headers[.location] == "/review?undone=\(id)")
            #expect(try workspace.store.corrections().isEmpty)
            let back = try await Self.get(client, "/review?undone=\(id)", cookie: cookie)
            #expect(Self.plain(back.body).contains("已撤销：\(item.statement)") && back.body.contains(field), "the item is back")
            #expect(try await Self.post(client, "/review/undo", form: "csrf=\(token)&id=\(id)", cookie: cookie).status == .notFound)
        }
    }

    /// Downloads are named after the store (`s.sqlite` here) and what they hold; the
    /// Chinese name in RFC 5987's `filename*`, an ASCII one in `filename`.
    @Test(arguments: [
        ("/download?view=timeline&format=png&from=2020-01-27&to=2020-02-02", "s-时间线-2020-01-27至2020-02-02.png", "s-timeline-2020-01-27_2020-02-02.png"),
        ("/download?view=timeline&format=svg&level=province&to=2020-01-26", "s-时间线-省级-2020-01-23至2020-01-26.svg", "s-timeline-province-2020-01-23_2020-01-26.svg"),
        ("/download?view=deck&format=pptx&from=2020-02-03&to=2020-02-03", "s-简报-2020-02-03.pptx", "s-briefing-2020-02-03.pptx"),
        ("/download?view=lineage&focus=m-" + HTML.query("五严五防") + "&format=pdf", "s-五严五防-提出与重申.pdf", "s-lineage.pdf"),
        ("/picture?view=relations&focus=p-" + HTML.query("楼阳生") + "&format=svg", "s-楼阳生-关系.svg", "s-relations.svg"),
    ])
    func downloadsAreNamedForWhatTheyHold(_ uri: String, name: String, ascii: String) async throws {
        let (workspace, directory) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: WorkspaceServer.router(workspace))
        try await app.test(.router) { client in
            let file = try await Self.get(client, uri)
            #expect(file.status == .ok, "\(uri): \(file.body.prefix(300))")
            let header = try #require(file.headers[.contentDisposition])
            let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(parts.count == 3 && parts[0] == (uri.hasPrefix("/picture") ? "inline" : "attachment"), "\(header)")
            #expect(parts.contains("filename=\"\(ascii)\""), "\(header)")
            let extended = try #require(parts.first { $0.hasPrefix("filename*=UTF-8''") })
            let encoded = extended.dropFirst("filename*=UTF-8''".count)
            // RFC 5987 attr-char only, then the name back when decoded.
            #expect(encoded.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || "%-._~".unicodeScalars.contains($0)) }, "\(header)")
            #expect(encoded.removingPercentEncoding == name, "\(header)")
        }
    }

    @Test(arguments: [
        ("a/b\"<c>\n;d", "a_b__c___d"), ("会议 纪要", "会议_纪要"), ("五严五防", "五严五防"), ("100%", "100_"),
    ])
    func namePiecesAreCleaned(_ piece: String, cleaned: String) {
        #expect(DownloadName.clean(piece) == cleaned)
        #expect(DownloadName.asciiStem(piece).unicodeScalars.allSatisfy { $0.isASCII })
    }

    /// Rejecting the event a page is about: that page is gone (404), but it still says
    /// what was done, and its undo brings the event back.
    @Test func rejectingAPagesOwnEventCanBeUndoneFromThere() async throws {
        let (workspace, directory) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: WorkspaceServer.router(workspace))
        let event = try workspace.store.find("省委第二次专题会议", type: .event)
        let uri = "/event?id=" + HTML.query(event.rawValue)
        try await app.test(.router) { client in
            let (cookie, token) = try await Self.session(client)
            let done = try await Self.post(client, "/review", form: "csrf=\(token)&action=reject&node=\(HTML.query(event.rawValue))&back=\(HTML.query(uri))", cookie: cookie)
            let location = try #require(done.headers[.location])
            let gone = try await Self.get(client, location, cookie: cookie)
            #expect(gone.status == .notFound && Self.plain(gone.body).contains("已否决：2020-01-28 省委第二次专题会议") && gone.body.contains("action=\"/review/undo\""))
            let id = try #require(try workspace.store.corrections().first?.id)
            let undone = try await Self.post(client, "/review/undo", form: "csrf=\(token)&id=\(id)&back=" + HTML.query(location), cookie: cookie)
            let back = try await Self.get(client, try #require(undone.headers[.location]), cookie: cookie)
            #expect(back.status == .ok && back.body.contains("已撤销") && back.body.contains("<h2>主持</h2>"))
        }
    }

    static func multipart(file name: String, _ contents: Data, token: String) -> (body: String, type: String) {
        let boundary = "----chronicle\(UUID().uuidString)"
        var body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(token)\r\n"
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: text/plain\r\n\r\n"
        body += String(decoding: contents, as: UTF8.self) + "\r\n--\(boundary)--\r\n"
        return (body, "multipart/form-data; boundary=\(boundary)")
    }

    @Test func uploadsAreCheckedThenBuilt() async throws {
        let (workspace, directory) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: WorkspaceServer.router(workspace))
        try await app.test(.router) { client in
            let (cookie, token) = try await Self.session(client)
            let before = try workspace.store.documents().count
            // Over the limit (64 KB here): a clear message, nothing changed.
            let big = Self.multipart(file: "big.txt", Data(String(repeating: "会议", count: 40_000).utf8), token: token)
            let refused = try await Self.post(client, "/documents", form: big.body, cookie: cookie, contentType: big.type)
            #expect(refused.status == .contentTooLarge && refused.body.contains("上限"), "\(refused.status)")
            let wrong = Self.multipart(file: "slides.exe", Data("MZ".utf8), token: token)
            #expect(try await Self.post(client, "/documents", form: wrong.body, cookie: cookie, contentType: wrong.type).status == .unsupportedMediaType)
            let forged = Self.multipart(file: "a.txt", Data("2020年3月5日，市委召开常委会会议。".utf8), token: String(repeating: "f", count: 32))
            #expect(try await Self.post(client, "/documents", form: forged.body, cookie: cookie, contentType: forged.type).status == .forbidden)
            #expect(try workspace.store.documents().count == before)
            // A broken .docx (read in memory): a clear message, nothing changed.
            let broken = Data([0x50, 0x4B, 0x03, 0x04] + (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 37) })
            let boundary = "----chronicle-binary"
            var body = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(token)\r\n".utf8)
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"报告.docx\"\r\n\r\n".utf8)
            body += broken + Data("\r\n--\(boundary)--\r\n".utf8)
            let unreadable = try await client.execute(uri: "/documents", method: .post,
                                                      headers: [.contentType: "multipart/form-data; boundary=\(boundary)", .cookie: cookie],
                                                      body: ByteBuffer(bytes: body)) { response in (response.status, String(buffer: response.body)) }
            #expect(unreadable.0 == .unprocessableContent && Self.plain(unreadable.1).contains("无法读取“报告.docx”"), "\(unreadable.0)")
            #expect(try workspace.store.documents().count == before)
            // A good one, its name with a path in it: stored under its last component.
            let text = "2021年3月5日上午，市委召开常委会会议，市委书记赵六主持会议。会议传达学习了全国两会精神。"
            let good = Self.multipart(file: "..\\..\\etc/市委常委会.txt", Data(text.utf8), token: token)
            let accepted = try await Self.post(client, "/documents", form: good.body, cookie: cookie, contentType: good.type)
            #expect(accepted.status == .seeOther)
            let job = try #require(accepted.headers[.location])
            workspace.jobs.drain()
            let progress = try await Self.get(client, job, cookie: cookie)
            #expect(progress.body.contains("已加入"), "\(progress.body.suffix(400))")
            let stored = try workspace.store.documents()
            #expect(stored.count == before + 1)
            #expect(stored.contains { $0.path == "upload/市委常委会.txt" }, "\(stored.map(\.path))")
            #expect(!FileManager.default.fileExists(atPath: "/etc/市委常委会.txt"))
        }
    }

    @Test func multipartAndFormParsing() throws {
        let form = FormValues("q=%E4%BA%94%E4%B8%A5+x&q=second&empty=&a%26b=c%3Dd")
        #expect(form["q"] == "五严 x" && form["empty"] == nil && form["a&b"] == "c=d")
        let malformed = FormValues("a=100%25&b=50%&c=%zz&d=%4")
        #expect(malformed["a"] == "100%" && malformed["b"] == "50%" && malformed["c"] == "%zz" && malformed["d"] == "%4")
        let upload = Self.multipart(file: "a.txt", Data("第一行\r\n第二行".utf8), token: "t")
        let parsed = try MultipartForm(body: Data(upload.body.utf8), contentType: upload.type)
        #expect(parsed.fields["csrf"] == "t" && parsed.fileName == "a.txt" && parsed.fileData == Data("第一行\r\n第二行".utf8))
        #expect(throws: (any Error).self) { try MultipartForm(body: Data("garbage".utf8), contentType: upload.type) }
        for text in ["e-2020-01-28-省委第二次专题会议", "a b&c=d/e?f#g+h%", "“五严五防”\"'<>", ""] {
            var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
            allowed.insert(charactersIn: "-._~")
            #expect(HTML.query(text) == text.addingPercentEncoding(withAllowedCharacters: allowed), "\(text)")
            #expect(FormValues("x=" + HTML.query(text))["x"] == (text.isEmpty ? nil : text))
        }
        #expect(WorkspaceServer.isLoopback("127.0.0.1") && WorkspaceServer.isLoopback("::1") && !WorkspaceServer.isLoopback("0.0.0.0"))
    }
}

@Suite struct SearchHighlightTests {
    @Test(arguments: [
        ("落实“五严五防”和“四后”", "五严五防", "落实“<mark>五严五防</mark>”和“四后”"),
        ("aaa", "aa", "<mark>aa</mark>a"),
        ("<b>五严</b>", "五严", "&lt;b&gt;<mark>五严</mark>&lt;/b&gt;"),
        ("无关", "五严五防", "无关"),
        ("五严五防", "", "五严五防"),
    ])
    func highlight(_ sentence: String, _ text: String, _ html: String) {
        #expect(Pages.highlight(sentence, text) == html)
    }
}
