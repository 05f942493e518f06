/// What the passes over one document share: its scalars and sentences, the time
/// analysis, each sentence's evidence (made once), the people and event mentions
/// found so far, and the event each sentence reports on.
///
/// A class because every pass fills part of it in turn; it lives for one document.
final class DocumentContext {
    let document: TextDocument
    let documentID: DocumentID
    let s: [UInt32]
    let sentences: [Sentence]
    let analysis: TimeAnalysis
    private var evidenceCache: [Evidence?]

    /// People mentions, in text order (PeoplePass).
    var people: [PersonMention] = []
    var peopleBySentence: [Int: [PersonMention]] = [:]
    /// Event mentions in text order and the event index each became (EventPass; -1
    /// when a mention had no date and made no event).
    var mentions: [EventMention] = []
    var eventOfMention: [Int] = []
    /// The sentences that report an event of their own (a mention there made or joined an
    /// event); the others carry an earlier one's (EventPass).
    var reportingSentences: Set<Int> = []
    /// The event each sentence reports on (EventPass).
    var currentEvent: [Int?] = []
    /// The text after each convey verb that names what was conveyed (ConveyPass): a
    /// measure quoted there belongs to the earlier speech or meeting, not this one.
    /// In text order and disjoint (each ends before the next starts).
    var conveyedSpans: [Range<Int>] = []
    /// The event finder of this document (EventPass, ConveyPass).
    var finder: EventFinder!

    /// Where the article of sentence `index` starts, its headline included (the sentences
    /// are split from `analysis.articles`).
    func articleStart(ofSentence index: Int) -> Int {
        analysis.articles[sentences[index].article].range.lowerBound
    }

    init(document: TextDocument, documentID: DocumentID, sentences: [Sentence], analysis: TimeAnalysis) {
        self.document = document
        self.documentID = documentID
        self.s = document.scalars
        self.sentences = sentences
        self.analysis = analysis
        self.evidenceCache = [Evidence?](repeating: nil, count: sentences.count)
        self.currentEvent = [Int?](repeating: nil, count: sentences.count)
    }

    func text(_ range: Range<Int>) -> String { U.string(s, range) }

    /// The indices into `mentions` of sentence `index`'s mentions, in text order (built
    /// once per count of mentions: measures and conveys ask per quote, and a long
    /// compilation has thousands of both).
    func mentionIndices(inSentence index: Int) -> [Int] {
        if mentionIndexCount != mentions.count {
            mentionIndexBySentence = [:]
            for (k, mention) in mentions.enumerated() { mentionIndexBySentence[mention.sentence, default: []].append(k) }
            mentionIndexCount = mentions.count
        }
        return mentionIndexBySentence[index] ?? []
    }
    private var mentionIndexBySentence: [Int: [Int]] = [:]

    /// The first time expression starting at `offset` (a map built once: the event pass
    /// asks for every sentence's opening).
    func expression(startingAt offset: Int) -> TimeExpression? { expressionsByOffset[offset] }
    private lazy var expressionsByOffset: [Int: TimeExpression] = {
        var map: [Int: TimeExpression] = [:]
        for expression in analysis.expressions where map[expression.offset] == nil { map[expression.offset] = expression }
        return map
    }()
    private var mentionIndexCount = -1

    /// True when `offset` lies in a conveyed span (a binary search: a long compilation
    /// has thousands of spans and measures).
    func isConveyed(_ offset: Int) -> Bool {
        var low = 0, high = conveyedSpans.count
        while low < high {
            let mid = (low + high) / 2
            if conveyedSpans[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low < conveyedSpans.count && conveyedSpans[low].contains(offset)
    }

    /// The evidence of sentence `index`: made once, since people are mentioned
    /// thousands of times in a long compilation.
    func evidence(_ index: Int) -> Evidence {
        if let cached = evidenceCache[index] { return cached }
        let r = sentences[index].range
        let made = Evidence(document: documentID, offset: r.lowerBound, length: r.count, text: text(r))
        evidenceCache[index] = made
        return made
    }
}
