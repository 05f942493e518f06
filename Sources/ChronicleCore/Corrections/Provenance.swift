import OrderedCollections

/// Reading back what corrections left on a fact (`properties["correction"]`), for
/// exports and queries.
public enum Provenance {
    /// What a correction recorded on a fact.
    public struct Mark: Sendable {
        public var operation: String
        public var by: String?
        public var at: String?
        public var note: String?
    }

    /// The correction recorded on a fact, or nil for a fact as extracted.
    public static func mark(_ properties: OrderedDictionary<String, JSONValue>) -> Mark? {
        guard case .object(let fields) = properties["correction"] else { return nil }
        func field(_ key: String) -> String? { fields.first { $0.key == key }.flatMap { if case .string(let v) = $0.value { v } else { nil } } }
        return Mark(operation: field("operation") ?? "corrected", by: field("by"), at: field("at"), note: field("note"))
    }

    /// `set by 王秘书 2026-11-30: the report says 李四 chaired it`, or nil for a fact as
    /// extracted.
    public static func summary(_ properties: OrderedDictionary<String, JSONValue>) -> String? {
        guard let mark = mark(properties) else { return nil }
        let who = [mark.by, mark.at].compactMap { $0 }.joined(separator: " ")
        return mark.operation + (who.isEmpty ? "" : " by " + who) + (mark.note.map { ": " + $0 } ?? "")
    }
}

extension Node {
    /// How an analyst corrected or added this node, when one did.
    public var correction: String? { Provenance.summary(properties) }
}

extension Edge {
    /// How an analyst corrected or added this edge, when one did.
    public var correction: String? { Provenance.summary(properties) }
}
