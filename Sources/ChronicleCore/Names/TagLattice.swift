/// Viterbi decoding and max-marginals for the tagger, over rows of 16 lanes laid out by
/// ``TagLanes``: each step works on two 8-lane vectors (the tags that open a name and
/// those that continue one) instead of looping over the 61 allowed tag pairs. It gives
/// exactly what ``Viterbi`` gives — the same additions in the same order, the same
/// comparisons, the same ties — and a test holds it to that; ``Viterbi`` stays the
/// reference and the trainer's decoder.
struct TagLattice {
    typealias Row = SIMD16<Float>
    typealias Half = SIMD8<Float>
    static let forbidden = Viterbi.forbidden
    static let width = 16

    /// For each closing tag `p` (``TagLanes/closing``, in order), `p → opening tags`.
    private let fromClosing: [Half]
    /// B → (I, E) and I → (I, E) of each kind, in the lanes of the continuing tags.
    private let fromB: Half, fromI: Half
    /// Backward: for each opening tag `q` (in order), `closing tags → q`.
    private let toOpening: [Half]
    /// Backward: open tags (B, I of each kind, ``TagLanes/open`` order) → I and → E.
    private let toI: Half, toE: Half
    /// Start scores (forward layout), end scores (forward and backward layouts), with
    /// the forbidden ones at ``forbidden``.
    private let start: Row
    private let end: [Float]
    private let endBackward: Row

    /// Forward scores (`delta`) and backward scores (`beta`), one row of 16 per
    /// position, kept between calls.
    private var delta: UnsafeMutablePointer<Float>
    private var beta: UnsafeMutablePointer<Float>
    private var capacity = 0
    private(set) var length = 0

    /// From the model's transition (`previous × next`), start and end scores.
    init(transitions tr: [Float], start: [Float], end: [Float]) {
        let t = NameTag.count
        func half(_ values: [Float]) -> Half {
            var h = Half(repeating: 0)
            for (i, v) in values.enumerated() { h[i] = v }
            return h
        }
        fromClosing = TagLanes.closing.map { p in half(TagLanes.opening.map { tr[p * t + $0] }) }
        fromB = half(TagLanes.continuing.map { tr[(($0 - 1) / 4 * 4 + 1) * t + $0] })
        fromI = half(TagLanes.continuing.map { tr[(($0 - 1) / 4 * 4 + 2) * t + $0] })
        toOpening = TagLanes.opening.map { q in half(TagLanes.closing.map { tr[$0 * t + q] }) }
        toI = half(TagLanes.open.map { tr[$0 * t + (($0 - 1) / 4 * 4 + 2)] })
        toE = half(TagLanes.open.map { tr[$0 * t + (($0 - 1) / 4 * 4 + 3)] })
        var s = Row(repeating: 0), e = [Float](repeating: 0, count: t), eb = Row(repeating: 0)
        for k in 0..<t {
            s[TagLanes.forward(k)] = NameTag.canStart(UInt8(k)) ? start[k] : Self.forbidden
            e[k] = NameTag.canEnd(UInt8(k)) ? end[k] : Self.forbidden
            eb[TagLanes.backward(k)] = e[k]
        }
        self.start = s
        self.end = e
        endBackward = eb
        delta = .allocate(capacity: 1)
        beta = .allocate(capacity: 1)
    }

    /// Frees the buffers (a lattice is used by one call of the tagger).
    func deallocate() {
        delta.deallocate()
        beta.deallocate()
    }

    private mutating func reserve(_ n: Int) {
        guard n > capacity else { return }
        deallocate()
        capacity = max(n, capacity * 2)
        delta = .allocate(capacity: capacity * Self.width)
        beta = .allocate(capacity: capacity * Self.width)
    }

    /// Decodes `n` rows of `emissions` (forward layout) into `tags` (original tag
    /// numbers), as ``Viterbi/decode(_:count:into:)``.
    mutating func decode(_ emissions: UnsafePointer<Float>, count n: Int, into tags: inout [UInt8]) {
        tags.removeAll(keepingCapacity: true)
        guard n > 0 else { return }
        reserve(n)
        length = n
        let w = Self.width
        let e0 = UnsafeRawPointer(emissions).load(as: Row.self)
        let d0 = start + e0
        UnsafeMutableRawPointer(delta).storeBytes(of: d0, as: Row.self)
        // The previous row stays in registers (its lanes broadcast by shuffles, not read
        // back from memory), and the best of the seven closing tags is taken as a tree
        // of maxima: the same value as taking them one after the other (no rounding in a
        // maximum), in a shorter chain from one position to the next. Only the scores
        // are kept: the back pointers are found again while tracing the path
        // (``predecessor(of:at:)``), in the original order of comparisons.
        var lo = d0.lowHalf, hi = d0.highHalf
        let floor = Half(repeating: Self.forbidden * 2)
        @inline(__always) func larger(_ a: Half, _ b: Half) -> Half { a.replacing(with: b, where: b .> a) }
        let f0 = fromClosing[0], f1 = fromClosing[1], f2 = fromClosing[2], f3 = fromClosing[3]
        let f4 = fromClosing[4], f5 = fromClosing[5], f6 = fromClosing[6], fromB = fromB, fromI = fromI
        let delta = delta
        for i in 1..<n {
            let e = UnsafeRawPointer(emissions + i * w)
            // Opening tags: the best of O, E-*, S-* before (lanes 0, 9, 2, 11, 4, 13, 6).
            let v0 = Half(repeating: lo[0]) + f0, v1 = Half(repeating: hi[1]) + f1
            let v2 = Half(repeating: lo[2]) + f2, v3 = Half(repeating: hi[3]) + f3
            let v4 = Half(repeating: lo[4]) + f4, v5 = Half(repeating: hi[5]) + f5
            let v6 = Half(repeating: lo[6]) + f6
            let best = larger(floor, larger(larger(larger(v0, v1), larger(v2, v3)), larger(larger(v4, v5), v6)))
            // Continuing tags: B then I of the same kind.
            let vB = Half(lo[1], lo[1], lo[3], lo[3], lo[5], lo[5], 0, 0) + fromB
            let vI = Half(hi[0], hi[0], hi[2], hi[2], hi[4], hi[4], 0, 0) + fromI
            let bestC = larger(larger(floor, vB), vI)
            lo = best + e.load(as: Half.self)
            hi = bestC + e.load(fromByteOffset: 32, as: Half.self)
            UnsafeMutableRawPointer(delta + i * w).storeBytes(of: lo, as: Half.self)
            UnsafeMutableRawPointer(delta + i * w + 8).storeBytes(of: hi, as: Half.self)
        }
        var best = Self.forbidden * 2
        var arg = 0
        let last = delta + (n - 1) * w
        for k in 0..<NameTag.count where last[TagLanes.forward(k)] + end[k] > best {
            best = last[TagLanes.forward(k)] + end[k]
            arg = k
        }
        tags.append(contentsOf: repeatElement(0, count: n))  // (in the capacity kept)
        tags[n - 1] = UInt8(arg)
        var i = n - 1
        while i > 0 {
            arg = predecessor(of: arg, at: i)
            tags[i - 1] = UInt8(arg)
            i -= 1
        }
    }

