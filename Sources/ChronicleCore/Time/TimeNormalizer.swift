/// A message about the input that did not stop the work: a partial date left partial,
/// a lunar annotation that disagrees with its solar date …
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How much a diagnostic matters: a warning is shown to users, a note only on request.
    public enum Severity: String, Hashable, Sendable { case warning, note }
    public var severity: Severity
    public var document: String
    public var offset: Int?
    public var message: String

    public var description: String {
        "\(document)\(offset.map { "@\($0)" } ?? ""): \(severity.rawValue): \(message)"
    }
}

/// Every time expression of a document, normalized and anchored, with the articles
/// and the reference date used to anchor them.
public struct TimeAnalysis: Sendable {
    public var reference: ReferenceDate?
    public var articles: [Article]
    public var expressions: [TimeExpression]
    public var diagnostics: [Diagnostic]
}

/// Finds, normalizes and anchors the time expressions of a document.
///
/// Anchoring: the document's reference date is the date it states for itself (a line
/// holding only a full date, as under a notice's signature), else the latest full date
/// written in it, else the user's `referenceDate`. A partial date takes its year and
/// month from the nearest preceding full date in the same article, else from the
/// article's own date, else from the reference date; a day-only date that would fall
/// after the reporting article's date moves to the month before. A month and day
/// without a year take the year that puts them closest to their anchor (so
/// `12月31日` in a document of 9 Feb 2020 is 2019-12-31).
public struct TimeNormalizer: Sendable {
    public var userReference: CalendarDate?
    public var calendar: LunarCalendar

    public init(referenceDate: CalendarDate? = nil, calendar: LunarCalendar = .shared) {
        self.userReference = referenceDate
        self.calendar = calendar
    }

