/// A sentence of a document: a scalar range ending after its 。！？； or at a line end.
struct Sentence: Hashable, Sendable {
    var range: Range<Int>
    /// Index of the article the sentence belongs to.
    var article: Int
    /// The sentence lies in its article's headline.
    var isHeadline: Bool
    /// The sentence starts a paragraph.
    var startsParagraph: Bool
}

enum SentenceSplitter {
    /// The longest sentence kept whole, in scalars. Longer runs (a line without
    /// punctuation, an unclosed quote) are cut, so evidence stays readable and no
    /// rule ever scans a megabyte as one sentence.
    static let maximumLength = 1000

    /// Splits every article into sentences, skipping whitespace, conversion
    /// artefacts (`[bookmark: …]`) and a line's leading tag (`[视频]`).
    static func split(_ document: TextDocument, articles: [Article]) -> [Sentence] {
        let s = document.scalars
        let bookmark = U.s("[bookmark:")
        var sentences: [Sentence] = []
        for (index, article) in articles.enumerated() {
            var i = article.range.lowerBound
            var paragraphStart = true
            while i < article.range.upperBound {
                // Skip spaces and bookmarks.
                while i < article.range.upperBound {
                    if s[i] == 0x0A { paragraphStart = true; i += 1; continue }
                    if ArticleSplitter.isSpace(s[i]) { i += 1; continue }
                    if s.has(bookmark, at: i), let close = s.firstOccurrence(of: [0x5D], in: i..<min(article.range.upperBound, i + 80)) {
                        i = close + 1
                        continue
                    }
                    // A line's tag (`[视频]`, `【快讯】`) is no part of its first sentence.
                    if paragraphStart, s[i] == 0x5B || s[i] == 0x3010,
                        let close = s.firstOccurrence(of: [s[i] == 0x5B ? 0x5D : 0x3011], in: i + 1..<min(article.range.upperBound, i + 8)),
                        close + 1 < article.range.upperBound, s[close + 1] != 0x0A
                    {
                        i = close + 1
                        continue
                    }
                    break
                }
                guard i < article.range.upperBound else { break }
                let start = i
                var quoteDepth = 0
                while i < article.range.upperBound {
                    let c = s[i]
                    if i - start >= Self.maximumLength { break }
                    if c == U.openQuote { quoteDepth += 1 }
                    if c == U.closeQuote { quoteDepth = max(0, quoteDepth - 1) }
                    if c == 0x0A { break }
                    i += 1
                    if U.isSentenceEnd(c) && quoteDepth == 0 {
                        // Keep a closing quote with its sentence.
                        if i < article.range.upperBound, s[i] == U.closeQuote { i += 1 }
                        break
                    }
                }
                var end = i
                while end > start, ArticleSplitter.isSpace(s[end - 1]) { end -= 1 }
                if end > start {
                    let inHeadline = article.headline.map { $0.contains(start) } ?? false
                    sentences.append(Sentence(range: start..<end, article: index, isHeadline: inHeadline, startsParagraph: paragraphStart))
                }
                paragraphStart = false
            }
        }
        return sentences
    }
}
