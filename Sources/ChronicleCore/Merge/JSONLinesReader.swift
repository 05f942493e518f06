import Foundation

/// Reads a JSON Lines file of document graphs one line at a time (a file of millions of
/// lines is never held whole), skipping blank lines.
public enum JSONLinesReader {
    /// Calls `body` with each document graph of the file and its content hash, in order.
    /// Errors name the file and line.
    public static func forEach(path: String, _ body: (DocumentGraph, String?) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw GraphJSONError.unreadable(path: path, reason: GraphJSON.describe(fileError: CocoaError(.fileReadNoSuchFile), path: path))
        }
        defer { try? handle.close() }
        let number = try LineReader.forEachLine(handle) { bytes, number in
            let line = String(decoding: bytes, as: UTF8.self)
            let decoded = try DocumentGraphJSON.decode(line, path: path, line: number)
            try body(decoded.graph, decoded.contentHash)
        }
        if number == 0 { throw GraphJSONError.unreadable(path: path, reason: "the file is empty") }
    }
}
