import ChronicleKit
import Foundation

/// The name model alone, over the sample repeated to `--mb` MB or over the items of a
/// news JSONL file (`--news FILE`, uncompressed): its speed, and a digest of every span
/// it finds with the exact bits of its score, so that a change meant only to make the
/// model faster can be checked to leave its output alone (`--print` lists the spans).
func benchNames() {
    let runs = option("--runs", default: 3)
    let args = CommandLine.arguments
    let tagger: NameTagger
    do { tagger = try NameTagger.standard.get() } catch {
        print("\(error)")
        exit(1)
    }
    var texts: [String] = []
    if let i = args.firstIndex(of: "--news"), i + 1 < args.count {
        do { texts = try NewsItem.items(contentsOf: args[i + 1]).map(\.text) } catch {
            print("\(error)")
            exit(1)
        }
    } else {
        texts = [String(decoding: corpus(megabytes: option("--mb", default: 10)), as: UTF8.self)]
    }
    let bytes = texts.reduce(0) { $0 + $1.utf8.count }
    let scalars = texts.map { $0.unicodeScalars.map(\.value) }
    var digest: UInt64 = 0xCBF2_9CE4_8422_2325
    var found: [[NameSpan]] = []
    let result = median(runs: runs, cpu: true) {
        found = texts.map { tagger.names(in: $0) }
        return found.reduce(0) { $0 + $1.count }
    }
    for (k, spans) in found.enumerated() {
        for span in spans {
            for v in [UInt64(k), UInt64(span.kind.rawValue), UInt64(span.range.lowerBound), UInt64(span.range.upperBound), span.score.bitPattern] {
                digest = (digest ^ v) &* 0x100_0000_01B3
            }
            if args.contains("--print") {
                let name = String(String.UnicodeScalarView(scalars[k][span.range].compactMap(Unicode.Scalar.init)))
                print("\(k)\t\(span.kind)\t\(span.range.lowerBound)\t\(name)\t\(span.score)")
            }
        }
    }
    let mb = Double(bytes) / 1_000_000
    print(String(format: "names: %.1f MB in %d text(s), median of %d runs: %.3f s of CPU, %.1f MB/s, %d spans, digest %016llx",
                 mb, texts.count, runs, result.seconds, mb / result.seconds, result.check, digest))
}
