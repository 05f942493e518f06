import ChronicleKit
import ChronicleServe
import Foundation

/// The installed `wrk`, if any.
func wrkPath() -> String? {
    ["/usr/bin/wrk", "/usr/local/bin/wrk"].first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// Percent-encoded for a query value.
func urlEscaped(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
}

/// Serves `workspace` in this process on a port of its own and returns once it answers;
/// cancel the task to stop it.
func startWorkspace(_ workspace: Workspace) -> (port: Int, server: Task<Void, any Error>) {
    let port = 20_000 + Int(getpid() % 20_000)
    let app = WorkspaceServer.application(workspace, host: "127.0.0.1", port: port)
    let server = Task { try await app.runService() }
    for _ in 0..<100 {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["curl", "-s", "-o", "/dev/null", "http://127.0.0.1:\(port)/documents"]
        try? probe.run()
        probe.waitUntilExit()
        if probe.terminationStatus == 0 { break }
        usleep(100_000)
    }
    return (port, server)
}

/// Drives `paths` on the server at `port` with `wrk` (one thread, `connections`
/// connections, each request the next path) for `seconds`, prints one line and returns
/// p50 and p99 in ms. The Lua script goes to `directory`.
func wrkLoad(_ name: String, _ paths: [String], wrk: String, port: Int, seconds: Int, directory: URL, connections: Int = 50) -> (p50: Double, p99: Double)? {
    let script = directory.appendingPathComponent("page-\(UUID().uuidString).lua")
    let lua = "paths = {" + paths.map { "\"\($0)\"" }.joined(separator: ",") + "}\ncounter = 0\nrequest = function()\n counter = counter + 1\n return wrk.format(\"GET\", paths[(counter % #paths) + 1])\nend\n"
    try? lua.write(to: script, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: wrk)
    // One load thread drives the connections: on 2 cores a second wrk thread takes
    // CPU from the server it measures (p99 rose from 37 to 66 ms here with -t2).
    process.arguments = ["-t1", "-c\(connections)", "-d\(seconds)s", "--timeout", "30s", "--latency", "-s", script.path, "http://127.0.0.1:\(port)"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try? process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    func percentile(_ label: String) -> Double? {
        guard let line = output.split(separator: "\n").first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(label) }) else { return nil }
        let value = line.split(separator: " ", omittingEmptySubsequences: true).last.map(String.init) ?? ""
        let number = Double(value.filter { "0123456789.".contains($0) }) ?? 0
        return value.hasSuffix("us") ? number / 1000 : value.hasSuffix("ms") ? number : value.hasSuffix("s") ? number * 1000 : number
    }
    let requests = output.split(separator: "\n").first { $0.contains("Requests/sec") }.map { $0.split(separator: " ").last.map(String.init) ?? "" } ?? "?"
    let errors = output.split(separator: "\n").filter { $0.contains("Non-2xx") || $0.contains("Socket errors") }.joined(separator: "; ")
    guard let p50 = percentile("50%"), let p99 = percentile("99%") else { print("  \(name): wrk said\n\(output)"); return nil }
    print("  \(name.padding(toLength: 34, withPad: " ", startingAt: 0)) p50 \(String(format: "%7.2f", p50)) ms   p99 \(String(format: "%7.2f", p99)) ms   \(requests) req/s \(errors)")
    fflush(nil)
    return (p50, p99)
}

/// Seconds one GET of `path` takes with curl (nil when it fails).
func singleRequest(port: Int, path: String) -> Double? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["curl", "-s", "-o", "/dev/null", "-w", "%{time_total}", "http://127.0.0.1:\(port)\(path)"]
    let pipe = Pipe()
    process.standardOutput = pipe
    guard (try? process.run()) != nil else { return nil }
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return process.terminationStatus == 0 ? Double(output.trimmingCharacters(in: .whitespacesAndNewlines)) : nil
}
