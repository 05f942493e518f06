/// The date a document's partial dates are anchored to, and where it came from.
public struct ReferenceDate: Hashable, Sendable {
    /// Where the reference date came from.
    public enum Source: String, Hashable, Sendable {
        /// A line holding only a full date: the date under a notice's signature.
        case stated
        /// The latest full date written in the document.
        case latestInText = "latest_in_text"
        /// Given by the user (`--reference-date`).
        case user
    }

    public var date: CalendarDate
    public var source: Source
    /// Scalar offset of the stating text, for `stated` and `latestInText`.
    public var offset: Int?

    public init(date: CalendarDate, source: Source, offset: Int? = nil) {
        self.date = date
        self.source = source
        self.offset = offset
    }
}
