import OrderedCollections

/// The result of extracting one or more documents: the graph, the time analysis of
/// each document and what was noticed on the way.
public struct Extraction: Sendable {
    public var graph: Graph
    public var diagnostics: [Diagnostic]
}

/// Turns documents into an event graph: events with dates and times, people with
/// titles and roles, organizations, places, documents (《…》), measures with the event
/// that set them, and what each event conveyed. Every node and edge carries the
/// sentence that states it.
public struct Extractor: Sendable {
    public var lexicon: Lexicon
    public var referenceDate: CalendarDate?
    /// Analyse documents on all cores (the output is the same either way).
    public var parallel: Bool

    public init(lexicon: Lexicon = .standard, referenceDate: CalendarDate? = nil, parallel: Bool = true) {
        self.lexicon = lexicon
        self.referenceDate = referenceDate
        self.parallel = parallel
    }

    /// Extracts several documents into one graph; the same event reported in two
    /// documents becomes one node with the evidence of both.
    public func extract(_ documents: [TextDocument]) -> Extraction {
        var builder = GraphBuilder(lexicon: lexicon)
        var diagnostics: [Diagnostic] = []
        // The time layer runs on every core, one document each; the graph is then built
        // in document order, so the result is the same as a serial run.
        let normalizer = TimeNormalizer(referenceDate: referenceDate)
        let analyses = parallel ? ParallelMap.map(documents) { normalizer.analyze($0) } : documents.map { normalizer.analyze($0) }
        for (document, analysis) in zip(documents, analyses) {
            diagnostics += analysis.diagnostics.filter { $0.severity == .warning }
            builder.add(document, analysis: analysis)
        }
        return Extraction(graph: builder.finish(), diagnostics: diagnostics)
    }

    public func extract(_ document: TextDocument) -> Extraction { extract([document]) }
}
