import CChronicleZlib
import Foundation

/// Writes a PNG's physical resolution (its `pHYs` chunk), which cairo leaves out: without
/// it, a 4000 × 2250 px slide picture opens in an office program or an image viewer as
/// 72 or 96 dpi, far larger than the slide it was drawn for.
public enum PNGResolution {
    /// The eight bytes every PNG starts with.
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// `png` with a `pHYs` chunk saying `dotsPerInch` (in pixels per metre, as PNG
    /// stores it: 300 dpi = 11811), placed before the first `IDAT` as the format asks.
    /// An existing `pHYs` is replaced; every other chunk is kept byte for byte.
    ///
    /// Throws ``RenderError/damagedPNG(_:)`` when `png` is not a well-formed sequence of
    /// chunks (a wrong signature, a chunk running past the end, a wrong CRC, no `IDAT`).
    public static func stamp(_ png: Data, dotsPerInch: Int) throws(RenderError) -> Data {
        let bytes = [UInt8](png)
        guard bytes.starts(with: signature) else { throw .damagedPNG("it does not start with the PNG signature") }
        guard dotsPerInch > 0 else { throw .damagedPNG("a resolution of \(dotsPerInch) dpi") }
        var out = signature
        out.reserveCapacity(bytes.count + 21)
        var position = signature.count
        var stamped = false
        while position < bytes.count {
            let chunk = try Chunk(bytes, at: position)
            if chunk.type == "IDAT" && !stamped {
                out += physicalChunk(dotsPerInch: dotsPerInch)
                stamped = true
            }
            if chunk.type != "pHYs" { out += bytes[chunk.range] }
            position = chunk.range.upperBound
            if chunk.type == "IEND" { break }
        }
        guard stamped else { throw .damagedPNG("it has no image data (IDAT chunk)") }
        out += bytes[position...]
        return Data(out)
    }

    /// The resolution a PNG states, in dots per inch (rounded), or nil when it states
    /// none or states it in no unit.
    public static func dotsPerInch(of png: Data) throws(RenderError) -> Int? {
        let bytes = [UInt8](png)
        guard bytes.starts(with: signature) else { throw .damagedPNG("it does not start with the PNG signature") }
        var position = signature.count
        while position < bytes.count {
            let chunk = try Chunk(bytes, at: position)
            if chunk.type == "pHYs", chunk.data.count == 9, bytes[chunk.data.lowerBound + 8] == 1 {
                let perMetre = bigEndian(bytes, at: chunk.data.lowerBound)
                return Int((Double(perMetre) * 0.0254).rounded())
            }
            if chunk.type == "IDAT" || chunk.type == "IEND" { return nil }
            position = chunk.range.upperBound
        }
        return nil
    }

    /// `pHYs`: pixels per unit along x and y, then the unit (1 = metre).
    static func physicalChunk(dotsPerInch: Int) -> [UInt8] {
        let perMetre = UInt32((Double(dotsPerInch) / 0.0254).rounded())
        let body = Array("pHYs".utf8) + bigEndianBytes(perMetre) + bigEndianBytes(perMetre) + [1]
        return bigEndianBytes(9) + body + bigEndianBytes(crc(body))
    }

    /// One chunk: length, type, data, CRC (over type and data), checked.
    struct Chunk {
        var type: String
        /// The whole chunk, length to CRC.
        var range: Range<Int>
        var data: Range<Int>

        init(_ bytes: [UInt8], at position: Int) throws(RenderError) {
            guard position + 12 <= bytes.count else { throw .damagedPNG("it ends inside a chunk header at byte \(position)") }
            let length = Int(bigEndian(bytes, at: position))
            let end = position + 12 + length
            guard length < 1 << 31, end <= bytes.count else { throw .damagedPNG("a chunk at byte \(position) runs past the end of the file") }
            type = String(decoding: bytes[position + 4 ..< position + 8], as: UTF8.self)
            range = position..<end
            data = position + 8 ..< position + 8 + length
            let stored = bigEndian(bytes, at: end - 4)
            guard stored == crc(bytes[position + 4 ..< end - 4]) else {
                throw .damagedPNG("the \(type) chunk at byte \(position) has a wrong CRC")
            }
        }
    }

    static func crc(_ bytes: some Collection<UInt8>) -> UInt32 {
        Array(bytes).withUnsafeBufferPointer { buffer in
            UInt32(crc32(0, buffer.baseAddress, uInt(buffer.count)))
        }
    }

    static func bigEndian(_ bytes: [UInt8], at index: Int) -> UInt32 {
        UInt32(bytes[index]) << 24 | UInt32(bytes[index + 1]) << 16 | UInt32(bytes[index + 2]) << 8 | UInt32(bytes[index + 3])
    }

    static func bigEndianBytes(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
