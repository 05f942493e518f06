/// One article of a compilation: a headline (when there is one) and its body, as a
/// range of scalar offsets into the document.
public struct Article: Hashable, Sendable {
    /// Scalar range of the whole article, headline included.
    public var range: Range<Int>
    /// Scalar range of the headline lines, bookmarks included; nil for an article that
    /// starts with its lead paragraph.
    public var headline: Range<Int>?
    /// Scalar range of the lead: the first two paragraphs after the headline.
    public var lead: Range<Int>
    /// Where the headline's own lines start when short lines above them (a kicker, a
    /// subtitle: `研究…工作`) were joined to it; nil when the headline is all its own.
    public var titleStart: Int? = nil
}

/// Splits a document into articles at `[bookmark: _TocNNN]` headings, at short
/// headline lines set off by a blank line, and at report openings that begin with a
/// full date (`2月7日上午，省委书记…`).
public enum ArticleSplitter {
    static let bookmarkToc: [UInt32] = "[bookmark: _Toc".unicodeScalars.map(\.value)
    static let sentenceEnds = ScalarSet("。！？；：，”.!?;:")
    static let comma = ScalarSet("，,、 　")
    /// Brackets that open a line set aside (（来源：…）, (编辑：…)), no headline's.
    static let asideOpens = ScalarSet("（(")
    static let colons = ScalarSet("：:")
    static let fullStops = ScalarSet("。！？；!?;")

    enum LineKind { case blank, heading, body, aside }


    /// Marks that open a photo caption (`▲会议现场（摄影：…）`) — set off by a blank line
    /// below it, or under a picture's placeholder. (Not ◆ or ■: they open a roundup's
    /// items, `◆5月23日上午，…`; nor ▲ right above a text it heads.)
    static let captionMarks = ScalarSet("▲△")
    /// Brackets a line-long placeholder stands in (`[图片]`), by their opening one.
    static let placeholderCloses: [UInt32: UInt32] = [0x5B: 0x5D, 0x3010: 0x3011, 0xFF08: 0xFF09, 0x28: 0x29, 0xFF3B: 0xFF3D]
    /// What such a placeholder says (not a section's name: `【党建引领】` heads a section).
    static let placeholders: Set<[UInt32]> = Set(["图片", "视频", "图", "照片", "音频", "组图", "图表", "配图"].map { $0.unicodeScalars.map(\.value) })
    /// Words that open a caption (`图为…`, `图：…`).
    static let captionOpenings: [[UInt32]] = ["图为", "图：", "图:", "（图", "(图"].map { $0.unicodeScalars.map(\.value) }
    /// A photographer's credit inside a line (`（摄影：贺晓川）`, `摄影 王芳`).
    static let photoCredits: [[UInt32]] = ["摄影：", "摄影:", "摄影 ", "摄影　", "（摄）", "(摄)"].map { $0.unicodeScalars.map(\.value) }
    /// Labels that open a web page's or bulletin's field line: when it was published
    /// (the time layer's publication labels), where from, who wrote, edited or checked it
    /// (`发布时间：2024-07-26　来源：…　作者：…`).
    static let fieldLabels: [[UInt32]] = TimeNormalizer.publicationLabels + ["来源:", "信息来源",
                                           "作者：", "作者:", "责任编辑", "编辑：", "编辑:", "审核：", "审核:", "审核人", "通讯员：", "供稿：", "撰稿：",
                                           "浏览次数", "点击数", "阅读量"].map { $0.unicodeScalars.map(\.value) }

    /// Is the line set aside from the text's articles: a photo caption or credit, or a
    /// field line of the page (publication date, source, author, editor)? Such a line is
    /// no headline and does not start an article; the splitter reads past it.
    static func isAside(_ s: [UInt32], _ trimmed: Range<Int>) -> Bool {
        guard let first = trimmed.first, trimmed.count <= 80 else { return false }
        if captionMarks.contains(s[first]) { return true }
        // A placeholder where a picture or video stood (`[图片]`, `【视频】`, `（图片）`).
        if let close = placeholderCloses[s[first]], s[trimmed.upperBound - 1] == close,
            placeholders.contains(Array(s[(first + 1)..<(trimmed.upperBound - 1)]))
        {
            return true
        }
        if captionOpenings.contains(where: { s.has($0, at: first) }) || fieldLabels.contains(where: { s.has($0, at: first) }) { return true }
        // A field line in brackets (`（来源：云溪发布　2026-03-05）`), closed at the line's end.
        if asideOpens.contains(s[first]), trimmed.count >= 4, [0xFF09, 0x29].contains(s[trimmed.upperBound - 1]),
            fieldLabels.contains(where: { s.has($0, at: first + 1) })
        {
            return true
        }
        if numberedCaption(s, trimmed) { return true }
        return photoCredits.contains { contains(s, $0, in: trimmed) }
    }


