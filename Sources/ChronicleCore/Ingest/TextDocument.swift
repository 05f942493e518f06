/// A decoded document: its text, the Unicode scalar values every offset refers to,
/// and where its lines start.
public struct TextDocument: Sendable {
    public var id: DocumentID
    public var path: String
    /// The text (rebuilt from the scalars; only the scalars are stored, to halve the
    /// memory a 200 MB document takes).
    public var text: String { U.string(scalars, 0..<scalars.count) }
    /// The text as Unicode scalar values; offsets everywhere index this array.
    public let scalars: [UInt32]
    /// The scalar offset where each line starts (after each `\n`).
    public let lineStarts: [Int]

    public init(id: DocumentID = "d1", path: String, text: String) {
        self.id = id
        self.path = path
        var text = text
        text.makeContiguousUTF8()
        // Decode the (valid) UTF-8 by hand: iterating `unicodeScalars` was the largest
        // cost of the time layer. (The decoding of ``U/scalar(_:_:)``, written out:
        // called here it cost a fifth more instructions.)
        let (scalars, lineStarts) = text.utf8.withContiguousStorageIfAvailable { bytes -> ([UInt32], [Int]) in
            // Count first (every byte that is not a continuation byte starts a
            // scalar), then fill an array of exactly that size.
            var total = 0
            for byte in bytes where byte & 0xC0 != 0x80 { total += 1 }
            var lines = [0]
            let scalars = [UInt32](unsafeUninitializedCapacity: total) { buffer, initialized in
                var n = 0
                var i = 0
                let count = bytes.count
                while i < count {
                    let b = UInt32(bytes[i])
                    var c: UInt32
                    if b < 0x80 {
                        c = b
                        i += 1
                        if c == 0x0A { lines.append(n + 1) }
                    } else if b < 0xE0 {
                        c = (b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if b < 0xF0 {
                        c = (b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        c = (b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    buffer[n] = c
                    n += 1
                }
                initialized = n
            }
            return (scalars, lines)
        } ?? {
            var scalars: [UInt32] = []
            var lines = [0]
            for scalar in text.unicodeScalars {
                if scalar.value == 0x0A { lines.append(scalars.count + 1) }
                scalars.append(scalar.value)
            }
            return (scalars, lines)
        }()
        self.scalars = scalars
        self.lineStarts = lineStarts
    }

    /// The text of a scalar range.
    public func slice(_ range: Range<Int>) -> String {
        U.string(scalars, max(0, range.lowerBound)..<min(scalars.count, range.upperBound))
    }

    /// The 1-based line number of a scalar offset.
    public func line(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The scalar range of line `index` (0-based), without its newline.
    public func lineRange(_ index: Int) -> Range<Int> {
        let start = lineStarts[index]
        let end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : scalars.count
        return start..<max(start, end)
    }
}
