import Foundation
import Testing
@testable import ChronicleRender
import ChronicleCore

@Suite struct PNGResolutionTests {
    /// The chunks of a PNG in order: type, data and whether the stored CRC is right.
    static func chunks(_ png: Data) -> [(type: String, data: [UInt8], crcIsRight: Bool)] {
        let bytes = [UInt8](png)
        var position = 8, out: [(String, [UInt8], Bool)] = []
        while position + 12 <= bytes.count {
            let length = Int(PNGResolution.bigEndian(bytes, at: position))
            let end = position + 12 + length
            guard end <= bytes.count else { break }
            let stored = PNGResolution.bigEndian(bytes, at: end - 4)
            out.append((String(decoding: bytes[position + 4 ..< position + 8], as: UTF8.self), Array(bytes[position + 8 ..< end - 4]),
                        stored == PNGResolution.crc(bytes[position + 4 ..< end - 4])))
            position = end
        }
        return out
    }

    static let tiny = "digraph g { a -> b }"

    /// Every PNG Graphviz renders states the resolution it was drawn at: 300 dpi =
    /// 11811 px/m for a slide, the `dpi` asked for, cairo's 96 otherwise.
    @Test(arguments: [
        ("slide 16:9", Slide(aspect: "16:9"), nil, 11811),
        ("slide at 150 dpi", Slide(aspect: "4:3", dpi: 150), nil, 5906),
        ("dpi 130", nil, 130, 5118),
        ("no dpi", nil, nil, 3780),
    ] as [(String, Slide?, Int?, UInt32)])
    func renderedPNGsCarryPHYs(_ name: String, slide: Slide?, dpi: Int?, perMetre: UInt32) throws {
        let dot = dpi.map { "digraph g { dpi=\($0); a -> b }" } ?? Self.tiny
        let png = try Graphviz.render(dot: dot, format: .png, slide: slide)
        let chunks = Self.chunks(png)
        #expect(chunks.allSatisfy { $0.crcIsRight }, "\(name)")
        #expect(chunks.filter { $0.type == "pHYs" }.count == 1, "\(name)")
        let phys = try #require(chunks.firstIndex { $0.type == "pHYs" })
        let firstData = try #require(chunks.firstIndex { $0.type == "IDAT" })
        #expect(phys < firstData, "\(name): pHYs must come before the first IDAT")
        #expect(chunks[phys].data == PNGResolution.bigEndianBytes(perMetre) + PNGResolution.bigEndianBytes(perMetre) + [1], "\(name)")
        #expect(chunks.last?.type == "IEND")
    }

    @Test func anExistingPHYsIsReplaced() throws {
        let at30 = try Graphviz.render(dot: Self.tiny, format: .png, slide: Slide(aspect: "16:9", dpi: 30))
        #expect(try PNGResolution.dotsPerInch(of: at30) == 30)
        let at72 = try PNGResolution.stamp(at30, dotsPerInch: 72)
        #expect(Self.chunks(at72).filter { $0.type == "pHYs" }.count == 1)
        #expect(try PNGResolution.dotsPerInch(of: at72) == 72)
        #expect(at72.count == at30.count)
        #expect(try PNGResolution.stamp(at72, dotsPerInch: 30) == at30)
    }

    /// Ways a PNG can be damaged, and the words its refusal must contain.
    enum Damage: String, CaseIterable, Sendable {
        case notAPNG = "signature", cutShort = "past the end", flippedBit = "wrong CRC", noImageData = "no image data"

        func apply(_ png: Data) -> Data {
            switch self {
            case .notAPNG: Data("%PDF-1.5".utf8) + png
            case .cutShort: png.prefix(png.count / 2)
            case .flippedBit: { var bytes = png; bytes[bytes.startIndex + 20] ^= 0x01; return bytes }()
            case .noImageData: png.prefix(33)  // the signature and IHDR only
            }
        }
    }

    /// A damaged PNG is refused with a message saying what is wrong, not passed on
    /// with a chunk spliced into garbage.
    @Test(arguments: Damage.allCases)
    func damagedPNGsAreRefused(_ damage: Damage) throws {
        let png = try Graphviz.render(dot: Self.tiny, format: .png)
        let error = #expect(throws: RenderError.self) { try PNGResolution.stamp(damage.apply(png), dotsPerInch: 300) }
        guard case .damagedPNG(let message) = error else { Issue.record("\(damage): \(String(describing: error))"); return }
        #expect(message.contains(damage.rawValue), "\(damage): \(message)")
    }
}
