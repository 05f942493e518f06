import ChronicleCore
/// GraphML: node and edge attributes as typed `<key>`s (read by Gephi, yEd, networkx).
public enum GraphMLExporter {
    static let nodeKeys: [(id: String, name: String)] = [
        ("label", "label"), ("type", "type"), ("kind", "kind"), ("level", "level"), ("date", "date"),
        ("end_date", "end_date"), ("time_of_day", "time_of_day"), ("aliases", "aliases"), ("titles", "titles"),
        ("components", "components"), ("category", "category"), ("evidence", "evidence"), ("corrected", "corrected"),
    ]

    public static func string(_ graph: Graph) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        for key in nodeKeys {
            out += "  <key id=\"n_\(key.id)\" for=\"node\" attr.name=\"\(key.name)\" attr.type=\"string\"/>\n"
        }
        out += "  <key id=\"e_relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
        out += "  <key id=\"e_evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>\n"
        out += "  <key id=\"e_corrected\" for=\"edge\" attr.name=\"corrected\" attr.type=\"string\"/>\n"
        out += "  <graph id=\"chronicle\" edgedefault=\"directed\">\n"
        for node in graph.nodes.values {
            out += "    <node id=\"\(Escape.xml(node.id.rawValue))\">\n"
            let values: [String: String?] = [
                "label": node.label, "type": node.type.rawValue, "kind": node.kind?.rawValue, "level": node.level?.rawValue,
                "date": node.date?.iso, "end_date": node.endDate?.iso, "time_of_day": node.timeOfDay?.rawValue,
                "aliases": node.aliases.isEmpty ? nil : node.aliases.joined(separator: "；"),
                "titles": node.titles.isEmpty ? nil : node.titles.joined(separator: "；"),
                "components": node.components.isEmpty ? nil : node.components.joined(separator: "；"),
                "category": node.category, "evidence": node.evidence.first?.text, "corrected": node.correction,
            ]
            for key in nodeKeys {
                if let value = values[key.id] ?? nil { out += "      <data key=\"n_\(key.id)\">\(Escape.xml(value))</data>\n" }
            }
            out += "    </node>\n"
        }
        for (index, edge) in graph.edges.enumerated() {
            out += "    <edge id=\"e\(index)\" source=\"\(Escape.xml(edge.source.rawValue))\" target=\"\(Escape.xml(edge.target.rawValue))\">\n"
            out += "      <data key=\"e_relation\">\(edge.relation.rawValue)</data>\n"
            if let evidence = edge.evidence.first { out += "      <data key=\"e_evidence\">\(Escape.xml(evidence.text))</data>\n" }
            if let corrected = edge.correction { out += "      <data key=\"e_corrected\">\(Escape.xml(corrected))</data>\n" }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}
