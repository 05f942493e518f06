import ChronicleCore
import ChronicleStore
import Foundation
import Hummingbird

extension Pages {
    static let uploadExtensions: Set<String> = ["txt", "docx", "html", "htm"]

    /// The stored documents and the upload form; `notice` is a refused upload's message (HTML).
    func documents(session: Session, notice: String? = nil) throws -> (title: String, active: String?, body: String) {
        let documents = try store.documents()
        let s = session.strings
        var body = "<h1>\(s.html(.navDocuments))</h1>"
        if let notice { body += "<p class=\"error\">\(notice)</p>" }
        body += "<form method=\"post\" action=\"/documents\" enctype=\"multipart/form-data\">\(session.field)"
            + "<input type=\"file\" name=\"file\" accept=\".txt,.docx,.html,.htm\" required> <button>\(s.html(.uploadButton))</button>"
            + " <span class=\"muted\">\(s.html(.uploadHint, String(workspace.uploadLimit >> 20)))</span></form>"
        body += "<h2>\(s.html(.documentCount, String(documents.count)))</h2><table><tr><th>\(s.html(.columnDocument))</th><th>\(s.html(.columnDate))</th><th>\(s.html(.columnFacts))</th></tr>"
        for document in documents {
            body += "<tr><td><a href=\"\(HTML.escape(HTML.link("/document", [("key", document.key.rawValue)])))\" lang=\"zh\">\(HTML.escape(document.path))</a></td>"
                + "<td>\(HTML.escape(document.date ?? ""))</td><td>\(document.facts)</td></tr>"
        }
        return (s[.navDocuments], "/documents", body + "</table>")
    }

    /// A stored document's text, every extracted fact's sentence marked (hover names the
    /// fact).
    func document(_ query: FormValues, session: Session) throws -> (title: String, active: String?, body: String) {
        guard let key = query["key"] else { throw PageError.badRequest(.whichDocument) }
        guard let document = try store.document(DocumentID(key)) else { throw PageError(status: .notFound, phrase: .noDocument, arguments: [.code(key)]) }
        let s = session.strings
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
        let body = "<h1 lang=\"zh\">\(HTML.escape(name))</h1><p class=\"meta\">\(HTML.data(document.info.path)) · \(HTML.escape(document.info.date ?? s[.dateUnknown]))"
            + " · \(s.html(.documentSpans, String(document.spans.count)))</p><div class=\"doc\" lang=\"zh\">\(html)</div>"
        return (name, "/documents", body)
    }

    /// An upload: checked (size, kind, token), read in memory, then built into the store
    /// in the background; the answer is the progress page.
    func upload(_ request: inout Request) async -> Response {
        let session = Session(request)
        let limit = workspace.uploadLimit
        let s = session.strings
        func refuse(_ status: HTTPResponse.Status, _ phrase: Phrase, _ arguments: String...) -> Response {
            let message = s.html(phrase, arguments: arguments)
            let page = (try? documents(session: session, notice: message)) ?? (s[.navDocuments], "/documents", "<p class=\"error\">\(message)</p>")
            return .html(HTML.page(title: page.title, active: page.active, body: page.body, session: session), status: status, session: session)
        }
        func code(_ text: String) -> String { "<code>\(HTML.escape(text))</code>" }
        guard let contentType = request.headers[.contentType], contentType.lowercased().hasPrefix("multipart/form-data") else {
            return refuse(.badRequest, .uploadNotMultipart)
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit + 64 * 1024)
        } catch {
            return refuse(.contentTooLarge, .uploadTooLarge, String(limit >> 20))
        }
        let form: MultipartForm
        do {
            form = try MultipartForm(body: Data(buffer: buffer), contentType: contentType)
        } catch {
            return refuse(.badRequest, .uploadUnreadableForm, code("\(error)"))
        }
        if let refused = refuseCrossSite(request, token: form.fields["csrf"], session: session) { return refused }
        guard let original = form.fileName, !original.isEmpty, let data = form.fileData else { return refuse(.badRequest, .uploadNoFile) }
        guard data.count <= limit else { return refuse(.contentTooLarge, .uploadTooLarge, String(limit >> 20)) }
        guard !data.isEmpty else { return refuse(.badRequest, .uploadEmpty, code(original)) }
        // Only the last path component of the browser's name is kept, without control
        // characters; it is a label in the store, never a path on this machine.
        let name = String(String((original.replacingOccurrences(of: "\\", with: "/") as NSString).lastPathComponent)
            .unicodeScalars.filter { $0.value >= 0x20 && $0 != "\u{7F}" }.prefix(120))
        let suffix = (name as NSString).pathExtension.lowercased()
        guard Self.uploadExtensions.contains(suffix) else {
            return refuse(.unsupportedMediaType, .uploadWrongKind, code(name))
        }
        // Read in memory, as the file would be read: nothing is written but the store.
        var document: TextDocument
        do {
            document = try DocumentLoader.read(data: data, path: name).document
        } catch {
            return refuse(.unprocessableContent, .uploadUnreadable, code(name), code("\(error)"))
        }
        document.path = "upload/" + name
        let store = self.store, workspace = self.workspace, extractor = workspace.extractor, uploaded = document
        let job = workspace.jobs.submit(name: name) {
            let outcome = try store.ingest(uploaded, extractor: extractor)
            workspace.changed()
            let key = try store.documents().first { $0.path == uploaded.path }?.key
            return (outcome, key)
        }
        return .redirect(HTML.link("/jobs", [("id", job)]))
    }

    /// The progress of an upload's build; reloads itself until it is done.
    func job(_ query: FormValues, session: Session) throws -> (title: String, active: String?, body: String) {
        guard let id = query["id"], let job = workspace.jobs.state(id) else { throw PageError.notFound(.noUpload) }
        let s = session.strings
        var body = "<h1 lang=\"zh\">\(HTML.escape(job.name))</h1>"
        switch job.state {
        case .waiting:
            body += "<p>\(s.html(.jobWaiting))</p><progress></progress><meta http-equiv=\"refresh\" content=\"1\">"
        case .building:
            body += "<p>\(s.html(.jobBuilding))</p><progress></progress><meta http-equiv=\"refresh\" content=\"1\">"
        case let .done(outcome, document):
            let said = switch outcome {
            case .unchanged: s.html(.jobUnchanged)
            case let .added(nodes, edges): s.html(.jobAdded, String(nodes), String(edges))
            case let .replaced(nodes, edges): s.html(.jobReplaced, String(nodes), String(edges))
            }
            body += "<p class=\"ok\">\(said)</p>"
            if let document {
                body += "<p><a href=\"\(HTML.escape(HTML.link("/document", [("key", document.rawValue)])))\">\(s.html(.jobShowDocument))</a> · <a href=\"/\">\(s.html(.navTimeline))</a></p>"
            }
        case .failed(let message):
            body += "<p class=\"error\">\(s.html(.jobFailed, "<code>\(HTML.escape(message))</code>"))</p>"
        }
        return (job.name, "/documents", body)
    }
}
