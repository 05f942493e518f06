import ChronicleCore
import Testing

/// The archive benchmark's generated reports (`chronicle-bench archive`, seed 2026) all
/// extract: report 632 once stopped the benchmark with a trap in `PersonFinder.trimmed`
/// (a name span of two characters walked as a range from its third).
@Suite struct SyntheticArchiveTests {
    @Test func theBenchmarksReportsExtract() {
        let archive = SyntheticArchive(seed: 2026)
        let extractor = Extractor(referenceDate: CalendarDate(iso: "2025-12-31"))
        for index in 625..<640 {
            #expect(!extractor.documentGraph(archive.document(index)).graph.events.isEmpty)
        }
        // Hot reports name the same 50 people and state the same 48 measures each time.
        let hot = extractor.documentGraph(SyntheticArchive(seed: 2026, hot: true).document(3)).graph
        #expect(hot.nodes.filter { $0.type == .person }.count == 50)
        #expect(hot.nodes.filter { $0.type == .measure }.count == 48)
    }
}
