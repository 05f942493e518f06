import ChronicleCore
import ChronicleStore
import Foundation

/// The people and the measures of the store, by the number of their meetings, a page
/// at a time, filtered by a part of their name: the archive's index.
extension Pages {
    /// Names a list page shows at once.
    static let namesPerPage = 100

    /// `/people` or `/measures` (`type` `.person` or `.measure`), `?q=` a part of the
    /// name, `?page=` from 1.
    func ranking(_ type: NodeType, _ query: FormValues, session: Session) throws -> (title: String, active: String?, body: String) {
        let s = session.strings
        let path = type == .person ? "/people" : "/measures"
        let number = try Self.pageNumber(query)
        let wanted = (query["q"] ?? "").trimmingCharacters(in: .whitespaces)
        guard wanted.count <= 100 else { throw PageError(status: .badRequest, phrase: .searchTooLong, arguments: [.plain("100")]) }
        let everyone = try workspace.ranked(type)
        let normalized = NameMatch.normalize(wanted)
        let kept = wanted.isEmpty ? everyone : everyone.filter { $0.label.contains(wanted) || (!normalized.isEmpty && NameMatch.normalize($0.label).contains(normalized)) }
        let heading: Phrase = type == .person ? .peopleHeading : .measuresHeading
        var body = "<h1>\(s.html(heading))</h1><p class=\"meta\">\(s.html(type == .person ? .peopleIntro : .measuresIntro))</p>"
        body += "<form class=\"filters\" method=\"get\" action=\"\(path)\"><input name=\"q\" value=\"\(HTML.escape(wanted))\" placeholder=\"\(HTML.escape(s[.filterNames]))\" aria-label=\"\(HTML.escape(s[.filterNamesLabel]))\">"
            + "<button>\(s.html(.filterButton))</button></form>"
        guard !kept.isEmpty else {
            return (s[heading], path, body + "<p class=\"muted\">\(wanted.isEmpty ? s.html(.noEventsInRange) : s.html(.listNoneMatch, HTML.data(wanted)))</p>")
        }
        let pages = (kept.count + Self.namesPerPage - 1) / Self.namesPerPage
        let shown = kept.dropFirst((min(number, pages) - 1) * Self.namesPerPage).prefix(Self.namesPerPage)
        let most = max(1, kept.first?.events ?? 1)
        body += "<p>\(s.html(.listCount, String(kept.count)))</p><table class=\"ranking\"><tr><th></th><th>\(s.html(.columnName))</th><th>\(s.html(.columnMeetings))</th></tr>"
        let page = type == .person ? "/person" : "/measure"
        for (offset, node) in zip(shown.indices, shown) {
            let link = HTML.link(page, [("id", node.id.rawValue)])
            body += "<tr><td class=\"muted\">\(offset + 1)</td><td><a href=\"\(HTML.escape(link))\" lang=\"zh\">\(HTML.escape(type == .measure ? "“\(node.label)”" : node.label))</a></td>"
                + "<td class=\"count\"><b>\(node.events)</b><span class=\"bar\" style=\"width:\(Self.barWidth(node.events, of: most))em\"></span></td></tr>"
        }
        body += "</table>"
        if pages > 1 {
            func link(_ page: Int) -> String {
                HTML.escape(HTML.link(path, (wanted.isEmpty ? [] : [("q", wanted)]) + (page > 1 ? [("page", String(page))] : [])))
            }
            let current = min(number, pages)
            let previous: String = current > 1 ? "<a href=\"\(link(current - 1))\">\(s.html(.previousPage))</a>" : ""
            let next: String = current < pages ? "<a href=\"\(link(current + 1))\">\(s.html(.nextPage))</a>" : ""
            body += "<p class=\"pager\">" + previous + " <span>\(s.html(.pageOf, String(current), String(pages)))</span> " + next + "</p>"
        }
        return (s[heading], path, body)
    }
}
