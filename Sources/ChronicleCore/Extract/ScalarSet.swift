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
/// rejected by one bit test on the first (or last) scalar, and the rest walk a trie of
/// the words (forward, or backward from the end), so a lookup costs the length of the
/// longest match, not a comparison with every word sharing a first scalar (47 titles
/// end in 长, 59 meeting words in 会).
struct WordList: Sendable {
    /// Every word, longest first.
    let words: [[UInt32]]
    private let firsts: ScalarSet
    private let lasts: ScalarSet
    private let forward: ScalarTrie
    private let backward: ScalarTrie

    init(_ words: [[UInt32]]) {
        let sorted = words.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        self.words = sorted
        firsts = ScalarSet(sorted.map { $0[0] })
        lasts = ScalarSet(sorted.map { $0[$0.count - 1] })
        forward = ScalarTrie(sorted)
        backward = ScalarTrie(sorted.map { $0.reversed() })
    }

    func contains(_ word: [UInt32]) -> Bool {
        guard !word.isEmpty else { return false }
        var node: Int32 = 0
        for c in word {
            node = forward.child(node, c)
            if node < 0 { return false }
        }
        return forward.word(at: node) >= 0
    }

    @inline(__always)
    func startsWith(_ scalar: UInt32) -> Bool { firsts.contains(scalar) }

    /// The longest word occurring in `s` at `index` (and ending by `limit`).
    @inline(__always)
    func first(in s: [UInt32], at index: Int, limit: Int? = nil) -> [UInt32]? {
        guard index >= 0, index < s.count, firsts.contains(s[index]) else { return nil }
        let end = min(limit ?? s.count, s.count)
        var node: Int32 = 0
        var best: Int32 = -1
        var k = index
        while k < end {
            node = forward.child(node, s[k])
            if node < 0 { break }
            let word = forward.word(at: node)
            if word >= 0 { best = word }
            k += 1
        }
        return best >= 0 ? words[Int(best)] : nil
    }

    /// The longest word ending in `s` exactly at `index`.
    @inline(__always)
    func ending(in s: [UInt32], at index: Int) -> [UInt32]? {
        guard index > 0, index <= s.count, lasts.contains(s[index - 1]) else { return nil }
        var node: Int32 = 0
        var best: Int32 = -1
        var k = index - 1
        while k >= 0 {
            node = backward.child(node, s[k])
            if node < 0 { break }
            let word = backward.word(at: node)
            if word >= 0 { best = word }
            k -= 1
        }
        return best >= 0 ? words[Int(best)] : nil
    }
}

/// A trie over scalar sequences whose edges live in one open-addressing hash table
/// keyed by (node, scalar): a step is a multiply, a shift and usually one probe.
struct ScalarTrie: Sendable {
    /// `node << 32 | scalar + 1` of each edge, 0 for an empty slot.
    private var keys: [UInt64]
    private var targets: [Int32]
    /// For each node, the index of the word ending there, or -1.
    private var terminal: [Int32] = [-1]
    private let shift: UInt64
    private let mask: Int

    /// `words[i]` ends at the node whose ``word(at:)`` is `i`.
    init(_ words: [[UInt32]]) {
        let edges = max(1, words.reduce(0) { $0 + $1.count })
        var bits = 4
        while (1 << bits) < edges * 2 { bits += 1 }
        keys = [UInt64](repeating: 0, count: 1 << bits)
        targets = [Int32](repeating: -1, count: 1 << bits)
        shift = UInt64(64 - bits)
        mask = (1 << bits) - 1
        for (index, word) in words.enumerated() {
            var node: Int32 = 0
            for c in word {
                var next = child(node, c)
                if next < 0 {
                    next = Int32(terminal.count)
                    terminal.append(-1)
                    insert(node, c, next)
                }
                node = next
            }
            // Longest first, so a duplicate keeps its first index.
            if terminal[Int(node)] < 0 { terminal[Int(node)] = Int32(index) }
        }
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    private mutating func insert(_ node: Int32, _ c: UInt32, _ target: Int32) {
        let key = UInt64(node) << 32 | UInt64(c &+ 1)
        var i = slot(key)
        while keys[i] != 0 { i = (i + 1) & mask }
        keys[i] = key
        targets[i] = target
    }

    /// The child of `node` along `c`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ c: UInt32) -> Int32 {
        let key = UInt64(node) << 32 | UInt64(c &+ 1)
        var i = slot(key)
        while true {
            let k = keys[i]
            if k == key { return targets[i] }
            if k == 0 { return -1 }
            i = (i + 1) & mask
        }
    }

    /// The index of the word ending at `node`, or -1.
    @inline(__always)
    func word(at node: Int32) -> Int32 { terminal[Int(node)] }
}

extension Array where Element == UInt32 {
    /// The longest word of `list` occurring at `index`.
    @inline(__always)
    func firstWord(of list: WordList, at index: Int) -> [UInt32]? { list.first(in: self, at: index) }

    /// The longest word of `list` that ends exactly at `index`.
    @inline(__always)
    func word(of list: WordList, endingAt index: Int) -> [UInt32]? { list.ending(in: self, at: index) }
}
