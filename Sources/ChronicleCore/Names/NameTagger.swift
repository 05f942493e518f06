import Foundation

/// Marks person, organization and place names in text with the character model
/// (``NameModel``): each position's features (``NameFeatures``) score the 13 tags, and
/// Viterbi decoding finds the best tag sequence of each sentence. Pure Swift; the
/// weights are loaded once.
public struct NameTagger: Sendable {
    /// The model's bucket bits and weight scale (its weights live on in `rows` only).
    let bits: Int, scale: Double
    let features: NameFeatures
    private let transitions: [Float], start: [Float], end: [Float]
    /// The weights, each bucket's 13 in a 16-wide row (lanes by ``TagLanes``)
    /// aligned to 32 bytes, so that a feature costs one cache line and one vector load.
    private let rows: WeightRows
    /// ``NameFeatures/characterClass(_:)`` of every scalar of the Basic Multilingual
    /// Plane, looked up instead of computed per character.
    private let classes: ScalarClasses

    public init(model: NameModel, lexicon: Lexicon = .standard) {
        bits = model.bits
        scale = model.scale
        rows = WeightRows(model)
        classes = ScalarClasses.shared
        features = NameFeatures(lexicon: lexicon)
        let s = Float(1 / model.scale)
        transitions = model.transitions.map { Float($0) * s }
        start = model.start.map { Float($0) * s }
        end = model.end.map { Float($0) * s }
    }

    /// The shipped model (or the file `CHRONICLE_NAME_MODEL` names), loaded on first
    /// use; an error names the file and what to do.
    public static let standard: Result<NameTagger, NameModelError> = {
        if let path = ProcessInfo.processInfo.environment["CHRONICLE_NAME_MODEL"], !path.isEmpty {
            return Result { () throws(NameModelError) -> NameTagger in NameTagger(model: try NameModel.load(path: path)) }
        }
        guard let path = NameModel.bundledPath else {
            return .failure(NameModelError(path: "Resources/names.model", message: "the name model is missing from the build; rebuild it with `make train-model`"))
        }
        return Result { () throws(NameModelError) -> NameTagger in NameTagger(model: try NameModel.load(path: path)) }
    }()

    /// Where sentences are split before decoding (as in training).
    @inline(__always)
    static func isSegmentEnd(_ c: UInt32) -> Bool {
        c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0x0A || c == 0xFF1B || c == 0x21 || c == 0x3F
    }

    /// The names in `text` (offsets in its Unicode scalars).
    public func names(in text: String) -> [NameSpan] {
        // One pass over the text (`map` counts the scalars first).
        var s: [UInt32] = []
        s.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { s.append(scalar.value) }
        return names(in: s, flags: features.flags(s), range: 0..<s.count)
    }

    /// The names in `range` of the scalars `s`.
    func names(in s: [UInt32], range: Range<Int>) -> [NameSpan] {
        names(in: s, flags: features.flags(s), range: range)
    }

