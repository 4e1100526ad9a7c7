/// An article as a reader found it: text and metadata, before it becomes a
/// ``Document`` with an id.
public struct IngestedArticle: Sendable, Hashable {
  /// The file, or `FILE#LINE` for a JSON Lines row.
  public var origin: String
  public var metadata: DocumentMetadata
  public var text: String

  public init(origin: String, metadata: DocumentMetadata, text: String) {
    self.origin = origin
    self.metadata = metadata
    self.text = text
  }
}

/// What reading one input gave: articles and problems, in input order.
public enum IngestItem: Sendable, Hashable {
  case article(IngestedArticle)
  case problem(IngestProblem)
}
