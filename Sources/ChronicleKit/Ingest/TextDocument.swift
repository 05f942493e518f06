/// A decoded document: its text, the Unicode scalar values every offset refers to,
/// and where its lines start.
public struct TextDocument: Sendable {
    public var id: DocumentID
    public var path: String
    public let text: String
    /// The text as Unicode scalar values; offsets everywhere index this array.
    public let scalars: [UInt32]
    /// The scalar offset where each line starts (after each `\n`).
    public let lineStarts: [Int]

    public init(id: DocumentID = "d1", path: String, text: String) {
        self.id = id
        self.path = path
        self.text = text
        var scalars: [UInt32] = []
        scalars.reserveCapacity(text.utf8.count / 2)
        var lineStarts = [0]
        for scalar in text.unicodeScalars {
            if scalar.value == 0x0A { lineStarts.append(scalars.count + 1) }
            scalars.append(scalar.value)
        }
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
