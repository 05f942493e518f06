import ChronicleCore
/// Helpers that turn graph values into short, slide-friendly label text.
enum LabelText {
    /// At most `limit` characters, with an ellipsis when cut. Works on grapheme
    /// clusters, so a label is never cut inside a character.
    static func truncate(_ text: String, to limit: Int) -> String {
        guard text.count > limit, limit > 1 else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }

    /// Breaks a long CJK label into lines of at most `width` characters.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard text.count > width, width > 0 else { return [text] }
        var lines: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if current.count == width {
                lines.append(current)
                current = ""
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Breaks a label into lines at most `ems` wide, counting ideographs and full-width
    /// forms as one em and other characters (digits, Latin) as about half, so that
    /// `2020年` is not split like four ideographs.
    static func wrap(_ text: String, ems: Double) -> [String] {
        var lines: [String] = []
        var current = "", width = 0.0
        for character in text {
            let w = (character.unicodeScalars.first?.value ?? 0) < 0x2E80 ? 0.56 : 1.0
            if width + w > ems + 1e-9, !current.isEmpty {
                lines.append(current)
                current = ""
                width = 0
            }
            current.append(character)
            width += w
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [text] : lines
    }

    /// `2020-01-26 上午`, `2020-02-10 – 2020-02-13`, or `日期不详` when undated.
    static func date(of node: Node) -> String {
        guard let date = node.date else { return "日期不详" }
        var text = date.iso
        if let end = node.endDate, end != date { text += " – " + end.iso }
        if let time = node.timeOfDay { text += " " + time.chinese }
        return text
    }
}
