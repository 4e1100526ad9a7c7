import DossierCore
import Foundation

/// Paths the tests read: the package root and, when it exists beside the
/// package, the shared evaluation data.
enum TestPaths {
  static let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.path
  }()

  /// `../shared` beside the package, or `nil` in a user's clone.
  static let shared: String? = {
    let path = URL(fileURLWithPath: packageRoot).deletingLastPathComponent().appendingPathComponent("shared").path
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }()
}

/// A fresh temporary folder, removed when the value is released.
final class TemporaryFolder {
  let path: String

  init() {
    path = NSTemporaryDirectory() + "dossier-tests-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  @discardableResult
  func write(_ name: String, _ text: String) -> String {
    write(name, bytes: Array(text.utf8))
  }

  @discardableResult
  func write(_ name: String, bytes: [UInt8]) -> String {
    let file = path + "/" + name
    let folder = (file as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
    return file
  }
}

/// Segments a text with the standard stages.
func segmented(_ text: String) -> Document {
  var document = Document(id: "d1", origin: "test", metadata: DocumentMetadata(), text: text)
  for stage in Analyzer.segmentationStages { stage.process(&document) }
  return document
}

extension Document {
  var sentenceTexts: [String] { sentences.map { String(text($0)) } }
  var paragraphTexts: [String] { paragraphs.map { String(text($0)) } }
  var tokenTexts: [String] { tokens.map { String(text($0.range)) } }
}

/// The shared seed articles, when `../shared` exists beside the package.
enum SeedArticles {
  static var folder: String? { TestPaths.shared.map { $0 + "/seeds" } }

  static var available: Bool { folder != nil }

  /// The seed whose file name starts with `prefix` (`"003"`), as read.
  static func article(_ prefix: String) throws -> IngestedArticle? {
    guard let folder else { return nil }
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    guard let name = names.first(where: { $0.hasPrefix(prefix) }) else { return nil }
    return Ingestor().ingest(paths: [folder + "/" + name]).articles.first
  }
}
