/// Resolves the speaker an attribution names to an in-document entity, for
/// the quote extractor.
///
/// Requires the `tokens`, `sentences` and `entities` layers (run
/// ``EntityRecognizer`` first). Given the range of a speaker mention — a
/// name (`Peskov`), a title and name (`Mr Peskov`), a descriptor (`the
/// Kremlin spokesman`, `Mr Sunak's official spokesman`) or a pronoun (`he`) —
/// it returns the index into ``Document/entities`` of the entity it refers
/// to. When no mention covers the range yet, it analyses the range, links
/// it to an entity (creating one for a new name or descriptor) and adds the
/// mention to ``Document/mentions``. Unknown is `nil`: an unresolvable
/// pronoun, or a phrase that names no person or organisation (`the
/// statement`).
public enum SpeakerResolver {
  /// The entity the speaker at `range` refers to, or `nil`.
  ///
  /// - Parameters:
  ///   - range: the speaker mention, UTF-8 offsets into `document.text`.
  ///   - document: the document; its `entities` and `mentions` may grow.
  ///   - enclosingSpeaker: for a first-person pronoun (`I`, `we`) inside a
  ///     quote, the entity of the quote's speaker, which it refers to.
  ///   - quote: the words the speaker is credited with. A pronoun speaker
  ///     (`…, he said`) is then resolved without the people mentioned
  ///     inside those words, which are not who said them.
  /// - Returns: an index into `document.entities`, or `nil`.
  public static func resolve(
    _ range: TextRange, in document: inout Document, enclosingSpeaker: Int? = nil, quote: TextRange? = nil
  ) -> Int? {
    resolution(range, in: &document, enclosingSpeaker: enclosingSpeaker, quote: quote)?.entity
  }

  /// Like ``resolve(_:in:enclosingSpeaker:quote:)``, with how sure the link
  /// is (0…1): 1 for a name, less for a descriptor joined by context or a
  /// pronoun.
  public static func resolution(
    _ range: TextRange, in document: inout Document, enclosingSpeaker: Int? = nil, quote: TextRange? = nil
  ) -> (entity: Int, confidence: Double)? {
    var session = Session(reusingRecords: false)
    return resolution(range, in: &document, enclosingSpeaker: enclosingSpeaker, quote: quote, session: &session)
  }

  /// ``resolution(_:in:enclosingSpeaker:quote:)`` through `session`, which
  /// makes every change to the document's mentions and entities.
  static func resolution(
    _ range: TextRange, in document: inout Document, enclosingSpeaker: Int?, quote: TextRange?,
    session: inout Session
  ) -> (entity: Int, confidence: Double)? {
    guard !range.isEmpty, !document.tokens.isEmpty, Int(range.end) <= document.text.utf8.count else { return nil }
    if let found = existingMention(covering: range, in: document) {
      let mention = document.mentions[found]
      // Only a pronoun whose entity is named inside the quote can have
      // been taken from the quote's own words.
      guard mention.kind == .pronoun, let quote, !quote.contains(mention.range),
        document.mentions.contains(where: { $0.entity == mention.entity && quote.contains($0.range) })
      else {
        return (mention.entity, mention.confidence)
      }
      // Resolve the pronoun again without the quote's own mentions.
      session.removeMention(at: found, from: &document)
      if let result = resolveAfresh(
        range, in: &document, enclosingSpeaker: enclosingSpeaker, quote: quote, session: &session)
      {
        return result
      }
      session.insert(mention, into: &document)
      return (mention.entity, mention.confidence)
    }
    return resolveAfresh(range, in: &document, enclosingSpeaker: enclosingSpeaker, quote: quote, session: &session)
  }

  /// Links a speaker no mention covers yet.
  static func resolveAfresh(
    _ range: TextRange, in document: inout Document, enclosingSpeaker: Int?, quote: TextRange?,
    session: inout Session
  ) -> (entity: Int, confidence: Double)? {
    let firstToken = TokenFacts.firstToken(in: document.tokens, from: range.start)
    let endToken = TokenFacts.firstToken(in: document.tokens, from: range.end)
    guard firstToken < endToken else { return nil }
    let sentence = TokenFacts.sentence(in: document.sentences, containing: range.start)
    // Token facts do not depend on entities or mentions: one pass serves
    // every speaker of the document.
    if session.facts == nil { session.facts = document.tokenFacts ?? TokenFacts(document: document) }
    let facts = session.facts!
    let tokenFacts = facts.facts
    // A lone pronoun the stage did not resolve.
    let words = (firstToken..<endToken).filter { tokenFacts[$0].isWord }
    if words.count == 1, tokenFacts[words[0]].classes.contains(.pronoun) {
      let classes = tokenFacts[words[0]].classes
      if classes.contains(.firstPerson) {
        guard let enclosingSpeaker, enclosingSpeaker < document.entities.count else { return nil }
        session.insert(
          Mention(range: range, entity: enclosingSpeaker, kind: .pronoun, confidence: 0.8), into: &document)
        return (enclosingSpeaker, 0.8)
      }
      if !classes.isDisjoint(with: [.neuter, .plural]) {
        // `it`, `they`: the latest organisation (or group) mentioned nearby.
        return recentCollective(before: range, sentence: sentence, in: &document, session: &session)
      }
    }
    guard session.spendLinkingWork(on: document) else { return nil }
    var text = document.text
    let snapshot = document
    let outcome = text.withUTF8 { bytes in
      link(
        range, firstToken: firstToken, sentence: sentence, facts: facts, document: snapshot, quote: quote,
        session: &session, bytes: bytes)
    }
    guard let outcome else { return nil }
    session.apply(outcome, to: &document)
    return (outcome.mention.entity, outcome.mention.confidence)
  }

