import DossierCLI
import Foundation

/// A console that records what a command writes.
final class RecordingConsole: Console, @unchecked Sendable {
  private let lock = NSLock()
  private var output: [UInt8] = []
  private var errorLines: [String] = []
  let input: [UInt8]

  init(input: [UInt8] = []) { self.input = input }

  func write(_ bytes: [UInt8]) {
    lock.withLock { output += bytes }
  }

  func error(_ line: String) {
    lock.withLock { errorLines.append(line) }
  }

  func progress(_ line: String) {}

  func readStandardInput() -> [UInt8] { input }

  var errorIsTerminal: Bool { false }

  var text: String { lock.withLock { String(decoding: output, as: UTF8.self) } }
  var errors: [String] { lock.withLock { errorLines } }
}

enum CLIPaths {
  static let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  static let shared: String? = {
    let path = URL(fileURLWithPath: packageRoot).deletingLastPathComponent().appendingPathComponent("shared").path
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }()
}

/// Runs `dossier ARGUMENTS` in process.
func runDossier(_ arguments: [String], input: [UInt8] = []) -> (status: Int32, console: RecordingConsole) {
  let console = RecordingConsole(input: input)
  let status = DossierMain.run(arguments, console: console)
  return (status, console)
}
