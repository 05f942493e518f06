import Foundation

/// The text encodings Chronicle reads.
public enum TextEncoding: String, CaseIterable, Sendable, Hashable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    /// GB18030, a superset of GBK and GB2312.
    case gb18030

    /// Accepts common spellings: `UTF8`, `gbk`, `GB2312`, `utf16le` …
    public init?(name: String) {
        let key = name.lowercased().replacingOccurrences(of: "_", with: "-")
        switch key {
        case "utf-8", "utf8": self = .utf8
        case "utf-16le", "utf16le", "utf-16-le": self = .utf16LE
        case "utf-16be", "utf16be", "utf-16-be": self = .utf16BE
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        default: return nil
        }
    }
}

/// Decodes bytes into text, detecting the encoding by validation rather than by
/// guessing: a byte-order mark wins; otherwise valid UTF-8 is UTF-8; otherwise bytes
/// that are valid GB18030 are GB18030; otherwise UTF-8 with the few bad sequences
/// replaced (and a warning), or an error when too much is not text.
public enum TextDecoder {
    /// Decoded text, the encoding it was read as, and what was repaired on the way.
    public struct Decoded: Sendable {
        public var text: String
        public var encoding: TextEncoding
        /// Problems that did not stop decoding, e.g. replaced byte sequences.
        public var warnings: [String]
    }

    /// GB18030's byte-level encoding (code page 936 extended), as Foundation names it.
    static let gb18030Foundation = String.Encoding(rawValue: 0x8000_0632)

    public static func decode(_ bytes: [UInt8], path: String, forced: TextEncoding? = nil) throws(IngestError) -> Decoded {
        if bytes.isEmpty { throw .empty(path: path) }
        var body = bytes[...]
        var encoding = forced
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            body = bytes.dropFirst(3)
            encoding = encoding ?? .utf8
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            body = bytes.dropFirst(2)
            encoding = encoding ?? .utf16LE
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            body = bytes.dropFirst(2)
            encoding = encoding ?? .utf16BE
        }
        if encoding == nil || encoding == .utf8 || encoding == .gb18030, body.prefix(8192).contains(0) {
            throw .binary(path: path)
        }
        var warnings: [String] = []
        let text: String
        switch encoding {
        case .utf16LE, .utf16BE:
            guard body.count % 2 == 0 else { throw .undecodable(path: path, encoding: encoding!.rawValue, offset: bytes.count - 1) }
            var units: [UInt16] = []
            units.reserveCapacity(body.count / 2)
            var i = body.startIndex
            while i + 1 < body.endIndex {
                units.append(encoding == .utf16LE ? UInt16(body[i]) | UInt16(body[i + 1]) << 8 : UInt16(body[i]) << 8 | UInt16(body[i + 1]))
                i += 2
            }
            guard let decoded = String(validating: units, as: UTF16.self) else {
                throw .undecodable(path: path, encoding: encoding!.rawValue, offset: firstInvalidUTF16(units) * 2 + (bytes.count - body.count))
            }
            text = decoded
        case .gb18030:
            guard let decoded = String(data: Data(body), encoding: gb18030Foundation) else {
                throw .undecodable(path: path, encoding: "gb18030", offset: firstInvalidGB18030(Array(body)) + (bytes.count - body.count))
            }
            text = decoded
        case .utf8:
            if let decoded = String(validating: body, as: UTF8.self) {
                text = decoded
            } else if forced == .utf8 {
                throw .undecodable(path: path, encoding: "utf-8", offset: firstInvalidUTF8(Array(body)) + (bytes.count - body.count))
            } else {
                (text, warnings) = try repairUTF8(Array(body), path: path, skipped: bytes.count - body.count)
            }
        case nil:
            if let decoded = String(validating: body, as: UTF8.self) {
                text = decoded
                encoding = .utf8
            } else if isStructurallyGB18030(Array(body)), let decoded = String(data: Data(body), encoding: gb18030Foundation) {
                text = decoded
                encoding = .gb18030
            } else {
                (text, warnings) = try repairUTF8(Array(body), path: path, skipped: 0)
                encoding = .utf8
            }
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .empty(path: path) }
        return Decoded(text: text, encoding: encoding!, warnings: warnings)
    }

    /// UTF-8 with invalid sequences replaced by U+FFFD, when they are few (at most 1 in
    /// 200 bytes); otherwise the file is not text in an encoding Chronicle reads.
    static func repairUTF8(_ bytes: [UInt8], path: String, skipped: Int) throws(IngestError) -> (String, [String]) {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var scalars = String.UnicodeScalarView()
        var bad = 0
        var firstBad: Int?
        var offset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                offset += UTF8.width(scalar)
            case .emptyInput:
                break loop
            case .error:
                bad += 1
                if firstBad == nil { firstBad = offset }
                scalars.append("\u{FFFD}")
                offset += 1
            }
        }
        guard bad * 200 <= bytes.count else {
            throw .undecodable(path: path, encoding: "utf-8 or gb18030", offset: (firstBad ?? 0) + skipped)
        }
        let warning = "\(bad) invalid byte sequence\(bad == 1 ? "" : "s") replaced by U+FFFD (first at byte \((firstBad ?? 0) + skipped)); the rest of the file was read as UTF-8"
        return (String(scalars), [warning])
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput, .error: return offset
            }
        }
    }

    static func firstInvalidUTF16(_ units: [UInt16]) -> Int {
        var i = 0
        while i < units.count {
            let u = units[i]
            if (0xD800...0xDBFF).contains(u) {
                guard i + 1 < units.count, (0xDC00...0xDFFF).contains(units[i + 1]) else { return i }
                i += 2
            } else if (0xDC00...0xDFFF).contains(u) {
                return i
            } else {
                i += 1
            }
        }
        return i
    }

    /// True when every byte sequence has GB18030's shape: ASCII, or a lead byte
    /// 0x81–0xFE with a trail 0x40–0x7E / 0x80–0xFE, or four bytes lead, digit, lead, digit.
    static func isStructurallyGB18030(_ bytes: [UInt8]) -> Bool {
        firstInvalidGB18030(bytes) == bytes.count
    }

    static func firstInvalidGB18030(_ bytes: [UInt8]) -> Int {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            guard (0x81...0xFE).contains(b), i + 1 < n else { return i }
            let t = bytes[i + 1]
            if (0x40...0x7E).contains(t) || (0x80...0xFE).contains(t) {
                i += 2
            } else if (0x30...0x39).contains(t), i + 3 < n, (0x81...0xFE).contains(bytes[i + 2]), (0x30...0x39).contains(bytes[i + 3]) {
                i += 4
            } else {
                return i
            }
        }
        return n
    }
}
