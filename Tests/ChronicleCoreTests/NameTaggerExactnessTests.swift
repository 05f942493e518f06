import Foundation
import Testing
@testable import ChronicleCore

/// The tagger's fast paths (16-bit sums, prefetched rows, the vector decoder
/// ``TagLattice``, lexicon flags from one table) against the plain definitions they
/// replace: the same tags, spans and score bits, not just close ones.
@Suite struct NameTaggerExactnessTests {
    /// A small deterministic generator (SplitMix64).
    struct Mix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        /// One of a few values, so that scores tie now and then.
        mutating func coarse() -> Float { Float(Int(next() % 9) - 4) * 0.5 }
        mutating func fine() -> Float { Float(Int(next() % 20001) - 10000) / 997 }
    }

    @Test(arguments: [1, 2, 3, 7, 40])
    func theVectorDecoderAgreesWithViterbi(_ seed: UInt64) {
        var mix = Mix(state: seed)
        let t = NameTag.count
        for round in 0..<60 {
            let coarse = round % 2 == 0
            func value() -> Float { coarse ? mix.coarse() : mix.fine() }
            let tr = (0..<t * t).map { _ in value() }, start = (0..<t).map { _ in value() }, end = (0..<t).map { _ in value() }
            let n = 1 + Int(mix.next() % 30)
            let plain = (0..<n * t).map { _ in value() }
            var lanes = [Float](repeating: 0, count: n * TagLattice.width)
            for i in 0..<n {
                for k in 0..<t { lanes[i * TagLattice.width + TagLanes.forward(k)] = plain[i * t + k] }
            }
            var reference = Viterbi(transitions: tr, start: start, end: end)
            var lattice = TagLattice(transitions: tr, start: start, end: end)
            defer { lattice.deallocate() }
            var expected: [UInt8] = [], got: [UInt8] = []
            plain.withUnsafeBufferPointer { reference.decode($0, count: n, into: &expected) }
            lanes.withUnsafeBufferPointer { lattice.decode($0.baseAddress!, count: n, into: &got) }
            #expect(got == expected, "round \(round)")
            plain.withUnsafeBufferPointer { reference.computeMargins($0) }
            lanes.withUnsafeBufferPointer { lattice.computeMargins($0.baseAddress!) }
            for i in 0..<n {
                for k in 0..<t {
                    #expect(lattice.margin(at: i, tag: UInt8(k)).bitPattern == reference.margin(at: i, tag: UInt8(k)).bitPattern, "round \(round), position \(i), tag \(k)")
                }
            }
        }
    }

    /// Two sequences decoded side by side (``TagLattice/decode(_:_:count:into:_:_:count:into:)``,
    /// of equal and unequal lengths) give what each gives decoded alone.
    @Test(arguments: [5, 11])
    func twoSequencesDecodedTogetherAgreeWithEachAlone(_ seed: UInt64) {
        var mix = Mix(state: seed)
        let t = NameTag.count, w = TagLattice.width
        for round in 0..<40 {
            func value() -> Float { round % 2 == 0 ? mix.coarse() : mix.fine() }
            let tr = (0..<t * t).map { _ in value() }, start = (0..<t).map { _ in value() }, end = (0..<t).map { _ in value() }
            let nx = 1 + Int(mix.next() % 30), ny = round % 3 == 0 ? nx : 1 + Int(mix.next() % 30)
            let ex = (0..<nx * w).map { _ in value() }, ey = (0..<ny * w).map { _ in value() }
            var alone = TagLattice(transitions: tr, start: start, end: end)
            var x = TagLattice(transitions: tr, start: start, end: end), y = TagLattice(transitions: tr, start: start, end: end)
            defer { alone.deallocate(); x.deallocate(); y.deallocate() }
            var expectedX: [UInt8] = [], expectedY: [UInt8] = [], gotX: [UInt8] = [], gotY: [UInt8] = []
            ex.withUnsafeBufferPointer { alone.decode($0.baseAddress!, count: nx, into: &expectedX) }
            ey.withUnsafeBufferPointer { alone.decode($0.baseAddress!, count: ny, into: &expectedY) }
            ex.withUnsafeBufferPointer { px in
                ey.withUnsafeBufferPointer { py in
                    TagLattice.decode(&x, px.baseAddress!, count: nx, into: &gotX, &y, py.baseAddress!, count: ny, into: &gotY)
                }
            }
            #expect(gotX == expectedX, "round \(round)")
            #expect(gotY == expectedY, "round \(round)")
            ey.withUnsafeBufferPointer { alone.computeMargins($0.baseAddress!) }
            ey.withUnsafeBufferPointer { y.computeMargins($0.baseAddress!) }
            for i in 0..<ny {
                for k in 0..<t {
                    #expect(y.margin(at: i, tag: UInt8(k)).bitPattern == alone.margin(at: i, tag: UInt8(k)).bitPattern, "round \(round)")
                }
            }
        }
    }

    /// The lexicon flags as first written: each list's own lookups.
    static func plainFlags(_ f: NameFeatures, _ s: [UInt32]) -> [UInt8] {
        var flags = [UInt8](repeating: 0, count: s.count)
        for i in 0..<s.count {
            let c = s[i]
            guard U.isHan(c) else { continue }
            var x: UInt8 = 0
            if f.surnames.contains(c) { x |= NameFeatures.surnameHere }
            if s.firstWord(of: f.compoundSurnames, at: i) != nil { x |= NameFeatures.compoundHere }
            if i > 0, s.word(of: f.titleWords, endingAt: i) != nil { x |= NameFeatures.titleBefore }
            if i + 1 < s.count {
                if s.firstWord(of: f.followers, at: i + 1) != nil { x |= NameFeatures.followerAfter }
                if s.firstWord(of: f.roleVerbs, at: i + 1) != nil { x |= NameFeatures.roleAfter }
                if s.firstWord(of: f.boundaries, at: i + 1) != nil { x |= NameFeatures.boundaryAfter }
            }
            if f.stopCharacters.contains(c) { x |= NameFeatures.stopHere }
            if s.word(of: f.organizationSuffixes, endingAt: i + 1) != nil { x |= NameFeatures.organizationEndsHere }
            flags[i] = x
        }
        return flags
    }

    /// The tagger as first written: every feature's row added in 32 bits from the
    /// model's own weights, decoded by ``Viterbi``.
    static func plainNames(_ tagger: NameTagger, _ model: NameModel, _ text: String) -> [NameSpan] {
        let t = NameTag.count, f = NameFeatures.count
        let s = text.unicodeScalars.map(\.value)
        let flags = plainFlags(tagger.features, s)
        let unit = Float(1 / model.scale)
        var reference = Viterbi(transitions: model.transitions.map { Float($0) * unit }, start: model.start.map { Float($0) * unit },
                                end: model.end.map { Float($0) * unit })
        var spans: [NameSpan] = []
        var a = 0
        while a < s.count {
            var b = a, han = false
            while b < s.count {
                let c = s[b]
                b += 1
                if U.isHan(c) { han = true }
                if NameTagger.isSegmentEnd(c) { break }
            }
            defer { a = b }
            guard han else { continue }
            let n = b - a
            var emissions = [Float](repeating: 0, count: n * t)
            var idx = [Int](repeating: 0, count: f)
            s.withUnsafeBufferPointer { sp in
                flags.withUnsafeBufferPointer { fp in
                    for i in 0..<n {
                        idx.withUnsafeMutableBufferPointer { NameFeatures.indices(sp, fp, a + i, shift: UInt64(64 - model.bits), into: $0.baseAddress!) }
                        for k in 0..<t {
                            var sum: Int32 = 0
                            for j in 0..<f { sum += Int32(model.weights[idx[j] * t + k]) }
                            emissions[i * t + k] = Float(sum) * unit
                        }
                    }
                }
            }
            var tags: [UInt8] = []
            emissions.withUnsafeBufferPointer { reference.decode($0, count: n, into: &tags) }
            let found = NameTag.decode(tags, base: a)
            emissions.withUnsafeBufferPointer { reference.computeMargins($0) }
            for var span in found {
                var least = Float.infinity
                for i in span.range { least = min(least, reference.margin(at: i - a, tag: tags[i - a])) }
                span.score = 1 / (1 + exp(-Double(least) / 4))
                spans.append(span)
            }
        }
        return spans
    }

    static func sample() -> String? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try? String(contentsOf: root.appendingPathComponent("Samples/study-notice-2020-02-09.txt"), encoding: .utf8)
    }

    @Test func flagsFromTheTableAreTheListsOwn() throws {
        let features = NameFeatures(lexicon: .standard)
        let text = try #require(Self.sample()) + "欧阳修与司马光会见了外交部长王毅，中共中央宣传部副部长𠀋𠀋出席。"
        let s = text.unicodeScalars.map(\.value)
        #expect(features.flags(s) == Self.plainFlags(features, s))
    }

    @Test func theTaggerGivesWhatThePlainDefinitionGives() throws {
        // The model's weights as loaded (the tagger keeps only its own rows of them).
        let path = ProcessInfo.processInfo.environment["CHRONICLE_NAME_MODEL"].flatMap { $0.isEmpty ? nil : $0 } ?? NameModel.bundledPath
        let model = try NameModel.load(path: try #require(path))
        let tagger = NameTagger(model: model)
        let text = try #require(Self.sample())
        for part in [text, "国务院总理李强今天主持召开国务院常务会议，外交部长王毅、美国总统拜登、印度尼西亚总统佐科·维多多出席。"] {
            let fast = tagger.names(in: part), plain = Self.plainNames(tagger, model, part)
            #expect(fast.count == plain.count)
            for (x, y) in zip(fast, plain) {
                #expect(x.kind == y.kind && x.range == y.range && x.score.bitPattern == y.score.bitPattern, "\(x) ≠ \(y)")
            }
        }
    }

    /// A made-up model whose weights span the whole 16-bit range in some rows and are
    /// small in others: both the 16-bit sums and the 32-bit ones are taken.
    @Test(arguments: [11, 12])
    func largeAndSmallWeightsGiveWhatThePlainDefinitionGives(_ seed: UInt64) throws {
        var mix = Mix(state: seed)
        let t = NameTag.count, bits = 10
        let weights = (0..<(1 << bits) * t).map { i -> Int16 in
            (i / t) % 3 == 0 ? Int16(truncatingIfNeeded: mix.next()) : Int16(Int(mix.next() % 201) - 100)
        }
        let model = NameModel(bits: bits, lexiconFingerprint: NameFeatures.fingerprint(.standard), scale: 100,
                              transitions: (0..<t * t).map { _ in Int32(Int(mix.next() % 4001) - 2000) },
                              start: (0..<t).map { _ in Int32(Int(mix.next() % 4001) - 2000) },
                              end: (0..<t).map { _ in Int32(Int(mix.next() % 4001) - 2000) }, weights: weights)
        let tagger = NameTagger(model: model)
        let text = String(try #require(Self.sample()).prefix(4000))
        let fast = tagger.names(in: text), plain = Self.plainNames(tagger, model, text)
        #expect(!plain.isEmpty)
        #expect(fast.count == plain.count)
        for (x, y) in zip(fast, plain) {
            #expect(x.kind == y.kind && x.range == y.range && x.score.bitPattern == y.score.bitPattern, "\(x) ≠ \(y)")
        }
    }
}
