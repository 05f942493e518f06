/// A string-backed identifier; the conformances come from one place.
public protocol StringIdentifier: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible where RawValue == String
{
    init(rawValue: String)
}

extension StringIdentifier {
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Identifiers are equal when their UTF-8 bytes are, and hash those bytes: `String`'s
/// own `==` and hash first normalize non-ASCII text (Unicode canonical equivalence),
/// which made hashing Chinese ids the largest cost of building a graph's indexes.
/// Ids are made from document text and compared exactly. (Also for the store's caches
/// keyed by ids and stored JSON: `@_spi(Merge)`.)
@_spi(Merge) public enum IdentifierBytes {
    @inline(__always)
    public static func equal(_ a: String, _ b: String) -> Bool {
        let x = a.utf8, y = b.utf8
        guard x.count == y.count else { return false }
        let fast = x.withContiguousStorageIfAvailable { p in
            y.withContiguousStorageIfAvailable { q in
                var i = 0
                while i < p.count {
                    if p[i] != q[i] { return false }
                    i += 1
                }
                return true
            }
        }
        if let fast, let result = fast { return result }
        return x.elementsEqual(y)
    }

    @inline(__always)
    public static func hash(_ text: String, into hasher: inout Hasher) {
        let bytes = text.utf8
        if bytes.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            for byte in bytes { hasher.combine(byte) }
        }
    }
}

/// The identifier of a node in a ``Graph`` (`e-2020-01-26-…`, `p-楼阳生`, `m-五严五防`).
public struct NodeID: StringIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static func == (lhs: Self, rhs: Self) -> Bool { IdentifierBytes.equal(lhs.rawValue, rhs.rawValue) }
    public func hash(into hasher: inout Hasher) { IdentifierBytes.hash(rawValue, into: &hasher) }
}

/// The identifier of a source document within a graph (`d1`, `d2`, …).
public struct DocumentID: StringIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static func == (lhs: Self, rhs: Self) -> Bool { IdentifierBytes.equal(lhs.rawValue, rhs.rawValue) }
    public func hash(into hasher: inout Hasher) { IdentifierBytes.hash(rawValue, into: &hasher) }
}
