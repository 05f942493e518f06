import ChronicleCore
import Foundation

/// RDF in Turtle and JSON-LD. schema.org where it fits — Event, Person, Organization,
/// Place, CreativeWork; name, startDate, endDate, organizer, attendee, location,
/// jobTitle, alternateName — and Chronicle's vocabulary (`chr:`) for the rest:
/// chairs, speaksAt, conveys, sets, firstSeen, reiterates, adopts, level, kind, timeOfDay,
/// category, component, evidence (with text, offset, length, document).
public enum RDFExporter {
    public static let vocabulary = "https://w3id.org/chronicle/vocab#"
    public static let nodeBase = "urn:chronicle:node:"

    static func iri(_ id: NodeID) -> String {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        return nodeBase + (id.rawValue.addingPercentEncoding(withAllowedCharacters: allowed) ?? id.rawValue)
    }

    static func schemaClass(_ type: NodeType) -> String {
        switch type {
        case .event: "schema:Event"
        case .person: "schema:Person"
        case .organization: "schema:Organization"
        case .place: "schema:Place"
        case .document: "schema:CreativeWork"
        case .measure: "chr:Measure"
        }
    }

    /// schema.org's term for a relation, where there is one; else Chronicle's.
    static func predicate(_ relation: Relation) -> (String, reversed: Bool) {
        switch relation {
        case .attends: ("schema:attendee", true)
        case .organizes: ("schema:organizer", true)
        case .locatedIn: ("schema:location", false)
        case .chairs: ("chr:chairs", false)
        case .speaksAt: ("chr:speaksAt", false)
        case .conveys: ("chr:conveys", false)
        case .sets: ("chr:sets", false)
        case .firstSeen: ("chr:firstSeen", false)
        case .reiterates: ("chr:reiterates", false)
        case .adopts: ("chr:adopts", false)
        case .holdsTitle: ("chr:holdsTitle", false)
        }
    }

    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: if scalar.value < 0x20 { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\"@zh"
    }

    static func date(_ date: CalendarDate) -> String {
        switch date.granularity {
        case .day: "\"\(date.iso)\"^^xsd:date"
        case .month: "\"\(date.iso)\"^^xsd:gYearMonth"
        case .year: "\"\(date.iso)\"^^xsd:gYear"
        }
    }

    public static func turtle(_ graph: Graph) -> String {
        var out = """
            @prefix schema: <https://schema.org/> .
            @prefix chr: <\(vocabulary)> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .

            """
        for node in graph.nodes.values {
            var props = ["a \(schemaClass(node.type))", "schema:name \(literal(node.label))", "chr:id \(literal(node.id.rawValue))"]
            if let d = node.date { props.append("schema:startDate \(date(d))") }
            if let d = node.endDate { props.append("schema:endDate \(date(d))") }
            if let kind = node.kind { props.append("chr:kind \"\(kind.rawValue)\"") }
            if let level = node.level { props.append("chr:level \"\(level.rawValue)\"") }
            if let time = node.timeOfDay { props.append("chr:timeOfDay \"\(time.rawValue)\"") }
            if let category = node.category { props.append("chr:category \"\(category)\"") }
            for alias in node.aliases { props.append("schema:alternateName \(literal(alias))") }
            for title in node.titles { props.append("schema:jobTitle \(literal(title))") }
            for component in node.components { props.append("chr:component \(literal(component))") }
            for evidence in node.evidence.prefix(20) { props.append("chr:evidence " + evidenceNode(evidence)) }
            if let corrected = node.correction { props.append("chr:corrected \(literal(corrected))") }
            out += "<\(iri(node.id))>\n    " + props.joined(separator: " ;\n    ") + " .\n\n"
        }
        for edge in graph.edges {
            let (term, reversed) = predicate(edge.relation)
            let (subject, object) = reversed ? (edge.target, edge.source) : (edge.source, edge.target)
            out += "<\(iri(subject))> \(term) <\(iri(object))> .\n"
            // A corrected or analyst-added edge says so, as a statement about the triple.
            if let corrected = edge.correction {
                out += "[] a rdf:Statement ; rdf:subject <\(iri(subject))> ; rdf:predicate \(term) ; rdf:object <\(iri(object))> ; chr:corrected \(literal(corrected)) .\n"
            }
        }
        return out
    }

    static func evidenceNode(_ evidence: Evidence) -> String {
        "[ chr:document \"\(evidence.document.rawValue)\" ; chr:offset \(evidence.offset) ; chr:length \(evidence.length) ; chr:text \(literal(evidence.text)) ]"
    }

    public static func jsonLD(_ graph: Graph) -> String {
        let context: JSONValue = .object([
            ("schema", .string("https://schema.org/")), ("chr", .string(vocabulary)),
            ("xsd", .string("http://www.w3.org/2001/XMLSchema#")),
        ])
        var items: [JSONValue] = []
        var outgoing: [NodeID: [(String, NodeID)]] = [:]
        for edge in graph.edges {
            let (term, reversed) = predicate(edge.relation)
            let (subject, object) = reversed ? (edge.target, edge.source) : (edge.source, edge.target)
            outgoing[subject, default: []].append((term, object))
        }
        for node in graph.nodes.values {
            var members: [(key: String, value: JSONValue)] = [
                ("@id", .string(iri(node.id))), ("@type", .string(schemaClass(node.type))),
                ("schema:name", .object([("@value", .string(node.label)), ("@language", .string("zh"))])),
                ("chr:id", .string(node.id.rawValue)),
            ]
            func typed(_ d: CalendarDate) -> JSONValue {
                let type = d.granularity == .day ? "xsd:date" : (d.granularity == .month ? "xsd:gYearMonth" : "xsd:gYear")
                return .object([("@value", .string(d.iso)), ("@type", .string(type))])
            }
            if let d = node.date { members.append(("schema:startDate", typed(d))) }
            if let d = node.endDate { members.append(("schema:endDate", typed(d))) }
            if let kind = node.kind { members.append(("chr:kind", .string(kind.rawValue))) }
            if let level = node.level { members.append(("chr:level", .string(level.rawValue))) }
            if let time = node.timeOfDay { members.append(("chr:timeOfDay", .string(time.rawValue))) }
            if !node.aliases.isEmpty { members.append(("schema:alternateName", .array(node.aliases.map(JSONValue.string)))) }
            if !node.titles.isEmpty { members.append(("schema:jobTitle", .array(node.titles.map(JSONValue.string)))) }
            if !node.components.isEmpty { members.append(("chr:component", .array(node.components.map(JSONValue.string)))) }
            members.append(("chr:evidence", .array(node.evidence.prefix(20).map { e in
                .object([("chr:document", .string(e.document.rawValue)), ("chr:offset", .number(Double(e.offset))),
                         ("chr:length", .number(Double(e.length))), ("chr:text", .string(e.text))])
            })))
            var byTerm: [(String, [JSONValue])] = []
            for (term, object) in outgoing[node.id] ?? [] {
                if let i = byTerm.firstIndex(where: { $0.0 == term }) { byTerm[i].1.append(.object([("@id", .string(iri(object)))])) } else { byTerm.append((term, [.object([("@id", .string(iri(object)))])])) }
            }
            for (term, objects) in byTerm { members.append((term, .array(objects))) }
            items.append(.object(members))
        }
        return JSONWriter.string(.object([("@context", context), ("@graph", .array(items))]))
    }
}
