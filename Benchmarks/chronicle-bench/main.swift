import ChronicleKit
import ChronicleServe
import Hummingbird
import Foundation

/// Benchmarks for Chronicle. Each compares against a baseline measured in the same
/// run and prints both figures and their ratio.
///
///     swift run -c release chronicle-bench [time] [--mb N] [--runs N]
///     swift run -c release chronicle-bench synthetic N > graph.json

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// The CPU time of this process so far (all its threads), in seconds.
func cpuNow() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Runs `body` `runs` times and returns the median wall time in seconds (with
/// `cpu: true`, the median CPU time of the process instead: on a shared machine the
/// wall clock also counts the time other processes had the cores).
func median(runs: Int, cpu: Bool = false, _ body: () -> Int) -> (seconds: Double, check: Int) {
    let clock = cpu ? cpuNow : now
    var times: [Double] = []
    var check = 0
    for _ in 0..<runs {
        let start = clock()
        check = body()
        times.append(clock() - start)
    }
    times.sort()
    return (times[times.count / 2], check)
}

func option(_ name: String, default value: Int) -> Int {
    let args = CommandLine.arguments
    if let i = args.firstIndex(of: name), i + 1 < args.count, let n = Int(args[i + 1]) { return n }
    return value
}

/// The sample repeated to at least `megabytes` MB.
func corpus(megabytes: Int) -> [UInt8] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let sample = root.appendingPathComponent("Samples/study-notice-2020-02-09.txt")
    guard let data = try? Data(contentsOf: sample) else {
        fatalError("cannot read \(sample.path); run from the repository")
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(megabytes * 1_000_000 + data.count)
    while bytes.count < megabytes * 1_000_000 {
        bytes.append(contentsOf: data)
        bytes.append(0x0A)
    }
    return bytes
}

func benchTime() {
    let megabytes = option("--mb", default: 10)
    let runs = option("--runs", default: 5)
    let bytes = corpus(megabytes: megabytes)
    let mb = Double(bytes.count) / 1_000_000
    print("time expressions: \(String(format: "%.1f", mb)) MB corpus (the sample repeated), median of \(runs) runs, one core")

    let day: Unicode.Scalar = "日"
    let baseline = median(runs: runs) {
        let text = String(decoding: bytes, as: UTF8.self)
        var count = 0
        for scalar in text.unicodeScalars where scalar == day { count += 1 }
        return count
    }
    let decode = median(runs: runs) {
        TextDocument(path: "bench.txt", text: String(decoding: bytes, as: UTF8.self)).scalars.count
    }
    let normalizer = TimeNormalizer()
    let full = median(runs: runs) {
        let document = TextDocument(path: "bench.txt", text: String(decoding: bytes, as: UTF8.self))
        return normalizer.analyze(document).expressions.count
    }
    func row(_ name: String, _ r: (seconds: Double, check: Int)) {
        print("  \(name.padding(toLength: 46, withPad: " ", startingAt: 0)) \(String(format: "%7.1f", mb / r.seconds)) MB/s  (\(String(format: "%.3f", r.seconds)) s, \(r.check))")
    }
    row("baseline: decode UTF-8 + count 日", baseline)
    row("decode into scalars + line index", decode)
    row("decode + find + normalize + anchor", full)
    print("  ratio baseline / full: \(String(format: "%.2f", full.seconds / baseline.seconds))×")
}

/// CPU time of this process so far (user + system), in seconds: on a shared machine
/// the wall time per document moves with the load, its CPU time much less.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// Peak resident memory of this process so far, in bytes (VmHWM).
/// Resident anonymous memory now (RssAnon: the heap, not the database pages SQLite
/// maps from the file, which count in VmHWM but are the page cache's to drop).
func anonymousMemory() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("RssAnon:") })
    else { return 0 }
    return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) * 1024
}

func peakMemory() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return 0 }
    return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) * 1024
}

