/// The corpus entity stage, for now without merging: every in-document
/// entity becomes one corpus entity, `e1`, `e2`, … in document order, so
/// that `entities[]` and the quotes' `speaker.entity` are filled. Merging
/// across articles replaces it.
///
/// Requires `entities`; produces `corpusEntities` (``Corpus/entities``).
public struct EntityCollector: CorpusStage {
  public init() {}

  public var name: String { "corpus entities" }
  public var requires: Set<Layer> { [.entities] }
  public var produces: Set<Layer> { [.corpusEntities] }

  public func process(_ corpus: inout Corpus) {
    var entities: [CorpusEntity] = []
    entities.reserveCapacity(corpus.documents.reduce(0) { $0 + $1.entities.count })
    for (documentIndex, document) in corpus.documents.enumerated() {
      for (entityIndex, entity) in document.entities.enumerated() {
        entities.append(
          CorpusEntity(
            id: "e\(entities.count + 1)", name: entity.name, type: entity.type, aliases: entity.aliases,
            descriptors: entity.descriptors,
            members: [EntityMember(document: documentIndex, entity: entityIndex)]))
      }
    }
    corpus.entities = entities
  }
}
