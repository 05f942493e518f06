/// What a reference names (`传达学习…会议精神`): the meeting's name without the speech,
/// the spirit and the days written in it. Extraction keeps references as text
/// (`ConveyPass`) and merging resolves them against events by this name
/// (`ConveyResolver`, `MergeSPI`): both use this, not each other.
enum EventReference {
    /// The meeting name inside a reference (`习近平总书记在中央全面依法治国委员会第三次会议上的
    /// 重要讲话精神` → `中央全面依法治国委员会第三次会议`), or the occasion a speech was
    /// given on (`…6月7日在内蒙古考察时的重要讲话精神` → `内蒙古考察`).
    static func name(_ reference: [UInt32]) -> String {
        var text = reference[...]
        if let at = text.firstIndex(of: Lit.zai) { text = text[(at + 1)...] }
        for on in [Lit.onThe, Lit.whenThe] {
            var k = text.endIndex - on.count
            var cut = false
            while k >= text.startIndex {
                if text[k] == on[0] && text[k + 1] == on[1] { text = text[..<k]; cut = true; break }
                k -= 1
            }
            if cut { break }
        }
        var out = Array(text)
        let spirit = Lit.spirit
        if out.count >= 2, Array(out.suffix(2)) == spirit { out.removeLast(2) }
        // Drop a leading date (2月3日中共中央…), or a day told from the narration's
        // (前一天党风廉政建设…会议, 当天下午全县…会议: the time layer dates it), and the
        // part of that day.
        if let day = out.prefix(6).firstIndex(of: Lit.ri) { out = Array(out[(day + 1)...]) }
        else if let relative = Self.relativeDays.first(where: { out.starts(with: $0) }), out.count > relative.count + 2 { out.removeFirst(relative.count) }
        // (本周一街道党工委会议精神: a weekday of a week told from the text's day.)
        else if let week = Self.weeks.first(where: { out.starts(with: $0) }), out.count > week.count + 3, TimeScanner.weekdays[out[week.count]] != nil {
            out.removeFirst(week.count + 1)
        }
        // (A part of the day alone names the narration's day too: 传达了上午调研座谈会精神.)
        if let part = Self.partsOfDay.first(where: { out.starts(with: $0) }), out.count > part.count + 2 { out.removeFirst(part.count) }
        // …and one written inside, with the verb that dates it (市委常委会9月1日召开的会议,
        // 省委常委会8月5日会议): the name is what is left.
        out = withoutDays(out)
        for verb in Self.heldVerbs {
            while let at = out.firstOccurrence(of: verb, in: 0..<out.count) { out.removeSubrange(at..<at + verb.count) }
        }
        return U.string(out, 0..<out.count)
    }

    static func name(_ reference: String) -> String { name(U.s(reference)) }

    static let heldVerbs: [[UInt32]] = ["召开的", "举行的"].map(U.s)
    /// The time scanner's words that may open a reference, longest first: a day told from
    /// the narration's (当天, 前一天, 昨天), a week before its weekday (本周, 上星期) and a part
    /// of the day (上午; not 晚 alone, which opens 晚会).
    static let relativeDays: [[UInt32]] = longestFirst(TimeScanner.relativeWords.compactMap { word, relative in
        switch relative {
        case .day, .today: word
        default: nil
        }
    })
    static let weeks: [[UInt32]] = longestFirst(TimeScanner.weekWords.map(\.0))
    static let partsOfDay: [[UInt32]] = longestFirst(TimeScanner.timeWords.map(\.0).filter { $0.count >= 2 })
    static func longestFirst(_ words: [[UInt32]]) -> [[UInt32]] { words.sorted { $0.count > $1.count } }
    static let spanMarks = U.set("至到—-～~")

    /// `name` without the days written in it (`9月1日`, `8月5日至6日`, `2024年3月5日`,
    /// `十二月一日`): a run of digits or numerals with 年 / 月 that ends in 日. (Not the
    /// time scanner: it also takes a time of day with the day — `9月1日上午召开的会议`
    /// would lose `上午` — a change of what merging and the store's stored references
    /// resolve against, to be made on purpose if at all; the reference's date does come
    /// from the time layer, `GraphBuilder.statedDay`.)
    static func withoutDays(_ name: [UInt32]) -> [UInt32] {
        let numerals = Numerals.dayNumerals
        func isNumeral(_ c: UInt32) -> Bool { Numerals.arabicDigit(c) != nil || numerals.contains(c) }
        /// Where a day written at `i` ends (after its 日), or nil.
        func dayEnd(_ i: Int) -> Int? {
            var k = i
            var sawNumeral = false
            while k < name.count, isNumeral(name[k]) || (sawNumeral && (name[k] == TimeScanner.year || name[k] == TimeScanner.month)) {
                if isNumeral(name[k]) { sawNumeral = true }
                k += 1
            }
            return sawNumeral && k < name.count && name[k] == Lit.ri && k - i <= 12 ? k + 1 : nil
        }
        var out: [UInt32] = []
        out.reserveCapacity(name.count)
        var i = 0
        while i < name.count {
            if var end = dayEnd(i) {
                // 8月5日至6日: the second day of a span goes with the first.
                while end < name.count, Self.spanMarks.contains(name[end]), let next = dayEnd(end + 1) { end = next }
                i = end
                continue
            }
            out.append(name[i])
            i += 1
        }
        return out
    }
}