/// Seconds `wc -m` takes to count the characters of `bytes` (written to a temporary
/// file, in a UTF-8 locale so that it decodes them): the issue's yardstick, run as a
/// process exactly as a user would.
func wcSeconds(_ bytes: [UInt8], runs: Int) -> Double? {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-bench-\(getpid()).txt").path
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return nil }
    defer { try? FileManager.default.removeItem(atPath: path) }
    // The CPU time of the wc process itself (user + system, from the kernel's
    // accounting of finished children), not the time it takes Foundation to start it.
    func childSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
    var times: [Double] = []
    for _ in 0..<max(runs, 5) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["LC_ALL=C.UTF-8", "wc", "-m", path]
        process.standardOutput = FileHandle.nullDevice
        let before = childSeconds()
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        times.append(childSeconds() - before)
    }
    times.sort()
    return times[times.count / 2]
}

func benchExtract() {
    let megabytes = option("--mb", default: 10)
    let runs = option("--runs", default: 3)
    let bytes = corpus(megabytes: megabytes)
    let mb = Double(bytes.count) / 1_000_000
    print("extraction: \(String(format: "%.1f", mb)) MB corpus (the sample repeated), median of \(runs) runs, one core, CPU time of the process like wc's")
    let wc = wcSeconds(bytes, runs: runs)
    let baseline = median(runs: runs, cpu: true) {
        let text = String(decoding: bytes, as: UTF8.self)
        var count = 0
        for scalar in text.unicodeScalars where scalar == "日" { count += 1 }
        return count
    }
    let before = peakMemory()
    let extractor = Extractor()
    // With and without the model one after the other in each run, so that a change of
    // load on a shared machine falls on both alike; the share is also taken run by run.
    var fullTimes: [Double] = [], rulesTimes: [Double] = [], shares: [Double] = []
    var fullCheck = 0, rulesCheck = 0
    var peak = 0
    for _ in 0..<runs {
        var start = cpuNow()
        fullCheck = extractor.extract(TextDocument(path: "bench.txt", text: String(decoding: bytes, as: UTF8.self))).graph.nodes.count
        let f = cpuNow() - start
        peak = max(peak, peakMemory())
        start = cpuNow()
        rulesCheck = Extractor(names: nil).extract(TextDocument(path: "bench.txt", text: String(decoding: bytes, as: UTF8.self))).graph.nodes.count
        let r = cpuNow() - start
        fullTimes.append(f)
        rulesTimes.append(r)
        shares.append(max(0, f - r) / f)
    }
    func middle(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    let full = (seconds: middle(fullTimes), check: fullCheck), rulesOnly = (seconds: middle(rulesTimes), check: rulesCheck)
    let tagger = try? NameTagger.standard.get()
    let model = median(runs: runs, cpu: true) {
        tagger?.names(in: String(decoding: bytes, as: UTF8.self)).count ?? 0
    }
    if let wc {
        print("  wc -m (LC_ALL=C.UTF-8; its CPU time)      \(String(format: "%7.1f", mb / wc)) MB/s")
    } else {
        print("  wc -m: could not run it")
    }
    print("  in process: decode UTF-8 + count 日        \(String(format: "%7.1f", mb / baseline.seconds)) MB/s")
    print("  decode + extract the graph                \(String(format: "%7.1f", mb / full.seconds)) MB/s  (\(String(format: "%.2f", full.seconds)) s, \(full.check) nodes)")
    print("  decode + extract with the rules alone      \(String(format: "%7.1f", mb / rulesOnly.seconds)) MB/s  (\(String(format: "%.2f", rulesOnly.seconds)) s, \(rulesOnly.check) nodes)")
    print("  decode + the name model alone              \(String(format: "%7.1f", mb / model.seconds)) MB/s  (\(String(format: "%.2f", model.seconds)) s, \(model.check) names)")
    print("  the model's share of extraction: \(String(format: "%.0f", 100 * max(0, full.seconds - rulesOnly.seconds) / full.seconds)) % (run by run: median \(String(format: "%.0f", 100 * middle(shares))) %, \(String(format: "%.0f", 100 * shares.min()!))–\(String(format: "%.0f", 100 * shares.max()!)) %)")
    if let wc { print("  ratio to wc -m: \(String(format: "%.1f", full.seconds / wc))×") }
    print("  ratio to the in-process decode: \(String(format: "%.1f", full.seconds / baseline.seconds))×   peak memory \(peak / 1_000_000) MB (\(String(format: "%.1f", Double(peak) / Double(bytes.count)))× the input; \(before / 1_000_000) MB before extracting)")
}

/// Pathological input: a 5 MB line without punctuation, then unbalanced quotes.
func benchHostile() {
    let line = String(repeating: "省委书记王建华主持召开省委常委会会议研究部署", count: 80_000)
    let quotes = String(repeating: "“五严五防（《关于", count: 50_000)
    let text = "3月5日上午，" + line + "\n" + quotes + "\n3月6日，省委召开会议。"
    let megabytes = Double(text.utf8.count) / 1_000_000
    let result = median(runs: 3) {
        Extractor(referenceDate: CalendarDate(iso: "2021-03-20")).extract(TextDocument(path: "hostile.txt", text: text)).graph.nodes.count
    }
    print("hostile: \(String(format: "%.1f", megabytes)) MB (a 5 MB line without punctuation, 50,000 unclosed quotes): \(String(format: "%.2f", result.seconds)) s, \(result.check) nodes, peak memory \(peakMemory() / 1_000_000) MB")
}

/// The store at scale: a generated graph of N events (default 100,000) with people,
/// measures and edges in the sample's proportions; insert time, database size, and
/// p50/p99 latency of each query kind.
func benchStore() {
    let count = option("--events", default: 100_000)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-bench-\(getpid()).sqlite").path
    defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
    let start = now()
    let graph = SyntheticGraph.make(events: count)
    let generated = now()
    guard let store = try? GraphStore(path: path) else { print("cannot create \(path)"); return }
    do { try store.replaceGraph(graph) } catch { print("\(error)"); return }
    let stored = now()
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    let evidence = graph.nodes.values.reduce(0) { $0 + $1.evidence.count } + graph.edges.reduce(0) { $0 + $1.evidence.count }
    print("store: \(count) events, \(graph.nodes.count) nodes, \(graph.edges.count) edges, \(evidence) evidence rows")
    print(String(format: "  generate %.1f s; insert %.1f s (%.0f nodes+edges/s); database %.1f MB", generated - start, stored - generated,
                 Double(graph.nodes.count + graph.edges.count) / (stored - generated), Double(size) / 1_000_000))
    let events = graph.nodes(ofType: .event), people = graph.nodes(ofType: .person), measures = graph.nodes(ofType: .measure)
    func measure(_ name: String, runs: Int = 300, _ body: (Int) throws -> Void) {
        var times: [Double] = []
        for i in 0..<runs {
            let t = now()
            do { try body(i) } catch { print("  \(name): \(error)"); return }
            times.append(now() - t)
        }
        times.sort()
        let p50 = times[times.count / 2] * 1000, p99 = times[min(times.count - 1, times.count * 99 / 100)] * 1000
        print("  \(name.padding(toLength: 28, withPad: " ", startingAt: 0)) p50 \(String(format: "%6.2f", p50)) ms   p99 \(String(format: "%6.2f", p99)) ms")
    }
    measure("query measure (by name)") { i in _ = try store.measure(measures[(i * 7919) % measures.count].label) }
    measure("query event (by name)") { i in _ = try store.event(events[(i * 7919) % events.count].label) }
    measure("query person (by name)") { i in _ = try store.person(people[(i * 7919) % people.count].label) }
    measure("query timeline (30 days)") { i in
        let from = events[(i * 7919) % events.count].date!
        _ = try store.timeline(from: from, to: from.adding(days: 30))
    }
    measure("query search (evidence text)") { i in _ = try store.search(events[(i * 7919) % events.count].label, limit: 20) }
    // The alternative to the trigram index: a LIKE scan over the evidence table.
    measure("  vs. LIKE scan, no index", runs: 20) { i in _ = try store.search(String(events[(i * 7919) % events.count].label.prefix(2)), limit: 20) }
}

/// The store as an archive grows: one store built a document at a time from generated
/// reports (`SyntheticArchive`: varied dates, organizations, people and measures from
/// the lexicon; documents that report the same meeting, convey central meetings and
/// restate measures). At each size (default 100, 1,000, 10,000) it prints the mean
/// time per document over the last tenth added (the cost of a document at that size)
/// and the time to open the store and add one more document (three runs), then peak
/// memory. `--hot`: every document names the same 50 people and states the same 48
/// measures (`SyntheticArchive.hot`), so each added document restates everything the
/// store holds. `--copies`: the bundled sample copied 80 times with its years shifted
/// (``benchCopies()``) instead.
///
///     chronicle-bench archive [--sizes 100,1000,10000] [--in-date-order] [--hot] [--copies] [--keep PATH]
func benchArchive() {
    if CommandLine.arguments.contains("--copies") { return benchCopies() }
    let sizes = (CommandLine.arguments.firstIndex(of: "--sizes").flatMap { i in i + 1 < CommandLine.arguments.count ? CommandLine.arguments[i + 1] : nil }
        ?? "100,1000,10000").split(separator: ",").compactMap { Int($0) }.sorted()
    guard let largest = sizes.last else { return }
    // --keep PATH: build the store there and leave it (to time `chronicle build` on it).
    let kept = CommandLine.arguments.firstIndex(of: "--keep").flatMap { i in i + 1 < CommandLine.arguments.count ? CommandLine.arguments[i + 1] : nil }
    let path = kept ?? FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-archive-\(getpid()).sqlite").path
    defer { if kept == nil { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } } }
    // --in-date-order: documents arrive in date order (an office archive); by default
    // each is dated at random over the 11 years, so the store fills ever more densely.
    let inDateOrder = CommandLine.arguments.contains("--in-date-order")
    let hot = CommandLine.arguments.contains("--hot")
    let archive = SyntheticArchive(seed: 2026, inDateOrder: inDateOrder ? largest + 5 : nil, hot: hot)
    let extractor = Extractor(referenceDate: CalendarDate(iso: "2025-12-31"))
    print("archive\(hot ? " --hot" : ""): one store built a document at a time, generated reports\(hot ? " each naming the same 50 people and 48 measures" : "") (\(sizes.map(String.init).joined(separator: ", ")) documents), \(inDateOrder ? "arriving in date order" : "dated at random over 11 years")")
    var store: GraphStore
    do { store = try GraphStore(path: path) } catch { print("\(error)"); return }
    var times: [Double] = []
    var cpu: [Double] = []
    var bytes = 0
    var peakAnonymous = 0
    var perDocument: [(size: Int, mean: Double, cpu: Double)] = []
    var addOne: [(size: Int, median: Double)] = []
    var extra = 0
    // Phases over each size's last tenth: the profile taken where that tenth begins.
    var phasesAtTailStart: [Int: [String: Double]] = [:]
    let tailStarts = Dictionary(uniqueKeysWithValues: sizes.map { ($0 - min($0 / 2, max(50, $0 / 10)), $0) })
    for index in 0..<largest {
        if let size = tailStarts[index] { phasesAtTailStart[size] = GraphStore.mergeProfile }
        let document = archive.document(index)
        bytes += document.text.utf8.count
        let start = now(), startCPU = cpuSeconds()
        do { _ = try store.ingest(document, extractor: extractor) } catch { print("document \(index): \(error)"); return }
        times.append(now() - start)
        cpu.append(cpuSeconds() - startCPU)
        peakAnonymous = max(peakAnonymous, anonymousMemory())
        if sizes.contains(index + 1) {
            // The last tenth added (at least 50 documents, at most half: fewer are noise).
            let tail = times.suffix(min((index + 1) / 2, max(50, (index + 1) / 10)))
            let mean = tail.reduce(0, +) / Double(tail.count)
            let cpuTail = cpu.suffix(tail.count)
            let cpuMean = cpuTail.reduce(0, +) / Double(cpuTail.count)
            perDocument.append((index + 1, mean, cpuMean))
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            let graph = (try? store.counts()).map { "\($0.nodes) nodes, \($0.edges) edges" } ?? "?"
            print(String(format: "  %6d documents: %.1f ms per document, CPU %.1f ms (mean of the last %d added; %.1f ms over the whole build), total %.1f s, %.1f MB of text, database %.1f MB; %@; peak memory %d MB (heap, sampled after each document: %d MB)",
                         index + 1, mean * 1000, cpuMean * 1000, tail.count, times.reduce(0, +) * 1000 / Double(index + 1), times.reduce(0, +), Double(bytes) / 1e6, Double(size) / 1e6, graph, peakMemory() / 1_000_000, peakAnonymous / 1_000_000))
            if let before = phasesAtTailStart[index + 1] {
                print("          CPU ms per document by phase over the last \(tail.count): " + phasesPerDocument(since: before, documents: tail.count))
            }
            // Adding one more document, as a new `chronicle build` would: open the
            // database, store and merge the document (documents far beyond the build's,
            // under paths that sort before every other: the build's documents still come
            // last in merge order, and the one added comes first — no shortcut for it).
            var adds: [Double] = []
            for _ in 0..<3 {
                let start = now()
                do {
                    let reopened = try GraphStore(path: path)
                    let document = archive.document(1_000_000 + extra)
                    let first = TextDocument(id: document.id, path: (document.path as NSString).deletingLastPathComponent + "/-added-\(extra).txt", text: document.text)
                    _ = try reopened.ingest(first, extractor: extractor)
                } catch { print("\(error)"); return }
                extra += 1
                adds.append(now() - start)
            }
            adds.sort()
            addOne.append((index + 1, adds[1]))
            print(String(format: "          open the %d-document store and add one document%@: median %.0f ms, slowest %.0f ms (3 runs)",
                         index + 1, hot ? " restating all 50 people and 48 measures" : "", adds[1] * 1000, adds[2] * 1000))
        }
    }
    print("  CPU time by phase: " + GraphStore.mergeProfile.sorted { $0.value > $1.value }.map { String(format: "%@ %.1f s", $0.key, $0.value) }.joined(separator: ", "))
    if let first = perDocument.first, perDocument.count > 1 {
        for item in perDocument.dropFirst() {
            print(String(format: "  cost per document at %d vs %d documents: %.2f× (CPU %.2f×)", item.size, first.size, item.mean / first.mean, item.cpu / first.cpu))
        }
    }
    print("  peak memory \(peakMemory() / 1_000_000) MB")
}

