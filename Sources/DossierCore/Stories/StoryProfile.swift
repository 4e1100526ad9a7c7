/// What story clustering knows about one article: its words and adjacent
/// word pairs with their counts, and its publication day.
public struct StoryProfile: Sendable {
  /// Term hashes (content words and pairs of adjacent content words),
  /// sorted, each once.
  public var terms: [UInt64]
  /// How often each term occurs, parallel to ``terms``.
  public var counts: [UInt16]
  /// Whether each term was written as a name (capitalised inside a
  /// sentence) at least once, parallel to ``terms``.
  public var names: [Bool]
  /// Days since 1970-01-01, or nil when the publication date is unknown.
  public var day: Int?

  public init(terms: [UInt64], counts: [UInt16], names: [Bool], day: Int?) {
    self.terms = terms
    self.counts = counts
    self.names = names
    self.day = day
  }

  /// Builds the profile of a document from its content profile, or from
  /// its tokens where ``ContentProfiler`` has not run.
  public init(_ document: Document) {
    self.init(document.contentProfileOrBuilt, day: document.metadata.published.date?.dayNumber)
  }

  public init(_ content: ContentProfile, day: Int?) {
    self.init(terms: content.terms, counts: content.counts, names: content.names, day: day)
  }
}
