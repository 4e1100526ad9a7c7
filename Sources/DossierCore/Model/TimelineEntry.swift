/// A place in one document of a corpus.
public struct DocumentSpan: Hashable, Sendable {
  /// An index into ``Corpus/documents``.
  public var document: Int
  public var range: TextRange

  public init(document: Int, range: TextRange) {
    self.document = document
    self.range = range
  }
}

/// What happened when, in a story: a dated event and where it is reported.
public struct TimelineEntry: Hashable, Sendable {
  /// The TIMEX3 value of the date.
  public var value: String
  /// A short statement of the event.
  public var text: String
  public var evidence: [DocumentSpan]

  public init(value: String, text: String, evidence: [DocumentSpan]) {
    self.value = value
    self.text = text
    self.evidence = evidence
  }
}
