import OrderedCollections

/// One ``DocumentGraph`` as one line of JSON (JSON Lines): what `chronicle extract
/// --jsonl` writes per input document and `chronicle merge` / `build --from-jsonl` read.
///
/// ```
/// {"chronicle": "document-graph/1",
///  "document": {"id": "d…", "path": "…", "date": "2020-02-09", "hash": "…"},
///  "events": {id: node, …}, "nodes": {id: node, …}, "edges": [edge, …],
///  "statements": [{"measure", "event", "quotes_earlier", "evidence"}, …],
///  "references": [{"source", "kind", "text", "date", "rule", "evidence"}, …]}
/// ```
/// Nodes, edges and evidence are written as in the graph JSON contract (docs/graph-json.md).
public enum DocumentGraphJSON {
    public static let format = "document-graph/1"

    /// The document graph as one line (no newline inside, none at the end).
    public static func line(_ graph: DocumentGraph, contentHash: String? = nil) -> String {
        var document = GraphJSON.encode(graph.document)
        if let contentHash, case .object(var members) = document {
            members.append(("hash", .string(contentHash)))
            document = .object(members)
        }
        let value: JSONValue = .object([
            ("chronicle", .string(format)),
            ("document", document),
            ("events", .object(graph.events.map { ($0.id.rawValue, GraphJSON.encode($0)) })),
            ("nodes", .object(graph.nodes.map { ($0.id.rawValue, GraphJSON.encode($0)) })),
            ("edges", .array(graph.edges.map(GraphJSON.encode))),
            ("statements", .array(graph.statements.map { statement in
                .object([
                    ("measure", .string(statement.measure.rawValue)), ("event", .string(statement.event.rawValue)),
                    ("quotes_earlier", .bool(statement.quotesEarlier)), ("evidence", GraphJSON.encode(statement.evidence)),
                ])
            })),
            ("references", .array(graph.references.map { reference in
                .object([
                    ("source", .string(reference.source.rawValue)), ("kind", .string(reference.kind.rawValue)),
                    ("text", .string(reference.text)), ("date", reference.date.map { .string($0.iso) } ?? .null),
                    ("rule", .string(reference.rule)), ("evidence", GraphJSON.encode(reference.evidence)),
                ])
            })),
        ])
        return JSONWriter.string(value, pretty: false)
    }

    /// Reads one line; `path` and `line` name it in errors.
    public static func decode(_ text: String, path: String, line: Int) throws(GraphJSONError) -> (graph: DocumentGraph, contentHash: String?) {
        let where_ = "\(path):\(line)"
        let value: JSONValue
        do {
            value = try JSONParser.parse(Array(text.utf8))
        } catch {
            throw .syntax(path: where_, line: error.line, column: error.column, message: error.message)
        }
        do {
            return try decode(value)
        } catch {
            throw .contract(path: where_, at: error.at, message: error.message)
        }
    }

    static func decode(_ value: JSONValue) throws(GraphJSON.ContractError) -> (graph: DocumentGraph, contentHash: String?) {
        let root = GraphJSON.Cursor(value: value, path: "$")
        let format = try root.member("chronicle")
        guard try format.string() == Self.format else {
            throw format.fail("not a Chronicle document graph (expected \"\(Self.format)\")")
        }
        let doc = try root.member("document")
        let info = DocumentInfo(
            id: DocumentID(try doc.member("id").string()), path: try doc.optionalMember("path")?.string() ?? "",
            date: try doc.optionalMember("date")?.date(), properties: GraphJSON.extras(doc, known: ["id", "path", "date", "hash"]))
        var graph = DocumentGraph(document: info)
        for (key, cursor) in try root.member("events").members() {
            let node = try GraphJSON.decodeNode(id: NodeID(key), cursor)
            guard node.type == .event, node.date != nil else { throw cursor.fail("an event with a date is expected") }
            graph.events.append(node)
        }
        for (key, cursor) in try root.member("nodes").members() {
            graph.nodes.append(try GraphJSON.decodeNode(id: NodeID(key), cursor))
        }
        for cursor in try root.member("edges").elements() {
            graph.edges.append(try GraphJSON.decodeEdge(cursor))
        }
        for cursor in try root.member("statements").elements() {
            guard case .bool(let quotes) = try cursor.member("quotes_earlier").value else { throw cursor.fail("quotes_earlier must be true or false") }
            graph.statements.append(MeasureStatement(
                measure: NodeID(try cursor.member("measure").string()), event: NodeID(try cursor.member("event").string()),
                evidence: try single(cursor.member("evidence")), quotesEarlier: quotes))
        }
        for cursor in try root.member("references").elements() {
            graph.references.append(ConveyReference(
                source: NodeID(try cursor.member("source").string()), kind: try cursor.member("kind").enumValue(ConveyReference.Kind.self),
                text: try cursor.member("text").string(), date: try cursor.optionalMember("date")?.date(),
                evidence: try single(cursor.member("evidence")), rule: try cursor.member("rule").string()))
        }
        let events = Set(graph.events.map(\.id))
        for (k, statement) in graph.statements.enumerated() where !events.contains(statement.event) {
            throw GraphJSON.Cursor(value: .null, path: "$.statements[\(k)].event").fail("no event \"\(statement.event)\" in this document")
        }
        for (k, reference) in graph.references.enumerated() where !events.contains(reference.source) {
            throw GraphJSON.Cursor(value: .null, path: "$.references[\(k)].source").fail("no event \"\(reference.source)\" in this document")
        }
        return (graph, try doc.optionalMember("hash")?.string())
    }

    static func single(_ cursor: GraphJSON.Cursor) throws(GraphJSON.ContractError) -> Evidence {
        try GraphJSON.decodeEvidenceItem(cursor)
    }
}
