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

    /// `2020-01-26 上午`, `2020-02-10 – 2020-02-13`, or `日期不详` when undated.
    static func date(of node: Node) -> String {
        guard let date = node.date else { return "日期不详" }
        var text = date.iso
        if let end = node.endDate, end != date { text += " – " + end.iso }
        if let time = node.timeOfDay { text += " " + time.chinese }
        return text
    }
}
