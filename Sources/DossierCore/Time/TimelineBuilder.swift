/// Lays the dated events of each story's articles on one timeline.
///
/// Requires `datedEvents` (``DatedEventFinder``; where a document has none,
/// they are found from its tokens), `timexes` and `stories`; adds `timeline`
/// (``Story/timeline``). Each sentence whose main event is dated by a timex
/// gives an entry: the value, the sentence's main clause and the sentence as
/// evidence. Entries with the same value, or one value containing the other,
/// and the same participants merge across articles, keeping every evidence
/// span. Before that, an article without a publication date borrows the
/// story's (basis `story`) and its timexes are resolved again: such an
/// article, whose tokens the pipeline has dropped, is segmented again on
/// its own.
public struct TimelineBuilder: CorpusStage {
  public init() {}

  public var name: String { "timeline" }
  public var requires: Set<Layer> { [.datedEvents, .timexes, .stories] }
  public var produces: Set<Layer> { [.timeline] }

  public func process(_ corpus: inout Corpus) {
    borrowPublicationDates(in: &corpus)
    let missing = corpus.documents.indices.filter { corpus.documents[$0].datedEvents == nil }
    if !missing.isEmpty {
      let documents = corpus.documents
      let found = ParallelMap.map(missing) { DatedEventFinder.events(in: Self.segmented(documents[$0])) }
      for (index, events) in zip(missing, found) { corpus.documents[index].datedEvents = events }
    }
    for storyIndex in corpus.stories.indices {
      var entries: [Candidate] = []
      var byParticipants: [[String]: [Int]] = [:]
      for document in corpus.stories[storyIndex].documents {
        for event in corpus.documents[document].datedEvents ?? [] {
          let candidate = Candidate(
            value: event.value, text: event.text, participants: event.participants,
            evidence: [DocumentSpan(document: document, range: event.sentence)])
          Self.merge(candidate, into: &entries, index: &byParticipants)
        }
      }
      corpus.stories[storyIndex].timeline = Self.ordered(entries).map {
        TimelineEntry(value: $0.value, text: $0.text, evidence: $0.evidence)
      }
    }
  }

  /// An entry being built, with the participants (sorted) it is merged by.
  struct Candidate: Sendable {
    var value: String
    var text: String
    var participants: [String]
    var evidence: [DocumentSpan]
  }

  /// Gives undated articles the publication date their story lends and
  /// resolves their timexes again against it. The articles are read again
  /// in parallel, each on its own; the results are applied in order.
  func borrowPublicationDates(in corpus: inout Corpus) {
    var borrowers: [(document: Int, date: CalendarDate)] = []
    for story in corpus.stories {
      guard let date = lentDate(story.documents, in: corpus) else { continue }
      for index in story.documents where corpus.documents[index].metadata.published.date == nil {
        borrowers.append((index, date))
      }
    }
    guard !borrowers.isEmpty else { return }
    let documents = corpus.documents
    let borrowed = ParallelMap.map(borrowers) { Self.borrowing($0.date, documents[$0.document]) }
    for (borrower, result) in zip(borrowers, borrowed) {
      corpus.documents[borrower.document].metadata.published = result.published
      if let timexes = result.timexes {
        corpus.documents[borrower.document].timexes = timexes
        corpus.documents[borrower.document].datedEvents = result.events
      }
    }
  }

  /// The date a story lends its undated articles: the middle one of its
  /// articles' dates, when they all fall within a week.
  func lentDate(_ members: [Int], in corpus: Corpus) -> CalendarDate? {
    let known = members.compactMap { corpus.documents[$0].metadata.published.date }.sorted()
    guard let first = known.first, let last = known.last, last.dayNumber - first.dayNumber <= 7 else { return nil }
    return known[known.count / 2]
  }

  /// What an undated article becomes with a story's date: its publication
  /// date (its own dateline's, with the story's year, or else the story's),
  /// and, where some of its expressions were left partly unknown, its
  /// timexes resolved again and its dated events found again.
  static func borrowing(
    _ date: CalendarDate, _ document: Document
  ) -> (published: PublishedDate, timexes: [Timex]?, events: [DatedEvent]?) {
    var copy = Self.segmented(document)
    // The expressions are recognised once for both the inference and the
    // tagging (as ``PublicationDateInferrer/infer(_:yearHint:)`` and
    // ``TimexTagger/tag(_:)`` would each), twice only where the source
    // decides the order of day and month.
    let pieces = TimexPiece.pieces(of: copy)
    let matches = TimexTagger.matches(pieces: pieces, sentences: copy.sentences, dayFirst: nil)
    // A dateline without a year (`GDANSK, March 14`) takes the story's year.
    let own =
      pieces.isEmpty ? nil : PublicationDateInferrer().infer(pieces: pieces, matches: matches, yearHint: date.year)
    let published = PublishedDate(date: own ?? date, basis: .story)
    // Only expressions left partly unknown can gain from the date.
    guard document.timexes.contains(where: { $0.value.contains("X") || $0.anchor == .context }) else {
      return (published, nil, nil)
    }
    copy.metadata.published = published
    let dayFirst = TimexTagger.dayFirst(source: copy.metadata.source ?? copy.metadata.url)
    let tagged =
      dayFirst == nil ? matches : TimexTagger.matches(pieces: pieces, sentences: copy.sentences, dayFirst: dayFirst)
    copy.timexes = TimexTagger().resolve(tagged, pieces: pieces, published: published)
    return (published, copy.timexes, DatedEventFinder.events(in: copy))
  }

