import Foundation

/// Marks person, organization and place names in text with the character model
/// (``NameModel``): each position's features (``NameFeatures``) score the 13 tags, and
/// Viterbi decoding finds the best tag sequence of each sentence. Pure Swift; the
/// weights are loaded once.
public struct NameTagger: Sendable {
    let model: NameModel
    let features: NameFeatures
    private let transitions: [Float], start: [Float], end: [Float]
    /// The weights again, each bucket's 13 in a 16-wide row aligned to 32 bytes, so
    /// that a feature costs one cache line and one vector load.
    private let rows: WeightRows

    public init(model: NameModel, lexicon: Lexicon = .standard) {
        self.model = model
        rows = WeightRows(model)
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
        let shift = UInt64(64 - model.bits)
        let unit = Float(1 / model.scale)
        // Scratch space for the longest segment, grown as needed; raw pointers keep the
        // inner loops free of bounds and exclusivity checks.
        var capacity = 0
        var emissions = UnsafeMutablePointer<Float>.allocate(capacity: 1)
        let idx = UnsafeMutablePointer<Int>.allocate(capacity: f)
        defer {
            emissions.deallocate()
            idx.deallocate()
        }
        s.withUnsafeBufferPointer { sp in
            flags.withUnsafeBufferPointer { fp in
                rows.storage.withUnsafeBufferPointer { rb in
                    let w = rb.baseAddress! + rows.offset
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
                            NameFeatures.indices(sp, fp, i, shift: shift, into: idx)
                            var acc = SIMD16<Int32>()
                            for j in 0..<f {
                                let row = UnsafeRawPointer(w + idx[j] * WeightRows.width).loadUnaligned(as: SIMD16<Int16>.self)
                                acc &+= SIMD16<Int32>(truncatingIfNeeded: row)
                            }
                            let o = emissions + (i - a) * t
                            for k in 0..<t { o[k] = Float(acc[k]) * unit }
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

/// The model's weights laid out for tagging: one 32-byte row per bucket (13 weights and
/// 3 zeros), starting at a cache line (`offset` elements into the array), so that a
/// feature costs one cache line and one vector load. Built once when a tagger is made.
struct WeightRows: Sendable {
    static let width = 16
    let storage: [Int16]
    let offset: Int

    init(_ model: NameModel) {
        let t = NameTag.count
        var storage = [Int16](repeating: 0, count: model.buckets * Self.width + 32)
        // Where in the buffer a 64-byte boundary falls (the buffer is not moved again).
        let offset = storage.withUnsafeBufferPointer { b in
            let address = Int(bitPattern: b.baseAddress!)
            return ((64 - address % 64) % 64) / 2
        }
        storage.withUnsafeMutableBufferPointer { out in
            model.weights.withUnsafeBufferPointer { w in
                for b in 0..<model.buckets {
                    (out.baseAddress! + offset + b * Self.width).update(from: w.baseAddress! + b * t, count: t)
                }
            }
        }
        self.storage = storage
        self.offset = offset
    }
}
