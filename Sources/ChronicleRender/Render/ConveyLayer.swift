import ChronicleCore

/// Which 传达 (conveys) arrows a picture draws. A meeting conveying a meeting is the
/// story a timeline tells; a study session or notice conveying many things at once is a
/// lighter second layer that can be left out when a slide gets crowded.
public enum ConveyLayer: String, CaseIterable, Sendable {
    /// Every conveys arrow: meetings solid, study sessions and notices lighter.
    case all
    /// Only those whose conveying event is not a study session or notice.
    case meetings
    /// None.
    case none

    /// Whether an arrow from `source` is drawn lighter (a study session or notice).
    public static func isLight(_ source: Node?) -> Bool {
        [.study, .notice].contains(source?.kind)
    }
}

extension Graph {
    /// The graph with only the conveys edges `layer` draws (everything else kept).
    public func keepingConveys(_ layer: ConveyLayer) -> Graph {
        guard layer != .all else { return self }
        let kept = edges.filter { edge in
            guard edge.relation == .conveys else { return true }
            return layer == .meetings && !ConveyLayer.isLight(self[edge.source])
        }
        return Graph(documents: documents, nodes: Array(nodes.values), edges: kept, properties: properties)
    }
}
