/// Where a fact is stated: a span of a source document and the sentence that holds it.
///
/// `offset` and `length` count Unicode scalars from the start of the decoded text, so
/// `Array(text.unicodeScalars)[offset ..< offset + length]` is the span.
public struct Evidence: Hashable, Sendable, Codable {
    public var document: DocumentID
    public var offset: Int
    public var length: Int
    /// The sentence (or headline) that states the fact.
    public var text: String
    /// `nil` for a sentence of a document; `"analyst"` for a fact an analyst added
    /// (its text is the analyst's note, its document `analyst`, its span empty).
    public var kind: String?

    public init(document: DocumentID, offset: Int, length: Int, text: String, kind: String? = nil) {
        self.document = document
        self.offset = offset
        self.length = length
        self.text = text
        self.kind = kind
    }

    /// The evidence of a fact an analyst added: their note, by whom and when.
    public static func analyst(note: String) -> Evidence {
        Evidence(document: "analyst", offset: 0, length: 0, text: note, kind: "analyst")
    }
}
