import ArgumentParser
import ChronicleKit

extension Chronicle {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check graph files or a store: the JSON contract, the graph invariants, and corrections that no longer apply.",
            discussion: """
                With --corrections FILE, also reports the corrections of the file that would be orphaned \
                against each graph (their node or edge is not there). With --db, checks the stored graph \
                and lists the stored corrections orphaned at the last update. Orphans are warnings; \
                broken graphs make the exit status 1.
                """)

        @Argument(help: "Graph files in JSON Graph Format.")
        var graphs: [String] = []

        @Option(help: "A store to check.")
        var db: String?

        @Option(help: "A corrections file to check against each graph.")
        var corrections: String?

        func validate() throws {
            if graphs.isEmpty && db == nil { throw ValidationError("give graph files, or --db DB") }
        }

        func run() throws {
            try reportingErrors {
                var failed = false
                let fixes = try corrections.map { path throws(CorrectionError) in try CorrectionFile.read(contentsOf: path) }
                func check(_ graph: Graph, _ name: String) {
                    let problems = graph.invariantViolations()
                    if problems.isEmpty {
                        print("\(name): ok, \(graph.nodes.count) nodes, \(graph.edges.count) edges")
                    } else {
                        failed = true
                        for problem in problems { print("\(name): \(problem)") }
                    }
                    if let fixes, let corrections {
                        var copy = graph
                        let report = copy.apply(fixes)
                        for line in report.orphanLines(path: corrections) { print("\(name): \(line)") }
                    }
                }
                for path in graphs { check(try GraphJSON.read(contentsOf: path), path) }
                if let db {
                    check(try loadGraph(file: nil, db: db), db)
                    for item in try GraphStore(path: db).corrections() where item.status == .orphaned {
                        print("\(db): correction \(item.id) orphaned: \(CorrectionFile.line(item.correction.operation)) — \(item.reason ?? "")")
                    }
                }
                if failed { throw ExitCode(1) }
            }
        }
    }

    struct Fonts: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the installed CJK fonts and the one Chronicle draws with.")

        func run() throws {
            try reportingErrors {
                for family in FontLocator.installedCJKFamilies() { print(family) }
                print("using: \(try FontLocator.resolve())")
            }
        }
    }
}