  /// The document with its tokens: as it is when the pipeline kept them,
  /// else a copy segmented again (the same tokens, paragraphs and
  /// sentences, as segmentation is deterministic).
  static func segmented(_ document: Document) -> Document {
    guard document.tokens.isEmpty, !document.text.isEmpty else { return document }
    var copy = document
    for stage in Analyzer.segmentationStages { stage.process(&copy) }
    return copy
  }

  /// Adds an entry, merging it with one of the same participants whose value
  /// equals or contains its own (or the reverse).
  static func merge(
    _ candidate: Candidate, into entries: inout [Candidate], index byParticipants: inout [[String]: [Int]]
  ) {
    // Without named participants, only the same statement merges.
    let key = candidate.participants.isEmpty ? ["=" + candidate.text.lowercased()] : candidate.participants
    for index in byParticipants[key] ?? [] {
      let entry = entries[index]
      guard compatible(entry.value, candidate.value) else { continue }
      // The more precise value wins; the evidence of both is kept.
      if candidate.value.utf8.count > entry.value.utf8.count { entries[index].value = candidate.value }
      for span in candidate.evidence where !entry.evidence.contains(span) {
        entries[index].evidence.append(span)
      }
      return
    }
    byParticipants[key, default: []].append(entries.count)
    entries.append(candidate)
  }

  /// Equal values, or one a prefix of the other at a field boundary
  /// (`2022-02` contains `2022-02-02`).
  static func compatible(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    let (short, long) = a.utf8.count < b.utf8.count ? (a, b) : (b, a)
    guard long.hasPrefix(short) else { return false }
    let next = long.utf8[long.utf8.index(long.utf8.startIndex, offsetBy: short.utf8.count)]
    return next == UInt8(ascii: "-") || next == UInt8(ascii: "T")
  }

  /// Entries by the first day their value covers, coarser values first.
  static func ordered(_ entries: [Candidate]) -> [Candidate] {
    // The keys once per entry, not once per comparison.
    let keys = entries.enumerated().map { (day: startDay($1.value), length: $1.value.utf8.count, offset: $0) }
    return keys.sorted { lhs, rhs in
      if lhs.day != rhs.day { return lhs.day < rhs.day }
      if lhs.length != rhs.length { return lhs.length < rhs.length }
      return lhs.offset < rhs.offset
    }.map { entries[$0.offset] }
  }

  /// The first day a value covers, as a day number, for ordering.
  static func startDay(_ value: String) -> Int {
    let bytes = Array(value.utf8)
    func number(_ range: Range<Int>) -> Int? {
      guard range.upperBound <= bytes.count else { return nil }
      return TimexContext.number(bytes[range])
    }
    guard let year = number(0..<4) else { return Int.max }
    var month = 1
    var day = 1
    if bytes.count >= 7 && bytes[4] == UInt8(ascii: "-") {
      switch bytes[5] {
      case UInt8(ascii: "W"):
        if let week = number(6..<8), let january4 = CalendarDate(year: year, month: 1, day: 4) {
          return january4.adding(days: 1 - january4.weekday + (week - 1) * 7).dayNumber
        }
      case UInt8(ascii: "Q"):
        if let quarter = number(6..<7) { month = (quarter - 1) * 3 + 1 }
      case UInt8(ascii: "H"):
        if let half = number(6..<7) { month = half == 2 ? 7 : 1 }
      case UInt8(ascii: "S"):
        month = bytes.count > 6 && bytes[6] == UInt8(ascii: "P") ? 3 : 6
      case UInt8(ascii: "F"): month = 9
      case UInt8(ascii: "W") + 0: break
      default:
        if let found = number(5..<7), (1...12).contains(found) { month = found }
        if let found = number(8..<10), (1...31).contains(found) { day = found }
      }
    }
    return
      (CalendarDate(year: year, month: month, day: min(day, CalendarDate.daysIn(month: month, year: year)))
      ?? CalendarDate(year: year, month: 1, day: 1)!).dayNumber
  }
}
