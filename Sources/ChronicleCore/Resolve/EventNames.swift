/// Comparing event names written in different ways: `中共中央政治局常务委员会会议`,
/// `中央政治局常委会会议`, `2月3日中央政治局常委会会议`. Works on Unicode scalars; no
/// Foundation string searching (it dominated extraction time when it did).
public enum EventNames {
    static let rewrites: [([UInt32], [UInt32])] = [
        // (An enlarged session is the session: 县委常委会（扩大）会议 is what 县委常委会会议 names.)
        ("（扩大）", ""), ("(扩大)", ""), ("中国共产党", ""), ("中共", ""), ("常务委员会", "常委会"), ("纪律检查委员会", "纪委"),
        ("全体会议", "全会"), ("会议", "会"), ("第", ""), ("次", ""), ("届", ""),
    ].map { (U.s($0.0), U.s($0.1)) }

    /// The name reduced to a comparable form, as scalars.
    static func normalizedScalars(_ name: String) -> [UInt32] {
        var text = U.s(name)
        for (from, to) in rewrites {
            // Most names hold few of the rewritten words: a pass copies only when it must.
            guard text.count >= from.count, text.firstOccurrence(of: from, in: 0..<text.count) != nil else { continue }
            var out: [UInt32] = []
            out.reserveCapacity(text.count)
            var i = 0
            while i < text.count {
                if text.has(from, at: i) {
                    out += to
                    i += from.count
                } else {
                    out.append(text[i])
                    i += 1
                }
            }
            text = out
        }
        return text
    }

    /// The name reduced to a comparable form.
    public static func normalized(_ name: String) -> String {
        String(String.UnicodeScalarView(normalizedScalars(name).compactMap(Unicode.Scalar.init)))
    }

    /// A name prepared for repeated comparison: its normalized scalars and sorted bigrams.
    public struct Prepared: Hashable, Sendable {
        let scalars: [UInt32]
        let bigrams: [UInt64]
        /// The numbers the name writes (`十四`, `二十三` of 十四届…第二十三次委员长会议).
        let numbers: [[UInt32]]

        public init(_ name: String) { self.init(scalars: EventNames.normalizedScalars(name)) }

        init(scalars: [UInt32]) {
            self.scalars = scalars
            var grams: [UInt64] = []
            if scalars.count == 1 { grams.append(UInt64(scalars[0])) }
            for i in 0..<max(0, scalars.count - 1) { grams.append(UInt64(scalars[i]) << 32 | UInt64(scalars[i + 1])) }
            bigrams = grams.sorted()
            var runs: [[UInt32]] = []
            var run: [UInt32] = []
            for c in scalars {
                if EventNames.numeralScalars.contains(c) { run.append(c) } else if !run.isEmpty { runs.append(run); run = [] }
            }
            if !run.isEmpty { runs.append(run) }
            numbers = runs.sorted { $0.lexicographicallyPrecedes($1) }
        }
    }

    static let numeralScalars = ScalarSet("〇零一二三四五六七八九十百两0123456789")

    /// Two names that write different numbers (第二十三次 and 第二十四次委员长会议, 十三届
    /// and 十四届) name different events however alike the rest: neither name's numbers
    /// are all among the other's.
    public static func numbersConflict(_ a: Prepared, _ b: Prepared) -> Bool {
        guard !a.numbers.isEmpty, !b.numbers.isEmpty else { return false }
        let x = Set(a.numbers), y = Set(b.numbers)
        return !x.isSubset(of: y) && !y.isSubset(of: x)
    }

    /// Whether two names may name one event: alike (``similarity(_:_:)`` ≥ 0.6) and no
    /// numbers that tell them apart.
    public static func mayNameOneEvent(_ a: Prepared, _ b: Prepared) -> Bool {
        (similarity(a, b) >= 0.6 || qualifiedForm(a, b)) && !numbersConflict(a, b) && !hostsConflict(a, b) && !partsConflict(a, b)
    }

    /// `甲特区政府升旗仪式` and `乙特区政府升旗仪式`, `…峰会治国理政高级别会议` and
    /// `…峰会和平安全高级别会议`: names alike but for one short part (one to four
    /// characters on each side, the rest at least three) written differently name two
    /// events, unless one part is the other shortened (`中阿`, `中国－阿拉伯`). A year
    /// before either name is set aside.
    static func partsConflict(_ a: Prepared, _ b: Prepared) -> Bool {
        let x = Array(withoutYear(a.scalars)), y = Array(withoutYear(b.scalars))
        var p = 0
        while p < x.count, p < y.count, x[p] == y[p] { p += 1 }
        var q = 0
        while q < x.count - p, q < y.count - p, x[x.count - 1 - q] == y[y.count - 1 - q] { q += 1 }
        guard p + q >= 3 else { return false }
        let u = x[p..<(x.count - q)], v = y[p..<(y.count - q)]
        guard (1...4).contains(u.count), (1...4).contains(v.count) else { return false }
        return !isSubsequence(u, of: v) && !isSubsequence(v, of: u)
    }

