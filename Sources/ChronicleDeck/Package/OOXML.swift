import ChronicleCore
import Foundation

/// The XML parts of a presentation (ECMA-376, PresentationML and DrawingML), written as
/// text: a fixed master, layout and theme, and slides with a title placeholder, an
/// optional full-slide picture and speaker notes.
enum OOXML {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let namespaces = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\""
    static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"

    static func type(_ name: String) -> String { "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + name }

    /// Text for XML content and attribute values (characters XML 1.0 cannot hold become
    /// spaces), as every XML writer of Chronicle escapes it.
    static func escape(_ text: String) -> String { Escape.xml(text) }

    static func relationships(_ items: [(String, String, String)]) -> String {
        declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + items.map { "<Relationship Id=\"\($0.0)\" Type=\"\($0.1)\" Target=\"\(escape($0.2))\"/>" }.joined()
            + "</Relationships>"
    }

    static func core(title: String) -> String {
        declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(escape(title))</dc:title><dc:creator>Chronicle</dc:creator><dc:language>zh-CN</dc:language>"
            + "</cp:coreProperties>"
    }

    static func app(slides: Int) -> String {
        declaration
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>Chronicle</Application><Slides>\(slides)</Slides><Notes>\(slides)</Notes></Properties>"
    }

    static func emu(_ points: Double) -> Int { Int((points * Double(Presentation.emuPerPoint)).rounded()) }

    static func transform(x: Double, y: Double, width: Double, height: Double) -> String {
        "<a:xfrm><a:off x=\"\(emu(x))\" y=\"\(emu(y))\"/><a:ext cx=\"\(emu(width))\" cy=\"\(emu(height))\"/></a:xfrm>"
    }

    static func groupProperties() -> String {
        "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
            + "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>"
    }

    /// A run of text in `font` for Latin and East Asian script, marked as Chinese.
    static func run(_ text: String, font: String, size: Int? = nil, bold: Bool = false, color: String? = nil) -> String {
        var attributes = "lang=\"zh-CN\" altLang=\"en-US\""
        if let size { attributes += " sz=\"\(size)\"" }
        if bold { attributes += " b=\"1\"" }
        let fill = color.map { "<a:solidFill><a:srgbClr val=\"\($0)\"/></a:solidFill>" } ?? ""
        return "<a:r><a:rPr \(attributes) dirty=\"0\">\(fill)<a:latin typeface=\"\(escape(font))\"/><a:ea typeface=\"\(escape(font))\"/>"
            + "<a:cs typeface=\"\(escape(font))\"/></a:rPr><a:t>\(escape(text))</a:t></a:r>"
    }

    static let titleStyle = "<a:lvl1pPr algn=\"l\"><a:defRPr sz=\"2800\" b=\"1\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>"
        + "<a:latin typeface=\"+mj-lt\"/><a:ea typeface=\"+mj-ea\"/><a:cs typeface=\"+mj-cs\"/></a:defRPr></a:lvl1pPr>"

    static func titlePlaceholder(_ frame: (x: Double, y: Double, width: Double, height: Double), text: String?, font: String, id: Int) -> String {
        let body: String
        if let text {
            body = "<p:txBody><a:bodyPr vert=\"horz\" wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"ctr\"><a:normAutofit/></a:bodyPr><a:lstStyle/>"
                + "<a:p>" + run(text, font: font, size: 2800, bold: true) + "</a:p></p:txBody>"
        } else {
            body = "<p:txBody><a:bodyPr vert=\"horz\" wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"ctr\"><a:normAutofit/></a:bodyPr>"
                + "<a:lstStyle/><a:p><a:r><a:rPr lang=\"zh-CN\"/><a:t>标题</a:t></a:r></a:p></p:txBody>"
        }
        return "<p:sp><p:nvSpPr><p:cNvPr id=\"\(id)\" name=\"Title \(id)\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>"
            + "<p:nvPr><p:ph type=\"title\"/></p:nvPr></p:nvSpPr>"
            + "<p:spPr>" + transform(x: frame.x, y: frame.y, width: frame.width, height: frame.height) + "</p:spPr>"
            + body + "</p:sp>"
    }

    static func slide(_ slide: Presentation.Slide, size: (Int, Int), titleFrame: (x: Double, y: Double, width: Double, height: Double), font: String) -> String {
        let width = Double(size.0) / Double(Presentation.emuPerPoint), height = Double(size.1) / Double(Presentation.emuPerPoint)
        var shapes = ""
        var id = 2
        if slide.picture != nil {
            shapes += "<p:pic><p:nvPicPr><p:cNvPr id=\"\(id)\" name=\"Picture \(id)\" descr=\"\(escape(slide.pictureDescription))\"/>"
                + "<p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>"
                + "<p:blipFill><a:blip r:embed=\"rId3\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>"
                + "<p:spPr>" + transform(x: 0, y: 0, width: width, height: height) + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>"
            id += 1
        }
        // A text slide: a coloured band down the left, the title lower with a rule
        // under it, and the body in large type below.
        let isText = slide.picture == nil && !slide.body.isEmpty
        let frame = isText ? (x: titleFrame.x + 40, y: height * 0.12, width: titleFrame.width - 70, height: 64.0) : titleFrame
        if isText {
            for (x, y, w, h) in [(0.0, 0.0, 14.0, height), (frame.x, frame.y + frame.height + 8, frame.width, 2.0)] {
                shapes += "<p:sp><p:nvSpPr><p:cNvPr id=\"\(id)\" name=\"Band \(id)\"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>"
                    + "<p:spPr>" + transform(x: x, y: y, width: w, height: h)
                    + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val=\"C0392B\"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>"
                id += 1
            }
        }
        shapes += titlePlaceholder(frame, text: slide.title, font: font, id: id)
        id += 1
        if !slide.body.isEmpty {
            let top = frame.y + frame.height + 30
            shapes += "<p:sp><p:nvSpPr><p:cNvPr id=\"\(id)\" name=\"Text \(id)\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>"
                + "<p:spPr>" + transform(x: frame.x, y: top, width: frame.width, height: height - top - 30)
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>"
                + "<p:txBody><a:bodyPr wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\"><a:normAutofit/></a:bodyPr><a:lstStyle/>"
                + slide.body.map { "<a:p><a:pPr><a:spcBef><a:spcPts val=\"1000\"/></a:spcBef></a:pPr>" + run($0, font: font, size: 2400, color: "404040") + "</a:p>" }.joined()
                + "</p:txBody></p:sp>"
        }
        return declaration + "<p:sld \(namespaces)><p:cSld><p:spTree>" + groupProperties() + shapes
            + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
    }

    static func notes(_ paragraphs: [String], font: String) -> String {
        let text = paragraphs.isEmpty ? "<a:p><a:endParaRPr lang=\"zh-CN\"/></a:p>"
            : paragraphs.map { "<a:p>" + run($0, font: font, size: 1200) + "</a:p>" }.joined()
        return declaration + "<p:notes \(namespaces)><p:cSld><p:spTree>" + groupProperties()
            + "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr>"
            + "<p:nvPr><p:ph type=\"sldImg\"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>"
            + "<p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes 2\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>"
            + "<p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr></p:nvSpPr><p:spPr/>"
            + "<p:txBody><a:bodyPr/><a:lstStyle/>" + text + "</p:txBody></p:sp>"
            + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
    }

    static let colorMap = "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" "
        + "accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>"

    static func slideMaster(title: (x: Double, y: Double, width: Double, height: Double), width: Int, height: Int) -> String {
        declaration + "<p:sldMaster \(namespaces)><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg><p:spTree>"
            + groupProperties()
            + "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Title Placeholder 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>"
            + "<p:nvPr><p:ph type=\"title\"/></p:nvPr></p:nvSpPr>"
            + "<p:spPr>" + transform(x: title.x, y: title.y, width: title.width, height: title.height) + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr>"
            + "<p:txBody><a:bodyPr vert=\"horz\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"ctr\"><a:normAutofit/></a:bodyPr><a:lstStyle/>"
            + "<a:p><a:r><a:rPr lang=\"zh-CN\"/><a:t>标题</a:t></a:r></a:p></p:txBody></p:sp>"
            + "</p:spTree></p:cSld>" + colorMap
            + "<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst>"
            + "<p:txStyles><p:titleStyle>" + titleStyle + "</p:titleStyle>"
            + "<p:bodyStyle><a:lvl1pPr><a:defRPr sz=\"2000\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>"
            + "<a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/><a:cs typeface=\"+mn-cs\"/></a:defRPr></a:lvl1pPr></p:bodyStyle>"
            + "<p:otherStyle><a:lvl1pPr><a:defRPr><a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/></a:defRPr></a:lvl1pPr></p:otherStyle>"
            + "</p:txStyles></p:sldMaster>"
    }

    static func slideLayout(title: (x: Double, y: Double, width: Double, height: Double)) -> String {
        declaration + "<p:sldLayout \(namespaces) type=\"titleOnly\" preserve=\"1\"><p:cSld name=\"Title Only\"><p:spTree>"
            + groupProperties()
            + "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Title 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>"
            + "<p:nvPr><p:ph type=\"title\"/></p:nvPr></p:nvSpPr><p:spPr/>"
            + "<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang=\"zh-CN\"/><a:t>标题</a:t></a:r></a:p></p:txBody></p:sp>"
            + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"
    }

    static func notesMaster() -> String {
        declaration + "<p:notesMaster \(namespaces)><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg><p:spTree>"
            + groupProperties()
            + "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image Placeholder 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr>"
            + "<p:nvPr><p:ph type=\"sldImg\" idx=\"2\"/></p:nvPr></p:nvSpPr>"
            + "<p:spPr><a:xfrm><a:off x=\"381000\" y=\"685800\"/><a:ext cx=\"6096000\" cy=\"3429000\"/></a:xfrm>"
            + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/><a:ln w=\"12700\"><a:solidFill><a:prstClr val=\"black\"/></a:solidFill></a:ln></p:spPr></p:sp>"
            + "<p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes Placeholder 2\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>"
            + "<p:nvPr><p:ph type=\"body\" sz=\"quarter\" idx=\"1\"/></p:nvPr></p:nvSpPr>"
            + "<p:spPr><a:xfrm><a:off x=\"685800\" y=\"4343400\"/><a:ext cx=\"5486400\" cy=\"4114800\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr>"
            + "<p:txBody><a:bodyPr vert=\"horz\" lIns=\"91440\" tIns=\"45720\" rIns=\"91440\" bIns=\"45720\"/><a:lstStyle/>"
            + "<a:p><a:r><a:rPr lang=\"zh-CN\"/><a:t>备注</a:t></a:r></a:p></p:txBody></p:sp>"
            + "</p:spTree></p:cSld>" + colorMap
            + "<p:notesStyle><a:lvl1pPr marL=\"0\" algn=\"l\"><a:defRPr sz=\"1200\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>"
            + "<a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/><a:cs typeface=\"+mn-cs\"/></a:defRPr></a:lvl1pPr></p:notesStyle>"
            + "</p:notesMaster>"
    }

    /// A theme whose major and minor fonts are `font` for Latin and East Asian text.
    static func theme(font: String, name: String) -> String {
        let f = escape(font)
        func fill(_ color: String) -> String { "<a:solidFill><a:schemeClr val=\"\(color)\"/></a:solidFill>" }
        let line = "<a:ln w=\"9525\" cap=\"flat\" cmpd=\"sng\" algn=\"ctr\">" + fill("phClr") + "<a:prstDash val=\"solid\"/></a:ln>"
        return declaration + "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"\(escape(name))\"><a:themeElements>"
            + "<a:clrScheme name=\"Chronicle\">"
            + "<a:dk1><a:srgbClr val=\"222222\"/></a:dk1><a:lt1><a:srgbClr val=\"FFFFFF\"/></a:lt1>"
            + "<a:dk2><a:srgbClr val=\"44546A\"/></a:dk2><a:lt2><a:srgbClr val=\"E7E6E6\"/></a:lt2>"
            + "<a:accent1><a:srgbClr val=\"C0392B\"/></a:accent1><a:accent2><a:srgbClr val=\"2E86C1\"/></a:accent2>"
            + "<a:accent3><a:srgbClr val=\"28B463\"/></a:accent3><a:accent4><a:srgbClr val=\"F1C40F\"/></a:accent4>"
            + "<a:accent5><a:srgbClr val=\"8E44AD\"/></a:accent5><a:accent6><a:srgbClr val=\"7F8C8D\"/></a:accent6>"
            + "<a:hlink><a:srgbClr val=\"0563C1\"/></a:hlink><a:folHlink><a:srgbClr val=\"954F72\"/></a:folHlink></a:clrScheme>"
            + "<a:fontScheme name=\"Chronicle\">"
            + "<a:majorFont><a:latin typeface=\"\(f)\"/><a:ea typeface=\"\(f)\"/><a:cs typeface=\"\(f)\"/></a:majorFont>"
            + "<a:minorFont><a:latin typeface=\"\(f)\"/><a:ea typeface=\"\(f)\"/><a:cs typeface=\"\(f)\"/></a:minorFont></a:fontScheme>"
            + "<a:fmtScheme name=\"Chronicle\"><a:fillStyleLst>" + fill("phClr") + fill("phClr") + fill("phClr") + "</a:fillStyleLst>"
            + "<a:lnStyleLst>" + line + line + line + "</a:lnStyleLst>"
            + "<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>"
            + "<a:bgFillStyleLst>" + fill("phClr") + fill("phClr") + fill("phClr") + "</a:bgFillStyleLst></a:fmtScheme>"
            + "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
    }
}
