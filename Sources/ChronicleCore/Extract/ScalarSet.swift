/// A set of Unicode scalar values in the Basic Multilingual Plane, as a bitmap: one
/// bit test instead of hashing (hashing was the top cost of extraction when the hot
/// loops used `Set<UInt32>`).
struct ScalarSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    /// Members outside the BMP, rare in this genre.
    private var others: Set<UInt32> = []

    init() {}

    init<S: Sequence>(_ values: S) where S.Element == UInt32 {
        for value in values { insert(value) }
    }

    init(_ text: String) { self.init(text.unicodeScalars.map(\.value)) }

    mutating func insert(_ value: UInt32) {
        if value < 65536 { bits[Int(value >> 6)] |= 1 << UInt64(value & 63) } else { others.insert(value) }
    }

    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
        if value < 65536 { return bits[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 }
        return others.contains(value)
    }
}
