/// The features the name model reads at each character: the characters around it
/// (unigrams two either side, bigrams and trigrams reaching three), their classes, and what the lexicon says about the
/// place (a surname here, a title word just before, a role verb just after …). Each
/// feature is hashed with its template number into one of `2^bits` buckets, so the
/// model's size is fixed whatever the training text. Training and tagging use this one
/// definition, so they cannot drift apart.
struct NameFeatures: Sendable {
    /// Features per position (the length of each row ``indices(…)`` fills).
    static let count = 21

    let titleWords: WordList
    let followers: WordList
    let roleVerbs: WordList
    let boundaries: WordList
    let compoundSurnames: WordList
    let surnames: ScalarSet
    let stopCharacters: ScalarSet
    let organizationSuffixes: WordList
    /// The same lists as one table of scalars and tries, for ``flags(_:)``.
    let marks: LexiconMarks

    init(lexicon: Lexicon) {
        titleWords = WordList(lexicon.words("title-words") + lexicon.words("group-titles"))
        followers = lexicon.wordList("name-followers")
        roleVerbs = WordList(lexicon.words("chair-verbs") + lexicon.words("attend-verbs") + lexicon.words("speak-verbs"))
        boundaries = lexicon.wordList("name-boundaries")
        compoundSurnames = lexicon.wordList("compound-surnames")
        surnames = ScalarSet(lexicon.surnameScalars)
        stopCharacters = ScalarSet(lexicon.entries("name-stop-characters").flatMap { $0.unicodeScalars.map(\.value) })
        organizationSuffixes = lexicon.wordList("organization-suffixes")
        marks = LexiconMarks(surnames: surnames, stopCharacters: stopCharacters, compound: compoundSurnames, titles: titleWords,
                             followers: followers, roleVerbs: roleVerbs, boundaries: boundaries, organizationSuffixes: organizationSuffixes)
    }

