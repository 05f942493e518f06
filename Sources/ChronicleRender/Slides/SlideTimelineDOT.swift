import ChronicleCore
import Foundation

/// Draws a ``SlideTimeline`` with Graphviz: every node and arrow keeps the position the
/// layout gave it (engine `nop2`: positions and edge splines in points, nothing moved or
/// re-routed), on a canvas exactly the slide's size.
public enum SlideTimelineDOT {
    /// The engine that draws a laid-out slide as it is.
    public static let engine = "nop2"

    /// Graph attribute that tells ``Graphviz`` the drawing already is the slide (no
    /// scaling, no margin).
    static let exactCanvas = "chronicle_canvas"

    public static func document(_ slide: SlideTimeline, style: RenderStyle) -> DOTDocument {
        func point(_ x: Double, _ y: Double) -> DOTValue { .text(String(format: "%.2f,%.2f", x, slide.height - y)) }
        func inches(_ points: Double) -> DOTValue { .text(String(format: "%.4f", max(points, 0.01) / 72)) }
        func placed(_ rect: SlideRect, _ attributes: DOTDocument.Attributes) -> DOTDocument.Attributes {
            var attributes = attributes
            attributes["pos"] = point(rect.midX, rect.midY)
            attributes["width"] = inches(rect.width)
            attributes["height"] = inches(rect.height)
            return attributes
        }
        func size(_ value: Double) -> DOTValue { .text(String(format: "%.1f", value)) }

        var document = style.baseDocument(name: "timeline", rankdir: "LR")
        document.graphAttributes["pad"] = "0"
        document.graphAttributes["outputorder"] = "nodesfirst"
        document.graphAttributes[exactCanvas] = "exact"
        document.graphAttributes["bb"] = .text(String(format: "0,0,%.2f,%.2f", slide.width, slide.height))
        document.nodeDefaults["fixedsize"] = "true"
        document.nodeDefaults["margin"] = "0"

        var statements: [DOTStatement] = []
        // The canvas: fixes the drawing's bounds to the slide's.
        statements.append(.node(id: "canvas", attributes: placed(SlideRect(x: 0, y: 0, width: slide.width, height: slide.height), [
            "shape": "box", "style": "filled", "color": "white", "fillcolor": "white", "label": "", "penwidth": "0",
        ])))
        if let title = slide.title {
            statements.append(.node(id: "title", attributes: placed(title.rect, [
                "shape": "plaintext", "style": "", "label": .text(title.text), "fontsize": size(title.fontSize),
            ])))
        }
        for (index, band) in slide.bands.enumerated() {
            let color = DOTValue.text(style.laneBand(index))
            statements.append(.node(id: "band:\(index)", attributes: placed(band.rect, [
                "shape": "box", "style": "filled", "color": color, "fillcolor": color, "label": "",
            ])))
            statements.append(.node(id: "bandName:\(index)", attributes: placed(band.header, [
                "shape": "plaintext", "style": "", "label": .text(band.name), "fontsize": size(slide.fontSize), "fontcolor": "#444444",
            ])))
        }
        statements.append(.node(id: "axis", attributes: placed(slide.axis, [
            "shape": "box", "style": "filled", "color": "#999999", "fillcolor": "#999999", "label": "", "penwidth": "0",
        ])))
        for (index, label) in slide.dates.enumerated() {
            statements.append(.node(id: "date:\(index)", attributes: placed(label.rect, [
                "shape": "plaintext", "style": "", "label": .text(label.text), "fontsize": size(label.fontSize),
            ])))
        }
        for (index, label) in slide.gaps.enumerated() {
            statements.append(.node(id: "gap:\(index)", attributes: placed(label.rect, [
                "shape": "plaintext", "style": "", "label": .text(label.text), "fontsize": size(label.fontSize), "fontcolor": "#888888",
            ])))
        }
        for box in slide.boxes {
            var attributes = placed(box.rect, [
                "shape": "box", "style": "rounded,filled", "fillcolor": .text(style.fill(for: box.level)),
                "label": .text(box.lines.joined(separator: "\n")), "fontsize": size(slide.fontSize), "tooltip": .text(box.tooltip),
            ])
            CorrectionMark.apply(box.properties, to: &attributes, isEdge: false)
            if let link = style.link(id: box.id, type: .event) { attributes["href"] = link }
            statements.append(.node(id: box.id.rawValue, attributes: attributes))
        }
        // The legend, right to left along the bottom.
        var x = slide.legend.minX + 4
        for (index, item) in slide.legendItems.enumerated() {
            let swatch = SlideRect(x: x, y: slide.legend.midY - 6, width: 22, height: 12)
            switch item.swatch {
            case .level(let level):
                statements.append(.node(id: "legendSwatch:\(index)", attributes: placed(swatch, [
                    "shape": "box", "style": "filled", "fillcolor": .text(style.fill(for: level)), "label": "", "penwidth": "0.6",
                ])))
            case .conveys:
                statements.append(.node(id: "legendSwatch:\(index)", attributes: placed(swatch, [
                    "shape": "plaintext", "style": "", "label": "⟵", "fontcolor": "#c0392b", "fontsize": size(slide.legendFontSize + 2),
                ])))
            }
            let textWidth = TimelineView.width(item.text, fontSize: slide.legendFontSize)
            statements.append(.node(id: "legendText:\(index)", attributes: placed(SlideRect(x: x + 26, y: slide.legend.minY, width: textWidth, height: slide.legend.height), [
                "shape": "plaintext", "style": "", "label": .text(item.text), "fontsize": size(slide.legendFontSize), "fontcolor": "#444444",
            ])))
            x += textWidth + 34
        }
        // Arrows: the layout's orthogonal route as straight cubic pieces; the arrowhead
        // ends on the conveyed event's box.
        let arrowLength = 7.0
        for route in slide.routes {
            var points = route.points
            guard points.count >= 2 else { continue }
            let tip = points.removeLast()
            let before = points.last!
            let length = max(hypot(tip.x - before.x, tip.y - before.y), 0.001)
            let cut = min(arrowLength, length * 0.8)
            points.append(SlidePoint(x: tip.x - (tip.x - before.x) * cut / length, y: tip.y - (tip.y - before.y) * cut / length))
            var spline: [SlidePoint] = [points[0]]
            for (a, b) in zip(points, points.dropFirst()) {
                spline += [SlidePoint(x: a.x + (b.x - a.x) / 3, y: a.y + (b.y - a.y) / 3),
                           SlidePoint(x: a.x + 2 * (b.x - a.x) / 3, y: a.y + 2 * (b.y - a.y) / 3), b]
            }
            let position = String(format: "e,%.2f,%.2f ", tip.x, slide.height - tip.y)
                + spline.map { String(format: "%.2f,%.2f", $0.x, slide.height - $0.y) }.joined(separator: " ")
            var attributes: DOTDocument.Attributes = [
                "pos": .text(position), "color": route.light ? "#d98880" : "#c0392b", "style": route.light ? "dashed" : "solid",
                "penwidth": route.light ? "1" : "1.6", "arrowsize": "0.7", "tooltip": .text(route.tooltip),
            ]
            CorrectionMark.apply(route.properties, to: &attributes, isEdge: true)
            statements.append(.edge(from: route.source.rawValue, to: route.target.rawValue, attributes: attributes))
        }
        document.statements = statements
        return document
    }
}
