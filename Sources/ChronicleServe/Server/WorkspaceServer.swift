import ChronicleCore
import ChronicleStore
import Foundation
import HTTPTypes
import Hummingbird

/// The web workspace: server-rendered pages over a store. Every route is a GET that
/// only reads, or a POST that carries the session's token (double-submit: a
/// `SameSite=Strict` cookie and the same value in the form) and, when the browser
/// sends one, an `Origin` of this server — so another site cannot make a browser
/// change the store. Nothing from a URL reaches the filesystem: pages are looked up in
/// the store by id.
public enum WorkspaceServer {
    public typealias Context = BasicRequestContext

    /// The router with every page.
    public static func router(_ workspace: Workspace) -> Router<Context> {
        let router = Router(context: Context.self)
        let pages = Pages(workspace: workspace)
        router.get("/") { request, _ in await pages.respondKept(request) { session in try pages.timeline(WorkspaceServer.query(request), session: session) } }
        router.get("/event") { request, _ in await pages.respondKept(request) { session in try pages.event(WorkspaceServer.query(request), session: session) } }
        router.get("/measure") { request, _ in await pages.respondKept(request) { session in try pages.measure(WorkspaceServer.query(request), session: session) } }
        router.get("/person") { request, _ in await pages.respondKept(request) { session in try pages.person(WorkspaceServer.query(request), session: session) } }
        router.get("/people") { request, _ in await pages.respondKept(request) { session in try pages.ranking(.person, WorkspaceServer.query(request), session: session) } }
        router.get("/measures") { request, _ in await pages.respondKept(request) { session in try pages.ranking(.measure, WorkspaceServer.query(request), session: session) } }
        router.get("/search") { request, _ in await pages.respondKept(request) { session in try pages.search(WorkspaceServer.query(request), session: session) } }
        router.get("/documents") { request, _ in pages.respond(request) { session in try pages.documents(session: session) } }
        router.get("/document") { request, _ in pages.respond(request) { session in try pages.document(WorkspaceServer.query(request), session: session) } }
        router.get("/jobs") { request, _ in pages.respond(request) { session in try pages.job(WorkspaceServer.query(request), session: session) } }
        router.get("/review") { request, _ in pages.respond(request) { session in try pages.review(WorkspaceServer.query(request), session: session) } }
        router.get("/download") { request, _ in pages.download(WorkspaceServer.query(request), session: Session(request)) }
        router.get("/style.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=86400"],
                     body: .init(byteBuffer: ByteBuffer(string: HTML.style)))
        }
        router.get("/deck.js") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "public, max-age=86400"],
                     body: .init(byteBuffer: ByteBuffer(string: DeckScript.source)))
        }
        router.get("/favicon.svg") { _, _ in
            Response(status: .ok, headers: [.contentType: "image/svg+xml", .cacheControl: "public, max-age=86400"],
                     body: .init(byteBuffer: ByteBuffer(string: Favicon.svg)))
        }
        router.get("/favicon.ico") { _, _ in
            Response(status: .ok, headers: [.contentType: "image/x-icon", .cacheControl: "public, max-age=86400"],
                     body: .init(byteBuffer: ByteBuffer(bytes: Favicon.ico)))
        }
        router.get("/picture") { request, _ in pages.download(WorkspaceServer.query(request), session: Session(request), inline: true) }
        router.post("/review") { request, _ in
            var request = request
            return await pages.post(&request, limit: 64 << 10) { form, session in try pages.correct(form, session: session) }
        }
        router.post("/review/undo") { request, _ in
            var request = request
            return await pages.post(&request, limit: 4 << 10) { form, session in try pages.undo(form, session: session) }
        }
        router.post("/documents") { request, _ in
            var request = request
            return await pages.upload(&request)
        }
        // Last, so that it wraps only the not-found responder.
        router.add(middleware: NotFoundPage(pages: pages))
        return router
    }

    /// An application serving the workspace at `host:port`; `onRunning` is called once
    /// it listens.
    public static func application(_ workspace: Workspace, host: String = "127.0.0.1", port: Int = 8080,
                                   onRunning: @escaping @Sendable () async -> Void = {}) -> some ApplicationProtocol {
        Application(router: router(workspace), configuration: .init(address: .hostname(host, port: port), serverName: "Chronicle"),
                    onServerRunning: { _ in await onRunning() })
    }

    /// Whether `host` only accepts connections from this machine.
    public static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "::1", "localhost"].contains(host) || host.hasPrefix("127.")
    }

    static func query(_ request: Request) -> FormValues {
        FormValues(request.uri.query ?? "")
    }
}

/// Why a page could not be shown: its status and a message for the user, worded in
/// the page's language when the page is written.
struct PageError: Error {
    var status: HTTPResponse.Status
    var phrase: Phrase
    /// What fills the phrase's slots.
    var arguments: [Argument] = []
    /// A library's own message (a store or render error), shown as code after the phrase.
    var detail: String?