    /// The tag before `tag` at position `i` on the best path: the back pointer the
    /// forward pass chose, found again from its scores (the same additions and
    /// comparisons in the same order, so the same first of equals).
    @inline(__always)
    private func predecessor(of tag: Int, at i: Int) -> Int {
        let p = delta + (i - 1) * Self.width
        let lane = TagLanes.forward(tag)
        var best = Self.forbidden * 2
        var arg = 0
        if lane < 8 {
            fromClosing.withUnsafeBufferPointer { from in
                @inline(__always) func consider(_ j: Int, lane q: Int, tag t: Int) {
                    let v = p[q] + from[j][lane]
                    if v > best { best = v; arg = t }
                }
                consider(0, lane: 0, tag: 0)
                consider(1, lane: 9, tag: 3)
                consider(2, lane: 2, tag: 4)
                consider(3, lane: 11, tag: 7)
                consider(4, lane: 4, tag: 8)
                consider(5, lane: 13, tag: 11)
                consider(6, lane: 6, tag: 12)
            }
            return arg
        }
        // B (lane 1, 3, 5) then I (lane 8, 10, 12) of the tag's kind.
        let kind = (lane - 8) >> 1
        let vB = p[1 + 2 * kind] + fromB[lane - 8]
        if vB > best { best = vB; arg = 1 + 4 * kind }
        let vI = p[8 + 2 * kind] + fromI[lane - 8]
        if vI > best { arg = 2 + 4 * kind }
        return arg
    }

    /// Fills the backward scores of the rows `from..<length` of the `emissions` just
    /// decoded (the margins of earlier positions are not needed), as
    /// ``Viterbi/computeMargins(_:)``.
    mutating func computeMargins(_ emissions: UnsafePointer<Float>, from first: Int = 0) {
        let n = length, w = Self.width
        guard n > 0 else { return }
        UnsafeMutableRawPointer(beta + (n - 1) * w).storeBytes(of: endBackward, as: Row.self)
        var i = n - 2
        while i >= max(first, 0) {
            let e = emissions + (i + 1) * w, b = beta + (i + 1) * w
            // What follows each opening tag q: its emission and its own best rest.
            var be = Half(repeating: Self.forbidden * 2)
            toOpening.withUnsafeBufferPointer { to in
                @inline(__always) func consider(_ j: Int, _ q: Int) {
                    let v = to[j] + Half(repeating: e[j] + b[q])
                    be.replace(with: v, where: v .> be)
                }
                consider(0, 0)
                consider(1, 8)
                consider(2, 2)
                consider(3, 10)
                consider(4, 4)
                consider(5, 12)
                consider(6, 6)
            }
            UnsafeMutableRawPointer(beta + i * w).storeBytes(of: be, as: Half.self)
            // Open tags: followed by the I, then the E of their kind.
            let tailI0 = e[8] + b[9], tailI1 = e[10] + b[11], tailI2 = e[12] + b[13]
            let tailE0 = e[9] + b[1], tailE1 = e[11] + b[3], tailE2 = e[13] + b[5]
            var bo = Half(repeating: Self.forbidden * 2)
            let vI = toI + Half(tailI0, tailI0, tailI1, tailI1, tailI2, tailI2, 0, 0)
            bo.replace(with: vI, where: vI .> bo)
            let vE = toE + Half(tailE0, tailE0, tailE1, tailE1, tailE2, tailE2, 0, 0)
            bo.replace(with: vE, where: vE .> bo)
            UnsafeMutableRawPointer(beta + i * w + 8).storeBytes(of: bo, as: Half.self)
            i -= 1
        }
    }

    /// How far the best whole path through `tag` at position `i` is ahead of the best
    /// through any other tag there, as ``Viterbi/margin(at:tag:)``.
    func margin(at i: Int, tag: UInt8) -> Float {
        let d = delta + i * Self.width, b = beta + i * Self.width
        let chosen = d[TagLanes.forward(Int(tag))] + b[TagLanes.backward(Int(tag))]
        var other = Self.forbidden * 2
        for k in 0..<NameTag.count where k != Int(tag) { other = max(other, d[TagLanes.forward(k)] + b[TagLanes.backward(k)]) }
        return chosen - other
    }
}
