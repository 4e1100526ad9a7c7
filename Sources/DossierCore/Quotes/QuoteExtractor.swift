/// Finds reported speech in a document: direct quotes (with nesting, quotes
/// over several paragraphs and unbalanced marks), partial quotes, unmarked
/// quotes whose marks were lost, embedded posts and indirect speech, each
/// with its cue, the speaker phrase the attribution names and the entity
/// that phrase resolves to.
///
/// Requires tokens, sentences, paragraphs and entities (the mentions that
/// speakers resolve through); adds ``Document/quotes``, sorted by position,
/// nested quotes pointing at their ``Quote/parent``, and to `entities` the
/// speakers that no mention named before.
public struct QuoteExtractor: DocumentStage {
  public let name = "quotes"
  public let requires: Set<Layer> = [.tokens, .sentences, .paragraphs, .entities]
  public let produces: Set<Layer> = [.quotes, .entities]

  public init() {}

  public func process(_ document: inout Document) {
    guard !document.tokens.isEmpty else {
      document.quotes = []
      return
    }
    let scanner = QuoteScanner(document: document)
    var quotes: [Quote] = []
    // The last top-level quote's speaker entity and paragraph.
    var lastSpeaker: (entity: Int, paragraph: Int, end: UInt32)?
    // Quotes that share an attribution share its speaker phrase: resolve
    // each phrase once.
    var resolved = ResolvedSpeakers()
    // Keeps the entities' linking records from one speaker to the next.
    var resolver = SpeakerResolver.Session()
    let allFound = scanner.allQuotes()
    quotes.reserveCapacity(allFound.count)
    for found in allFound {
      let speaker = found.speaker.map { scanner.range($0) }
      var quote = Quote(
        range: scanner.range(found.content), kind: found.kind, cue: found.cue.map { scanner.range($0) },
        speaker: speaker, parent: found.parent, confidence: found.confidence)
      let paragraph = Int(scanner.paragraphOf[found.content.lowerBound])
      if let speakerTokens = found.speaker, let speaker {
        let parentQuote = found.parent.flatMap { $0 < quotes.count ? quotes[$0] : nil }
        let insideParent = parentQuote.map { $0.range.contains(speaker) } ?? false
        let recent = lastSpeaker.flatMap { paragraph - $0.paragraph <= 2 ? $0.entity : nil }
        let person = scanner.pronounPerson(speakerTokens)
        // `I` refers to the speaker of the quote around it, or, outside
        // quotes, to the speaker quoted just before.
        let enclosing = insideParent ? parentQuote?.speakerEntity : (person == .first ? recent : nil)
        var entity: Int?
        if enclosing == nil, let known = resolved.entity(of: speaker) {
          entity = known
        } else {
          let name = scanner.range(scanner.nameOfSpeaker(speakerTokens))
          // `The sooner Putin fails, …, he said`: a pronoun is resolved
          // without the people named in the words it is credited with.
          // `Asked whether the minister had …, he declined`: nor with those
          // named in the question put to it.
          let credited =
            person != .third
            ? nil
            : quote.range.end <= speaker.start
              ? quote.range : scanner.questionOpener(before: speakerTokens).map { scanner.range($0) }
          entity = resolver.resolve(name, in: &document, enclosingSpeaker: enclosing, quote: credited)
          // Not known yet: a known speaker is not resolved again.
          if enclosing == nil { resolved.record(speaker, entity) }
        }
        if person == .third {
          if insideParent, let outer = parentQuote?.speakerEntity, entity == outer || entity == nil {
            // `he` inside Johnson's quote is someone other than Johnson.
            entity = Self.latestOtherPerson(before: speaker.start, excluding: outer, in: document)
          } else if found.parent == nil, found.kind == .direct || found.kind == .unmarked, let recent,
            !scanner.isPersonalPronoun(speakerTokens)
              || ![.place, .organization].contains(document.entities[recent].type),
            !Self.isNamed(
              entity, from: lastSpeaker?.end ?? 0, to: min(quote.range.start, speaker.start), in: document,
              outside: quotes)
          {
            // `“…,” he said.`: the speaker quoted just before, not a name
            // inside the quoted words; `he` or `she` not when that is a
            // place or an organisation, nor when the pronoun's own referent
            // is named after that quote (`Bettencourt smiled. “…,” she said`).
            entity = recent
          }
          if let entity { Self.record(pronoun: speaker, of: entity, in: &document, session: &resolver) }
        }
        quote.speakerEntity = entity
      }
      if found.parent == nil, let entity = quote.speakerEntity {
        lastSpeaker = (entity, paragraph, max(quote.range.end, speaker?.end ?? 0))
      }
      quotes.append(quote)
    }
    document.quotes = quotes
  }

