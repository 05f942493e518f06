@_spi(Merge) import ChronicleCore
import Synchronization

/// Documents' events as decoded from their stored JSON (`part_event.json`), kept
/// between documents: each new document clusters again the events of its days, and in a
/// dense archive those are dozens of other documents' events, decoded again every time.
/// An entry holds while the stored JSON is the same (compared whole, which costs far
/// less than parsing it); a store keeps one for its writes in this process.
final class DecodedParts: Sendable {
    private let entries = Mutex<[String: (json: String, node: Node)]>([:])
    /// Entries kept at most (the whole set is dropped beyond).
    let capacity: Int

    init(capacity: Int = 50_000) {
        self.capacity = capacity
    }

    /// Document `doc`'s event `local`, whose stored JSON is `json`, decoded.
    func event(doc: Int64, local: String, json: String) throws -> Node {
        let key = "\(doc)|\(local)"
        if let kept = entries.withLock({ $0[key] }), kept.json == json { return kept.node }
        let node = try IncrementalMerge.node(json, id: NodeID(local))
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = (json, node)
        }
        return node
    }
}
