import Foundation

/// Trains the name model as an averaged structured perceptron (Collins 2002): decode
/// each sentence with the current weights (``Viterbi``), and where the best tags differ
/// from the reference, add the reference's features and subtract the prediction's; the
/// model is the average of the weights over every step, which generalizes like a CRF's
/// at a fraction of the cost. Deterministic: the same examples, epochs and seed give
/// the same bytes.
public struct NameTrainer {
    /// One text with its reference spans.
    public struct Example: Sendable {
        var scalars: [UInt32]
        var flags: [UInt8]
        var tags: [UInt8]
        var segments: [Range<Int>]
    }

    public var bits: Int
    public var epochs: Int
    public var seed: UInt64
    let features: NameFeatures
    let lexicon: Lexicon

    public init(bits: Int = 19, epochs: Int = 6, seed: UInt64 = 1, lexicon: Lexicon = .standard) {
        self.bits = bits
        self.epochs = epochs
        self.seed = seed
        self.lexicon = lexicon
        features = NameFeatures(lexicon: lexicon)
    }

    /// An example from a text and its spans. Person spans written around a name dot
    /// (`佐科`, `·`, `维多多`) are joined into one name, as Chronicle reads them.
    public func example(text: String, spans: [NameSpan]) -> Example {
        let s = text.unicodeScalars.map(\.value)
        var joined: [NameSpan] = []
        for span in spans.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            if let last = joined.last, last.kind == .person, span.kind == .person, span.range.lowerBound == last.range.upperBound + 1,
                last.range.upperBound < s.count, NameFeatures.characterClass(s[last.range.upperBound]) == 5
            {
                joined[joined.count - 1].range = last.range.lowerBound..<span.range.upperBound
                continue
            }
            joined.append(span)
        }
        var segments: [Range<Int>] = []
        var start = 0
        for i in 0..<s.count where NameTagger.isSegmentEnd(s[i]) {
            if i + 1 > start { segments.append(start..<i + 1) }
            start = i + 1
        }
        if start < s.count { segments.append(start..<s.count) }
        return Example(scalars: s, flags: features.flags(s), tags: NameTag.encode(length: s.count, spans: joined), segments: segments)
    }

    /// Trains on the examples; `progress` hears each epoch's count of tag errors.
    public func train(_ examples: [Example], progress: (Int, Int, Int) -> Void = { _, _, _ in }) -> NameModel {
        let t = NameTag.count
        let buckets = 1 << bits
        let shift = UInt64(64 - bits)
        var w = [Float](repeating: 0, count: buckets * t)
        var u = [Double](repeating: 0, count: buckets * t)
        var tw = [Float](repeating: 0, count: t * t + 2 * t)
        var tu = [Double](repeating: 0, count: t * t + 2 * t)
        var c: Double = 1
        var order: [(Int, Int)] = []
        for (e, example) in examples.enumerated() {
            for (k, segment) in example.segments.enumerated() where example.scalars[segment].contains(where: U.isHan) { order.append((e, k)) }
        }
        var rng = SplitMix64(seed: seed)
        var idx = [Int](repeating: 0, count: 0)
        var emissions = [Float](repeating: 0, count: 0)
        var predicted: [UInt8] = []
        let f = NameFeatures.count
        for epoch in 0..<epochs {
            // Fisher–Yates with our own generator: the same order on every machine.
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                let j = Int(rng.next() % UInt64(i + 1))
                order.swapAt(i, j)
            }
            var errors = 0, positions = 0
            var decoder = Viterbi(transitions: Array(tw[0..<t * t]), start: Array(tw[t * t..<t * t + t]), end: Array(tw[t * t + t..<t * t + 2 * t]))
            for (e, k) in order {
                let example = examples[e]
                let segment = example.segments[k]
                let n = segment.count
                if idx.count < n * f { idx = [Int](repeating: 0, count: n * f * 2) }
                if emissions.count < n * t { emissions = [Float](repeating: 0, count: n * t * 2) }
                example.scalars.withUnsafeBufferPointer { sp in
                    example.flags.withUnsafeBufferPointer { fp in
                        idx.withUnsafeMutableBufferPointer { ip in
                            for i in 0..<n { NameFeatures.indices(sp, fp, segment.lowerBound + i, shift: shift, into: ip.baseAddress! + i * f) }
                        }
                    }
                }
                w.withUnsafeBufferPointer { wp in
                    for i in 0..<n {
                        for k in 0..<t { emissions[i * t + k] = 0 }
                        for j in 0..<f {
                            let row = idx[i * f + j] * t
                            for k in 0..<t { emissions[i * t + k] += wp[row + k] }
                        }
                    }
                }
                emissions.withUnsafeBufferPointer { decoder.decode($0, count: n, into: &predicted) }
                let gold = example.tags[segment]
                positions += n
                var changedTransitions = false
                for i in 0..<n {
                    let g = Int(gold[segment.lowerBound + i]), p = Int(predicted[i])
                    if g != p {
                        errors += 1
                        for j in 0..<f {
                            let row = idx[i * f + j] * t
                            w[row + g] += 1; u[row + g] += c
                            w[row + p] -= 1; u[row + p] -= c
                        }
                    }
                    // Transition, start and end weights where the pair differs.
                    let gp = i == 0 ? -1 : Int(gold[segment.lowerBound + i - 1]), pp = i == 0 ? -1 : Int(predicted[i - 1])
                    if gp != pp || g != p {
                        let a = gp < 0 ? t * t + g : gp * t + g
                        let b = pp < 0 ? t * t + p : pp * t + p
                        tw[a] += 1; tu[a] += c
                        tw[b] -= 1; tu[b] -= c
                        changedTransitions = true
                    }
                    if i == n - 1, g != p {
                        tw[t * t + t + g] += 1; tu[t * t + t + g] += c
                        tw[t * t + t + p] -= 1; tu[t * t + t + p] -= c
                        changedTransitions = true
                    }
                }
                if changedTransitions {
                    decoder = Viterbi(transitions: Array(tw[0..<t * t]), start: Array(tw[t * t..<t * t + t]), end: Array(tw[t * t + t..<t * t + 2 * t]))
                }
                c += 1
            }
            progress(epoch + 1, errors, positions)
        }
        // The average of the weights over all steps: w − u / c.
        var average = [Float](repeating: 0, count: w.count)
        var largest: Float = 0
        for i in 0..<w.count {
            average[i] = Float(Double(w[i]) - u[i] / c)
            largest = max(largest, abs(average[i]))
        }
        let averageTransitions = (0..<tw.count).map { Double(tw[$0]) - tu[$0] / c }
        let scale = largest > 0 ? 32000 / Double(largest) : 1
        let weights = average.map { Int16(clamping: Int(($0 * Float(scale)).rounded())) }
        let quantized = averageTransitions.map { Int32(clamping: Int(($0 * scale).rounded())) }
        return NameModel(bits: bits, lexiconFingerprint: NameFeatures.fingerprint(lexicon), scale: scale,
                         transitions: Array(quantized[0..<t * t]), start: Array(quantized[t * t..<t * t + t]),
                         end: Array(quantized[t * t + t..<t * t + 2 * t]), weights: weights)
    }
}

