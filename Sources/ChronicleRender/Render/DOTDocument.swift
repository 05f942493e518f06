import ChronicleCore
import OrderedCollections

/// A Graphviz graph described as plain Swift values; ``DOTWriter`` turns it into DOT
/// text. Building DOT as values keeps escaping in one place and makes the output a
/// golden file that can be tested without Graphviz.
public struct DOTDocument: Hashable, Sendable {
    public typealias Attributes = OrderedDictionary<String, DOTValue>

    public var name: String
    public var directed: Bool
    public var graphAttributes: Attributes
    public var nodeDefaults: Attributes
    public var edgeDefaults: Attributes
    public var statements: [DOTStatement]

    public init(name: String = "chronicle", directed: Bool = true,
                graphAttributes: Attributes = [:], nodeDefaults: Attributes = [:],
                edgeDefaults: Attributes = [:], statements: [DOTStatement] = []) {
        self.name = name
        self.directed = directed
        self.graphAttributes = graphAttributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.statements = statements
    }
}

/// One statement of a DOT graph body.
public indirect enum DOTStatement: Hashable, Sendable {
    case node(id: String, attributes: DOTDocument.Attributes)
    case edge(from: String, to: String, attributes: DOTDocument.Attributes)
    /// A subgraph; a name starting with `cluster` draws a box around it.
    case subgraph(name: String, attributes: DOTDocument.Attributes, statements: [DOTStatement])
    /// `{ rank=same; "a"; "b"; }`.
    case sameRank([String])
}

/// An attribute value: text that is quoted and escaped, or an HTML-like label.
public enum DOTValue: Hashable, Sendable, ExpressibleByStringLiteral {
    case text(String)
    /// Written between `<` and `>`; the caller is responsible for escaping with
    /// ``DOTWriter/escapeHTML(_:)``.
    case html(String)

    public init(stringLiteral value: String) { self = .text(value) }
}