    /// The names in `range` of `s`, whose lexicon flags are `flags` (from
    /// ``NameFeatures/flags(_:)`` over all of `s`).
    ///
    /// Per segment: the buckets of every position first, each row asked for as soon as
    /// its bucket is known (so that the memory works while the next buckets are hashed),
    /// then the rows added position by position; then ``TagLattice``, two segments at a
    /// time (their decoding chains side by side).
    func names(in s: [UInt32], flags: [UInt8], range: Range<Int>) -> [NameSpan] {
        guard !range.isEmpty else { return [] }
        var spans: [NameSpan] = []
        // A segment with its emissions waits in `x` until the next one is in `y`.
        var x = Segment(TagLattice(transitions: transitions, start: start, end: end))
        var y = Segment(TagLattice(transitions: transitions, start: start, end: end))
        var waiting = false
        defer {
            x.deallocate()
            y.deallocate()
        }
        let f = NameFeatures.count, w = WeightRows.width
        let shift = UInt64(64 - bits)
        let unit = Float(1 / scale)
        // Scratch space for the longest segment, grown as needed; what the features
        // read is taken once per scalar of a segment and three either side (normalized
        // scalars, classes and flags; sentinels outside the text).
        var capacity = 0
        var buckets = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        var nv = UnsafeMutablePointer<UInt32>.allocate(capacity: 1)
        var kv = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        var fv = UnsafeMutablePointer<UInt16>.allocate(capacity: 1)
        defer {
            buckets.deallocate()
            nv.deallocate()
            kv.deallocate()
            fv.deallocate()
        }
        let rows = self.rows
        let bias = self.bias(shift: shift)
        let keep = SIMD16<Int32>(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 0)
        // The window of position `j` of the scratch rows.
        @inline(__always) func window(_ j: Int) -> NameFeatures.Window {
            NameFeatures.Window(
                m3: UInt64(nv[j - 3]), m2: UInt64(nv[j - 2]), m1: UInt64(nv[j - 1]), c0: UInt64(nv[j]), p1: UInt64(nv[j + 1]),
                p2: UInt64(nv[j + 2]), p3: UInt64(nv[j + 3]),
                km2: UInt64(kv[j - 2]), km1: UInt64(kv[j - 1]), k0: UInt64(kv[j]), kp1: UInt64(kv[j + 1]), kp2: UInt64(kv[j + 2]),
                fm1: UInt64(fv[j - 1]), f0: UInt64(fv[j]), fp1: UInt64(fv[j + 1]))
        }
        let classes = self.classes.base
        s.withUnsafeBufferPointer { sp in
            flags.withUnsafeBufferPointer { flags in
                var a = range.lowerBound
                while a < range.upperBound {
                    // A segment ends after a sentence end (as in training).
                    var b = a
                    var hasHan = false
                    while b < range.upperBound {
                        let c = sp[b]
                        b += 1
                        if !hasHan, U.isHan(c) { hasHan = true }
                        if Self.isSegmentEnd(c) { break }
                    }
                    defer { a = b }
                    guard hasHan else { continue }
                    let n = b - a
                    if n > capacity {
                        buckets.deallocate()
                        nv.deallocate()
                        kv.deallocate()
                        fv.deallocate()
                        capacity = max(n, capacity * 2)
                        buckets = .allocate(capacity: capacity * f)
                        nv = .allocate(capacity: capacity + 6)
                        kv = .allocate(capacity: capacity + 6)
                        fv = .allocate(capacity: capacity + 6)
                    }
                    // Features see the whole text (a name at a sentence start still
                    // sees the character before), as in training.
                    for j in 0..<n + 6 {
                        let k = a - 3 + j
                        guard k >= 0, k < sp.count else {
                            nv[j] = 0x110000
                            kv[j] = 0
                            fv[j] = 0x100
                            continue
                        }
                        let c = NameFeatures.normalized(sp[k])
                        nv[j] = c
                        kv[j] = c < 0x10000 ? classes[Int(c)] : UInt8(NameFeatures.characterClass(c))
                        fv[j] = UInt16(flags[k])
                    }
                    // Each row is asked for as its bucket comes (kept as a byte offset).
                    @inline(__always) func hash(shift: UInt64) {
                        for r in 0..<n {
                            let x = buckets + r * f
                            NameFeatures.forEachBucket(window(r + 3), shift: shift) { q, b in
                                let offset = b &<< WeightRows.rowShift
                                x[q] = offset
                                if q > 0 { rows.prefetch(offset: offset) }
                            }
                        }
                    }
                    // The shipped model's 2^19 buckets (the trainer's default) with the
                    // shift as a constant (an immediate operand, not a register kept for it).
                    if shift == 45 { hash(shift: 45) } else { hash(shift: shift) }
                    if waiting { y.reserve(n) } else { x.reserve(n) }
                    let emissions = waiting ? y.emissions : x.emissions
                    // Feature 0 is the bias (`bias`, in 32 bits); the other 20 rows
                    // are added in 16 bits when their magnitudes allow it.
                    for r in 0..<n {
                        let x = buckets + r * f
                        var acc = SIMD16<Int16>()
                        for q in 1..<f { acc &+= rows.row(offset: x[q]) }
                        var sum: SIMD16<Int32>
                        if acc[WeightRows.magnitudeLane] <= WeightRows.exactMagnitude {
                            sum = widened(acc) &+ bias
                        } else {
                            sum = bias
                            for q in 1..<f { sum &+= widened(rows.row(offset: x[q])) }
                        }
                        let o = emissions + r * w
                        sum &= keep
                        for k in 0..<w { o[k] = Float(sum[k]) * unit }
                    }
                    if !waiting {
                        x.start = a
                        x.count = n
                        waiting = true
                        continue
                    }
                    y.start = a
                    y.count = n
                    TagLattice.decode(&x.lattice, x.emissions, count: x.count, into: &x.tags,
                                      &y.lattice, y.emissions, count: n, into: &y.tags)
                    x.spans(into: &spans)
                    y.spans(into: &spans)
                    waiting = false
                }
            }
        }
        if waiting {
            x.lattice.decode(x.emissions, count: x.count, into: &x.tags)
            x.spans(into: &spans)
        }
        return spans
    }

