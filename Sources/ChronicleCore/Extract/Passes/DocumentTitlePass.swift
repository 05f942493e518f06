/// Documents: reads titles in 《…》; adds a document node for each, and `adopts` from
/// the sentence's event when the sentence says it was adopted or issued
/// (审议通过, 印发, 出台 …).
extension GraphBuilder {
    /// Does the sentence say that its event adopts or issues the title opening at `open`:
    /// an adopt verb before it (lexicon `adopt-verbs`), with no undated time written
    /// before that verb (国务院办公厅近日印发《…》: issued at another time)?
    func adopts(titleAt open: Int, in sentence: Sentence, _ c: DocumentContext) -> Bool {
        let s = c.s
        guard let verb = words.adoptVerbs.lazy.compactMap({ s.firstOccurrence(of: $0, in: sentence.range.lowerBound..<open) }).min() else { return false }
        return !c.finder.writesAnUndatedTime(in: sentence.range.lowerBound..<verb)
    }

    mutating func addDocumentTitles(_ c: DocumentContext) {
        let s = c.s
        for (index, sentence) in c.sentences.enumerated() {
            var i = sentence.range.lowerBound
            while i < sentence.range.upperBound {
                guard s[i] == U.openBook, let close = s.firstOccurrence(of: [U.closeBook], in: i + 1..<min(sentence.range.upperBound, i + 80)) else { i += 1; continue }
                let title = c.text(i + 1..<close)
                let id = NodeID("doc-" + title)
                graph.upsert(Node(id: id, label: title, type: .document, properties: ["rule": RuleName.documentBookTitleQuotes.json], evidence: [c.evidence(index)]))
                // (国务院办公厅近日印发《…》 in a briefing's item: issued at another time, by
                // another body — not adopted at the item's event.)
                // (…1月12日…闭幕会审议通过《…》 in someone's words: the meeting recalled with its
                // verb adopted it, not the sentence's.)
                let recalled = c.mentionIndices(inSentence: index).first { k in
                    c.mentions[k].rule == RuleName.eventRecalledMeeting.rawValue && c.eventOfMention[k] >= 0 && c.mentions[k].range.upperBound == i
                }
                if let k = recalled {
                    addEdge(from: events[c.eventOfMention[k]].id, to: id, .adopts, c.evidence(index), rule: RuleName.adoptsVerbBeforeTitle.rawValue)
                } else if let event = c.currentEvent[index], !sentence.isHeadline, adopts(titleAt: i, in: sentence, c) {
                    addEdge(from: events[event].id, to: id, .adopts, c.evidence(index), rule: RuleName.adoptsVerbBeforeTitle.rawValue)
                }
                i = close + 1
            }
        }
    }
}
