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
///
/// Each document is extracted on its own (``documentGraph(_:)``, a pure function of
/// the document, the lexicon and the reference date) and the per-document graphs are
/// merged (``GraphMerger``), so the graph of a set of documents is the same whatever
/// order they come in, and can be built one document at a time.
public struct Extractor: Sendable {
    public var lexicon: Lexicon
    public var referenceDate: CalendarDate?
    /// Extract documents on all cores (the output is the same either way).
    public var parallel: Bool
    /// The name model that proposes persons (the rules alone when nil). By default the
    /// shipped one; a command checks ``NameTagger/standard`` first so that a damaged
    /// model file is an error, not a quiet fall back to the rules.
    public var names: NameTagger?

    public init(lexicon: Lexicon = .standard, referenceDate: CalendarDate? = nil, parallel: Bool = true,
                names: NameTagger? = try? NameTagger.standard.get()) {
        self.lexicon = lexicon
        self.referenceDate = referenceDate
        self.parallel = parallel
        self.names = names
    }

    /// One document's facts, before they meet other documents'. The document's id
    /// becomes ``DocumentID/forContent(_:)`` of its text; warnings of its time layer
    /// come with it.
    public func documentGraph(_ document: TextDocument) -> (graph: DocumentGraph, diagnostics: [Diagnostic]) {
        var document = document
        document.id = DocumentID.forContent(document)
        let analysis = TimeNormalizer(referenceDate: referenceDate).analyze(document)
        let graph = GraphBuilder.extract(document, analysis: analysis, lexicon: lexicon, names: names)
        return (graph, analysis.diagnostics.filter { $0.severity == .warning })
    }

    /// Extracts several documents into one graph; the same event reported in two
    /// documents becomes one node with the evidence of both. Documents with the same
    /// text count once.
    public func extract(_ documents: [TextDocument]) -> Extraction {
        let results = parallel ? ParallelMap.map(documents) { documentGraph($0) } : documents.map { documentGraph($0) }
        var diagnostics: [Diagnostic] = []
        var first: [DocumentID: String] = [:]
        for result in results {
            let id = result.graph.document.id
            if let earlier = first[id] {
                diagnostics.append(Diagnostic(severity: .warning, document: result.graph.document.path, offset: nil,
                                              message: "same text as \(earlier); read once"))
                continue
            }
            first[id] = result.graph.document.path
            diagnostics += result.diagnostics
        }
        return Extraction(graph: GraphMerger(lexicon: lexicon).merge(results.map(\.graph)), diagnostics: diagnostics)
    }

    public func extract(_ document: TextDocument) -> Extraction { extract([document]) }
}
