import OrderedCollections

/// One document's facts before they meet other documents': what extraction of that
/// document alone produces, and all that merging needs.
///
/// Extraction of a document is a pure function (document, lexicon, reference date) →
/// `DocumentGraph`; ``GraphMerger`` turns any set of them into the graph, with the same
/// result whatever order they arrive in. That is what lets a store grow one document
/// at a time and lets extraction be split across machines (`chronicle extract --jsonl`,
/// `chronicle merge`).
public struct DocumentGraph: Hashable, Sendable {
    /// The document: its id is derived from its content (``DocumentID/forContent(_:)``).
    public var document: DocumentInfo
    /// The document's events, each mention already merged with the others of this
    /// document. Event nodes without a level (levels are decided after merging, from
    /// all chairs); `properties["agent"]` names who convened, spoke or toured.
    public var events: [Node]
    /// Persons, measures and titled documents (《…》) stated in the document.
    public var nodes: [Node]
    /// Edges between them found inside the document (chairs, attends, speaks_at,
    /// adopts, the meeting a 组织收看 event watched); an event end is one of `events`.
    public var edges: [Edge]
    /// Each statement of a measure by one of the document's events, for `sets` (the
    /// earliest event stating it, across all documents) and `reiterates` (the others).
    public var statements: [MeasureStatement]
    /// What the document's events convey, by name or date, resolved against the events
    /// of all documents when merged.
    public var references: [ConveyReference]

    public init(document: DocumentInfo, events: [Node] = [], nodes: [Node] = [], edges: [Edge] = [],
                statements: [MeasureStatement] = [], references: [ConveyReference] = []) {
        self.document = document
        self.events = events
        self.nodes = nodes
        self.edges = edges
        self.statements = statements
        self.references = references
    }

    /// The order documents are merged in: by path, then id. Any total order that
    /// depends only on the documents would do; this one reads naturally.
    static func precedes(_ a: DocumentGraph, _ b: DocumentGraph) -> Bool {
        (a.document.path, a.document.id.rawValue) < (b.document.path, b.document.id.rawValue)
    }
}

/// An event of a document stating a measure (`统筹推进“五严五防”`).
public struct MeasureStatement: Hashable, Sendable {
    public var measure: NodeID
    /// The stating event, one of the document's `events`.
    public var event: NodeID
    public var evidence: Evidence
    /// The statement quotes an earlier speech or meeting (学习贯彻…关于“三农”工作的重要论述)
    /// rather than the event's own words: it never makes the event the one that set it.
    public var quotesEarlier: Bool

    public init(measure: NodeID, event: NodeID, evidence: Evidence, quotesEarlier: Bool) {
        self.measure = measure
        self.event = event
        self.evidence = evidence
        self.quotesEarlier = quotesEarlier
    }
}

/// Something an event conveys (传达 / 学习贯彻 …), as the text names it.
public struct ConveyReference: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// `…会议精神`, `…重要讲话精神`: an earlier event by the date written in it and by name.
        case named
        /// `传达贯彻习近平和李克强重要指示和批示精神`: the same day's instructions of the people named.
        case instructionAuthors = "instruction_authors"
        /// An item of a notice's study list, by name alone.
        case studyItem = "study_item"
    }

    /// The conveying event, one of the document's `events`.
    public var source: NodeID
    public var kind: Kind
    /// The words that name what is conveyed.
    public var text: String
    /// A day written inside those words, if any.
    public var date: CalendarDate?
    public var evidence: Evidence
    public var rule: String

    public init(source: NodeID, kind: Kind, text: String, date: CalendarDate?, evidence: Evidence, rule: String) {
        self.source = source
        self.kind = kind
        self.text = text
        self.date = date
        self.evidence = evidence
        self.rule = rule
    }
}

extension DocumentID {
    /// The id of a document with this text: `d` and the 64-bit FNV-1a hash of its UTF-8
    /// bytes in hex. The same text gets the same id on any machine and in any run, so
    /// graphs extracted apart can be merged.
    public static func forContent(_ text: String) -> DocumentID {
        DocumentID("d" + ContentHash.fnv1a(text).hex)
    }

    /// The same id from the document's scalars, without rebuilding its text (that cost
    /// more than a tenth of extraction).
    public static func forContent(_ document: TextDocument) -> DocumentID {
        DocumentID("d" + ContentHash.fnv1a(scalars: document.scalars).hex)
    }
}

/// Hashes of document text.
public enum ContentHash {
    /// FNV-1a 64 of the UTF-8 bytes and their count.
    public static func fnv1a(_ text: String) -> (value: UInt64, count: Int, hex: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var count = 0
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            count += 1
        }
        let hex = String(hash, radix: 16)
        return (hash, count, String(repeating: "0", count: 16 - hex.count) + hex)
    }

    /// FNV-1a 64 of the UTF-8 encoding of `scalars` and its length in bytes: the same
    /// as ``fnv1a(_:)`` of their text.
    public static func fnv1a(scalars: [UInt32]) -> (value: UInt64, count: Int, hex: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let prime: UInt64 = 0x100_0000_01b3
        var count = 0
        scalars.withUnsafeBufferPointer { buffer in
            // The encoding of ``U/utf8(_:_:)``, written out: through its closure this
            // loop cost 13 % more instructions (callgrind).
            for c in buffer {
                if c < 0x80 {
                    hash = (hash ^ UInt64(c)) &* prime
                    count += 1
                } else if c < 0x800 {
                    hash = (hash ^ UInt64(0xC0 | c >> 6)) &* prime
                    hash = (hash ^ UInt64(0x80 | c & 0x3F)) &* prime
                    count += 2
                } else if c < 0x10000 {
                    hash = (hash ^ UInt64(0xE0 | c >> 12)) &* prime
                    hash = (hash ^ UInt64(0x80 | c >> 6 & 0x3F)) &* prime
                    hash = (hash ^ UInt64(0x80 | c & 0x3F)) &* prime
                    count += 3
                } else {
                    hash = (hash ^ UInt64(0xF0 | c >> 18)) &* prime
                    hash = (hash ^ UInt64(0x80 | c >> 12 & 0x3F)) &* prime
                    hash = (hash ^ UInt64(0x80 | c >> 6 & 0x3F)) &* prime
                    hash = (hash ^ UInt64(0x80 | c & 0x3F)) &* prime
                    count += 4
                }
            }
        }
        let hex = String(hash, radix: 16)
        return (hash, count, String(repeating: "0", count: 16 - hex.count) + hex)
    }

    /// `hash-bytes` of a document, from its scalars.
    public static func string(_ document: TextDocument) -> String { format(fnv1a(scalars: document.scalars)) }

    /// `hash-bytes`, as the store has always written it.
    public static func string(_ text: String) -> String { format(fnv1a(text)) }

    private static func format(_ h: (value: UInt64, count: Int, hex: String)) -> String {
        String(h.value, radix: 16) + "-" + String(h.count)
    }
}
