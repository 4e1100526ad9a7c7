/// A kind of annotation a stage can require or produce.
///
/// Document layers live on ``Document``; corpus layers on ``Corpus``.
public enum Layer: String, Hashable, Sendable, CaseIterable, Comparable {
  /// The text and metadata, present once a document is ingested.
  case text
  case paragraphs
  case sentences
  case tokens
  /// In-document entities and their mentions.
  case entities
  case quotes
  case timexes
  /// Publication dates inferred from the text where metadata had none.
  case publicationDates
  /// Compact content-word profiles (``Document/contentProfile``) that story
  /// clustering and derivation detection read instead of tokens.
  case contentProfiles
  /// The entity stage's per-token facts, which speaker resolution reuses.
  case tokenFacts
  /// Each sentence's dated event (``Document/datedEvents``), the entries a
  /// story timeline is built from.
  case datedEvents
  /// Corpus level: entities merged across documents.
  case corpusEntities
  /// Corpus level: the grouping of documents into stories.
  case stories
  /// Corpus level: copies and rewrites of one document by another.
  case derivations
  /// Corpus level: each story's timeline.
  case timeline

  public static func < (lhs: Layer, rhs: Layer) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
