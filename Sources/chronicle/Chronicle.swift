import ArgumentParser
import ChronicleKit
import Foundation

@main
struct Chronicle: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronicle",
        abstract: "Turn Chinese official documents into a dated knowledge graph, and draw it.",
        discussion: """
            Graphs are read and written in the JSON Graph Format described in docs/graph-json.md.
            Pictures are laid out in-process by Graphviz (libgvc) with an installed CJK font.
            """,
        version: "0.1.0",
        subcommands: [Extract.self, Merge.self, Build.self, Remove.self, Correct.self, Review.self, Query.self, Eval.self, Audit.self, Dates.self, Render.self, Deck.self, Serve.self, Export.self, Check.self, Fonts.self, LayoutWorker.self])

    /// Parses and runs a command. Help and version go to standard output; every
    /// error is one line on standard error with a non-zero exit status (1 for a
    /// failure while running, 64 for a usage error), never a usage dump or a trace.
    /// A mistyped command or option is named with the nearest real one.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // `help extarct` and `extarct --help` would print the whole tool's help.
        if arguments.first == "help" || arguments.contains("-h") || arguments.contains("--help"),
           let root = Suggestions.tool(), let hint = Suggestions.unknownCommand(arguments, root: root) {
            usageError(hint)
        }
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            if exitCode(for: error) != .success, let root = Suggestions.tool(),
               let hint = Suggestions.unknownCommand(arguments, root: root) ?? Suggestions.unknownOption(arguments, root: root) {
                usageError(hint)
            }
            exit(reporting: error)
        }
        do {
            try command.run()
        } catch {
            exit(reporting: error)
        }
        Foundation.exit(0)
    }

    /// Ends with `error` as one line (or help and version on standard output).
    static func exit(reporting error: any Error) -> Never {
        if let exit = error as? ExitCode { Foundation.exit(exit.rawValue) }
        let code = exitCode(for: error)
        if code == .success {
            print(fullMessage(for: error))
            Foundation.exit(0)
        }
        let message = self.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
        let trimmed = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
        FileHandle.standardError.write(Data("chronicle: error: \(trimmed) (see chronicle help)\n".utf8))
        Foundation.exit(code.rawValue)
    }

    static func usageError(_ hint: Suggestions.Hint) -> Never {
        FileHandle.standardError.write(Data("chronicle: error: \(hint.message) (see \(hint.help))\n".utf8))
        Foundation.exit(ExitCode.validationFailure.rawValue)
    }
}

/// Prints a one-line error and exits with status 1. Every command funnels its
/// failures through here so the user sees what failed and where, never a trace.
func fail(_ error: any Error) -> ExitCode {
    FileHandle.standardError.write(Data("chronicle: error: \(error)\n".utf8))
    return ExitCode(1)
}

/// Runs `body`, turning any error into a one-line message and exit status 1.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        throw fail(error)
    }
}

/// Stops with a one-line error when the name model (the shipped one, or the file
/// `CHRONICLE_NAME_MODEL` names) cannot be used: extraction never falls back to the
/// rules alone without saying so.
func requireNameModel() throws {
    try reportingErrors { _ = try NameTagger.standard.get() }
}
