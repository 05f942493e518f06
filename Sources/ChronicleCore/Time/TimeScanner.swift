/// Finds time expressions in text: `2020年2月9日`, `2月10日--13日`, `13日上午`,
/// `1月26日农历正月初二上午`, `农历正月初一`, `二〇二〇年二月九日`, `２月３日`,
/// `2020.2.9`, `1月下旬`, `当天`, `上个月`, `今年` …, and nothing in `第二次`, `一是`,
/// `12.4%`, `14天`, `十九届四中全会`, `2500多年`, `19号文件`.
///
/// Works on an array of Unicode scalar values so that offsets are scalar offsets and
/// scanning never touches `Character`.
struct TimeScanner {
    let s: [UInt32]

    init(scalars: [UInt32]) { self.s = scalars }

    // MARK: Vocabulary

    private static func u(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
    private static func c(_ text: String) -> UInt32 { text.unicodeScalars.first!.value }

    static let year: UInt32 = 0x5E74 /* 年 */, month: UInt32 = 0x6708 /* 月 */, day: UInt32 = 0x65E5 /* 日 */, hao: UInt32 = 0x53F7 /* 号 */, fen: UInt32 = 0x4EFD /* 份 */
    static let ben: UInt32 = 0x672C /* 本 */
    static let lunarPrefix = u("农历"), leap: UInt32 = 0x95F0 /* 闰 */, chu: UInt32 = 0x521D /* 初 */
    static let zheng: UInt32 = 0x6B63 /* 正 */, dong: UInt32 = 0x51AC /* 冬 */, la: UInt32 = 0x814A /* 腊 */, evening: UInt32 = 0x665A /* 晚 */, night: UInt32 = 0x591C /* 夜 */
    static let rangeWords: [[UInt32]] = [u("——"), u("--"), u("至"), u("到"), u("—"), u("-"), u("~"), u("～"), u("–"), u("－")]
    static let allDay: [[UInt32]] = [u("全天"), u("全日")]
    static let timeWords: [([UInt32], TimeOfDay)] = [
        (u("凌晨"), .earlyMorning), (u("上午"), .morning), (u("早上"), .morning), (u("早晨"), .morning),
        (u("清晨"), .morning), (u("中午"), .noon), (u("下午"), .afternoon), (u("傍晚"), .evening),
        (u("晚上"), .evening), (u("晚间"), .evening), (u("夜间"), .evening), (u("深夜"), .evening), (u("晚"), .evening),
    ]
    static let relativeWords: [([UInt32], TimeMention.Relative)] = [
        (u("当天"), .day(0)), (u("当日"), .day(0)), (u("同日"), .day(0)), (u("同一天"), .day(0)), (u("当晚"), .day(0)), (u("当夜"), .day(0)),
        (u("今天"), .today(0)), (u("今日"), .today(0)), (u("次日"), .day(1)), (u("翌日"), .day(1)), (u("第二天"), .day(1)),
        (u("昨天"), .today(-1)), (u("昨日"), .today(-1)), (u("前一天"), .day(-1)), (u("明天"), .today(1)), (u("前天"), .today(-2)),
        (u("本月"), .month(0)), (u("当月"), .month(0)), (u("上个月"), .month(-1)), (u("上月"), .month(-1)),
        (u("下个月"), .month(1)), (u("下月"), .month(1)),
        (u("今年"), .year(0)), (u("本年"), .year(0)), (u("去年"), .year(-1)), (u("明年"), .year(1)), (u("前年"), .year(-2)),
    ]
    static let partWords: [([UInt32], TimeMention.PartOfMonth)] = [
        (u("上旬"), .early), (u("中旬"), .middle), (u("下旬"), .late), (u("初"), .early),
        (u("底"), .late), (u("末"), .late),
    ]
    /// Words that start with 初 / 底 / 末 and so do not mean "early / end of the month"
    /// after 月 (`2月初步`, `3月底线`).
    static let partExceptions = ScalarSet("步次期心衷级始见具线子数细气梢尾")
    static let yearEdgeWords: [[UInt32]] = [u("底"), u("初"), u("末")]
    static let notEvening = ScalarSet("会报餐于辈点")
    /// Characters after `年` that make `1000年` a duration, not a year (`1000年来`).
    static let durationAfterYear = ScalarSet("来间多左")
    /// Characters before a number that make it a quantity, not a date.
    static let quantityBefore = ScalarSet("第近约逾超满每个多数几.．月")

    /// 本周 / 上周 / 下星期 …, before a weekday (一 … 六, 日 or 天).
    static let weekWords: [([UInt32], Int)] = [
        (u("本周"), 0), (u("这周"), 0), (u("上周"), -1), (u("下周"), 1),
        (u("本星期"), 0), (u("这星期"), 0), (u("上星期"), -1), (u("下星期"), 1), (u("上个星期"), -1), (u("下个星期"), 1),
    ]
    static let weekdays: [UInt32: Int] = [0x4E00: 0, 0x4E8C: 1, 0x4E09: 2, 0x56DB: 3, 0x4E94: 4, 0x516D: 5, 0x65E5: 6, 0x5929: 6]
    static let relativeStarts = ScalarSet(relativeWords.compactMap(\.0.first) + weekWords.compactMap(\.0.first))
    static let lunarStarts = ScalarSet("农正冬腊闰")
    static let calendarStarts = ScalarSet("0123456789０１２３４５６７８９〇零一二三四五六七八九十廿卅")
    static let starts: ScalarSet = {
        var set = ScalarSet("0123456789０１２３４５６７８９〇零一二三四五六七八九十廿卅农正冬腊闰两")
        for c in relativeWords.compactMap(\.0.first) + weekWords.compactMap(\.0.first) { set.insert(c) }
        return set
    }()

    /// First scalars that can start a time expression.
    @inline(__always)
    static func mayStart(_ c: UInt32) -> Bool { starts.contains(c) }

    // MARK: Scanning

    /// Every time expression in the text, in order, not overlapping.
    func scan() -> [TimeMention] {
        var found: [TimeMention] = []
        var i = 0
        let n = s.count
        while i < n {
            if Self.mayStart(s[i]), let mention = parse(at: i) {
                found.append(mention)
                i = mention.end
            } else {
                i += 1
            }
        }
        return found
    }

    @inline(__always)
    func at(_ i: Int) -> UInt32 { i < s.count && i >= 0 ? s[i] : 0 }

    func matches(_ word: [UInt32], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= s.count else { return false }
        for k in 0..<word.count where s[i + k] != word[k] { return false }
        return true
    }

    /// True when the scalar before `i` makes a number there part of a bigger number or
    /// a quantity (`12.4`, `第5`, `近20`).
    func quantityContext(before i: Int) -> Bool {
        guard i > 0 else { return false }
        let p = s[i - 1]
        if p == 0x2E || p == 0xFF0E, listMarker(endingAt: i - 1) { return false }
        return Numerals.arabicDigit(p) != nil || Self.quantityBefore.contains(p)
    }

    /// A list item's number at the start of a line (`2.` in `2.4月22日至24日…`), not
    /// a decimal number's integer part: one or two digits after a line break (or
    /// spaces) or at the start of the text.
    func listMarker(endingAt dot: Int) -> Bool {
        var k = dot - 1
        while k >= 0, Numerals.arabicDigit(s[k]) != nil, dot - k <= 2 { k -= 1 }
        guard k < dot - 1 else { return false }
        while k >= 0, s[k] == 0x20 || s[k] == 0x3000 || s[k] == 0x09 { k -= 1 }
        return k < 0 || s[k] == 0x0A || s[k] == 0x0D
    }

    func parse(at i: Int) -> TimeMention? {
        let c = s[i]
        if Self.relativeStarts.contains(c), let relative = parseRelative(at: i) { return relative }
        if Self.lunarStarts.contains(c), let lunar = parseStandaloneLunar(at: i) { return lunar }
        if let later = parseDaysLater(at: i) { return later }
        guard Self.calendarStarts.contains(c), !quantityContext(before: i) else { return nil }
        if Numerals.arabicDigit(c) != nil, let numeric = parseNumeric(at: i) { return numeric }
        return parseCalendar(at: i)
    }

    /// 当天, 次日, 上个月, 今年 … with an optional time of day.
    func parseRelative(at i: Int) -> TimeMention? {
        // 本周一下午, 上周五: a weekday of a week (not 本周 alone, not 每周一).
        for (word, week) in Self.weekWords where matches(word, at: i) {
            guard let day = Self.weekdays[at(i + word.count)] else { continue }
            // (Not 上周一年 or 本周日程: a weekday is not followed by 年 or 程.)
            if [0x5E74, 0x7A0B].contains(at(i + word.count + 1)) { continue }
            var mention = TimeMention(start: i, end: i + word.count + 1)
            mention.relative = .weekday(week: week, day: day)
            parseTimeOfDay(&mention)
            return mention
        }
        for (word, relative) in Self.relativeWords where matches(word, at: i) {
            // 同日本首相通电话: 日 starts 日本 (Japan), no day.
            if word.last == Self.day, at(i + word.count) == Self.ben { continue }
            var mention = TimeMention(start: i, end: i + word.count)
            mention.relative = relative
            switch relative {
            case .day, .today: parseTimeOfDay(&mention)
            case .month:
                // 本月13日, 上月28日上午: a day of that month (a number after 月 is otherwise
                // read as a quantity).
                if let (parts, next) = parseYMD(at: i + word.count, allowDayOnly: true), parts.year == nil, parts.month == nil, let day = parts.day {
                    mention.day = day
                    mention.end = next
                    // 本月4日至7日: days of that month, a range.
                    parseRangeEnd(&mention)
                    parseTimeOfDay(&mention)
                }
            default: break
            }
            // 当晚 / 当夜: the same day, in the evening.
            if word.last == Self.evening || word.last == Self.night { mention.timeOfDay = .evening }
            return mention
        }
        return nil
    }

    static let two: UInt32 = 0x4E24 /* 两 */, hou: UInt32 = 0x540E /* 后 */, zhou: UInt32 = 0x5468 /* 周 */
    static let daysLaterWords: [[UInt32]] = [u("天后"), u("日后")]

    /// `两天后`, `三日后`, `一周后`: days after the preceding date of the narration, up to
    /// ten days or two weeks (not `五十天后`, a quantity, nor `14天后`).
    func parseDaysLater(at i: Int) -> TimeMention? {
        let c = s[i]
        guard Numerals.arabicDigit(c) == nil, !quantityContext(before: i) else { return nil }
        if i > 0, Numerals.chineseDigit(s[i - 1]) != nil || s[i - 1] == Numerals.ten || s[i - 1] == Self.two { return nil }
        let count: Int, next: Int
        if c == Self.two {
            (count, next) = (2, i + 1)
        } else if let n = Numerals.chineseSmall(s, i), n.value >= 1, n.value <= 10 {
            (count, next) = (n.value, n.next)
        } else {
            return nil
        }
        var days = 0, end = 0
        if at(next) == Self.zhou, at(next + 1) == Self.hou, count <= 2 {
            (days, end) = (7 * count, next + 2)
        } else if Self.daysLaterWords.contains(where: { matches($0, at: next) }) {
            (days, end) = (count, next + 2)
        } else {
            return nil
        }
        var mention = TimeMention(start: i, end: end)
        mention.relative = .day(days)
        parseTimeOfDay(&mention)
        return mention
    }

    /// `2020.2.9`, `2020-02-09`, `2020/2/9`.
    func parseNumeric(at i: Int) -> TimeMention? {
        guard let y = Numerals.arabic(s, i, maxDigits: 4), y.digits == 4, (1900...2100).contains(y.value) else { return nil }
        let separator = at(y.next)
        guard separator == 0x2E || separator == 0x2D || separator == 0x2F else { return nil }
        guard let m = Numerals.arabic(s, y.next + 1, maxDigits: 2), at(m.next) == separator,
            let d = Numerals.arabic(s, m.next + 1, maxDigits: 2)
        else { return nil }
        // Not part of a longer number or a version string (2020.2.9.1, 2020-02-09-3).
        let after = at(d.next)
        if Numerals.arabicDigit(after) != nil || after == 0x25 || ((after == separator) && Numerals.arabicDigit(at(d.next + 1)) != nil) {
            return nil
        }
        guard CalendarDate(year: y.value, month: m.value, day: d.value) != nil else { return nil }
        var mention = TimeMention(start: i, end: d.next)
        mention.year = y.value
        mention.month = m.value
        mention.day = d.value
        parseTimeOfDay(&mention)
        return mention
    }

    /// Dates written with 年 / 月 / 日, optionally followed by a range end, a lunar
    /// annotation and a time of day.
    func parseCalendar(at i: Int) -> TimeMention? {
        var mention = TimeMention(start: i, end: i)
        guard let (parts, next) = parseYMD(at: i, allowDayOnly: true) else { return nil }
        mention.year = parts.year
        mention.month = parts.month
        mention.day = parts.day
        mention.end = next

        if mention.day == nil, mention.month != nil {
            // 1月下旬, 2月初, 3月份.
            if at(next) == Self.fen {
                mention.end = next + 1
            } else {
                for (word, part) in Self.partWords where matches(word, at: next) {
                    if word.count == 1, Self.partExceptions.contains(at(next + 1)) { continue }
                    mention.part = part
                    mention.end = next + word.count
                    break
                }
            }
        }
        if mention.day == nil && mention.month == nil && mention.year != nil {
            // 2018年底, 2020年初: keep the year, include the word in the span.
            for word in Self.yearEdgeWords where matches(word, at: next) && !Self.partExceptions.contains(at(next + 1)) {
                mention.end = next + 1
            }
        }

        if mention.day != nil || (mention.month != nil && mention.part == nil) {
            parseRangeEnd(&mention)
        }
        if mention.day != nil {
            parseLunarAnnotation(&mention)
            parseTimeOfDay(&mention)
        }
        return mention
    }

    struct YMD {
        var year: Int?
        var month: Int?
        var day: Int?
        var chinese = false
    }

    /// Does the 号 at `hao`, after a day's digits starting at `start`, end a day said aloud?
    func spokenDay(from start: Int, hao: Int) -> Bool {
        if Self.timeWords.contains(where: { matches($0.0, at: hao + 1) }) { return true }
        // 第1号, 为12号; 唐宁街10号, 某路3号: an ordinal, an address.
        if at(start - 1) == Self.ordinal || at(start - 1) == Self.wei || Self.addressEnds.contains(at(start - 1)) { return false }
        if start >= 2, matches(Self.timeWord, at: start - 2) { return true }
        let next = at(hao + 1)
        return U.isClauseEnd(next) || Self.spokenDayFollowers.contains(where: { matches($0, at: hao + 1) })
    }
    static let ordinal: UInt32 = 0x7B2C /* 第 */, wei: UInt32 = 0x4E3A /* 为 */
    /// 街路道巷弄楼栋院: an address's; 〕] : a document number's (`内航办安〔2013〕27号`).
    static let addressEnds = Set(u("街路道巷弄楼栋院〕]］"))
    static let timeWord = u("时间")
    /// What follows a day said aloud (`21号闭幕`, `12号在…举行`, `5号至7号`, `劳尔·卡斯特罗20号
    /// 发表讲话`, `…外长17号表示`).
    static let spokenDayFollowers: [[UInt32]] = ["在", "举行", "召开", "开幕", "闭幕", "开始", "结束", "起", "至", "到", "当天",
                                                 "发表", "表示", "宣布", "签署", "会见", "会晤", "抵达", "出席", "发布"].map(u)

    /// `[YYYY年][M月][D日]`, at least one part, validated.
    func parseYMD(at i: Int, allowDayOnly: Bool) -> (YMD, Int)? {
        var result = YMD()
        var j = i
        // Year: four Arabic or four Chinese digits, then 年.
        if let a = Numerals.arabic(s, j, maxDigits: 4), a.digits == 4, at(a.next) == Self.year {
            guard (1000...2199).contains(a.value), !Self.durationAfterYear.contains(at(a.next + 1)) else { return nil }
            result.year = a.value
            j = a.next + 1
        } else if let c = Numerals.chineseDigits(s, j), c.digits == 4, at(c.next) == Self.year {
            guard (1000...2199).contains(c.value) else { return nil }
            result.year = c.value
            result.chinese = true
            j = c.next + 1
        }
        // Month: 1–12, then 月 (not 个月).
        if let m = Numerals.small(s, j), at(m.next) == Self.month, (1...12).contains(m.value) {
            result.month = m.value
            result.chinese = result.chinese || m.chinese
            j = m.next + 1
            // Day: 1–31, then 日 or 号.
            if let d = Numerals.small(s, j), at(d.next) == Self.day || at(d.next) == Self.hao, (1...31).contains(d.value) {
                result.day = d.value
                result.chinese = result.chinese || d.chinese
                j = d.next + 1
            }
        } else if result.year == nil, allowDayOnly {
            // A day alone: Arabic digits and 日 only (`13日`; not `一日之功`, not `19号文件`).
            // 14号 as said aloud only where a day stands: before a time of day
            // (`14号上午`), after 时间 (`当地时间15号`), or before a clause's end or an event's
            // verb (`21号闭幕的…峰会`, `12号，`) — not `19号文件`, `3号线`, `第1号`.
            guard let d = Numerals.arabic(s, j, maxDigits: 2), at(d.next) == Self.day || at(d.next) == Self.hao && spokenDay(from: j, hao: d.next),
                (1...31).contains(d.value) else { return nil }
            result.day = d.value
            j = d.next + 1
        }
        if result.year == nil && result.month == nil && result.day == nil { return nil }
        if let month = result.month, let day = result.day {
            guard day <= CalendarDate.daysIn(month: month, year: result.year ?? 2000) else { return nil }
        }
        // A month written in Chinese numerals with neither year nor day is too often
        // not a date (`一月一次`); accept it only before 上旬/中旬/下旬.
        if result.chinese, result.year == nil, result.day == nil {
            let hasPart = Self.partWords.prefix(3).contains { matches($0.0, at: j) }
            if !hasPart { return nil }
        }
        return (result, j)
    }

    /// `至13日`, `--13日`, `至2月2日`, `至2020年1月2日`, `至3月`.
    func parseRangeEnd(_ mention: inout TimeMention) {
        for word in Self.rangeWords where matches(word, at: mention.end) {
            let j = mention.end + word.count
            guard let (parts, next) = parseYMD(at: j, allowDayOnly: mention.day != nil) else { continue }
            // The end must be at least as precise as the start requires.
            if mention.day != nil, parts.day == nil { continue }
            if mention.day == nil, parts.day != nil { continue }
            if parts.year == nil, parts.month == nil, mention.day == nil { continue }
            mention.endYear = parts.year
            mention.endMonth = parts.month
            mention.endDay = parts.day
            mention.isRange = true
            mention.end = next
            return
        }
    }

    /// `农历正月初二` (with optional brackets) right after a solar date.
    func parseLunarAnnotation(_ mention: inout TimeMention) {
        var j = mention.end
        let open = at(j)
        let bracketed = open == 0xFF08 || open == 0x28  // （ (
        if bracketed { j += 1 }
        guard matches(Self.lunarPrefix, at: j), let (lunar, next) = parseLunarMonthDay(at: j + Self.lunarPrefix.count) else { return }
        var end = next
        if bracketed {
            guard at(end) == 0xFF09 || at(end) == 0x29 else { return }
            end += 1
        }
        mention.lunar = lunar
        mention.end = end
    }

    /// `农历正月初一`, `正月十五`, `腊月二十三` on their own.
    func parseStandaloneLunar(at i: Int) -> TimeMention? {
        var j = i
        let hasPrefix = matches(Self.lunarPrefix, at: j)
        if hasPrefix { j += Self.lunarPrefix.count }
        if !hasPrefix {
            // Without 农历 only the lunar month names say it is lunar.
            var k = j
            if at(k) == Self.leap { k += 1 }
            let c = at(k)
            guard c == Self.zheng || c == Self.dong || c == Self.la else { return nil }
        }
        guard let (lunar, next) = parseLunarMonthDay(at: j) else { return nil }
        var mention = TimeMention(start: i, end: next)
        mention.lunar = lunar
        parseTimeOfDay(&mention)
        return mention
    }

    /// `[闰]正月初二`, `十二月三十`, `腊月廿三`.
    func parseLunarMonthDay(at i: Int) -> (LunarDate, Int)? {
        var j = i
        var leap = false
        if at(j) == Self.leap {
            leap = true
            j += 1
        }
        let month: Int
        switch at(j) {
        case Self.zheng: month = 1; j += 1
        case Self.dong: month = 11; j += 1
        case Self.la: month = 12; j += 1
        default:
            guard let m = Numerals.chineseSmall(s, j), (1...12).contains(m.value) else { return nil }
            month = m.value
            j = m.next
        }
        guard at(j) == Self.month else { return nil }
        j += 1
        let day: Int
        if at(j) == Self.chu {
            guard let d = Numerals.chineseSmall(s, j + 1), (1...10).contains(d.value) else { return nil }
            day = d.value
            j = d.next
        } else {
            guard let d = Numerals.chineseSmall(s, j), (11...30).contains(d.value) else { return nil }
            day = d.value
            j = d.next
        }
        return (LunarDate(month: month, day: day, isLeapMonth: leap), j)
    }

    static let meetWith: [UInt32] = u("会见")
    /// 星期, 周: before a weekday's number in the brackets after a date (`（星期四）`).
    static let weekdayWords: [[UInt32]] = [u("星期"), u("周"), u("礼拜")]
    static let openBracket: UInt32 = 0xFF08, closeBracket: UInt32 = 0xFF09, openParenthesis: UInt32 = 0x28, closeParenthesis: UInt32 = 0x29

    func parseTimeOfDay(_ mention: inout TimeMention) {
        // 全天 / 全日 (all day) belongs to the date and names no part of the day.
        for word in Self.allDay where matches(word, at: mention.end) {
            mention.end += word.count
            return
        }
        // 今天（12月15日）下午: the part of the day after a bracketed date is the date's
        // (the closing bracket is taken in with it).
        let bracket = at(mention.end) == Self.closeBracket || at(mention.end) == Self.closeParenthesis ? 1 : 0
        // 2月20日（星期四）下午: past the weekday a notice writes in brackets after the date.
        if bracket == 0, at(mention.end) == Self.openBracket || at(mention.end) == Self.openParenthesis {
            for word in Self.weekdayWords where matches(word, at: mention.end + 1) {
                let close = mention.end + 1 + word.count + 1
                guard Self.weekdays[at(close - 1)] != nil, at(close) == Self.closeBracket || at(close) == Self.closeParenthesis,
                    Self.timeWords.contains(where: { matches($0.0, at: close + 1) && $0.0.count == 2 })
                else { continue }
                mention.end = close + 1
                break
            }
        }
        for (word, time) in Self.timeWords where matches(word, at: mention.end + bracket) {
            // 晚 alone only when not the start of another word (晚会, 晚报).
            // 17日晚会见了…: 晚 and 会见, not 晚会.
            if word.count == 1, Self.notEvening.contains(at(mention.end + bracket + 1)), !matches(Self.meetWith, at: mention.end + bracket + 1) { continue }
            // (Only after a bracket that closes a date opened by one: （12月15日）.)
            if bracket == 1, at(mention.start - 1) != Self.openBracket, at(mention.start - 1) != Self.openParenthesis { return }
            mention.timeOfDay = time
            mention.end += bracket + word.count
            return
        }
    }
}
