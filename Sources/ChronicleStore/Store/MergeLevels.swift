@_spi(Merge) import ChronicleCore
import Foundation
import GRDB

/// Step 7: levels of events whose chairs or agent changed.
extension IncrementalMerge {
    /// Levels of changed events and of events whose chairs' or agent's titles changed.
    mutating func recomputeLevels() throws {
        for id in agenda.changedEvents.union(agenda.levels).sorted() {
            guard let draft = try String.fetchOne(db.cachedStatement(sql: "SELECT draft FROM merged_node WHERE id = ?"), arguments: [id.rawValue]) else { continue }
            let event = try Self.node(draft, id: id)
            let level = try self.level(event)
            var node = MergeSPI.eventNode(event, level: level)
            node.evidence = []
            let json = Self.json(node)
            if !agenda.changedEvents.contains(id), try String.fetchOne(db.cachedStatement(sql: "SELECT json FROM merged_node WHERE id = ?"), arguments: [id.rawValue]) == json { continue }
            try db.cachedStatement(sql: "UPDATE merged_node SET json = ? WHERE id = ?").execute(arguments: [json, id.rawValue])
            try db.cachedStatement(sql: "UPDATE node SET level = ?, json = ? WHERE id = ?").execute(arguments: [level?.rawValue, json, id.rawValue])
        }
        agenda.changedEvents = []
        agenda.levels = []
    }

    /// The level as merging gives it: from the chairs the documents name (before any
    /// correction) and their titles.
    func level(_ event: Node) throws -> EventLevel? {
        let chairs = try String.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT source FROM part_edge WHERE target = ? AND relation = 'chairs' ORDER BY source"), arguments: [event.id.rawValue])
        var chairTitles: [String] = []
        for chair in chairs { chairTitles += try titles(of: NodeID(chair)) }
        let agentTitles = try MergeSPI.agent(of: event).map { try titles(of: NodeID("p-" + $0)) } ?? []
        return MergeSPI.level(of: event, chairTitles: chairTitles, agentTitles: agentTitles, lexicon: lexicon)
    }

    func titles(of person: NodeID) throws -> [String] {
        guard let json = try String.fetchOne(db.cachedStatement(sql: "SELECT json FROM merged_node WHERE id = ?"), arguments: [person.rawValue]) else { return [] }
        return try Self.node(json, id: person).titles
    }
}
