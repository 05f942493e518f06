import GRDB
import Synchronization

/// The candidates by name of references without a date (``IncrementalMerge/weigh``), kept
/// between documents by the store that writes: in an archive that restates the same
/// meetings (every copy of a report names the same 中央…会议), each new document's
/// references asked the bigram indexes again for every event of their names, reading
/// more rows with every document.
///
/// Each entry is what the two bigram queries answered for one reference text, kept up to
/// date as merged events are written (``CandidateIndex/written(_:normalized:keys:)``) or
/// removed, by the same rules as the queries. The index holds only while nothing else
/// writes the database: it is taken for a document's transaction and kept again at its
/// end with the connection's data version (which changes when another connection commits)
/// and its count of changes (which changes when this connection writes outside a
/// document's merge); when either differs, or a transaction failed before being kept,
/// the next document starts with an empty index.
final class NameCandidates: Sendable {
    private let kept = Mutex<(index: CandidateIndex, mark: Mark)?>(nil)

    struct Mark: Equatable {
        var dataVersion: Int64
        var changes: Int
    }

    static func mark(_ db: Database) throws -> Mark {
        Mark(dataVersion: try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? -1, changes: db.totalChangesCount)
    }

    /// The index for a document's transaction (empty when it may not hold).
    func take(_ db: Database) throws -> CandidateIndex {
        let mark = try Self.mark(db)
        let taken = kept.withLock { kept in
            let taken = kept
            kept = nil
            return taken
        }
        guard let taken, taken.mark == mark else { return CandidateIndex() }
        return taken.index
    }

    /// Keeps the index at the end of a document's merge (still in its transaction).
    func keep(_ index: CandidateIndex, _ db: Database) throws {
        let mark = try Self.mark(db)
        kept.withLock { $0 = (index, mark) }
    }
}

/// Candidate events per reference text, with what finds the entries an event written
/// again may belong to. Used by one writer at a time (inside its transaction).
final class CandidateIndex: @unchecked Sendable {
    struct Entry {
        /// The normalized grams of the name and how many of them an event must share.
        var normalized: Set<Int64>
        var need: Int
        /// The raw bigrams of the text: an event name whose two smallest bigrams are
        /// among them is a candidate (the `event_name_key` query).
        var raw: Set<Int64>
        var events: Set<String>
    }

    private var entries: [String: Entry] = [:]
    private var byGram: [Int64: [String]] = [:]
    private var byRaw: [Int64: [String]] = [:]
    private var ofEvent: [String: Set<String>] = [:]
    /// Entries kept at most (all are dropped beyond).
    static let capacity = 200_000

    func candidates(_ key: String) -> Set<String>? { entries[key]?.events }

    func add(_ key: String, _ entry: Entry) {
        if entries.count >= Self.capacity { clear() }
        entries[key] = entry
        for gram in entry.normalized { byGram[gram, default: []].append(key) }
        for gram in entry.raw { byRaw[gram, default: []].append(key) }
        for event in entry.events { ofEvent[event, default: []].insert(key) }
    }

    /// A merged event written with these grams: the union of its names' normalized grams
    /// (`event_gram`, name -1) and, per name of six characters or more, its two smallest
    /// raw bigrams (`event_name_key`).
    func written(_ event: String, normalized: Set<Int64>, keys: [(Int64, Int64)]) {
        removed(event)
        guard !entries.isEmpty else { return }
        var shared: [String: Int] = [:]
        for gram in normalized {
            for key in byGram[gram] ?? [] { shared[key, default: 0] += 1 }
        }
        var member = Set<String>()
        for (key, count) in shared where count >= entries[key]!.need { member.insert(key) }
        for (first, second) in keys {
            for key in byRaw[first] ?? [] where entries[key]!.raw.contains(second) { member.insert(key) }
        }
        for key in member { entries[key]!.events.insert(event) }
        if !member.isEmpty { ofEvent[event] = member }
    }

    /// A merged event deleted (its grams go with it).
    func removed(_ event: String) {
        guard let keys = ofEvent.removeValue(forKey: event) else { return }
        for key in keys { entries[key]?.events.remove(event) }
    }

    func clear() {
        entries = [:]
        byGram = [:]
        byRaw = [:]
        ofEvent = [:]
    }
}
