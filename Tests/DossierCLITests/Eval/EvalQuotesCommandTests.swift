import DossierCLI
import DossierCore
import Foundation
import Testing

@Suite struct EvalQuotesCommandTests {
  @Test func printsContentSpeakerAndCueRows() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-eval-quotes-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("input.jsonl")
    let gold = folder.appendingPathComponent("gold.jsonl")
    // `Officials said the pier was closed.`: content 15..35, source 0..9, cue 10..14.
    try #"{"id": "a", "text": "Officials said the pier was closed."}"#
      .write(to: input, atomically: true, encoding: .utf8)
    try #"""
    {"id": "a", "attributions": [{"content": {"start": 15, "end": 34}, "source": {"start": 0, "end": 9}, "cue": {"start": 10, "end": 14}, "direct": false}]}
    """#.write(to: gold, atomically: true, encoding: .utf8)
    let console = RecordingConsole()
    let status = DossierMain.run(["eval", "quotes", "--gold", gold.path, input.path], console: console)
    #expect(status == 0, "\(console.errors)")
    let text = console.text
    for name in ["content", "speaker", "cue", "direct content", "direct speaker", "direct cue"] {
      #expect(text.contains("\n" + name + " "), "\(text)")
    }
    let speaker = try #require(text.split(separator: "\n").first { $0.hasPrefix("speaker ") })
    #expect(speaker.split(separator: " ").dropFirst().first == "1.000", "\(text)")
  }

  @Test func missingGoldFileFails() {
    let console = RecordingConsole()
    let status = DossierMain.run(
      ["eval", "quotes", "--gold", "/nonexistent/gold.jsonl", "/nonexistent/in.jsonl"], console: console)
    #expect(status == 2)
  }
}
