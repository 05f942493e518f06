import ChronicleCore
import ChronicleRender
import ChronicleStore
import Foundation
import Synchronization

/// What the web workspace serves from: one store, a renderer with an installed CJK
/// font, the uploads being built, and a cache of what pages compute from the whole
/// graph (the review queue), kept while the store does not change.
public final class Workspace: Sendable {
    public let store: GraphStore
    public let renderer: Renderer
    /// The largest upload accepted, in bytes.
    public let uploadLimit: Int
    let extractor: Extractor
    let jobs = BuildJobs()
    /// What each correction made here was about (`2020-01-26 省委专题会议`), by its id,
    /// for the notice that offers to undo it; kept while the server runs.
    let corrected = Mutex<[Int64: FactStatement]>([:])
    private let cache = Mutex<(version: String, graph: Graph)?>(nil)
    /// What Graphviz drew, by what it shows and the store's generation.
    let pictures = PictureCache()
    /// The lists of people and measures by count, for the store's generation.
    let rankings = VersionedCache<NodeType, [RankedNode]>()
    /// The events of a year or a range as the overview groups them.
    let digests = VersionedCache<String, [EventDigest]>()
    /// The counts above each page of a person's or a measure's events, by node, role and
    /// year: counted once for all its pages.
    let linkedCounts = VersionedCache<String, LinkedEventCounts>(limit: 256)
    let linkedOrders = VersionedCache<String, LinkedEventOrder>(limit: 64)

    public init(store: GraphStore, renderer: Renderer, uploadLimit: Int = 20 << 20, extractor: Extractor = Extractor()) {
        self.store = store
        self.renderer = Renderer(style: { var style = renderer.style; style.links = true; return style }(), engine: renderer.engine)
        self.uploadLimit = uploadLimit
        self.extractor = extractor
    }

    /// The whole stored graph, read again only when the store has changed.
    func wholeGraph() throws -> Graph {
        let version = try store.version()
        if let cached = cache.withLock({ $0 }), cached.version == version { return cached.graph }
        let graph = try store.graph()
        cache.withLock { $0 = (version, graph) }
        return graph
    }

    /// Writes made through this workspace (corrections, undos, uploads): part of the
    /// generation, since the store's own counts can come back to what they were (a
    /// correction undone, another made).
    private let writes = Atomic<Int>(0)

    /// Called after every write through the workspace.
    func changed() {
        writes.add(1, ordering: .sequentiallyConsistent)
    }

    /// Pages as written for a generation, by language and address (the session's token
    /// left as a placeholder), made concurrently.
    let pages = PictureCache(capacity: 96 << 20, serialized: false)
    /// The store's version as last read, and when (uptime in nanoseconds).
    private let checked = Mutex<(at: UInt64, version: String)?>(nil)
    /// How long the store's version is trusted before it is read again: a build run by
    /// another process is seen within this time; a write through this workspace at once.
    static let versionInterval: UInt64 = 500_000_000

    /// What the cached pages, pictures and lists were computed from: the store's version
    /// (read again at most every ``versionInterval``) and this workspace's writes.
    func generation() throws -> String {
        let now = DispatchTime.now().uptimeNanoseconds
        let version: String
        if let recent = checked.withLock({ state in state.flatMap { now &- $0.at < Self.versionInterval ? $0.version : nil } }) {
            version = recent
        } else {
            version = try store.version()
            checked.withLock { $0 = (now, version) }
        }
        return version + "." + String(writes.load(ordering: .sequentiallyConsistent))
    }

    /// A picture drawn by `draw`, or the one drawn before for the same `key` while the
    /// store has not changed.
    func picture(_ key: String, draw: () throws -> Data) throws -> Data {
        try pictures.picture(try generation() + "\u{1F}" + key, draw: draw)
    }

    /// People (`.person`) or measures (`.measure`) by the number of their events.
    func ranked(_ type: NodeType) throws -> [RankedNode] {
        try rankings.value(type, version: try generation()) { try store.ranked(type) }
    }

