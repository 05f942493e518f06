// chronicle-train: rebuilds Chronicle's name model from news JSON Lines with silver
// name spans (`make train-model` runs it on four years of ../shared/corpus/news).
//
//   chronicle-train -o Sources/ChronicleCore/Resources/names.model [--bits 19]
//                   [--epochs 6] [--seed 1] FILE.jsonl|- …
import ChronicleCore
import Foundation

func fail(_ message: String, code: Int32 = 1) -> Never {
    FileHandle.standardError.write(Data("chronicle-train: \(message)\n".utf8))
    exit(code)
}

var output: String?
var bits = 19, epochs = 6
var seed: UInt64 = 1
var inputs: [String] = []
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    func value() -> String {
        guard let v = arguments.popFirst() else { fail("\(argument) needs a value", code: 64) }
        return v
    }
    switch argument {
    case "-o", "--output": output = value()
    case "--bits":
        guard let v = Int(value()) else { fail("--bits takes a number (8…24)", code: 64) }
        bits = v
    case "--epochs":
        guard let v = Int(value()) else { fail("--epochs takes a number", code: 64) }
        epochs = v
    case "--seed":
        guard let v = UInt64(value()) else { fail("--seed takes a number", code: 64) }
        seed = v
    case "-h", "--help":
        print("usage: chronicle-train -o MODEL [--bits 19] [--epochs 6] [--seed 1] FILE.jsonl|- …")
        exit(0)
    default:
        if argument.hasPrefix("-") && argument != "-" { fail("unknown option \(argument)", code: 64) }
        inputs.append(argument)
    }
}
guard let output else { fail("say where to write the model with -o", code: 64) }
guard (8...24).contains(bits), epochs > 0 else { fail("--bits must be 8…24 and --epochs positive", code: 64) }
if inputs.isEmpty { inputs = ["-"] }

let trainer = NameTrainer(bits: bits, epochs: epochs, seed: seed)
var examples: [NameTrainer.Example] = []
var skipped = 0, characters = 0
let started = Date()
do {
    for input in inputs {
        try NewsItem.forEach(path: input) { item in
            guard !item.text.isEmpty else { skipped += 1; return }
            characters += item.text.unicodeScalars.count
            examples.append(trainer.example(text: item.text, spans: item.silver))
        }
    }
} catch {
    fail("\(error)")
}
guard !examples.isEmpty else { fail("no items with text in \(inputs.joined(separator: ", "))") }
FileHandle.standardError.write(Data("chronicle-train: \(examples.count) items, \(characters) characters (\(skipped) without text skipped), read in \(String(format: "%.1f", Date().timeIntervalSince(started))) s\n".utf8))
let model = trainer.train(examples) { epoch, errors, positions in
    FileHandle.standardError.write(Data("chronicle-train: epoch \(epoch): \(errors) tag errors in \(positions) positions (\(String(format: "%.4f", Double(errors) / Double(max(positions, 1))))), \(String(format: "%.0f", Date().timeIntervalSince(started))) s\n".utf8))
}
do {
    try model.write(to: output)
} catch {
    fail("cannot write \(output): \(error.localizedDescription)")
}
FileHandle.standardError.write(Data("chronicle-train: wrote \(output) in \(String(format: "%.0f", Date().timeIntervalSince(started))) s\n".utf8))
