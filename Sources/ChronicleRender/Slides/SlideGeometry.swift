/// A point on a slide, in points (1/72 in) from the top-left corner, y pointing down.
public struct SlidePoint: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A rectangle on a slide, in points from the top-left corner, y pointing down.
public struct SlideRect: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var minX: Double { x }
    public var minY: Double { y }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var midX: Double { x + width / 2 }
    public var midY: Double { y + height / 2 }
    public var area: Double { max(width, 0) * max(height, 0) }

    /// Whether the interiors of the two rectangles overlap (touching edges do not).
    public func overlaps(_ other: SlideRect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    /// The smallest rectangle holding both.
    public func union(_ other: SlideRect) -> SlideRect {
        let left = min(minX, other.minX), top = min(minY, other.minY)
        return SlideRect(x: left, y: top, width: max(maxX, other.maxX) - left, height: max(maxY, other.maxY) - top)
    }

    /// The rectangle shrunk by `inset` on every side.
    public func insetBy(_ inset: Double) -> SlideRect {
        SlideRect(x: x + inset, y: y + inset, width: width - 2 * inset, height: height - 2 * inset)
    }

    /// Whether the segment from `a` to `b` passes through the interior of the rectangle
    /// (running along an edge or touching a corner does not count). Exact for the
    /// horizontal and vertical segments of an orthogonal route; general segments are
    /// clipped (Liang–Barsky).
    public func isCrossed(from a: SlidePoint, to b: SlidePoint) -> Bool {
        let epsilon = 1e-6
        let inner = SlideRect(x: x + epsilon, y: y + epsilon, width: width - 2 * epsilon, height: height - 2 * epsilon)
        guard inner.width > 0, inner.height > 0 else { return false }
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - inner.minX), (dx, inner.maxX - a.x), (-dy, a.y - inner.minY), (dy, inner.maxY - a.y)] {
            if p == 0 {
                if q <= 0 { return false }
            } else {
                let r = q / p
                if p < 0 { t0 = max(t0, r) } else { t1 = min(t1, r) }
                if t0 >= t1 { return false }
            }
        }
        return t1 - t0 > epsilon
    }
}
