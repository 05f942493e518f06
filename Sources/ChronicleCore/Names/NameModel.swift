import Foundation

/// Why a name model file could not be used. The message says what is wrong and what to
/// do; `path` names the file.
public struct NameModelError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}

/// The weights of the character model that marks names (``NameTagger``): for every
/// feature bucket and tag a 16-bit weight, and the tag-to-tag transition weights, all in
/// units of `1/scale`. Trained by ``NameTrainer`` (averaged perceptron), stored in
/// `Resources/names.model`.
///
/// File layout (little-endian): the magic `CHRNAMES`, version (UInt32, 1), bucket bits,
/// tag count and feature count (UInt32 each), the lexicon fingerprint (UInt64), the
/// scale (Float64), a checksum of what follows (UInt64), then `tags²` transition, `tags`
/// start and `tags` end weights (Int32 each), then `2^bits × tags` weights (Int16).
public struct NameModel: Sendable {
    static let magic = Array("CHRNAMES".utf8)
    static let version: UInt32 = 2
    static let headerSize = 8 + 4 * 4 + 8 + 8 + 8

    let bits: Int
    let lexiconFingerprint: UInt64
    let scale: Double
    /// `tags × tags`, previous-major.
    let transitions: [Int32]
    let start: [Int32]
    let end: [Int32]
    /// `2^bits × tags`, bucket-major.
    let weights: [Int16]

    var buckets: Int { 1 << bits }

    /// Serialized bytes, deterministic for the same weights.
    func encoded() -> [UInt8] {
        var payload: [UInt8] = []
        payload.reserveCapacity((transitions.count + start.count + end.count) * 4 + weights.count * 2)
        for v in transitions + start + end { withUnsafeBytes(of: v.littleEndian) { payload.append(contentsOf: $0) } }
        weights.withUnsafeBytes { raw in
            // Int16 little-endian on every platform Swift runs on here; written as bytes.
            payload.append(contentsOf: raw)
        }
        var out = Self.magic
        func put<T: FixedWidthInteger>(_ v: T) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        put(Self.version)
        put(UInt32(bits))
        put(UInt32(NameTag.count))
        put(UInt32(NameFeatures.count))
        put(lexiconFingerprint)
        put(scale.bitPattern)
        put(Self.checksum(payload))
        out += payload
        return out
    }

    /// A checksum of the payload (FNV-style over 8-byte words, then the tail).
    static func checksum(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { checksum($0) }
    }

    /// The checksum of the payload at `raw`.
    static func checksum(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        let words = raw.count / 8
        for w in 0..<words {
            h = (h ^ raw.loadUnaligned(fromByteOffset: w * 8, as: UInt64.self)) &* 0x100_0000_01B3
            h ^= h >> 29
        }
        for i in words * 8..<raw.count { h = (h ^ UInt64(raw[i])) &* 0x100_0000_01B3 }
        return h
    }

    /// Reads a model from bytes, checking magic, version, shape, size and checksum.
    static func decode(_ bytes: [UInt8], path: String, lexicon: Lexicon) throws(NameModelError) -> NameModel {
        try bytes.withUnsafeBytes { raw in Result { () throws(NameModelError) in try decode(raw, path: path, lexicon: lexicon) } }.get()
    }

    /// Reads a model from the bytes of a file (not copied first).
    static func decode(_ data: Data, path: String, lexicon: Lexicon) throws(NameModelError) -> NameModel {
        try data.withUnsafeBytes { raw in Result { () throws(NameModelError) in try decode(raw, path: path, lexicon: lexicon) } }.get()
    }

    static func decode(_ bytes: UnsafeRawBufferPointer, path: String, lexicon: Lexicon) throws(NameModelError) -> NameModel {
        func fail(_ message: String) -> NameModelError { NameModelError(path: path, message: message) }
        guard bytes.count >= headerSize else {
            throw fail(bytes.isEmpty ? "the name model file is empty; rebuild it with `make train-model`" : "the name model file is truncated (\(bytes.count) bytes, not even a header); rebuild it with `make train-model`")
        }
        guard Array(bytes[0..<8]) == magic else { throw fail("not a Chronicle name model (it does not start with CHRNAMES)") }
        func u32(_ at: Int) -> UInt32 { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self)) }
        func u64(_ at: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
        let version = u32(8), bits = Int(u32(12)), tags = Int(u32(16)), features = Int(u32(20))
        guard version == Self.version else { throw fail("name model version \(version); this Chronicle reads version \(Self.version)") }
        guard tags == NameTag.count, features == NameFeatures.count, (8...24).contains(bits) else {
            throw fail("the model's shape (\(tags) tags, \(features) features, \(bits) bits) is not this Chronicle's; rebuild it with `make train-model`")
        }
        let fingerprint = u64(24), scale = Double(bitPattern: u64(32)), sum = u64(40)
        let t = NameTag.count
        let expected = headerSize + (t * t + 2 * t) * 4 + (1 << bits) * t * 2
        guard bytes.count == expected else {
            throw fail("the name model file is \(bytes.count < expected ? "truncated" : "too long") (\(bytes.count) bytes, expected \(expected)); rebuild it with `make train-model`")
        }
        // The payload is read where it lies (no copy of the 13.6 MB).
        let payload = UnsafeRawBufferPointer(rebasing: bytes[headerSize...])
        guard checksum(payload) == sum else { throw fail("the name model file is damaged (checksum mismatch); rebuild it with `make train-model`") }
        guard fingerprint == NameFeatures.fingerprint(lexicon) else {
            throw fail("the name model was trained with another lexicon; rebuild it with `make train-model`")
        }
        guard scale.isFinite, scale > 0 else { throw fail("the name model's scale is not a positive number") }
        let ints = (0..<t * t + 2 * t).map { i in Int32(littleEndian: payload.loadUnaligned(fromByteOffset: i * 4, as: Int32.self)) }
        let offset = ints.count * 4
        let weights = [Int16](unsafeUninitializedCapacity: (1 << bits) * t) { out, count in
            UnsafeMutableRawBufferPointer(out).copyMemory(from: UnsafeRawBufferPointer(rebasing: payload[offset...]))
            count = (1 << bits) * t
        }
        return NameModel(bits: bits, lexiconFingerprint: fingerprint, scale: scale,
                         transitions: Array(ints[0..<t * t]), start: Array(ints[t * t..<t * t + t]), end: Array(ints[t * t + t..<t * t + 2 * t]),
                         weights: Int16(littleEndian: 1) == 1 ? weights : weights.map { Int16(littleEndian: $0) })
    }

    /// Reads a model file.
    public static func load(path: String, lexicon: Lexicon = .standard) throws(NameModelError) -> NameModel {
        guard FileManager.default.fileExists(atPath: path) else {
            throw NameModelError(path: path, message: "the name model file is missing; rebuild it with `make train-model`")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NameModelError(path: path, message: "the name model file cannot be read")
        }
        return try decode(data, path: path, lexicon: lexicon)
    }

    /// Writes the model (to a temporary file first, then moved into place).
    public func write(to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try Data(encoded()).write(to: url, options: .atomic)
    }

    /// Where the shipped model is in the build.
    public static var bundledPath: String? {
        Bundle.module.url(forResource: "names", withExtension: "model", subdirectory: "Resources")?.path
    }
}
