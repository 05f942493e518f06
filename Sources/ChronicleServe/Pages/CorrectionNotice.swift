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
        let s = session.strings
        let query = FormValues(request.uri.query ?? "")
        let here = Self.path(request.uri.path + (request.uri.query.map { "?" + $0 } ?? ""))
        if let text = query["undone"], let id = Int64(text) {
            let statement = workspace.corrected.withLock { $0[id] }
            return "<div class=\"ok notice\">" + (statement.map { s.html(.noticeUndone, "<b>" + $0.html(s) + "</b>") } ?? s.html(.noticeUndoneUnknown)) + "</div>"
        }
        guard let text = query["done"], let id = Int64(text), let stored = try? store.correction(id: id), stored.correction.by == Self.author else {
            return ""
        }
        let statement = workspace.corrected.withLock { $0[id] } ?? Self.describe(stored.correction.operation)
        var what = statement?.html(s) ?? HTML.escape(stored.correction.operation.name)
        if case .set(_, let fields) = stored.correction.operation {
            what += s.html(.noticeChangedTo, HTML.data([fields.date?.iso, fields.label].compactMap { $0 }.joined(separator: " ")))
        }
        return "<div class=\"ok notice\">\(s.html(Self.verb(stored.correction.operation), "<b>" + what + "</b>"))"
            + " <form method=\"post\" action=\"/review/undo\">\(session.field)<input type=\"hidden\" name=\"id\" value=\"\(id)\">"
            + "<input type=\"hidden\" name=\"back\" value=\"\(HTML.escape(here))\"><button>\(s.html(.undo))</button></form></div>"
    }

    /// What was done, with a slot for the fact.
    static func verb(_ operation: CorrectionOperation) -> Phrase {
        switch operation {
        case .accept: .noticeAccepted
        case .reject: .noticeRejected
        case .set: .noticeSet
        default: .noticeCorrected
        }
    }

    /// A correction's fact by its ids, when the server no longer remembers its words.
    static func describe(_ operation: CorrectionOperation) -> FactStatement? {
        switch operation {
        case .accept(let fact), .reject(let fact): FactStatement(ids: fact)
        case .set(let id, _): FactStatement(ids: .node(id))
        default: nil
        }
    }

    /// Undoes a correction made in the workspace: it is removed from the store and the
    /// fact is back as extracted; then back to the page, which says so.
    func undo(_ form: FormValues, session: Session) throws -> Response {
        guard let text = form["id"], let id = Int64(text) else { throw PageError.badRequest(.undoWhich) }
        guard let stored = try store.correction(id: id) else { throw PageError(status: .notFound, phrase: .undoNoCorrection, arguments: [.plain(String(id))]) }
        guard stored.correction.by == Self.author else {
            throw PageError(status: .badRequest, phrase: .undoNotHere, arguments: stored.correction.by.map { [.code($0)] } ?? [.word(.correctionsFile)])
        }
        try store.removeCorrection(id: id, extractor: workspace.extractor)
        workspace.changed()
        return .redirect(Self.path(Self.back(form), adding: ("undone", String(id))))
    }
}
