import CChronicleZlib
import Foundation

/// A minimal ZIP reader for untrusted `.docx` files: every offset and size is checked
/// against the file before it is used, and inflating stops at a byte limit.
///
/// ZIPFoundation loops forever on some damaged archives (found by the `.docx` fuzzer: a
/// local header pointing past the end of the file makes its read loop spin on EOF), so
/// reading goes through this instead.
struct ZipReader {
    enum Failure: Error {
        case corrupt(String)
        case tooLarge(String)
    }

    struct Entry {
        var name: String
        var method: UInt16
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
    }

    let bytes: [UInt8]
    let entries: [String: Entry]

    init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        // End of central directory: the last "PK\u{5}\u{6}" within the final 64 KB + 22.
        guard bytes.count >= 22 else { throw .corrupt("too short to be a zip file") }
        var end = -1
        var i = bytes.count - 22
        while i >= max(0, bytes.count - 65_557) {
            if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 0x05, bytes[i + 3] == 0x06 { end = i; break }
            i -= 1
        }
        guard end >= 0 else { throw .corrupt("no zip directory (truncated or not a zip file)") }
        let count = u16(end + 10)
        let directorySize = u32(end + 12), directoryOffset = u32(end + 16)
        guard directoryOffset >= 0, directorySize >= 0, directoryOffset + directorySize <= end else { throw .corrupt("the zip directory lies outside the file") }
        var entries: [String: Entry] = [:]
        var p = directoryOffset
        for _ in 0..<count {
            guard p + 46 <= end, bytes[p] == 0x50, bytes[p + 1] == 0x4B, bytes[p + 2] == 0x01, bytes[p + 3] == 0x02 else { throw .corrupt("damaged zip directory entry") }
            let method = UInt16(u16(p + 10))
            let compressed = u32(p + 20), uncompressed = u32(p + 24)
            let nameLength = u16(p + 28), extraLength = u16(p + 30), commentLength = u16(p + 32)
            let local = u32(p + 42)
            guard p + 46 + nameLength <= end else { throw .corrupt("damaged zip directory entry") }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            entries[name] = Entry(name: name, method: method, compressedSize: compressed, uncompressedSize: uncompressed, localHeaderOffset: local)
            p += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// The entry's bytes, inflated, at most `limit` of them.
    func read(_ name: String, limit: Int) throws(Failure) -> [UInt8]? {
        guard let entry = entries[name] else { return nil }
        let h = entry.localHeaderOffset
        guard h >= 0, h + 30 <= bytes.count, bytes[h] == 0x50, bytes[h + 1] == 0x4B, bytes[h + 2] == 0x03, bytes[h + 3] == 0x04 else {
            throw .corrupt("\(name): damaged local header")
        }
        let nameLength = Int(bytes[h + 26]) | Int(bytes[h + 27]) << 8
        let extraLength = Int(bytes[h + 28]) | Int(bytes[h + 29]) << 8
        let start = h + 30 + nameLength + extraLength
        guard start <= bytes.count, entry.compressedSize >= 0, start + entry.compressedSize <= bytes.count else {
            throw .corrupt("\(name): its data lies past the end of the file (truncated?)")
        }
        let data = Array(bytes[start..<(start + entry.compressedSize)])
        switch entry.method {
        case 0:
            guard data.count <= limit else { throw .tooLarge("\(name) is larger than \(limit / 1_048_576) MB") }
            return data
        case 8:
            return try Self.inflate(data, limit: limit, name: name)
        default:
            throw .corrupt("\(name): unsupported compression method \(entry.method)")
        }
    }

    static func inflate(_ input: [UInt8], limit: Int, name: String) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard chronicle_inflate_init_raw(&stream) == Z_OK else { throw .corrupt("\(name): cannot start inflating") }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = input
        let result: Result<Void, Failure> = input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            while true {
                let status: Int32 = chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    return CChronicleZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                output.append(contentsOf: chunk[0..<produced])
                if output.count > limit { return .failure(.tooLarge("\(name) expands past \(limit / 1_048_576) MB")) }
                if status == Z_STREAM_END { return .success(()) }
                if status != Z_OK { return .failure(.corrupt("\(name) cannot be decompressed (damaged data)")) }
                // No progress possible: input used up without the end of the stream.
                if produced == 0 && stream.avail_in == 0 { return .failure(.corrupt("\(name) is truncated")) }
            }
        }
        try result.get()
        return output
    }
}
