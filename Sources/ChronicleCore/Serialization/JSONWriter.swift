/// Writes a ``JSONValue`` as UTF-8 text: members in their stored order, two-space
/// indentation, Chinese and other non-ASCII text unescaped.
public enum JSONWriter {
    /// The JSON text of `value`, ending with a newline when `pretty`.
    public static func string(_ value: JSONValue, pretty: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(4096)
        write(value, into: &out, indent: 0, pretty: pretty)
        if pretty { out += "\n" }
        return out
    }

    /// Appends `value` as it would appear nested `indent` levels deep in a pretty
    /// document (for writers that stream a large document piece by piece).
    public static func append(_ value: JSONValue, to out: inout String, indent: Int) {
        write(value, into: &out, indent: indent, pretty: true)
    }

    /// Appends a JSON string literal.
    public static func appendString(_ text: String, to out: inout String) {
        writeString(text, into: &out)
    }

    private static func newline(_ out: inout String, _ indent: Int, _ pretty: Bool) {
        guard pretty else { return }
        out += "\n"
        out += String(repeating: "  ", count: indent)
    }

    private static func write(_ value: JSONValue, into out: inout String, indent: Int, pretty: Bool) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += format(n)
        case .string(let s): writeString(s, into: &out)
        case .array(let elements):
            if elements.isEmpty {
                out += "[]"
                return
            }
            // Arrays of scalars stay on one line: easier to read and to diff.
            let flat = elements.allSatisfy {
                switch $0 {
                case .array, .object: false
                default: true
                }
            }
            out += "["
            for (i, element) in elements.enumerated() {
                if i > 0 { out += flat && pretty ? ", " : "," }
                if !flat { newline(&out, indent + 1, pretty) }
                write(element, into: &out, indent: indent + 1, pretty: pretty)
            }
            if !flat { newline(&out, indent, pretty) }
            out += "]"
        case .object(let members):
            if members.isEmpty {
                out += "{}"
                return
            }
            out += "{"
            for (i, member) in members.enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent + 1, pretty)
                writeString(member.key, into: &out)
                out += pretty ? ": " : ":"
                write(member.value, into: &out, indent: indent + 1, pretty: pretty)
            }
            newline(&out, indent, pretty)
            out += "}"
        }
    }

    static func format(_ n: Double) -> String {
        if n.isFinite, n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return n.isFinite ? "\(n)" : "null"
    }

    static func writeString(_ s: String, into out: inout String) {
        out += "\""
        // Runs that need no escape are copied whole; only the escapes are written one
        // by one (appending scalar by scalar was half of `extract` on a large graph).
        let utf8 = s.utf8
        var runStart = utf8.startIndex
        var i = runStart
        while i != utf8.endIndex {
            let b = utf8[i]
            var escape: String?
            var length = 1
            switch b {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0..<0x20: escape = "\\u" + hex4(Int(b))
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8 / E2 80 A9): valid JSON, not valid JavaScript.
                let second = utf8.index(after: i)
                if second != utf8.endIndex, utf8[second] == 0x80 {
                    let third = utf8.index(after: second)
                    if third != utf8.endIndex, utf8[third] == 0xA8 || utf8[third] == 0xA9 {
                        escape = utf8[third] == 0xA8 ? "\\u2028" : "\\u2029"
                        length = 3
                    }
                }
            default: break
            }
            if let escape {
                out += s[runStart..<i]
                out += escape
                i = utf8.index(i, offsetBy: length)
                runStart = i
            } else {
                i = utf8.index(after: i)
            }
        }
        out += s[runStart..<utf8.endIndex]
        out += "\""
    }
}
