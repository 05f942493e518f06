import ArgumentParser
import ChronicleKit
import Foundation

@main
struct Chronicle: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronicle",
        abstract: "Turn Chinese official documents into a dated knowledge graph, and draw it.",
        discussion: """
            Graphs are read and written in the JSON Graph Format described in DESIGN.md.
            Pictures are laid out in-process by Graphviz (libgvc) with an installed CJK font.
            """,
        version: "0.1.0",
        subcommands: [Render.self, Check.self, Fonts.self])
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
