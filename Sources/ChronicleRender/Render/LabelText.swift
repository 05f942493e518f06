import ChronicleCore
/// Helpers that turn graph values into short, slide-friendly label text.
enum LabelText {
    /// At most `limit` characters, with an ellipsis when cut. Works on grapheme
    /// clusters, so a label is never cut inside a character.
    static func truncate(_ text: String, to limit: Int) -> String {
        guard text.count > limit, limit > 1 else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }

    /// Breaks a label into lines of at most `width` ideographs, between words
    /// (``PhraseWrap``).
    static func wrap(_ text: String, width: Int) -> [String] {
        wrap(text, ems: Double(width))
    }

    /// Breaks a label into lines at most `ems` wide, counting ideographs and full-width
    /// forms as one em and other characters (digits, Latin) as about half, between
    /// words (``PhraseWrap``): `省委常委会 / 会议`, never `省委常 / 委会会 / 议`.
    static func wrap(_ text: String, ems: Double) -> [String] {
        PhraseWrap.wrap(text, ems: ems)
    }

    /// The short form of a meeting name, as official texts themselves abbreviate: the
    /// first of two joined meetings (`A暨B` → `A`), and the standard short names of
    /// bodies (`中共中央政治局常务委员会` → `中央政治局常委会`, `常务委员会` → `常委会`,
    /// `工作领导小组` → `领导小组`).
    static func abbreviated(_ name: String) -> String {
        var name = name
        if let cut = name.range(of: "暨"), name.distance(from: name.startIndex, to: cut.lowerBound) >= 4 {
            name = String(name[..<cut.lowerBound])
        }
        for (long, short) in abbreviations { name = name.replacingOccurrences(of: long, with: short) }
        return name
    }

    static let abbreviations = [
        ("中共中央政治局", "中央政治局"), ("常务委员会会议", "常委会会议"), ("常务委员会", "常委会"),
        ("工作领导小组", "领导小组"), ("中国共产党", "中共"),
    ]

    /// `2020-01-26 上午`, `2020-02-10 – 2020-02-13`, or `日期不详` when undated.
    static func date(of node: Node) -> String { node.whenText }
}

extension Node {
    /// When an event took place, as pictures and pages write it: `2020-01-26 上午`,
    /// `2020-02-10 – 2020-02-13`, or `日期不详` when undated.
    public var whenText: String {
        guard let date else { return "日期不详" }
        var text = date.iso
        if let endDate, endDate != date { text += " – " + endDate.iso }
        if let timeOfDay { text += " " + timeOfDay.chinese }
        return text
    }
}
