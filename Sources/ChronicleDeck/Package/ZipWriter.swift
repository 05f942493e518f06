import CChronicleZlib
import Foundation

/// Writes a ZIP archive in memory: the container of Office Open XML files. Text parts
/// are deflated (zlib, raw deflate as ZIP wants it); pictures, already compressed, are
/// stored. Entries keep the order they were added in, which Office expects
/// (`[Content_Types].xml` first).
public struct ZipWriter: Sendable {
    struct Entry {
        var name: [UInt8]
        var crc: UInt32
        var method: UInt16
        var compressedSize: UInt32
        var size: UInt32
        var offset: UInt32
    }

    private var data = Data()
    private var entries: [Entry] = []
    private var names: Set<String> = []

    public init() {}

    /// Why an archive could not be written.
    public enum Failure: Error, CustomStringConvertible {
        case duplicate(String)
        case tooLarge(String)
        case zlib(String, Int32)

        public var description: String {
            switch self {
            case .duplicate(let name): "two entries named \(name)"
            case .tooLarge(let name): "\(name) is larger than a ZIP entry without ZIP64 can hold (4 GB)"
            case let .zlib(name, code): "zlib failed (\(code)) compressing \(name)"
            }
        }
    }

    /// Adds a file; `compress: false` stores it as it is.
    public mutating func add(_ name: String, _ contents: Data, compress: Bool = true) throws(Failure) {
        guard names.insert(name).inserted else { throw .duplicate(name) }
        guard contents.count < Int(UInt32.max), data.count < Int(UInt32.max) else { throw .tooLarge(name) }
        let crc = contents.withUnsafeBytes { raw in
            UInt32(crc32(0, raw.bindMemory(to: Bytef.self).baseAddress, uInt(raw.count)))
        }
        var payload = contents
        var method: UInt16 = 0
        if compress {
            let deflated = try Self.deflate(contents, name: name)
            if deflated.count < contents.count {
                payload = deflated
                method = 8
            }
        }
        let nameBytes = Array(name.utf8)
        let entry = Entry(name: nameBytes, crc: crc, method: method, compressedSize: UInt32(payload.count),
                          size: UInt32(contents.count), offset: UInt32(data.count))
        // Local file header.
        data.append32(0x0403_4b50)
        data.append16(20)  // version needed: 2.0
        data.append16(0x0800)  // names are UTF-8
        data.append16(method)
        data.append16(0)  // time
        data.append16(0x21)  // date: 1980-01-01
        data.append32(crc)
        data.append32(entry.compressedSize)
        data.append32(entry.size)
        data.append16(UInt16(nameBytes.count))
        data.append16(0)
        data.append(contentsOf: nameBytes)
        data.append(payload)
        entries.append(entry)
    }

    public mutating func add(_ name: String, text: String) throws(Failure) {
        try add(name, Data(text.utf8))
    }

    /// The finished archive: the entries and their central directory.
    public func finish() -> Data {
        var archive = data
        let start = UInt32(archive.count)
        for entry in entries {
            archive.append32(0x0201_4b50)
            archive.append16(20)  // made by
            archive.append16(20)
            archive.append16(0x0800)
            archive.append16(entry.method)
            archive.append16(0)
            archive.append16(0x21)
            archive.append32(entry.crc)
            archive.append32(entry.compressedSize)
            archive.append32(entry.size)
            archive.append16(UInt16(entry.name.count))
            archive.append16(0)  // extra
            archive.append16(0)  // comment
            archive.append16(0)  // disk
            archive.append16(0)  // internal attributes
            archive.append32(0)  // external attributes
            archive.append32(entry.offset)
            archive.append(contentsOf: entry.name)
        }
        let size = UInt32(archive.count) - start
        archive.append32(0x0605_4b50)
        archive.append16(0)
        archive.append16(0)
        archive.append16(UInt16(entries.count))
        archive.append16(UInt16(entries.count))
        archive.append32(size)
        archive.append32(start)
        archive.append16(0)
        return archive
    }

    static func deflate(_ input: Data, name: String) throws(Failure) -> Data {
        var stream = z_stream()
        let started = chronicle_deflate_init_raw(&stream, Z_DEFAULT_COMPRESSION)
        guard started == Z_OK else { throw .zlib(name, started) }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 64)
        let status: Int32 = input.withUnsafeBytes { raw in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = UnsafeMutablePointer(mutating: raw.bindMemory(to: Bytef.self).baseAddress)
                stream.avail_in = uInt(raw.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                return CChronicleZlib.deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw .zlib(name, status) }
        return Data(output.prefix(Int(stream.total_out)))
    }
}

extension Data {
    mutating func append16(_ value: UInt16) {
        append(UInt8(value & 0xff))
        append(UInt8(value >> 8))
    }

    mutating func append32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xff)) }
    }
}
