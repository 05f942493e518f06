import ChronicleCore
import OrderedCollections

/// How pictures show analysts' corrections: a fact that was corrected or added by an
/// analyst is drawn in the correction color (a darker outline, or a dotted arrow) and
/// its hover text starts with who corrected it and their note.
enum CorrectionMark {
    static let color = "#6c3483"

    /// `✎ 王秘书（set，2026-11-30）：note`, or nil for an extracted fact.
    static func note(_ properties: OrderedDictionary<String, JSONValue>) -> String? {
        guard let mark = Provenance.mark(properties) else { return nil }
        let detail = [mark.operation, mark.at].compactMap { $0 }.joined(separator: "，")
        return "✎ " + (mark.by ?? "analyst") + "（\(detail)）" + (mark.note.map { "：" + $0 } ?? "")
    }

    /// The hover text: the correction note, then the evidence sentence.
    static func tooltip(_ properties: OrderedDictionary<String, JSONValue>, evidence: String, limit: Int) -> String {
        guard let mark = note(properties) else { return LabelText.truncate(evidence, to: limit) }
        // An analyst's fact has their note as its evidence: said once.
        if let text = Provenance.mark(properties)?.note, evidence.hasPrefix(text) { return LabelText.truncate(mark, to: limit) }
        return LabelText.truncate(mark + "\n" + evidence, to: limit)
    }

    /// Marks a node's or an edge's attributes when the fact was corrected.
    static func apply(_ properties: OrderedDictionary<String, JSONValue>, to attributes: inout DOTDocument.Attributes, isEdge: Bool) {
        guard note(properties) != nil else { return }
        attributes["color"] = .text(color)
        attributes["penwidth"] = "2.2"
        if isEdge { attributes["style"] = "dotted" }
    }
}
