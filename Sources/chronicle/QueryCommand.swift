import ArgumentParser
import ChronicleKit
import Foundation

extension Chronicle {
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
                """)

        @Argument(help: "measure, event, person, timeline or search.")
        var question: String

        @Argument(help: "The name, id or text asked about (not for timeline).")
        var subject: String?

        @Option(help: "The database file.")
        var db: String = "chronicle.sqlite"

        @Flag(help: "JSON for scripts instead of a table.")
        var json = false

        @Option(help: "timeline: from this date.") var from: String?
        @Option(help: "timeline: up to this date.") var to: String?
        @Option(help: "timeline: central, ministry, province, municipal or institution.") var level: String?
        @Option(help: "timeline: meeting, video_conference, symposium, instruction, inspection, speech, notice or study.") var kind: String?

        func validate() throws {
            guard ["measure", "event", "person", "timeline", "search"].contains(question) else {
                throw ValidationError("ask one of: measure, event, person, timeline, search")
            }
            if question != "timeline", subject == nil { throw ValidationError("\(question) needs a name or text") }
            if let level, EventLevel(rawValue: level) == nil { throw ValidationError("unknown level \"\(level)\"") }
            if let kind, EventKind(rawValue: kind) == nil { throw ValidationError("unknown kind \"\(kind)\"") }
            for value in [from, to].compactMap({ $0 }) where CalendarDate(iso: value) == nil {
                throw ValidationError("dates are YYYY-MM-DD, YYYY-MM or YYYY, not \"\(value)\"")
            }
        }

        func run() throws {
            try reportingErrors {
                guard FileManager.default.fileExists(atPath: db) else {
                    throw StoreError.database(path: db, message: "no such database; run chronicle build first")
                }
                let store = try GraphStore(path: db)
                switch question {
                case "measure":
                    let answer = try store.measure(subject!)
                    if json {
                        emit(.object([
                            ("measure", .string(answer.measure.label)), ("components", .array(answer.measure.components.map(JSONValue.string))),
                            (answer.firstSeen ? "first_seen" : "set_by", answer.setBy?.json ?? .null), ("reiterated_by", .array(answer.reiteratedBy.map(\.json))),
                        ]))
                    } else {
                        print("“\(answer.measure.label)”" + (answer.measure.components.isEmpty ? "" : "：" + answer.measure.components.joined(separator: "；")))
                        if let set = answer.setBy { print((answer.firstSeen ? "首见  " : "提出  ") + row(set)) }
                        for event in answer.reiteratedBy { print("重申  " + row(event)) }
                        if let correction = answer.measure.correction { print("  ✎ " + correction) }
                    }
                case "person":
                    let answer = try store.person(subject!)
                    if json {
                        emit(.object([
                            ("person", .string(answer.person.label)), ("titles", .array(answer.person.titles.map(JSONValue.string))),
                            ("title_dates", .array(answer.person.titleDates.map { .object([("title", .string($0.title)), ("first", .string($0.first.iso)), ("last", .string($0.last.iso))]) })),
                            ("events", .array(answer.events.map { .object([("roles", .array($0.role.map { .string($0.rawValue) })), ("event", $0.event.json)]) })),
                        ]))
                    } else {
                        print(answer.person.label)
                        for line in answer.person.datedTitleList { print("  " + line) }
                        for (roles, event) in answer.events { print(roles.map(\.chinese).joined(separator: "、").padding(toLength: 6, withPad: "　", startingAt: 0) + " " + row(event, evidence: false)) }
                        if let correction = answer.person.correction { print("  ✎ " + correction) }
                    }
                case "event":
                    let answer = try store.eventWithCorrections(subject!)
                    if json {
                        emit(.object([
                            ("event", answer.event.json),
                            ("corrections", .array(answer.corrections.map(JSONValue.string))),
                            ("incoming", .array(answer.incoming.map { .object([("relation", .string($0.0.rawValue)), ("from", .string($0.1))]) })),
                            ("outgoing", .array(answer.outgoing.map { .object([("relation", .string($0.0.rawValue)), ("to", .string($0.1))]) })),
                        ]))
                    } else {
                        print(row(answer.event))
                        for (relation, name) in answer.incoming { print("  ← \(relation.chinese)  \(name)") }
                        for (relation, name) in answer.outgoing { print("  → \(relation.chinese)  \(name)") }
                        for line in answer.corrections { print("  ✎ " + line) }
                    }
                case "timeline":
                    let events = try store.timeline(from: from.flatMap(CalendarDate.init(iso:)), to: to.flatMap(CalendarDate.init(iso:)),
                                                    level: level.flatMap(EventLevel.init(rawValue:)), kind: kind.flatMap(EventKind.init(rawValue:)))
                    if json { emit(.array(events.map(\.json))) } else { for event in events { print(row(event, evidence: false)) } }
                default:
                    let hits = try store.search(subject!)
                    if json {
                        emit(.array(hits.map { .object([("sentence", .string($0.sentence)), ("facts", .array($0.facts.map(JSONValue.string)))]) }))
                    } else {
                        for hit in hits { print("· " + hit.sentence + "\n    " + hit.facts.prefix(6).joined(separator: "；")) }
                        if hits.isEmpty { throw StoreError.notFound(kind: "sentence", name: subject!, suggestions: []) }
                    }
                }
            }
        }

        func emit(_ value: JSONValue) { print(JSONWriter.string(value), terminator: "") }

        func row(_ event: EventSummary, evidence: Bool = true) -> String {
            var text = (event.date ?? "????") + (event.endDate.map { "–" + $0 } ?? "")
            if let time = event.timeOfDay { text += " " + time.chinese }
            text += "  " + event.name
            if !event.chairs.isEmpty { text += "（主持：" + event.chairs.joined(separator: "、") + "）" }
            if evidence, let sentence = event.evidence { text += "\n      " + sentence }
            return text
        }
    }
}