/// Grows a kept store (`archive --keep PATH`) by more generated reports and prints their
/// mean cost and its phases: to compare a change of the merge at 10,000 documents
/// without building the store again (copy the kept file first; the documents are the
/// same `SyntheticArchive` the build used, from index `--from`).
///
///     chronicle-bench archive-add PATH [--from 10000] [--count 200] [--hot]
func benchArchiveAdd() {
    let args = CommandLine.arguments
    guard args.count > 2, FileManager.default.fileExists(atPath: args[2]) else {
        print("usage: chronicle-bench archive-add PATH [--from 10000] [--count 200] [--hot]")
        return
    }
    let from = option("--from", default: 10_000), count = option("--count", default: 200)
    let archive = SyntheticArchive(seed: 2026, hot: args.contains("--hot"))
    let extractor = Extractor(referenceDate: CalendarDate(iso: "2025-12-31"))
    let store: GraphStore
    do { store = try GraphStore(path: args[2]) } catch { print("\(error)"); return }
    let before = GraphStore.mergeProfile
    var wall = 0.0, cpu = 0.0
    for index in from..<(from + count) {
        let start = now(), startCPU = cpuSeconds()
        do { _ = try store.ingest(archive.document(index), extractor: extractor) } catch { print("document \(index): \(error)"); return }
        wall += now() - start
        cpu += cpuSeconds() - startCPU
    }
    print(String(format: "archive-add: %d documents from %d: %.2f ms per document, CPU %.2f ms", count, from, wall * 1000 / Double(count), cpu * 1000 / Double(count)))
    print("  CPU ms per document by phase: " + phasesPerDocument(since: before, documents: count))
}