    public func analyze(_ document: TextDocument) -> TimeAnalysis {
        let mentions = TimeScanner(scalars: document.scalars).scan()
        let reference = referenceDate(document, mentions)
        let summaries = mentions.map { mention in
            var summary = TimeMentionSummary(start: mention.start, end: mention.end, month: mention.relative == nil ? mention.month : nil,
                                             day: mention.relative == nil ? mention.day : nil,
                                             endMonth: mention.isRange ? (mention.endMonth ?? mention.month) : nil, endDay: mention.isRange ? mention.endDay : nil)
            // (昨天下午，… under a stated date: the day the lead reports, for the splitter to
            // keep a paragraph looking back to an earlier day in its article.)
            if case .today(let days)? = mention.relative, let reference, reference.source == .stated, let day = reference.date.adding(days: days) {
                summary.spokenDay = day.month.flatMap { month in day.day.map { month * 100 + $0 } }
            }
            return summary
        }
        let articles = ArticleSplitter.split(document, mentions: summaries)
        var diagnostics: [Diagnostic] = []
        if reference == nil {
            diagnostics.append(Diagnostic(severity: .warning, document: document.path, offset: nil,
                message: "no reference date: the document states no full date and none was given (--reference-date YYYY-MM-DD); partial dates stay partial"))
        }
        var expressions: [TimeExpression] = []
        expressions.reserveCapacity(mentions.count)

        // A date line among the first three lines (a news item's dateline under its title).
        let datelined = reference.map { reference in
            guard reference.source == .stated, let offset = reference.offset else { return false }
            // (Or a web page's publication line under its breadcrumb and headline — `发布时间：
            // 2016-06-21 16:30　来源：…` on the sixth line: the page speaks from its day.)
            let line = document.line(of: offset)
            return line <= 3 || Self.issuedAtLineEnd(document, offset: offset) || Self.signedAtEnd(document, line: line - 1)
                || line < 8 && Self.publicationLabels.contains { label in
                    document.scalars.firstOccurrence(of: label, in: ArticleSplitter.trim(document.scalars, document.lineRange(line - 1))) != nil
                }
        } ?? false
        var articleIndex = -1
        var articleDate: (start: CalendarDate, end: CalendarDate, mention: Int)?
        // The days the items of a compilation were published, from their source lines.
        let sourceDays = Self.sourceDays(document, mentions: mentions)
        var context: CalendarDate?
        var contextIsArticleDate = false
        // A day looked back to in the middle of a paragraph (`…。6月20日，市水务局局务会议研究
        // 提出…` in a report of 8 July) is the narration's only to the paragraph's end: the
        // day it was at before, and where that paragraph ends.
        // The days the text writes as M月D日, read once (not once per day alone resolved).
        let writtenDays = Self.writtenDays(document.scalars)
        var lookBack: (context: CalendarDate?, isArticleDate: Bool, offset: Int?, until: Int)?
        // Where the day the narration is at was written.
        var contextOffset: Int?
        // The day the item before was at, for an item with no day of its own.
        var previousItemDay: CalendarDate?
        // The day the narration was at when the article began (its items told in a chain:
        // `（二）…视频会议` / `来源：…　2017-07-05` / `两天后，…`), and the ends of the source lines.
        var dayBeforeArticle: CalendarDate?
        let sourceLineEnds = Set(sourceDays.map(\.offset))
        for (index, mention) in mentions.enumerated() {
            while articleIndex + 1 < articles.count, articles[articleIndex + 1].range.lowerBound <= mention.start {
                dayBeforeArticle = context ?? dayBeforeArticle
                articleIndex += 1
                articleDate = ownDate(of: articles[articleIndex], mentions: mentions, from: index, reference: reference?.date)
                // (An item of a bulletin with no day of its own whose paragraph opens on 当天 /
                // 同日 goes on from the day the item before it was at: `【安全】集团召开安全生产
                // 调度会` / `当天下午，…` — not a 当天 later in a line, after 日前 or a day the
                // scanner does not read, 20号.)
                previousItemDay = articleDate == nil ? context : nil
                context = nil
                contextIsArticleDate = false
                contextOffset = nil
                lookBack = nil
            }
            if let back = lookBack, mention.start >= back.until {
                (context, contextIsArticleDate, contextOffset) = (back.context, back.isArticleDate, back.offset)
                lookBack = nil
            }
            let isArticleDate = articleDate?.mention == index
            let carried: CalendarDate? = if context == nil, case .day = mention.relative, Self.opensLine(document, at: mention.start) { previousItemDay } else { nil }
            // (次日, 两天后 after no day but the item's source line — when it was published —
            // go on from the day the item before was at, not from the publication.)
            let chained: CalendarDate? = if case .day(let days) = mention.relative, days > 0, let before = dayBeforeArticle, let current = context,
                before <= current, let offset = contextOffset, sourceLineEnds.contains(document.lineRange(document.line(of: offset) - 1).upperBound) { before } else { nil }
            var expression = resolve(
                mention, document: document, context: isArticleDate ? nil : chained ?? context ?? carried,
                contextIsArticleDate: contextIsArticleDate,
                articleDate: isArticleDate ? nil : articleDate.map { ($0.start, $0.end) },
                reference: reference?.date,
                // In a compilation each article speaks from its own day; a single report,
                // or a bulletin under a dateline (a news roundup), speaks from the
                // document's date.
                // (An item under its own source line — `（来源：…，2024年5月10日）` — speaks
                // from that day, not from the day the compilation was printed.)
                // (An item without a source line of its own, in a compilation whose items
                // have them, is the editor's: it speaks from the day the compilation was
                // printed — 上周五 in a bulletin of Friday 4 August is 28 July.)
                // (What a meeting or a speaker said there — 会议指出，前天召开的… — speaks from the
                // day told before it, the meeting's, not the page's.)
                speakingDay: Self.saidAtTheReport(document.scalars, before: mention.start, mention.relative) && context != nil ? nil
                    : sourceDays.last(where: { $0.offset < mention.start && (articleIndex < 0 || $0.offset >= articles[articleIndex].range.lowerBound) })?.day
                    ?? (articles.count > 1 && !datelined && sourceDays.isEmpty ? nil : reference.flatMap { $0.source == .stated || $0.source == .user ? $0.date : nil }),
                writtenDays: writtenDays)
            // 明年1月1日, 今年12月底: a relative year written right before a month gives it
            // its year (a range's end moves with it).
            if mention.year == nil, mention.relative == nil, let previous = expressions.last,
                previous.granularity == .year, previous.rule == .relativeToDocument, previous.offset + previous.length == mention.start,
                let year = previous.value?.year, let value = expression.value, let month = value.month,
                let placed = CalendarDate(year: year, month: month, day: value.day)
            {
                let shift = year - value.year
                if let end = expression.end, let month = end.month { expression.end = CalendarDate(year: end.year + shift, month: month, day: end.day) }
                expression.value = placed
                expression.rule = .relativeToDocument
            }
            if expression.rule == .unanchored {
                diagnostics.append(Diagnostic(severity: .warning, document: document.path, offset: mention.start,
                    message: "\(expression.text): nothing to take the \(mention.month == nil ? "month and year" : "year") from; left partial"))
            }
            for note in expression.notes {
                diagnostics.append(Diagnostic(severity: .note, document: document.path, offset: mention.start, message: note))
            }
            // A date inside a conveyed reference (传达学习3月14日…会议精神) is not the
            // date the narration is at: 当天 / 次日 after it still refer to the report's day.
            if let value = expression.value, value.granularity == .day,
                expression.granularity == .day || expression.granularity == .range,
                Self.movesNarration(document.scalars, start: mention.start, end: mention.end),
                // (Nor 明天 / 后天: a report tells what was done, and 绝不拖到明天 is a saying.)
                !Self.isTomorrow(mention),
                // (Nor a day after a dated item's own: 紧急状态延长至4月3日 is planned; 11日
                // after it is still the item's month.)
                !(datelined && reference.map { value > $0.date } ?? false),
                // (Nor a day of an earlier year than the article's, looked back on: 去年2月9日召开的
                // …全会上提出的…。当天下午，… is still the article's day.)
                // (An article dated after the document, from a headline's plan, tells nothing.)
                isArticleDate || !(articleDate.map { value.year < $0.start.year && $0.start <= (reference?.date ?? $0.start) } ?? false)
            {
                // (Not a news item's first day told, before its dateline: 李克强8日在…, when
                // the narration is only at the dateline.)
                if lookBack == nil, !isArticleDate, let current = context, value < current, contextOffset != reference?.offset,
                    let line = Self.paragraphIfInside(document, at: mention.start)
                {
                    lookBack = (current, contextIsArticleDate, contextOffset, line.upperBound)
                } else if let back = lookBack, let saved = back.context, value >= saved {
                    // (The narration moved on past where it was, in the same paragraph: no
                    // going back to it at the paragraph's end.)
                    lookBack = nil
                }
                context = value
                contextIsArticleDate = isArticleDate
                contextOffset = mention.start
            }
            expressions.append(expression)
        }
        return TimeAnalysis(reference: reference, articles: articles, expressions: expressions, diagnostics: diagnostics)
    }

