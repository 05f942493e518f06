import ArgumentParser
import ChronicleKit
import Foundation

extension Chronicle {
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the facts an analyst should check first, with the lines to accept or reject them.",
            discussion: """
                Facts from the weaker rules, stated by one sentence, dated by inference or merged from \
                differently written names come first. Each shows its rule, its evidence sentence and two \
                correction lines: paste one into a corrections file and import it with `chronicle correct`.
                """)

        @Option(help: "The database file.")
        var db: String = "chronicle.sqlite"

        @Option(help: "events, chairs, people, measures or conveys (repeat or comma-separate); default all.")
        var kind: [String] = []

        @Option(help: "At most this many facts.")
        var limit: Int = 20

        @Flag(help: "JSON for tools.")
        var json = false

        func validate() throws {
            for name in kind.flatMap({ $0.split(separator: ",") }) where ReviewItem.Category(rawValue: String(name)) == nil {
                throw ValidationError("unknown --kind \(name); use \(ReviewItem.Category.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if limit < 1 { throw ValidationError("--limit must be at least 1") }
        }

        func run() throws {
            try reportingErrors {
                let graph = try loadGraph(file: nil, db: db)
                let categories = Set(kind.flatMap { $0.split(separator: ",") }.compactMap { ReviewItem.Category(rawValue: String($0)) })
                let items = ReviewQueue.items(graph, categories: categories, limit: limit)
                if json {
                    let values: [JSONValue] = items.map { item in
                        .object([
                            ("category", .string(item.category.rawValue)), ("fact", .string(item.fact.description)),
                            ("statement", .string(item.statement)), ("rule", item.rule.map(JSONValue.string) ?? .null),
                            ("confidence", .number((item.confidence * 100).rounded() / 100)),
                            ("reasons", .array(item.reasons.map(JSONValue.string))), ("evidence", .string(item.evidence)),
                            ("accept", .string(item.acceptLine)), ("reject", .string(item.rejectLine)),
                        ])
                    }
                    print(JSONWriter.string(.array(values)), terminator: "")
                    return
                }
                if items.isEmpty { print("nothing to review") }
                for (index, item) in items.enumerated() {
                    print("\(index + 1). [\(item.category.rawValue)] \(item.statement)   (confidence \(String(format: "%.2f", item.confidence)); \(item.reasons.joined(separator: "; ")))")
                    print("   「\(item.evidence)」")
                    print("   accept:  \(item.acceptLine)")
                    print("   reject:  \(item.rejectLine)")
                }
            }
        }
    }
}
