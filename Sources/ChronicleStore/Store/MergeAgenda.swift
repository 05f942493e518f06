import ChronicleCore

/// What a change of documents leaves the incremental merge to recompute, step by step
/// (``IncrementalMerge/finish(corrections:restoring:)`` runs the steps in this order;
/// each clears what it has done).
struct MergeAgenda {
    // Regrouping events.
    /// Date ranges (ISO days) whose groups of events are clustered again.
    var dateRanges: [(from: String, to: String)] = []
    /// Merged events whose members left with a removed document.
    var goneEvents = Set<NodeID>()
    /// Merged events that changed (their references and levels follow).
    var changedEvents = Set<NodeID>()
    /// The drafts merged events had before this change, for those written again (nil:
    /// the event is new): a reference that neither the old nor the new event can name
    /// keeps its targets.
    var previousDrafts: [NodeID: String?] = [:]

    // Folding nodes.
    /// Nodes folded again.
    var nodes = Set<NodeID>()
    /// Nodes a removed document named: their facts are rebuilt from the remaining parts first.
    var nodeFacts = Set<NodeID>()
    /// Sentences of a new document's persons, measures and titled documents, stored
    /// once their nodes are.
    var pendingEvidence: [(NodeID, Evidence)] = []
    /// First sentences of merged events, evidence of their organizer and place.
    var pendingVia: [(node: NodeID, event: NodeID, evidence: Evidence)] = []

    // References, edges.
    /// References resolved again (`part_reference` ids).
    var references = Set<Int64>()
    /// Edges folded again from their parts.
    var edges = Set<IncrementalMerge.EdgeKey>()

    // Measure edges.
    /// Measures with new statements.
    var measures = Set<NodeID>()
    /// Measures whose statements' order may have changed (a stating event moved to
    /// another merged event, a document left): recomputed whole, never appended to.
    var reorderedMeasures = Set<NodeID>()
    /// Measures stated by an event whose date or time of day changed (same event): their
    /// edges change only if their first statement does.
    var redatedMeasures = Set<NodeID>()

    // Levels.
    /// Events whose chairs' or agent's titles changed.
    var levels = Set<NodeID>()

    /// A document was removed: the shortcuts that assume only additions are off.
    var removedAny = false
}
