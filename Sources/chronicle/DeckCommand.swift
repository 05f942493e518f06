import ArgumentParser
import ChronicleKit
import Foundation

extension Chronicle {
    struct Deck: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a briefing deck (PowerPoint .pptx): title, timeline, measures, people, sources.",
            discussion: """
                Each slide has an editable title and a picture drawn at the slide's exact
                size; the speaker notes hold the evidence sentences of what it shows. The
                timeline takes a slide per month, or per week where a month is too crowded
                to read at 14 pt. The file is written whole or not at all.
                """)

        @Argument(help: "A graph in JSON Graph Format (from `chronicle extract`).")
        var graph: String?

        @Option(help: "Read the graph from this store (chronicle build) instead of a file.")
        var db: String?

        @Option(name: .shortAndLong, help: "The .pptx file to write.")
        var output: String

        @Option(help: "The title of the deck (title slide and document properties).")
        var title: String?

        @Option(help: "Slide shape: 16:9 or 4:3.")
        var slide: String = "16:9"

        @OptionGroup var range: RangeOptions

        @Option(help: "Timeline slides per week, per month, or auto (by density).")
        var per: DeckOptions.Period = .auto

        @Option(help: "How many measures get a lineage slide (the ones stated by the most events).")
        var measures: Int = 3

        @Option(help: "A measure to give a lineage slide, by name or id (repeatable; replaces --measures).")
        var measure: [String] = []

        @Option(help: "How many people get a slide (the ones at the most events).")
        var persons: Int = 2

        @Option(help: "A person to give a slide, by name or id (repeatable; replaces --persons).")
        var person: [String] = []

        @Option(help: "Font family; default: the best installed CJK font.")
        var font: String?

        @Option(help: "print (light) or projection (larger type, stronger colours).")
        var theme: Theme = .print

        func validate() throws {
            if (graph == nil) == (db == nil) { throw ValidationError("give a graph file or --db, not both") }
            if Slide(aspect: slide) == nil { throw ValidationError("--slide must be 16:9 or 4:3, not \"\(slide)\"") }
            if measures < 0 || persons < 0 { throw ValidationError("--measures and --persons take a count of 0 or more") }
            if !output.lowercased().hasSuffix(".pptx") { throw ValidationError("the output must be a .pptx file, not \"\(output)\"") }
        }

        func run() throws {
            try reportingErrors {
                try OutputFile.checkWritable(output)
                let loaded = range.drawn(try loadGraph(file: graph, db: db))
                let renderer = try Renderer(font: font, theme: theme)
                let options = DeckOptions(
                    title: title, slide: Slide(aspect: slide)!, from: range.fromDate, to: range.toDate, levels: range.levels,
                    period: per, measureCount: measures, measures: measure, personCount: persons, persons: person)
                let presentation = try DeckBuilder(renderer: renderer).build(loaded, options: options)
                let data: Data
                do { data = try presentation.package() } catch { throw DeckError.package("\(error)") }
                try OutputFile.write(data, to: output)
                FileHandle.standardError.write(Data("deck: wrote \(presentation.slides.count) slides to \(output) (\(data.count / 1024) KB)\n".utf8))
            }
        }
    }
}

extension DeckOptions.Period: ExpressibleByArgument {}
