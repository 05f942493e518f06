import Foundation
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
            footnotes = WordXML.footnotes(Array(xml))
        }
        let xml = try extract(document, from: archive, path: path, limit: limit)
        let text = WordXML.text(Array(xml), footnotes: footnotes)
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

