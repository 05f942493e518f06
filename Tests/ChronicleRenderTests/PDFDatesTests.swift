import Foundation
import Testing
@testable import ChronicleRender
import ChronicleCore
import ChronicleTestSupport

@Suite struct PDFDatesTests {
    /// The same graph drawn twice, a second apart, gives the same PDF — cairo's
    /// time-of-drawing /CreationDate is gone, so `make demo` leaves git clean.
    @Test func renderingTwiceGivesTheSameBytes() throws {
        let renderer = try Renderer()
        let graph = SyntheticGraph.make(events: 12)
        let first = try renderer.render(.timeline, of: graph, format: .pdf, slide: Slide(aspect: "16:9"))
        Thread.sleep(forTimeInterval: 1.1)
        let second = try renderer.render(.timeline, of: graph, format: .pdf, slide: Slide(aspect: "16:9"))
        #expect(first == second)
        #expect(!String(decoding: first, as: UTF8.self).contains("/CreationDate"))
    }

    static func info(_ creation: String, _ modification: String) -> String {
        "%PDF-1.5\n20 0 obj\n<< /Producer (cairo 1.16.0 (https://cairographics.org))\n   \(creation)\n   \(modification)\n>>\nendobj\n"
    }
    static let drawn = info("/CreationDate (D:20261203071522+08'00)", "/ModDate (D:20261203071522Z)")

    /// Each entry keeps its length (the xref offsets after it stay right): the date put
    /// in and padded, or, with no date, the whole entry blanked.
    @Test(arguments: [
        (nil, info(String(repeating: " ", count: 38), String(repeating: " ", count: 28))),
        (Date(timeIntervalSince1970: 1_580_000_000), info("/CreationDate (D:20200126005320Z)     ", "/ModDate (D:20200126005320Z)")),
    ] as [(Date?, String)])
    func datesAreReplacedInPlace(_ date: Date?, expected: String) {
        let out = String(decoding: PDFDates.normalize(Data(Self.drawn.utf8), to: date), as: UTF8.self)
        #expect(out == expected)
        #expect(out.utf8.count == Self.drawn.utf8.count)
    }

    /// Only entries whose value is a PDF date are touched.
    @Test func otherTextIsLeftAlone() {
        let text = "<< /Title (/CreationDate is a key) /CreationDate (not a date) >>"
        #expect(PDFDates.normalize(Data(text.utf8)) == Data(text.utf8))
    }

    /// The blanked PDF is still read by a real client: pdfinfo finds its one page and
    /// no creation date.
    @Test func pdfinfoReadsTheResult() throws {
        let data = try Renderer().render(.timeline, of: SyntheticGraph.make(events: 6), format: .pdf)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-\(UUID()).pdf")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let output = try run("/usr/bin/pdfinfo", [url.path])
        #expect(output.contains("Pages:") && output.contains("Producer:"), "\(output)")
        #expect(!output.contains("CreationDate:"), "\(output)")
    }
}
