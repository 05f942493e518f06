import Foundation

/// A PowerPoint presentation as plain values; ``package()`` writes it as an Office Open
/// XML (.pptx) file that PowerPoint, LibreOffice, Keynote, WPS and python-pptx open.
///
/// Every slide has its title as a real title placeholder (editable, in the outline,
/// read by screen readers) with the East Asian font set, so Chinese never falls back to
/// a Latin font; a picture, if any, covers the whole slide behind the title; the
/// speaker notes hold the evidence.
public struct Presentation: Sendable {
    public struct Slide: Sendable {
        public var title: String
        /// Paragraphs of body text (title and closing slides).
        public var body: [String]
        /// A PNG exactly the slide's size, drawn behind the title.
        public var picture: Data?
        /// Alternative text of the picture.
        public var pictureDescription: String
        /// Speaker notes, one paragraph each.
        public var notes: [String]

        public init(title: String, body: [String] = [], picture: Data? = nil, pictureDescription: String = "", notes: [String] = []) {
            self.title = title
            self.body = body
            self.picture = picture
            self.pictureDescription = pictureDescription
            self.notes = notes
        }
    }

    /// Slide size in EMU (914,400 per inch).
    public var width: Int
    public var height: Int
    /// The font of all text, Latin and East Asian.
    public var font: String
    /// The document title (File ▸ Properties).
    public var title: String
    public var slides: [Slide]
    /// Where the title sits on a picture slide, in points from the top-left: the band
    /// the picture leaves free for it.
    public var titleFrame: (x: Double, y: Double, width: Double, height: Double)

    public static let emuPerPoint = 12_700

    public init(widthInches: Double, heightInches: Double, font: String, title: String, slides: [Slide] = []) {
        width = Int((widthInches * 914_400).rounded())
        height = Int((heightInches * 914_400).rounded())
        self.font = font
        self.title = title
        self.slides = slides
        titleFrame = (18, 14, widthInches * 72 - 36, 48)
    }

