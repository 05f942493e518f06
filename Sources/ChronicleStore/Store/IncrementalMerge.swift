@_spi(Merge) import ChronicleCore
import Foundation
import GRDB
import Synchronization

/// Keeps the stored graph equal to ``GraphMerger`` over the stored documents' graphs
/// (then the stored corrections), one document at a time, in time that depends on
/// what the document touches rather than on how many documents are stored.
///
/// Each document's graph is kept as parts (its events, nodes, edges, statements of
/// measures, references). Adding or removing a document marks what it touches:
///
/// - the groups of events whose dates meet its events' dates, clustered again
///   (`EventClusters` works group by group, so only these can change);
/// - the persons, measures and titled documents it names, folded again from their
///   first part and their facts (``NodeFacts``: each value where it first appears);
/// - the edges among them, folded again from their parts;
/// - the measures it states or whose stating events changed (`sets` / `reiterates`);
/// - the references that may now resolve otherwise: its own, those from or to events
///   that changed, and those that could name a new or changed event — found through
///   bigram indexes with a bound on how many bigrams a match must share;
/// - the levels of events whose chairs or agents changed.
///
/// Corrections are then applied again to what they name (recomputed from the parts,
/// so every correction meets the facts as extracted), and their status recorded.
///
/// The marks are one ``MergeAgenda``; each step reads and clears its part of it, in the
/// order of ``finish(corrections:restoring:)``, one file each: parts (`MergeParts`),
/// regrouping events (`MergeEvents`), folding nodes (`MergeNodes`), references
/// (`MergeReferences`), edges (`MergeEdges`), measure edges (`MergeMeasures`), levels
/// (`MergeLevels`), corrections (`MergeCorrections`); the rows they write are typed
/// records (`MergeRows`).
///
/// When a new document comes last in merge order among the documents it meets, and
/// nothing was removed, two shortcuts give the same result for less: its events are
/// placed among the stored ones (``appendToGroups(_:rank:)``) and its statements of a
/// measure appended after the first (``appendStatements(_:)``). Each checks its
/// condition and otherwise leaves the work to the general path; the store tests compare
/// random arrival orders with a fresh extraction.
struct IncrementalMerge {
    let db: Database
    let lexicon: Lexicon

    struct EdgeKey: Hashable {
        var source: NodeID
        var target: NodeID
        var relation: Relation
    }

    /// What is left to recompute (``MergeAgenda``).
    var agenda = MergeAgenda()
    /// The document being added (row, path, key).
    var added: (row: Int64, path: String, key: String)?

    /// Merged events prepared for weighing references, kept between documents by the
    /// store that writes (``PreparedEvents``).
    let preparedEvents: PreparedEvents
    let decodedParts: DecodedParts
    /// Candidate events of references by name, kept between documents by the store that
    /// writes (``NameCandidates``).
    let candidateIndex: CandidateIndex

    init(db: Database, lexicon: Lexicon, preparedEvents: PreparedEvents = PreparedEvents(), decodedParts: DecodedParts = DecodedParts(),
         candidateIndex: CandidateIndex = CandidateIndex()) {
        self.db = db
        self.lexicon = lexicon
        self.preparedEvents = preparedEvents
        self.decodedParts = decodedParts
        self.candidateIndex = candidateIndex
    }

    // MARK: Bringing the graph up to date

    /// Recomputes everything marked, then applies `corrections` again and brings the
    /// search index up to date; returns the corrections' report.
    /// `restoring`: corrections just removed, whose facts are written again as the
    /// remaining corrections leave them.
    mutating func finish(corrections: [Correction], restoring: [Correction] = []) throws -> CorrectionReport {
        try Self.timed("recluster") { try recluster() }
        try Self.timed("nodes") { try refoldNodes() }
        try Self.timed("references") { try resolveReferences() }
        try Self.timed("edges") { try recomputeEdges() }
        try Self.timed("measures") { try recomputeMeasures() }
        try Self.timed("levels") { try recomputeLevels() }
        let report = try Self.timed("corrections") { try applyCorrections(corrections, restoring: restoring) }
        try Self.timed("search index") { try indexSentences() }
        return report
    }

    /// CPU seconds of the calling thread spent in each phase so far in this process (for
    /// `chronicle-bench archive` and `news`; CPU time, since wall time on a shared machine
    /// also counts what other processes took).
    static let phaseSeconds = Mutex<[String: Double]>([:])

    static func timed<T>(_ phase: String, _ body: () throws -> T) rethrows -> T {
        var start = timespec(), end = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
        defer {
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
            let seconds = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
            phaseSeconds.withLock { $0[phase, default: 0] += seconds }
        }
        return try body()
    }
}
