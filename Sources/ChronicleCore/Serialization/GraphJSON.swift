import Foundation
import OrderedCollections

/// Reads and writes the JSON Graph Format contract of docs/graph-json.md:
/// `{"graph": {"directed": true, "metadata": {"documents": […]}, "nodes": {id: {label, metadata}}, "edges": […]}}`.
public enum GraphJSON {
    // MARK: Writing

    /// The graph as a JGF JSON value, fields in contract order.
    public static func encode(_ graph: Graph) -> JSONValue {
        var metadata: [(key: String, value: JSONValue)] = [
            ("documents", .array(graph.documents.map(encode))),
        ]
        metadata += graph.properties.map { ($0.key, $0.value) }
        let nodes: [(key: String, value: JSONValue)] = graph.nodes.values.map { ($0.id.rawValue, encode($0)) }
        return .object([
            ("graph", .object([
                ("directed", .bool(true)),
                ("metadata", .object(metadata)),
                ("nodes", .object(nodes)),
                ("edges", .array(graph.edges.map(encode))),
            ])),
        ])
    }

    /// The graph as pretty-printed JSON text.
    public static func string(_ graph: Graph) -> String {
        var out = ""
        try? write(graph) { out += $0 }
        return out
    }

    /// Writes the graph's JSON piece by piece (node by node, edge by edge), so a large
    /// graph is never held twice in memory. The bytes equal ``JSONWriter`` on
    /// ``encode(_:)``.
    public static func write(_ graph: Graph, _ emit: (String) throws -> Void) throws {
        var metadata: [(key: String, value: JSONValue)] = [("documents", .array(graph.documents.map(encode)))]
        metadata += graph.properties.map { ($0.key, $0.value) }
        var head = "{\n  \"graph\": {\n    \"directed\": true,\n    \"metadata\": "
        JSONWriter.append(.object(metadata), to: &head, indent: 2)
        head += ",\n    \"nodes\": "
        try emit(head)
        if graph.nodes.isEmpty {
            try emit("{}")
        } else {
            var chunk = "{"
            for (index, node) in graph.nodes.values.enumerated() {
                chunk += index == 0 ? "\n      " : ",\n      "
                JSONWriter.appendString(node.id.rawValue, to: &chunk)
                chunk += ": "
                JSONWriter.append(encode(node), to: &chunk, indent: 3)
                if chunk.utf8.count > 1 << 20 { try emit(chunk); chunk = "" }
            }
            try emit(chunk + "\n    }")
        }
        try emit(",\n    \"edges\": ")
        if graph.edges.isEmpty {
            try emit("[]")
        } else {
            var chunk = "["
            for (index, edge) in graph.edges.enumerated() {
                chunk += index == 0 ? "\n      " : ",\n      "
                JSONWriter.append(encode(edge), to: &chunk, indent: 3)
                if chunk.utf8.count > 1 << 20 { try emit(chunk); chunk = "" }
            }
            try emit(chunk + "\n    ]")
        }
        try emit("\n  }\n}\n")
    }