    /// A numbered picture's caption: `图①：会议现场`, `图1：…`, `图2　…`, `图三：…` — 图, its
    /// number (circled, in figures or a numeral), then a colon or a space.
    static func numberedCaption(_ s: [UInt32], _ trimmed: Range<Int>) -> Bool {
        guard trimmed.count >= 4, s[trimmed.lowerBound] == picture else { return false }
        var k = trimmed.lowerBound + 1
        while k < trimmed.upperBound, k - trimmed.lowerBound <= 3,
            (0x2460...0x2473).contains(s[k]) || Numerals.arabicDigit(s[k]) != nil || Numerals.chineseDigit(s[k]) != nil { k += 1 }
        guard k > trimmed.lowerBound + 1, k < trimmed.upperBound else { return false }
        return [0xFF1A, 0x3A, 0x20, 0x3000].contains(s[k])
    }
    static let picture: UInt32 = 0x56FE /* 图 */

    public static func split(_ document: TextDocument, mentions: [TimeMentionSummary]) -> [Article] {
        let s = document.scalars
        let lineCount = document.lineStarts.count
        var kinds: [LineKind] = []
        kinds.reserveCapacity(lineCount)
        for index in 0..<lineCount {
            let range = document.lineRange(index)
            let trimmed = trim(s, range)
            if trimmed.isEmpty {
                kinds.append(.blank)
            } else if contains(s, bookmarkToc, in: trimmed) {
                kinds.append(.heading)
            } else if isAside(s, trimmed) {
                kinds.append(.aside)
            } else {
                kinds.append(.body)
            }
        }
        // A line opening with ▲ right above its text, no blank line between, heads that
        // text (a roundup's item: `▲县政府召开第27次常务会议` over its report) — unless it
        // credits a photographer or stands under a picture's placeholder: a caption.
        for index in 0..<lineCount where kinds[index] == .aside && index + 1 < lineCount && kinds[index + 1] == .body {
            let trimmed = trim(s, document.lineRange(index))
            guard captionMarks.contains(s[trimmed.lowerBound]), !photoCredits.contains(where: { contains(s, $0, in: trimmed) }),
                index == 0 || kinds[index - 1] != .aside
            else { continue }
            kinds[index] = .body
        }
        // Short lines with no sentence punctuation, after a blank line and before a
        // long paragraph, are headlines too (lines set aside — a caption, a publication
        // line — are read past: `标题 / 发布时间：… / 正文`).
        // Also without a blank line before it (or as the document's first line) when
        // the next line opens a dated report (`9月8日下午，…`).
        var mentionAt = 0
        func opensReport(_ line: Int) -> Bool {
            let trimmed = trim(s, document.lineRange(line))
            while mentionAt < mentions.count, mentions[mentionAt].start < trimmed.lowerBound { mentionAt += 1 }
            guard mentionAt < mentions.count else { return false }
            let m = mentions[mentionAt]
            return m.start == trimmed.lowerBound && m.hasMonthAndDay && m.end < trimmed.upperBound && comma.contains(s[m.end])
        }
        // A roundup without blank lines (国内联播快讯: a short headline line over each
        // item's paragraph, again and again): when two or more such pairs follow the
        // document's first paragraph, each short line heads an article of its own.
        var shortOverLong: [Int] = []
        for index in 0..<lineCount where kinds[index] == .body {
            let trimmed = trim(s, document.lineRange(index))
            // A headline may end in a quote (两口岸试点“一证通关”), a sentence not (…。”).
            // (A numbered one too — `二、县委…全会召开` — when a field line of its own follows
            // it, `（来源：…）`: a compilation's article, not an item of a list.)
            let numberedOverSource = isHeadlineShaped(s, trimmed, numbered: true)
                && (index + 1..<lineCount).first(where: { kinds[$0] != .blank }).map { kinds[$0] == .aside } ?? false
            guard isHeadlineShaped(s, trimmed) || numberedOverSource,
                let next = (index + 1..<lineCount).first(where: { kinds[$0] != .blank && kinds[$0] != .aside }), kinds[next] == .body
            else { continue }
            let afterBlank = index > 0 && (kinds[index - 1] == .blank || kinds[index - 1] == .aside)
            let longNext = trim(s, document.lineRange(next)).count >= 60
            if (afterBlank && longNext) || (longNext && opensReport(next)) {
                kinds[index] = .heading
            } else if longNext {
                shortOverLong.append(index)
            }
        }
        if shortOverLong.count >= 2, let first = shortOverLong.first,
            (0..<first).contains(where: { kinds[$0] == .body && trim(s, document.lineRange($0)).count >= 60 }) || shortOverLong.count >= 3
        {
            for index in shortOverLong { kinds[index] = .heading }
        }
        // A bulletin's numbered sections, each over a dated report (`五、…培训班开班` /
        // `10月24日，…开班式…举行`): two or more such make the numbered lines headlines, each
        // section an article — whatever order its days come in. (Not one: a speech's or a
        // plan's outline heads its points so.)
        var numberedOverReport: [Int] = []
        mentionAt = 0
        // (Those over a source line, headlines already, count among them.)
        for index in 0..<lineCount where kinds[index] == .body || kinds[index] == .heading {
            let trimmed = trim(s, document.lineRange(index))
            guard isHeadlineShaped(s, trimmed, numbered: true),
                let next = (index + 1..<lineCount).first(where: { kinds[$0] != .blank && kinds[$0] != .aside }), kinds[next] == .body,
                trim(s, document.lineRange(next)).count >= 20, opensReport(next)
            else { continue }
            numberedOverReport.append(index)
        }
        if numberedOverReport.count >= 2 {
            for index in numberedOverReport { kinds[index] = .heading }
        }
        // A headline of two or three lines (a kicker, the title, a subtitle: 易炼红在全省
        // “新春第一会”上强调 / 深入实施… / 在中国式现代化新征程上…) is one: short lines without
        // sentence punctuation right above a headline line belong to it.
        var joined = Set<Int>()
        for index in 1..<max(1, lineCount) where kinds[index] == .heading && kinds[index - 1] == .body {
            var line = index - 1
            // (Not a source note ending the article above: （来源：浙江日报）.)
            while line >= 0, index - line <= 2, kinds[line] == .body, case let trimmed = trim(s, document.lineRange(line)),
                isHeadlineShaped(s, trimmed), !Self.asideOpens.contains(s[trimmed.lowerBound])
            {
                kinds[line] = .heading
                joined.insert(line)
                line -= 1
            }
        }

        // Report openings: a body line whose first expression is a full date with a
        // stated month, followed by a comma (`2月7日上午，`).
        var mentionIndex = 0
        var openingDate = [ClosedRange<Int>?](repeating: nil, count: lineCount)
        var firstDate = [ClosedRange<Int>?](repeating: nil, count: lineCount)
        var openingPartOfDay = [Bool](repeating: false, count: lineCount)
        var goesOnToLaterDay = [Bool](repeating: false, count: lineCount)
        for index in 0..<lineCount where kinds[index] == .body {
            let trimmed = trim(s, document.lineRange(index))
            while mentionIndex < mentions.count, mentions[mentionIndex].start < trimmed.lowerBound { mentionIndex += 1 }
            guard mentionIndex < mentions.count else { break }
            let m = mentions[mentionIndex]
            if m.start < trimmed.upperBound, let span = m.span ?? m.spokenDay.map({ $0...$0 }) { firstDate[index] = span }
            if m.start == trimmed.lowerBound, m.hasMonthAndDay, m.end < trimmed.upperBound, comma.contains(s[m.end]) {
                openingDate[index] = m.span
                // (The time layer takes a part of the day into the date's span: `1月28日上午`.)
                openingPartOfDay[index] = TimeScanner.timeWords.contains { word, _ in m.end - m.start > word.count && s.has(word, at: m.end - word.count) }
                // (A paragraph going on to a later day — 10月16日上午，…大会…开幕，大会于10月22日
                // 胜利闭幕。…10月24日上午，… — tells a run of days: a recap, not a report.)
                if let opening = m.span {
                    var k = mentionIndex + 1
                    while k < mentions.count, mentions[k].start < trimmed.upperBound {
                        if mentions[k].hasMonthAndDay, let later = mentions[k].span, later.lowerBound > opening.upperBound { goesOnToLaterDay[index] = true }
                        k += 1
                    }
                }
            }
        }

        // A letter's address line (`各二级党组织，各部门、各单位：`) opens the body below it: a
        // dated paragraph right after it is the letter's text, not a report of its own.
        func addresses(_ line: Int) -> Bool {
            let trimmed = trim(s, document.lineRange(line))
            return !trimmed.isEmpty && trimmed.count <= 40 && colons.contains(s[trimmed.upperBound - 1])
                && !trimmed.dropLast().contains { fullStops.contains(s[$0]) }
        }
        // A date-led paragraph restating the current article's own date (a photo
        // caption, a repeated lead) stays in that article.
        var starts: [Int] = []
        var previousNonBlank: LineKind?
        var previousLine: Int?
        var currentDate: ClosedRange<Int>?
        var bodyLinesInArticle = 0
        for index in 0..<lineCount {
            let kind = kinds[index]
            switch kind {
            case .blank, .aside: break
            case .heading:
                if previousNonBlank != .heading {
                    starts.append(index)
                    currentDate = nil
                    bodyLinesInArticle = 0
                }
            case .body:
                if starts.isEmpty {
                    starts.append(index)
                } else if let date = openingDate[index], previousNonBlank != .heading, !(previousLine.map(addresses) ?? false),
                    !(currentDate.map { $0.contains(date.lowerBound) } ?? false),
                    // (Nor one dated before the article's own day without a part of the day:
                    // a report looking back — 10月16日至22日，…大会…召开。…10月24日，… in the
                    // report of 3 November — where a compilation's next report, newest first,
                    // opens as reports do: 1月28日上午，省委….)
                    // (Nor, with its part of the day, one going on to a later day before the
                    // article's own: a recap.)
                    openingPartOfDay[index] && !goesOnToLaterDay[index] || !(currentDate.map { date.upperBound < $0.lowerBound } ?? false)
                {
                    starts.append(index)
                    currentDate = nil
                    bodyLinesInArticle = 0
                }
                if bodyLinesInArticle < 2, currentDate == nil { currentDate = firstDate[index] }
                bodyLinesInArticle += 1
            }
            if kind != .blank, kind != .aside {
                previousNonBlank = kind
                previousLine = index
            }
        }
        if starts.first != 0 { starts.insert(0, at: 0) }

        var articles: [Article] = []
        for (k, startLine) in starts.enumerated() {
            let endLine = k + 1 < starts.count ? starts[k + 1] : lineCount
            let start = document.lineStarts[startLine]
            let end = endLine < lineCount ? document.lineStarts[endLine] : s.count
            var headlineEnd: Int?
            var titleStart: Int?
            var leadLines: [Int] = []
            for line in startLine..<endLine {
                switch kinds[line] {
                case .heading where leadLines.isEmpty:
                    headlineEnd = document.lineRange(line).upperBound
                    if titleStart == nil, !joined.contains(line), (startLine..<line).contains(where: joined.contains) {
                        titleStart = document.lineStarts[line]
                    }
                case .body where leadLines.count < 2: leadLines.append(line)
                default: break
                }
            }
            let leadStart = leadLines.first.map { document.lineStarts[$0] } ?? start
            let leadEnd = leadLines.last.map { document.lineRange($0).upperBound } ?? end
            articles.append(Article(
                range: start..<end,
                headline: headlineEnd.map { start..<$0 },
                lead: leadStart..<max(leadStart, leadEnd),
                titleStart: titleStart))
        }
        return articles
    }

