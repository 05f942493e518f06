import Foundation

/// Why a document could not be read.
public enum IngestError: Error, Hashable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case empty(path: String)
    /// The file holds NUL bytes or other binary content.
    case binary(path: String)
    /// The bytes are not valid text in the encoding named; `offset` is the first bad byte.
    case undecodable(path: String, encoding: String, offset: Int)
    /// A `.docx` that is truncated, damaged or not a Word document.
    case corrupt(path: String, reason: String)
    /// Content that would expand past Chronicle's limit (a zip bomb).
    case tooLarge(path: String, reason: String)
    /// A format Chronicle does not read.
    case unsupported(path: String, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): "\(path): cannot read: \(reason)"
        case .empty(let path): "\(path): the file is empty (no text)"
        case .binary(let path): "\(path): this is a binary file, not text (save it as .txt or .docx)"
        case let .undecodable(path, encoding, offset): "\(path): not valid \(encoding) text (first bad byte at offset \(offset)); save it as UTF-8 or give --encoding"
        case let .corrupt(path, reason): "\(path): \(reason)"
        case let .tooLarge(path, reason): "\(path): too large: \(reason)"
        case let .unsupported(path, reason): "\(path): \(reason)"
        }
    }
}

/// A document read from disk, with how it was read.
public struct LoadedDocument: Sendable {
    public var document: TextDocument
    /// `utf-8`, `gb18030`, `docx`, `html (utf-8)` …
    public var format: String
    /// Problems that did not stop reading (replaced bytes …).
    public var warnings: [String]
}

/// Reads documents: text in UTF-8 (with or without BOM), UTF-16 with BOM or GB18030
/// (detected by validation, or forced), Word `.docx`, and `.html`; folders are read
/// recursively in path order.
public enum DocumentLoader {
    /// Extensions taken from folders.
    public static let supportedExtensions: Set<String> = ["txt", "text", "docx", "html", "htm", "md"]

    /// The files named, with folders replaced by the supported files inside them
    /// (recursively, sorted by path so that every run reads them in the same order).
    public static func expand(_ paths: [String]) throws(IngestError) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .unreadable(path: path, reason: "no such file or folder")
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            guard let walker = FileManager.default.enumerator(atPath: path) else {
                throw .unreadable(path: path, reason: "cannot list the folder")
            }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") || name.hasPrefix("~$") { continue }
                if supportedExtensions.contains((relative as NSString).pathExtension.lowercased()) {
                    found.append((path as NSString).appendingPathComponent(relative))
                }
            }
            if found.isEmpty { throw .unsupported(path: path, reason: "the folder holds no .txt, .docx or .html files") }
            files += found.sorted()
        }
        return files
    }

    public static func load(path: String, id: DocumentID = "d1", encoding: TextEncoding? = nil) throws(IngestError) -> TextDocument {
        try read(path: path, id: id, encoding: encoding).document
    }

    public static func read(path: String, id: DocumentID = "d1", encoding: TextEncoding? = nil) throws(IngestError) -> LoadedDocument {
        let ext = (path as NSString).pathExtension.lowercased()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: "it is a folder; name the files, or pass it where folders are read") }
        if ["doc", "wps", "pdf", "rtf"].contains(ext) {
            throw .unsupported(path: path, reason: ".\(ext) is not read; save it as .docx or .txt")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: FileManager.default.isReadableFile(atPath: path) ? "\(error.localizedDescription)" : "permission denied")
        }
        return try read(data: data, path: path, id: id, encoding: encoding)
    }

    /// A document held in memory (an upload, say), read as the file `path` would be: by
    /// its extension, .docx unzipped, .html stripped, text decoded. Nothing is written.
    public static func read(data: Data, path: String, id: DocumentID = "d1", encoding: TextEncoding? = nil) throws(IngestError) -> LoadedDocument {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "docx":
            let text = try DocxReader.read(bytes: Array(data), path: path)
            return LoadedDocument(document: TextDocument(id: id, path: path, text: text), format: "docx", warnings: [])
        case "doc", "wps", "pdf", "rtf":
            throw .unsupported(path: path, reason: ".\(ext) is not read; save it as .docx or .txt")
        default:
            if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                throw .unsupported(path: path, reason: "this is a zip file (a .docx without its extension?); rename it to .docx")
            }
            let decoded = try TextDecoder.decode(Array(data), path: path, forced: encoding)
            var text = decoded.text
            var format = decoded.encoding.rawValue
            if ext == "html" || ext == "htm" {
                text = HTMLReader.text(text)
                format = "html (\(format))"
                if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .empty(path: path) }
            }
            return LoadedDocument(document: TextDocument(id: id, path: path, text: text), format: format, warnings: decoded.warnings)
        }
    }
}
