import Foundation

/// Why an output file could not be written.
public struct OutputError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): cannot write: \(reason)" }
}

/// Writes output files whole or not at all; the path `-` is standard output.
public enum OutputFile {
    /// The path that names standard output (`-o -`).
    public static let standardOutput = "-"

    /// Writes `data` to a temporary file beside `path` and renames it into place, so a
    /// reader never sees a half-written file and a failure leaves nothing behind.
    public static func write(_ data: Data, to path: String) throws(OutputError) {
        if path == standardOutput {
            do { try FileHandle.standardOutput.write(contentsOf: data) } catch { throw OutputError(path: path, reason: "\(error.localizedDescription)") }
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw OutputError(path: path, reason: "directory \(directory.path) does not exist")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw OutputError(path: path, reason: "it is a directory")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp")
        do {
            try data.write(to: temporary, options: [])
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            let writable = FileManager.default.isWritableFile(atPath: directory.path)
            throw OutputError(path: path, reason: writable ? "\(error.localizedDescription)" : "permission denied in \(directory.path)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(path: path, reason: reason)
        }
    }

    /// Fails early, before any work is done, when `path` cannot be written: its
    /// directory is missing or not writable, or the path is a directory.
    public static func checkWritable(_ path: String) throws(OutputError) {
        if path == standardOutput { return }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw OutputError(path: path, reason: "directory \(directory) does not exist")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw OutputError(path: path, reason: "it is a directory")
        }
        guard FileManager.default.isWritableFile(atPath: directory) else {
            throw OutputError(path: path, reason: "permission denied in \(directory)")
        }
    }

    /// Writes a file piece by piece through `body`, whole or not at all: into a
    /// temporary file beside `path`, renamed into place when `body` returns; removed
    /// when it throws.
    public static func stream(to path: String, _ body: (_ write: (String) throws -> Void) throws -> Void) throws {
        if path == standardOutput {
            try body { chunk in try FileHandle.standardOutput.write(contentsOf: Data(chunk.utf8)) }
            return
        }
        try checkWritable(path)
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw OutputError(path: path, reason: "cannot create a file in \(url.deletingLastPathComponent().path)")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try body { chunk in try handle.write(contentsOf: Data(chunk.utf8)) }
            try handle.synchronize()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw (error as? OutputError) ?? OutputError(path: path, reason: "\(error.localizedDescription)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(path: path, reason: reason)
        }
    }

    public static func write(_ text: String, to path: String) throws(OutputError) {
        try write(Data(text.utf8), to: path)
    }
}
