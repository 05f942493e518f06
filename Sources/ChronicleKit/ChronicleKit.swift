// ChronicleKit is the umbrella over Chronicle's libraries: importing it imports all
// of them. Take the layers one at a time when you need less:
//
//   ChronicleCore    model, JSON graph I/O, ingest, time expressions, extraction,
//                    evaluation — Swift packages and zlib only
//   ChronicleRender  timeline / relations / lineage views, DOT, Graphviz, fonts
//   ChronicleStore   the SQLite store (GRDB) and its queries
//   ChronicleExport  GraphML, RDF, Cypher, CSV, iCalendar, Mermaid, HTML
//   ChronicleDeck    briefing decks: PowerPoint (.pptx) with slide-sized pictures
@_exported import ChronicleCore
@_exported import ChronicleDeck
@_exported import ChronicleExport
@_exported import ChronicleRender
@_exported import ChronicleStore
