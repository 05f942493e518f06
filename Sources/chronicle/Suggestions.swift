import ArgumentParser
import Foundation

/// Names the command or option a mistyped one most likely meant: `chronicle extarct`
/// → `extract` (ArgumentParser says "2 unexpected arguments"), `--out` → `--output`
/// (it suggests `--quiet`, and when `--output` is required it reports that instead).
///
/// The names come from ArgumentParser's own description of the tool (`_dumpHelp()`, the
/// JSON `--experimental-dump-help` prints), so they never drift from the commands.
enum Suggestions {
    /// The tool's commands and their option names, as ArgumentParser describes them.
    struct Command: Decodable {
        var commandName: String
        var subcommands: [Command]?
        var arguments: [Argument]?
        var shouldDisplay: Bool?

        struct Argument: Decodable {
            var kind: String
            var names: [Name]?
            var shouldDisplay: Bool?
        }

        struct Name: Decodable {
            var kind: String
            var name: String

            /// As typed: `--output`, `-o`, `-name` for a long name with one dash.
            var spelled: String { kind == "short" ? "-" + name : kind == "longWithSingleDash" ? "-" + name : "--" + name }
        }

        func subcommand(_ name: String) -> Command? { subcommands?.first { $0.commandName == name } }

        /// Every option and flag name, and the ones worth suggesting (shown, long).
        var optionNames: (all: Set<String>, shown: [String]) {
            var all: Set<String> = ["-h", "--help", "--version", "--experimental-dump-help"], shown: [String] = []
            for argument in arguments ?? [] where argument.kind != "positional" {
                for name in argument.names ?? [] {
                    all.insert(name.spelled)
                    if argument.shouldDisplay != false && name.kind != "short" && !["help", "version"].contains(name.name) { shown.append(name.spelled) }
                }
            }
            return (all, shown)
        }
    }

    struct Tool: Decodable { var command: Command }

    /// What to say: the line, and the help to point at (`chronicle help render`).
    struct Hint: Equatable {
        var message: String
        var help: String
    }

    /// The root command's description, or nil when it cannot be read (then
    /// ArgumentParser's own message stands).
    static func tool() -> Command? {
        try? JSONDecoder().decode(Tool.self, from: Data(Chronicle._dumpHelp().utf8)).command
    }

    /// One line for `arguments` (without the program name) naming a command that does
    /// not exist, or nil when every command word is known.
    static func unknownCommand(_ arguments: [String], root: Command) -> Hint? {
        var words = arguments[...]
        if words.first == "help" { words = words.dropFirst() }
        // Down the known command words (`query measure`); the first unknown one where
        // a command has subcommands is the one to name.
        var command = root, path = ["chronicle"]
        while let word = words.first, let sub = command.subcommand(word) {
            command = sub
            path.append(word)
            words = words.dropFirst()
        }
        let commands = (command.subcommands ?? []).filter { $0.shouldDisplay != false && $0.commandName != "help" }.map(\.commandName)
        guard let word = words.first, !word.hasPrefix("-"), !commands.isEmpty else { return nil }
        let prefix = path.joined(separator: " "), help = (["chronicle", "help"] + path.dropFirst()).joined(separator: " ")
        if let nearest = nearest(word, among: commands) {
            return Hint(message: "unknown command '\(word)'; did you mean '\(prefix) \(nearest)'?", help: help)
        }
        return Hint(message: "unknown command '\(word)'; the commands are " + commands.joined(separator: ", "), help: help)
    }

    /// One line naming the first option `arguments` gives that its command does not
    /// have, with the nearest one it does, or nil when every option is known.
    static func unknownOption(_ arguments: [String], root: Command) -> Hint? {
        var command = root, path = ["chronicle"], rest = arguments[...]
        while let word = rest.first, let sub = command.subcommand(word) {
            command = sub
            path.append(word)
            rest = rest.dropFirst()
        }
        let names = command.optionNames
        for word in rest {
            if word == "--" { break }
            guard word.hasPrefix("-"), word != "-", Double(word) == nil else { continue }
            let name = word.hasPrefix("--") ? String(word.prefix { $0 != "=" }) : word
            if names.all.contains(name) { continue }
            // -qo: short flags together.
            if !word.hasPrefix("--"), word.count > 2, word.dropFirst().allSatisfy({ names.all.contains("-\($0)") }) { continue }
            let command = path.joined(separator: " ")
            let help = (["chronicle", "help"] + path.dropFirst()).joined(separator: " ")
            if let nearest = nearest(name, among: names.shown) {
                return Hint(message: "unknown option '\(name)' for \(command); did you mean '\(nearest)'?", help: help)
            }
            return Hint(message: "unknown option '\(name)' for \(command); its options are " + names.shown.joined(separator: ", "), help: help)
        }
        return nil
    }

    /// The candidate `typed` most likely meant: one it begins (`--out` → `--output`),
    /// else the closest by edit distance (a swap of two neighbours counts one edit),
    /// within a third of its length; nil when nothing is that close or two are.
    static func nearest(_ typed: String, among candidates: [String]) -> String? {
        let bare = { (name: String) in String(name.drop { $0 == "-" }) }
        let word = bare(typed)
        guard !word.isEmpty else { return nil }
        let extending = candidates.filter { bare($0).hasPrefix(word) }
        if word.count >= 2, let shortest = extending.min(by: { $0.count < $1.count }),
           extending.filter({ $0.count == shortest.count }).count == 1 {
            return shortest
        }
        let limit = max(1, word.count / 3)
        let scored = candidates.map { ($0, distance(word, bare($0))) }.filter { $0.1 <= limit }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return scored.filter { $0.1 == best.1 }.count == 1 ? best.0 : nil
    }

    /// Edits (insert, delete, replace, swap two neighbours) from `a` to `b`: the
    /// optimal-string-alignment distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { table[i][0] = i }
        for j in 0...y.count { table[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[x.count][y.count]
    }
}
