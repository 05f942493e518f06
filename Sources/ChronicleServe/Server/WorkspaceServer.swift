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
        router.get("/") { request, _ in pages.respond(request) { session in try pages.timeline(WorkspaceServer.query(request), session: session) } }
        router.get("/event") { request, _ in pages.respond(request) { session in try pages.event(WorkspaceServer.query(request), session: session) } }
        router.get("/measure") { request, _ in pages.respond(request) { session in try pages.measure(WorkspaceServer.query(request), session: session) } }
        router.get("/person") { request, _ in pages.respond(request) { session in try pages.person(WorkspaceServer.query(request), session: session) } }
        router.get("/search") { request, _ in pages.respond(request) { session in try pages.search(WorkspaceServer.query(request), session: session) } }
        router.get("/documents") { request, _ in pages.respond(request) { session in try pages.documents(session: session) } }
        router.get("/document") { request, _ in pages.respond(request) { session in try pages.document(WorkspaceServer.query(request), session: session) } }
        router.get("/jobs") { request, _ in pages.respond(request) { session in try pages.job(WorkspaceServer.query(request), session: session) } }
        router.get("/review") { request, _ in pages.respond(request) { session in try pages.review(WorkspaceServer.query(request), session: session) } }
        router.get("/download") { request, _ in pages.download(WorkspaceServer.query(request)) }
        router.get("/style.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=86400"],
                     body: .init(byteBuffer: ByteBuffer(string: HTML.style)))
        }
        router.get("/favicon.svg") { _, _ in
            Response(status: .ok, headers: [.contentType: "image/svg+xml", .cacheControl: "public, max-age=86400"],
                     body: .init(byteBuffer: ByteBuffer(string: Favicon.svg)))
        }
        router.get("/favicon.ico") { _, _ in
            Response(status: .ok, headers: [.contentType: "image/x-icon", .cacheControl: "public, max-age=86400"],
                     body: .init(byteBuffer: ByteBuffer(bytes: Favicon.ico)))
        }
        router.get("/picture") { request, _ in pages.download(WorkspaceServer.query(request), inline: true) }
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

/// Why a page could not be shown: its status and a message for the user.
struct PageError: Error {
    var status: HTTPResponse.Status
    var message: String

    static func notFound(_ message: String) -> PageError { PageError(status: .notFound, message: message) }
    static func badRequest(_ message: String) -> PageError { PageError(status: .badRequest, message: message) }
}

/// The per-browser token that form posts must carry.
struct Session {
    var token: String
    var isNew: Bool

    static let cookie = "chronicle_csrf"

    init(_ request: Request) {
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

    /// The hidden form field.
    var field: String { "<input type=\"hidden\" name=\"csrf\" value=\"\(token)\">" }
}

extension Response {
    static func html(_ html: String, status: HTTPResponse.Status = .ok, session: Session?) -> Response {
        var response = Response(status: status, headers: [
            .contentType: "text/html; charset=utf-8",
            .contentSecurityPolicy: "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'",
            .xContentTypeOptions: "nosniff",
            .chronicleReferrerPolicy: "same-origin",
        ], body: .init(byteBuffer: ByteBuffer(string: html)))
        if let session, session.isNew {
            response.setCookie(Cookie(name: Session.cookie, value: session.token, path: "/", httpOnly: true, sameSite: .strict))
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
