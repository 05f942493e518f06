import Foundation
import Yams

/// The corrections file: a YAML list of operations, each with an optional `note`,
/// `by` and `at`:
///
/// ```yaml
/// - reject: {source: p-张三, relation: chairs, target: e-2020-01-26-省委专题会议}
///   note: the report says 李四 chaired it
///   by: 王秘书
/// - add: {source: p-李四, relation: chairs, target: e-2020-01-26-省委专题会议}
/// - add: {node: p-李四, type: person, label: 李四, titles: [省委副书记]}
/// - set: {node: e-2020-01-26-省委专题会议, time_of_day: afternoon}
/// - merge: {into: e-2020-02-03-中央政治局常委会会议, from: e-2020-02-03-政治局常委会}
/// - accept: {node: m-五严五防}
/// ```
///
/// Reading is all or nothing: an unknown operation, relation or field, a malformed id
/// or value names the file and line, and no correction of the file is returned.
public enum CorrectionFile {
    static let idPrefixes = ["e-", "p-", "m-", "o-", "pl-", "doc-"]

    /// Reads a corrections file.
    public static func read(contentsOf path: String) throws(CorrectionError) -> [Correction] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CorrectionError(path: path, line: nil, message: "cannot read the corrections file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CorrectionError(path: path, line: nil, message: "not UTF-8 text")
        }
        return try parse(text, path: path)
    }

    /// Parses corrections from YAML text; `path` names it in errors.
    public static func parse(_ text: String, path: String) throws(CorrectionError) -> [Correction] {
        let root: Yams.Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw CorrectionError(path: path, line: Self.line(of: error), message: "not valid YAML: \(Self.summary(of: error))")
        } catch {
            throw CorrectionError(path: path, line: nil, message: "not valid YAML: \(error)")
        }
        guard let root else { return [] }
        guard case .sequence(let items) = root else {
            throw CorrectionError(path: path, line: root.mark?.line, message: "expected a list of corrections (lines starting with `- `)")
        }
        var corrections: [Correction] = []
        for item in items {
            corrections.append(try correction(item, path: path))
        }
        return corrections
    }

    static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        default: "\(error)"
        }
    }

    static func correction(_ item: Yams.Node, path: String) throws(CorrectionError) -> Correction {
        let line = item.mark?.line
        func fail(_ message: String, at node: Yams.Node? = nil) -> CorrectionError {
            CorrectionError(path: path, line: node?.mark?.line ?? line, message: message)
        }
        guard case .mapping(let mapping) = item else { throw fail("a correction is a mapping such as `- reject: {node: ID}`") }
        var operation: (name: String, body: Yams.Node)?
        var note: String?, by: String?, at: String?
        for (key, value) in mapping {
            guard let name = key.string else { throw fail("keys must be text", at: key) }
            switch name {
            case "note": note = try scalar(value, "note", fail)
            case "by": by = try scalar(value, "by", fail)
            case "at": at = try scalar(value, "at", fail)
            case "reject", "set", "merge", "add", "accept":
                if let operation { throw fail("one operation per correction; found \(operation.name) and \(name)", at: key) }
                operation = (name, value)
            default:
                throw fail("unknown operation or field `\(name)`; use reject, set, merge, add or accept, with note, by, at", at: key)
            }
        }
        guard let operation else { throw fail("no operation; use reject, set, merge, add or accept") }
        guard case .mapping(let body) = operation.body else {
            throw fail("`\(operation.name)` takes a mapping such as {node: ID} or {source: ID, relation: R, target: ID}", at: operation.body)
        }
        var fields: [String: Yams.Node] = [:]
        for (key, value) in body {
            guard let name = key.string else { throw fail("keys must be text", at: key) }
            fields[name] = value
        }
        let op = try Self.operation(operation.name, fields, fail)
        return Correction(op, note: note, by: by, at: at, line: line)
    }

    static func scalar(_ node: Yams.Node, _ name: String, _ fail: (String, Yams.Node?) -> CorrectionError) throws(CorrectionError) -> String {
        guard let value = node.string else { throw fail("`\(name)` must be text", node) }
        return value
    }

    static func operation(_ name: String, _ fields: [String: Yams.Node], _ fail: (String, Yams.Node?) -> CorrectionError) throws(CorrectionError) -> CorrectionOperation {
        func id(_ key: String) throws(CorrectionError) -> NodeID {
            guard let node = fields[key] else { throw fail("`\(name)` needs `\(key)`", nil) }
            guard let text = node.string, !text.isEmpty else { throw fail("`\(key)` must be a node id", node) }
            guard idPrefixes.contains(where: { text.hasPrefix($0) }), text.count > 2 else {
                throw fail("`\(text)` is not a node id (ids start with \(idPrefixes.joined(separator: ", ")))", node)
            }
            return NodeID(text)
        }
        func allowed(_ keys: Set<String>) throws(CorrectionError) {
            for key in fields.keys.sorted() where !keys.contains(key) {
                throw fail("`\(name)` has no field `\(key)`; it takes \(keys.sorted().joined(separator: ", "))", fields[key])
            }
        }
        func fact() throws(CorrectionError) -> FactReference {
            if fields["node"] != nil {
                try allowed(["node"])
                return .node(try id("node"))
            }
            try allowed(["source", "relation", "target"])
            return .edge(source: try id("source"), relation: try relation(), target: try id("target"))
        }
        func relation() throws(CorrectionError) -> Relation {
            guard let node = fields["relation"] else { throw fail("`\(name)` needs `relation`", nil) }
            guard let text = node.string, let relation = Relation(rawValue: text) else {
                throw fail("unknown relation `\(node.string ?? "")`; use \(Relation.allCases.map(\.rawValue).joined(separator: ", "))", node)
            }
            return relation
        }
        switch name {
        case "reject": return .reject(try fact())
        case "accept": return .accept(try fact())
        case "merge":
            try allowed(["into", "from"])
            return .merge(into: try id("into"), from: try id("from"))
        case "set":
            try allowed(Set(["node"] + NodeFields.names))
            let values = try nodeFields(fields, fail)
            guard values != NodeFields() else { throw fail("`set` changes nothing; give one of \(NodeFields.names.joined(separator: ", "))", nil) }
            return .set(try id("node"), values)
        default:  // add
            if fields["node"] != nil {
                try allowed(Set(["node", "type"] + NodeFields.names))
                let node = try id("node")
                guard let typeNode = fields["type"], let typeText = typeNode.string, let type = NodeType(rawValue: typeText) else {
                    throw fail("`add` of a node needs `type`: \(NodeType.allCases.map(\.rawValue).joined(separator: ", "))", fields["type"])
                }
                var values = try nodeFields(fields, fail)
                if values.label == nil { values.label = String(node.rawValue.drop { $0 != "-" }.dropFirst()) }
                return .addNode(node, type: type, fields: values)
            }
            try allowed(["source", "relation", "target"])
            return .addEdge(source: try id("source"), relation: try relation(), target: try id("target"))
        }
    }

    static func nodeFields(_ fields: [String: Yams.Node], _ fail: (String, Yams.Node?) -> CorrectionError) throws(CorrectionError) -> NodeFields {
        var values = NodeFields()
        func text(_ key: String) throws(CorrectionError) -> String? {
            guard let node = fields[key] else { return nil }
            guard let value = node.string else { throw fail("`\(key)` must be text", node) }
            return value
        }
        func date(_ key: String) throws(CorrectionError) -> CalendarDate? {
            guard let value = try text(key) else { return nil }
            guard let date = CalendarDate(iso: value) else { throw fail("`\(key)`: \(value) is not a date (YYYY-MM-DD, YYYY-MM or YYYY)", fields[key]) }
            return date
        }
        func enumValue<E: RawRepresentable & CaseIterable>(_ key: String, _: E.Type) throws(CorrectionError) -> E? where E.RawValue == String {
            guard let value = try text(key) else { return nil }
            guard let parsed = E(rawValue: value) else {
                throw fail("`\(key)`: unknown value `\(value)`; use \(E.allCases.map(\.rawValue).joined(separator: ", "))", fields[key])
            }
            return parsed
        }
        values.label = try text("label")
        values.date = try date("date")
        values.endDate = try date("end_date")
        values.timeOfDay = try enumValue("time_of_day", TimeOfDay.self)
        values.kind = try enumValue("kind", EventKind.self)
        values.level = try enumValue("level", EventLevel.self)
        values.category = try text("category")
        if let node = fields["titles"] {
            guard case .sequence(let items) = node else { throw fail("`titles` must be a list such as [省长, 省委副书记]", node) }
            var titles: [String] = []
            for item in items {
                guard let title = item.string else { throw fail("`titles` must be a list of text", item) }
                titles.append(title)
            }
            values.titles = titles
        }
        return values
    }

    /// Writes corrections back as YAML, one flow mapping per operation, in the order given.
    public static func yaml(_ corrections: [Correction]) -> String {
        var out = ""
        for correction in corrections {
            out += "- " + line(correction.operation) + "\n"
            if let note = correction.note { out += "  note: \(quoted(note))\n" }
            if let by = correction.by { out += "  by: \(quoted(by))\n" }
            if let at = correction.at { out += "  at: \(quoted(at))\n" }
        }
        return out
    }

    /// One operation as a line of YAML (`reject: {node: p-张三}`).
    public static func line(_ operation: CorrectionOperation) -> String {
        func fact(_ reference: FactReference) -> String {
            switch reference {
            case .node(let id): "{node: \(quoted(id.rawValue))}"
            case let .edge(source, relation, target):
                "{source: \(quoted(source.rawValue)), relation: \(relation.rawValue), target: \(quoted(target.rawValue))}"
            }
        }
        func fields(_ values: NodeFields) -> [String] {
            var out: [String] = []
            if let label = values.label { out.append("label: \(quoted(label))") }
            if let date = values.date { out.append("date: \(date.iso)") }
            if let end = values.endDate { out.append("end_date: \(end.iso)") }
            if let time = values.timeOfDay { out.append("time_of_day: \(time.rawValue)") }
            if let kind = values.kind { out.append("kind: \(kind.rawValue)") }
            if let level = values.level { out.append("level: \(level.rawValue)") }
            if let category = values.category { out.append("category: \(quoted(category))") }
            if let titles = values.titles { out.append("titles: [\(titles.map(quoted).joined(separator: ", "))]") }
            return out
        }
        switch operation {
        case .reject(let reference): return "reject: " + fact(reference)
        case .accept(let reference): return "accept: " + fact(reference)
        case let .merge(into, from): return "merge: {into: \(quoted(into.rawValue)), from: \(quoted(from.rawValue))}"
        case let .set(node, values): return "set: {" + (["node: \(quoted(node.rawValue))"] + fields(values)).joined(separator: ", ") + "}"
        case let .addNode(node, type, values):
            return "add: {" + (["node: \(quoted(node.rawValue))", "type: \(type.rawValue)"] + fields(values)).joined(separator: ", ") + "}"
        case let .addEdge(source, relation, target):
            return "add: {source: \(quoted(source.rawValue)), relation: \(relation.rawValue), target: \(quoted(target.rawValue))}"
        }
    }

    /// A YAML scalar, double-quoted when plain style would change its meaning.
    static func quoted(_ text: String) -> String {
        let special = Set("{}[],:#&*!|>'\"%@`\n")
        let needs = text.isEmpty || text.contains(where: { special.contains($0) }) || text.first == " " || text.last == " "
            || text.first == "-" || text.first == "?" || ["true", "false", "null", "yes", "no", "~"].contains(text.lowercased())
            || Double(text) != nil
        guard needs else { return text }
        var out = "\""
        for c in text {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out + "\""
    }
}
