import ArgumentParser
import ChronicleKit
import Foundation

/// Options shared by the commands that read documents.
struct InputOptions: ParsableArguments {
    @Argument(help: "Documents (.txt in UTF-8, UTF-16 or GB18030; .docx; .html) or folders of them.")
    var files: [String] = []

    @Option(help: ArgumentHelp("Also the documents (or folders) named in this file, one path a line; '-' reads them from standard input, as a batch engine hands them (Spark's rdd.pipe).", valueName: "file"))
    var filesFrom: String?

    @Option(help: "Force the text encoding: utf-8, utf-16le, utf-16be, gb18030 (gbk). Default: detected.")
    var encoding: String?

    @Option(help: "The date to anchor partial dates to when a document states none (YYYY-MM-DD).")
    var referenceDate: String?

    @Flag(name: .shortAndLong, help: "Print no progress or notes on standard error, only errors.")
    var quiet = false

    func validate() throws {
        if files.isEmpty && filesFrom == nil {
            throw ValidationError("which documents? name files or folders, or --files-from FILE ('-' for standard input)")
        }
        if let referenceDate, CalendarDate(iso: referenceDate)?.granularity != .day {
            throw ValidationError("--reference-date must be a date as YYYY-MM-DD, not \"\(referenceDate)\"")
        }
        if let encoding, TextEncoding(name: encoding) == nil {
            throw ValidationError("unknown encoding \"\(encoding)\"; use utf-8, utf-16le, utf-16be or gb18030")
        }
    }

    var reference: CalendarDate? { referenceDate.flatMap(CalendarDate.init(iso:)) }

    /// The paths named on the command line, then those of `--files-from` (blank lines
    /// skipped), as given: folders are expanded by the caller.
    func paths() throws -> [String] {
        guard let filesFrom else { return files }
        let data: Data
        if filesFrom == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: filesFrom) else {
                throw ValidationError("--files-from: cannot read \(filesFrom)")
            }
            data = contents
        }
        let listed = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return files + listed
    }

    /// Reads every document (folders expanded), reporting each file's format and any
    /// warning on standard error unless quiet.
    func load() throws -> [TextDocument] {
        let paths = try DocumentLoader.expand(try self.paths())
        let forced = encoding.flatMap(TextEncoding.init(name:))
        // Files are read and decoded on every core; reports come in file order.
        let progress = Progress(total: paths.count, quiet: quiet)
        let indexed = Array(paths.enumerated())
        let loaded = try ParallelMap.map(indexed) { (item: (offset: Int, element: String)) throws(IngestError) -> LoadedDocument in
            try DocumentLoader.read(path: item.element, id: DocumentID("d\(item.offset + 1)"), encoding: forced)
        }
        var documents: [TextDocument] = []
        for (path, document) in zip(paths, loaded) {
            progress.step(path)
            if !quiet {
                note("\(path): read as \(document.format)")
                for warning in document.warnings { note("\(path): warning: \(warning)") }
            }
            documents.append(document.document)
        }
        progress.finish()
        return documents
    }
}

/// A message on standard error.
func note(_ message: String) {
    FileHandle.standardError.write(Data("chronicle: \(message)\n".utf8))
}

/// A progress line on standard error, only when it is a terminal and not quiet.
final class Progress {
    let total: Int
    let enabled: Bool
    var done = 0

    init(total: Int, quiet: Bool) {
        self.total = total
        self.enabled = !quiet && isatty(2) != 0 && total > 1
    }

    func step(_ what: String) {
        done += 1
        guard enabled else { return }
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total) \((what as NSString).lastPathComponent)\u{1B}[K".utf8))
    }

    func finish() {
        if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

/// The graph from a JSON file or from a store.
func loadGraph(file: String?, db: String?) throws -> Graph {
    if let db {
        guard FileManager.default.fileExists(atPath: db) else {
            throw StoreError.database(path: db, message: "no such database; run chronicle build first")
        }
        return try GraphStore(path: db).graph()
    }
    return try GraphJSON.read(contentsOf: file!)
}

/// `--from`, `--to` and `--level`, as `render` and `deck` take them.
struct RangeOptions: ParsableArguments {
    @Option(help: "Only events from this date (YYYY-MM-DD, YYYY-MM or YYYY).")
    var from: String?

    @Option(help: "Only events up to this date (YYYY-MM-DD, YYYY-MM or YYYY).")
    var to: String?

    @Option(help: "Only these levels, comma-separated (central,ministry,province,municipal,institution).")
    var level: String?

    @Option(help: "Which 传达 arrows to draw: all, meetings (leave out the lighter layer of study sessions and notices), none.")
    var conveys: ConveyLayer = .all

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, CalendarDate(iso: value) == nil {
                throw ValidationError("\(name) must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not \"\(value)\"")
            }
        }
        if let level, level.split(separator: ",").contains(where: { EventLevel(rawValue: String($0)) == nil }) {
            throw ValidationError("--level takes central, ministry, province, municipal, institution (comma-separated)")
        }
    }

    var fromDate: CalendarDate? { from.flatMap(CalendarDate.init(iso:)) }
    var toDate: CalendarDate? { to.flatMap(CalendarDate.init(iso:)) }
    /// The graph with only the conveys arrows asked for.
    func drawn(_ graph: Graph) -> Graph { graph.keepingConveys(conveys) }
    var levels: Set<EventLevel> { Set((level ?? "").split(separator: ",").compactMap { EventLevel(rawValue: String($0)) }) }
}

extension ConveyLayer: ExpressibleByArgument {}