    /// The days the items of a compilation were published, each written in full on a short
    /// source line under the item's heading (`（来源：“临渚发布”，2024年5月7日）`, `来源：…　2024-05-10`),
    /// by where the line ends: the text after it tells its 昨天 and 本周三 from that day. Empty
    /// unless two or more such lines are found (one is a single report's byline).
    static func sourceDays(_ document: TextDocument, mentions: [TimeMention]) -> [(offset: Int, day: CalendarDate)] {
        var found: [(offset: Int, day: CalendarDate)] = []
        var lastLine = -1
        for m in mentions where m.relative == nil && !m.isRange {
            guard let year = m.year, let month = m.month, let day = m.day else { continue }
            let line = document.line(of: m.start) - 1
            guard line != lastLine else { continue }
            let range = document.lineRange(line)
            guard range.count <= 60, document.scalars.firstOccurrence(of: sourceLabel, in: range) != nil,
                let date = CalendarDate(year: year, month: month, day: day)
            else { continue }
            lastLine = line
            found.append((range.upperBound, date))
        }
        return found.count >= 2 ? found : []
    }
    static let sourceLabel: [UInt32] = "来源".unicodeScalars.map(\.value)

    /// Is the mention a day after the one the text speaks from (明天, 后天)?
    static func isTomorrow(_ mention: TimeMention) -> Bool {
        if case .today(let days) = mention.relative { return days > 0 }
        return false
    }

    /// Does the mention at `offset` open its line (only spaces before it)?
    static func opensLine(_ document: TextDocument, at offset: Int) -> Bool {
        let line = document.lineRange(document.line(of: offset) - 1)
        return (line.lowerBound..<offset).allSatisfy { U.isSpace(document.scalars[$0]) }
    }

    /// The line holding `offset` when the offset is inside it — after a clause of the line
    /// has ended (`…情况。6月20日，…`), not where the line opens (`◆5月29日上午，…`).
    static func paragraphIfInside(_ document: TextDocument, at offset: Int) -> Range<Int>? {
        let line = document.lineRange(document.line(of: offset) - 1)
        let s = document.scalars
        guard (line.lowerBound..<offset).contains(where: { s[$0] == 0x3002 || s[$0] == 0xFF1B || s[$0] == 0xFF0C }) else { return nil }
        return line
    }

    /// Can the day written at `start..<end` be the day the narration is at? Not inside a
    /// conveyed reference (传达学习3月14日…会议精神), not planned (8月15日前完成), and not
    /// only describing a meeting recalled (在2月26日召开的全县农村工作会议上).
    static func movesNarration(_ s: [UInt32], start: Int, end: Int) -> Bool {
        toldDay(s, start: start, end: end) && !describesRecalled(s, end: end)
    }

    /// Is the day at `start..<end` one the text tells something on — not inside a conveyed
    /// reference, not planned, and not where a span begins (2月26日院党组会议以来: since)?
    static func toldDay(_ s: [UInt32], start: Int, end: Int) -> Bool {
        !insideReference(s, at: start) && !plannedDay(s, start: start, end: end) && !sinceDay(s, end: end)
    }

    /// Does the day ending at `end` begin a span, 以来 closing its clause shortly after
    /// (2月26日院党组会议以来)? (With 自 before it, ``plannedDay(_:start:end:)`` says so.)
    static func sinceDay(_ s: [UInt32], end: Int) -> Bool {
        var k = end
        while k < s.count, k - end < 24, !clauseStops.contains(s[k]) {
            if s.has(since, at: k) { return true }
            k += 1
        }
        return false
    }

    /// True when the day at `start..<end` is when something will happen (将于6月1日…,
    /// 6月1日将前往…): 当天 / 次日 later on still count from the day the narration is at
    /// (蓬佩奥5月31日说，金英哲6月1日将前往华盛顿…。蓬佩奥当天…: 31 May).
    static func plannedDay(_ s: [UInt32], start: Int, end: Int) -> Bool {
        if end < s.count, s[end] == will { return true }
        // 要在8月15日前完成…, 于6月20日之前: a deadline, not a day told (not 8月15日前后, about).
        if end < s.count, s[end] == qian, !(end + 1 < s.count && s[end + 1] == hou) { return true }
        if deadlineWords.contains(where: { s.has($0, at: end) }) { return true }
        // 自12月18日起至明年3月底开展…行动: the start of a period, not a day told.
        if start >= 1, s[start - 1] == from || s[start - 1] == cong, end < s.count, s[end] == qi || s.has(startWord, at: end) { return true }
        // 自8月26日街道党工委扩大会议部署开展…以来: since then, not a day the narration is at.
        if start >= 1, s[start - 1] == from {
            var k = end
            while k < s.count, k - end < 40, !clauseStops.contains(s[k]) {
                if s.has(since, at: k) { return true }
                k += 1
            }
        }
        return plannedBefore.contains { word in start >= word.count && Array(s[(start - word.count)..<start]) == word }
    }
    /// True when the day ending at `end` is followed by `召开的` / `举行的` (a part of the
    /// day between allowed): it describes the meeting named after it, recalled in passing.
    static func describesRecalled(_ s: [UInt32], end: Int) -> Bool {
        var k = end
        if let part = TimeScanner.timeWords.first(where: { word, _ in s.has(word, at: k) }) { k += part.0.count }
        return EventReference.heldVerbs.contains { s.has($0, at: k) }
    }
    static let qian: UInt32 = 0x524D /* 前 */, hou: UInt32 = 0x540E /* 后 */
    static let deadlineWords: [[UInt32]] = ["之前", "以前"].map { $0.unicodeScalars.map(\.value) }
    static let will: UInt32 = 0x5C06 /* 将 */
    static let from: UInt32 = 0x81EA /* 自 */, cong: UInt32 = 0x4ECE /* 从 */, qi: UInt32 = 0x8D77 /* 起 */
    static let startWord: [UInt32] = "开始".unicodeScalars.map(\.value)
    static let since: [UInt32] = "以来".unicodeScalars.map(\.value)

