import DossierCLI
import DossierCore
import Foundation
import Testing

@Suite("dossier eval timex")
struct EvalTimexCommandTests {
  @Test("Scores an invented file and prints the table")
  func scores() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("timex-eval-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("input.jsonl")
    let gold = folder.appendingPathComponent("gold.jsonl")
    try #"{"id": "a", "text": "The lighthouse closed on Monday for nine days.", "published": "2024-03-13"}"#
      .write(to: input, atomically: true, encoding: .utf8)
    try
      #"{"id": "a", "timexes": [{"start": 25, "end": 31, "text": "Monday", "type": "date", "value": "2024-03-11"}, {"start": 36, "end": 45, "text": "nine days", "type": "duration", "value": "P9D"}]}"#
      .write(to: gold, atomically: true, encoding: .utf8)
    let console = RecordingConsole()
    let status = DossierMain.run(["eval", "timex", "--gold", gold.path, input.path], console: console)
    #expect(status == 0)
    #expect(console.text.contains("relaxed span    1.000      1.000   1.000  2        2          2"))
    #expect(console.text.contains("value           1.000"))
    #expect(console.text.contains("duration span"))
  }
}
