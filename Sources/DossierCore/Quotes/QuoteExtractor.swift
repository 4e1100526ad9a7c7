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
  public let requires: Set<Layer> = [.tokens, .sentences, .paragraphs, .entities]
  public let produces: Set<Layer> = [.quotes]

  public init() {}

  public func process(_ document: inout Document) {
    guard !document.tokens.isEmpty else {
      document.quotes = []
      return
    }
    let scanner = QuoteScanner(document: document)
    var quotes: [Quote] = []
    for found in scanner.allQuotes() {
      let speaker = found.speaker.map { scanner.range($0) }
      var quote = Quote(
        range: scanner.range(found.content), kind: found.kind, cue: found.cue.map { scanner.range($0) },
        speaker: speaker, parent: found.parent, confidence: found.confidence)
      if let speaker {
        // A speaker inside the quote it is nested in (`I`, `he`) may refer
        // to that quote's speaker.
        let enclosing = found.parent.flatMap { parent in
          parent < quotes.count && quotes[parent].range.contains(speaker) ? quotes[parent].speakerEntity : nil
        }
        quote.speakerEntity = Self.entity(of: speaker, in: &document, enclosingSpeaker: enclosing)
      }
      quotes.append(quote)
    }
    document.quotes = quotes
  }

  /// The entity a speaker phrase names, through the entity stage's resolver
  /// (which may add the mention to the document).
  static func entity(of speaker: TextRange, in document: inout Document, enclosingSpeaker: Int?) -> Int? {
    SpeakerResolver.resolve(speaker, in: &document, enclosingSpeaker: enclosingSpeaker)
  }
}
