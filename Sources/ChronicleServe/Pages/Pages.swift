import ChronicleCore
import ChronicleRender
import ChronicleStore
import Foundation
import Hummingbird

/// The pages of the workspace: each reads the store and returns HTML.
struct Pages: Sendable {
    let workspace: Workspace
    var store: GraphStore { workspace.store }

    /// Runs a page, turning a ``PageError`` or a store error into an error page. A
    /// `cached` page is written once per store generation, language and address, with
    /// a placeholder where the session's token goes (put in on every answer).
    func respond(_ request: Request, cached: Bool = false, _ page: (Session) throws -> (title: String, active: String?, body: String)) -> Response {
        let session = Session(request)
        do {
            let notice = notice(request, session: session)
            // A notice (after a correction) is for this answer only: such a page is written anew.
            if cached && notice.isEmpty {
                return .html(try cachedPage(session, page), session: session)
            }
            let result = try page(session)
            return .html(HTML.page(title: result.title, active: result.active, body: notice + result.body, session: session), session: session)
        } catch let error as PageError {
            // The notice too: after rejecting the event a page was about, that page is
            // gone, and the way back is its undo button.
            return errorPage(error, session: session, notice: notice(request, session: session))
        } catch let error as StoreError {
            if case let .notFound(kind, name, suggestions) = error {
                return errorPage(Self.notFound(kind: kind, name: name, suggestions: suggestions), session: session, notice: notice(request, session: session))
            }
            return errorPage(.failed(.internalServerError, error), session: session)
        } catch {
            return errorPage(.failed(.internalServerError, error), session: session)
        }
    }

    /// A page kept per store generation (``respond(_:cached:_:)`` with `cached`): a kept
    /// page is answered at once; one not kept yet is written on a thread of its own, so
    /// that writing it (a search through every sentence takes a tenth of a second) does
    /// not hold one of the few threads that answer every other request.
    func respondKept(_ request: Request, _ page: @escaping @Sendable (Session) throws -> (title: String, active: String?, body: String)) async -> Response {
        let session = Session(request)
        if let kept = try? keptPage(session), notice(request, session: session).isEmpty {
            return .html(kept, session: session)
        }
        return await withCheckedContinuation { continuation in
            Self.writers.async {
                continuation.resume(returning: respond(request, cached: true, page))
            }
        }
    }

    /// Where pages not kept yet are written.
    static let writers = DispatchQueue(label: "chronicle.pages", qos: .userInitiated, attributes: .concurrent)

    /// The page for `session` if it is kept, with the session's token put in.
    func keptPage(_ session: Session) throws -> ByteBuffer? {
        workspace.pages.kept(Self.key(session, generation: try workspace.generation())).map { Self.filled($0, placeholder: Self.placeholderBytes, with: session.token) }
    }

    /// A kept page's key: the store's generation, the language, the address.
    static func key(_ session: Session, generation: String) -> String {
        generation + "\u{1F}" + session.language.rawValue + "\u{1F}" + session.path + "?" + session.query.joined(separator: "&")
    }

    /// The whole page from ``Workspace/pages`` as UTF-8, written with a placeholder token
    /// when missing; the answer copies its bytes with the session's token in place of
    /// each placeholder (no text is decoded or split per request).
    func cachedPage(_ session: Session, _ page: (Session) throws -> (title: String, active: String?, body: String)) throws -> ByteBuffer {
        var template = session
        template.token = Session.placeholder
        let key = Self.key(session, generation: try workspace.generation())
        let data = try workspace.pages.picture(key) {
            let result = try page(template)
            return Data(HTML.page(title: result.title, active: result.active, body: result.body, session: template).utf8)
        }
        return Self.filled(data, placeholder: Self.placeholderBytes, with: session.token)
    }

    private static let placeholderBytes = Array(Session.placeholder.utf8)

