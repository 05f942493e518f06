/// Reading numbers written with Arabic digits (ASCII or full-width) or Chinese
/// numerals from an array of Unicode scalar values.
enum Numerals {
    /// The value of an ASCII or full-width digit.
    @inline(__always)
    static func arabicDigit(_ c: UInt32) -> Int? {
        if c >= 0x30 && c <= 0x39 { return Int(c - 0x30) }
        if c >= 0xFF10 && c <= 0xFF19 { return Int(c - 0xFF10) }
        return nil
    }

    /// The value of a Chinese digit 〇零一二…九 (not 十).
    @inline(__always)
    static func chineseDigit(_ c: UInt32) -> Int? {
        switch c {
        case 0x3007, 0x96F6: 0  // 〇 零
        case 0x4E00: 1  // 一
        case 0x4E8C: 2  // 二
        case 0x4E09: 3  // 三
        case 0x56DB: 4  // 四
        case 0x4E94: 5  // 五
        case 0x516D: 6  // 六
        case 0x4E03: 7  // 七
        case 0x516B: 8  // 八
        case 0x4E5D: 9  // 九
        default: nil
        }
    }

    static let ten: UInt32 = 0x5341  // 十
    static let twenty: UInt32 = 0x5EFF  // 廿
    static let thirty: UInt32 = 0x5345  // 卅

    /// The numerals a day of the month is written with outside the time layer's own
    /// scanner (`二十日` between a name and its verb, `九月一日` inside a meeting's name):
    /// 〇 and 一 to 十.
    static let dayNumerals = ScalarSet("〇一二三四五六七八九十")

    /// Arabic digits at `i`: value, index after, and digit count (at most `maxDigits`).
    static func arabic(_ s: [UInt32], _ i: Int, maxDigits: Int = 4) -> (value: Int, next: Int, digits: Int)? {
        var j = i
        var value = 0
        while j < s.count, let d = arabicDigit(s[j]) {
            value = value * 10 + d
            j += 1
            if j - i > maxDigits { return nil }
        }
        return j > i ? (value, j, j - i) : nil
    }

    /// Chinese digits read positionally (`二〇二〇` → 2020).
    static func chineseDigits(_ s: [UInt32], _ i: Int) -> (value: Int, next: Int, digits: Int)? {
        var j = i
        var value = 0
        while j < s.count, let d = chineseDigit(s[j]), j - i < 4 {
            value = value * 10 + d
            j += 1
        }
        return j > i ? (value, j, j - i) : nil
    }

    /// A Chinese number from 1 to 39: 三, 十, 十二, 二十, 二十三, 廿三, 卅, 三十一.
    static func chineseSmall(_ s: [UInt32], _ i: Int) -> (value: Int, next: Int)? {
        guard i < s.count else { return nil }
        let c = s[i]
        if c == twenty || c == thirty {
            let base = c == twenty ? 20 : 30
            if i + 1 < s.count, let d = chineseDigit(s[i + 1]), d > 0 { return (base + d, i + 2) }
            return (base, i + 1)
        }
        if c == ten {
            if i + 1 < s.count, let d = chineseDigit(s[i + 1]), d > 0 { return (10 + d, i + 2) }
            return (10, i + 1)
        }
        guard let tens = chineseDigit(c), tens > 0 else { return nil }
        if i + 1 < s.count, s[i + 1] == ten {
            if i + 2 < s.count, let d = chineseDigit(s[i + 2]), d > 0 { return (tens * 10 + d, i + 3) }
            return (tens * 10, i + 2)
        }
        return (tens, i + 1)
    }

    /// A number of at most two Arabic digits, or a small Chinese number.
    static func small(_ s: [UInt32], _ i: Int) -> (value: Int, next: Int, chinese: Bool)? {
        if let a = arabic(s, i, maxDigits: 2) { return (a.value, a.next, false) }
        if let c = chineseSmall(s, i) { return (c.value, c.next, true) }
        return nil
    }
}
