import ArgumentParser
import ChronicleKit
import Foundation

extension Chronicle {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract the event graph from documents.",
            discussion: """
                Meetings with dates and times of day, people with titles and roles, organizations,
                documents, measures with the event that set them, and what each event conveyed;
                every fact with the sentence that states it. JSON is the graph contract of docs/graph-json.md;
                text is a readable tree. --jsonl writes one self-contained graph per document and line
                instead, for `chronicle merge` or `chronicle build --from-jsonl` (split a large
                collection across machines, merge the parts).
                """)

        @OptionGroup var input: InputOptions

        @Option(help: "A lexicon file adding titles, meeting words, … (format: Sources/ChronicleCore/Resources/lexicon.txt).")
        var lexicon: String?

        @Option(help: "A corrections file (YAML: reject, set, merge, add, accept) applied after extraction.")
        var corrections: String?

        @Option(help: "json or text.")
        var format: TextOrJSON = .json

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
        var output: String?

        @Flag(help: "One graph per document and line (JSON Lines: id, path, content hash, events, nodes, edges, statements, references); documents are read and extracted a batch at a time.")
        var jsonl = false

        func validate() throws {
            if jsonl && (corrections != nil || format == .text) {
                throw ValidationError("--jsonl writes per-document graphs: corrections and --format text apply to a merged graph (chronicle merge)")
            }
        }

        func run() throws {
            try requireNameModel()
            try reportingErrors {
                if let output { try OutputFile.checkWritable(output) }
                let words = try lexicon.map { path throws(LexiconError) in try Lexicon.withUserFile(path) } ?? .standard
                if jsonl { return try writeLines(Extractor(lexicon: words, referenceDate: input.reference)) }
                let fixes = try corrections.map { path throws(CorrectionError) in try CorrectionFile.read(contentsOf: path) }
                let documents = try input.load()
                var extraction = Extractor(lexicon: words, referenceDate: input.reference).extract(documents)
                if let fixes, let corrections {
                    let report = extraction.graph.apply(fixes)
                    // Orphans are reported even with --quiet: a correction is never dropped silently.
                    for line in report.orphanLines(path: corrections) { note("warning: \(line)") }
                }
                if !input.quiet {
                    for diagnostic in extraction.diagnostics where diagnostic.offset == nil {
                        note("warning: \(diagnostic.document): \(diagnostic.message)")
                    }
                }
                switch (format, output) {
                case (.json, let output?):
                    try OutputFile.stream(to: output) { write in try GraphJSON.write(extraction.graph, write) }
                case (.json, nil):
                    try GraphJSON.write(extraction.graph) { FileHandle.standardOutput.write(Data($0.utf8)) }
                case (.text, let output?):
                    try OutputFile.write(GraphTextDump.string(extraction.graph), to: output)
                case (.text, nil):
                    print(GraphTextDump.string(extraction.graph), terminator: "")
                }
            }
        }
    
        /// `--jsonl`: files read and extracted a batch at a time on every core, lines written
        /// in input order; a file that cannot be read is reported and the others go on.
        func writeLines(_ extractor: Extractor) throws {
            let paths = try DocumentLoader.expand(try input.paths())
            let forced = input.encoding.flatMap(TextEncoding.init(name:))
            var failures = 0
            let progress = Progress(total: paths.count, quiet: input.quiet)
            func run(_ write: (String) throws -> Void) throws {
                let batch = max(8, ProcessInfo.processInfo.activeProcessorCount * 8)
                for start in stride(from: 0, to: paths.count, by: batch) {
                    let slice = Array(paths[start..<min(paths.count, start + batch)])
                    let results = ParallelMap.map(slice) { path -> Result<String, IngestError> in
                        Result { () throws(IngestError) -> String in
                            let loaded = try DocumentLoader.read(path: path, encoding: forced)
                            let graph = extractor.documentGraph(loaded.document).graph
                            return DocumentGraphJSON.line(graph, contentHash: ContentHash.string(loaded.document))
                        }
                    }
                    for (path, result) in zip(slice, results) {
                        progress.step(path)
                        switch result {
                        case .success(let line): try write(line + "\n")
                        case .failure(let error):
                            failures += 1
                            note("error: \(error) — no line written for it")
                        }
                    }
                }
                progress.finish()
            }
            if let output {
                try OutputFile.stream(to: output) { write in try run(write) }
            } else {
                try run { FileHandle.standardOutput.write(Data($0.utf8)) }
            }
            if failures > 0 { throw ExitCode(1) }
        }
}
}
