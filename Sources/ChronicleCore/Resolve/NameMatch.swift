/// Loose matching of names typed by a person against names in the graph:
/// `五严五防` finds `“五严五防”`, `政治局常委会` finds `中共中央政治局常务委员会会议`.
public enum NameMatch {
    /// Quotes, brackets, spaces and punctuation dropped; event-name variants unified.
    public static func normalize(_ name: String) -> String {
        let dropped = Set("“”‘’\"'《》〈〉「」（）() 　·、，,。".unicodeScalars)
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars where !dropped.contains(scalar) { scalars.append(scalar) }
        return EventNames.normalized(String(scalars))
    }

    /// How well `query` matches `name`: 1 when equal after normalizing, 0.9 when one
    /// contains the other, else the bigram Dice similarity.
    public static func score(_ query: String, _ name: String) -> Double {
        let q = normalize(query), n = normalize(name)
        if q == n { return 1 }
        if !q.isEmpty, n.contains(q) || q.contains(n) && n.count >= 2 { return 0.9 }
        return EventNames.dice(q, n)
    }
}
