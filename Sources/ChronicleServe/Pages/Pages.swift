import ChronicleCore
import ChronicleRender
import ChronicleStore
import Foundation
import Hummingbird

/// The pages of the workspace: each reads the store and returns HTML.
struct Pages: Sendable {
    let workspace: Workspace
    var store: GraphStore { workspace.store }

    /// Runs a page, turning a ``PageError`` or a store error into an error page.
    func respond(_ request: Request, _ page: (Session) throws -> (title: String, active: String?, body: String)) -> Response {
        let session = Session(request)
        do {
            let result = try page(session)
            return .html(HTML.page(title: result.title, active: result.active, body: notice(request, session: session) + result.body), session: session)
        } catch let error as PageError {
            // The notice too: after rejecting the event a page was about, that page is
            // gone, and the way back is its undo button.
            return errorPage(error, session: session, notice: notice(request, session: session))
        } catch let error as StoreError {
            if case .notFound = error { return errorPage(.notFound(error.description), session: session, notice: notice(request, session: session)) }
            return errorPage(PageError(status: .internalServerError, message: error.description), session: session)
        } catch {
            return errorPage(PageError(status: .internalServerError, message: "\(error)"), session: session)
        }
    }

    func errorPage(_ error: PageError, session: Session?, notice: String = "") -> Response {
        let title = error.status == .notFound ? "找不到" : error.status == .forbidden ? "拒绝" : "出错了"
        return .html(HTML.page(title: title, active: nil, body: notice + "<h1>\(title)</h1><p class=\"error\">\(HTML.escape(error.message))</p><p><a href=\"/\">回到时间线</a></p>"),
                     status: error.status, session: session)
    }

    /// A form post: the body (at most `limit` bytes), the token checked, then `body`.
    func post(_ request: inout Request, limit: Int, _ body: (FormValues, Session) throws -> Response) async -> Response {
        let session = Session(request)
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch {
            return errorPage(PageError(status: .contentTooLarge, message: "the form is larger than \(limit / 1024) KB"), session: session)
        }
        let form = FormValues(String(buffer: buffer))
        if let refused = refuseCrossSite(request, token: form["csrf"], session: session) { return refused }
        do {
            return try body(form, session)
        } catch let error as PageError {
            return errorPage(error, session: session)
        } catch {
            return errorPage(PageError(status: .internalServerError, message: "\(error)"), session: session)
        }
    }

    /// Nil when the post comes from a page of this server; else the refusal.
    func refuseCrossSite(_ request: Request, token: String?, session: Session) -> Response? {
        if let origin = request.headers[.origin] {
            let host = request.head.authority ?? ""
            guard let url = URL(string: origin), let originHost = url.host else {
                return errorPage(PageError(status: .forbidden, message: "refused: a form from another site (Origin \(origin))"), session: session)
            }
            let originAuthority = originHost + (url.port.map { ":\($0)" } ?? "")
            guard originAuthority == host || originHost == host else {
                return errorPage(PageError(status: .forbidden, message: "refused: a form from another site (Origin \(origin))"), session: session)
            }
        }
        guard !session.isNew, let token, token == session.token else {
            return errorPage(PageError(status: .forbidden, message: "refused: the form's token does not match this browser's session; reload the page and try again"), session: session)
        }
        return nil
    }

    /// An inline picture: the SVG's XML declaration and doctype left out.
    func inlineSVG(_ data: Data) -> String {
        var svg = String(decoding: data, as: UTF8.self)
        if let start = svg.range(of: "<svg") { svg = String(svg[start.lowerBound...]) }
        return "<div class=\"picture\">\(svg)</div>"
    }

    func svg(_ view: ViewKind, of graph: Graph, focus: NodeID? = nil) -> String {
        do {
            return inlineSVG(try workspace.renderer.render(view, of: graph, format: .svg, focus: focus))
        } catch {
            return "<p class=\"muted\">（无法绘图：\(HTML.escape("\(error)"))）</p>"
        }
    }

    static func when(_ node: Node) -> String { node.whenText }

    static let kindNames: [EventKind: String] = [
        .meeting: "会议", .videoConference: "视频会议", .symposium: "座谈会", .instruction: "指示批示", .inspection: "考察调研",
        .speech: "讲话", .notice: "通知", .study: "学习",
    ]
}
