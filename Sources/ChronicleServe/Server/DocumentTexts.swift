import ChronicleCore
import ChronicleStore
import Foundation

/// The stored texts a page quotes from, read once per page.
final class DocumentTexts {
    let store: GraphStore
    /// Each document read once; one not stored is remembered as such (`.some(nil)`).
    private var texts: [DocumentID: (path: String, scalars: [Unicode.Scalar])?] = [:]

    init(store: GraphStore) {
        self.store = store
    }

    private func load(_ key: DocumentID) -> (path: String, scalars: [Unicode.Scalar])? {
        if let cached = texts[key] { return cached }
        let loaded = (try? store.documentText(key)).flatMap { $0 }.map { ($0.path, Array($0.text.unicodeScalars)) }
        texts.updateValue(loaded, forKey: key)
        return loaded
    }

    func name(_ key: DocumentID) -> String {
        load(key).map { ($0.path as NSString).lastPathComponent } ?? key.rawValue
    }

    /// The paragraph around an evidence span (at most `window` scalars each side of
    /// it), split into before / span / after. Nil when the text is not stored or the
    /// span does not match it.
    func paragraph(_ evidence: Evidence, window: Int = 160) -> (before: String, span: String, after: String)? {
        guard let text = load(evidence.document)?.scalars, evidence.offset >= 0, evidence.length > 0,
              evidence.offset + evidence.length <= text.count else { return nil }
        var start = evidence.offset
        while start > 0, text[start - 1] != "\n", evidence.offset - start < window { start -= 1 }
        var end = evidence.offset + evidence.length
        while end < text.count, text[end] != "\n", end - (evidence.offset + evidence.length) < window { end += 1 }
        func string(_ range: Range<Int>) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: text[range])
            return String(s)
        }
        let before = (start > 0 && text[start - 1] != "\n" ? "…" : "") + string(start..<evidence.offset)
        let after = string((evidence.offset + evidence.length)..<end) + (end < text.count && text[end] != "\n" ? "…" : "")
        return (before, string(evidence.offset..<(evidence.offset + evidence.length)), after)
    }
}
