import Foundation

/// Why a lexicon file could not be used.
public struct LexiconError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var message: String
    public var description: String { "\(path)\(line.map { ":\($0)" } ?? ""): \(message)" }
}

/// The words that describe the genre — titles, surnames, meeting words, verbs,
/// level hints, measure cues — read from `Resources/lexicon.txt` and optional user
/// files in the same format.
public struct Lexicon: Sendable {
    /// Entries by section name, in file order.
    public private(set) var sections: [String: [String]] = [:]

    public static let sectionNames: Set<String> = [
        "measure-roles-after", "state-offices", "measure-sayings-before", "measure-verbs-right-before", "measure-launch-verbs", "party-short-names", "attended-occasions",
        "title-words", "group-titles", "surnames", "compound-surnames", "name-boundaries", "meeting-words",
        "event-verbs", "chair-verbs", "attend-verbs", "speak-verbs", "lecture-verbs", "announcement-words", "place-suffixes", "measure-frames-after", "measure-directive-markers", "measure-directive-modals", "measure-distancing-before", "measure-body-endings", "measure-thing-endings", "undated-times", "reaction-headlines", "not-names", "name-modifiers", "name-words", "look-back-words", "convey-verbs", "level-central",
        "level-ministry", "level-province", "level-municipal", "level-institution", "measure-verbs-before",
        "measure-words-after", "measure-stoplist", "political-formula-hints", "name-stop-characters", "organization-suffixes", "name-followers", "measure-programme-words", "measure-name-endings", "setting-verbs",
        // Words single rules test (issue 23, part 6): people.
        "person-role-verbs", "person-verbal-roles", "person-visit-verbs", "top-leader-titles", "function-characters", "title-continuations",
        "title-stop-characters", "office-words", "title-verbs", "title-modifiers", "people-after-etc", "name-list-followers",
        "person-degree-words", "name-auxiliaries", "name-trailing-adverbs", "place-before", "place-after-zai", "measure-condemned-before", "measure-opposed-before", "measure-role-verbs-before", "measure-avoided-right-before",
        "measure-frames-before", "measure-body-frames-after", "envoy-words", "country-followers",
        // …and the graph builder's passes (PassWords).
        "group-heads", "group-leader-titles", "subjectless-talk-openers", "arranged-kinds", "gathering-verbs", "gathering-name-endings",
        "conveyed-works", "doctrine-endings", "earlier-speech-words", "directing-meetings", "local-meeting-openings", "meeting-verb-adverbs", "right-after-words", "recall-verbs", "month-recall-verbs", "deliberation-verbs", "flashback-words", "saying-verbs", "adopt-verbs", "not-reported-before", "recalled-days", "speech-addressees",
    ]

    /// What an `[event-verbs]` entry may say its verb reports: an event kind, talks with a
    /// counterpart, or a named meeting attended.
    public static let eventVerbKinds: Set<String> = Set(EventKind.allCases.map(\.rawValue)).union(["talks", "attended"])

    /// The lexicon shipped with Chronicle.
    /// A broken shipped lexicon is a build error, not a user's: it stops loudly
    /// rather than extracting nothing.
    public static let standard: Lexicon = {
        guard let url = Bundle.module.url(forResource: "lexicon", withExtension: "txt", subdirectory: "Resources"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { fatalError("Chronicle's lexicon resource (Resources/lexicon.txt) is missing from the build") }
        do {
            return try Lexicon(text: text, path: "Resources/lexicon.txt")
        } catch {
            fatalError("Chronicle's own lexicon does not parse: \(error)")
        }
    }()

    public init() {}

    /// Parses the lexicon format: `[section]` headers, one entry a line, `#` comments.
    public init(text: String, path: String) throws(LexiconError) {
        try merge(text: text, path: path)
    }

    /// Adds the entries of another file in the same format.
    public mutating func merge(text: String, path: String) throws(LexiconError) {
        var section: String?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else { throw LexiconError(path: path, line: index + 1, message: "unterminated section header \(line)") }
                let name = String(line.dropFirst().dropLast())
                guard Lexicon.sectionNames.contains(name) else {
                    throw LexiconError(path: path, line: index + 1, message: "unknown section [\(name)]; known: " + Lexicon.sectionNames.sorted().joined(separator: ", "))
                }
                section = name
                continue
            }
            guard let section else { throw LexiconError(path: path, line: index + 1, message: "entry before any [section]") }
            // [event-verbs] entries are verb=kind; an unknown kind is an error, not a meeting.
            if section == "event-verbs" {
                let parts = line.split(separator: "=", maxSplits: 1)
                guard parts.count == 2, Lexicon.eventVerbKinds.contains(String(parts[1])) else {
                    throw LexiconError(path: path, line: index + 1, message: "[event-verbs] takes verb=kind, the kind one of "
                        + Lexicon.eventVerbKinds.sorted().joined(separator: ", ") + "; got \(line)")
                }
            }
            sections[section, default: []].append(line)
        }
    }

    /// Reads a user lexicon file and merges it into the standard one.
    public static func withUserFile(_ path: String) throws(LexiconError) -> Lexicon {
        guard let data = FileManager.default.contents(atPath: path) else { throw LexiconError(path: path, line: nil, message: "cannot read the file") }
        guard let text = String(data: data, encoding: .utf8) else { throw LexiconError(path: path, line: nil, message: "not UTF-8 text") }
        var lexicon = standard
        try lexicon.merge(text: text, path: path)
        return lexicon
    }

    public func entries(_ section: String) -> [String] { sections[section] ?? [] }

    /// The entries of a section the rules read: a name missing from ``sectionNames``
    /// (misspelt in the code) stops a debug build — a test — instead of reading an empty
    /// list; release builds skip the check.
    func section(_ name: String) -> [String] {
        assert(Lexicon.sectionNames.contains(name), "the code reads a lexicon section [\(name)] that Lexicon.sectionNames does not know")
        return entries(name)
    }

    /// Entries of a section as scalar arrays, longest first (for longest-match).
    func words(_ section: String) -> [[UInt32]] {
        self.section(section).map { $0.unicodeScalars.map(\.value) }.sorted { $0.count > $1.count }
    }

    /// Entries of a section as a `WordList`, for matching in hot loops.
    func wordList(_ section: String) -> WordList { WordList(words(section)) }

    /// `key=value` entries of a section.
    func pairs(_ section: String) -> [(key: [UInt32], value: String)] {
        self.section(section).compactMap { entry in
            let parts = entry.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            return (String(parts[0]).unicodeScalars.map(\.value), String(parts[1]))
        }.sorted { $0.key.count > $1.key.count }
    }

    /// Single-character surnames (every character of every entry of `surnames`).
    var surnameScalars: Set<UInt32> {
        Set(entries("surnames").flatMap { $0.unicodeScalars.map(\.value) })
    }
}
