import Foundation
import Testing

/// The web workspace driven by headless Chromium (scripts/workspace-browser-check.py):
/// open the timeline, click an event, search a phrase, reject a fact, reload and see
/// it gone; no script from a hostile document runs. Screenshots are kept in
/// `.build/test-artifacts/workspace/`. Skipped with a message when Chromium, its
/// driver or selenium is missing (scripts/bootstrap.sh installs them).
@Suite struct WorkspaceBrowserTests {
    static let hasBrowser: Bool = {
        let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].contains { FileManager.default.isExecutableFile(atPath: $0) }
        let driver = FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
        return chromium && driver && ((try? DeckCLITests.shell(["python3", "-c", "import selenium"]).status) == 0)
    }()

    @Test(.enabled(if: hasBrowser, "chromium, chromium-driver or selenium is not installed: run scripts/bootstrap.sh"))
    func aUserWalksThroughTheWorkspace() throws {
        let directory = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("w.sqlite").path
        let hostile = directory.appendingPathComponent("hostile.txt")
        try """
            2020年3月2日上午，省委书记王五主持召开省委常委会会议，传达学习《关于<script>alert(1)</script>的通知》精神。
            会议强调，要落实“<script>alert(1)</script>”要求，坚持“{{五严}}\\"'<b>”原则，做到“双零”。
            """.write(to: hostile, atomically: true, encoding: .utf8)
        let build = try CLITests.chronicle(["build", CLITests.sample, hostile.path, "--db", db])
        #expect(build.status == 0, "\(build.stderr)")
        let artifacts = CLITests.root.appendingPathComponent(".build/test-artifacts/workspace").path
        let script = CLITests.root.appendingPathComponent("scripts/workspace-browser-check.py").path
        let walk = try DeckCLITests.shell(["python3", script, CLITests.binary.path, db, artifacts])
        #expect(walk.status == 0 && walk.stdout.hasPrefix("ok"), "\(walk.stdout)\n\(walk.stderr)")
    }
}

/// `chronicle serve` from the command line: a missing store and a port in use are one
/// line each and exit 1.
@Suite struct ServeCLITests {
    @Test func clearErrorsWhenItCannotServe() throws {
        let directory = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = try CLITests.chronicle(["serve", "--db", directory.appendingPathComponent("none.sqlite").path])
        #expect(missing.status == 1 && missing.stderr.contains("no such database"), "\(missing.stderr)")
        let db = directory.appendingPathComponent("s.sqlite").path
        #expect(try CLITests.chronicle(["build", CLITests.sample, "--db", db]).status == 0)
        let port = String(20_000 + Int(getpid() % 20_000))
        let first = Process()
        first.executableURL = CLITests.binary
        first.arguments = ["serve", "--db", db, "--port", port]
        first.standardOutput = FileHandle.nullDevice
        first.standardError = FileHandle.nullDevice
        try first.run()
        defer { first.terminate(); first.waitUntilExit() }
        Thread.sleep(forTimeInterval: 1.5)
        let second = try CLITests.chronicle(["serve", "--db", db, "--port", port])
        #expect(second.status == 1 && second.stderr.contains("the port is in use"), "\(second.stderr)")
        #expect(try CLITests.chronicle(["serve", "--db", db, "--port", "0"]).status == 64)
    }
}
