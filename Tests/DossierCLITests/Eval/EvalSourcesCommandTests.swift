import DossierCLI
import DossierCore
import Foundation
import Testing

@Suite struct EvalSourcesCommandTests {
  @Test func countsTheSourcesAMentionCovers() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-eval-sources-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("input.jsonl")
    let gold = folder.appendingPathComponent("gold.jsonl")
    try #"{"id": "a", "text": "Clara Osei said the ferries would run. The weather, a pilot said, was fine."}"#
      .write(to: input, atomically: true, encoding: .utf8)
    // One source a mention covers (`Clara Osei`), one it does not (`The weather`).
    try #"{"id": "a", "attributions": [{"source": {"start": 0, "end": 10}}, {"source": {"start": 39, "end": 50}}]}"#
      .write(to: gold, atomically: true, encoding: .utf8)
    let console = RecordingConsole()
    let status = DossierMain.run(["eval", "sources", "--gold", gold.path, input.path], console: console)
    #expect(status == 0, "\(console.errors)")
    let text = console.text
    let row = try #require(text.split(separator: "\n").first { $0.hasPrefix("any overlap") })
    let fields = row.split(separator: " ")
    // matched and gold are the last-but-two and last columns.
    #expect(fields[fields.count - 3] == "1")
    #expect(fields[fields.count - 1] == "2")
  }
}