    /// Every `M月D日` the text writes in Arabic digits (not after another digit, no
    /// leading zero), as month × 100 + day: a headline's `4日` the lead writes `3月4日`.
    static func writtenDays(_ s: [UInt32]) -> Set<Int> {
        func ascii(_ c: UInt32) -> Int? { c >= 0x30 && c <= 0x39 ? Int(c - 0x30) : nil }
        var days = Set<Int>()
        for i in s.indices where s[i] == yue {
            var k = i
            while k > 0, ascii(s[k - 1]) != nil { k -= 1 }
            guard k < i, i - k <= 2, s[k] != 0x30, k == 0 || Numerals.arabicDigit(s[k - 1]) == nil else { continue }
            let month = s[k..<i].reduce(0) { $0 * 10 + ascii($1)! }
            var e = i + 1
            while e < s.count, e - i <= 2, ascii(s[e]) != nil { e += 1 }
            guard e > i + 1, e < s.count, s[e] == ri, s[i + 1] != 0x30 else { continue }
            days.insert(month * 100 + s[i + 1..<e].reduce(0) { $0 * 10 + ascii($1)! })
        }
        return days
    }
    static let yue: UInt32 = 0x6708 /* 月 */, ri: UInt32 = 0x65E5 /* 日 */

    static let plannedBefore: [[UInt32]] = ["将于", "拟于", "定于", "计划于", "预计于", "将在"].map { $0.unicodeScalars.map(\.value) }

    static let referenceVerbs: [[UInt32]] = ["传达", "学习", "贯彻", "落实", "收看"].map { $0.unicodeScalars.map(\.value) }
    /// Labels of a web page's publication line (发布时间, 来源): a full date on that line,
    /// among the first five, is the document's date.
    static let publicationLabels: [[UInt32]] = ["发布时间", "发布日期", "发布于", "发表时间", "发稿时间", "更新时间", "来源："].map { $0.unicodeScalars.map(\.value) }
    /// Does the text hold two publication lines or more (a compilation of web pages)?
    static func severalPublicationLines(_ s: [UInt32]) -> Bool {
        var count = 0
        for label in publicationLabels.prefix(2) {
            var from = 0
            while let at = s.firstOccurrence(of: label, in: from..<s.count) {
                count += 1
                if count > 1 { return true }
                from = at + label.count
            }
        }
        return false
    }

    /// Is line `index` (0-based; a line holding only a full date) a notice's signature: among
    /// the last three lines that hold anything, right under a short line with no clause in
    /// it (its issuer, `中共北亭区沄溪街道工作委员会`)? A signed notice speaks from that day
    /// (`本周一` in its body is the Monday of its week), though its numbered parts split it.
    static func signedAtEnd(_ document: TextDocument, line index: Int) -> Bool {
        let s = document.scalars
        func blank(_ i: Int) -> Bool { ArticleSplitter.trim(s, document.lineRange(i)).isEmpty }
        var after = 0
        for i in index + 1..<document.lineStarts.count where !blank(i) { after += 1 }
        guard after <= 2, index > 0 else { return false }
        var above = index - 1
        while above > 0, blank(above) { above -= 1 }
        let issuer = ArticleSplitter.trim(s, document.lineRange(above))
        return (4...30).contains(issuer.count) && holdsNoClause(s, issuer)
    }

    /// Does the full date at `offset` end its line (but for 印发 / 编印 / 发布 after it), after
    /// an issuer and a run of two or more spaces — a bulletin's or a document's issue line?
    /// (Or after one space when written in figures, `2018-03-22`: a post's byline, `原创　院党委
    /// 办公室　泓川市中心医院　2018-03-22`.)
    static func issuedAtLineEnd(_ document: TextDocument, offset: Int) -> Bool {
        let s = document.scalars
        let line = document.lineRange(document.line(of: offset) - 1)
        var spaces = 0
        var k = offset - 1
        while k >= line.lowerBound, s[k] == 0x20 || s[k] == 0x3000 { spaces += 1; k -= 1 }
        guard spaces >= 1, k >= line.lowerBound else { return false }
        // The date's own end: digits and 年月日 (or - / .), then at most a verb of issuing.
        var end = offset
        var inFigures = false
        while end < line.upperBound, Numerals.arabicDigit(s[end]) != nil || Self.dateCharacters.contains(s[end]) || Self.figureSeparators.contains(s[end]) {
            if Self.figureSeparators.contains(s[end]) { inFigures = true }
            end += 1
        }
        guard spaces >= 2 || inFigures else { return false }
        let rest = Array(s[end..<line.upperBound]).filter { $0 != 0x20 && $0 != 0x3000 && $0 != 0x0D }
        return rest.isEmpty || Self.issueWords.contains(rest)
    }
    static let dateCharacters = Set("年月日".unicodeScalars.map(\.value))
    static let figureSeparators = Set("-/.".unicodeScalars.map(\.value))
    static let issueWords: [[UInt32]] = ["印发", "编印", "发布", "印"].map { $0.unicodeScalars.map(\.value) }

    /// Is `range` (after a date, to the end of its line) only a clock time, `07:45` or
    /// `07:45:12`, after white space?
    /// Is a relative day (`前天`, `昨天`) in what was said — a saying verb and a comma before it
    /// in its sentence (`会议指出，`, `他强调，`)?
    static func saidAtTheReport(_ s: [UInt32], before offset: Int, _ relative: TimeMention.Relative?) -> Bool {
        guard case .today? = relative else { return false }
        var k = offset
        while k > 0, offset - k < 60, !sentenceEnds.contains(s[k - 1]) { k -= 1 }
        guard k < offset else { return false }
        let before = Array(s[k..<offset])
        return sayingVerbs.contains { verb in
            before.firstOccurrence(of: verb + [Lit.comma], in: 0..<before.count) != nil
        }
    }
    static let sayingVerbs: [[UInt32]] = ["指出", "强调", "认为", "表示"].map { $0.unicodeScalars.map(\.value) }
    static let sentenceEnds = Set("。！？\n".unicodeScalars.map(\.value))

