/// XML escaping shared by the exporters and DOT's HTML-like labels.
/// Escaping shared by the writers of XML, DOT, JSON and the export formats.
public enum Escape {
    public static func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // XML 1.0 forbids most control characters.
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { out += " " } else if scalar.value == 0xFFFE || scalar.value == 0xFFFF { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
