import DossierCore
import Foundation
import Testing

struct AnalyzeCommandTests {
  func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "dossier-cli-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  func write(_ text: String, to path: String) {
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
  }

  @Test func exitsZeroWhenEverythingWasRead() throws {
    let folder = temporaryFolder()
    write("title: One\n\nThe first article.", to: folder + "/one.txt")
    let (status, console) = runDossier(["analyze", folder])
    #expect(status == 0)
    #expect(console.errors.isEmpty)
    let json = try JSONParser.parse(console.text)
    #expect(json["documents"]?.arrayValue?.count == 1)
  }

  @Test func exitsOneWhenSomeInputWasSkipped() {
    let folder = temporaryFolder()
    write("A good article.", to: folder + "/good.txt")
    write("{\"text\": \"Row one.\"}\n{broken\n", to: folder + "/feed.jsonl")
    let (status, console) = runDossier(["analyze", folder, folder + "/absent.txt"])
    #expect(status == 1)
    #expect(console.errors.count == 2)
    #expect(console.errors[0].hasPrefix("dossier: \(folder)/feed.jsonl:2: not valid JSON"))
    #expect(console.errors[1] == "dossier: \(folder)/absent.txt: no such file or folder")
    #expect(console.text.contains("\"Row one.\""))
  }

  @Test func exitsTwoWhenNothingCouldBeRead() {
    let (status, console) = runDossier(["analyze", "/nonexistent/dossier/input"])
    #expect(status == 2)
    #expect(console.errors.last?.contains("nothing could be read") == true)
  }

  @Test(arguments: [
    ["analyze"], ["analyze", "x.txt", "--format", "yaml"], ["analyze", "x.txt", "--jobs", "0"], ["frobnicate"],
  ])
  func exitsTwoOnWrongArguments(_ arguments: [String]) {
    let (status, console) = runDossier(arguments)
    #expect(status == 2)
    #expect(!console.errors.isEmpty)
  }

  @Test func readsStandardInput() throws {
    let (status, console) = runDossier(["analyze", "-"], input: Array("{\"text\": \"Piped in.\"}\n".utf8))
    #expect(status == 0)
    let json = try JSONParser.parse(console.text)
    #expect(json["documents"]?.arrayValue?.first?["path"]?.stringValue == "-#1")
  }

  @Test func writesMarkdownToAFile() throws {
    let folder = temporaryFolder()
    write("title: Quay reopens\nsource: Harbour Gazette\ndate: 2025-03-14\n\nThe quay reopened.", to: folder + "/a.txt")
    let output = folder + "/report.md"
    let (status, console) = runDossier(["analyze", folder + "/a.txt", "--format", "markdown", "--output", output])
    #expect(status == 0 && console.text.isEmpty)
    let report = try String(contentsOfFile: output, encoding: .utf8)
    #expect(report.hasPrefix("# Dossier report"))
    #expect(report.contains("| Quay reopens | Harbour Gazette | 2025-03-14 (header) | 3 words, 1 paragraph |"))
  }

  @Test func sameInputGivesSameBytes() {
    let root = CLIPaths.packageRoot + "/Examples"
    let first = runDossier(["analyze", root, "--jobs", "1"]).console.text
    let second = runDossier(["analyze", root, "--jobs", "3"]).console.text
    #expect(first == second && !first.isEmpty)
  }

  @Test func analysesTheSeeds() throws {
    guard let shared = CLIPaths.shared else { return }
    let (status, console) = runDossier(["analyze", shared + "/seeds", "--format", "json"])
    #expect(status == 0)
    let json = try JSONParser.parse(console.text)
    let documents = try #require(json["documents"]?.arrayValue)
    #expect(documents.count == 5)
    let published = documents.map { ($0["published"]?["value"]?.stringValue, $0["published"]?["basis"]?.stringValue) }
    // 001 and 002 carry a header; 004's date is read from its text; the
    // undated 000 and 003 take their story's date.
    #expect(published[1] == ("2023-01-31", "header") && published[2] == ("2023-01-31", "header"))
    #expect(published[4] == ("2022-02-02", "text"))
    #expect(published[0] == ("2023-01-31", "story") && published[3] == ("2023-01-31", "story"))
    #expect(documents[1]["text"]?.stringValue?.hasPrefix("Former ") == true)
    // The four 2023 articles form one story, 004 another.
    let stories = documents.map { $0["story"]?.stringValue }
    #expect(Set(stories[0...3]).count == 1 && stories[4] != stories[0])
    #expect(json["derivations"]?.arrayValue?.isEmpty == true)
    let entities = try #require(json["entities"]?.arrayValue)
    func entity(named name: String) -> JSONValue? { entities.first { $0["name"]?.stringValue == name } }
    let zelenskyy = try #require(entity(named: "Volodymyr Zelenskyy") ?? entity(named: "Volodymyr Zelensky"))
    let spellings = [zelenskyy["name"]] + (zelenskyy["aliases"]?.arrayValue ?? [])
    #expect(spellings.contains(.string("Zelensky")) || spellings.contains(.string("Volodymyr Zelensky")))
    #expect(spellings.contains(.string("Zelenskyy")) || spellings.contains(.string("Volodymyr Zelenskyy")))
    let peskov = try #require(entity(named: "Dmitry Peskov"))
    let peskovNames = [peskov["name"]] + (peskov["aliases"]?.arrayValue ?? [])
    #expect(!peskovNames.contains { $0?.stringValue?.contains("Sunak") == true })
  }
}
