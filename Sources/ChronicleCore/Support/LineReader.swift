import Foundation

/// Reads a file one line at a time in 1 MB chunks, so that a file of millions of lines is
/// never held whole. Shared by the JSON Lines readers (document graphs, news items).
enum LineReader {
    /// Calls `body` with each line's bytes (without its `\n`) and its 1-based number;
    /// blank lines (spaces, tabs, `\r`) are counted but not passed. Returns the number of
    /// lines read.
    @discardableResult
    static func forEachLine(_ handle: FileHandle, _ body: (ArraySlice<UInt8>, Int) throws -> Void) throws -> Int {
        var buffer: [UInt8] = []
        var number = 0
        func emit(_ bytes: ArraySlice<UInt8>) throws {
            number += 1
            guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
            try body(bytes, number)
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
        return number
    }
}
