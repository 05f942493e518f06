@_spi(Merge) import ChronicleCore
import Synchronization

/// Merged events made ready to be weighed as what a reference names, kept between
/// documents: the references of a new document, and the stored ones a changed event may
/// answer, are weighed against the same events document after document, and preparing
/// an event (decoding its draft, normalizing its names, their bigrams) cost more than
/// weighing it. An entry holds while the event's draft is the same; a store keeps one for
/// its writes in this process.
final class PreparedEvents: Sendable {
    private let entries = Mutex<[String: (draft: String, event: MergeSPI.PreparedEvent)]>([:])
    /// Entries kept at most (the whole set is dropped beyond: a five-year news store
    /// has about 7,000 dated events).
    let capacity: Int

    init(capacity: Int = 50_000) {
        self.capacity = capacity
    }

    /// The merged event `id` whose draft (document-graph JSON) is `draft`, prepared.
    func event(_ id: String, draft: String) throws -> MergeSPI.PreparedEvent {
        if let kept = entries.withLock({ $0[id] }), kept.draft == draft { return kept.event }
        let event = MergeSPI.prepare(try IncrementalMerge.node(draft, id: NodeID(id)))
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[id] = (draft, event)
        }
        return event
    }
}
