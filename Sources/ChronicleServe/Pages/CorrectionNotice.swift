import ChronicleCore
import ChronicleStore
import Foundation
import Hummingbird

/// After 接受 / 否决 / 修改 the page the form was on says what was done and offers to
/// undo it (`?done=ID`); after an undo, that it was undone (`?undone=ID`). Only ids
/// travel in the address: the words come from the store and the server's memory.
extension Pages {
    /// Who the workspace's corrections are by; only these can be undone here.
    static let author = "workspace"

    /// The page a form came from — a path of this site only.
    static func back(_ form: FormValues) -> String {
        let back = form["back"] ?? "/review"
        return back.hasPrefix("/") && !back.hasPrefix("//") && !back.contains("\\") ? back : "/review"
    }

    /// `path` without its `done` and `undone` parameters, then with `parameter` if any.
    static func path(_ path: String, adding parameter: (name: String, value: String)? = nil) -> String {
        let parts = path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var pairs = parts.count > 1 ? parts[1].split(separator: "&").map(String.init) : []
        pairs.removeAll { $0.hasPrefix("done=") || $0.hasPrefix("undone=") }
        if let parameter { pairs.append("\(parameter.name)=\(HTML.query(parameter.value))") }
        return String(parts[0]) + (pairs.isEmpty ? "" : "?" + pairs.joined(separator: "&"))
    }

    /// The notice for the top of the page `request` asks for, or "".
    func notice(_ request: Request, session: Session) -> String {
        let query = FormValues(request.uri.query ?? "")
        let here = Self.path(request.uri.path + (request.uri.query.map { "?" + $0 } ?? ""))
        if let text = query["undone"], let id = Int64(text) {
            let statement = workspace.corrected.withLock { $0[id] }
            return "<div class=\"ok notice\">已撤销" + (statement.map { "：<b>\(HTML.escape($0))</b> 恢复原状。" } ?? "这项修正。") + "</div>"
        }
        guard let text = query["done"], let id = Int64(text), let stored = try? store.correction(id: id), stored.correction.by == Self.author else {
            return ""
        }
        let statement = workspace.corrected.withLock { $0[id] } ?? Self.describe(stored.correction.operation)
        var what = HTML.escape(statement)
        if case .set(_, let fields) = stored.correction.operation {
            what += "，改为 " + HTML.escape([fields.date?.iso, fields.label].compactMap { $0 }.joined(separator: " "))
        }
        return "<div class=\"ok notice\">\(Self.verb(stored.correction.operation))：<b>\(what)</b>"
            + " <form method=\"post\" action=\"/review/undo\">\(session.field)<input type=\"hidden\" name=\"id\" value=\"\(id)\">"
            + "<input type=\"hidden\" name=\"back\" value=\"\(HTML.escape(here))\"><button>撤销</button></form></div>"
    }

    static func verb(_ operation: CorrectionOperation) -> String {
        switch operation {
        case .accept: "已接受"
        case .reject: "已否决"
        case .set: "已修改"
        default: "已修正"
        }
    }

    /// A correction's fact by its ids, when the server no longer remembers its words.
    static func describe(_ operation: CorrectionOperation) -> String {
        switch operation {
        case .accept(.node(let id)), .reject(.node(let id)), .set(let id, _): id.rawValue
        case let .accept(.edge(source, relation, target)), let .reject(.edge(source, relation, target)):
            "\(source.rawValue) \(relation.chinese) \(target.rawValue)"
        default: operation.name
        }
    }

    /// Undoes a correction made in the workspace: it is removed from the store and the
    /// fact is back as extracted; then back to the page, which says so.
    func undo(_ form: FormValues, session: Session) throws -> Response {
        guard let text = form["id"], let id = Int64(text) else { throw PageError.badRequest("表单没有指明要撤销哪一项修正。") }
        guard let stored = try store.correction(id: id) else { throw PageError.notFound("没有编号为 \(id) 的修正（可能已经撤销）。") }
        guard stored.correction.by == Self.author else {
            throw PageError.badRequest("这项修正不是在工作区中做的（来自 \(stored.correction.by ?? "修正文件")），请用 chronicle correct 管理。")
        }
        try store.removeCorrection(id: id, extractor: workspace.extractor)
        return .redirect(Self.path(Self.back(form), adding: ("undone", String(id))))
    }
}