    /// Is `range` (the rest of a line after a date) only a weekday, then perhaps the page
    /// (`　星期五　　第3版　街镇·社区`), or the page alone (`　第1版`): a newspaper page's
    /// header line?
    static func onlyAWeekdayAndPage(_ s: [UInt32], _ range: Range<Int>) -> Bool {
        func isSpace(_ c: UInt32) -> Bool { c == 0x20 || c == 0x3000 || c == 0x09 }
        var k = range.lowerBound
        guard k < range.upperBound, isSpace(s[k]) else { return false }
        while k < range.upperBound, isSpace(s[k]) { k += 1 }
        // (The weekday may be left out before the page: `《澄阳日报》2013年1月24日　第1版`.)
        var weekday = false
        if s.has(Self.weekWord, at: k) || k < range.upperBound && s[k] == Self.weekShort {
            k += s[k] == Self.weekShort ? 1 : 2
            guard k < range.upperBound, Self.weekdayNames.contains(s[k]) else { return false }
            k += 1
            weekday = true
        }
        while k < range.upperBound, isSpace(s[k]) { k += 1 }
        guard k < range.upperBound else { return weekday }
        // 第3版: the page, then anything (its section).
        guard s[k] == Self.ordinal else { return false }
        k += 1
        let digits = k
        while k < range.upperBound, Numerals.arabicDigit(s[k]) != nil || Numerals.dayNumerals.contains(s[k]) { k += 1 }
        return k > digits && k < range.upperBound && s[k] == Self.pageWord
    }
    static let weekWord = U.s("星期")
    static let weekShort: UInt32 = 0x5468 /* 周 */
    static let weekdayNames = U.set("一二三四五六日天")
    static let ordinal: UInt32 = 0x7B2C /* 第 */
    static let pageWord: UInt32 = 0x7248 /* 版 */

    static func onlyAClockTime(_ s: [UInt32], _ range: Range<Int>) -> Bool {
        var k = range.lowerBound
        guard k < range.upperBound, s[k] == 0x20 || s[k] == 0x3000 || s[k] == 0x09 else { return false }
        while k < range.upperBound, s[k] == 0x20 || s[k] == 0x3000 || s[k] == 0x09 { k += 1 }
        var digits = 0, colons = 0
        while k < range.upperBound {
            if Numerals.arabicDigit(s[k]) != nil { digits += 1 } else if s[k] == 0x3A || s[k] == 0xFF1A { colons += 1 } else { break }
            k += 1
        }
        guard (1...2).contains(colons), digits >= 3 else { return false }
        // (Then perhaps, after white space, a short tag with no clause in it: the account's
        // place, `蓼汀街道发布　2026年4月10日 17:45　北屿区`.)
        guard k < range.upperBound else { return true }
        guard s[k] == 0x20 || s[k] == 0x3000 || s[k] == 0x09, range.upperBound - k <= 16 else { return false }
        return holdsNoClause(s, k..<range.upperBound)
    }
    /// Does `range` hold no clause's punctuation and no colon (a tag, an issuer's name)?
    static func holdsNoClause(_ s: [UInt32], _ range: Range<Int>) -> Bool {
        !s[range].contains { clauseStops.contains($0) || $0 == 0xFF1A || $0 == 0x3A }
    }
    /// Is the object a convey verb opened at `from` still open at `to`: no 精神 between
    /// closes it, unless a joiner lists a further one after it (传达学习县委推进会议精神和
    /// 日前召开的…会议精神)? (EventFinder's conveyed meetings read objects the same way.)
    static func objectOpen(_ s: [UInt32], from: Int, to: Int) -> Bool {
        var k = from
        while let spirit = s.firstOccurrence(of: Lit.spirit, in: k..<to) {
            let next = spirit + Lit.spirit.count
            guard next < to, objectJoiners.contains(where: { s.has($0, at: next) }) else { return false }
            k = next
        }
        return true
    }
    /// What lists a further object after 精神.
    static let objectJoiners: [[UInt32]] = ["和", "、", "及", "以及", "与"].map(U.s)
    static let clauseStops = Set("，,。；;！？\n".unicodeScalars.map(\.value))

    /// True when a convey verb stands shortly before `offset` in the same clause.
    static func insideReference(_ s: [UInt32], at offset: Int) -> Bool {
        var i = offset
        while i > 0, offset - i < 40 {
            i -= 1
            if clauseStops.contains(s[i]) { return false }
            for verb in referenceVerbs where i + verb.count <= offset && s.has(verb, at: i) {
                // Near the verb, its object; further on, only while no 精神 has closed it
                // (传达学习了…四中全会精神和11月4日…推进会精神: a second object listed).
                return offset - i < 12 || objectOpen(s, from: i + verb.count, to: offset)
            }
        }
        return false
    }

    // MARK: Reference and article dates

