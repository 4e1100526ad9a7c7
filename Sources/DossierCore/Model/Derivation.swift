/// One document that reuses another's text: the same wire copy, or a
/// reworded version of it.
public struct Derivation: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable {
    /// The same text after normalisation, perhaps under a new headline or
    /// with a sentence cut or added.
    case copy
    /// Most sentences have a counterpart with the same content but other
    /// wording: synonyms swapped, clauses moved.
    case rewrite
  }

  /// Index into ``Corpus/documents`` of the document that reuses the text.
  public var document: Int
  /// Index of the document it was taken from (the earlier one).
  public var source: Int
  /// The share of the document's content aligned with the source, 0…1.
  public var similarity: Double
  public var kind: Kind

  public init(document: Int, source: Int, similarity: Double, kind: Kind) {
    self.document = document
    self.source = source
    self.similarity = similarity
    self.kind = kind
  }
}
