import ArgumentParser
import ChronicleKit
import Foundation

extension Chronicle {
    /// `chronicle query QUESTION …`: one subcommand per question, each taking what it
    /// needs (a name or text, or the timeline's filters).
    struct Query: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ask the store: measure, event, person, timeline, search.",
            discussion: """
                chronicle query measure 五严五防       the event that set it and those that reiterated it
                chronicle query event 政治局常委会      date, chair, attendees, measures, what it conveyed
                chronicle query person 楼阳生           dated titles and the events chaired, attended, spoken at
                chronicle query timeline [--from D] [--to D] [--level L] [--kind K]
                chronicle query search 分会场            evidence sentences containing the text
                Names match loosely; an unknown name prints the closest ones and exits 1.
                """,
            subcommands: [Measure.self, Event.self, Person.self, Timeline.self, Search.self])

        /// What every question takes: the store, and JSON or a table.
        struct Options: ParsableArguments {
            @Option(help: "The database file.")
            var db: String = "chronicle.sqlite"

            @Flag(help: "JSON for scripts instead of a table.")
            var json = false

            /// The store, or a clear error when there is none.
            func store() throws -> GraphStore {
                guard FileManager.default.fileExists(atPath: db) else {
                    throw StoreError.database(path: db, message: "no such database; run chronicle build first")
                }
                return try GraphStore(path: db)
            }
        }

        struct Measure: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "The event that set a measure and those that reiterated it.")
            @Argument(help: "The measure's name or id (五严五防).") var subject: String
            @OptionGroup var options: Options

            func run() throws {
                try reportingErrors {
                    let store = try options.store()
                    let json = options.json
                    let answer = try store.measure(subject)
                    if json {
                        Query.emit(.object([
                            ("measure", .string(answer.measure.label)), ("components", .array(answer.measure.components.map(JSONValue.string))),
                            (answer.firstSeen ? "first_seen" : "set_by", answer.setBy?.json ?? .null), ("reiterated_by", .array(answer.reiteratedBy.map(\.json))),
                        ]))
                    } else {
                        print("“\(answer.measure.label)”" + (answer.measure.components.isEmpty ? "" : "：" + answer.measure.components.joined(separator: "；")))
                        if let set = answer.setBy { print((answer.firstSeen ? "首见  " : "提出  ") + Query.row(set)) }
                        for event in answer.reiteratedBy { print("重申  " + Query.row(event)) }
                        if let correction = answer.measure.correction { print("  ✎ " + correction) }
                    }
                }
            }
        }

        struct Person: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "A person's dated titles and the events they chaired, attended or spoke at.")
            @Argument(help: "The person's name or id (楼阳生).") var subject: String
            @OptionGroup var options: Options

            func run() throws {
                try reportingErrors {
                    let store = try options.store()
                    let json = options.json
                    let answer = try store.person(subject)
                    if json {
                        Query.emit(.object([
                            ("person", .string(answer.person.label)), ("titles", .array(answer.person.titles.map(JSONValue.string))),
                            ("title_dates", .array(answer.person.titleDates.map { .object([("title", .string($0.title)), ("first", .string($0.first.iso)), ("last", .string($0.last.iso))]) })),
                            ("events", .array(answer.events.map { .object([("roles", .array($0.role.map { .string($0.rawValue) })), ("event", $0.event.json)]) })),
                        ]))
                    } else {
                        print(answer.person.label)
                        for line in answer.person.datedTitleList { print("  " + line) }
                        for (roles, event) in answer.events { print(roles.map(\.chinese).joined(separator: "、").padding(toLength: 6, withPad: "　", startingAt: 0) + " " + Query.row(event, evidence: false)) }
                        if let correction = answer.person.correction { print("  ✎ " + correction) }
                    }
                }
            }
        }

        struct Event: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "An event: date, chair, attendees, measures, what it conveyed, corrections.")
            @Argument(help: "The event's name or id (政治局常委会).") var subject: String
            @OptionGroup var options: Options

            func run() throws {
                try reportingErrors {
                    let store = try options.store()
                    let json = options.json
                    let answer = try store.eventWithCorrections(subject)
                    if json {
                        Query.emit(.object([
                            ("event", answer.event.json),
                            ("corrections", .array(answer.corrections.map(JSONValue.string))),
                            ("incoming", .array(answer.incoming.map { .object([("relation", .string($0.0.rawValue)), ("from", .string($0.1))]) })),
                            ("outgoing", .array(answer.outgoing.map { .object([("relation", .string($0.0.rawValue)), ("to", .string($0.1))]) })),
                        ]))
                    } else {
                        print(Query.row(answer.event))
                        for (relation, name) in answer.incoming { print("  ← \(relation.chinese)  \(name)") }
                        for (relation, name) in answer.outgoing { print("  → \(relation.chinese)  \(name)") }
                        for line in answer.corrections { print("  ✎ " + line) }
                    }
                }
            }
        }

        struct Timeline: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "The dated events, filtered by date, level and kind.")
            @OptionGroup var options: Options
            @Option(help: "From this date (YYYY-MM-DD, YYYY-MM or YYYY).") var from: String?
            @Option(help: "Up to this date.") var to: String?
            @Option(help: "central, ministry, province, municipal or institution.") var level: String?
            @Option(help: "meeting, video_conference, symposium, instruction, inspection, speech, notice or study.") var kind: String?

            func validate() throws {
                if let level, EventLevel(rawValue: level) == nil { throw ValidationError("unknown level \"\(level)\"") }
                if let kind, EventKind(rawValue: kind) == nil { throw ValidationError("unknown kind \"\(kind)\"") }
                for value in [from, to].compactMap({ $0 }) where CalendarDate(iso: value) == nil {
                    throw ValidationError("dates are YYYY-MM-DD, YYYY-MM or YYYY, not \"\(value)\"")
                }
            }
            func run() throws {
                try reportingErrors {
                    let store = try options.store()
                    let json = options.json
                    let events = try store.timeline(from: from.flatMap(CalendarDate.init(iso:)), to: to.flatMap(CalendarDate.init(iso:)),
                                                    level: level.flatMap(EventLevel.init(rawValue:)), kind: kind.flatMap(EventKind.init(rawValue:)))
                    if json { Query.emit(.array(events.map(\.json))) } else { for event in events { print(Query.row(event, evidence: false)) } }
                }
            }
        }

        struct Search: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "The evidence sentences containing a text, with the facts they state.")
            @Argument(help: "The text to find (分会场).") var subject: String
            @OptionGroup var options: Options

            func run() throws {
                try reportingErrors {
                    let store = try options.store()
                    let json = options.json
                    let hits = try store.search(subject)
                    if json {
                        Query.emit(.array(hits.map { .object([("sentence", .string($0.sentence)), ("facts", .array($0.facts.map(JSONValue.string)))]) }))
                    } else {
                        for hit in hits { print("· " + hit.sentence + "\n    " + hit.facts.prefix(6).joined(separator: "；")) }
                        if hits.isEmpty { throw StoreError.notFound(kind: "sentence", name: subject, suggestions: []) }
                    }
                }
            }
        }

        static func emit(_ value: JSONValue) { print(JSONWriter.string(value), terminator: "") }

        static func row(_ event: EventSummary, evidence: Bool = true) -> String {
            var text = (event.date ?? "????") + (event.endDate.map { "–" + $0 } ?? "")
            if let time = event.timeOfDay { text += " " + time.chinese }
            text += "  " + event.name
            if !event.chairs.isEmpty { text += "（主持：" + event.chairs.joined(separator: "、") + "）" }
            if evidence, let sentence = event.evidence { text += "\n      " + sentence }
            return text
        }
    }
}
