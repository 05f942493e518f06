import ArgumentParser
import ChronicleKit

extension Chronicle {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that graph files follow the JSON contract and the graph invariants.")

        @Argument(help: "Graph files in JSON Graph Format.")
        var graphs: [String]

        func run() throws {
            try reportingErrors {
                var failed = false
                for path in graphs {
                    let graph = try GraphJSON.read(contentsOf: path)
                    let problems = graph.invariantViolations()
                    if problems.isEmpty {
                        print("\(path): ok, \(graph.nodes.count) nodes, \(graph.edges.count) edges")
                    } else {
                        failed = true
                        for problem in problems { print("\(path): \(problem)") }
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
