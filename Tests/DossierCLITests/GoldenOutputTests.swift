import Foundation
import Testing

/// The whole output for the bundled examples, compared with the recorded
/// files in `Golden/`. Set `DOSSIER_RECORD_GOLDEN=1` to re-record them on
/// purpose; a recording run fails so that it is never mistaken for a pass.
struct GoldenOutputTests {
  static let recording = ProcessInfo.processInfo.environment["DOSSIER_RECORD_GOLDEN"] == "1"

  @Test(arguments: [("json", "examples.json"), ("markdown", "examples.md")])
  func examplesMatchTheRecordedOutput(_ format: String, _ file: String) throws {
    let root = CLIPaths.packageRoot
    let (status, console) = runDossier(["analyze", "Examples", "--format", format], inDirectory: root)
    #expect(status == 0)
    let goldenPath = root + "/Tests/DossierCLITests/Golden/" + file
    if Self.recording {
      try console.text.write(toFile: goldenPath, atomically: true, encoding: .utf8)
      Issue.record("Recorded \(goldenPath); run again without DOSSIER_RECORD_GOLDEN to compare.")
      return
    }
    let golden = try String(contentsOfFile: goldenPath, encoding: .utf8)
    if console.text != golden {
      let actual = goldenPath + ".actual"
      try? console.text.write(toFile: actual, atomically: true, encoding: .utf8)
      Issue.record("Output differs from \(goldenPath); see \(actual) (diff them, and re-record on purpose).")
    }
  }
}

/// Runs `dossier` with relative paths resolved against `directory`.
func runDossier(_ arguments: [String], inDirectory directory: String) -> (status: Int32, console: RecordingConsole) {
  let resolved = arguments.map { argument in
    argument == "Examples" ? directory + "/Examples" : argument
  }
  let (status, console) = runDossier(resolved)
  // Paths in the output are made relative so that the golden file does not
  // depend on where the package is checked out.
  let relative = RecordingConsole()
  relative.write(Array(console.text.replacingOccurrences(of: directory + "/", with: "").utf8))
  for line in console.errors { relative.error(line) }
  return (status, relative)
}
