/// Comparing event names written in different ways: `中共中央政治局常务委员会会议`,
/// `中央政治局常委会会议`, `2月3日中央政治局常委会会议`.
public enum EventNames {
    static let rewrites: [(String, String)] = [
        ("中国共产党", ""), ("中共", ""), ("常务委员会", "常委会"), ("纪律检查委员会", "纪委"),
        ("全体会议", "全会"), ("会议", "会"), ("第", ""), ("次", ""), ("届", ""),
    ]

    /// The name reduced to a comparable form.
    public static func normalized(_ name: String) -> String {
        var text = name
        for (from, to) in rewrites { text = text.replacingOccurrences(of: from, with: to) }
        return text
    }

    /// Dice similarity of character bigrams of the normalized names, 0…1; 1 when one
    /// normalized name contains the other and the shorter has at least four characters.
    public static func similarity(_ a: String, _ b: String) -> Double {
        let x = Array(normalized(a)), y = Array(normalized(b))
        if x.isEmpty || y.isEmpty { return 0 }
        let shorter = x.count <= y.count ? String(x) : String(y)
        let longer = x.count <= y.count ? String(y) : String(x)
        if shorter.count >= 4, longer.contains(shorter) { return 1 }
        return dice(a, b)
    }

    /// Dice similarity of the character bigrams of the normalized names, 0…1.
    public static func dice(_ a: String, _ b: String) -> Double {
        let x = Array(normalized(a)), y = Array(normalized(b))
        if x.isEmpty || y.isEmpty { return 0 }
        func bigrams(_ c: [Character]) -> [String: Int] {
            var out: [String: Int] = [:]
            if c.count == 1 { out[String(c)] = 1 }
            for i in 0..<max(0, c.count - 1) { out[String(c[i...i + 1]), default: 0] += 1 }
            return out
        }
        let bx = bigrams(x), by = bigrams(y)
        let common = bx.reduce(0) { $0 + min($1.value, by[$1.key] ?? 0) }
        let total = bx.values.reduce(0, +) + by.values.reduce(0, +)
        return total == 0 ? 0 : 2 * Double(common) / Double(total)
    }
}
