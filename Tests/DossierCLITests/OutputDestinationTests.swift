import Foundation
import Testing

/// `--output FILE` writes exactly what standard output gets, in every format.
struct OutputDestinationTests {
  @Test(arguments: ["json", "jsonl", "markdown"])
  func fileAndStandardOutputGetTheSameBytes(_ format: String) throws {
    let examples = CLIPaths.packageRoot + "/Examples"
    let file = NSTemporaryDirectory() + "dossier-output-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: file) }
    let (toStandardOutput, console) = runDossier(["analyze", examples, "--format", format])
    let (toFile, quiet) = runDossier(["analyze", examples, "--format", format, "--output", file])
    #expect(toStandardOutput == 0 && toFile == 0)
    #expect(quiet.text.isEmpty)
    let written = try Data(contentsOf: URL(fileURLWithPath: file))
    #expect(!written.isEmpty)
    #expect(Array(written) == Array(console.text.utf8))
  }

  @Test func reportsAnOutputFileThatCannotBeWritten() {
    let examples = CLIPaths.packageRoot + "/Examples"
    let (status, console) = runDossier(["analyze", examples, "--output", "/nonexistent/dossier/out.json"])
    #expect(status == 2)
    #expect(console.errors.last?.hasPrefix("dossier: /nonexistent/dossier/out.json: cannot write") == true)
  }
}