    /// A slot's filling: a word of the page's language, or what the message quotes (a
    /// name, an id, a value from the address), shown as data.
    enum Argument {
        case word(Phrase)
        case data(String)
        /// A number or other text that reads the same in every language.
        case plain(String)
        /// An address, a file name, a command: shown as code.
        case code(String)
        /// A relation, named in the page's language.
        case relation(Relation)
    }

    static func notFound(_ phrase: Phrase, _ arguments: String...) -> PageError { PageError(status: .notFound, phrase: phrase, arguments: arguments.map(Argument.data)) }
    static func badRequest(_ phrase: Phrase, _ arguments: String...) -> PageError { PageError(status: .badRequest, phrase: phrase, arguments: arguments.map(Argument.data)) }
    /// A failure with a library's message.
    static func failed(_ status: HTTPResponse.Status, _ error: any Error) -> PageError {
        PageError(status: status, phrase: .failedDetail, detail: "\(error)")
    }

    /// The message as HTML in `strings`' language.
    func message(_ strings: Strings) -> String {
        strings.html(phrase, arguments: arguments.map { argument in
            switch argument {
            case .word(let word): HTML.escape(strings[word])
            case .data(let text): HTML.data(text)
            case .plain(let text): HTML.escape(text)
            case .code(let text): "<code>\(HTML.escape(text))</code>"
            case .relation(let relation): HTML.escape(strings.relation(relation))
            }
        }) + (detail.map { " <code>\(HTML.escape($0))</code>" } ?? "")
    }
}

/// What the server knows of one browser: the token that form posts must carry, and
/// the language its pages are written in (with the address of the page asked for, for
/// the switch to the other language).
struct Session {
    var token: String
    var isNew: Bool
    var language: Language
    /// Whether `?lang=` chose the language (the answer then remembers it in a cookie).
    var switchedLanguage: Bool
    /// The path asked for and its query without `lang`.
    var path: String
    var query: [String]

    static let cookie = "chronicle_csrf"
    /// Stands for the token in a page kept for every session (``Pages/cachedPage(_:_:)``);
    /// 32 characters that no real token has (tokens are hex).
    static let placeholder = "CHRONICLE-SESSION-TOKEN-00000000"

    init(_ request: Request) {
        (language, switchedLanguage) = Language.of(request)
        path = request.uri.path
        query = (request.uri.query ?? "").split(separator: "&").map(String.init).filter { !$0.hasPrefix("lang=") }
        if let value = request.cookies[Self.cookie]?.value, value.count == 32, value.allSatisfy(\.isHexDigit) {
            token = value
            isNew = false
        } else {
            var generator = SystemRandomNumberGenerator()
            let hex = Array("0123456789abcdef".utf8)
            var bytes: [UInt8] = []
            for _ in 0..<2 {
                let word = generator.next()
                for shift in stride(from: 60, through: 0, by: -4) { bytes.append(hex[Int((word >> UInt64(shift)) & 15)]) }
            }
            token = String(decoding: bytes, as: UTF8.self)
            isNew = true
        }
    }

    /// The words of the session's language.
    var strings: Strings { language.strings }

    /// This page in `language` (the switch's link).
    func here(language: Language) -> String {
        path + "?" + (query + ["lang=" + language.rawValue]).joined(separator: "&")
    }

    /// The hidden form field.
    var field: String { "<input type=\"hidden\" name=\"csrf\" value=\"\(token)\">" }
}

extension Response {
    static func html(_ html: String, status: HTTPResponse.Status = .ok, session: Session?) -> Response {
        .html(ByteBuffer(string: html), status: status, session: session)
    }

    static func html(_ html: ByteBuffer, status: HTTPResponse.Status = .ok, session: Session?) -> Response {
        var response = Response(status: status, headers: [
            .contentType: "text/html; charset=utf-8",
            // Scripts only from the workspace itself (/deck.js), never inline; it may
            // fetch from the workspace only.
            .contentSecurityPolicy: "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'",
            .xContentTypeOptions: "nosniff",
            .chronicleReferrerPolicy: "same-origin",
        ], body: .init(byteBuffer: html))
        if let session, session.isNew {
            response.setCookie(Cookie(name: Session.cookie, value: session.token, path: "/", httpOnly: true, sameSite: .strict))
        }
        if let session, session.switchedLanguage {
            response.setCookie(Cookie(name: Language.cookie, value: session.language.rawValue, maxAge: 365 * 86_400, path: "/", sameSite: .lax))
        }
        return response
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    static func file(_ data: Data, type: String, name: DownloadName, inline: Bool = false) -> Response {
        Response(status: .ok, headers: [
            .contentType: type,
            .contentDisposition: name.contentDisposition(inline: inline),
            .xContentTypeOptions: "nosniff",
            // A picture never runs script, even opened on its own.
            .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'",
        ], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension HTTPField.Name {
    static let chronicleReferrerPolicy = HTTPField.Name("Referrer-Policy")!
}
