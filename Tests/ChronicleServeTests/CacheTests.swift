import ChronicleCore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing
@testable import ChronicleServe

/// What the workspace keeps between requests: pictures and pages per store generation,
/// each session's own token in a kept page, and a change made in the workspace seen at
/// once.
@Suite(.serialized) struct CacheTests {
    @Test func aPictureIsDrawnOnceAndTheOldestGoFirst() throws {
        let cache = PictureCache(capacity: 10)
        let draws = Mutex(0)
        let threads = (0..<8).map { _ in
            Thread {
                _ = try? cache.picture("a") { draws.withLock { $0 += 1 }; usleep(20_000); return Data([1, 2, 3, 4]) }
            }
        }
        threads.forEach { $0.start() }
        while threads.contains(where: { !$0.isFinished }) { usleep(5_000) }
        #expect(draws.withLock { $0 } == 1, "a burst of requests for one picture draws it once")
        _ = try cache.picture("b") { Data([5, 6, 7, 8]) }
        _ = try cache.picture("a") { Data() }
        _ = try cache.picture("c") { Data([9, 10, 11]) }
        #expect(cache.count == 2, "over capacity, the least recently used goes")
        #expect(try cache.picture("a") { Data([0]) } == Data([1, 2, 3, 4]), "a, used last, is kept")
        #expect(try cache.picture("b") { Data([0]) } == Data([0]), "b went")
        struct Failure: Error {}
        #expect(throws: Failure.self) { try cache.picture("d") { throw Failure() } }
        #expect(try cache.picture("d") { Data([4]) } == Data([4]), "a failed drawing is not kept")
    }

    @Test func aPageAskedForByManyAtOnceIsWrittenOnce() throws {
        let cache = PictureCache(capacity: 1 << 20, serialized: false)
        let writes = Mutex(0)
        let threads = (0..<8).map { index in
            Thread {
                // Four requests for one new page, four for another.
                _ = try? cache.picture(index % 2 == 0 ? "/person?id=a" : "/person?id=b") { writes.withLock { $0 += 1 }; usleep(20_000); return Data([UInt8(index % 2)]) }
            }
        }
        threads.forEach { $0.start() }
        while threads.contains(where: { !$0.isFinished }) { usleep(5_000) }
        #expect(writes.withLock { $0 } == 2, "each page written once")
        #expect(try cache.picture("/person?id=b") { Data() } == Data([1]))
    }

    @Test func aKeptPageGetsTheTokenInEveryPlace() {
        let placeholder = Array(Session.placeholder.utf8)
        let token = "0123456789abcdef0123456789abcdef"
        let page = Session.placeholder + "<p>会议</p>CHRONICLE-SESSION<b>" + Session.placeholder + Session.placeholder + "</b>C" + Session.placeholder
        let filled = Pages.filled(Data(page.utf8), placeholder: placeholder, with: token)
        #expect(String(buffer: filled) == page.replacingOccurrences(of: Session.placeholder, with: token))
        #expect(String(buffer: Pages.filled(Data("<p>没有表单</p>".utf8), placeholder: placeholder, with: token)) == "<p>没有表单</p>")
        #expect(Pages.filled(Data(), placeholder: placeholder, with: token).readableBytes == 0)
    }

    @Test func aKeptPageCarriesEachSessionsTokenAndChangesShowAtOnce() async throws {
        let (workspace, directory) = try ServeTests.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = Application(router: WorkspaceServer.router(workspace))
        let event = try workspace.store.find("省委第二次专题会议", type: .event)
        let uri = "/event?id=" + HTML.query(event.rawValue)
        try await app.test(.router) { client in
            let (cookieA, tokenA) = try await ServeTests.session(client)
            let (cookieB, tokenB) = try await ServeTests.session(client)
            #expect(tokenA != tokenB)
            let a = try await ServeTests.get(client, uri, cookie: cookieA)
            let b = try await ServeTests.get(client, uri, cookie: cookieB)
            #expect(workspace.pages.count >= 1, "the page was kept")
            #expect(a.body.contains("value=\"\(tokenA)\"") && !a.body.contains(tokenB))
            #expect(b.body.contains("value=\"\(tokenB)\"") && !b.body.contains(tokenA), "the kept page with the other session's token")
            #expect(!b.body.contains(Session.placeholder))
            #expect(a.body.contains("<h2>主持</h2>"))
            // A correction made in the workspace shows on the next request.
            let form = "csrf=\(tokenA)&action=reject&source=p-%E6%A5%BC%E9%98%B3%E7%94%9F&relation=chairs&target=\(HTML.query(event.rawValue))&back=\(HTML.query(uri))"
            #expect(try await ServeTests.post(client, "/review", form: form, cookie: cookieA).status == .seeOther)
            let after = try await ServeTests.get(client, uri, cookie: cookieB)
            #expect(!after.body.contains("<h2>主持</h2>"), "not the page kept before the correction")
            // In English, the same address is another page.
            let english = try await ServeTests.get(client, uri, cookie: cookieB, language: "en-US,en;q=0.9")
            #expect(english.body.contains("<html lang=\"en\">") && !english.body.contains("<h2>出席</h2>"))
        }
    }
}
