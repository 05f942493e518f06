import Foundation

/// One item of the news corpus (`shared/corpus/news/*.jsonl`): a broadcast item with its
/// date, its headline and its text (headline line, dateline line, paragraphs).
public struct NewsItem: Hashable, Sendable {
    /// `YYYYMMDD-NN`.
    public var id: String
    /// The broadcast date.
    public var date: CalendarDate
    /// The headline as published (often with a leading `[视频]`).
    public var title: String
    /// The item as a document: its first line is the headline.
    public var text: String

    public init(id: String, date: CalendarDate, title: String, text: String) {
        self.id = id
        self.date = date
        self.title = title
        self.text = text
    }

    /// The text without its first line (the headline), so that nothing the headline
    /// says can leak into what is extracted from the body.
    public var body: String {
        guard let newline = text.firstIndex(of: "\n") else { return "" }
        return String(text[text.index(after: newline)...])
    }

    /// Reads one JSON line: `id`, `date` (YYYY-MM-DD), `title` and `text` are required;
    /// other fields (`lac` …) are ignored.
    public init(jsonLine line: some Collection<UInt8>, path: String, lineNumber: Int) throws(EvaluationError) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(Array(line))
        } catch {
            throw EvaluationError(path: "\(path):\(lineNumber)", message: "malformed JSON: \(error)")
        }
        func field(_ name: String) throws(EvaluationError) -> String {
            guard case .string(let text) = value[name] else {
                throw EvaluationError(path: "\(path):\(lineNumber)", message: "no string field \"\(name)\" (a news item has id, date, title and text)")
            }
            return text
        }
        let iso = try field("date")
        guard let date = CalendarDate(iso: iso), date.granularity == .day else {
            throw EvaluationError(path: "\(path):\(lineNumber)", message: "date \"\(iso)\" is not YYYY-MM-DD")
        }
        self.init(id: try field("id"), date: date, title: try field("title"), text: try field("text"))
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
}
