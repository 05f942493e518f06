import Foundation

/// One item of a news archive in the corpus's JSON Lines form
/// (`shared/corpus/news/*.jsonl`): `id`, `date` (YYYY-MM-DD), `title`, `text` (the
/// headline line, a dateline line, the paragraphs) and, when present, `lac` — silver
/// name spans as `[start, end)` offsets in the Unicode scalars of `text`, by kind
/// (`PER`, `ORG`, `LOC`).
public struct NewsItem: Hashable, Sendable {
    /// `YYYYMMDD-NN`.
    public var id: String
    /// The broadcast date.
    public var date: CalendarDate
    /// The headline as published (often with a leading `[视频]`).
    public var title: String
    /// The item as a document: its first line is the headline.
    public var text: String
    /// The silver name spans, in text order.
    public var silver: [NameSpan]

    public init(id: String, date: CalendarDate, title: String, text: String, silver: [NameSpan] = []) {
        self.id = id
        self.date = date
        self.title = title
        self.text = text
        self.silver = silver
    }

    /// The text without its first line (the headline), so that nothing the headline
    /// says can leak into what is extracted from the body.
    public var body: String {
        guard let newline = text.firstIndex(of: "\n") else { return "" }
        return String(text[text.index(after: newline)...])
    }

    /// Reads one JSON line: `id`, `date`, `title` and `text` are required, `lac` is read
    /// when present; errors name the file and line.
    public init(jsonLine line: some Collection<UInt8>, path: String, lineNumber: Int) throws(EvaluationError) {
        let at = "\(path):\(lineNumber)"
        let value: JSONValue
        do {
            value = try JSONParser.parse(Array(line))
        } catch {
            throw EvaluationError(path: at, message: "malformed JSON: \(error)")
        }
        guard case .object = value else { throw EvaluationError(path: at, message: "expected a JSON object (a news item has id, date, title and text)") }
        func field(_ name: String) throws(EvaluationError) -> String {
            guard case .string(let text) = value[name] else {
                throw EvaluationError(path: at, message: "no string field \"\(name)\" (a news item has id, date, title and text)")
            }
            return text
        }
        let iso = try field("date")
        guard let date = CalendarDate(iso: iso), date.granularity == .day else {
            throw EvaluationError(path: at, message: "date \"\(iso)\" is not YYYY-MM-DD")
        }
        var silver: [NameSpan] = []
        if let lac = value["lac"] {
            for kind in NameKind.allCases {
                guard case .array(let spans)? = lac[kind.code] else { continue }
                for span in spans {
                    guard case .array(let pair) = span, pair.count == 2, case .number(let a) = pair[0], case .number(let b) = pair[1],
                        a >= 0, b > a, b < 1e9
                    else { throw EvaluationError(path: at, message: "lac.\(kind.code) holds a span that is not [start, end]") }
                    silver.append(NameSpan(kind: kind, range: Int(a)..<Int(b)))
                }
            }
        }
        self.init(id: try field("id"), date: date, title: try field("title"), text: try field("text"),
                  silver: silver.sorted { $0.range.lowerBound < $1.range.lowerBound })
    }

    /// Every item of a JSON Lines file, in order.
    public static func items(contentsOf path: String) throws(EvaluationError) -> [NewsItem] {
        guard let data = FileManager.default.contents(atPath: path) else { throw EvaluationError(path: path, message: "cannot read the file") }
        return try items(jsonLines: data, path: path)
    }

    /// Every item of a JSON Lines text, blank lines skipped, in order.
    public static func items(jsonLines data: Data, path: String) throws(EvaluationError) -> [NewsItem] {
        var items: [NewsItem] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            items.append(try NewsItem(jsonLine: line, path: path, lineNumber: lineNumber))
        }
        return items
    }

    /// Calls `body` with every item of a JSON Lines file (`-` for standard input), one
    /// line at a time, so that a year of news is never held whole.
    public static func forEach(path: String, _ body: (NewsItem) throws -> Void) throws {
        let handle: FileHandle
        if path == "-" {
            handle = .standardInput
        } else {
            guard let h = FileHandle(forReadingAtPath: path) else {
                throw EvaluationError(path: path, message: FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file")
            }
            handle = h
        }
        defer { if path != "-" { try? handle.close() } }
        let name = path == "-" ? "<stdin>" : path
        try LineReader.forEachLine(handle) { bytes, number in
            try body(try NewsItem(jsonLine: bytes, path: name, lineNumber: number))
        }
    }
}
