/// Why a JSON graph file could not be read.
public enum GraphJSONError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file could not be opened or read.
    case unreadable(path: String, reason: String)
    /// The file is not JSON: the first syntax error, with its 1-based line and column.
    case syntax(path: String, line: Int, column: Int, message: String)
    /// The JSON is well formed but does not follow the graph contract; `at` is the
    /// path inside the JSON (`graph.nodes["p-楼阳生"].metadata.type`).
    case contract(path: String, at: String, message: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): "\(path): cannot read graph: \(reason)"
        case let .syntax(path, line, column, message): "\(path):\(line):\(column): malformed JSON: \(message)"
        case let .contract(path, at, message): "\(path): \(at): \(message)"
        }
    }
}
