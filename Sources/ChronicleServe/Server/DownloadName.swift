import ChronicleCore
import Foundation

/// What a downloaded file is called: the store, what the file shows and its dates
/// (`sample-时间线-2020-01-27至2020-02-02.png`, `sample-五严五防-提出与重申.pdf`), so
/// that a folder of downloads can be told apart. Sent as RFC 6266's
/// `Content-Disposition` with the UTF-8 name in RFC 5987's `filename*` and an ASCII
/// one in `filename` for clients that know only that.
struct DownloadName: Equatable {
    /// The name's pieces in Chinese, joined with `-`.
    var pieces: [String]
    /// The same in ASCII (the store's name if it is ASCII, the view in English, the dates).
    var asciiPieces: [String]
    var pathExtension: String

    /// The name of a timeline (`view` 时间线) or deck (简报) of the events between
    /// `from` and `to`; an end not given is the first or last date drawn.
    static func timeline(store: String, view: String, asciiView: String, from: CalendarDate?, to: CalendarDate?,
                         level: EventLevel?, kind: EventKind?, graph: Graph, pathExtension: String) -> DownloadName {
        let dates = graph.nodes.values.filter { $0.type == .event }.compactMap(\.date)
        let first = from ?? dates.min(), last = to ?? dates.max()
        var range: String?, asciiRange: String?
        if let first, let last {
            (range, asciiRange) = first == last ? (first.iso, first.iso) : ("\(first.iso)至\(last.iso)", "\(first.iso)_\(last.iso)")
        }
        let filters = [level.map { Chinese.level($0) }, kind.map { Chinese.kind($0) }].compactMap { $0 }
        let asciiFilters = [level?.rawValue, kind?.rawValue].compactMap { $0 }
        let stem = storeStem(store)
        return DownloadName(pieces: [stem, view] + filters + [range].compactMap { $0 },
                            asciiPieces: [asciiStem(stem), asciiView] + asciiFilters + [asciiRange].compactMap { $0 },
                            pathExtension: pathExtension)
    }

    /// The name of a picture of one node: `sample-五严五防-提出与重申.svg`.
    static func node(store: String, label: String, view: String, asciiView: String, pathExtension: String) -> DownloadName {
        let stem = storeStem(store)
        return DownloadName(pieces: [stem, String(label.prefix(40)), view], asciiPieces: [asciiStem(stem), asciiView], pathExtension: pathExtension)
    }

    /// The store's file name without its extension (`graphs/sample.sqlite` → `sample`).
    static func storeStem(_ path: String) -> String {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return stem.isEmpty ? "chronicle" : stem
    }

    static func asciiStem(_ stem: String) -> String {
        let kept = clean(stem).unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || "-_.".unicodeScalars.contains($0)) }
        return kept.isEmpty ? "chronicle" : String(String.UnicodeScalarView(kept))
    }

    /// A piece with nothing a file system or a header would trip on: path separators,
    /// quotes, reserved characters, control characters and white space become `_`.
    static func clean(_ piece: String) -> String {
        String(String.UnicodeScalarView(piece.unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control || scalar.properties.isWhitespace || "/\\:*?\"<>|%;".unicodeScalars.contains(scalar) ? "_" : scalar
        }))
    }

    /// `sample-时间线-2020-01-27至2020-02-02.png`
    var name: String { pieces.map(Self.clean).joined(separator: "-") + "." + pathExtension }

    /// `sample-timeline-2020-01-27_2020-02-02.png`
    var asciiName: String { asciiPieces.map(Self.clean).joined(separator: "-") + "." + pathExtension }

    /// The `Content-Disposition` header: `attachment` (or `inline`), the ASCII name,
    /// and the UTF-8 name percent-encoded (only RFC 3986's unreserved bytes left as
    /// they are: a subset of RFC 5987's attr-char).
    func contentDisposition(inline: Bool) -> String {
        (inline ? "inline" : "attachment") + "; filename=\"\(asciiName)\"; filename*=UTF-8''" + HTML.query(name)
    }
}