    func referenceDate(_ document: TextDocument, _ mentions: [TimeMention]) -> ReferenceDate? {
        var latest: (CalendarDate, Int)?
        // (Read once: a page of several pages, each with its own publication line.)
        lazy var severalPages = Self.severalPublicationLines(document.scalars)
        for mention in mentions where mention.relative == nil {
            guard let y = mention.year, let m = mention.month, let d = mention.day,
                let date = CalendarDate(year: y, month: m, day: d)
            else { continue }
            // A line holding only this date is the document's own date (not a notice's time
            // field's `2023年3月22日（星期三）下午`: a part of the day is no document's).
            let line = document.line(of: mention.start) - 1
            let trimmed = ArticleSplitter.trim(document.scalars, document.lineRange(line))
            if trimmed == mention.start..<mention.end, !mention.isRange, mention.timeOfDay == nil {
                return ReferenceDate(date: date, source: .stated, offset: mention.start)
            }
            // A web page's publication line among the first lines (`发布时间：2023-12-15 10:32
            // 来源：…`, `来源：…融媒体中心　　2019-11-21`): the document's own date too.
            // (Or an issuer's line ending in the date: `青梧市人民政府办公室编　　　　2023年5月13日`,
            // `中共杉塘镇委员会办公室　　　　2023年6月13日印发`.)
            if line < 6, !mention.isRange, Self.issuedAtLineEnd(document, offset: mention.start) {
                return ReferenceDate(date: date, source: .stated, offset: mention.start)
            }
            // (Or the date with its clock time: `2021-03-10 07:45` under a post's account name;
            // or with its weekday and page, a newspaper page's header: `泓江日报　2013年7月19日
            // 星期五　第3版`.)
            if line < 5, !mention.isRange, Self.onlyAClockTime(document.scalars, mention.end..<trimmed.upperBound)
                || line < 3 && mention.timeOfDay == nil && Self.onlyAWeekdayAndPage(document.scalars, mention.end..<trimmed.upperBound)
            {
                return ReferenceDate(date: date, source: .stated, offset: mention.start)
            }
            // (Only one such line: a page of several pages, each with its own, is a compilation.
            // Under a breadcrumb, a headline and a subtitle it is the sixth line or so.)
            if line < 8, !mention.isRange, !severalPages, Self.publicationLabels.contains(where: { label in
                document.scalars.firstOccurrence(of: label, in: trimmed) != nil })
            {
                return ReferenceDate(date: date, source: .stated, offset: mention.start)
            }
            let end = mention.isRange ? CalendarDate(year: mention.endYear ?? y, month: mention.endMonth ?? m, day: mention.endDay ?? d) ?? date : date
            if latest == nil || end > latest!.0 { latest = (end, mention.start) }
        }
        if let latest { return ReferenceDate(date: latest.0, source: .latestInText, offset: latest.1) }
        if let userReference { return ReferenceDate(date: userReference, source: .user) }
        return nil
    }

    /// The date an article reports on: the first expression in its lead that states a
    /// month and a day (its dateline or opening), with the year stated or closest to
    /// the reference date. A range gives its start and end.
    func ownDate(of article: Article, mentions: [TimeMention], from index: Int, reference: CalendarDate?) -> (start: CalendarDate, end: CalendarDate, mention: Int)? {
        var k = index
        while k < mentions.count, mentions[k].start < article.lead.upperBound {
            let m = mentions[k]
            // Not a day a relative year written right before it places (该办法将于明年1月1日
            // 起实施): that says when something will be, not the article's day.
            let afterRelative = k > 0 && mentions[k - 1].relative != nil && mentions[k - 1].end == m.start
            // A day written alone before any full date (欧盟委员会19日…。5月27日，欧盟宣布… in a
            // flash of 20 June): the lead tells of the item's days; a full date after it is
            // recalled, not the article's own.
            if m.start >= article.lead.lowerBound, m.relative == nil, m.month == nil, m.year == nil, m.day != nil { return nil }
            // (Nor after a day told from the day the text speaks from — 本周三上午，…召开…，传达学习
            // 7月12日…精神 in a paper of 19 July: the lead's full date is a day looked back on.)
            if m.start >= article.lead.lowerBound, let relative = m.relative {
                switch relative {
                case .today, .weekday: return nil
                default: break
                }
            }
            if m.start >= article.lead.lowerBound, m.relative == nil, !afterRelative, let month = m.month, let day = m.day {
                let year: Int?
                if let y = m.year { year = y } else if let reference { year = Self.yearBefore(month: month, day: day, reference: reference) } else { year = nil }
                guard let year, let start = CalendarDate(year: year, month: month, day: day) else { return nil }
                var end = start
                if m.isRange, let e = CalendarDate(year: m.endYear ?? year, month: m.endMonth ?? month, day: m.endDay ?? day), e >= start {
                    end = e
                }
                return (start, end, k)
            }
            k += 1
        }
        return nil
    }

    /// The year for a month (and day) written without one, next to a date written
    /// in the text: the same year, unless the date lies across a year boundary within
    /// a quarter (`2019年12月30日 … 1月2日` → 2020).
    static func yearNear(month: Int, day: Int?, context: CalendarDate) -> Int {
        guard let anchorDay = context.dayNumber else { return context.year }
        for year in [context.year + 1, context.year - 1] {
            if let candidate = CalendarDate(year: year, month: month, day: min(day ?? 15, CalendarDate.daysIn(month: month, year: year)))?.dayNumber,
                abs(candidate - anchorDay) <= 92
            {
                return year
            }
        }
        return context.year
    }

    /// The year for a month (and day) written without one, anchored to the document's
    /// reference date. Reports tell what has happened, so the date falls on or before
    /// the reference date, allowing a month of plans ahead (two for a month alone):
    /// `12月31日` and `8月26日` in a document of 9 Feb 2020 are in 2019, `2月17日` in 2020.
    static func yearBefore(month: Int, day: Int?, reference: CalendarDate) -> Int {
        guard let referenceDay = reference.dayNumber ?? CalendarDate(year: reference.year, month: reference.month ?? 12, day: 28)?.dayNumber else {
            return reference.year
        }
        let grace = day == nil ? 62 : 31
        for year in [reference.year + 1, reference.year, reference.year - 1] {
            let d = min(day ?? 1, CalendarDate.daysIn(month: month, year: year))
            if let candidate = CalendarDate(year: year, month: month, day: d)?.dayNumber, candidate <= referenceDay + grace {
                return year
            }
        }
        return reference.year - 1
    }

