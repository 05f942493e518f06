import ChronicleCore
import ChronicleStore
import Foundation
import Hummingbird

extension Pages {
    static let uploadExtensions: Set<String> = ["txt", "docx", "html", "htm"]

    func documents(session: Session, notice: String? = nil) throws -> (title: String, active: String?, body: String) {
        let documents = try store.documents()
        var body = "<h1>文件</h1>"
        if let notice { body += "<p class=\"error\">\(HTML.escape(notice))</p>" }
        body += "<form method=\"post\" action=\"/documents\" enctype=\"multipart/form-data\">\(session.field)"
            + "<input type=\"file\" name=\"file\" accept=\".txt,.docx,.html,.htm\" required> <button>上传并抽取</button>"
            + " <span class=\"muted\">.txt、.docx 或 .html，不超过 \(workspace.uploadLimit >> 20) MB</span></form>"
        body += "<h2>\(documents.count) 份文件</h2><table><tr><th>文件</th><th>日期</th><th>事实</th></tr>"
        for document in documents {
            body += "<tr><td><a href=\"\(HTML.escape(HTML.link("/document", [("key", document.key.rawValue)])))\">\(HTML.escape(document.path))</a></td>"
                + "<td>\(HTML.escape(document.date ?? ""))</td><td>\(document.facts)</td></tr>"
        }
        return ("文件", "/documents", body + "</table>")
    }

    /// A stored document's text, every extracted fact's sentence marked (hover names the
    /// fact).
    func document(_ query: FormValues, session: Session) throws -> (title: String, active: String?, body: String) {
        guard let key = query["key"] else { throw PageError.badRequest("which document? add ?key=… to the address") }
        guard let document = try store.document(DocumentID(key)) else { throw PageError.notFound("no stored document “\(key)”") }
        let scalars = Array(document.text.unicodeScalars)
        var html = ""
        var position = 0
        func text(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return HTML.escape(String(view))
        }
        // Spans may overlap (one sentence states several facts): each region is marked
        // once, with every fact it states in its title.
        var spans = document.spans.filter { $0.offset >= 0 && $0.length > 0 && $0.offset + $0.length <= scalars.count }
        spans.sort { ($0.offset, -$0.length) < ($1.offset, -$1.length) }
        var index = 0
        while index < spans.count {
            let start = spans[index].offset
            var end = spans[index].offset + spans[index].length
            var facts: [String] = []
            while index < spans.count, spans[index].offset < end {
                end = max(end, spans[index].offset + spans[index].length)
                facts.append(spans[index].fact)
                index += 1
            }
            guard start >= position else { continue }
            html += text(position..<start)
            let title = Array(Set(facts)).sorted().prefix(12).joined(separator: "\n")
            html += "<mark title=\"\(HTML.escape(title))\">\(text(start..<end))</mark>"
            position = end
        }
        html += text(position..<scalars.count)
        let name = (document.info.path as NSString).lastPathComponent
        let body = "<h1>\(HTML.escape(name))</h1><p class=\"meta\">\(HTML.escape(document.info.path)) · \(HTML.escape(document.info.date ?? "日期不详"))"
            + " · \(document.spans.count) 处原文支持抽取的事实（黄色；悬停可见事实）</p><div class=\"doc\">\(html)</div>"
        return (name, "/documents", body)
    }

    /// An upload: checked (size, kind, token), read in memory, then built into the store
    /// in the background; the answer is the progress page.
    func upload(_ request: inout Request) async -> Response {
        let session = Session(request)
        let limit = workspace.uploadLimit
        func refuse(_ status: HTTPResponse.Status, _ message: String) -> Response {
            let page = (try? documents(session: session, notice: message)) ?? ("文件", "/documents", "<p class=\"error\">\(HTML.escape(message))</p>")
            return .html(HTML.page(title: page.title, active: page.active, body: page.body), status: status, session: session)
        }
        guard let contentType = request.headers[.contentType], contentType.lowercased().hasPrefix("multipart/form-data") else {
            return refuse(.badRequest, "上传须用表单（multipart/form-data）")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit + 64 * 1024)
        } catch {
            return refuse(.contentTooLarge, "文件超过 \(limit >> 20) MB 上限，未做任何更改。")
        }
        let form: MultipartForm
        do {
            form = try MultipartForm(body: Data(buffer: buffer), contentType: contentType)
        } catch {
            return refuse(.badRequest, "无法读取上传的表单：\(error)")
        }
        if let refused = refuseCrossSite(request, token: form.fields["csrf"], session: session) { return refused }
        guard let original = form.fileName, !original.isEmpty, let data = form.fileData else { return refuse(.badRequest, "请选择一个文件。") }
        guard data.count <= limit else { return refuse(.contentTooLarge, "文件超过 \(limit >> 20) MB 上限，未做任何更改。") }
        guard !data.isEmpty else { return refuse(.badRequest, "“\(original)”是空文件，未做任何更改。") }
        // Only the last path component of the browser's name is kept, without control
        // characters; it is a label in the store, never a path on this machine.
        let name = String(String((original.replacingOccurrences(of: "\\", with: "/") as NSString).lastPathComponent)
            .unicodeScalars.filter { $0.value >= 0x20 && $0 != "\u{7F}" }.prefix(120))
        let suffix = (name as NSString).pathExtension.lowercased()
        guard Self.uploadExtensions.contains(suffix) else {
            return refuse(.unsupportedMediaType, "只接受 .txt、.docx 或 .html 文件，“\(name)”不是。")
        }
        // Read in memory, as the file would be read: nothing is written but the store.
        var document: TextDocument
        do {
            document = try DocumentLoader.read(data: data, path: name).document
        } catch {
            return refuse(.unprocessableContent, "无法读取“\(name)”：\(error)。未做任何更改。")
        }
        document.path = "upload/" + name
        let store = self.store, extractor = workspace.extractor, uploaded = document
        let job = workspace.jobs.submit(name: name) {
            let outcome = try store.ingest(uploaded, extractor: extractor)
            let key = try store.documents().first { $0.path == uploaded.path }?.key
            switch outcome {
            case .unchanged: return ("已在库中（内容相同），未做更改", key)
            case let .added(nodes, edges): return ("已加入：库中现有 \(nodes) 个节点、\(edges) 条关系", key)
            case let .replaced(nodes, edges): return ("已替换同名文件：库中现有 \(nodes) 个节点、\(edges) 条关系", key)
            }
        }
        return .redirect(HTML.link("/jobs", [("id", job)]))
    }

    /// The progress of an upload's build; reloads itself until it is done.
    func job(_ query: FormValues, session: Session) throws -> (title: String, active: String?, body: String) {
        guard let id = query["id"], let job = workspace.jobs.state(id) else { throw PageError.notFound("no such upload") }
        var body = "<h1>\(HTML.escape(job.name))</h1>"
        switch job.state {
        case .waiting:
            body += "<p>排队等待抽取…</p><progress></progress><meta http-equiv=\"refresh\" content=\"1\">"
        case .building:
            body += "<p>正在抽取并合并到库中…</p><progress></progress><meta http-equiv=\"refresh\" content=\"1\">"
        case let .done(outcome, document):
            body += "<p class=\"ok\">\(HTML.escape(outcome))。</p>"
            if let document {
                body += "<p><a href=\"\(HTML.escape(HTML.link("/document", [("key", document.rawValue)])))\">查看文件及其抽取结果</a> · <a href=\"/\">时间线</a></p>"
            }
        case .failed(let message):
            body += "<p class=\"error\">抽取失败，库未改变：\(HTML.escape(message))</p>"
        }
        return (job.name, "/documents", body)
    }
}
