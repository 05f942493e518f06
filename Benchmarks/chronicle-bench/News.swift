import ChronicleKit
import ChronicleServe
import Foundation

/// The news archive as the benchmark of record: one store of every item of
/// `../shared/corpus/news` (five years of 新闻联播, about 27,000 items), built in date
/// order or in random order. Each item is extracted with its own broadcast date as the
/// reference date, on all cores, and one writer stores the document graphs in order
/// (``GraphStore/ingest(_:of:lexicon:)``). Prints items per second, ms per item in each
/// tenth of the build, the database size and peak memory; then, on that store, adding
/// one item, `query person / measure / timeline`, and the workspace pages under `wrk`.
///
///     chronicle-bench news --news DIR [--order date|random] [--limit N] [--seed N]
///                          [--seconds N] [--no-pages] [--keep PATH]
///
/// `--limit N` takes the first N items in date order (both orders use the same items).
/// The last five items of the order are left out of the build and then added one at a
/// time, as a new `chronicle build` would.
func benchNews() {
    let args = CommandLine.arguments
    func value(_ name: String) -> String? { args.firstIndex(of: name).flatMap { args.indices.contains($0 + 1) ? args[$0 + 1] : nil } }
    guard let directory = value("--news") else {
        say("usage: chronicle-bench news --news DIR [--order date|random] [--limit N] [--seed N] [--seconds N] [--no-pages] [--keep PATH]")
        exit(64)
    }
    let order = value("--order") ?? "date"
    guard order == "date" || order == "random" else {
        say("news: --order is date or random, not \(order)")
        exit(64)
    }
    let limit = option("--limit", default: 0), seed = option("--seed", default: 2026), seconds = option("--seconds", default: 10)
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".jsonl.xz") || $0.hasSuffix(".jsonl") }.sorted()
    guard !files.isEmpty else {
        say("news: no .jsonl.xz or .jsonl files in \(directory)")
        exit(1)
    }

    // Read every item (the text only), in date order.
    let loadStart = now()
    var items: [NewsItem] = []
    for file in files {
        let path = (directory as NSString).appendingPathComponent(file)
        let data: Data
        if file.hasSuffix(".xz") {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["xz", "-dc", path]
            let pipe = Pipe()
            process.standardOutput = pipe
            do { try process.run() } catch { say("news: cannot run xz: \(error)"); exit(1) }
            data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { say("news: xz -dc \(path) failed"); exit(1) }
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else { say("news: cannot read \(path)"); exit(1) }
            data = contents
        }
        do {
            items += try NewsItem.items(jsonLines: data, path: path).map { NewsItem(id: $0.id, date: $0.date, title: $0.title, text: $0.text) }
        } catch {
            say("news: \(error)")
            exit(1)
        }
    }
    items.sort { ($0.date.iso, $0.id) < ($1.date.iso, $1.id) }
    if limit > 0 { items = Array(items.prefix(limit)) }
    if order == "random" {
        var generator = SplitMix64(seed: UInt64(seed))
        items.shuffle(using: &generator)
    }
    let textBytes = items.reduce(0) { $0 + $1.text.utf8.count }
    let loaded = now()
    let peakLoaded = peakResident()
    guard items.count > 10 else { say("news: only \(items.count) items"); exit(1) }
    let held = Array(items.suffix(5))
    let built = Array(items.dropLast(5))

    let kept = value("--keep")
    let path = kept ?? FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-news-\(getpid()).sqlite").path
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    defer { if kept == nil { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } } }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    say("news: \(items.count) items of \(files.joined(separator: ", ")) (\(String(format: "%.1f", Double(textBytes) / 1e6)) MB of text, read in \(String(format: "%.1f", loaded - loadStart)) s), "
        + "\(order == "date" ? "in date order" : "in random order (seed \(seed))"); \(built.count) built, then the last 5 added one at a time")
    say("  extraction on \(cores) threads (all cores), each item with its broadcast date as reference date; one writer stores the graphs in order")

    let store: GraphStore
    do { store = try GraphStore(path: path) } catch { say("news: \(error)"); exit(1) }
    let base = Extractor()
    @Sendable func extract(_ item: NewsItem) -> (graph: DocumentGraph, document: TextDocument) {
        var extractor = base
        extractor.referenceDate = item.date
        let document = TextDocument(path: "\(item.id).txt", text: item.text)
        return (extractor.documentGraph(document).graph, document)
    }

    // Extraction threads take items in order and stop when they are `window` items
    // ahead of the writer; the writer (this thread) stores them in order.
    let pipeline = ExtractionPipeline(count: built.count, window: 64)
    for _ in 0..<cores {
        let thread = Thread {
            while let index = pipeline.take() {
                let cpu = threadCPUSeconds()
                let result = extract(built[index])
                pipeline.put(index, graph: result.graph, document: result.document, cpu: threadCPUSeconds() - cpu)
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
    let start = now()
    var finished: [Double] = [], writes: [Double] = [], extractionCPU: [Double] = []
    var waiting = 0.0, unchanged = 0, peakHeap = anonymousMemory(), writerCPU = 0.0
    finished.reserveCapacity(built.count)
    let tenth = max(1, built.count / 10)
    for index in 0..<built.count {
        let waitStart = now()
        let done = pipeline.next(index)
        waiting += now() - waitStart
        let writeStart = now(), writeCPU = threadCPUSeconds()
        do {
            if try store.ingest(done.graph, of: done.document) == .unchanged { unchanged += 1 }
        } catch {
            say("news: \(built[index].id): \(error)")
            exit(1)
        }
        let end = now()
        writerCPU += threadCPUSeconds() - writeCPU
        writes.append(end - writeStart)
        finished.append(end - start)
        extractionCPU.append(done.cpu)
        if (index + 1) % tenth == 0 || index + 1 == built.count {
            peakHeap = max(peakHeap, anonymousMemory())
            say(String(format: "  %6d items, %.0f s, %.1f items/s so far", index + 1, end - start, Double(index + 1) / (end - start)))
        }
    }
    let total = finished.last ?? 0
    let peakBuilt = peakResident()
    func fileSize(_ suffix: String) -> Int { (try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0 }
    let size = fileSize(""), wal = fileSize("-wal")
    let counts = (try? store.counts()) ?? (0, 0)
    say(String(format: "  built: %d items in %.1f s: %.1f items/s (%.2f ms per item); writer waited for extraction %.1f s; %d items had a text stored before",
                 built.count, total, Double(built.count) / total, total * 1000 / Double(built.count), waiting, unchanged))
    say(String(format: "  CPU time: writer %.1f s (%.2f ms per item), whole process %.1f s (the steadier figures on a shared machine)",
                 writerCPU, writerCPU * 1000 / Double(built.count), cpuSeconds()))
    say("  graph: \(counts.0) nodes, \(counts.1) edges; database \(String(format: "%.1f", Double(size) / 1e6)) MB (and \(String(format: "%.1f", Double(wal) / 1e6)) MB of WAL); "
        + "peak memory (ru_maxrss) \(peakBuilt / 1_000_000) MB (\(peakLoaded / 1_000_000) MB once the items were read; "
        + "it counts the database pages SQLite maps; the heap, RssAnon at each tenth, at most \(peakHeap / 1_000_000) MB)")
    say("  ms per item by tenth of the build (wall | writer | extraction CPU per item):")
    var tenths: [(wall: Double, write: Double, cpu: Double)] = []
    for k in 0..<10 {
        let range = (k * built.count / 10)..<((k + 1) * built.count / 10)
        guard !range.isEmpty else { continue }
        let before = range.lowerBound == 0 ? 0 : finished[range.lowerBound - 1]
        let n = Double(range.count)
        let row = (wall: (finished[range.upperBound - 1] - before) * 1000 / n, write: writes[range].reduce(0, +) * 1000 / n, cpu: extractionCPU[range].reduce(0, +) * 1000 / n)
        tenths.append(row)
        say(String(format: "    %2d  %7.2f | %7.2f | %6.2f", k + 1, row.wall, row.write, row.cpu))
    }
    if let first = tenths.first, let last = tenths.last {
        say(String(format: "  last tenth ÷ first tenth: wall %.2f×, writer %.2f×, extraction %.2f×", last.wall / first.wall, last.write / first.write, last.cpu / first.cpu))
    }
    say("  CPU time by phase of the writer: " + GraphStore.mergeProfile.filter { $0.key != "store" }.sorted { $0.value > $1.value }.prefix(14)
        .map { String(format: "%@ %.0f s", $0.key, $0.value) }.joined(separator: ", "))

    // Adding one item to the full store, as a new `chronicle build` would: open the
    // database, extract, store and merge.
    var adds: [Double] = []
    for item in held {
        let t = now()
        do {
            let fresh = try GraphStore(path: path)
            let result = extract(item)
            _ = try fresh.ingest(result.graph, of: result.document)
        } catch { say("news: \(item.id): \(error)"); exit(1) }
        adds.append(now() - t)
    }
    adds.sort()
    say(String(format: "  open the store and add one item (extract + store + merge): median %.0f ms, slowest %.0f ms (%d items: %@)",
                 adds[adds.count / 2] * 1000, adds.last! * 1000, held.count, held.map(\.id).joined(separator: ", ")))
    // All items are in now: the same graph whatever the order they came in.
    let all = (try? store.counts()) ?? (0, 0)
    say("  all \(items.count) items: \(store.documentCount) documents, \(all.0) nodes, \(all.1) edges")

    // Queries on the full store, through the library (what `chronicle query` calls).
    let reader: GraphStore
    let person: (id: NodeID, label: String, evidence: Int), measure: (id: NodeID, label: String, evidence: Int)
    do {
        reader = try GraphStore(path: path)
        let t = now()
        guard let p = try reader.mostEvidenced(.person, limit: 1).first, let m = try reader.mostEvidenced(.measure, limit: 1).first else {
            say("news: the store has no person or no measure")
            exit(1)
        }
        person = p
        measure = m
        say(String(format: "  most evidence: person %@ (%d sentences), measure %@ (%d) — found in %.0f ms", p.label, p.evidence, m.label, m.evidence, (now() - t) * 1000))
    } catch { say("news: \(error)"); exit(1) }
    let month = String(items.sorted { $0.date.iso < $1.date.iso }[items.count / 2].date.iso.prefix(7))
    func timed(_ name: String, runs: Int = 20, _ body: () throws -> Int) {
        var times: [Double] = []
        var size = 0
        for _ in 0..<runs {
            let t = now()
            do { size = try body() } catch { say("  \(name): \(error)"); return }
            times.append(now() - t)
        }
        times.sort()
        say("  \(name.padding(toLength: 44, withPad: " ", startingAt: 0)) median \(String(format: "%7.2f", times[runs / 2] * 1000)) ms   slowest \(String(format: "%7.2f", times.last! * 1000)) ms   (\(size) rows; \(runs) runs)")
    }
    timed("query person \(person.label)") { try reader.person(person.label).events.count }
    timed("query measure \(measure.label)") { let m = try reader.measure(measure.label); return m.reiteratedBy.count + (m.setBy == nil ? 0 : 1) }
    timed("query timeline --from \(month) --to \(month)") { try reader.timeline(from: CalendarDate(iso: month), to: CalendarDate(iso: month)).count }

    guard !args.contains("--no-pages") else { return }
    benchPages(reader, person: (person.id, person.label), measure: (measure.id, measure.label), month: month, seconds: seconds)
    // Cancelling the server while wrk's connections close crashed once in NIO's
    // writer (Illegal instruction in NIOAsyncWriter deinit); the process ends instead.
    if kept == nil { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
    exit(0)
}

/// `chronicle-bench pages --db PATH [--seconds N]`: the workspace pages of a store built
/// before (by `chronicle build` or `news --keep`), under the same `wrk` load as `news`.
func benchStorePages() {
    let args = CommandLine.arguments
    guard let index = args.firstIndex(of: "--db"), args.indices.contains(index + 1), FileManager.default.fileExists(atPath: args[index + 1]) else {
        say("usage: chronicle-bench pages --db PATH [--seconds N]")
        exit(64)
    }
    do {
        let reader = try GraphStore(path: args[index + 1])
        guard let person = try reader.mostEvidenced(.person, limit: 1).first, let measure = try reader.mostEvidenced(.measure, limit: 1).first else {
            say("pages: the store has no person or no measure")
            exit(1)
        }
        let dates = try reader.timeline(limit: 1_000_000).compactMap(\.date)
        guard !dates.isEmpty else { say("pages: no dated events"); exit(1) }
        let month = String(dates[dates.count / 2].prefix(7))
        say("pages of \(args[index + 1]): most evidence: person \(person.label) (\(person.evidence) sentences), measure \(measure.label) (\(measure.evidence))")
        benchPages(reader, person: (person.id, person.label), measure: (measure.id, measure.label), month: month, seconds: option("--seconds", default: 10))
    } catch { say("pages: \(error)"); exit(1) }
    exit(0)
}

/// The workspace pages on `reader`'s store: each alone first (median of 3 requests with
/// curl), then under `wrk`, 1 thread, 50 connections (2 for a page over 100 ms alone).
/// Pictures and lists are drawn and computed once per store generation, so the first
/// request of a page (alone) is reported apart from the load.
func benchPages(_ reader: GraphStore, person: (id: NodeID, label: String), measure: (id: NodeID, label: String), month: String, seconds: Int) {
    guard let wrk = wrkPath() else {
        say("  pages: wrk is not installed (apt-get install wrk; scripts/bootstrap.sh installs it)")
        return
    }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-bench-pages-\(getpid())")
    try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let events: [EventSummary]
    let workspace: Workspace
    do {
        events = try reader.timeline(limit: 1_000_000)
        workspace = Workspace(store: reader, renderer: try Renderer())
    } catch { say("pages: \(error)"); return }
    guard !events.isEmpty else { say("pages: no dated events"); return }
    let (port, _) = startWorkspace(workspace)
    say("  pages: each alone first (the first request, then the median of 3 with curl), then wrk, 1 thread, \(seconds) s a page, 50 connections "
        + "(2 for a page that takes over 100 ms alone: 50 queue behind each other); \(events.count) dated events")
    func load(_ name: String, _ paths: [String], connections: Int = 50) -> (p50: Double, p99: Double)? {
        wrkLoad(name, paths, wrk: wrk, port: port, seconds: seconds, directory: scratch, connections: connections)
    }
    let baseline = load("baseline (404, reads nothing)", (0..<10).map { "/nowhere\($0)" })
    // A week of the month, Monday to Sunday, that has events.
    let day = CalendarDate(iso: events.first { $0.date?.hasPrefix(month) == true }?.date ?? month + "-01")?.dayNumber ?? 0
    let monday = day - ((day + 3) % 7 + 7) % 7
    let week = "/?from=\(CalendarDate(dayNumber: monday).iso)&to=\(CalendarDate(dayNumber: monday + 6).iso)"
    let pages: [(String, [String])] = [
        ("event (2,000 events in turn)", (0..<2_000).map { "/event?id=" + urlEscaped(events[($0 * 7919) % events.count].id.rawValue) }),
        ("search (2,000 phrases in turn)", (0..<2_000).map { "/search?q=" + urlEscaped(String(events[($0 * 104_729) % events.count].name.prefix(6))) }),
        ("measure \(measure.label)", ["/measure?id=" + urlEscaped(measure.id.rawValue)]),
        ("person \(person.label)", ["/person?id=" + urlEscaped(person.id.rawValue)]),
        ("person \(person.label), pages 2–40", (2...40).map { "/person?id=" + urlEscaped(person.id.rawValue) + "&page=\($0)" }),
        ("year overview (home)", ["/"]),
        ("month \(month)", ["/?month=\(month)"]),
        ("timeline page, \(month)", ["/?from=\(month)&to=\(month)"]),
        ("week timeline \(week.dropFirst(7).prefix(10))", [week]),
        ("people (list, first page)", ["/people"]),
        ("measures (list, first page)", ["/measures"]),
        ("relations picture of \(person.label)", ["/picture?view=relations&format=svg&focus=" + urlEscaped(person.id.rawValue)]),
    ]
    var ratios: [String] = []
    for (name, paths) in pages {
        let first = singleRequest(port: port, path: paths[0]) ?? 0
        let alone = (0..<3).compactMap { singleRequest(port: port, path: paths[($0 + 1) % paths.count]) }.sorted()
        let median = alone.isEmpty ? 0 : alone[alone.count / 2]
        let connections = median > 0.1 ? 2 : 50
        say(String(format: "  %@: first request %.0f ms, then alone %.1f ms%@", name, first * 1000, median * 1000, connections == 50 ? "" : " (wrk with 2 connections)"))
        if let result = load(name, paths, connections: connections), let baseline {
            ratios.append(String(format: "%@ %.1f×", name, result.p99 / baseline.p99))
        }
        // The requests wrk left behind finish before the next page is timed.
        if connections < 50 { usleep(UInt32(min(60, Double(connections) * median + 1) * 1_000_000)) }
    }
    // The baseline again: on a shared machine the load of other work moves p99 of every
    // page, the one that reads nothing included, within one run.
    _ = load("baseline again (404, reads nothing)", (0..<10).map { "/nowhere\($0)" })
    if !ratios.isEmpty { say("  p99 ÷ baseline p99: " + ratios.joined(separator: ", ")) }
}

/// Prints a line at once (stdout is a pipe under make or tee).
func say(_ line: String) {
    print(line)
    fflush(nil)
}

/// Hands item indices to extraction threads in order, at most `window` ahead of the
/// writer, and their results to the writer in order.
final class ExtractionPipeline: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int, window: Int
    private var nextIndex = 0, written = 0
    private var results: [Int: (graph: DocumentGraph, document: TextDocument, cpu: Double)] = [:]

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
    }

    /// The next index to extract, or nil when all are taken.
    func take() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while nextIndex < count && nextIndex >= written + window { condition.wait() }
        guard nextIndex < count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    func put(_ index: Int, graph: DocumentGraph, document: TextDocument, cpu: Double) {
        condition.lock()
        results[index] = (graph, document, cpu)
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the result of `index` (the writer calls this in order).
    func next(_ index: Int) -> (graph: DocumentGraph, document: TextDocument, cpu: Double) {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil { condition.wait() }
        written = index + 1
        condition.broadcast()
        return results.removeValue(forKey: index)!
    }
}

/// CPU seconds of the calling thread.
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Peak resident memory of this process (getrusage ru_maxrss), in bytes.
func peakResident() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage.ru_maxrss * 1024
}
