import ChronicleCore
/// Writes a ``DOTDocument`` as DOT text. Every id and every value is quoted, so ids
/// such as `1949年` or `e-2020-01-26` and labels with `"`, `\`, newlines or `<>` all
/// survive Graphviz's parser unchanged.
public enum DOTWriter {
    public static func string(_ document: DOTDocument) -> String {
        var out = document.directed ? "digraph " : "graph "
        out += quote(document.name) + " {\n"
        writeAttributes("graph", document.graphAttributes, into: &out, indent: "  ")
        writeAttributes("node", document.nodeDefaults, into: &out, indent: "  ")
        writeAttributes("edge", document.edgeDefaults, into: &out, indent: "  ")
        for statement in document.statements {
            write(statement, directed: document.directed, into: &out, indent: "  ")
        }
        out += "}\n"
        return out
    }

    private static func writeAttributes(_ kind: String, _ attributes: DOTDocument.Attributes, into out: inout String, indent: String) {
        guard !attributes.isEmpty else { return }
        out += indent + kind + " " + list(attributes) + ";\n"
    }

    private static func list(_ attributes: DOTDocument.Attributes) -> String {
        "[" + attributes.map { key, value in quote(key) + "=" + render(value) }.joined(separator: ", ") + "]"
    }

    private static func render(_ value: DOTValue) -> String {
        switch value {
        case .text(let text): quote(text)
        case .html(let html): "<" + html + ">"
        }
    }

    private static func write(_ statement: DOTStatement, directed: Bool, into out: inout String, indent: String) {
        switch statement {
        case let .node(id, attributes):
            out += indent + quote(id)
            if !attributes.isEmpty { out += " " + list(attributes) }
            out += ";\n"
        case let .edge(from, to, attributes):
            out += indent + quote(from) + (directed ? " -> " : " -- ") + quote(to)
            if !attributes.isEmpty { out += " " + list(attributes) }
            out += ";\n"
        case let .subgraph(name, attributes, statements):
            out += indent + "subgraph " + quote(name) + " {\n"
            let inner = indent + "  "
            for (key, value) in attributes { out += inner + quote(key) + "=" + render(value) + ";\n" }
            for child in statements { write(child, directed: directed, into: &out, indent: inner) }
            out += indent + "}\n"
        case let .sameRank(ids):
            out += indent + "{ rank=same; " + ids.map { quote($0) + ";" }.joined(separator: " ") + " }\n"
        }
    }

    /// A DOT double-quoted string. Backslashes are doubled so that Graphviz does not
    /// read `\n`, `\l` or `\N` escapes into user text; newlines become the centred line
    /// break `\n`; carriage returns are dropped.
    public static func quote(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": continue
            default:
                // Other control characters are not valid in Graphviz input.
                if scalar.value < 0x20 && scalar != "\t" { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// Escapes text for use inside an HTML-like label; newlines become `<br/>`.
    public static func escapeHTML(_ text: String) -> String {
        Escape.xml(text).replacingOccurrences(of: "\n", with: "<br/>").replacingOccurrences(of: "\t", with: " ")
    }
}
