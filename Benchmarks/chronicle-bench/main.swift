import ChronicleKit
import Foundation

let arguments = CommandLine.arguments.dropFirst()
if arguments.first == "synthetic", let count = arguments.dropFirst().first.flatMap({ Int($0) }) {
    print(GraphJSON.string(SyntheticGraph.make(events: count)), terminator: "")
} else {
    print("usage: chronicle-bench synthetic N")
}
