/// Finds reported speech in a document: direct quotes (with nesting, quotes
/// over several paragraphs and unbalanced marks), partial quotes, unmarked
/// quotes whose marks were lost, embedded posts and indirect speech, each
/// with its cue, the speaker phrase the attribution names and the entity
/// that phrase resolves to.
///
/// Requires tokens, sentences, paragraphs and entities (the mentions that
/// speakers resolve through); adds ``Document/quotes``, sorted by position,
/// nested quotes pointing at their ``Quote/parent``.
public struct QuoteExtractor: DocumentStage {
  public let name = "quotes"
  public let requires: Set<Layer> = [.tokens, .sentences, .paragraphs]
  public let produces: Set<Layer> = [.quotes]

  public init() {}

  public func process(_ document: inout Document) {
    guard !document.tokens.isEmpty else {
      document.quotes = []
      return
    }
    let scanner = QuoteScanner(document: document)
    let lookup = SpeakerEntityLookup(document: document)
    document.quotes = scanner.allQuotes().map { found in
      let speaker = found.speaker.map { scanner.range($0) }
      return Quote(
        range: scanner.range(found.content), kind: found.kind, cue: found.cue.map { scanner.range($0) },
        speaker: speaker, speakerEntity: speaker.flatMap { lookup.entity(for: $0) }, parent: found.parent,
        confidence: found.confidence)
    }
  }
}