  struct Outcome {
    var mention: Mention
    /// Every entity after linking: the existing ones, then new ones; nil
    /// for one the session knows linking left as the document has it.
    var entities: [LocalEntity?]
  }

  /// Finds the candidate mention at `range` in its sentence and links it
  /// against the document's entities.
  static func link(
    _ range: TextRange, firstToken: Int, sentence: Int, facts: TokenFacts, document: Document, quote: TextRange?,
    session: inout Session, bytes: UnsafeBufferPointer<UInt8>
  ) -> Outcome? {
    var finder = CandidateFinder(document: document, facts: facts, bytes: bytes)
    finder.scan(sentence: sentence, range: facts.sentenceTokens[sentence])
    finder.candidates.removeAll { $0.absorbed }
    finder.linkAppositions()
    let candidates = finder.candidates
    // The candidate that covers most of the speaker range.
    var best: Int?
    var bestOverlap = 0
    for (index, candidate) in candidates.enumerated() {
      let candidateRange = TextRange(
        start: document.tokens[candidate.tokens.lowerBound].range.start,
        end: document.tokens[candidate.tokens.upperBound].range.end)
      guard candidateRange.overlaps(range) else { continue }
      let overlap = Int(min(candidateRange.end, range.end)) - Int(max(candidateRange.start, range.start))
      if overlap > bestOverlap {
        bestOverlap = overlap
        best = index
      }
    }
    guard let best else { return nil }
    var builder = EntityBuilder(finder: finder, candidates: candidates)
    session.seed(&builder, from: document, before: firstToken)
    defer { session.takeBack(from: &builder) }
    var history = builder.history(from: document, before: firstToken, sentence: sentence)
    if let quote {
      let tokens = document.tokens
      history.removeAll { quote.contains(tokens[$0.token].range) }
    }
    let target = candidates[best]
    switch target.kind {
    case .name:
      builder.link(best, allowNew: true)
    case .descriptor:
      if let possessor = target.possessor {
        builder.link(possessor, allowNew: false)
      }
      if let apposition = target.apposition {
        builder.link(apposition, allowNew: true)
      }
      builder.resolveDescriptor(best, history: history, asSpeaker: true)
    case .pronoun:
      builder.resolvePronoun(best, history: history)
    }
    guard let entity = builder.entityOf[best] else { return nil }
    let kind: Mention.Kind =
      switch target.kind {
      case .name: .name
      case .descriptor: .descriptor
      case .pronoun: .pronoun
      }
    let mention = Mention(
      range: builder.textRange(target.tokens), entity: entity, kind: kind, confidence: builder.confidenceOf[best])
    return Outcome(mention: mention, entities: session.changedEntities(builder))
  }

  /// The index of the mention that covers at least half of `range`.
  static func existingMention(covering range: TextRange, in document: Document) -> Int? {
    let mentions = document.mentions
    // Mentions are sorted by start and short: look from a little before.
    var low = 0
    var high = mentions.count
    let from = range.start > 512 ? range.start - 512 : 0
    while low < high {
      let mid = (low + high) / 2
      if mentions[mid].range.start < from { low = mid + 1 } else { high = mid }
    }
    var best: Int?
    var bestOverlap = 0
    var index = low
    while index < mentions.count && mentions[index].range.start < range.end {
      let mention = mentions[index].range
      if mention.overlaps(range) {
        let overlap = Int(min(mention.end, range.end)) - Int(max(mention.start, range.start))
        if overlap > bestOverlap {
          bestOverlap = overlap
          best = index
        }
      }
      index += 1
    }
    guard let best, bestOverlap * 2 >= range.length else { return nil }
    return best
  }

  /// Inserts `mention` in position order and returns its index; nil when
  /// the document already has a mention of the same entity at its range (a
  /// name found inside a longer speaker phrase), which is not added twice.
  static func insert(_ mention: Mention, into document: inout Document) -> Int? {
    var low = 0
    var high = document.mentions.count
    while low < high {
      let mid = (low + high) / 2
      if document.mentions[mid].range < mention.range { low = mid + 1 } else { high = mid }
    }
    var same = low
    while same < document.mentions.count && document.mentions[same].range == mention.range {
      if document.mentions[same].entity == mention.entity { return nil }
      same += 1
    }
    document.mentions.insert(mention, at: low)
    return low
  }

  /// `it` or `they` as a speaker: the latest organisation or group
  /// mentioned in this or the previous two sentences.
  static func recentCollective(
    before range: TextRange, sentence: Int, in document: inout Document, session: inout Session
  ) -> (entity: Int, confidence: Double)? {
    guard !document.sentences.isEmpty else { return nil }
    let floor = document.sentences[max(0, sentence - 2)].start
    // Mentions are sorted by start: walk back from the first at the range.
    let mentions = document.mentions
    let end = TokenSearch.firstIndex(of: mentions, startingAtOrAfter: range.start) { $0.range.start }
    for mention in mentions[..<end].reversed() where mention.range.end <= range.start {
      if mention.range.start < floor { break }
      let type = document.entities[mention.entity].type
      if type == .organization || (type == .other && mention.kind == .descriptor) {
        session.insert(
          Mention(range: range, entity: mention.entity, kind: .pronoun, confidence: 0.5), into: &document)
        return (mention.entity, 0.5)
      }
    }
    return nil
  }
}