    /// A line that could be a headline's: 50 characters at most, not ending as a sentence
    /// does (a closing quote after the last word is fine: 两口岸试点“一证通关”), and no
    /// list item — or, with `numbered`, one opening with a list's marker (`二、…`).
    static func isHeadlineShaped(_ s: [UInt32], _ trimmed: Range<Int>, numbered: Bool = false) -> Bool {
        let last = trimmed.count >= 2 && s[trimmed.upperBound - 1] == 0x201D ? trimmed.upperBound - 2 : trimmed.upperBound - 1
        // (A line opening with a date — `3月5日上午　预备会议`, `2024年第7期` — reads as a
        // numbered one: a section's heading over its report, or no headline.)
        return trimmed.count <= 50 && last >= trimmed.lowerBound && !sentenceEnds.contains(s[last])
            && numbered == (startsWithListMarker(s, trimmed) || opensWithDate(s, trimmed))
    }

    static let dateUnits = ScalarSet("年月日期号")

    /// Does the line open with figures of a date or an issue (`2024年8月3日`, `2024年第7期`)?
    /// (Not a year's figures in a name: `2022全球创业者峰会在京举行`.)
    static func opensWithDate(_ s: [UInt32], _ trimmed: Range<Int>) -> Bool {
        var k = trimmed.lowerBound
        while k < trimmed.upperBound, Numerals.arabicDigit(s[k]) != nil { k += 1 }
        return k > trimmed.lowerBound && k < trimmed.upperBound && dateUnits.contains(s[k])
    }

