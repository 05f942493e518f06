import Foundation
import Hummingbird

/// Answers a path the workspace has no page for (`/measures`, `/people`, a mistyped
/// link) with a page in Chinese under the usual header and navigation, instead of
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
        let links: [String] = HTML.navigation.map { item in "<a href=\"\(item.path)\">\(item.name)</a>" }
        var body = "<h1>找不到这个页面</h1>"
        body += "<p class=\"error\">工作区里没有“" + HTML.escape(request.uri.path.removingPercentEncoding ?? request.uri.path) + "”这个页面。</p>"
        body += "<p>可以从上方进入：" + links.joined(separator: "、") + "。"
        body += "会议、措施和人物各有自己的页面，从时间线上的方框、检索结果或审核中的链接打开。</p>"
        return .html(HTML.page(title: "找不到这个页面", active: nil, body: body), status: .notFound, session: session)
    }
}
