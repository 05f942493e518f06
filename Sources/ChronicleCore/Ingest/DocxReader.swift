import Foundation

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
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .unreadable(path: path, reason: "\(error.localizedDescription)")
        }
        return try read(bytes: bytes, path: path, limit: limit)
    }

    /// The text of a .docx held in memory; `path` names it in errors.
    public static func read(bytes: [UInt8], path: String, limit: Int = maximumXMLBytes) throws(IngestError) -> String {
        do {
            let zip = try ZipReader(bytes)
            guard let document = try zip.read("word/document.xml", limit: limit) else {
                throw IngestError.corrupt(path: path, reason: "no word/document.xml inside; is this a Word .docx?")
            }
            let footnotes = try zip.read("word/footnotes.xml", limit: limit).map(WordXML.footnotes) ?? [:]
            let text = WordXML.text(document, footnotes: footnotes)
            if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw IngestError.empty(path: path) }
            return text
        } catch let error as IngestError {
            throw error
        } catch ZipReader.Failure.tooLarge(let reason) {
            throw .tooLarge(path: path, reason: reason)
        } catch ZipReader.Failure.corrupt(let reason) {
            throw .corrupt(path: path, reason: "not a readable .docx (zip) file: " + reason)
        } catch {
            throw .corrupt(path: path, reason: "not a readable .docx (zip) file")
        }
    }
}
