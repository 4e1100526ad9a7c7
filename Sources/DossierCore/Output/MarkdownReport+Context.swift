extension MarkdownReport {
  /// The corpus and what story sections look up across it, built once per
  /// report rather than once per story.
  public struct Context: Sendable {
    public let corpus: Corpus
    /// The corpus entity of each local entity, per document.
    let entityByLocal: [[Int?]]
    /// Per document, the corpus entities with a member in it: (corpus
    /// entity, local entity), one pair per member.
    let members: [[(entity: Int, local: Int)]]

    public init(_ corpus: Corpus) {
      self.corpus = corpus
      entityByLocal = corpus.corpusEntityByLocal()
      var members = [[(entity: Int, local: Int)]](repeating: [], count: corpus.documents.count)
      for (index, entity) in corpus.entities.enumerated() {
        for member in entity.members where member.document >= 0 && member.document < members.count {
          members[member.document].append((index, member.entity))
        }
      }
      self.members = members
    }
  }
}