    /// One document entry of `graph.metadata.documents`.
    public static func encode(_ document: DocumentInfo) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(document.id.rawValue)),
            ("path", .string(document.path)),
            ("date", document.date.map { .string($0.iso) } ?? .null),
        ]
        members += document.properties.map { ($0.key, $0.value) }
        return .object(members)
    }

    public static func encode(_ evidence: Evidence) -> JSONValue {
        var fields: [(key: String, value: JSONValue)] = [
            ("document", .string(evidence.document.rawValue)),
            ("offset", .number(Double(evidence.offset))),
            ("length", .number(Double(evidence.length))),
            ("text", .string(evidence.text)),
        ]
        if let kind = evidence.kind { fields.append(("kind", .string(kind))) }
        return .object(fields)
    }

    /// One node as its JSON object (label and metadata).
    public static func encode(_ node: Node) -> JSONValue {
        var m: [(key: String, value: JSONValue)] = [("type", .string(node.type.rawValue))]
        func optional(_ key: String, _ value: String?) {
            m.append((key, value.map(JSONValue.string) ?? .null))
        }
        if node.type == .event {
            optional("kind", node.kind?.rawValue)
            optional("level", node.level?.rawValue)
            optional("date", node.date?.iso)
            optional("end_date", node.endDate?.iso)
            optional("time_of_day", node.timeOfDay?.rawValue)
        } else {
            if let kind = node.kind { m.append(("kind", .string(kind.rawValue))) }
            if let level = node.level { m.append(("level", .string(level.rawValue))) }
            if let date = node.date { m.append(("date", .string(date.iso))) }
            if let end = node.endDate { m.append(("end_date", .string(end.iso))) }
            if let time = node.timeOfDay { m.append(("time_of_day", .string(time.rawValue))) }
        }
        if node.type == .event || !node.aliases.isEmpty {
            m.append(("aliases", .array(node.aliases.map(JSONValue.string))))
        }
        if node.type == .person || !node.titles.isEmpty {
            m.append(("titles", .array(node.titles.map(JSONValue.string))))
        }
        if !node.titleDates.isEmpty {
            m.append(("title_dates", .array(node.titleDates.map { item in
                .object([("title", .string(item.title)), ("first", .string(item.first.iso)), ("last", .string(item.last.iso))])
            })))
        }
        if node.type == .measure || !node.components.isEmpty {
            m.append(("components", .array(node.components.map(JSONValue.string))))
        }
        if node.type == .measure || node.category != nil { optional("category", node.category) }
        m += node.properties.map { ($0.key, $0.value) }
        m.append(("evidence", .array(node.evidence.map(encode))))
        return .object([("label", .string(node.label)), ("metadata", .object(m))])
    }

    /// One edge as its JSON object.
    public static func encode(_ edge: Edge) -> JSONValue {
        var m: [(key: String, value: JSONValue)] = edge.properties.map { ($0.key, $0.value) }
        m.append(("evidence", .array(edge.evidence.map(encode))))
        return .object([
            ("source", .string(edge.source.rawValue)),
            ("target", .string(edge.target.rawValue)),
            ("relation", .string(edge.relation.rawValue)),
            ("metadata", .object(m)),
        ])
    }

    // MARK: Reading

    /// Reads a graph file. Errors name the file and, for contract violations, the
    /// path inside the JSON.
    public static func read(contentsOf path: String) throws(GraphJSONError) -> Graph {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: describe(fileError: error, path: path))
        }
        do {
            return try decode(Array(data), path: path)
        } catch .syntax(let path, let line, let column, let message) {
            // A document where a graph was expected (`chronicle render report.txt`): say
            // what the command takes and how to make it, not where the JSON broke.
            let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
            if ["txt", "text", "docx", "html", "htm", "md"].contains(ext) || !data.prefix(64).contains(UInt8(ascii: "{")) {
                throw .unreadable(path: path, reason: "this is not a graph (a JSON file that chronicle extract writes) but, it seems, a document; make the graph first: chronicle extract \(path) -o graph.json")
            }
            throw .syntax(path: path, line: line, column: column, message: message)
        }
    }

    /// Decodes JGF text; `path` is only used in error messages.
    public static func decode(_ bytes: [UInt8], path: String = "<input>") throws(GraphJSONError) -> Graph {
        if bytes.isEmpty { throw .unreadable(path: path, reason: "the file is empty") }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw .syntax(path: path, line: error.line, column: error.column, message: error.message)
        }
        do {
            return try decodeGraph(value)
        } catch {
            throw .contract(path: path, at: error.at, message: error.message)
        }
    }

    struct ContractError: Error {
        var at: String
        var message: String
    }

    /// A cursor into the JSON value that knows its own path, for error messages.
    struct Cursor {
        var value: JSONValue
        var path: String

        func fail(_ message: String) -> ContractError { ContractError(at: path, message: message) }

        func member(_ key: String) throws(ContractError) -> Cursor {
            guard case .object = value else { throw fail("expected an object, found \(value.typeName)") }
            guard let child = value[key] else { throw fail("missing required field \"\(key)\"") }
            return Cursor(value: child, path: path + "." + key)
        }

        func optionalMember(_ key: String) throws(ContractError) -> Cursor? {
            guard case .object = value else { throw fail("expected an object, found \(value.typeName)") }
            guard let child = value[key], child != .null else { return nil }
            return Cursor(value: child, path: path + "." + key)
        }

        func string() throws(ContractError) -> String {
            guard case .string(let s) = value else { throw fail("expected a string, found \(value.typeName)") }
            return s
        }

        func int() throws(ContractError) -> Int {
            guard case .number(let n) = value, n == n.rounded(), abs(n) < 1e15 else {
                throw fail("expected an integer, found \(value.typeName)")
            }
            return Int(n)
        }

        func elements() throws(ContractError) -> [Cursor] {
            guard case .array(let items) = value else { throw fail("expected an array, found \(value.typeName)") }
            return items.enumerated().map { Cursor(value: $1, path: "\(path)[\($0)]") }
        }

        func members() throws(ContractError) -> [(key: String, cursor: Cursor)] {
            guard case .object(let items) = value else { throw fail("expected an object, found \(value.typeName)") }
            return items.map { ($0.key, Cursor(value: $0.value, path: "\(path)[\"\($0.key)\"]")) }
        }

        func strings() throws(ContractError) -> [String] {
            var out: [String] = []
            for element in try elements() { out.append(try element.string()) }
            return out
        }

        func enumValue<E: RawRepresentable & CaseIterable>(_: E.Type) throws(ContractError) -> E where E.RawValue == String {
            let raw = try string()
            guard let parsed = E(rawValue: raw) else {
                let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
                throw fail("unknown value \"\(raw)\"; expected one of: \(allowed)")
            }
            return parsed
        }

        func date() throws(ContractError) -> CalendarDate {
            let raw = try string()
            guard let parsed = CalendarDate(iso: raw) else {
                throw fail("\"\(raw)\" is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)")
            }
            return parsed
        }
    }

    static func extras(_ cursor: Cursor, known: Set<String>) -> OrderedDictionary<String, JSONValue> {
        guard case .object(let members) = cursor.value else { return [:] }
        var out: OrderedDictionary<String, JSONValue> = [:]
        for member in members where !known.contains(member.key) { out[member.key] = member.value }
        return out
    }

    static func decodeGraph(_ root: JSONValue) throws(ContractError) -> Graph {
        let graph = try Cursor(value: root, path: "$").member("graph")
        if let directed = try graph.optionalMember("directed"), directed.value != .bool(true) {
            throw directed.fail("Chronicle graphs are directed; expected true")
        }
        var documents: [DocumentInfo] = []
        var properties: OrderedDictionary<String, JSONValue> = [:]
        if let metadata = try graph.optionalMember("metadata") {
            if let docs = try metadata.optionalMember("documents") {
                for doc in try docs.elements() {
                    documents.append(DocumentInfo(
                        id: DocumentID(try doc.member("id").string()),
                        path: try doc.optionalMember("path")?.string() ?? "",
                        date: try doc.optionalMember("date")?.date(),
                        properties: extras(doc, known: ["id", "path", "date"])))
                }
            }
            properties = extras(metadata, known: ["documents"])
        }
        var result = Graph(documents: documents, properties: properties)
        let nodesCursor = try graph.member("nodes")
        for (key, nodeCursor) in try nodesCursor.members() {
            if result[NodeID(key)] != nil { throw nodeCursor.fail("duplicate node id") }
            result.upsert(try decodeNode(id: NodeID(key), nodeCursor))
        }
        var seen = Set<[String]>()
        for edgeCursor in try graph.member("edges").elements() {
            let edge = try decodeEdge(edgeCursor)
            for (end, id) in [("source", edge.source), ("target", edge.target)] where result[id] == nil {
                throw try edgeCursor.member(end).fail("no node with id \"\(id)\"")
            }
            if !seen.insert([edge.source.rawValue, edge.target.rawValue, edge.relation.rawValue]).inserted {
                throw edgeCursor.fail("duplicate edge \(edge.source) -\(edge.relation.rawValue)-> \(edge.target)")
            }
            result.add(edge)
        }
        return result
    }

    static func decodeEvidence(_ cursor: Cursor) throws(ContractError) -> [Evidence] {
        var out: [Evidence] = []
        for item in try cursor.elements() { out.append(try decodeEvidenceItem(item)) }
        return out
    }

    /// One evidence object.
    static func decodeEvidenceItem(_ item: Cursor) throws(ContractError) -> Evidence {
        let evidence = Evidence(
            document: DocumentID(try item.member("document").string()),
            offset: try item.member("offset").int(),
            length: try item.member("length").int(),
            text: try item.member("text").string(),
            kind: try item.optionalMember("kind")?.string())
        if evidence.offset < 0 || evidence.length < 0 {
            throw item.fail("offset and length must not be negative")
        }
        return evidence
    }

    static let knownNodeFields: Set<String> = [
        "type", "kind", "level", "date", "end_date", "time_of_day", "aliases", "titles", "title_dates",
        "components", "category", "evidence",
    ]

    static func decodeNode(id: NodeID, _ cursor: Cursor) throws(ContractError) -> Node {
        let metadata = try cursor.member("metadata")
        return Node(
            id: id,
            label: try cursor.member("label").string(),
            type: try metadata.member("type").enumValue(NodeType.self),
            kind: try metadata.optionalMember("kind")?.enumValue(EventKind.self),
            level: try metadata.optionalMember("level")?.enumValue(EventLevel.self),
            date: try metadata.optionalMember("date")?.date(),
            endDate: try metadata.optionalMember("end_date")?.date(),
            timeOfDay: try metadata.optionalMember("time_of_day")?.enumValue(TimeOfDay.self),
            aliases: try metadata.optionalMember("aliases")?.strings() ?? [],
            titles: try metadata.optionalMember("titles")?.strings() ?? [],
            titleDates: try decodeTitleDates(metadata.optionalMember("title_dates")),
            components: try metadata.optionalMember("components")?.strings() ?? [],
            category: try metadata.optionalMember("category")?.string(),
            properties: extras(metadata, known: knownNodeFields),
            evidence: try decodeEvidence(try metadata.member("evidence")))
    }

    /// `title_dates`: a list of `{title, first, last}`; absent in older graphs.
    static func decodeTitleDates(_ cursor: Cursor?) throws(ContractError) -> [DatedTitle] {
        guard let cursor else { return [] }
        var out: [DatedTitle] = []
        for item in try cursor.elements() {
            out.append(DatedTitle(title: try item.member("title").string(), first: try item.member("first").date(), last: try item.member("last").date()))
        }
        return out
    }

    static func decodeEdge(_ cursor: Cursor) throws(ContractError) -> Edge {
        let metadata = try cursor.optionalMember("metadata")
        return Edge(
            source: NodeID(try cursor.member("source").string()),
            target: NodeID(try cursor.member("target").string()),
            relation: try cursor.member("relation").enumValue(Relation.self),
            properties: metadata.map { extras($0, known: ["evidence"]) } ?? [:],
            evidence: try metadata.map { (m: Cursor) throws(ContractError) in try decodeEvidence(try m.member("evidence")) } ?? [])
    }

    static func describe(fileError error: Error, path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return "no such file" }
        if isDirectory.boolValue { return "it is a directory" }
        if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
        return (error as NSError).localizedDescription
    }
}

