/// The lexicon lists the name features read (``NameFeatures/flags(_:)``), as one byte
/// per scalar of the Basic Multilingual Plane saying which lists a word may start or end
/// with it (and whether it is a surname or a stop character), and a trie per list to
/// confirm a word where the byte says one could be: one table lookup per position
/// instead of a bitmap test per list, and no word copied out to say that it is there.
struct LexiconMarks: Sendable {
    static let startsCompound: UInt8 = 1, endsTitle: UInt8 = 2, startsFollower: UInt8 = 4, startsRole: UInt8 = 8
    static let startsBoundary: UInt8 = 16, endsOrganization: UInt8 = 32, surname: UInt8 = 64, stop: UInt8 = 128

    /// A list's words as a trie read forward (a word starting at a position) or
    /// backward (a word ending there).
    struct Words: Sendable {
        let trie: ScalarTrie

        init(_ list: WordList, backward: Bool) {
            trie = ScalarTrie(backward ? list.words.map { $0.reversed() } : list.words)
        }

        /// Is some word of the list written in `s` from `index` on?
        @inline(__always)
        func occurs(in s: UnsafeBufferPointer<UInt32>, at index: Int) -> Bool {
            var node: Int32 = 0
            var k = index
            while k < s.count {
                node = trie.child(node, s[k])
                if node < 0 { return false }
                if trie.word(at: node) >= 0 { return true }
                k += 1
            }
            return false
        }

        /// Does some word of the list (a backward trie) end in `s` just before `index`?
        @inline(__always)
        func endsIn(_ s: UnsafeBufferPointer<UInt32>, at index: Int) -> Bool {
            var node: Int32 = 0
            var k = index - 1
            while k >= 0 {
                node = trie.child(node, s[k])
                if node < 0 { return false }
                if trie.word(at: node) >= 0 { return true }
                k -= 1
            }
            return false
        }
    }

    /// The byte of each BMP scalar.
    let table: [UInt8]
    let compound, titles, followers, roleVerbs, boundaries, organizationSuffixes: Words
    private let others: [UInt32: UInt8]

    init(surnames: ScalarSet, stopCharacters: ScalarSet, compound: WordList, titles: WordList, followers: WordList,
         roleVerbs: WordList, boundaries: WordList, organizationSuffixes: WordList) {
        var table = [UInt8](repeating: 0, count: 65536)
        var others: [UInt32: UInt8] = [:]
        func mark(_ c: UInt32, _ bit: UInt8) {
            if c < 65536 { table[Int(c)] |= bit } else { others[c, default: 0] |= bit }
        }
        for w in compound.words { mark(w[0], Self.startsCompound) }
        for w in titles.words { mark(w[w.count - 1], Self.endsTitle) }
        for w in followers.words { mark(w[0], Self.startsFollower) }
        for w in roleVerbs.words { mark(w[0], Self.startsRole) }
        for w in boundaries.words { mark(w[0], Self.startsBoundary) }
        for w in organizationSuffixes.words { mark(w[w.count - 1], Self.endsOrganization) }
        for c in 0..<UInt32(65536) {
            if surnames.contains(c) { table[Int(c)] |= Self.surname }
            if stopCharacters.contains(c) { table[Int(c)] |= Self.stop }
        }
        self.table = table
        self.others = others
        self.compound = Words(compound, backward: false)
        self.titles = Words(titles, backward: true)
        self.followers = Words(followers, backward: false)
        self.roleVerbs = Words(roleVerbs, backward: false)
        self.boundaries = Words(boundaries, backward: false)
        self.organizationSuffixes = Words(organizationSuffixes, backward: true)
    }

    /// The byte of a scalar outside the BMP (surnames and stop characters are Han or
    /// punctuation of the BMP and are not looked up here: only the scalars around a Han
    /// one are).
    func outside(_ c: UInt32) -> UInt8 { others[c] ?? 0 }
}
