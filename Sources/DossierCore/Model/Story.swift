/// Articles about one event, and what Dossier found across them.
public struct Story: Sendable, Hashable {
  /// `s1`, `s2`, …
  public var id: String
  public var title: String
  /// Indices into ``Corpus/documents``, in corpus order.
  public var documents: [Int]
  /// Dated events across its documents, ordered by date.
  public var timeline: [TimelineEntry] = []

  public init(id: String, title: String, documents: [Int]) {
    self.id = id
    self.title = title
    self.documents = documents
  }
}
