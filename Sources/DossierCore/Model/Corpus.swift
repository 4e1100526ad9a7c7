/// The documents of one analysis and the corpus-level results.
public struct Corpus: Sendable {
  public var documents: [Document]
  public var stories: [Story] = []
  /// Entities merged across documents.
  public var entities: [CorpusEntity] = []
  /// Documents that copy or rewrite another, in document order.
  public var derivations: [Derivation] = []

  public init(documents: [Document]) {
    self.documents = documents
  }

  /// For each document, the corpus entity of each of its local entities.
  public func corpusEntityByLocal() -> [[Int?]] {
    var result = documents.map { [Int?](repeating: nil, count: $0.entities.count) }
    for (index, entity) in entities.enumerated() {
      for member in entity.members
      where member.document < result.count
        && member.entity < result[member.document].count
      {
        result[member.document][member.entity] = index
      }
    }
    return result
  }

  /// Corpus layers held whole in one property, which ``adopt(_:from:)``
  /// can take from another corpus.
  static let adoptableLayers: Set<Layer> = [.corpusEntities, .derivations]

  /// Takes `layers` (of ``adoptableLayers``) from `other`, a copy of this
  /// corpus that a stage ran on.
  mutating func adopt(_ layers: Set<Layer>, from other: Corpus) {
    if layers.contains(.corpusEntities) { entities = other.entities }
    if layers.contains(.derivations) { derivations = other.derivations }
  }

  /// The story each document belongs to, by document index.
  public func storyIndexByDocument() -> [Int?] {
    var result = [Int?](repeating: nil, count: documents.count)
    for (storyIndex, story) in stories.enumerated() {
      for documentIndex in story.documents { result[documentIndex] = storyIndex }
    }
    return result
  }
}