extension GraphJSON {
    /// One JSON value as stored by the store (a node, an edge, a list of evidence),
    /// decoded by `decode`; errors name `what`.
    static func decodeStored<T>(_ json: String, what: String, _ decode: (Cursor) throws(ContractError) -> T) throws(GraphJSONError) -> T {
        let value: JSONValue
        do { value = try JSONParser.parse(json) } catch {
            throw .contract(path: what, at: "$", message: "malformed JSON: \(error)")
        }
        do {
            return try decode(Cursor(value: value, path: "$"))
        } catch {
            throw .contract(path: what, at: error.at, message: error.message)
        }
    }

    /// One node from the JSON object that `encode(_: Node)` wrote (as a stored row keeps it).
    public static func decodeNode(id: NodeID, json: String) throws(GraphJSONError) -> Node {
        try decodeStored(json, what: "node \(id.rawValue)") { (cursor: Cursor) throws(ContractError) in try decodeNode(id: id, cursor) }
    }

    /// One edge from the JSON object that `encode(_: Edge)` wrote.
    public static func decodeEdge(json: String) throws(GraphJSONError) -> Edge {
        try decodeStored(json, what: "edge") { (cursor: Cursor) throws(ContractError) in try decodeEdge(cursor) }
    }

    /// Evidence from a JSON array of objects that `encode(_: Evidence)` wrote.
    public static func decodeEvidence(json: String) throws(GraphJSONError) -> [Evidence] {
        try decodeStored(json, what: "evidence") { (cursor: Cursor) throws(ContractError) in try decodeEvidence(cursor) }
    }

    /// One evidence object already parsed (as a stored statement or reference holds it).
    public static func decodeEvidence(value: JSONValue) throws(GraphJSONError) -> Evidence {
        do {
            return try decodeEvidenceItem(Cursor(value: value, path: "$"))
        } catch {
            throw .contract(path: "evidence", at: error.at, message: error.message)
        }
    }
}
