import Testing

@testable import DossierCore

/// Builds and tags invented documents for the time tests.
enum TimeTestSupport {
  static let stages: [any DocumentStage] = Analyzer.segmentationStages + [TimexTagger()]

  /// A document with `text`, published on `published` (ISO) or unknown.
  static func document(_ text: String, published: String? = nil) -> Document {
    let date = published.flatMap { CalendarDate(iso: $0) }
    var document = Document(
      id: "d1", origin: "test", metadata: DocumentMetadata(published: PublishedDate(date: date, basis: .metadata)),
      text: text)
    for stage in stages { stage.process(&document) }
    return document
  }

  /// The timex whose text is exactly `phrase`.
  static func timex(_ phrase: String, in document: Document) -> Timex? {
    document.timexes.first { document.text($0.range) == phrase }
  }

  /// Checks that the row's phrase is found with its value and type.
  static func check(_ row: TimexCase, sourceLocation: SourceLocation = #_sourceLocation) {
    let document = document(row.sentence, published: row.published)
    let found = timex(row.phrase, in: document)
    #expect(found?.value == row.value, "\(row.sentence): \(describe(document))", sourceLocation: sourceLocation)
    #expect(found?.kind == row.kind, "\(row.sentence): \(describe(document))", sourceLocation: sourceLocation)
  }

  /// Every timex as `text=value`, for messages.
  static func describe(_ document: Document) -> String {
    document.timexes.map { "\(document.text($0.range))=\($0.value)" }.joined(separator: "; ")
  }
}

/// One table row: a sentence, the phrase expected as a timex, its value and type.
struct TimexCase: Sendable, CustomStringConvertible {
  var sentence: String
  var phrase: String
  var value: String
  var kind: Timex.Kind
  var published: String?

  init(
    _ sentence: String, _ phrase: String, _ value: String, _ kind: Timex.Kind = .date, published: String? = "2024-03-13"
  ) {
    self.sentence = sentence
    self.phrase = phrase
    self.value = value
    self.kind = kind
    self.published = published
  }

  var description: String { "\(phrase) → \(value)" }
}
