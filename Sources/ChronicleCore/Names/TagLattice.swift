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
    /// The same with lane 7 at `-∞` (for finding a back pointer again), and that of O.
    private let intoOpening: [Half], intoOutside: Half
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
        intoOpening = toOpening.map { var h = $0; h[7] = -.infinity; return h }
        intoOutside = intoOpening[0]
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
        forward(emissions, n, delta, emissions, 0, delta)
        trace(into: &tags)
    }

    /// Decodes two sequences at once, `x`'s emissions `ex` (`nx` rows) into `tagsX` and
    /// `y`'s into `tagsY`, each as ``decode(_:count:into:)`` would (the lattices have the
    /// same transitions): the forward pass is a chain of dependent steps, and two
    /// independent chains side by side keep the processor busy while each step waits
    /// for the one before.
    static func decode(_ x: inout TagLattice, _ ex: UnsafePointer<Float>, count nx: Int, into tagsX: inout [UInt8],
                       _ y: inout TagLattice, _ ey: UnsafePointer<Float>, count ny: Int, into tagsY: inout [UInt8]) {
        guard nx > 0, ny > 0 else {
            x.decode(ex, count: nx, into: &tagsX)
            y.decode(ey, count: ny, into: &tagsY)
            return
        }
        tagsX.removeAll(keepingCapacity: true)
        tagsY.removeAll(keepingCapacity: true)
        x.reserve(nx)
        x.length = nx
        y.reserve(ny)
        y.length = ny
        x.forward(ex, nx, x.delta, ey, ny, y.delta)
        x.trace(into: &tagsX)
        y.trace(into: &tagsY)
    }

    /// The forward scores of `nx` (≥ 1) rows of emissions `ex` into `dx` and, side by
    /// side, of `ny` (≥ 0) rows `ey` into `dy`.
    ///
    /// The previous row stays in registers (its lanes broadcast by shuffles, not read
    /// back from memory), and the best of the seven closing tags is taken as a tree of
    /// maxima: the same value as taking them one after the other (no rounding in a
    /// maximum), in a shorter chain from one position to the next. ``Viterbi`` starts
    /// each maximum from `2 × forbidden`; here every candidate is above it (from the
    /// second position on every score is finite or `forbidden` plus a finite one), so
    /// it is left out. Only the scores are kept: the back pointers are found again
    /// while tracing the path (``predecessor(of:at:)``), in the original order of
    /// comparisons.
    private func forward(_ ex: UnsafePointer<Float>, _ nx: Int, _ dx: UnsafeMutablePointer<Float>,
                         _ ey: UnsafePointer<Float>, _ ny: Int, _ dy: UnsafeMutablePointer<Float>) {
        let w = Self.width
        let steps = Steps(fromClosing, fromB, fromI)
        let start = start
        @inline(__always) func first(_ e: UnsafePointer<Float>, _ d: UnsafeMutablePointer<Float>) -> (Half, Half) {
            let d0 = start + UnsafeRawPointer(e).load(as: Row.self)
            UnsafeMutableRawPointer(d).storeBytes(of: d0, as: Row.self)
            return (d0.lowHalf, d0.highHalf)
        }
        var (xlo, xhi) = first(ex, dx)
        var (ylo, yhi) = ny > 0 ? first(ey, dy) : (Half(), Half())
        var i = 1
        while i < min(nx, ny) {
            (xlo, xhi) = steps.step(xlo, xhi, UnsafeRawPointer(ex + i * w), UnsafeMutableRawPointer(dx + i * w))
            (ylo, yhi) = steps.step(ylo, yhi, UnsafeRawPointer(ey + i * w), UnsafeMutableRawPointer(dy + i * w))
            i += 1
        }
        var j = i
        while i < nx {
            (xlo, xhi) = steps.step(xlo, xhi, UnsafeRawPointer(ex + i * w), UnsafeMutableRawPointer(dx + i * w))
            i += 1
        }
        while j < ny {
            (ylo, yhi) = steps.step(ylo, yhi, UnsafeRawPointer(ey + j * w), UnsafeMutableRawPointer(dy + j * w))
            j += 1
        }
    }

    /// One step of the forward pass, with the transitions in registers.
    private struct Steps {
        let f0, f1, f2, f3, f4, f5, f6, fromB, fromI: Half

        @inline(__always)
        init(_ fromClosing: [Half], _ fromB: Half, _ fromI: Half) {
            f0 = fromClosing[0]
            f1 = fromClosing[1]
            f2 = fromClosing[2]
            f3 = fromClosing[3]
            f4 = fromClosing[4]
            f5 = fromClosing[5]
            f6 = fromClosing[6]
            self.fromB = fromB
            self.fromI = fromI
        }

        @_transparent
        func larger(_ a: Half, _ b: Half) -> Half { a.replacing(with: b, where: b .> a) }

        /// The row after `lo`, `hi` (the lanes 0–7 and 8–15 of the previous one) with
        /// emissions `e`, stored at `d`.
        @_transparent
        func step(_ lo: Half, _ hi: Half, _ e: UnsafeRawPointer, _ d: UnsafeMutableRawPointer) -> (Half, Half) {
            // Opening tags: the best of O, E-*, S-* before (lanes 0, 9, 2, 11, 4, 13, 6).
            let v0 = Half(repeating: lo[0]) + f0, v1 = Half(repeating: hi[1]) + f1
            let v2 = Half(repeating: lo[2]) + f2, v3 = Half(repeating: hi[3]) + f3
            let v4 = Half(repeating: lo[4]) + f4, v5 = Half(repeating: hi[5]) + f5
            let v6 = Half(repeating: lo[6]) + f6
            let best = larger(larger(larger(v0, v1), larger(v2, v3)), larger(larger(v4, v5), v6))
            // Continuing tags: B then I of the same kind.
            let vB = Half(lo[1], lo[1], lo[3], lo[3], lo[5], lo[5], 0, 0) + fromB
            let vI = Half(hi[0], hi[0], hi[2], hi[2], hi[4], hi[4], 0, 0) + fromI
            let bestC = larger(vB, vI)
            let lo = best + e.load(as: Half.self)
            let hi = bestC + e.load(fromByteOffset: 32, as: Half.self)
            d.storeBytes(of: lo, as: Half.self)
            d.storeBytes(of: hi, toByteOffset: 32, as: Half.self)
            // Lane 7 (no tag's) says whether O here follows O on its best path: O's own
            // candidate is the largest (it is the first, so it wins a tie). The trace
            // reads it instead of comparing the candidates again.
            d.storeBytes(of: v0[0] == best[0] ? 1 : 0, toByteOffset: 28, as: Float.self)
            return (lo, hi)
        }
    }

    /// The best path through the forward scores of the last sequence decoded.
    private func trace(into tags: inout [UInt8]) {
        let n = length, w = Self.width
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
            arg = arg == 0 && delta[i * w + 7] != 0 ? 0 : predecessor(of: arg, at: i)
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
            // The seven candidates at once (lane 7 out of the running); the first of the
            // largest is the one the forward pass kept (`>`: a later equal one never
            // replaced it). The common case, O, reads its transitions from a constant:
            // nothing in it waits for the tag after it to be known (the branch is
            // guessed), so the steps of the trace overlap.
            let v = Half(p[0], p[9], p[2], p[11], p[4], p[13], p[6], -.infinity) + (lane == 0 ? intoOutside : intoOpening[lane])
            // Mostly O after O: the first candidate at least as large as every other.
            if all(Half(repeating: v[0]) .>= v) { return 0 }
            let quarter = v.lowHalf.replacing(with: v.highHalf, where: v.highHalf .> v.lowHalf)
            let largest = Swift.max(Swift.max(quarter[0], quarter[1]), Swift.max(quarter[2], quarter[3]))
            guard largest > best else { return 0 }
            for k in 0..<7 where v[k] == largest { return TagLanes.closing[k] }
            return 0
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
        // As in the forward pass: the row after in registers, the best of seven as a tree
        // of maxima (the same value), without ``Viterbi``'s `2 × forbidden` to start from
        // (every candidate is above it: O's is finite, the others at worst `forbidden`
        // plus finite scores).
        @_transparent func larger(_ a: Half, _ b: Half) -> Half { a.replacing(with: b, where: b .> a) }
        let t0 = toOpening[0], t1 = toOpening[1], t2 = toOpening[2], t3 = toOpening[3]
        let t4 = toOpening[4], t5 = toOpening[5], t6 = toOpening[6], toI = toI, toE = toE
        let beta = beta
        var lo = endBackward.lowHalf, hi = endBackward.highHalf
        var i = n - 2
        while i >= max(first, 0) {
            let e = emissions + (i + 1) * w
            // What follows each opening tag q: its emission and its own best rest
            // (lanes 0, 8, 2, 10, 4, 12, 6 of the row after).
            let v0 = t0 + Half(repeating: e[0] + lo[0]), v1 = t1 + Half(repeating: e[1] + hi[0])
            let v2 = t2 + Half(repeating: e[2] + lo[2]), v3 = t3 + Half(repeating: e[3] + hi[2])
            let v4 = t4 + Half(repeating: e[4] + lo[4]), v5 = t5 + Half(repeating: e[5] + hi[4])
            let v6 = t6 + Half(repeating: e[6] + lo[6])
            let be = larger(larger(larger(v0, v1), larger(v2, v3)), larger(larger(v4, v5), v6))
            // Open tags: followed by the I (lanes 9, 11, 13), then the E (1, 3, 5) of their kind.
            let tailI0 = e[8] + hi[1], tailI1 = e[10] + hi[3], tailI2 = e[12] + hi[5]
            let tailE0 = e[9] + lo[1], tailE1 = e[11] + lo[3], tailE2 = e[13] + lo[5]
            let vI = toI + Half(tailI0, tailI0, tailI1, tailI1, tailI2, tailI2, 0, 0)
            let vE = toE + Half(tailE0, tailE0, tailE1, tailE1, tailE2, tailE2, 0, 0)
            let bo = larger(vI, vE)
            UnsafeMutableRawPointer(beta + i * w).storeBytes(of: be, as: Half.self)
            UnsafeMutableRawPointer(beta + i * w + 8).storeBytes(of: bo, as: Half.self)
            lo = be
            hi = bo
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
