import Foundation
import Testing

@testable import DossierCore

/// The streamed writers give the same bytes whatever the batch size and the
/// number of workers, and really hand the output on in pieces.
struct StreamedOutputTests {
  /// The team's invented examples, analysed once: quotes, entities, timexes,
  /// stories and derivations in every section.
  static let corpus: Corpus = {
    var root = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { root.deleteLastPathComponent() }
    let report = Ingestor().ingest(paths: [root.appendingPathComponent("Examples").path])
    return Analyzer(jobs: 2).analyze(report.articles)
  }()

  /// Each writer's pieces, with one whole batch per section as the reference.
  static func pieces(_ write: (Int, Int, ([UInt8]) -> Void) -> Void, jobs: Int, batchBytes: Int) -> [[UInt8]] {
    var pieces: [[UInt8]] = []
    write(jobs, batchBytes) { pieces.append($0) }
    return pieces
  }

  static let sizes: [(jobs: Int, batchBytes: Int)] = [(1, 1), (2, 1), (3, 200), (2, 4096), (4, 1 << 30)]

  /// The examples with the first documents' quotes and timexes taken out,
  /// so that those sections start after items that write nothing.
  static let sparse: Corpus = {
    var corpus = StreamedOutputTests.corpus
    for index in 0..<2 {
      corpus.documents[index].quotes = []
      corpus.documents[index].timexes = []
    }
    return corpus
  }()

  @Test func theExamplesFillEverySection() {
    let corpus = Self.corpus
    #expect(corpus.documents.count >= 12)
    #expect(!corpus.entities.isEmpty && !corpus.stories.isEmpty && !corpus.derivations.isEmpty)
    #expect(corpus.documents.contains { !$0.quotes.isEmpty } && corpus.documents.contains { !$0.timexes.isEmpty })
    #expect(Self.sparse.documents[2...].contains { !$0.quotes.isEmpty })
  }

  @Test(arguments: sizes, [true, false])
  func jsonIsTheSameInAnyBatches(_ size: (jobs: Int, batchBytes: Int), pretty: Bool) throws {
    for corpus in [Self.corpus, Self.sparse] { try checkJSON(corpus, size, pretty: pretty) }
  }

  func checkJSON(_ corpus: Corpus, _ size: (jobs: Int, batchBytes: Int), pretty: Bool) throws {
    let write = { (jobs: Int, batchBytes: Int, emit: ([UInt8]) -> Void) in
      DossierJSON.write(corpus, pretty: pretty, jobs: jobs, batchBytes: batchBytes, emit: emit)
    }
    let reference = Self.pieces(write, jobs: 1, batchBytes: 1 << 30).flatMap { $0 }
    let pieces = Self.pieces(write, jobs: size.jobs, batchBytes: size.batchBytes)
    #expect(pieces.flatMap { $0 } == reference)
    #expect(DossierJSON.encode(corpus, pretty: pretty, jobs: size.jobs) == reference)
    if size.batchBytes == 1 { #expect(pieces.count > corpus.documents.count) }
    _ = try JSONParser.parse(String(decoding: reference, as: UTF8.self))
  }

  @Test(arguments: sizes)
  func jsonLinesAreTheSameInAnyBatches(_ size: (jobs: Int, batchBytes: Int)) throws {
    for corpus in [Self.corpus, Self.sparse] { try checkJSONLines(corpus, size) }
  }

  func checkJSONLines(_ corpus: Corpus, _ size: (jobs: Int, batchBytes: Int)) throws {
    let write = { (jobs: Int, batchBytes: Int, emit: ([UInt8]) -> Void) in
      DossierJSONLines.write(corpus, chunkBytes: batchBytes, jobs: jobs, emit: emit)
    }
    let reference = Self.pieces(write, jobs: 1, batchBytes: 1 << 30).flatMap { $0 }
    let pieces = Self.pieces(write, jobs: size.jobs, batchBytes: size.batchBytes)
    #expect(pieces.flatMap { $0 } == reference)
    if size.batchBytes == 1 { #expect(pieces.count > corpus.documents.count) }
    let lines = String(decoding: reference, as: UTF8.self).split(separator: "\n")
    let quotes = corpus.documents.reduce(0) { $0 + $1.quotes.count }
    #expect(lines.filter { $0.hasPrefix("{\"quote\":{") }.count == quotes)
    for line in lines { _ = try JSONParser.parse(String(line)) }
  }

  @Test(arguments: sizes)
  func markdownIsTheSameInAnyBatches(_ size: (jobs: Int, batchBytes: Int)) {
    let corpus = Self.corpus
    let write = { (jobs: Int, batchBytes: Int, emit: ([UInt8]) -> Void) in
      MarkdownReport.write(corpus, jobs: jobs, batchBytes: batchBytes, emit: emit)
    }
    let reference = Self.pieces(write, jobs: 1, batchBytes: 1 << 30).flatMap { $0 }
    let pieces = Self.pieces(write, jobs: size.jobs, batchBytes: size.batchBytes)
    #expect(pieces.flatMap { $0 } == reference)
    #expect(Array(MarkdownReport.render(corpus, jobs: size.jobs).utf8) == reference)
    if size.batchBytes == 1 { #expect(pieces.count == 1 + corpus.stories.count) }
  }

  /// The JSON of each section is what a plain writer gives for the same
  /// elements written one after another.
  @Test func jsonMatchesOneWriterForTheDocumentsSection() throws {
    let corpus = Self.corpus
    let text = String(decoding: DossierJSON.encode(corpus, jobs: 2), as: UTF8.self)
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("documents")
    writer.beginArray()
    let stories = corpus.storyIndexByDocument()
    for (index, document) in corpus.documents.enumerated() {
      DossierJSON.writeDocument(document, story: stories[index].map { corpus.stories[$0].id }, into: &writer)
    }
    writer.endArray()
    let documents = String(decoding: writer.take(), as: UTF8.self).dropFirst(1)  // without "{"
    #expect(text.contains(documents + ",\n  \"entities\": ["))
  }

  /// Mentions come out in document and text order also when an entity's
  /// members are not in document order (the writer then sorts them).
  @Test func entityMentionsAreInOrderWhateverTheOrderOfMembers() {
    var reversed = Self.corpus
    for index in reversed.entities.indices { reversed.entities[index].members.reverse() }
    #expect(reversed.entities.contains { Set($0.members.map(\.document)).count > 1 })
    #expect(DossierJSON.encode(reversed, jobs: 2) == DossierJSON.encode(Self.corpus, jobs: 2))
  }
}