    // MARK: Resolving one expression

    func resolve(_ m: TimeMention, document: TextDocument, context: CalendarDate?, contextIsArticleDate: Bool,
                 articleDate: (start: CalendarDate, end: CalendarDate)?, reference: CalendarDate?,
                 speakingDay: CalendarDate? = nil, writtenDays: Set<Int> = []) -> TimeExpression {
        var expression = TimeExpression(
            text: document.slice(m.start..<m.end), offset: m.start, length: m.end - m.start,
            value: nil, granularity: .day, timeOfDay: m.timeOfDay, rule: .explicit, lunar: m.lunar)

        // The anchor for missing parts, and the rule that names it.
        let anchor: (date: CalendarDate, rule: AnchorRule)? =
            context.map { ($0, contextIsArticleDate ? .articleDate : .precedingDate) }
            ?? articleDate.map { ($0.start, .articleDate) }
            ?? reference.map { ($0, .referenceDate) }

        if let relative = m.relative {
            switch relative {
            case .today(let offset):
                // The day the text speaks from: its stated or given date (a news item's
                // dateline, --reference-date), else as 当天.
                if let base = speakingDay.flatMap({ $0.granularity == .day ? $0 : nil }), let value = base.adding(days: offset) {
                    expression.value = value
                    expression.rule = .deicticDay
                    return expression
                }
                guard let base = context ?? articleDate?.start, let value = base.adding(days: offset) else {
                    expression.rule = .unanchored
                    return expression
                }
                expression.value = value
                expression.rule = .relativeDay
            case .weekday(let week, let day):
                // The week the text speaks from (its stated or given date), else the
                // preceding date's week.
                let spoken = speakingDay.flatMap { $0.granularity == .day ? $0 : nil }
                guard let base = spoken ?? context ?? articleDate?.start, let number = base.dayNumber else {
                    expression.rule = .unanchored
                    return expression
                }
                // 1970-01-01 was a Thursday: Monday of the base's week, then the day asked.
                let monday = number - ((number % 7 + 7 + 3) % 7)
                expression.value = CalendarDate(dayNumber: monday + 7 * week + day)
                expression.rule = spoken != nil ? .deicticDay : .relativeDay
            case .day(let offset):
                let base = context ?? articleDate?.start
                guard let base, let value = base.adding(days: offset) else {
                    expression.rule = .unanchored
                    return expression
                }
                expression.value = value
                expression.rule = .relativeDay
            case .month(let offset):
                guard let base = articleDate?.start ?? reference, let month = base.month else {
                    expression.rule = .unanchored
                    expression.granularity = .month
                    return expression
                }
                let total = base.year * 12 + (month - 1) + offset
                if let day = m.day {
                    // 本月13日: a day of the month the document speaks in.
                    guard let value = CalendarDate(year: total / 12, month: total % 12 + 1, day: day) else {
                        expression.rule = .unanchored
                        return expression
                    }
                    expression.value = value
                    // 本月4日至7日: to a later day of that month (or of the month written).
                    if m.isRange, let endDay = m.endDay, m.endYear == nil,
                        let end = CalendarDate(year: total / 12, month: m.endMonth ?? (total % 12 + 1), day: endDay), end > value
                    {
                        expression.end = end
                        expression.granularity = .range
                    }
                } else {
                    expression.value = CalendarDate(year: total / 12, month: total % 12 + 1)
                    expression.granularity = .month
                }
                expression.rule = .relativeToDocument
            case .year(let offset):
                guard let base = articleDate?.start ?? reference else {
                    expression.rule = .unanchored
                    expression.granularity = .year
                    return expression
                }
                expression.value = CalendarDate(year: base.year + offset)
                expression.granularity = .year
                expression.rule = .relativeToDocument
            }
            return expression
        }

        if m.month == nil && m.day == nil && m.year == nil, let lunar = m.lunar {
            // A lunar date on its own: the lunar year whose date lies closest to the anchor.
            guard let anchor, let anchorDay = anchor.date.dayNumber ?? CalendarDate(year: anchor.date.year, month: 7, day: 1)?.dayNumber else {
                expression.rule = .unanchored
                return expression
            }
            var best: (CalendarDate, Int)?
            for year in [anchor.date.year - 1, anchor.date.year, anchor.date.year + 1] {
                guard let solar = calendar.solarDate(lunarYear: year, month: lunar.month, day: lunar.day, leap: lunar.isLeapMonth),
                    let number = solar.dayNumber
                else { continue }
                if best == nil || abs(number - anchorDay) < best!.1 { best = (solar, abs(number - anchorDay)) }
            }
            guard let best else {
                expression.rule = .unanchored
                expression.notes.append("\(expression.text): no such lunar date near \(anchor.date.iso)")
                return expression
            }
            expression.value = best.0
            expression.rule = .lunar
            return expression
        }

        // Calendar dates.
        var year = m.year
        var month = m.month
        var rule: AnchorRule = .explicit
        if m.year == nil {
            guard let anchor else {
                expression.rule = .unanchored
                expression.granularity = m.day == nil ? .month : (m.isRange ? .range : .day)
                expression.partialValue = partialISO(m)
                return expression
            }
            rule = anchor.rule
            if let mm = month {
                year = anchor.rule == .referenceDate
                    ? Self.yearBefore(month: mm, day: m.day, reference: anchor.date)
                    : Self.yearNear(month: mm, day: m.day, context: anchor.date)
            } else {
                year = anchor.date.year
                month = anchor.date.month
                guard month != nil else {
                    expression.rule = .unanchored
                    return expression
                }
                // A day alone that would fall after the reporting article's own date
                // belongs to the month before — unless the document itself is dated
                // later (a news compilation whose items report several days: 14日
                // after an item of 2月12日, in a bulletin of 2月15日, is 2月14日).
                let limit = [articleDate?.end, reference].compactMap { $0 }.max()
                let fromOwnDate = context == nil || contextIsArticleDate
                // (Not a day something will happen on: 亚信峰会将于21日上午举行 in an item of
                // 20 May is the next day, not 21 April.)
                // (Nor a day the document writes with this month elsewhere: a headline's
                // 开幕式4日晚举行 over a lead's 开幕式3月4日晚在…举行, in an item of 3 March.)
                if fromOwnDate, let limit, !Self.plannedDay(document.scalars, start: m.start, end: m.end), let day = m.day, let candidate = CalendarDate(year: year!, month: month!, day: min(day, CalendarDate.daysIn(month: month!, year: year!))), candidate > limit,
                    !writtenDays.contains(month! * 100 + day)
                {
                    let total = year! * 12 + (month! - 1) - 1
                    year = total / 12
                    month = total % 12 + 1
                    rule = .previousMonth
                } else if !fromOwnDate, let own = articleDate?.start, let day = m.day, let ownDay = own.day, let ownMonth = own.month,
                    day <= ownDay, ownDay - day <= 7, (year! * 12 + month!) < (own.year * 12 + ownMonth),
                    let from = anchor.date.dayNumber, let to = own.dayNumber, to - from > 20
                {
                    // …4月27日，两国领导人在板门店会晤…。特朗普1日在白宫会见… (an item of 2
                    // June): a day alone of the item's own month, in the week before its
                    // date, is that month's — not the month of a date recalled weeks earlier.
                    year = own.year
                    month = ownMonth
                } else if !fromOwnDate, let limit, let day = m.day, let anchorDay = anchor.date.day, day + 7 < anchorDay,
                    let next = CalendarDate(year: (year! * 12 + month!) / 12, month: (year! * 12 + month!) % 12 + 1, day: day),
                    let from = anchor.date.dayNumber, let to = next.dayNumber, to - from <= 7, next <= limit
                {
                    // …11月30日在哈马省…。…阿萨德1日在大马士革会见… (an item of 2 Dec): a day
                    // alone well before the preceding date's, whose next month's day follows
                    // it within a week and does not pass the report's own date, is that
                    // next month's.
                    year = next.year
                    month = next.month
                }
            }
        }
        guard let y = year else {
            expression.rule = .unanchored
            return expression
        }
        expression.rule = rule
        if let mm = month, let d = m.day {
            guard let start = CalendarDate(year: y, month: mm, day: d) else {
                expression.rule = .unanchored
                expression.partialValue = partialISO(m)
                expression.notes.append("\(expression.text): \(y)-\(pad2(mm))-\(pad2(d)) does not exist")
                return expression
            }
            expression.value = start
            expression.granularity = .day
            if m.isRange {
                let endMonth = m.endMonth ?? mm
                // 12月31日至1月2日: an end month before the start month is next year.
                let endYear = m.endYear ?? (endMonth < mm ? y + 1 : y)
                if let endDay = m.endDay, let end = CalendarDate(year: endYear, month: endMonth, day: endDay), end > start {
                    expression.end = end
                    expression.granularity = .range
                } else if let endDay = m.endDay, m.endMonth == nil, m.endYear == nil,
                    let next = CalendarDate(year: mm == 12 ? y + 1 : y, month: mm % 12 + 1, day: endDay), next > start
                {
                    // 1月31日至2日: the end is in the next month.
                    expression.end = next
                    expression.granularity = .range
                } else {
                    expression.notes.append("\(expression.text): the range ends before it starts; kept the start only")
                }
            }
            if let lunar = m.lunar {
                let candidates = [y - 1, y].compactMap { calendar.solarDate(lunarYear: $0, month: lunar.month, day: lunar.day, leap: lunar.isLeapMonth) }
                if !candidates.contains(start) {
                    let found = candidates.map(\.iso).joined(separator: " or ")
                    expression.notes.append("\(expression.text): the lunar date is \(found.isEmpty ? "outside the calendar table" : found), not \(start.iso); the solar date is kept")
                }
            }
        } else if let mm = month {
            expression.value = CalendarDate(year: y, month: mm)
            expression.granularity = .month
            if let part = m.part {
                let last = CalendarDate.daysIn(month: mm, year: y)
                expression.value = CalendarDate(year: y, month: mm, day: part.days.lowerBound)
                expression.end = CalendarDate(year: y, month: mm, day: min(part.days.upperBound, last))
                expression.granularity = .partOfMonth
            } else if m.isRange, let endMonth = m.endMonth, let end = CalendarDate(year: m.endYear ?? y, month: endMonth), end > expression.value! {
                expression.end = end
                expression.granularity = .range
            }
        } else {
            expression.value = CalendarDate(year: y)
            expression.granularity = .year
        }
        return expression
    }

    /// ISO 8601's forms for dates without a year: `--02-13`, `---13`.
    func partialISO(_ m: TimeMention) -> String {
        if let month = m.month {
            return "--" + pad2(month) + (m.day.map { "-" + pad2($0) } ?? "")
        }
        return "---" + (m.day.map(pad2) ?? "")
    }
}
