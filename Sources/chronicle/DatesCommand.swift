import ArgumentParser
import ChronicleKit
import Foundation

extension Chronicle {
    struct Dates: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every time expression in documents, normalized and anchored.",
            discussion: """
                For each expression: its text, its span (line, and offset+length in Unicode
                scalars), the normalized value (ISO 8601), granularity, time of day, and the
                rule that anchored the parts the text left out. This is how to audit a timeline.
                """)

        @OptionGroup var input: InputOptions

        @Option(help: "text or json.")
        var format: TextOrJSON = .text


        func run() throws {
            try reportingErrors {
                let normalizer = TimeNormalizer(referenceDate: input.reference)
                var json: [JSONValue] = []
                var out = ""
                for document in try input.load() {
                    let path = document.path
                    let analysis = normalizer.analyze(document)
                    for diagnostic in analysis.diagnostics where diagnostic.severity == .warning && diagnostic.offset == nil && !input.quiet {
                        note("warning: \(diagnostic.document): \(diagnostic.message)")
                    }
                    switch format {
                    case .json:
                        json += analysis.expressions.map { $0.json(document: path, line: document.line(of: $0.offset)) }
                    case .text:
                        out += "\(path)\n"
                        if let reference = analysis.reference {
                            let whereFrom = reference.offset.map { ", line \(document.line(of: $0))" } ?? ""
                            out += "  reference date \(reference.date.iso) (\(reference.source.rawValue)\(whereFrom)); \(analysis.articles.count) article\(analysis.articles.count == 1 ? "" : "s")\n"
                        }
                        for e in analysis.expressions {
                            let line = document.line(of: e.offset)
                            out += "  " + pad("L\(line)", 6) + pad(e.text, 22, wide: true) + pad(e.displayValue, 30)
                                + pad(e.granularity.rawValue, 14) + pad(e.rule.rawValue, 21) + "@\(e.offset)+\(e.length)"
                            if !e.notes.isEmpty { out += "  ! " + e.notes.joined(separator: "; ") }
                            out += "\n"
                        }
                    }
                }
                if format == .json {
                    print(JSONWriter.string(.array(json)), terminator: "")
                } else {
                    print(out, terminator: "")
                }
            }
        }

        /// Pads to a display width, counting CJK characters as two columns.
        func pad(_ text: String, _ width: Int, wide: Bool = false) -> String {
            let columns = text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
            return text + String(repeating: " ", count: max(1, width - columns))
        }
    }
}

enum TextOrJSON: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
