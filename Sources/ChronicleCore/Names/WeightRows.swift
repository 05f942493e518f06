#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// LLVM's prefetch instruction (read, keep in all cache levels, data): Swift has no
/// spelling of its own for it, and the C intrinsic `_mm_prefetch` is a macro it cannot
/// import.
@_silgen_name("llvm.prefetch.p0")
func llvmPrefetch(_ address: UnsafeRawPointer, _ write: Int32, _ locality: Int32, _ data: Int32)

/// Where each tag sits in a 16-lane row of the tagger (``WeightRows``, the emission,
/// Viterbi and margin rows of ``TagLattice``). The tags are grouped by what may precede
/// them, so that decoding works on whole vectors:
///
/// - lanes 0–6: the tags that open or stand alone — O, B-PER, S-PER, B-ORG, S-ORG,
///   B-LOC, S-LOC (each may follow O, an E or an S);
/// - lanes 8–13: the tags that continue a name — I-PER, E-PER, I-ORG, E-ORG, I-LOC,
///   E-LOC (each may follow the B or I of its kind);
/// - lanes 7 and 14: zero; lane 15 of a weight row: its magnitude (see ``WeightRows``).
///
/// The margins (backward scores) use a second layout, by what may follow a tag: lanes
/// 0–6 the tags that close (O, E-PER, S-PER, E-ORG, S-ORG, E-LOC, S-LOC: followed by O,
/// a B or an S), lanes 8–13 the open ones (B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC).
enum TagLanes {
    /// The tags in lanes 0–6 (by what may precede them), in ascending tag order.
    static let opening: [Int] = [0, 1, 4, 5, 8, 9, 12]
    /// The tags in lanes 8–13.
    static let continuing: [Int] = [2, 3, 6, 7, 10, 11]
    /// The tags that may precede an opening tag, ascending: O, the E and S tags.
    static let closing: [Int] = [0, 3, 4, 7, 8, 11, 12]
    /// The tags that may precede a continuing tag: the B and I tags.
    static let open: [Int] = [1, 2, 5, 6, 9, 10]

    /// The lane of `tag` in the forward layout.
    @inline(__always)
    static func forward(_ tag: Int) -> Int {
        guard tag > 0 else { return 0 }
        let kind = (tag - 1) >> 2
        switch (tag - 1) & 3 {
        case 0: return 1 + 2 * kind  // B
        case 1: return 8 + 2 * kind  // I
        case 2: return 9 + 2 * kind  // E
        default: return 2 + 2 * kind  // S
        }
    }

    /// The lane of `tag` in the backward (margin) layout.
    @inline(__always)
    static func backward(_ tag: Int) -> Int {
        guard tag > 0 else { return 0 }
        let kind = (tag - 1) >> 2
        switch (tag - 1) & 3 {
        case 0: return 8 + 2 * kind  // B
        case 1: return 9 + 2 * kind  // I
        case 2: return 1 + 2 * kind  // E
        default: return 2 + 2 * kind  // S
        }
    }
}

/// The model's weights laid out for tagging: one 32-byte row per bucket, the 13 tags'
/// weights in the lanes of ``TagLanes`` and in lane 15 the row's magnitude
/// (`⌈max |w| / 64⌉`), in one block aligned to 2 MB that the kernel is asked to back
/// with huge pages (the tagger reads 20 rows of this 16 MB table at random per
/// character; with 4 KB pages nearly every read also missed the TLB).
///
/// The magnitudes let the tagger add the rows of a position in 16-bit lanes, exactly:
/// when their sum is at most 511, no lane's sum can leave ±32,767 (511 × 64 < 32,768);
/// otherwise (rare) it adds them again in 32 bits.
final class WeightRows: @unchecked Sendable {
    static let width = 16
    /// The lane that holds a row's magnitude.
    static let magnitudeLane = 15
    /// The largest sum of magnitudes for which 16-bit sums are exact.
    static let exactMagnitude: Int16 = 511

    let base: UnsafeMutablePointer<Int16>
    let buckets: Int

    init(_ model: NameModel) {
        let t = NameTag.count
        buckets = model.buckets
        let bytes = buckets * Self.width * 2
        var raw: UnsafeMutableRawPointer?
        let huge = 2 << 20
        if posix_memalign(&raw, bytes >= huge ? huge : 64, bytes) != 0 || raw == nil {
            raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
        }
        #if os(Linux)
        // Advice only: without huge pages the table works the same, a little slower.
        if bytes >= huge { _ = madvise(raw, bytes, 14 /* MADV_HUGEPAGE */) }
        #endif
        base = raw!.bindMemory(to: Int16.self, capacity: buckets * Self.width)
        let lanes = (0..<t).map(TagLanes.forward)
        model.weights.withUnsafeBufferPointer { w in
            lanes.withUnsafeBufferPointer { lanes in
                for b in 0..<buckets {
                    let row = base + b * Self.width
                    row.initialize(repeating: 0, count: Self.width)
                    var largest = 0
                    for tag in 0..<t {
                        let v = w[b * t + tag]
                        row[lanes[tag]] = v
                        largest = max(largest, abs(Int(v)))
                    }
                    row[Self.magnitudeLane] = Int16((largest + 63) / 64)
                }
            }
        }
    }

    deinit { free(base) }

    /// Asks for the row of bucket `b` to be brought into the cache, without waiting
    /// for it (the tagger asks for all the rows of a segment before it adds them).
    @inline(__always)
    func prefetch(_ b: Int) {
        llvmPrefetch(UnsafeRawPointer(base + (b &* Self.width)), 0, 3, 1)
    }

    /// The row of bucket `b`.
    @inline(__always)
    func row(_ b: Int) -> SIMD16<Int16> {
        UnsafeRawPointer(base + (b &* Self.width)).load(as: SIMD16<Int16>.self)
    }

    /// A row's byte offset is its bucket shifted by this (rows are 32 bytes).
    static let rowShift = 5

    /// Asks for the row at byte offset `offset` (a bucket `<< rowShift`).
    @inline(__always)
    func prefetch(offset: Int) {
        llvmPrefetch(UnsafeRawPointer(base) + offset, 0, 3, 1)
    }

    /// The row at byte offset `offset` (a bucket `<< rowShift`).
    @inline(__always)
    func row(offset: Int) -> SIMD16<Int16> {
        (UnsafeRawPointer(base) + offset).load(as: SIMD16<Int16>.self)
    }
}
