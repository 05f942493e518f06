@_spi(Merge) import ChronicleCore
import Synchronization

/// Values made from stored JSON, kept between the documents a store writes in this
/// process: an entry holds while the stored JSON is the same (compared whole, which costs
/// far less than decoding it again). At most `capacity` entries; the whole set is dropped
/// beyond.
///
/// Keys and sources are compared as UTF-8 bytes (``IdentifierBytes``): `String`'s own
/// hash and `==` normalize Chinese text first, on every lookup.
final class KeptDecodings<Value: Sendable>: Sendable {
    private struct Key: Hashable {
        let text: String
        static func == (a: Key, b: Key) -> Bool { IdentifierBytes.equal(a.text, b.text) }
        func hash(into hasher: inout Hasher) { IdentifierBytes.hash(text, into: &hasher) }
    }
    private let entries = Mutex<[Key: (source: String, value: Value)]>([:])
    let capacity: Int

    init(capacity: Int = 50_000) {
        self.capacity = capacity
    }

    /// The value kept under `key` for `source`, else `make(source)`, kept.
    func value(_ key: String, source: String, make: (String) throws -> Value) rethrows -> Value {
        if let kept = entries.withLock({ $0[Key(text: key)] }), IdentifierBytes.equal(kept.source, source) { return kept.value }
        let value = try make(source)
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[Key(text: key)] = (source, value)
        }
        return value
    }
}

/// Merged events made ready to be weighed as what a reference names, kept between
/// documents: the references of a new document, and the stored ones a changed event may
/// answer, are weighed against the same events document after document, and preparing
/// an event (decoding its draft, normalizing its names, their bigrams) cost more than
/// weighing it. (A five-year news store has about 7,000 dated events.)
typealias PreparedEvents = KeptDecodings<MergeSPI.PreparedEvent>

extension KeptDecodings where Value == MergeSPI.PreparedEvent {
    /// The merged event `id` whose draft (document-graph JSON) is `draft`, prepared.
    func event(_ id: String, draft: String) throws -> MergeSPI.PreparedEvent {
        try value(id, source: draft) { MergeSPI.prepare(try IncrementalMerge.node($0, id: NodeID(id))) }
    }
}

/// Documents' events as decoded from their stored JSON (`part_event.json`): each new
/// document clusters again the events of its days, and in a dense archive those are
/// dozens of other documents' events, decoded again every time.
typealias DecodedParts = KeptDecodings<Node>

extension KeptDecodings where Value == Node {
    /// Document `doc`'s event `local`, whose stored JSON is `json`, decoded.
    func event(doc: Int64, local: String, json: String) throws -> Node {
        try value("\(doc)|\(local)", source: json) { try IncrementalMerge.node($0, id: NodeID(local)) }
    }
}