    /// The .pptx file.
    public func package() throws(ZipWriter.Failure) -> Data {
        var zip = ZipWriter()
        try zip.add("[Content_Types].xml", text: contentTypes())
        try zip.add("_rels/.rels", text: OOXML.relationships([
            ("rId1", OOXML.officeDocument, "ppt/presentation.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml"),
        ]))
        try zip.add("docProps/core.xml", text: OOXML.core(title: title))
        try zip.add("docProps/app.xml", text: OOXML.app(slides: slides.count))
        try zip.add("ppt/presentation.xml", text: presentation())
        var relationships: [(String, String, String)] = [
            ("rId1", OOXML.type("slideMaster"), "slideMasters/slideMaster1.xml"),
            ("rId2", OOXML.type("notesMaster"), "notesMasters/notesMaster1.xml"),
            ("rId3", OOXML.type("theme"), "theme/theme1.xml"),
            ("rId4", OOXML.type("presProps"), "presProps.xml"),
            ("rId5", OOXML.type("viewProps"), "viewProps.xml"),
            ("rId6", OOXML.type("tableStyles"), "tableStyles.xml"),
        ]
        for index in slides.indices { relationships.append(("rId\(10 + index)", OOXML.type("slide"), "slides/slide\(index + 1).xml")) }
        try zip.add("ppt/_rels/presentation.xml.rels", text: OOXML.relationships(relationships))
        try zip.add("ppt/presProps.xml", text: OOXML.declaration + "<p:presentationPr \(OOXML.namespaces)/>")
        try zip.add("ppt/viewProps.xml", text: OOXML.declaration + "<p:viewPr \(OOXML.namespaces)><p:gridSpacing cx=\"76200\" cy=\"76200\"/></p:viewPr>")
        try zip.add("ppt/tableStyles.xml", text: OOXML.declaration
            + "<a:tblStyleLst xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" def=\"{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}\"/>")
        try zip.add("ppt/theme/theme1.xml", text: OOXML.theme(font: font, name: "Chronicle"))
        try zip.add("ppt/theme/theme2.xml", text: OOXML.theme(font: font, name: "Chronicle Notes"))
        try zip.add("ppt/slideMasters/slideMaster1.xml", text: OOXML.slideMaster(title: titleFrame, width: width, height: height))
        try zip.add("ppt/slideMasters/_rels/slideMaster1.xml.rels", text: OOXML.relationships([
            ("rId1", OOXML.type("slideLayout"), "../slideLayouts/slideLayout1.xml"),
            ("rId2", OOXML.type("theme"), "../theme/theme1.xml"),
        ]))
        try zip.add("ppt/slideLayouts/slideLayout1.xml", text: OOXML.slideLayout(title: titleFrame))
        try zip.add("ppt/slideLayouts/_rels/slideLayout1.xml.rels", text: OOXML.relationships([
            ("rId1", OOXML.type("slideMaster"), "../slideMasters/slideMaster1.xml"),
        ]))
        try zip.add("ppt/notesMasters/notesMaster1.xml", text: OOXML.notesMaster())
        try zip.add("ppt/notesMasters/_rels/notesMaster1.xml.rels", text: OOXML.relationships([
            ("rId1", OOXML.type("theme"), "../theme/theme2.xml"),
        ]))
        for (index, slide) in slides.enumerated() {
            let number = index + 1
            var slideRelationships: [(String, String, String)] = [
                ("rId1", OOXML.type("slideLayout"), "../slideLayouts/slideLayout1.xml"),
                ("rId2", OOXML.type("notesSlide"), "../notesSlides/notesSlide\(number).xml"),
            ]
            if let picture = slide.picture {
                try zip.add("ppt/media/image\(number).png", picture, compress: false)
                slideRelationships.append(("rId3", OOXML.type("image"), "../media/image\(number).png"))
            }
            try zip.add("ppt/slides/slide\(number).xml", text: OOXML.slide(slide, size: (width, height), titleFrame: titleFrame, font: font))
            try zip.add("ppt/slides/_rels/slide\(number).xml.rels", text: OOXML.relationships(slideRelationships))
            try zip.add("ppt/notesSlides/notesSlide\(number).xml", text: OOXML.notes(slide.notes, font: font))
            try zip.add("ppt/notesSlides/_rels/notesSlide\(number).xml.rels", text: OOXML.relationships([
                ("rId1", OOXML.type("notesMaster"), "../notesMasters/notesMaster1.xml"),
                ("rId2", OOXML.type("slide"), "../slides/slide\(number).xml"),
            ]))
        }
        return zip.finish()
    }

    func contentTypes() -> String {
        let main = "application/vnd.openxmlformats-officedocument.presentationml."
        var overrides: [(String, String)] = [
            ("/ppt/presentation.xml", main + "presentation.main+xml"),
            ("/ppt/presProps.xml", main + "presProps+xml"),
            ("/ppt/viewProps.xml", main + "viewProps+xml"),
            ("/ppt/tableStyles.xml", main + "tableStyles+xml"),
            ("/ppt/slideMasters/slideMaster1.xml", main + "slideMaster+xml"),
            ("/ppt/slideLayouts/slideLayout1.xml", main + "slideLayout+xml"),
            ("/ppt/notesMasters/notesMaster1.xml", main + "notesMaster+xml"),
            ("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
            ("/ppt/theme/theme2.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]
        for index in slides.indices {
            overrides.append(("/ppt/slides/slide\(index + 1).xml", main + "slide+xml"))
            overrides.append(("/ppt/notesSlides/notesSlide\(index + 1).xml", main + "notesSlide+xml"))
        }
        return OOXML.declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
            + overrides.map { "<Override PartName=\"\($0.0)\" ContentType=\"\($0.1)\"/>" }.joined()
            + "</Types>"
    }

    func presentation() -> String {
        OOXML.declaration
            + "<p:presentation \(OOXML.namespaces) saveSubsetFonts=\"1\">"
            + "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>"
            + "<p:notesMasterIdLst><p:notesMasterId r:id=\"rId2\"/></p:notesMasterIdLst>"
            + "<p:sldIdLst>" + slides.indices.map { "<p:sldId id=\"\(256 + $0)\" r:id=\"rId\(10 + $0)\"/>" }.joined() + "</p:sldIdLst>"
            + "<p:sldSz cx=\"\(width)\" cy=\"\(height)\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/>"
            + "</p:presentation>"
    }
}
