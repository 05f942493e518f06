/// The workspace's icon: a timeline (a line through three events) in white on the
/// header's dark blue. Pages link the SVG; `/favicon.ico`, which browsers ask for on
/// their own, answers with the same drawing as a 32 × 32 Windows icon, built here from
/// the same shapes (no binary file in the repository).
enum Favicon {
    static let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">\
        <rect width="16" height="16" rx="3" fill="#2c3e50"/>\
        <path d="M2 8h12" stroke="#fff" stroke-width="1.5"/>\
        <circle cx="3.5" cy="8" r="1.6" fill="#fff"/><circle cx="8" cy="8" r="1.6" fill="#e74c3c"/><circle cx="12.5" cy="8" r="1.6" fill="#fff"/>\
        </svg>
        """

    /// The drawing's colour at a point of the 16 × 16 viewBox: nil outside the rounded
    /// square, else (red, green, blue).
    static func colour(x: Double, y: Double) -> (UInt8, UInt8, UInt8)? {
        // Outside a corner's quarter circle (radius 3) is outside the square.
        let cx = min(max(x, 3), 13), cy = min(max(y, 3), 13)
        if (x - cx) * (x - cx) + (y - cy) * (y - cy) > 9 { return nil }
        for (centre, fill) in [(3.5, (UInt8(255), UInt8(255), UInt8(255))), (8.0, (0xE7, 0x4C, 0x3C)), (12.5, (255, 255, 255))] {
            if (x - centre) * (x - centre) + (y - 8) * (y - 8) <= 1.6 * 1.6 { return fill }
        }
        if abs(y - 8) <= 0.75 && x >= 2 && x <= 14 { return (255, 255, 255) }
        return (0x2C, 0x3E, 0x50)
    }

    /// A `.ico` with one 32 × 32, 32-bit image (BMP form: a header, the pixels bottom
    /// row first as blue-green-red-alpha, then the 1-bit transparency mask).
    static let ico: [UInt8] = {
        let size = 32
        func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func le32(_ v: Int) -> [UInt8] { le16(v & 0xFFFF) + le16(v >> 16 & 0xFFFF) }
        var pixels: [UInt8] = [], mask: [UInt8] = []
        for row in (0..<size).reversed() {
            var bits = [UInt8](repeating: 0, count: (size + 31) / 32 * 4)
            for column in 0..<size {
                let scale = 16 / Double(size)
                if let (r, g, b) = colour(x: (Double(column) + 0.5) * scale, y: (Double(row) + 0.5) * scale) {
                    pixels += [b, g, r, 255]
                } else {
                    pixels += [0, 0, 0, 0]
                    bits[column / 8] |= 0x80 >> UInt8(column % 8)
                }
            }
            mask += bits
        }
        let image = le32(40) + le32(size) + le32(size * 2) + le16(1) + le16(32) + le32(0) + le32(pixels.count + mask.count)
            + le32(0) + le32(0) + le32(0) + le32(0) + pixels + mask
        let directory = le16(0) + le16(1) + le16(1)
        let entry = [UInt8(size), UInt8(size), 0, 0] + le16(1) + le16(32) + le32(image.count) + le32(6 + 16)
        return directory + entry + image
    }()
}
