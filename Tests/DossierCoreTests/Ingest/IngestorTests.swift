import DossierCore
import Foundation
import Testing

struct IngestorTests {
  @Test func readsFoldersRecursivelyInPathOrder() {
    let folder = TemporaryFolder()
    folder.write("b/two.txt", "Second article.")
    folder.write("a.txt", "First article.")
    folder.write("b/a/one.jsonl", "{\"text\": \"Nested row.\"}\n")
    folder.write("notes.md", "# not an article")
    folder.write(".hidden.txt", "Hidden.")
    let report = Ingestor().ingest(paths: [folder.path])
    #expect(report.articles.map(\.text) == ["First article.", "Nested row.", "Second article."])
    #expect(
      report.articles.map { $0.origin.replacingOccurrences(of: folder.path, with: "") } == [
        "/a.txt", "/b/a/one.jsonl#1", "/b/two.txt",
      ])
    #expect(report.problems.isEmpty)
  }

  @Test func reportsEachBadInputAndReadsTheRest() throws {
    let folder = TemporaryFolder()
    let good = folder.write("good.txt", "A good article.")
    let empty = folder.write("empty.txt", "")
    let binary = folder.write("image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
    let markdown = folder.write("notes.md", "Words.")
    let missing = folder.path + "/missing.txt"
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/dangling.txt", withDestinationPath: missing)
    let report = Ingestor().ingest(paths: [missing, empty, good, binary, markdown, folder.path + "/dangling.txt"])
    #expect(report.articles.map(\.text) == ["A good article."])
    #expect(
      report.problems.map(\.description) == [
        "\(missing): no such file or folder",
        "\(empty): empty file",
        "\(binary): binary file, not text",
        "\(markdown): unsupported file type (Dossier reads .txt, .text, .jsonl, .ndjson)",
        "\(folder.path)/dangling.txt: broken symbolic link",
      ])
  }

  @Test(.enabled(if: getuid() != 0, "root reads files whatever their mode"))
  func reportsUnreadableFile() throws {
    let folder = TemporaryFolder()
    let locked = folder.write("locked.txt", "Secret.")
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked)
    let report = Ingestor().ingest(paths: [locked])
    #expect(report.problems.map(\.description) == ["\(locked): cannot read: permission denied"])
  }

  @Test func readsStandardInputAsJSONLines() {
    let report = Ingestor().ingest(paths: ["-"], standardInput: { Array("{\"text\": \"From a pipe.\"}\n".utf8) })
    #expect(report.articles.map(\.origin) == ["-#1"])
  }

  @Test func readsSeeds() throws {
    guard let shared = TestPaths.shared else { return }
    let report = Ingestor().ingest(paths: [shared + "/seeds"])
    #expect(report.articles.count == 5 && report.problems.isEmpty)
    let dates = report.articles.map { $0.metadata.published.date?.description }
    #expect(dates == [nil, "2023-01-31", "2023-01-31", nil, nil])
    #expect(report.articles[1].text.hasPrefix("Former British Prime Minister"))
    #expect(report.articles[2].text.hasPrefix("Live\n"))
  }
}
