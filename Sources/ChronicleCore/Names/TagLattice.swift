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

    /// Forward scores (`delta`), back pointers and backward scores (`beta`), one row of
    /// 16 per position, kept between calls.
    private var delta: UnsafeMutablePointer<Float>
    private var back: UnsafeMutablePointer<Int32>
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
        back = .allocate(capacity: 1)
        beta = .allocate(capacity: 1)
    }

    /// Frees the buffers (a lattice is used by one call of the tagger).
    func deallocate() {
        delta.deallocate()
        back.deallocate()
        beta.deallocate()
    }

    private mutating func reserve(_ n: Int) {
        guard n > capacity else { return }
        deallocate()
        capacity = max(n, capacity * 2)
        delta = .allocate(capacity: capacity * Self.width)
        back = .allocate(capacity: capacity * Self.width)
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
        UnsafeMutableRawPointer(delta).storeBytes(of: start + e0, as: Row.self)
        for i in 1..<n {
            let p = delta + (i - 1) * w
            let e = UnsafeRawPointer(emissions + i * w)
            // Opening tags: the best of O, E-*, S-* before (ascending tag order, the
            // first of equals kept, as Viterbi).
            var best = Half(repeating: Self.forbidden * 2)
            var arg = SIMD8<Int32>(repeating: 0)
            fromClosing.withUnsafeBufferPointer { from in
                @inline(__always) func consider(_ j: Int, lane: Int, tag: Int32) {
                    let v = Half(repeating: p[lane]) + from[j]
                    let m = v .> best
                    best.replace(with: v, where: m)
                    arg.replace(with: tag, where: m)
                }
                consider(0, lane: 0, tag: 0)
                consider(1, lane: 9, tag: 3)
                consider(2, lane: 2, tag: 4)
                consider(3, lane: 11, tag: 7)
                consider(4, lane: 4, tag: 8)
                consider(5, lane: 13, tag: 11)
                consider(6, lane: 6, tag: 12)
            }
            let eLow = e.load(as: Half.self)
            (UnsafeMutableRawPointer(delta + i * w)).storeBytes(of: best + eLow, as: Half.self)
            (UnsafeMutableRawPointer(back + i * w)).storeBytes(of: arg, as: SIMD8<Int32>.self)
            // Continuing tags: B then I of the same kind.
            var bestC = Half(repeating: Self.forbidden * 2)
            var argC = SIMD8<Int32>(repeating: 0)
            let vB = Half(p[1], p[1], p[3], p[3], p[5], p[5], 0, 0) + fromB
            var m = vB .> bestC
            bestC.replace(with: vB, where: m)
            argC.replace(with: SIMD8<Int32>(1, 1, 5, 5, 9, 9, 0, 0), where: m)
            let vI = Half(p[8], p[8], p[10], p[10], p[12], p[12], 0, 0) + fromI
            m = vI .> bestC
            bestC.replace(with: vI, where: m)
            argC.replace(with: SIMD8<Int32>(2, 2, 6, 6, 10, 10, 0, 0), where: m)
            let eHigh = e.load(fromByteOffset: 32, as: Half.self)
            (UnsafeMutableRawPointer(delta + i * w + 8)).storeBytes(of: bestC + eHigh, as: Half.self)
            (UnsafeMutableRawPointer(back + i * w + 8)).storeBytes(of: argC, as: SIMD8<Int32>.self)
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
            arg = Int(back[i * w + TagLanes.forward(arg)])
            tags[i - 1] = UInt8(arg)
            i -= 1
        }
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
