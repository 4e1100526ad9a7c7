/// The in-document entity stage: finds the people, organisations and places
/// of a document and every place it mentions them.
///
/// Requires `tokens` and `sentences`; produces `entities` (and the working
/// layer `tokenFacts` that speaker resolution reuses): fills
/// ``Document/entities`` (each with its fullest name, type from evidence,
/// aliases and descriptors) and ``Document/mentions`` (names, role phrases
/// and resolved pronouns, sorted by position). ``SpeakerResolver`` extends
/// both for the speakers the quote extractor finds.
public struct EntityRecognizer: DocumentStage {
  public init() {}

  public var name: String { "entities" }
  public var requires: Set<Layer> { [.tokens, .sentences] }
  public var produces: Set<Layer> { [.entities, .tokenFacts] }

  public func process(_ document: inout Document) {
    guard !document.tokens.isEmpty else {
      document.entities = []
      document.mentions = []
      return
    }
    let facts = TokenFacts(document: document)
    let (entities, mentions) = recognize(document, facts: facts)
    document.entities = entities
    document.mentions = mentions
    // Speaker resolution reads the same facts.
    document.tokenFacts = facts
  }

  /// The entities and mentions of a document with tokens and sentences.
  public func recognize(_ document: Document) -> (entities: [LocalEntity], mentions: [Mention]) {
    guard !document.tokens.isEmpty else { return ([], []) }
    return recognize(document, facts: TokenFacts(document: document))
  }

  func recognize(_ document: Document, facts: TokenFacts) -> (entities: [LocalEntity], mentions: [Mention]) {
    var text = document.text
    return text.withUTF8 { bytes in
      var finder = CandidateFinder(document: document, facts: facts, bytes: bytes)
      let candidates = finder.find()
      var builder = EntityBuilder(finder: finder, candidates: candidates)
      builder.linkNames()
      builder.resolveReferences()
      return builder.output()
    }
  }
}