    /// The name without a year written before it (`2024年`).
    static func withoutYear(_ name: [UInt32]) -> ArraySlice<UInt32> {
        guard name.count > 5, (0..<4).allSatisfy({ Numerals.arabicDigit(name[$0]) != nil }), name[4] == Lit.year else { return name[...] }
        return name[5...]
    }

    static func isSubsequence(_ short: ArraySlice<UInt32>, of long: ArraySlice<UInt32>) -> Bool {
        var i = short.startIndex
        for c in long where i < short.endIndex && c == short[i] { i += 1 }
        return i == short.endIndex
    }

    /// `李强举行的欢迎仪式` and `习近平举行的欢迎仪式`: one kind, qualified by two different
    /// chairs or hosts, names two events (`国家主席习近平` and `习近平` are one host).
    static func hostsConflict(_ a: Prepared, _ b: Prepared) -> Bool {
        guard let x = host(a.scalars), let y = host(b.scalars) else { return false }
        // 国家主席习近平 and 习近平: one host, titled or not.
        let (shorter, longer) = x.count <= y.count ? (Array(x), Array(y)) : (Array(y), Array(x))
        return !longer.has(shorter, at: longer.count - shorter.count)
    }

    /// The chair or host of a qualified name (`李强` of `李强举行的欢迎仪式`), or nil.
    static func host(_ name: [UInt32]) -> ArraySlice<UInt32>? {
        for q in qualifiers {
            if let at = name.firstOccurrence(of: q, in: 0..<name.count), at > 0 { return name[..<at] }
        }
        return nil
    }

    /// `丁薛祥主持召开的座谈会` and `座谈会`: a meeting named by its kind and its chair or
    /// host, and the kind alone.
    static func qualifiedForm(_ a: Prepared, _ b: Prepared) -> Bool {
        let (shorter, longer) = a.scalars.count <= b.scalars.count ? (a.scalars, b.scalars) : (b.scalars, a.scalars)
        guard shorter.count >= 3, longer.count > shorter.count, longer.has(shorter, at: longer.count - shorter.count) else { return false }
        let head = longer.count - shorter.count
        return qualifiers.contains { q in head >= q.count && longer.has(q, at: head - q.count) }
    }

    /// What joins a meeting's chair or host to its kind in a qualified name
    /// (`李克强主持召开的座谈会`, `习近平举行的欢迎宴会`; GraphBuilder.qualifiedGeneric).
    public static let chairedBy = "主持召开的", heldBy = "举行的"
    static let qualifiers: [[UInt32]] = [chairedBy, heldBy].map(U.s)

    /// Dice similarity of the character bigrams of two prepared names, 0…1.
    public static func dice(_ a: Prepared, _ b: Prepared) -> Double {
        let x = a.bigrams, y = b.bigrams
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var i = 0, j = 0, common = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { common += 1; i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return 2 * Double(common) / Double(x.count + y.count)
    }

    public static func dice(_ a: String, _ b: String) -> Double { dice(Prepared(a), Prepared(b)) }

    /// Like ``dice(_:_:)``, but 1 when one normalized name contains the other and the
    /// shorter has at least four characters.
    public static func similarity(_ a: Prepared, _ b: Prepared) -> Double {
        let (shorter, longer) = a.scalars.count <= b.scalars.count ? (a.scalars, b.scalars) : (b.scalars, a.scalars)
        if shorter.count >= 4, longer.firstOccurrence(of: shorter, in: 0..<longer.count) != nil { return 1 }
        // 十三届全国人大常委会宪法宣誓仪式 and 十三届全国人大常委会第二次全体会议: who held
        // them is shared; what they were is compared.
        var p = 0
        while p < shorter.count, shorter[p] == longer[p] { p += 1 }
        if p >= 4 {
            let x = Prepared(scalars: Array(a.scalars[p...])), y = Prepared(scalars: Array(b.scalars[p...]))
            return dice(x, y)
        }
        return dice(a, b)
    }

    public static func similarity(_ a: String, _ b: String) -> Double { similarity(Prepared(a), Prepared(b)) }
}