/// The merge's CPU by phase since the profile `before`, in ms per document, largest first.
func phasesPerDocument(since before: [String: Double], documents: Int) -> String {
    GraphStore.mergeProfile.map { ($0.key, ($0.value - (before[$0.key] ?? 0)) * 1000 / Double(documents)) }.filter { $0.1 >= 0.05 }.sorted { $0.1 > $1.1 }
        .map { String(format: "%@ %.2f", $0.0, $0.1) }.joined(separator: ", ")
}

/// The sample restated: the bundled report copied 80 times with its years shifted
/// (copy i: `2020` → 1950 + i, `2019` → 1949 + i, so copy 70 is the sample itself), stored
/// one at a time; the mean cost per document over the first 20 and over all 80, then the
/// sample with one line appended (its dates meet copy 70's) added to the 80-document store,
/// as a new `chronicle build` would (three runs, each another line).
func benchCopies() {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    guard let sample = try? String(contentsOf: root.appendingPathComponent("Samples/study-notice-2020-02-09.txt"), encoding: .utf8) else {
        print("copies: cannot read the sample; run from the repository")
        return
    }
    // --keep PATH: build the store there and leave it (to look at its queries afterwards).
    let kept = CommandLine.arguments.firstIndex(of: "--keep").flatMap { i in i + 1 < CommandLine.arguments.count ? CommandLine.arguments[i + 1] : nil }
    let path = kept ?? FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-copies-\(getpid()).sqlite").path
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    defer { if kept == nil { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } } }
    func copy(_ i: Int) -> TextDocument {
        let text = sample.components(separatedBy: "2020").map { $0.replacingOccurrences(of: "2019", with: String(1949 + i)) }.joined(separator: String(1950 + i))
        return TextDocument(path: "copies/sample-\(1950 + i).txt", text: text)
    }
    print("archive --copies: the sample copied 80 times, years shifted (copy i: 2020 → 1950+i, 2019 → 1949+i), one store built a copy at a time")
    let extractor = Extractor()
    var store: GraphStore
    do { store = try GraphStore(path: path) } catch { print("\(error)"); return }
    var times: [Double] = []
    var cpu: [Double] = []
    var means: [Int: Double] = [:]
    var phasesAt20: [String: Double] = [:]
    for i in 0..<80 {
        let start = now(), startCPU = cpuSeconds()
        do { _ = try store.ingest(copy(i), extractor: extractor) } catch { print("copy \(i): \(error)"); return }
        times.append(now() - start)
        cpu.append(cpuSeconds() - startCPU)
        if i + 1 == 20 { phasesAt20 = GraphStore.mergeProfile }
        if i + 1 == 20 || i + 1 == 80 {
            let mean = times.reduce(0, +) / Double(times.count)
            means[i + 1] = mean
            let graph = (try? store.counts()).map { "\($0.nodes) nodes, \($0.edges) edges" } ?? "?"
            print(String(format: "  %2d copies: %.0f ms per document over the build (CPU %.0f ms; the last one %.0f ms), total %.1f s; %@",
                         i + 1, mean * 1000, cpu.reduce(0, +) * 1000 / Double(cpu.count), times[i] * 1000, times.reduce(0, +), graph))
        }
    }
    if let a = means[20], let b = means[80] { print(String(format: "  cost per document at 80 vs 20 copies: %.2f×", b / a)) }
    print("  CPU time by phase of the build: " + GraphStore.mergeProfile.sorted { $0.value > $1.value }.prefix(12).map { String(format: "%@ %.1f s", $0.key, $0.value) }.joined(separator: ", "))
    print("  CPU ms per document by phase, first 20 copies → last 60: " + GraphStore.mergeProfile.sorted { $0.value > $1.value }.prefix(12)
        .map { String(format: "%@ %.1f → %.1f", $0.key, (phasesAt20[$0.key] ?? 0) * 1000 / 20, ($0.value - (phasesAt20[$0.key] ?? 0)) * 1000 / 60) }.joined(separator: ", "))
    let built = GraphStore.mergeProfile
    var adds: [Double] = [], addsCPU: [Double] = []
    for run in 0..<3 {
        let start = now(), startCPU = cpuSeconds()
        do {
            store = try GraphStore(path: path)
            _ = try store.ingest(TextDocument(path: "Samples/study-notice-2020-02-09-\(run).txt", text: sample + "\n附：第\(run + 1)次补充通知。\n"), extractor: extractor)
        } catch { print("\(error)"); return }
        adds.append(now() - start)
        addsCPU.append(cpuSeconds() - startCPU)
    }
    print(String(format: "  open the 80-copy store and add the sample with one line appended: %@ ms (CPU %@ ms; 3 runs, each another line)",
                 adds.map { String(format: "%.0f", $0 * 1000) }.joined(separator: ", "), addsCPU.map { String(format: "%.0f", $0 * 1000) }.joined(separator: ", ")))
    print("  CPU time by phase of the three additions: " + GraphStore.mergeProfile.map { ($0.key, $0.value - (built[$0.key] ?? 0)) }.sorted { $0.1 > $1.1 }.prefix(10)
        .map { String(format: "%@ %.2f s", $0.0, $0.1) }.joined(separator: ", "))
}

