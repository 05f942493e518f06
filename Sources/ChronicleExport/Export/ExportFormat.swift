import ChronicleCore
/// The file formats `chronicle export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// JSON Graph Format, the contract of docs/graph-json.md.
    case json
    /// GraphML, read by Gephi, yEd and networkx.
    case graphml
    /// RDF Turtle with schema.org terms and Chronicle's own vocabulary.
    case turtle
    /// JSON-LD with the same terms.
    case jsonld
    /// A Cypher script for Neo4j.
    case cypher
    /// Node and relationship CSV files in the layout `neo4j-admin database import` reads.
    case csv
    /// iCalendar, one entry per event dated to the day.
    case ics
    /// A Mermaid timeline for Markdown documents.
    case mermaid
    /// A self-contained HTML report: timeline, event table with evidence, measures.
    case html

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .json: "json"
        case .graphml: "graphml"
        case .turtle: "ttl"
        case .jsonld: "jsonld"
        case .cypher: "cypher"
        case .csv: "csv"
        case .ics: "ics"
        case .mermaid: "mmd"
        case .html: "html"
        }
    }
}