    /// The counts above the pages of `id`'s events (``GraphStore/linkedEventCounts(of:role:year:)``).
    func linkedEventCounts(of id: NodeID, role: Relation?, year: String?) throws -> LinkedEventCounts {
        let key = id.rawValue + "\u{1F}" + (role?.rawValue ?? "") + "\u{1F}" + (year.map { "y" + $0 } ?? "")
        return try linkedCounts.value(key, version: try generation()) { try store.linkedEventCounts(of: id, role: role, year: year) }
    }

    /// The order of the pages of `id`'s events (``GraphStore/linkedEventOrder(of:role:year:oldestFirst:)``):
    /// read once per node, role, year and direction, so that a later page reads only its own events.
    func linkedEventOrder(of id: NodeID, role: Relation?, year: String?, oldestFirst: Bool) throws -> LinkedEventOrder {
        let key = id.rawValue + "\u{1F}" + (role?.rawValue ?? "") + "\u{1F}" + (year.map { "y" + $0 } ?? "") + (oldestFirst ? "\u{1F}old" : "")
        return try linkedOrders.value(key, version: try generation()) { try store.linkedEventOrder(of: id, role: role, year: year, oldestFirst: oldestFirst) }
    }

    /// The dated events from `from` to `to` (inclusive, either open), as the overview
    /// counts them.
    func digests(from: String?, to: String?) throws -> [EventDigest] {
        try digests.value((from ?? "") + "…" + (to ?? ""), version: try generation()) { try store.eventDigests(from: from, to: to) }
    }
}

/// Values computed from the whole store (a ranking, a year's events), kept while the
/// store's generation is the same; a new generation drops them all. At most `limit`
/// keys are kept (the oldest answer goes first).
final class VersionedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let state = Mutex<(version: String, values: [Key: Value], order: [Key])>(("", [:], []))
    let limit: Int

    init(limit: Int = 64) {
        self.limit = limit
    }

    func value(_ key: Key, version: String, compute: () throws -> Value) throws -> Value {
        if let kept = state.withLock({ $0.version == version ? $0.values[key] : nil }) { return kept }
        let value = try compute()
        state.withLock { state in
            if state.version != version { state = (version, [:], []) }
            if state.values.updateValue(value, forKey: key) == nil { state.order.append(key) }
            while state.order.count > limit { state.values[state.order.removeFirst()] = nil }
        }
        return value
    }
}

/// Uploaded documents being built into the store: one at a time (SQLite has one
/// writer), while pages keep reading (WAL). Their states are kept for the progress
/// page.
final class BuildJobs: Sendable {
    enum State: Sendable {
        case waiting
        case building
        case done(outcome: IngestOutcome, document: DocumentID?)
        case failed(String)
    }

    struct Job: Sendable {
        var name: String
        var state: State
        var submitted: Date
    }

    private let jobs = Mutex<[String: Job]>([:])
    private let writer = Mutex<Void>(())

    func state(_ id: String) -> Job? { jobs.withLock { $0[id] } }

    /// Queues `work` and returns the job's id at once.
    func submit(name: String, _ work: @escaping @Sendable () throws -> (outcome: IngestOutcome, document: DocumentID?)) -> String {
        let id = UUID().uuidString.lowercased()
        jobs.withLock { $0[id] = Job(name: name, state: .waiting, submitted: Date()) }
        Thread.detachNewThread { [self] in
            writer.withLock { _ in
                update(id, .building)
                do {
                    let result = try work()
                    update(id, .done(outcome: result.outcome, document: result.document))
                } catch {
                    update(id, .failed("\(error)"))
                }
            }
        }
        return id
    }

    private func update(_ id: String, _ state: State) {
        jobs.withLock { $0[id]?.state = state }
    }

    /// Waits until no job is waiting or building (for tests and shutdown).
    func drain() {
        writer.withLock { _ in }
        while jobs.withLock({ $0.values.contains { if case .waiting = $0.state { true } else if case .building = $0.state { true } else { false } } }) {
            usleep(10_000)
        }
    }
}
