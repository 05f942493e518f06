import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads the text of a Word `.docx`: the paragraphs of `word/document.xml` in reading
/// order (table cells included), footnotes inline where they are referenced, and
/// paragraphs styled as headings (Heading 1…9, 标题, Title, or with an outline level)
/// marked as headings so that they start articles.
public enum DocxReader {
    /// The most uncompressed XML Chronicle reads from one `.docx` (a guard against zip bombs).
    public static let maximumXMLBytes = 256 * 1024 * 1024

    /// The marker put before heading paragraphs; the article splitter treats it like
    /// the `[bookmark: _Toc…]` headings of converted documents.
    static func headingMarker(_ n: Int) -> String { "[bookmark: _TocDocx\(n)]" }

    public static func read(path: String, limit: Int = maximumXMLBytes) throws(IngestError) -> String {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .corrupt(path: path, reason: "not a readable .docx (zip) file")
        }
        guard let document = archive["word/document.xml"] else {
            throw .corrupt(path: path, reason: "no word/document.xml inside; is this a Word .docx?")
        }
        var footnotes: [String: String] = [:]
        if let entry = archive["word/footnotes.xml"] {
            let xml = try extract(entry, from: archive, path: path, limit: limit)
            footnotes = WordXML.footnotes(xml)
        }
        let xml = try extract(document, from: archive, path: path, limit: limit)
        guard let text = WordXML.text(xml, footnotes: footnotes) else {
            throw .corrupt(path: path, reason: "word/document.xml is not well-formed XML")
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .empty(path: path) }
        return text
    }

    static func extract(_ entry: Entry, from archive: Archive, path: String, limit: Int) throws(IngestError) -> Data {
        if entry.uncompressedSize > Int64(limit) {
            throw .tooLarge(path: path, reason: "\(entry.path) would expand to \(entry.uncompressedSize / 1_048_576) MB (limit \(limit / 1_048_576) MB)")
        }
        var data = Data()
        struct Exceeded: Error {}
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                // The header's size can lie: count what really comes out.
                if data.count > limit { throw Exceeded() }
            }
        } catch is Exceeded {
            throw .tooLarge(path: path, reason: "\(entry.path) expands past \(limit / 1_048_576) MB")
        } catch {
            throw .corrupt(path: path, reason: "\(entry.path) cannot be decompressed (truncated or damaged file)")
        }
        return data
    }
}

/// WordprocessingML to plain text.
final class WordXML: NSObject, XMLParserDelegate {
    private var paragraphs: [String] = []
    private var current = ""
    private var inText = false
    private var isHeading = false
    private var headingCount = 0
    private var footnotes: [String: String]
    private var collectingFootnote: String?
    private var footnoteTexts: [String: String] = [:]
    private var depth = 0

    private init(footnotes: [String: String]) {
        self.footnotes = footnotes
    }

    /// The document's text, one paragraph a line; nil for malformed XML.
    static func text(_ xml: Data, footnotes: [String: String]) -> String? {
        let reader = WordXML(footnotes: footnotes)
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        parser.shouldProcessNamespaces = false
        guard parser.parse() else { return nil }
        return reader.paragraphs.joined(separator: "\n")
    }

    /// Footnote texts by id.
    static func footnotes(_ xml: Data) -> [String: String] {
        let reader = WordXML(footnotes: [:])
        reader.collectingFootnote = ""
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        _ = parser.parse()
        return reader.footnoteTexts
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "w:footnote" where collectingFootnote != nil:
            collectingFootnote = attributes["w:id"] ?? ""
            current = ""
        case "w:p":
            if collectingFootnote == nil {
                current = ""
                isHeading = false
            }
        case "w:pStyle":
            let style = (attributes["w:val"] ?? "").lowercased()
            if style.contains("heading") || style.contains("title") || style.hasPrefix("标题") || (style.count == 1 && style.first!.isNumber) {
                isHeading = true
            }
        case "w:outlineLvl":
            isHeading = true
        case "w:t":
            inText = true
        case "w:tab":
            current += "\t"
        case "w:br", "w:cr":
            current += "\n"
        case "w:footnoteReference":
            if let id = attributes["w:id"], let note = footnotes[id], !note.isEmpty { current += "（注：" + note + "）" }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:t":
            inText = false
        case "w:footnote" where collectingFootnote != nil:
            if let id = collectingFootnote { footnoteTexts[id] = current.trimmingCharacters(in: .whitespacesAndNewlines) }
            collectingFootnote = ""
            current = ""
        case "w:p" where collectingFootnote == nil:
            if isHeading && !current.trimmingCharacters(in: .whitespaces).isEmpty {
                headingCount += 1
                paragraphs.append(DocxReader.headingMarker(headingCount) + current)
            } else {
                paragraphs.append(current)
            }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}