    static func trim(_ s: [UInt32], _ range: Range<Int>) -> Range<Int> {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high, isSpace(s[low]) { low += 1 }
        while high > low, isSpace(s[high - 1]) { high -= 1 }
        return low..<high
    }

    static func isSpace(_ c: UInt32) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0D || c == 0x3000 || c == 0xA0 || c == 0xFEFF
    }

    static func contains(_ s: [UInt32], _ needle: [UInt32], in range: Range<Int>) -> Bool {
        guard range.count >= needle.count else { return false }
        var i = range.lowerBound
        while i + needle.count <= range.upperBound {
            if s[i] == needle[0] {
                var k = 1
                while k < needle.count, s[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    static let listNumerals = ScalarSet("一二三四五六七八九十0123456789０１２３４５６７８９")
    static let listBrackets = ScalarSet("（(")
    /// What closes a list's number: `一、`, `1.`, `2．`, `3）`, `4 `, `一是`.
    static let listNumberEnds = ScalarSet("、.．)）:：,，是 \u{3000}")

    /// Does the line open with a list's marker — a bracket, or a number of one or two
    /// characters closed by 、 . ） or a space (`一、`, `1.`, `（三）`)? Not a headline opening
    /// with a year or a count (`2022全球创业者峰会在京举行`, `十四五…`).
    static func startsWithListMarker(_ s: [UInt32], _ range: Range<Int>) -> Bool {
        guard let first = range.first else { return false }
        if listBrackets.contains(s[first]) { return true }
        var k = first
        while k < range.upperBound, k - first < 3, listNumerals.contains(s[k]) { k += 1 }
        return k > first && k - first <= 2 && k < range.upperBound && listNumberEnds.contains(s[k])
    }
}

/// What the article splitter needs to know of a time expression: where it is and the
/// month and day it states, if it states both.
public struct TimeMentionSummary: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var month: Int?
    public var day: Int?
    public var endMonth: Int?
    public var endDay: Int?
    /// The day (month × 100 + day) a relative day (`昨天`, `今天`) names from the document's
    /// stated date: an article's own day, never a report's opening.
    public var spokenDay: Int?

    public init(start: Int, end: Int, month: Int?, day: Int?, endMonth: Int? = nil, endDay: Int? = nil) {
        self.start = start
        self.end = end
        self.month = month
        self.day = day
        self.endMonth = endMonth
        self.endDay = endDay
    }

    /// A month and a day are stated (`2月7日`, `2020年2月7日`).
    public var hasMonthAndDay: Bool { month != nil && day != nil }

    /// Month-day pairs as one comparable number.
    var span: ClosedRange<Int>? {
        guard let month, let day else { return nil }
        let start = month * 100 + day
        let end = (endMonth ?? month) * 100 + (endDay ?? day)
        return start...max(start, end)
    }
}
