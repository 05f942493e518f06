/// Small helpers for searching arrays of Unicode scalar values.
extension Array where Element == UInt32 {
    /// True when `word` occurs at `index`.
    @inline(__always)
    func has(_ word: [UInt32], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= count else { return false }
        var k = 0
        while k < word.count {
            if self[index + k] != word[k] { return false }
            k += 1
        }
        return true
    }

    /// The first word of `words` (longest first) occurring at `index`.
    func firstWord(of words: [[UInt32]], at index: Int) -> [UInt32]? {
        for word in words where has(word, at: index) { return word }
        return nil
    }

    /// The first word of `words` that ends exactly at `index`.
    func word(of words: [[UInt32]], endingAt index: Int) -> [UInt32]? {
        for word in words where has(word, at: index - word.count) { return word }
        return nil
    }

    /// Offsets of `word` within `range`.
    func occurrences(of word: [UInt32], in range: Range<Int>) -> [Int] {
        guard let first = word.first, range.count >= word.count else { return [] }
        var found: [Int] = []
        var i = range.lowerBound
        let last = range.upperBound - word.count
        while i <= last {
            if self[i] == first && has(word, at: i) {
                found.append(i)
                i += word.count
            } else {
                i += 1
            }
        }
        return found
    }

    func firstOccurrence(of word: [UInt32], in range: Range<Int>) -> Int? {
        guard let first = word.first, range.count >= word.count else { return nil }
        var i = range.lowerBound
        while i <= range.upperBound - word.count {
            if self[i] == first && has(word, at: i) { return i }
            i += 1
        }
        return nil
    }
}

/// Scalar literals.
enum U {
    /// The text of a scalar range, encoded straight to UTF-8 (building a String scalar
    /// by scalar was the single largest cost of extraction).
    static func string(_ s: [UInt32], _ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return s.withUnsafeBufferPointer { scalars in
            String(unsafeUninitializedCapacity: range.count * 4) { bytes in
                var n = 0
                for i in range {
                    utf8(scalars[i]) { bytes[n] = $0; n += 1 }
                }
                return n
            }
        }
    }

    /// The UTF-8 bytes of scalar `c`, handed to `emit` one by one.
    @inline(__always)
    static func utf8(_ c: UInt32, _ emit: (UInt8) -> Void) {
        if c < 0x80 {
            emit(UInt8(c))
        } else if c < 0x800 {
            emit(UInt8(0xC0 | (c >> 6)))
            emit(UInt8(0x80 | (c & 0x3F)))
        } else if c < 0x10000 {
            emit(UInt8(0xE0 | (c >> 12)))
            emit(UInt8(0x80 | ((c >> 6) & 0x3F)))
            emit(UInt8(0x80 | (c & 0x3F)))
        } else {
            emit(UInt8(0xF0 | (c >> 18)))
            emit(UInt8(0x80 | ((c >> 12) & 0x3F)))
            emit(UInt8(0x80 | ((c >> 6) & 0x3F)))
            emit(UInt8(0x80 | (c & 0x3F)))
        }
    }

    /// The scalar whose (valid) UTF-8 starts at `bytes[i]`; `i` moves past it.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt32 {
        let b = UInt32(bytes[i])
        let c: UInt32
        let length: Int
        if b < 0x80 {
            c = b
            length = 1
        } else if b < 0xE0 {
            c = (b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            length = 2
        } else if b < 0xF0 {
            c = (b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            length = 3
        } else {
            c = (b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
            length = 4
        }
        i += length
        return c
    }

    /// The scalars of `text`, decoded from its (valid) UTF-8 directly.
    static func s(_ text: String) -> [UInt32] {
        text.utf8.withContiguousStorageIfAvailable { bytes -> [UInt32] in
            var out: [UInt32] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count { out.append(scalar(bytes, &i)) }
            return out
        } ?? text.unicodeScalars.map(\.value)
    }
    static func c(_ text: String) -> UInt32 { text.unicodeScalars.first!.value }
    static func set(_ text: String) -> ScalarSet { ScalarSet(text) }

    /// Sentence ends: 。！？；!?; and a line end. (A switch, not a ``ScalarSet``: a
    /// static set costs a lazy-initialization check on every access in the hot loops.)
    @inline(__always)
    static func isSentenceEnd(_ c: UInt32) -> Bool {
        switch c {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B, 0x0A: return true
        default: return false
        }
    }

    /// Clause separators within a sentence: the sentence ends and ，,：:.
    @inline(__always)
    static func isClauseEnd(_ c: UInt32) -> Bool {
        switch c {
        case 0xFF0C, 0x2C, 0xFF1A, 0x3A: return true
        default: return isSentenceEnd(c)
        }
    }
    static let listSeparator: UInt32 = 0x3001 /* 、 */
    static let openQuote: UInt32 = 0x201C /* “ */, closeQuote: UInt32 = 0x201D /* ” */
    static let openBook: UInt32 = 0x300A /* 《 */, closeBook: UInt32 = 0x300B /* 》 */

    /// True for what Foundation's `CharacterSet.whitespaces` holds: tab and the space
    /// separators (Zs).
    @inline(__always)
    static func isSpace(_ c: UInt32) -> Bool {
        switch c {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// True for CJK unified ideographs.
    @inline(__always)
    static func isHan(_ c: UInt32) -> Bool { (0x4E00...0x9FFF).contains(c) || (0x3400...0x4DBF).contains(c) }
}
