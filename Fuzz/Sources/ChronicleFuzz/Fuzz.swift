import ChronicleKit
import Foundation

/// One libFuzzer entry point; `CHRONICLE_FUZZ_TARGET` picks what the bytes feed:
/// `extract` (default), `dates`, `dot` or `docx`.
let target = ProcessInfo.processInfo.environment["CHRONICLE_FUZZ_TARGET"] ?? "extract"
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-fuzz-\(getpid()).docx").path

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch target {
    case "dates":
        let text = String(decoding: bytes, as: UTF8.self)
        let analysis = TimeNormalizer(referenceDate: CalendarDate(iso: "2020-02-09")).analyze(TextDocument(path: "f", text: text))
        let scalars = Array(text.unicodeScalars)
        for e in analysis.expressions {
            precondition(e.offset >= 0 && e.offset + e.length <= scalars.count, "span outside the text")
            if let end = e.end, let value = e.value { precondition(end >= value, "range ends before it starts") }
        }
    case "dot":
        let text = String(decoding: bytes, as: UTF8.self)
        let quoted = DOTWriter.quote(text)
        // Scalars, not Characters: a combining mark after the opening quote joins it
        // into one Character (found by this fuzzer: bytes D6 9A FF).
        precondition(quoted.unicodeScalars.first == "\"" && quoted.unicodeScalars.last == "\"")
        // Every quote inside is escaped: the string ends only at the last character.
        var escaped = false
        for (index, c) in quoted.unicodeScalars.enumerated().dropFirst() {
            if escaped { escaped = false; continue }
            if c == "\\" { escaped = true; continue }
            if c == "\"" { precondition(index == quoted.unicodeScalars.count - 1, "unescaped quote") }
        }
        _ = DOTWriter.escapeHTML(text)
    case "docx":
        FileManager.default.createFile(atPath: scratch, contents: Data(bytes))
        _ = try? DocxReader.read(path: scratch, limit: 8 * 1024 * 1024)
    default:
        guard let text = try? TextDecoder.decode(bytes, path: "f").text else { return 0 }
        let graph = Extractor(referenceDate: CalendarDate(iso: "2020-02-09")).extract(TextDocument(path: "f", text: text)).graph
        precondition(graph.invariantViolations().isEmpty, "\(graph.invariantViolations())")
        _ = GraphJSON.string(graph)
    }
    return 0
}

// SwiftPM links an executable target's entry point as `<Target>_main`; libFuzzer's own
// `main` is then not linked, so this one hands control to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32
) -> Int32

@_cdecl("ChronicleFuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzz(data, size) }
}
