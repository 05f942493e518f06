/// WordprocessingML to plain text with a small hand-written XML scanner.
///
/// Foundation's XMLParser on Linux traps on some malformed documents (found by the
/// `.docx` fuzzer: an illegal instruction inside `_NSXMLParserStartElementNs`), and a
/// damaged Word file must never end the program. This scanner reads only what Chronicle
/// needs — paragraphs, runs of text, tabs and breaks, paragraph styles and outline
/// levels, footnotes — and treats anything it cannot read as absent.
enum WordXML {
    struct Tag {
        var name: Substring
        var attributes: [Substring: String]
        var closing: Bool
        var selfClosing: Bool
    }

    /// Calls `tag` for every element and `text` for the character data between them.
    static func scan(_ xml: [UInt8], tag: (Tag) -> Void, text: (String) -> Void) {
        let n = xml.count
        var i = 0
        var textStart = 0
        func flush(_ end: Int) {
            if end > textStart { text(decodeEntities(xml[textStart..<end])) }
        }
        while i < n {
            guard xml[i] == UInt8(ascii: "<") else { i += 1; continue }
            flush(i)
            // Comments, CDATA, processing instructions, doctype.
            if xml[i...].starts(with: Array("<!--".utf8)) {
                i = find(xml, Array("-->".utf8), from: i + 4).map { $0 + 3 } ?? n
                textStart = i
                continue
            }
            if xml[i...].starts(with: Array("<![CDATA[".utf8)) {
                let end = find(xml, Array("]]>".utf8), from: i + 9) ?? n
                text(String(decoding: xml[(i + 9)..<end], as: UTF8.self))
                i = min(n, end + 3)
                textStart = i
                continue
            }
            guard let close = find(xml, [UInt8(ascii: ">")], from: i + 1) else { textStart = n; break }
            let inside = xml[(i + 1)..<close]
            i = close + 1
            textStart = i
            guard let first = inside.first, first != UInt8(ascii: "?"), first != UInt8(ascii: "!") else { continue }
            tag(parseTag(inside))
        }
        flush(n)
    }

    static func find(_ bytes: [UInt8], _ needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, start < bytes.count else { return nil }
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    static func parseTag(_ inside: ArraySlice<UInt8>) -> Tag {
        var bytes = inside
        var closing = false
        var selfClosing = false
        if bytes.first == UInt8(ascii: "/") { closing = true; bytes = bytes.dropFirst() }
        if bytes.last == UInt8(ascii: "/") { selfClosing = true; bytes = bytes.dropLast() }
        let text = Substring(decoding: bytes, as: UTF8.self)
        let nameEnd = text.firstIndex(where: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) ?? text.endIndex
        let name = text[..<nameEnd]
        var attributes: [Substring: String] = [:]
        var rest = text[nameEnd...]
        while let equals = rest.firstIndex(of: "=") {
            let key = rest[..<equals].trimmingCharacters(in: .whitespacesAndNewlines)
            var after = rest[rest.index(after: equals)...].drop(while: { $0 == " " })
            guard let quote = after.first, quote == "\"" || quote == "'" else { break }
            after = after.dropFirst()
            guard let end = after.firstIndex(of: quote) else { break }
            attributes[Substring(key)] = decodeEntities(Array(after[..<end].utf8)[...])
            rest = after[after.index(after: end)...]
        }
        return Tag(name: name, attributes: attributes, closing: closing, selfClosing: selfClosing)
    }

    static func decodeEntities(_ bytes: ArraySlice<UInt8>) -> String {
        let raw = String(decoding: bytes, as: UTF8.self)
        guard raw.contains("&") else { return raw }
        var out = ""
        var i = raw.startIndex
        while i < raw.endIndex {
            let c = raw[i]
            if c == "&", let semicolon = raw[i...].prefix(12).firstIndex(of: ";"),
                let decoded = HTMLReader.decodeEntity(String(raw[raw.index(after: i)..<semicolon]))
            {
                out += decoded
                i = raw.index(after: semicolon)
            } else {
                out.append(c)
                i = raw.index(after: i)
            }
        }
        return out
    }

    static func isHeadingStyle(_ style: String) -> Bool {
        let s = style.lowercased()
        return s.contains("heading") || s.contains("title") || s.hasPrefix("标题") || (s.count == 1 && s.first!.isNumber)
    }

    /// The document's text, one paragraph a line, footnotes inline where referenced.
    static func text(_ xml: [UInt8], footnotes: [String: String]) -> String {
        var paragraphs: [String] = []
        var current = ""
        var inText = false
        var isHeading = false
        var headingCount = 0
        scan(xml, tag: { tag in
            switch (tag.name, tag.closing) {
            case ("w:p", false):
                current = ""
                isHeading = false
                if tag.selfClosing { paragraphs.append("") }
            case ("w:p", true):
                if isHeading && !current.trimmingCharacters(in: .whitespaces).isEmpty {
                    headingCount += 1
                    paragraphs.append(DocxReader.headingMarker(headingCount) + current)
                } else {
                    paragraphs.append(current)
                }
                current = ""
            case ("w:pStyle", false):
                if isHeadingStyle(tag.attributes["w:val"] ?? "") { isHeading = true }
            case ("w:outlineLvl", false):
                isHeading = true
            case ("w:t", false):
                inText = !tag.selfClosing
            case ("w:t", true):
                inText = false
            case ("w:tab", false):
                current += "\t"
            case ("w:br", false), ("w:cr", false):
                current += "\n"
            case ("w:footnoteReference", false):
                if let id = tag.attributes["w:id"], let note = footnotes[id], !note.isEmpty { current += "（注：" + note + "）" }
            default:
                break
            }
        }, text: { chunk in
            if inText { current += chunk }
        })
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs.joined(separator: "\n")
    }

    /// Footnote texts by id.
    static func footnotes(_ xml: [UInt8]) -> [String: String] {
        var notes: [String: String] = [:]
        var id: String?
        var current = ""
        var inText = false
        scan(xml, tag: { tag in
            switch (tag.name, tag.closing) {
            case ("w:footnote", false): id = tag.attributes["w:id"]; current = ""
            case ("w:footnote", true):
                if let id { notes[id] = current.trimmingCharacters(in: .whitespacesAndNewlines) }
                id = nil
            case ("w:t", false): inText = !tag.selfClosing
            case ("w:t", true): inText = false
            default: break
            }
        }, text: { chunk in
            if inText { current += chunk }
        })
        return notes
    }
}
