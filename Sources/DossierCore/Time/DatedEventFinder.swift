/// The document stage that finds the dated event of each sentence for the
/// story timeline, in the parallel document phase, while the tokens are
/// still there.
///
/// Requires `tokens`, `sentences` and `timexes` (and uses `quotes` where
/// present: a relative date quoted as spoken dates nothing); produces `datedEvents`
/// (``Document/datedEvents``): for each sentence whose main event is dated
/// by a timex (a date or time with a known year; not in a sentence that
/// opens with a quotation mark, not the date line of an embedded post),
/// the value, the event's main clause and its participants.
public struct DatedEventFinder: DocumentStage {
  public init() {}

  public var name: String { "dated events" }
  public var requires: Set<Layer> { [.tokens, .sentences, .timexes] }
  public var produces: Set<Layer> { [.datedEvents] }

  public func process(_ document: inout Document) {
    document.datedEvents = Self.events(in: document)
  }

  /// One event per sentence dated by a timex, in text order.
  static func events(in document: Document) -> [DatedEvent] {
    var result: [DatedEvent] = []
    var timexIndex = 0
    let timexes = document.timexes
    // Speech quoted word for word keeps the speaker's own `today` and
    // `tomorrow`, which the publication date does not resolve.
    let quoted = document.quotes.filter { $0.kind == .direct || $0.kind == .unmarked }.map(\.range)
    for sentence in document.sentences {
      while timexIndex < timexes.count && timexes[timexIndex].range.start < sentence.start { timexIndex += 1 }
      // The first dating timex of the main clause; one inside a relative
      // clause (`Johnson, who left office in September, visited Kyiv in
      // February`) dates another event, and serves only where none is left.
      var end = timexIndex
      while end < timexes.count && timexes[end].range.end <= sentence.end { end += 1 }
      let dating = timexes[timexIndex..<end].lazy.filter { isDating($0) && !isRelativeInQuote($0, quoted) }
      var chosen = dating.first
      // Only a choice between several needs the clauses read.
      if let first = chosen, dating.dropFirst().first != nil {
        chosen = dating.first { !isInRelativeClause(document, $0, sentence: sentence) } ?? first
      }
      guard let chosen, !isQuoted(document, sentence), !isEmbedDate(document, chosen) else { continue }
      guard let event = EventPhrase.make(document: document, sentence: sentence, timex: chosen) else { continue }
      result.append(
        DatedEvent(
          value: chosen.reaches ?? chosen.value, text: event.text, participants: event.participants.sorted(),
          sentence: sentence)
      )
    }
    return result
  }

  /// A timex that dates an event: a date or time with a known year.
  static func isDating(_ timex: Timex) -> Bool {
    let value = timex.reaches ?? timex.value
    guard timex.kind == .date || timex.kind == .time || timex.reaches != nil, let first = value.utf8.first else {
      return false
    }
    return first >= 48 && first <= 57 && value.utf8.count >= 4
  }

  /// The date line of an embedded post (`(@handle) February 2, 2022`) dates
  /// the post, not an event.
  static func isEmbedDate(_ document: Document, _ timex: Timex) -> Bool {
    let index = TokenSearch.firstIndex(document.tokens, startingAtOrAfter: timex.range.start)
    guard index >= 2, index < document.tokens.count else { return false }
    return document.text(document.tokens[index - 1].range) == ")" && document.tokens[index - 2].kind == .handle
  }

  /// A timex resolved against the publication date inside words quoted
  /// as spoken.
  static func isRelativeInQuote(_ timex: Timex, _ quoted: [TextRange]) -> Bool {
    guard timex.anchor == .document || timex.anchor == .story else { return false }
    return quoted.contains { $0.contains(timex.range) }
  }

  /// Words that open a relative clause after a comma.
  static let relativeWords: Set<String> = ["who", "which", "whose", "whom", "where"]

  /// Whether the timex lies between `, who` (or `which`, `whose`…) and the
  /// comma that closes that clause within the sentence.
  static func isInRelativeClause(_ document: Document, _ timex: Timex, sentence: TextRange) -> Bool {
    let tokens = document.tokens
    let first = TokenSearch.firstIndex(tokens, startingAtOrAfter: sentence.start)
    let at = TokenSearch.firstIndex(tokens, startingAtOrAfter: timex.range.start)
    var index = at - 1
    while index > first {
      let token = tokens[index]
      if document.text(token.range) == "," {
        guard relativeWords.contains(document.text(tokens[index + 1].range).lowercased()) else {
          return false
        }
        // The clause must close before the sentence ends.
        var after = at
        while after < tokens.count && tokens[after].range.end <= sentence.end {
          if tokens[after].range.start >= timex.range.end && document.text(tokens[after].range) == "," { return true }
          after += 1
        }
        return false
      }
      index -= 1
    }
    return false
  }

  /// Sentences that open with a quotation mark report speech, not events.
  static func isQuoted(_ document: Document, _ sentence: TextRange) -> Bool {
    let index = TokenSearch.firstIndex(document.tokens, startingAtOrAfter: sentence.start)
    return index < document.tokens.count && document.tokens[index].isQuotationMark
  }
}
