import Foundation
import Hummingbird

/// Answers a path the workspace has no page for (`/meetings`, `/event/e-1`, a mistyped
/// link) with a page in the browser's language under the usual header and navigation, instead of
/// Hummingbird's empty 404.
///
/// Added to the router after every route, so it wraps only the router's not-found
/// responder (a router middleware applies to the routes added after it and to that
/// responder); the pages themselves answer their own 404s.
struct NotFoundPage: RouterMiddleware {
    typealias Context = WorkspaceServer.Context
    let pages: Pages

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            return pages.unknownPage(request)
        }
    }
}

extension Pages {
    /// The 404 page for a path with no page: what was asked for and where to go.
    func unknownPage(_ request: Request) -> Response {
        let session = Session(request)
        let s = session.strings
        let links: [String] = HTML.navigation.map { item in "<a href=\"\(item.path)\">\(HTML.escape(s[item.name]))</a>" }
        let path = request.uri.path.removingPercentEncoding ?? request.uri.path
        var body = "<h1>\(s.html(.notFoundTitle))</h1>"
        body += "<p class=\"error\">" + s.html(.notFoundPath, "<code>" + HTML.escape(path) + "</code>") + "</p>"
        body += "<p>" + s.html(.notFoundGoTo, links.joined(separator: s.comma)) + " " + s.html(.notFoundHint) + "</p>"
        return .html(HTML.page(title: s[.notFoundTitle], active: nil, body: body, session: session), status: .notFound, session: session)
    }
}
