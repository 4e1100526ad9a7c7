/// Infers a publication date from the article's own text where metadata
/// gave none.
///
/// ``TimexTagger`` runs it on the expressions it recognises, before it
/// resolves them; as a stage of its own it requires `tokens` and `sentences`
/// and adds `publicationDates` (sets ``DocumentMetadata/published`` with
/// basis `text`). In order of trust: a
/// dateline (`MOSCOW, Jan 30 (Reuters) -`), the latest dated embed
/// (`— Name (@handle) February 2, 2022`), then the latest explicit full date
/// that falls on a weekday the text mentions. Otherwise it stays unknown.
public struct PublicationDateInferrer: DocumentStage {
  public init() {}

  public var name: String { "publication-dates" }
  public var requires: Set<Layer> { [.tokens, .sentences] }
  public var produces: Set<Layer> { [.publicationDates] }

  public func process(_ document: inout Document) {
    guard document.metadata.published.date == nil, let date = infer(document) else { return }
    document.metadata.published = PublishedDate(date: date, basis: .text)
  }

  /// The date the text itself points to, or `nil`.
  public func infer(_ document: Document, yearHint: Int? = nil) -> CalendarDate? {
    let pieces = TimexPiece.pieces(of: document)
    guard !pieces.isEmpty else { return nil }
    let matches = TimexTagger.matches(pieces: pieces, sentences: document.sentences, dayFirst: nil)
    return infer(pieces: pieces, matches: matches, yearHint: yearHint)
  }

  /// The date that recognised expressions point to, or `nil`. `yearHint`
  /// completes a dateline without a year (the year of the story).
  func infer(pieces: TimexPieces, matches: [TimexTagger.SentenceMatch], yearHint: Int? = nil) -> CalendarDate? {
    var fullDates: [CalendarDate] = []
    var embedDates: [CalendarDate] = []
    var datelineDate: CalendarDate? = nil
    var datelineDay: (month: Int, day: Int)? = nil
    var weekdays = Set<Int>()
    for match in matches {
      switch match.meaning.form {
      case .weekday(let weekday, _):
        weekdays.insert(weekday)
      case .date(let year, let month, let day?):
        let date: CalendarDate?
        if case .absolute(let value) = year {
          date = CalendarDate(year: value, month: month, day: day)
        } else {
          date = nil
        }
        if let date { fullDates.append(date) }
        if isEmbedDate(pieces, start: match.start), let date { embedDates.append(date) }
        if datelineDay == nil, isDateline(pieces, start: match.start, end: match.end) {
          if let date { datelineDate = date } else { datelineDay = (month, day) }
        }
      default:
        break
      }
    }
    if let datelineDate { return datelineDate }
    if let datelineDay {
      // A dateline without a year takes the year of the latest full date.
      if let year = (embedDates + fullDates).max()?.year ?? yearHint,
        let date = CalendarDate(year: year, month: datelineDay.month, day: datelineDay.day)
      {
        return date
      }
    }
    if let latest = embedDates.max() { return latest }
    // A full date alone may be any event of the story; one that falls on a
    // weekday the text mentions (`On Wednesday afternoon`) is the day of writing.
    return fullDates.filter { weekdays.contains($0.weekday) }.max()
  }

  /// `— Name (@handle) February 2, 2022`: a date right after a handle in
  /// parentheses.
  func isEmbedDate(_ pieces: TimexPieces, start: Int) -> Bool {
    guard start >= 2 else { return false }
    return pieces.words[start - 1] == ")" && pieces[start - 2].kind == .handle
  }

  /// `MOSCOW, Jan 30 (Reuters) -`: a date near the start of a line, after a
  /// place and a comma, before a parenthesis or a dash.
  func isDateline(_ pieces: TimexPieces, start: Int, end: Int) -> Bool {
    guard start >= 1, start <= 12, pieces.words[start - 1] == "," else { return false }
    var index = start - 2
    var sawPlace = false
    while index >= 0 {
      let piece = pieces[index]
      guard piece.isCapitalized || pieces.words[index] == "," else { return false }
      sawPlace = true
      if index == 0 { break }
      index -= 1
    }
    guard sawPlace, end < pieces.count else { return false }
    let next = pieces.words[end]
    return next == "(" || next == "-" || next == "—" || next == "–" || next == "--" || next == "_"
  }
}
