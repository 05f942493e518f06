import Foundation
import Synchronization

/// Pictures Graphviz has drawn, kept under what they show and the store's generation
/// (``GraphStore/version()``): a page or a picture asked for again while the store has
/// not changed is sent from here instead of being laid out again, and a change of the
/// store makes every older picture unreachable (they age out, least recently used
/// first, once the cache holds more than its capacity).
///
/// Drawing happens one picture at a time (Graphviz's layout is not reentrant, and on a
/// loaded server one drawing at a time keeps the other pages answering); requests for a
/// picture being drawn wait for it and then find it here, so a burst of requests for one
/// new picture draws it once.
final class PictureCache: Sendable {
    private struct Entries {
        var data: [String: (bytes: Data, used: UInt64)] = [:]
        var size = 0
        var clock: UInt64 = 0
    }

    private final class Lock: Sendable {
        let mutex = Mutex<Void>(())
    }

    private let entries = Mutex(Entries())
    private let drawing = Lock()
    /// The most bytes kept.
    let capacity: Int
    /// Whether values are made one at a time (pictures: Graphviz) or concurrently (pages).
    let serialized: Bool

    init(capacity: Int = 64 << 20, serialized: Bool = true) {
        self.capacity = capacity
        self.serialized = serialized
    }

    /// How many pictures are kept (for tests).
    var count: Int { entries.withLock { $0.data.count } }

    /// Locks for values made concurrently, by a hash of their key: requests for one
    /// value not yet made wait for one of them to make it (a burst of 50 requests for a
    /// new page writes it once, not 50 times); other keys mostly go on at once.
    private let making = (0..<64).map { _ in Lock() }

    /// The picture kept under `key`, else `draw()`'s, kept.
    func picture(_ key: String, draw: () throws -> Data) throws -> Data {
        if let kept = lookup(key) { return kept }
        let lock = serialized ? drawing : making[Int(UInt(bitPattern: key.hashValue) % UInt(making.count))]
        return try lock.mutex.withLock { _ in
            // Another request may have drawn it while this one waited.
            if let kept = lookup(key) { return kept }
            let data = try draw()
            store(key, data)
            return data
        }
    }

    /// The value kept under `key`, if any (nothing is made).
    func kept(_ key: String) -> Data? {
        lookup(key)
    }

    private func lookup(_ key: String) -> Data? {
        entries.withLock { entries in
            guard let entry = entries.data[key] else { return nil }
            entries.clock += 1
            entries.data[key]?.used = entries.clock
            return entry.bytes
        }
    }

    private func store(_ key: String, _ data: Data) {
        entries.withLock { entries in
            guard data.count <= capacity else { return }
            entries.clock += 1
            if let old = entries.data.updateValue((data, entries.clock), forKey: key) { entries.size -= old.bytes.count }
            entries.size += data.count
            while entries.size > capacity, let oldest = entries.data.min(by: { $0.value.used < $1.value.used }) {
                entries.size -= oldest.value.bytes.count
                entries.data[oldest.key] = nil
            }
        }
    }
}
