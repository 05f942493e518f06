import ArgumentParser
import ChronicleKit
import ChronicleServe
import Foundation
import Synchronization

extension Chronicle {
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Open a store in the browser: timeline, events, measures, people, search, uploads, review.",
            discussion: """
                Serves pages on this machine only (127.0.0.1) unless --host says otherwise.
                Forms that change the store carry a per-browser token; uploads are limited
                in size and stored in the store, never as files. Stop with Ctrl-C.
                """)

        @Option(help: "The store to serve (made by chronicle build).")
        var db: String

        @Option(help: "The port to listen on.")
        var port: Int = 8080

        @Option(help: "The address to listen on; anything but loopback lets other machines in.")
        var host: String = "127.0.0.1"

        @Option(help: "The largest upload accepted, in MB.")
        var uploadLimit: Int = 20

        @Option(help: "Font family for pictures; default: the best installed CJK font.")
        var font: String?

        func validate() throws {
            if !(1...65_535).contains(port) { throw ValidationError("--port must be between 1 and 65535") }
            if !(1...512).contains(uploadLimit) { throw ValidationError("--upload-limit must be between 1 and 512 (MB)") }
        }

        func run() throws {
            try requireNameModel()
            try reportingErrors {
                guard FileManager.default.fileExists(atPath: db) else {
                    throw StoreError.database(path: db, message: "no such database; make one with `chronicle build FILES --db \(db)`")
                }
                let workspace = Workspace(store: try GraphStore(path: db), renderer: try Renderer(font: font), uploadLimit: uploadLimit << 20)
                if !WorkspaceServer.isLoopback(host) {
                    FileHandle.standardError.write(Data("chronicle: warning: listening on \(host): other machines can read this store and change it through the review and upload forms\n".utf8))
                }
                let address = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
                let app = WorkspaceServer.application(workspace, host: host, port: port) { [db] in
                    FileHandle.standardError.write(Data("chronicle: serving \(db) at \(address) (Ctrl-C to stop)\n".utf8))
                }
                do {
                    try waitFor { try await app.runService() }
                } catch {
                    let text = "\(error)"
                    if text.contains("Address already in use") {
                        throw ServeError(description: "\(host):\(port): the port is in use (another chronicle serve?); choose another with --port")
                    }
                    if text.contains("Cannot assign requested address") || text.contains("Permission denied") {
                        throw ServeError(description: "\(host):\(port): cannot listen there: \(text)")
                    }
                    throw error
                }
            }
        }
    }
}

/// Why the workspace could not start listening.
struct ServeError: Error, CustomStringConvertible {
    var description: String
}

/// Runs async work from a synchronous command and waits for it.
func waitFor(_ body: @escaping @Sendable () async throws -> Void) throws {
    let done = DispatchSemaphore(value: 0)
    let outcome = Mutex<(any Error)?>(nil)
    Task {
        do { try await body() } catch { outcome.withLock { $0 = error } }
        done.signal()
    }
    done.wait()
    if let error = outcome.withLock({ $0 }) { throw error }
}
