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

    public init(document: DocumentID, offset: Int, length: Int, text: String) {
        self.document = document
        self.offset = offset
        self.length = length
        self.text = text
    }
}
