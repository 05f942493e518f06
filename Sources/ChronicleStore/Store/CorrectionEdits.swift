import ChronicleCore
import Foundation
import GRDB

/// One correction at a time, for the web workspace: stored with its id (so that the
/// page can offer to undo it), and removed again.
extension GraphStore {
    /// Stores `correction` and applies it with the others, in one transaction; returns
    /// its id — the one it had when the same correction (operation, note, author, time)
    /// was stored before.
    public func storeCorrection(_ correction: Correction, extractor: Extractor, importedAt: String) throws(StoreError) -> Int64 {
        let yaml = CorrectionFile.yaml([Correction(correction.operation, note: correction.note, by: correction.by, at: correction.at)])
        do {
            return try pool.write { db -> Int64 in
                try db.execute(sql: "INSERT OR IGNORE INTO correction (yaml, imported_at) VALUES (?, ?)", arguments: [yaml, importedAt])
                if db.changesCount > 0 {
                    try Self.upgradeIfNeeded(db, extractor: extractor)
                    var merge = IncrementalMerge(db: db, lexicon: extractor.lexicon)
                    try Self.finish(&merge, db)
                }
                guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM correction WHERE yaml = ?", arguments: [yaml]) else {
                    throw StoreError.database(path: path, message: "the correction just stored is not in the store")
                }
                return id
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(path: path, message: "\(error)")
        }
    }

    /// Whether the graph readers see has this fact: a node by its id, an edge by its
    /// ends and relation.
    public func contains(_ fact: FactReference) throws(StoreError) -> Bool {
        do {
            return try pool.read { db in
                switch fact {
                case .node(let id):
                    try Bool.fetchOne(db, sql: "SELECT 1 FROM node WHERE id = ?", arguments: [id.rawValue]) ?? false
                case let .edge(source, relation, target):
                    try Bool.fetchOne(db, sql: "SELECT 1 FROM edge WHERE source = ? AND target = ? AND relation = ?",
                                      arguments: [source.rawValue, target.rawValue, relation.rawValue]) ?? false
                }
            }
        } catch {
            throw .database(path: path, message: "\(error)")
        }
    }

    /// The stored correction with this id, with its status at the last update; nil when
    /// there is none.
    public func correction(id: Int64) throws(StoreError) -> StoredCorrection? {
        try corrections().first { $0.id == id }
    }

    /// Removes the stored correction with this id and applies the others again, in one
    /// transaction: the fact it changed is back as extracted (or as the remaining
    /// corrections make it). Returns the removed correction; nil, changing nothing, when
    /// there is none with that id.
    @discardableResult
    public func removeCorrection(id: Int64, extractor: Extractor) throws(StoreError) -> Correction? {
        do {
            return try pool.write { db -> Correction? in
                guard let removed = try Self.storedCorrections(db).first(where: { $0.id == id }) else { return nil }
                try db.execute(sql: "DELETE FROM correction WHERE id = ?", arguments: [id])
                var merge = IncrementalMerge(db: db, lexicon: extractor.lexicon)
                try Self.finish(&merge, db, restoring: [removed.correction])
                return removed.correction
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(path: path, message: "\(error)")
        }
    }
}