    /// A fingerprint of the lexicon sections the features read: a model trained with
    /// another lexicon reads different features, and says so when loaded.
    static func fingerprint(_ lexicon: Lexicon) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for section in ["title-words", "group-titles", "name-followers", "chair-verbs", "attend-verbs", "speak-verbs",
                        "name-boundaries", "compound-surnames", "surnames", "name-stop-characters", "organization-suffixes"] {
            for entry in [section] + lexicon.entries(section).sorted() {
                for b in entry.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
                h = (h ^ 0x0A) &* 0x100_0000_01B3
            }
        }
        return h
    }

    // Lexicon flags of a position.
    static let surnameHere: UInt8 = 1, compoundHere: UInt8 = 2, titleBefore: UInt8 = 4, followerAfter: UInt8 = 8
    static let roleAfter: UInt8 = 16, boundaryAfter: UInt8 = 32, stopHere: UInt8 = 64, organizationEndsHere: UInt8 = 128

    /// The lexicon flags of every position of `s`.
    func flags(_ s: [UInt32]) -> [UInt8] {
        var flags = [UInt8](repeating: 0, count: s.count)
        let n = s.count
        s.withUnsafeBufferPointer { sp in
            flags.withUnsafeMutableBufferPointer { out in
                marks.table.withUnsafeBufferPointer { table in
                    // What each scalar may start or end, from one table (the lists'
                    // tries are walked only where it says a word could be there).
                    @inline(__always) func mark(_ k: Int) -> UInt8 {
                        let c = sp[k]
                        return c < 65536 ? table[Int(c)] : marks.outside(c)
                    }
                    for i in 0..<n {
                        let c = sp[i]
                        guard U.isHan(c) else { continue }
                        let here = table[Int(c)]
                        var f: UInt8 = 0
                        if here & LexiconMarks.surname != 0 { f |= Self.surnameHere }
                        if here & LexiconMarks.startsCompound != 0, marks.compound.occurs(in: sp, at: i) { f |= Self.compoundHere }
                        if i > 0, mark(i - 1) & LexiconMarks.endsTitle != 0, marks.titles.endsIn(sp, at: i) { f |= Self.titleBefore }
                        if i + 1 < n {
                            let next = mark(i + 1)
                            if next & LexiconMarks.startsFollower != 0, marks.followers.occurs(in: sp, at: i + 1) { f |= Self.followerAfter }
                            if next & LexiconMarks.startsRole != 0, marks.roleVerbs.occurs(in: sp, at: i + 1) { f |= Self.roleAfter }
                            if next & LexiconMarks.startsBoundary != 0, marks.boundaries.occurs(in: sp, at: i + 1) { f |= Self.boundaryAfter }
                        }
                        if here & LexiconMarks.stop != 0 { f |= Self.stopHere }
                        if here & LexiconMarks.endsOrganization != 0, marks.organizationSuffixes.endsIn(sp, at: i + 1) { f |= Self.organizationEndsHere }
                        out[i] = f
                    }
                }
            }
        }
        return flags
    }

    /// A scalar as the features see it: digits folded to `0`, Latin letters to `a`,
    /// full-width forms to their ASCII ones; sentinels outside the text.
    @inline(__always)
    static func normalized(_ c: UInt32) -> UInt32 {
        var c = c
        if c >= 0xFF01 && c <= 0xFF5E { c -= 0xFEE0 }
        if c >= 0x30 && c <= 0x39 { return 0x30 }
        if (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) { return 0x61 }
        return c
    }

    /// The class of a scalar: Han 1, Chinese numeral 2, digit 3, Latin 4, name dot 5,
    /// space 6, other punctuation 7, outside the text 0.
    @inline(__always)
    static func characterClass(_ c: UInt32) -> UInt64 {
        switch c {
        case 0x110000: return 0
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x96F6, 0x3007, 0x767E, 0x5343, 0x4E07: return 2
        case 0x30...0x39, 0xFF10...0xFF19: return 3
        case 0x41...0x5A, 0x61...0x7A, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return 4
        case 0xB7, 0x2022, 0x2027, 0x30FB, 0xFF65: return 5
        case 0x20, 0x3000, 0x09: return 6
        default: return U.isHan(c) ? 1 : 7
        }
    }

    /// A feature's key: its template number in the top bits and up to three 21-bit
    /// scalars (or classes and flags) packed below, folded into a bucket by one
    /// multiplication (Fibonacci hashing: the product's top bits).
    @inline(__always)
    static func bucket(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0, shift: UInt64) -> Int {
        let key = (template &* 0xD6E8_FEB8_6659_FD93) ^ a ^ (b << 21) ^ (c << 42)
        // shift is 40…56: the bucket is never negative (and needs no check that it is).
        return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    /// Writes the bucket of each feature of position `i` into `out[0..<count]`
    /// (`shift` is 64 − the model's bucket bits).
    @inline(__always)
    static func indices(_ s: UnsafeBufferPointer<UInt32>, _ flags: UnsafeBufferPointer<UInt8>, _ i: Int, shift: UInt64, into out: UnsafeMutablePointer<Int>) {
        let n = s.count
        @inline(__always) func at(_ k: Int) -> UInt64 { k >= 0 && k < n ? UInt64(normalized(s[k])) : 0x110000 }
        @inline(__always) func flag(_ k: Int) -> UInt64 { k >= 0 && k < n ? UInt64(flags[k]) : 0x100 }
        let m2 = at(i - 2), m1 = at(i - 1), c0 = at(i), p1 = at(i + 1), p2 = at(i + 2)
        indices(Window(m3: at(i - 3), m2: m2, m1: m1, c0: c0, p1: p1, p2: p2, p3: at(i + 3),
                       km2: characterClass(UInt32(m2)), km1: characterClass(UInt32(m1)), k0: characterClass(UInt32(c0)),
                       kp1: characterClass(UInt32(p1)), kp2: characterClass(UInt32(p2)),
                       fm1: flag(i - 1), f0: flag(i), fp1: flag(i + 1)), shift: shift, into: out)
    }

    /// What the features of one position read: the normalized scalars three either side
    /// (``normalized(_:)``, `0x110000` outside the text), the classes of those two either
    /// side (``characterClass(_:)``) and the lexicon flags one either side (`0x100` outside).
    struct Window {
        var m3, m2, m1, c0, p1, p2, p3: UInt64
        var km2, km1, k0, kp1, kp2: UInt64
        var fm1, f0, fp1: UInt64
    }

    /// Writes the bucket of each feature of a position seen through `w` into
    /// `out[0..<count]`.
    @inline(__always)
    static func indices(_ w: Window, shift: UInt64, into out: UnsafeMutablePointer<Int>) {
        forEachBucket(w, shift: shift) { q, b in out[q] = b }
    }

    /// Hands `visit` each feature number `0..<count` of a position seen through `w`
    /// with its bucket, in order: the one definition of the feature templates (the
    /// tagger uses the buckets as they come, the trainer through ``indices(_:shift:into:)``).
    @inline(__always)
    static func forEachBucket(_ w: Window, shift: UInt64, _ visit: (Int, Int) -> Void) {
        let m3 = w.m3, m2 = w.m2, m1 = w.m1, c0 = w.c0, p1 = w.p1, p2 = w.p2, p3 = w.p3
        let k0 = w.k0, km1 = w.km1, kp1 = w.kp1, km2 = w.km2, kp2 = w.kp2
        let f0 = w.f0, fm1 = w.fm1, fp1 = w.fp1
        visit(0, bucket(1, 0, shift: shift))  // bias
        visit(1, bucket(2, c0, shift: shift))
        visit(2, bucket(3, m1, shift: shift))
        visit(3, bucket(4, p1, shift: shift))
        visit(4, bucket(5, m2, shift: shift))
        visit(5, bucket(6, p2, shift: shift))
        visit(6, bucket(7, m1, c0, shift: shift))
        visit(7, bucket(8, c0, p1, shift: shift))
        visit(8, bucket(9, m2, m1, shift: shift))
        visit(9, bucket(10, p1, p2, shift: shift))
        visit(10, bucket(11, m1, p1, shift: shift))
        visit(11, bucket(12, m1, c0, p1, shift: shift))
        visit(12, bucket(13, km2 | km1 << 4 | k0 << 8 | kp1 << 12 | kp2 << 16, shift: shift))
        visit(13, bucket(14, f0 | fm1 << 9, fp1, shift: shift))
        visit(14, bucket(15, f0, c0, shift: shift))
        visit(15, bucket(16, fm1, m1 << 3 | k0, shift: shift))
        visit(16, bucket(17, fp1, p1 << 3 | k0, shift: shift))
        visit(17, bucket(18, m2, m1, c0, shift: shift))
        // Three either side: what stands after a name's last character (`…|等地`,
        // `…|难民营`) or before its first (`首都|…`) tells a person from a place.
        visit(18, bucket(19, c0, p1, p2, shift: shift))
        visit(19, bucket(20, p2, p3, shift: shift))
        visit(20, bucket(21, m3, m2, shift: shift))
    }
}
