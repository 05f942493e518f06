import Foundation
import ChronicleCore

// Usage: extract-only FILE [YYYY-MM-DD]
// Prints each dated event with its chair and the sentence that states it.
let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first else {
    print("usage: extract-only FILE [REFERENCE-DATE]")
    exit(2)
}
do {
    let document = try DocumentLoader.load(path: path)
    let reference = arguments.dropFirst().first.flatMap(CalendarDate.init(iso:))
    let graph = Extractor(referenceDate: reference).extract(document).graph
    for event in graph.nodes(ofType: .event) {
        let chairs = graph.edges.filter { $0.target == event.id && $0.relation == .chairs }
            .compactMap { graph[$0.source]?.label }
        print(event.date?.iso ?? "????", event.label, chairs.isEmpty ? "" : "主持：" + chairs.joined(separator: "、"))
        if let evidence = event.evidence.first { print("    「\(evidence.text)」") }
    }
} catch {
    print("extract-only: \(error)")
    exit(1)
}