    /// `data` with every occurrence of `placeholder` replaced by `token`, as a buffer.
    static func filled(_ data: Data, placeholder: [UInt8], with token: String) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(data.count + 64)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress, !placeholder.isEmpty else {
                buffer.writeBytes(raw)
                return
            }
            placeholder.withUnsafeBytes { needle in
                var start = 0, from = 0
                // memchr for the placeholder's first byte, then compare the rest.
                while from + needle.count <= raw.count,
                      let hit = memchr(base + from, Int32(needle[0]), raw.count - from - needle.count + 1) {
                    let offset = base.distance(to: UnsafeRawPointer(hit))
                    guard memcmp(base + offset, needle.baseAddress!, needle.count) == 0 else {
                        from = offset + 1
                        continue
                    }
                    buffer.writeBytes(UnsafeRawBufferPointer(rebasing: raw[start..<offset]))
                    buffer.writeString(token)
                    start = offset + needle.count
                    from = start
                }
                buffer.writeBytes(UnsafeRawBufferPointer(rebasing: raw[start...]))
            }
        }
        return buffer
    }

    /// The store found nothing by that name: the message, with the closest names.
    static func notFound(kind: String, name: String, suggestions: [String]) -> PageError {
        let what: Phrase = switch kind {
        case NodeType.event.rawValue: .kindEvent
        case NodeType.person.rawValue: .kindPerson
        case NodeType.measure.rawValue: .kindMeasure
        case "stored document": .kindDocument
        default: .kindNode
        }
        return PageError(status: .notFound, phrase: suggestions.isEmpty ? .noMatch : .noMatchClosest,
                         arguments: [.word(what), .data(name), .data(suggestions.joined(separator: "、"))])
    }

    /// An error page in the session's language: the status in words, the message, the
    /// way back.
    func errorPage(_ error: PageError, session: Session, notice: String = "") -> Response {
        let s = session.strings
        let title = s[error.status == .notFound ? .errorNotFound : error.status == .forbidden ? .errorForbidden : .errorOther]
        let body = notice + "<h1>\(HTML.escape(title))</h1><p class=\"error\">\(error.message(s))</p><p><a href=\"/\">\(s.html(.backToTimeline))</a></p>"
        return .html(HTML.page(title: title, active: nil, body: body, session: session), status: error.status, session: session)
    }

    /// A form post: the body (at most `limit` bytes), the token checked, then `body`.
    func post(_ request: inout Request, limit: Int, _ body: (FormValues, Session) throws -> Response) async -> Response {
        let session = Session(request)
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch {
            return errorPage(PageError(status: .contentTooLarge, phrase: .formTooLarge, arguments: [.plain(String(limit / 1024))]), session: session)
        }
        let form = FormValues(String(buffer: buffer))
        if let refused = refuseCrossSite(request, token: form["csrf"], session: session) { return refused }
        do {
            return try body(form, session)
        } catch let error as PageError {
            return errorPage(error, session: session)
        } catch {
            return errorPage(.failed(.internalServerError, error), session: session)
        }
    }

    /// Nil when the post comes from a page of this server; else the refusal.
    func refuseCrossSite(_ request: Request, token: String?, session: Session) -> Response? {
        if let origin = request.headers[.origin] {
            let host = request.head.authority ?? ""
            guard let url = URL(string: origin), let originHost = url.host else {
                return errorPage(PageError(status: .forbidden, phrase: .refusedOrigin, arguments: [.code(origin)]), session: session)
            }
            let originAuthority = originHost + (url.port.map { ":\($0)" } ?? "")
            guard originAuthority == host || originHost == host else {
                return errorPage(PageError(status: .forbidden, phrase: .refusedOrigin, arguments: [.code(origin)]), session: session)
            }
        }
        guard !session.isNew, let token, token == session.token else {
            return errorPage(PageError(status: .forbidden, phrase: .refusedToken), session: session)
        }
        return nil
    }

    /// An inline picture: the SVG's XML declaration and doctype left out. Pictures are
    /// drawn in Chinese (as for slides), so the picture is marked as Chinese.
    func inlineSVG(_ data: Data) -> String {
        var svg = String(decoding: data, as: UTF8.self)
        if let start = svg.range(of: "<svg") { svg = String(svg[start.lowerBound...]) }
        return "<div class=\"picture\" lang=\"zh\">\(svg)</div>"
    }

    func svg(_ view: ViewKind, of graph: Graph, focus: NodeID? = nil, strings: Strings) -> String {
        do {
            return inlineSVG(try workspace.renderer.render(view, of: graph, format: .svg, focus: focus))
        } catch {
            return "<p class=\"muted\">\(strings.html(.cannotDraw, "<code>\(HTML.escape("\(error)"))</code>"))</p>"
        }
    }

}
