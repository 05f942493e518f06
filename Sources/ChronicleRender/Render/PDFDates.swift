import Foundation

/// Makes a PDF's document dates reproducible. cairo 1.16 (Debian 12) stamps
/// `/CreationDate` with the time of drawing and ignores `SOURCE_DATE_EPOCH`, so the same
/// graph gave a different file every time; these dates are the only bytes that differed.
public enum PDFDates {
    /// The date the reproducible-builds convention asks for: `SOURCE_DATE_EPOCH`
    /// (seconds since 1970, UTC) when set to a number, else nil.
    public static var sourceDateEpoch: Date? {
        guard let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int(text), seconds >= 0 else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// `pdf` with every `/CreationDate (…)` and `/ModDate (…)` entry set to `date`
    /// (`D:YYYYMMDDHHmmSSZ`), or blanked out when `date` is nil (the entries are
    /// optional). Each entry keeps its length — padded with spaces, which PDF reads as
    /// white space between dictionary entries — so the cross-reference table's byte
    /// offsets stay right.
    public static func normalize(_ pdf: Data, to date: Date? = nil) -> Data {
        var bytes = [UInt8](pdf)
        let stamp = date.map { Array("(\(pdfDate($0)))".utf8) }
        for key in ["/CreationDate", "/ModDate"] {
            let keyBytes = Array(key.utf8)
            var from = 0
            while let entry = findEntry(keyBytes, in: bytes, from: from) {
                // entry: the key, white space, then the parenthesised date.
                if let stamp, stamp.count <= entry.value.count {
                    bytes.replaceSubrange(entry.value, with: stamp + Array(repeating: UInt8(ascii: " "), count: entry.value.count - stamp.count))
                } else {
                    bytes.replaceSubrange(entry.whole, with: Array(repeating: UInt8(ascii: " "), count: entry.whole.count))
                }
                from = entry.whole.upperBound
            }
        }
        return Data(bytes)
    }

    /// A date as PDF writes one, in UTC.
    static func pdfDate(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "D:%04d%02d%02d%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// The next `key (D:…)` entry at or after `from`: its whole range and the range of
    /// its value (parentheses included). Only a value that looks like a PDF date
    /// (`D:` then digits, `Z`, `+`, `-`, `'`) counts, so nothing else is ever touched.
    static func findEntry(_ key: [UInt8], in bytes: [UInt8], from: Int) -> (whole: Range<Int>, value: Range<Int>)? {
        var start = from
        while start + key.count <= bytes.count {
            guard let found = firstIndex(of: key, in: bytes, from: start) else { return nil }
            start = found + 1
            var i = found + key.count
            while i < bytes.count, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\n") || bytes[i] == UInt8(ascii: "\r") { i += 1 }
            guard i + 3 < bytes.count, bytes[i] == UInt8(ascii: "("), bytes[i + 1] == UInt8(ascii: "D"), bytes[i + 2] == UInt8(ascii: ":") else { continue }
            var j = i + 3
            while j < bytes.count, j - i < 40, isDateByte(bytes[j]) { j += 1 }
            guard j < bytes.count, bytes[j] == UInt8(ascii: ")") else { continue }
            return (found ..< j + 1, i ..< j + 1)
        }
        return nil
    }

    static func isDateByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "Z") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")
    }

    static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var i = from
        while i + needle.count <= bytes.count {
            if bytes[i] == first && bytes[i ..< i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
