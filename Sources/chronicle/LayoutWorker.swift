import ArgumentParser
import ChronicleKit
import Foundation

extension Chronicle {
    /// Lays out DOT from standard input and writes the picture to standard output.
    /// `render` runs this in a child process, so that a Graphviz crash or a layout that
    /// runs too long ends the child, not the user's command.
    struct LayoutWorker: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "__layout", abstract: "Internal: lay out DOT from standard input.", shouldDisplay: false)

        @Option var format: OutputFormat
        @Option var engine: String
        @Option var slide: String?
        @Option var dpi: Int = 300

        func run() throws {
            let dot = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            do {
                let data = try Graphviz.render(dot: dot, format: format, engine: engine, slide: slide.flatMap { Slide(aspect: $0, dpi: dpi) })
                FileHandle.standardOutput.write(data)
            } catch {
                FileHandle.standardError.write(Data("\(error)".utf8))
                throw ExitCode(3)
            }
        }
    }
}

/// Runs a layout in a child process of this executable, with a time limit.
enum IsolatedLayout {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func render(dot: String, format: OutputFormat, engine: String, timeout: Double, slide: String? = nil, dpi: Int = 300) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        process.arguments = ["__layout", "--format", format.rawValue, "--engine", engine, "--dpi", String(dpi)] + (slide.map { ["--slide", $0] } ?? [])
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot start the layout process: \(error.localizedDescription)")
        }
        // Feed and drain on other threads so that neither pipe fills up and blocks.
        let group = DispatchGroup()
        nonisolated(unsafe) var picture = Data()
        nonisolated(unsafe) var message = Data()
        DispatchQueue.global().async(group: group) {
            try? input.fileHandleForWriting.write(contentsOf: Data(dot.utf8))
            try? input.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: group) { picture = output.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { message = errors.fileHandleForReading.readDataToEndOfFile() }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            usleep(200_000)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            throw Failure(description: "the \(engine) layout took longer than \(Int(timeout)) s and was stopped; draw less (--from/--to, --focus) or try --engine sfdp")
        }
        process.waitUntilExit()
        group.wait()
        let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        switch process.terminationReason {
        case .uncaughtSignal:
            throw Failure(description: "Graphviz crashed while laying out the graph with \(engine) (signal \(process.terminationStatus)); nothing was written. Try --engine sfdp or a smaller view")
        case .exit where process.terminationStatus != 0:
            throw Failure(description: text.isEmpty ? "the layout failed (status \(process.terminationStatus))" : text)
        default:
            return picture
        }
    }
}
