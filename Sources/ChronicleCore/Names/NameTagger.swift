import Foundation

/// Marks person, organization and place names in text with the character model
/// (``NameModel``): each position's features (``NameFeatures``) score the 13 tags, and
/// Viterbi decoding finds the best tag sequence of each sentence. Pure Swift; the
/// weights are loaded once.
public struct NameTagger: Sendable {
    let model: NameModel
    let features: NameFeatures
    private let transitions: [Float], start: [Float], end: [Float]

    public init(model: NameModel, lexicon: Lexicon = .standard) {
        self.model = model
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
        let s = text.unicodeScalars.map(\.value)
        return names(in: s, flags: features.flags(s), range: 0..<s.count)
    }

    /// The names in `range` of the scalars `s`.
    func names(in s: [UInt32], range: Range<Int>) -> [NameSpan] {
        names(in: s, flags: features.flags(s), range: range)
    }

    /// The names in `range` of `s`, whose lexicon flags are `flags` (from
    /// ``NameFeatures/flags(_:)`` over all of `s`).
    func names(in s: [UInt32], flags: [UInt8], range: Range<Int>) -> [NameSpan] {
        var spans: [NameSpan] = []
        var decoder = Viterbi(transitions: transitions, start: start, end: end)
        var tags: [UInt8] = []
        let t = NameTag.count, f = NameFeatures.count
        let mask = UInt64(model.buckets - 1)
        let unit = Float(1 / model.scale)
        // Scratch space for the longest segment, grown as needed; raw pointers keep the
        // inner loops free of bounds and exclusivity checks.
        var capacity = 0
        var emissions = UnsafeMutablePointer<Float>.allocate(capacity: 1)
        let idx = UnsafeMutablePointer<Int>.allocate(capacity: f)
        let sums = UnsafeMutablePointer<Int32>.allocate(capacity: t)
        defer {
            emissions.deallocate()
            idx.deallocate()
            sums.deallocate()
        }
        s.withUnsafeBufferPointer { sp in
            flags.withUnsafeBufferPointer { fp in
                model.weights.withUnsafeBufferPointer { wb in
                    let w = wb.baseAddress!
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
                        if n * t > capacity {
                            emissions.deallocate()
                            capacity = max(n * t, capacity * 2)
                            emissions = .allocate(capacity: capacity)
                        }
                        // Features see the whole text (a name at a sentence start still
                        // sees the character before), as in training.
                        for i in a..<b {
                            NameFeatures.indices(sp, fp, i, mask: mask, into: idx)
                            for k in 0..<t { sums[k] = 0 }
                            for j in 0..<f {
                                let row = w + idx[j] * t
                                for k in 0..<t { sums[k] &+= Int32(row[k]) }
                            }
                            let o = emissions + (i - a) * t
                            for k in 0..<t { o[k] = Float(sums[k]) * unit }
                        }
                        decoder.decode(UnsafeBufferPointer(start: emissions, count: n * t), count: n, into: &tags)
                        let found = NameTag.decode(tags, base: a)
                        if !found.isEmpty { decoder.computeMargins(UnsafeBufferPointer(start: emissions, count: n * t)) }
                        for var span in found {
                            var least = Float.infinity
                            for i in span.range { least = min(least, decoder.margin(at: i - a, tag: tags[i - a])) }
                            // Squashed so that a margin of 4 weight units reads 0.73, 9 reads 0.9.
                            span.score = 1 / (1 + exp(-Double(least) / 4))
                            spans.append(span)
                        }
                    }
                }
            }
        }
        return spans
    }
}
