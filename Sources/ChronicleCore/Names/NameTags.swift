/// What a name span names: a person, an organization or a place.
public enum NameKind: Int, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case person = 0, organization = 1, place = 2

    /// The short label used by the news corpus's `lac` spans and in evaluation tables.
    public var code: String { ["PER", "ORG", "LOC"][rawValue] }
    public var description: String { code }

    public init?(code: String) {
        guard let kind = NameKind.allCases.first(where: { $0.code == code }) else { return nil }
        self = kind
    }
}

/// A name the model found: its kind, its scalar range in the text, and how sure the
/// model was (the smallest margin along the span, squashed to 0…1; not a probability).
public struct NameSpan: Hashable, Sendable {
    public var kind: NameKind
    public var range: Range<Int>
    public var score: Double

    public init(kind: NameKind, range: Range<Int>, score: Double = 1) {
        self.kind = kind
        self.range = range
        self.score = score
    }
}

/// The character tags of the sequence model: `O` (outside any name) and, for each
/// kind, `B`egin, `I`nside, `E`nd of a name of two or more characters and `S`ingle.
/// Tag `t` of kind `k` is `1 + 4k + position` (B 0, I 1, E 2, S 3).
enum NameTag {
    static let count = 13
    static let outside: UInt8 = 0

    static func tag(_ kind: NameKind, _ position: Int) -> UInt8 { UInt8(1 + 4 * kind.rawValue + position) }
    static func kind(_ tag: UInt8) -> NameKind? { tag == 0 ? nil : NameKind(rawValue: Int(tag - 1) / 4) }
    static func position(_ tag: UInt8) -> Int { Int(tag - 1) % 4 }

    /// May `next` follow `previous`? A name is opened by B and closed by E (or is one S);
    /// I and E continue a B or I of the same kind.
    static func allowed(_ previous: UInt8, _ next: UInt8) -> Bool {
        let open = previous != 0 && (position(previous) == 0 || position(previous) == 1)
        if next != 0, position(next) == 1 || position(next) == 2 {
            return open && kind(previous) == kind(next)
        }
        return !open
    }

    /// May a sequence start (or end) with this tag?
    static func canStart(_ tag: UInt8) -> Bool { tag == 0 || position(tag) == 0 || position(tag) == 3 }
    static func canEnd(_ tag: UInt8) -> Bool { tag == 0 || position(tag) == 2 || position(tag) == 3 }

    /// Tags for `length` scalars with the given spans (spans that overlap an earlier one
    /// are dropped).
    static func encode(length: Int, spans: [NameSpan]) -> [UInt8] {
        var tags = [UInt8](repeating: 0, count: length)
        for span in spans.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            let r = span.range.clamped(to: 0..<length)
            guard !r.isEmpty, r.allSatisfy({ tags[$0] == 0 }) else { continue }
            if r.count == 1 {
                tags[r.lowerBound] = tag(span.kind, 3)
                continue
            }
            for i in r { tags[i] = tag(span.kind, i == r.lowerBound ? 0 : i == r.upperBound - 1 ? 2 : 1) }
        }
        return tags
    }

    /// The spans a tag sequence marks (offsets added to `base`).
    static func decode(_ tags: [UInt8], base: Int = 0) -> [NameSpan] {
        var spans: [NameSpan] = []
        var start: Int?
        for (i, t) in tags.enumerated() {
            guard let kind = kind(t) else {
                start = nil
                continue
            }
            switch position(t) {
            case 0: start = i
            case 3: spans.append(NameSpan(kind: kind, range: base + i..<base + i + 1)); start = nil
            case 2:
                if let s = start { spans.append(NameSpan(kind: kind, range: base + s..<base + i + 1)) }
                start = nil
            default: break
            }
        }
        return spans
    }
}
