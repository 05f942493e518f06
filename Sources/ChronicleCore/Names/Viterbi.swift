/// The best tag sequence under emission and transition scores, with the BIES
/// constraints of ``NameTag`` built in (an `I` never follows `O`, a name never ends
/// open). Buffers are kept between calls; one decoder per thread.
struct Viterbi {
    static let forbidden: Float = -1e30
    let t = NameTag.count
    /// `previous × next` transition scores with forbidden pairs at ``forbidden``.
    var transitions: [Float]
    var start: [Float]
    var end: [Float]
    /// For each tag, the tags that may precede it (the BIES constraints), flattened:
    /// `predecessors[predecessorStart[k]..<predecessorStart[k + 1]]`.
    private let predecessors: [Int]
    private let predecessorStart: [Int]
    private var delta: [Float] = []
    private var back: [UInt8] = []
    /// Best scores of the rest of the segment after each position and tag (without
    /// that position's emission), filled by ``computeMargins()``.
    private var beta: [Float] = []
    private var length = 0

    init(transitions: [Float], start: [Float], end: [Float]) {
        self.transitions = transitions
        self.start = start
        self.end = end
        var list: [Int] = [], starts: [Int] = [0]
        for n in 0..<NameTag.count {
            for p in 0..<NameTag.count where NameTag.allowed(UInt8(p), UInt8(n)) { list.append(p) }
            starts.append(list.count)
        }
        predecessors = list
        predecessorStart = starts
        for p in 0..<NameTag.count {
            if !NameTag.canStart(UInt8(p)) { self.start[p] = Self.forbidden }
            if !NameTag.canEnd(UInt8(p)) { self.end[p] = Self.forbidden }
            for n in 0..<NameTag.count where !NameTag.allowed(UInt8(p), UInt8(n)) { self.transitions[p * NameTag.count + n] = Self.forbidden }
        }
    }

    /// Decodes `n` positions of `emissions` (`n × tags`, position-major) into `tags`;
    /// `delta` rows stay readable through ``margin(at:tag:)`` until the next call.
    mutating func decode(_ emissions: UnsafeBufferPointer<Float>, count n: Int, into tags: inout [UInt8]) {
        tags.removeAll(keepingCapacity: true)
        guard n > 0 else { return }
        if delta.count < n * t {
            delta = [Float](repeating: 0, count: n * t * 2)
            back = [UInt8](repeating: 0, count: n * t * 2)
            beta = [Float](repeating: 0, count: n * t * 2)
        }
        length = n
        let t = self.t
        delta.withUnsafeMutableBufferPointer { d in
            back.withUnsafeMutableBufferPointer { b in
                transitions.withUnsafeBufferPointer { tr in
                  predecessors.withUnsafeBufferPointer { pred in
                    predecessorStart.withUnsafeBufferPointer { ps in
                    for k in 0..<t { d[k] = start[k] + emissions[k] }
                    for i in 1..<n {
                        let row = i * t, prev = row - t
                        for k in 0..<t {
                            // Only the tags allowed before k (forbidden ones never win).
                            var best = Self.forbidden * 2
                            var arg = 0
                            for q in ps[k]..<ps[k + 1] {
                                let p = pred[q]
                                let v = d[prev + p] + tr[p * t + k]
                                if v > best { best = v; arg = p }
                            }
                            d[row + k] = best + emissions[row + k]
                            b[row + k] = UInt8(arg)
                        }
                    }
                    }
                  }
                }
                var best = Self.forbidden * 2
                var arg = 0
                let last = (n - 1) * t
                for k in 0..<t where d[last + k] + end[k] > best {
                    best = d[last + k] + end[k]
                    arg = k
                }
                tags = [UInt8](repeating: 0, count: n)
                tags[n - 1] = UInt8(arg)
                var i = n - 1
                while i > 0 {
                    arg = Int(b[i * t + arg])
                    tags[i - 1] = UInt8(arg)
                    i -= 1
                }
            }
        }
    }

    /// Fills the backward scores for the `emissions` just decoded, so that
    /// ``margin(at:tag:)`` compares whole paths.
    mutating func computeMargins(_ emissions: UnsafeBufferPointer<Float>) {
        let n = length, t = self.t
        guard n > 0 else { return }
        beta.withUnsafeMutableBufferPointer { be in
            transitions.withUnsafeBufferPointer { tr in
                let last = (n - 1) * t
                for k in 0..<t { be[last + k] = end[k] }
                var i = n - 2
                while i >= 0 {
                    let row = i * t, next = row + t
                    for k in 0..<t { be[row + k] = Self.forbidden * 2 }
                    // Over the allowed pairs only (the predecessor lists read backwards).
                    for q in 0..<t {
                        let tail = emissions[next + q] + be[next + q]
                        for m in predecessorStart[q]..<predecessorStart[q + 1] {
                            let k = predecessors[m]
                            let v = tr[k * t + q] + tail
                            if v > be[row + k] { be[row + k] = v }
                        }
                    }
                    i -= 1
                }
            }
        }
    }

    /// How far the best whole path through `tag` at position `i` is ahead of the best
    /// whole path through any other tag there (max-marginals; 0 when another ties).
    /// Needs ``computeMargins()`` after the decode.
    func margin(at i: Int, tag: UInt8) -> Float {
        let row = i * t
        let chosen = delta[row + Int(tag)] + beta[row + Int(tag)]
        var other = Self.forbidden * 2
        for k in 0..<t where k != Int(tag) { other = max(other, delta[row + k] + beta[row + k]) }
        return chosen - other
    }
}
