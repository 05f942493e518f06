/// The text of an HTML page's body: block elements (p, div, br, li, tr, h1–h6) end
/// lines, headings start articles, script and style are dropped, entities decoded.
public enum HTMLReader {
    public static func text(_ html: String) -> String {
        var out = ""
        var headingCount = 0
        var i = html.startIndex
        var bodyStarted = !html.lowercased().contains("<body")
        while i < html.endIndex {
            let c = html[i]
            if c == "<" {
                guard let close = html[i...].firstIndex(of: ">") else { break }
                let tag = html[html.index(after: i)..<close].lowercased()
                let name = String(tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }))
                let closing = tag.hasPrefix("/")
                i = html.index(after: close)
                if name == "body" { bodyStarted = !closing; continue }
                if (name == "script" || name == "style") && !closing {
                    if let end = html[i...].range(of: "</" + name, options: .caseInsensitive) {
                        i = html[end.upperBound...].firstIndex(of: ">").map { html.index(after: $0) } ?? html.endIndex
                    }
                    continue
                }
                guard bodyStarted else { continue }
                if ["p", "div", "br", "li", "tr", "table", "section", "article", "blockquote"].contains(name) {
                    while out.hasSuffix(" ") { out.removeLast() }
                    if name == "br" || (closing && name == "p") { out += "\n" } else if !out.isEmpty, !out.hasSuffix("\n") { out += "\n" }
                } else if name.count == 2, name.first == "h", name.last!.isNumber {
                    if !out.hasSuffix("\n") { out += "\n" }
                    if !closing {
                        headingCount += 1
                        out += DocxReader.headingMarker(headingCount).replacingOccurrences(of: "Docx", with: "Html")
                    }
                }
                continue
            }
            if c == "&", let semicolon = html[i...].prefix(12).firstIndex(of: ";") {
                let entity = String(html[html.index(after: i)..<semicolon])
                if let decoded = decodeEntity(entity) {
                    if bodyStarted { out += decoded }
                    i = html.index(after: semicolon)
                    continue
                }
            }
            if bodyStarted {
                // Source whitespace is insignificant in HTML: a run becomes one space,
                // and none at the start of a line.
                if c.isWhitespace {
                    if !out.isEmpty, !out.hasSuffix("\n"), !out.hasSuffix(" ") { out.append(" ") }
                } else {
                    out.append(c)
                }
            }
            i = html.index(after: i)
        }
        return out
    }

    static func decodeEntity(_ entity: String) -> String? {
        switch entity {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        case "ldquo": return "“"
        case "rdquo": return "”"
        case "mdash": return "—"
        case "hellip": return "…"
        default:
            if entity.hasPrefix("#x") || entity.hasPrefix("#X"), let v = UInt32(entity.dropFirst(2), radix: 16), let s = Unicode.Scalar(v) { return String(Character(s)) }
            if entity.hasPrefix("#"), let v = UInt32(entity.dropFirst()), let s = Unicode.Scalar(v) { return String(Character(s)) }
            return nil
        }
    }
}
