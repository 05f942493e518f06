import Foundation

/// `application/x-www-form-urlencoded` (query strings and form posts): `+` is a
/// space, `%XX` bytes are UTF-8; the first value of a repeated name wins.
struct FormValues: Sendable {
    var values: [String: String] = [:]

    init(_ encoded: String) {
        for pair in encoded.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0]), value = parts.count > 1 ? Self.decode(parts[1]) : ""
            if values[name] == nil { values[name] = value }
        }
    }

    init(_ values: [String: String]) {
        self.values = values
    }

    /// `+` → space, `%XX` → that byte; the bytes read as UTF-8 (a malformed escape is
    /// kept as written).
    static func decode(_ text: Substring) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }) else { return String(text) }
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < bytes.count,
                      let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) {
                out.append(high << 4 | low)
                index += 2
            } else {
                out.append(byte)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The value, without surrounding white space; nil when missing or blank.
    subscript(_ name: String) -> String? {
        guard let raw = values[name] else { return nil }
        let value = raw.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()
        return value.isEmpty ? nil : String(value)
    }
}

/// One file and the plain fields of a `multipart/form-data` upload.
struct MultipartForm {
    var fields: [String: String] = [:]
    var fileName: String?
    var fileData: Data?

    enum Failure: Error { case malformed(String) }

    /// Parses `body` with the boundary named in `contentType`.
    init(body: Data, contentType: String) throws {
        guard let range = contentType.range(of: "boundary=") else { throw Failure.malformed("no boundary in the Content-Type") }
        var boundary = String(contentType[range.upperBound...])
        if let semicolon = boundary.firstIndex(of: ";") { boundary = String(boundary[..<semicolon]) }
        boundary = boundary.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        guard !boundary.isEmpty else { throw Failure.malformed("empty boundary") }
        let delimiter = Data(("--" + boundary).utf8)
        let headerEnd = Data("\r\n\r\n".utf8)
        var position = body.startIndex
        guard let first = body.range(of: delimiter, in: position..<body.endIndex) else { throw Failure.malformed("no parts") }
        position = first.upperBound
        while true {
            // After a delimiter: "--" ends the form, else CRLF and a part.
            if body[position...].starts(with: Data("--".utf8)) { break }
            guard body[position...].starts(with: Data("\r\n".utf8)) else { throw Failure.malformed("bad delimiter line") }
            position += 2
            guard let headersEnd = body.range(of: headerEnd, in: position..<body.endIndex) else { throw Failure.malformed("part without headers") }
            let headers = String(decoding: body[position..<headersEnd.lowerBound], as: UTF8.self)
            let contentStart = headersEnd.upperBound
            guard let next = body.range(of: Data("\r\n".utf8) + delimiter, in: contentStart..<body.endIndex) else {
                throw Failure.malformed("unterminated part")
            }
            let content = body[contentStart..<next.lowerBound]
            let disposition = headers.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-disposition:") }.map(String.init) ?? ""
            let name = Self.parameter("name", in: disposition)
            if let file = Self.parameter("filename", in: disposition) {
                if name == "file" {
                    fileName = file
                    fileData = Data(content)
                }
            } else if let name {
                fields[name] = String(decoding: content, as: UTF8.self)
            }
            position = next.upperBound
        }
    }

    static func parameter(_ name: String, in header: String) -> String? {
        for piece in header.split(separator: ";") {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix(name + "=") else { continue }
            var value = String(trimmed.dropFirst(name.count + 1))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }
}
