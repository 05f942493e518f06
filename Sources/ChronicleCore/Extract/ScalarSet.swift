/// A set of Unicode scalar values in the Basic Multilingual Plane, as a bitmap: one
/// bit test instead of hashing (hashing was the top cost of extraction when the hot
/// loops used `Set<UInt32>`).
struct ScalarSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    /// Members outside the BMP, rare in this genre.
    private var others: Set<UInt32> = []

    init() {}

    init<S: Sequence>(_ values: S) where S.Element == UInt32 {
        for value in values { insert(value) }
    }

    init(_ text: String) { self.init(text.unicodeScalars.map(\.value)) }

    mutating func insert(_ value: UInt32) {
        if value < 65536 { bits[Int(value >> 6)] |= 1 << UInt64(value & 63) } else { others.insert(value) }
    }

    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
        if value < 65536 { return bits[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 }
        return others.contains(value)
    }
}

/// A list of words (scalar arrays) for the hot matching loops: most positions are
/// rejected by one bit test on the first (or last) scalar, and the rest compare only
/// the words that start (or end) with it, longest first.
struct WordList: Sendable {
    /// Every word, longest first.
    let words: [[UInt32]]
    private let firsts: ScalarSet
    private let lasts: ScalarSet
    private let byFirst: [UInt32: [[UInt32]]]
    private let byLast: [UInt32: [[UInt32]]]

    init(_ words: [[UInt32]]) {
        let sorted = words.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        self.words = sorted
        firsts = ScalarSet(sorted.map { $0[0] })
        lasts = ScalarSet(sorted.map { $0[$0.count - 1] })
        byFirst = Dictionary(grouping: sorted, by: { $0[0] })
        byLast = Dictionary(grouping: sorted, by: { $0[$0.count - 1] })
    }

    func contains(_ word: [UInt32]) -> Bool { byFirst[word.first ?? 0]?.contains(word) ?? false }

    @inline(__always)
    func startsWith(_ scalar: UInt32) -> Bool { firsts.contains(scalar) }

    /// The longest word occurring in `s` at `index`.
    @inline(__always)
    func first(in s: [UInt32], at index: Int) -> [UInt32]? {
        guard index >= 0, index < s.count, firsts.contains(s[index]), let bucket = byFirst[s[index]] else { return nil }
        for word in bucket where s.has(word, at: index) { return word }
        return nil
    }

    /// The longest word ending in `s` exactly at `index`.
    @inline(__always)
    func ending(in s: [UInt32], at index: Int) -> [UInt32]? {
        guard index > 0, index <= s.count, lasts.contains(s[index - 1]), let bucket = byLast[s[index - 1]] else { return nil }
        for word in bucket where s.has(word, at: index - word.count) { return word }
        return nil
    }
}

extension Array where Element == UInt32 {
    /// The longest word of `list` occurring at `index`.
    @inline(__always)
    func firstWord(of list: WordList, at index: Int) -> [UInt32]? { list.first(in: self, at: index) }

    /// The longest word of `list` that ends exactly at `index`.
    @inline(__always)
    func word(of list: WordList, endingAt index: Int) -> [UInt32]? { list.ending(in: self, at: index) }
}
