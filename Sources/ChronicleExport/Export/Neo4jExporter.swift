import ChronicleCore
/// Neo4j: a Cypher script, and CSV files for `neo4j-admin database import`.
public enum Neo4jExporter {
    static func label(_ type: NodeType) -> String {
        switch type {
        case .event: "Event"
        case .person: "Person"
        case .organization: "Organization"
        case .measure: "Measure"
        case .document: "Document"
        case .place: "Place"
        }
    }

    static func cypherString(_ text: String) -> String {
        var out = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "'": out += "\\'"
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: if scalar.value < 0x20 { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "'"
    }

    /// MERGE per node (by id) and per relationship: running the script twice changes nothing.
    public static func cypher(_ graph: Graph) -> String {
        var out = "// Chronicle event graph. Run with cypher-shell; MERGE makes it idempotent.\n"
        for type in NodeType.allCases { out += "CREATE CONSTRAINT IF NOT EXISTS FOR (n:\(label(type))) REQUIRE n.id IS UNIQUE;\n" }
        for node in graph.nodes.values {
            var props = ["n.name = \(cypherString(node.label))"]
            if let d = node.date { props.append("n.date = \(cypherString(d.iso))") }
            if let d = node.endDate { props.append("n.end_date = \(cypherString(d.iso))") }
            if let k = node.kind { props.append("n.kind = \(cypherString(k.rawValue))") }
            if let l = node.level { props.append("n.level = \(cypherString(l.rawValue))") }
            if let t = node.timeOfDay { props.append("n.time_of_day = \(cypherString(t.rawValue))") }
            if !node.titles.isEmpty { props.append("n.titles = [" + node.titles.map(cypherString).joined(separator: ", ") + "]") }
            if let e = node.evidence.first { props.append("n.evidence = \(cypherString(e.text))") }
            if let corrected = node.correction { props.append("n.corrected = \(cypherString(corrected))") }
            out += "MERGE (n:\(label(node.type)) {id: \(cypherString(node.id.rawValue))}) SET " + props.joined(separator: ", ") + ";\n"
        }
        for edge in graph.edges {
            guard let s = graph[edge.source], let t = graph[edge.target] else { continue }
            out += "MATCH (a:\(label(s.type)) {id: \(cypherString(edge.source.rawValue))}), (b:\(label(t.type)) {id: \(cypherString(edge.target.rawValue))}) "
            out += "MERGE (a)-[r:\(edge.relation.rawValue.uppercased())]->(b)"
            if let e = edge.evidence.first { out += " SET r.evidence = \(cypherString(e.text))" }
            if let corrected = edge.correction { out += (edge.evidence.isEmpty ? " SET " : ", ") + "r.corrected = \(cypherString(corrected))" }
            out += ";\n"
        }
        return out
    }

    static func csvField(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `nodes.csv` and `relationships.csv` with neo4j-admin import headers.
    public static func csv(_ graph: Graph) -> (nodes: String, relationships: String) {
        var nodes = "id:ID,name,:LABEL,date,end_date,kind,level,time_of_day,titles:string[],evidence,corrected\n"
        for node in graph.nodes.values {
            let fields = [
                node.id.rawValue, node.label, label(node.type), node.date?.iso ?? "", node.endDate?.iso ?? "",
                node.kind?.rawValue ?? "", node.level?.rawValue ?? "", node.timeOfDay?.rawValue ?? "",
                node.titles.joined(separator: ";"), node.evidence.first?.text ?? "", node.correction ?? "",
            ]
            nodes += fields.map(csvField).joined(separator: ",") + "\n"
        }
        var relationships = ":START_ID,:END_ID,:TYPE,evidence,corrected\n"
        for edge in graph.edges {
            relationships += [edge.source.rawValue, edge.target.rawValue, edge.relation.rawValue.uppercased(), edge.evidence.first?.text ?? "", edge.correction ?? ""]
                .map(csvField).joined(separator: ",") + "\n"
        }
        return (nodes, relationships)
    }
}