    /// A segment between its emissions and its spans: where it starts in the text, its
    /// length, its emission rows (grown as needed), lattice and tags.
    private struct Segment {
        var lattice: TagLattice
        var emissions = UnsafeMutablePointer<Float>.allocate(capacity: 1)
        var capacity = 0
        var tags: [UInt8] = []
        var start = 0, count = 0

        init(_ lattice: TagLattice) { self.lattice = lattice }

        /// Room for the emissions of `n` positions.
        mutating func reserve(_ n: Int) {
            guard n > capacity else { return }
            emissions.deallocate()
            capacity = max(n, capacity * 2)
            emissions = .allocate(capacity: capacity * WeightRows.width)
        }

        func deallocate() {
            emissions.deallocate()
            lattice.deallocate()
        }

        /// The names the decoded tags mark, each with its smallest margin squashed
        /// (a margin of 4 weight units reads 0.73, 9 reads 0.9).
        mutating func spans(into spans: inout [NameSpan]) {
            let a = start
            let found = NameTag.decode(tags, base: a)
            guard let first = found.first else { return }
            lattice.computeMargins(emissions, from: first.range.lowerBound - a)
            for var span in found {
                var least = Float.infinity
                for i in span.range { least = min(least, lattice.margin(at: i - a, tag: tags[i - a])) }
                span.score = 1 / (1 + exp(-Double(least) / 4))
                spans.append(span)
            }
        }
    }

    /// The bias row (feature 0, the same bucket at every position) in 32 bits, without
    /// the magnitude lane.
    private func bias(shift: UInt64) -> SIMD16<Int32> {
        var x = [Int](repeating: 0, count: NameFeatures.count)
        x.withUnsafeMutableBufferPointer { NameFeatures.indices(NameFeatures.Window(m3: 0, m2: 0, m1: 0, c0: 0, p1: 0, p2: 0, p3: 0, km2: 0, km1: 0, k0: 0, kp1: 0, kp2: 0, fm1: 0, f0: 0, fp1: 0), shift: shift, into: $0.baseAddress!) }
        var row = SIMD16<Int32>(truncatingIfNeeded: rows.row(x[0]))
        row[WeightRows.magnitudeLane] = 0
        return row
    }
}

/// `SIMD16<Int32>(truncatingIfNeeded:)` of 16-bit lanes, written out lane by lane so that
/// it is inlined (the generic initializer was a call per position).
@inline(__always)
private func widened(_ v: SIMD16<Int16>) -> SIMD16<Int32> {
    var out = SIMD16<Int32>()
    for k in 0..<16 { out[k] = Int32(v[k]) }
    return out
}

/// ``NameFeatures/characterClass(_:)`` of the scalars below U+10000, one byte each.
final class ScalarClasses: @unchecked Sendable {
    let base: UnsafeMutablePointer<UInt8>

    private init() {
        base = .allocate(capacity: 0x10000)
        for c in 0..<0x10000 { base[c] = UInt8(NameFeatures.characterClass(UInt32(c))) }
    }

    static let shared = ScalarClasses()
}
