import ChronicleCore
import Foundation

/// Building pages: every piece of text from a document or a graph goes through
/// ``HTML/escape(_:)`` (labels, evidence, file names, query echoes), so a hostile
/// document shows `<script>` as text. Pages use no external fonts, scripts or styles.
enum HTML {
    static func escape(_ text: String) -> String {
        // Most text has nothing to escape: checked on its UTF-8 bytes first.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A query-string value (also safe inside an attribute once escaped).
    static func query(_ text: String) -> String {
        // RFC 3986 unreserved bytes as they are, every other UTF-8 byte as %XX (what
        // Foundation's addingPercentEncoding does, without building a CharacterSet).
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.append(byte)
            default:
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func link(_ page: String, _ parameters: [(String, String)]) -> String {
        parameters.isEmpty ? page : page + "?" + parameters.map { "\($0.0)=\(query($0.1))" }.joined(separator: "&")
    }

    /// The page for a node: events, people, measures have their own; others none.
    static func link(to id: NodeID, type: NodeType?) -> String? {
        switch type {
        case .event: link("/event", [("id", id.rawValue)])
        case .person: link("/person", [("id", id.rawValue)])
        case .measure: link("/measure", [("id", id.rawValue)])
        default: nil
        }
    }

    /// A node's label linked to its page, marked as data (``data(_:)``).
    static func anchor(_ node: Node) -> String {
        guard let href = link(to: node.id, type: node.type) else { return data(node.label) }
        return "<a href=\"\(escape(href))\" lang=\"zh\">\(escape(node.label))</a>"
    }

    /// Text from the documents (a label, a name, a title, a quotation), escaped and
    /// marked as Chinese data: it stays as written whatever the page's language, the
    /// browser picks a Chinese font for it, and the test that no page mixes languages
    /// skips it.
    static func data(_ text: String) -> String {
        text.isEmpty ? "" : "<span lang=\"zh\">\(escape(text))</span>"
    }

    /// The pages in the navigation and their names.
    static let navigation: [(path: String, name: Phrase)] = [
        ("/", .navTimeline), ("/people", .navPeople), ("/measures", .navMeasures), ("/search", .navSearch), ("/documents", .navDocuments), ("/review", .navReview),
    ]

    /// A whole page in the session's language: the navigation (with the language
    /// switch, which keeps the page and its parameters), the search box and `body`.
    static func page(title: String, active: String?, body: String, session: Session) -> String {
        let s = session.strings
        let nav = navigation.map { item in
            "<a href=\"\(item.path)\"\(item.path == active ? " class=\"on\"" : "")>\(escape(s[item.name]))</a>"
        }.joined()
        let switches = Language.allCases.map { language -> String in
            let name = language == .chinese ? "中文" : "English"
            let tag = language == .chinese ? "zh" : "en"
            if language == session.language { return "<b lang=\"\(tag)\">\(name)</b>" }
            return "<a href=\"\(escape(session.here(language: language)))\" lang=\"\(tag)\" hreflang=\"\(language.rawValue)\">\(name)</a>"
        }.joined(separator: " | ")
        return """
            <!doctype html>
            <html lang="\(session.language.rawValue)"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title)) · Chronicle</title>
            <link rel="icon" href="/favicon.svg" type="image/svg+xml">
            <link rel="stylesheet" href="/style.css"></head>
            <body><header><a class="brand" href="/">Chronicle</a><nav>\(nav)</nav>
            <form class="find" action="/search" method="get"><input name="q" placeholder="\(escape(s[.searchPlaceholder]))" aria-label="\(escape(s[.searchLabel]))"></form>
            <span class="langs">\(switches)</span></header>
            <main>\(body)</main></body></html>
            """
    }

    static let style = """
        body{font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#222;background:#fafafa;line-height:1.6}
        header{display:flex;gap:1.5em;align-items:center;padding:.6em 1.5em;background:#2c3e50;color:#fff}
        header a{color:#fff;text-decoration:none}.brand{font-weight:bold;font-size:1.2em}
        nav a{margin-right:1em;opacity:.8}nav a.on{opacity:1;border-bottom:2px solid #fff}
        .find{margin-left:auto}.find input{padding:.3em .6em;border-radius:4px;border:0;width:14em}
        main{max-width:1200px;margin:0 auto;padding:1em 1.5em}
        h1{font-size:1.5em;margin:.4em 0}h2{font-size:1.15em;margin-top:1.5em;border-bottom:1px solid #ddd}
        table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:.35em .5em;text-align:left;vertical-align:top}
        .meta{color:#555}.muted{color:#888;font-size:.9em}ul.titles{list-style:none;padding-left:0;margin:.3em 0}
        .evidence{background:#fff;border-left:3px solid #c0392b;padding:.4em .8em;margin:.4em 0;font-size:.95em}
        mark{background:#fde68a;padding:0 .1em}
        .fact{margin:.6em 0}.fact form{display:inline}
        button{cursor:pointer;border:1px solid #bbb;background:#fff;border-radius:4px;padding:.1em .6em;font:inherit;font-size:.85em}
        button.reject{color:#a93226;border-color:#e6b0aa}button.accept{color:#1e8449;border-color:#a9dfbf}
        .picture{background:#fff;border:1px solid #ddd;overflow:auto;padding:.5em}.picture svg,.picture img{max-width:100%;height:auto}
        .filters input,.filters select{margin-right:.6em}
        .downloads a{margin-right:.8em}.downloads a.busy{color:#888;cursor:progress}
        .doc{white-space:pre-wrap;background:#fff;padding:1em;border:1px solid #ddd}
        .error{background:#fdecea;border:1px solid #e6b0aa;padding:.6em 1em}
        .ok{background:#eafaf1;border:1px solid #a9dfbf;padding:.6em 1em}.notice form{display:inline;margin-left:.5em}
        progress{width:20em}
        table.overview td{padding:.5em}.overview td.period{white-space:nowrap;font-weight:bold}
        td.count{white-space:nowrap;min-width:9.5em}td.count b{display:inline-block;min-width:2.5em}
        .bar{display:inline-block;height:.7em;background:#5d7fa3;border-radius:2px;vertical-align:middle}
        .tag{display:inline-block;background:#eef1f5;border-radius:3px;padding:0 .4em;margin:.1em .2em .1em 0;font-size:.85em;white-space:nowrap}
        .tag.level-central{background:#fde2e2}.tag.level-ministry{background:#fdf2c7}.tag.level-province{background:#dbeafe}.tag.level-municipal{background:#dcfce7}.tag.level-institution{background:#ede9fe}
        ul.main{margin:0;padding-left:1.1em}ul.main li{margin:.1em 0}
        .choices b{border-bottom:2px solid #2c3e50}.pager{text-align:center;margin:1em 0}.pager a,.pager span{margin:0 1em}
        p.notice{background:#fff8e1;border:1px solid #f0d58c;padding:.5em 1em}.years a,.years b{font-size:1.05em}
        .langs{font-size:.9em;white-space:nowrap}.langs a{opacity:.8}
        html[lang="en"] body{font-family:"Noto Sans","DejaVu Sans","Helvetica Neue",Arial,"Noto Sans CJK SC",sans-serif}
        html[lang="en"] [lang|="zh"]{font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif}
        """

    /// An evidence sentence shown inside its paragraph, the span marked, with the
    /// document it came from.
    /// The quotation and the file name are data (marked `lang="zh"`).
    static func evidence(_ evidence: Evidence, texts: DocumentTexts) -> String {
        let name = texts.name(evidence.document)
        let source = "<a class=\"muted\" href=\"\(escape(link("/document", [("key", evidence.document.rawValue)])))\">\(escape(name))</a>"
        guard let context = texts.paragraph(evidence) else {
            return "<div class=\"evidence\" lang=\"zh\">\(escape(evidence.text)) \(source)</div>"
        }
        return "<div class=\"evidence\" lang=\"zh\">\(escape(context.before))<mark>\(escape(context.span))</mark>\(escape(context.after)) \(source)</div>"
    }
}
