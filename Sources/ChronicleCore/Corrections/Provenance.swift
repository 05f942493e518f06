import OrderedCollections

/// Reading back what corrections left on a fact (`properties["correction"]`), for
/// exports and queries.
public enum Provenance {
    /// `set by 王秘书 2026-11-30: the report says 李四 chaired it`, or nil for a fact as
    /// extracted.
    public static func summary(_ properties: OrderedDictionary<String, JSONValue>) -> String? {
        guard case .object(let fields) = properties["correction"] else { return nil }
        func field(_ key: String) -> String? { fields.first { $0.key == key }.flatMap { if case .string(let v) = $0.value { v } else { nil } } }
        let who = [field("by"), field("at")].compactMap { $0 }.joined(separator: " ")
        return (field("operation") ?? "corrected") + (who.isEmpty ? "" : " by " + who) + (field("note").map { ": " + $0 } ?? "")
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