  /// Makes the mention at a pronoun speaker name the entity the quote
  /// gives it, so that the entity's mentions lead to every quote it has.
  static func record(
    pronoun range: TextRange, of entity: Int, in document: inout Document, session: inout SpeakerResolver.Session
  ) {
    if let existing = SpeakerResolver.existingMention(covering: range, in: document) {
      let mention = document.mentions[existing]
      guard mention.entity != entity, mention.range == range else { return }
      session.removeMention(at: existing, from: &document)
      session.insert(
        Mention(range: range, entity: entity, kind: mention.kind, confidence: mention.confidence), into: &document)
    } else {
      session.insert(Mention(range: range, entity: entity, kind: .pronoun, confidence: 0.6), into: &document)
    }
  }

  /// Whether `entity` is named between the offsets, outside the words of
  /// the quotes found so far (in text order).
  static func isNamed(
    _ entity: Int?, from start: UInt32, to end: UInt32, in document: Document, outside quotes: [Quote]
  ) -> Bool {
    guard let entity, start < end else { return false }
    // Only the quotes that end after `start` can hold a mention in range.
    let recent = quotes.reversed().prefix { $0.range.end > start }
    let mentions = document.mentions
    var index = TokenSearch.firstIndex(of: mentions, startingAtOrAfter: start) { $0.range.start }
    while index < mentions.count && mentions[index].range.end <= end {
      let mention = mentions[index]
      if mention.entity == entity && mention.kind != .pronoun
        && !recent.contains(where: { $0.range.contains(mention.range) })
      {
        return true
      }
      index += 1
    }
    return false
  }

  /// The person mentioned last before `offset`, other than `excluded`.
  static func latestOtherPerson(before offset: UInt32, excluding excluded: Int, in document: Document) -> Int? {
    let mentions = document.mentions
    let low = TokenSearch.firstIndex(of: mentions, startingAtOrAfter: offset) { $0.range.start }
    var index = low - 1
    while index >= 0 && low - index <= 60 {
      let entity = mentions[index].entity
      if entity != excluded, entity < document.entities.count, document.entities[entity].type == .person {
        return entity
      }
      index -= 1
    }
    return nil
  }

  /// Speaker phrases already resolved and the entity each gave (nil for
  /// none). A list while a document has few, as most do, since hashing each
  /// costs more; a table past that, or a long document with many
  /// attributions would take quadratic time.
  struct ResolvedSpeakers {
    private var list: [(speaker: TextRange, entity: Int?)] = []
    private var table: [TextRange: Int?] = [:]
    static let listLimit = 32

    /// The entity `speaker` resolved to, `.some(nil)` for none, or nil when
    /// it has not been resolved.
    func entity(of speaker: TextRange) -> Int?? {
      if list.count < Self.listLimit { return list.first { $0.speaker == speaker }.map(\.entity) }
      return table[speaker]
    }

    mutating func record(_ speaker: TextRange, _ entity: Int?) {
      // One allocation, not one per doubling.
      if list.isEmpty { list.reserveCapacity(Self.listLimit) }
      if list.count < Self.listLimit {
        list.append((speaker, entity))
        if list.count == Self.listLimit {
          for entry in list { table[entry.speaker] = .some(entry.entity) }
        }
      } else {
        table[speaker] = .some(entity)
      }
    }
  }
}