/// The web workspace under load: a store of N generated events (default 100,000)
/// served in this process, `wrk` (one thread) with 50 connections on the event and search pages
/// (each request another event or phrase), and on a page that reads nothing (the
/// baseline: what HTTP and routing cost on this machine). Prints p50 / p99.
///
///     chronicle-bench serve [--events 100000] [--seconds 10] [--db PATH]
func benchServe() {
    let count = option("--events", default: 100_000), seconds = option("--seconds", default: 10)
    guard let wrk = wrkPath() else {
        print("serve: wrk is not installed (apt-get install wrk)")
        return
    }
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-bench-serve-\(getpid())")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    // --db PATH keeps the generated store there (and reuses it when it exists).
    let kept = CommandLine.arguments.firstIndex(of: "--db").flatMap { CommandLine.arguments.indices.contains($0 + 1) ? CommandLine.arguments[$0 + 1] : nil }
    let path = kept ?? directory.appendingPathComponent("s.sqlite").path
    let reuse = kept.map { FileManager.default.fileExists(atPath: $0) } ?? false
    // The generated graph is dropped before the server starts: the server's process
    // holds what `chronicle serve` would, not half a gigabyte of test data.
    let workspace: Workspace
    let events: [EventSummary]
    let size: (nodes: Int, edges: Int)
    do {
        let store = try GraphStore(path: path)
        if !reuse { try store.replaceGraph(SyntheticGraph.make(events: count)) }
        events = try store.timeline(limit: 1_000_000)
        size = try store.counts()
        workspace = Workspace(store: store, renderer: try Renderer())
    } catch {
        print("serve: \(error)")
        return
    }
    let (port, server) = startWorkspace(workspace)
    defer { server.cancel() }
    let escaped = urlEscaped
    let eventPaths = (0..<2_000).map { "/event?id=" + escaped(events[($0 * 7919) % events.count].id.rawValue) }
    let searchPaths = (0..<2_000).map { "/search?q=" + escaped(String(events[($0 * 104_729) % events.count].name.prefix(6))) }
    print("serve: \(events.count) events, \(size.nodes) nodes, \(size.edges) edges; wrk, 50 connections, 1 thread, \(seconds) s a page")
    func load(_ name: String, _ paths: [String]) -> (p50: Double, p99: Double)? {
        wrkLoad(name, paths, wrk: wrk, port: port, seconds: seconds, directory: directory)
    }
    let baseline = load("baseline (a page that reads nothing)", (0..<10).map { "/nowhere\($0)" })
    let event = load("event page", eventPaths)
    let search = load("search page", searchPaths)
    if let baseline, let event, let search {
        print(String(format: "  p99 ÷ baseline p99: event %.1f×, search %.1f×", event.p99 / baseline.p99, search.p99 / baseline.p99))
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "synthetic":
    guard let count = arguments.dropFirst().first.flatMap({ Int($0) }) else {
        print("usage: chronicle-bench synthetic N")
        exit(64)
    }
    print(GraphJSON.string(SyntheticGraph.make(events: count)), terminator: "")
case "texts":
    // chronicle-bench texts N DIR: N generated reports as text files (to compare
    // extraction before and after a change on more than the sample and the corpus).
    let rest = Array(arguments.dropFirst())
    guard rest.count == 2, let count = Int(rest[0]) else {
        print("usage: chronicle-bench texts N DIR")
        exit(64)
    }
    let archive = SyntheticArchive(seed: 2026)
    try? FileManager.default.createDirectory(atPath: rest[1], withIntermediateDirectories: true)
    for index in 0..<count {
        let document = archive.document(index)
        try? document.text.write(toFile: "\(rest[1])/report-\(index).txt", atomically: true, encoding: .utf8)
    }
case "time":
    benchTime()
case "extract":
    benchExtract()
case "hostile":
    benchHostile()
case "store":
    benchStore()
case "archive":
    benchArchive()
case "archive-add":
    benchArchiveAdd()
case "serve":
    benchServe()
case "news":
    benchNews()
case "pages":
    benchStorePages()
case "names":
    benchNames()
case nil:
    benchTime()
    benchExtract()
default:
    print("usage: chronicle-bench [time|extract|names|hostile|store|archive|serve|news|pages] [--mb N] [--runs N] [--events N] [--sizes 100,1000,10000] [--in-date-order] [--hot] [--copies] [--keep PATH] | archive-add PATH [--from N] [--count N] [--hot] | synthetic N | texts N DIR")
    exit(64)
}
