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
        var buffer: [UInt8] = []
        var number = 0
        func emit(_ bytes: ArraySlice<UInt8>) throws {
            number += 1
            guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
            let line = String(decoding: bytes, as: UTF8.self)
            let decoded = try DocumentGraphJSON.decode(line, path: path, line: number)
            try body(decoded.graph, decoded.contentHash)
        }
        while true {
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty { break }
            buffer.append(contentsOf: chunk)
            var start = 0
            while let newline = buffer[start...].firstIndex(of: 0x0A) {
                try emit(buffer[start..<newline])
                start = newline + 1
            }
            buffer.removeFirst(start)
        }
        if !buffer.isEmpty { try emit(buffer[...]) }
        if number == 0 { throw GraphJSONError.unreadable(path: path, reason: "the file is empty") }
    }
}
