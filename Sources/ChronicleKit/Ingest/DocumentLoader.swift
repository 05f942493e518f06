import Foundation

/// Why a document could not be read.
public enum IngestError: Error, Hashable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case empty(path: String)
    /// The file holds NUL bytes or other binary content.
    case binary(path: String)
    /// The bytes are not valid text in an encoding Chronicle reads; `offset` is the
    /// first bad byte.
    case undecodable(path: String, offset: Int)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): "\(path): cannot read: \(reason)"
        case .empty(let path): "\(path): the file is empty"
        case .binary(let path): "\(path): this is a binary file, not text (convert .doc/.pdf to .txt or .docx first)"
        case let .undecodable(path, offset): "\(path): not valid UTF-8 or UTF-16 text (first bad byte at offset \(offset)); save the file as UTF-8"
        }
    }
}

/// Reads text documents: UTF-8 (with or without a byte-order mark) and UTF-16 with a
/// byte-order mark.
public enum DocumentLoader {
    public static func load(path: String, id: DocumentID = "d1") throws(IngestError) -> TextDocument {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw .unreadable(path: path, reason: !exists ? "no such file" : (isDirectory.boolValue ? "it is a directory" : "permission denied"))
        }
        return TextDocument(id: id, path: path, text: try decode(Array(data), path: path))
    }

    public static func decode(_ bytes: [UInt8], path: String) throws(IngestError) -> String {
        if bytes.isEmpty { throw .empty(path: path) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            guard let text = String(validating: units, as: UTF16.self) else { throw .undecodable(path: path, offset: 2) }
            return text
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if body.prefix(8192).contains(0) { throw .binary(path: path) }
        guard let text = String(validating: body, as: UTF8.self) else {
            var decoder = UTF8()
            var iterator = body.makeIterator()
            var offset = 0
            loop: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar): offset += UTF8.width(scalar)
                case .emptyInput: break loop
                case .error: break loop
                }
            }
            throw .undecodable(path: path, offset: offset + (bytes.count - body.count))
        }
        if text.isEmpty || text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .empty(path: path) }
        return text
    }
}
