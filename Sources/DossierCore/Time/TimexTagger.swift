/// Finds the temporal expressions of a document and normalises them to
/// TIMEX3 values.
///
/// Requires `tokens` and `sentences`; adds `timexes` and
/// `publicationDates`: where metadata gave no publication date, it is
/// inferred from the same recognised expressions first
/// (``PublicationDateInferrer``, basis `text`). Relative expressions resolve
/// against the publication date (anchor `document`, or `story` when that date
/// came from the story), anaphoric ones against the last date the text
/// mentioned (anchor `context`); with neither, unknown parts stay `X`.
public struct TimexTagger: DocumentStage {
  public init() {}

  public var name: String { "timexes" }
  public var requires: Set<Layer> { [.tokens, .sentences] }
  public var produces: Set<Layer> { [.timexes, .publicationDates] }

  public func process(_ document: inout Document) {
    let pieces = TimexPiece.pieces(of: document)
    let dayFirst = Self.dayFirst(source: document.metadata.source ?? document.metadata.url)
    let matches = Self.matches(pieces: pieces, sentences: document.sentences, dayFirst: dayFirst)
    if document.metadata.published.date == nil,
      let date = PublicationDateInferrer().infer(pieces: pieces, matches: matches)
    {
      document.metadata.published = PublishedDate(date: date, basis: .text)
    }
    document.timexes = resolve(matches, pieces: pieces, published: document.metadata.published)
  }

  /// The timexes of a document, resolved against its publication date.
  public func tag(_ document: Document) -> [Timex] {
    let pieces = TimexPiece.pieces(of: document)
    let dayFirst = Self.dayFirst(source: document.metadata.source ?? document.metadata.url)
    let matches = Self.matches(pieces: pieces, sentences: document.sentences, dayFirst: dayFirst)
    return resolve(matches, pieces: pieces, published: document.metadata.published)
  }

  /// Resolves recognised expressions in text order, carrying the context.
  func resolve(_ matches: [SentenceMatch], pieces: TimexPieces, published: PublishedDate) -> [Timex] {
    let resolver = TimexResolver(
      reference: published.date, referenceAnchor: published.basis == .story ? .story : .document)
    var context = TimexContext()
    context.reference = published.date
    var result: [Timex] = []
    var previousEnd: Int? = nil
    for match in matches {
      var (value, anchor) = resolver.resolve(match.meaning, tense: match.tense, context: context)
      if case .shift(_, _, let sign) = match.meaning.form, sign > 0, let previousEnd, let last = result.last,
        previousEnd + 1 == match.start, pieces.words[previousEnd] == ",", last.kind == .date
      {
        // `On 11 February, nine days following the call`: the distance
        // restates the date just given.
        value = last.value
        anchor = .context
      }
      previousEnd = match.end
      let last = pieces[match.end - 1]
      let range = TextRange(
        start: pieces[match.start].range.start, end: last.range.end - UInt32(last.possessiveLength))
      result.append(Timex(range: range, kind: match.meaning.kind, value: value, anchor: anchor, mod: match.meaning.mod))
      if case .signalled(let unit, let count, let sign, _) = match.meaning.form {
        // The stretch still moves the text on: `Two days later, the next day …`.
        let (reached, _) = resolver.base(.shift(unit, count, sign: sign), tense: match.tense, context: context)
        result[result.count - 1].reaches = reached
        context.note(reached, fromShift: true, explicit: false)
      } else if match.meaning.kind == .date || match.meaning.kind == .time {
        var fromShift = false
        var explicit = false
        switch match.meaning.form {
        case .shift, .same, .ago, .quarter(nil, _): fromShift = true
        case .date, .fixed, .year: explicit = true
        default: break
        }
        context.note(value, fromShift: fromShift, explicit: explicit)
      }
    }
    return result
  }

  /// A match with the tense of its clause.
  struct SentenceMatch {
    var start: Int
    var end: Int
    var meaning: TimexMeaning
    var tense: Tense
  }

  /// Every recognised expression of the document, sentence by sentence.
  static func matches(pieces: TimexPieces, sentences: [TextRange], dayFirst: Bool?) -> [SentenceMatch] {
    var result: [SentenceMatch] = []
    var index = 0
    for sentence in sentences {
      while index < pieces.count && pieces[index].range.start < sentence.start { index += 1 }
      let lower = index
      while index < pieces.count && pieces[index].range.end <= sentence.end { index += 1 }
      let upper = index
      // Most sentences have no temporal word, and their words are unspelled.
      guard upper > lower, pieces[lower].inTemporalSentence else { continue }
      let recognizer = TimexRecognizer(pieces: pieces, lower: lower, upper: upper, dayFirst: dayFirst)
      for var match in recognizer.matches() {
        if isTitle(pieces, start: match.start, end: match.end, lower: lower) { continue }
        // `the 14-day wait`, `the third-quarter loss`: a compound before a
        // noun leaves the article to the noun phrase.
        let last = pieces[match.end - 1]
        if match.end - match.start >= 3, last.isHyphenated, TimexLexicon.cardinals[pieces.words[match.end - 1]] == nil,
          pieces.words[match.end - 2] != "mid", TimexLexicon.articles.contains(pieces.words[match.start])
        {
          match.start += 1
        }
        let tense =
          match.meaning.dependsOnTense
          ? Tense.around(pieces, lower: lower, upper: upper, start: match.start, end: match.end) : .unknown
        result.append(SentenceMatch(start: match.start, end: match.end, meaning: match.meaning, tense: tense))
      }
    }
    return result
  }

  /// A quoted title with a capitalised unit (`ABC's "This Week"`, `CBS's
  /// "60 Minutes"`) names a programme, not a time; days are left alone
  /// (`"Election Day"`, `"Christmas Day"`).
  static func isTitle(_ pieces: TimexPieces, start: Int, end: Int, lower: Int) -> Bool {
    guard start > lower, pieces[start - 1].isQuotationMark else { return false }
    let last = pieces[end - 1]
    guard last.isWord, last.isCapitalized, !last.isHyphenated, let unit = TimexLexicon.units[pieces.words[end - 1]]
    else { return false }
    return unit != .day && unit != .night
  }

  /// Whether the source writes the day first in numeric dates: British and
  /// Commonwealth domains do, American ones do not.
  static func dayFirst(source: String?) -> Bool? {
    guard let source = source?.lowercased() else { return nil }
    for suffix in [".uk", ".au", ".nz", ".ie", ".in", ".za", "bbc", "guardian", "reuters"]
    where source.contains(suffix) {
      return true
    }
    return nil
  }
}
