import Dispatch

/// Lays the dated events of each story's articles on one timeline.
///
/// Requires `timexes` and `stories`; adds `timeline` (``Story/timeline``).
/// Each sentence whose main event is dated by a timex gives an entry: the
/// value, the sentence's main clause and the sentence as evidence. Entries
/// with the same value, or one value containing the other, and the same
/// participants merge across articles, keeping every evidence span. Before
/// that, an article without a publication date borrows the story's (basis
/// `story`) and its timexes are resolved again.
public struct TimelineBuilder: CorpusStage {
  public init() {}

  public var name: String { "timeline" }
  public var requires: Set<Layer> { [.tokens, .timexes, .stories] }
  public var produces: Set<Layer> { [.timeline] }

  public func process(_ corpus: inout Corpus) {
    for story in corpus.stories { borrowPublicationDates(story.documents, in: &corpus) }
    // Every story's articles in one parallel pass: one pass per story costs
    // more in dispatch than the small stories' work.
    let members = corpus.stories.flatMap(\.documents)
    var found = candidatesByDocument(members, in: corpus)[...]
    for storyIndex in corpus.stories.indices {
      var entries: [Candidate] = []
      var byParticipants: [[String]: [Int]] = [:]
      let count = corpus.stories[storyIndex].documents.count
      for candidates in found.prefix(count) {
        for candidate in candidates {
          Self.merge(candidate, into: &entries, index: &byParticipants)
        }
      }
      found = found.dropFirst(count)
      corpus.stories[storyIndex].timeline = Self.ordered(entries).map {
        TimelineEntry(value: $0.value, text: $0.text, evidence: $0.evidence)
      }
    }
  }

  /// An entry being built, with the participants it is merged by.
  struct Candidate: Sendable {
    var value: String
    var text: String
    var participants: Set<String>
    var evidence: [DocumentSpan]
  }

  /// Gives undated articles the latest publication date of their story and
  /// resolves their timexes again against it.
  func borrowPublicationDates(_ members: [Int], in corpus: inout Corpus) {
    let known = members.compactMap { corpus.documents[$0].metadata.published.date }.sorted()
    // Only a story whose articles appeared within a week lends its date: the
    // middle one.
    guard let first = known.first, let last = known.last, last.dayNumber - first.dayNumber <= 7 else { return }
    let date = known[known.count / 2]
    for index in members where corpus.documents[index].metadata.published.date == nil {
      // A dateline without a year (`GDANSK, March 14`) takes the story's year.
      let own = PublicationDateInferrer().infer(corpus.documents[index], yearHint: date.year)
      corpus.documents[index].metadata.published = PublishedDate(date: own ?? date, basis: .story)
      // Only expressions left partly unknown can gain from the date.
      if corpus.documents[index].timexes.contains(where: { $0.value.contains("X") || $0.anchor == .context }) {
        corpus.documents[index].timexes = TimexTagger().tag(corpus.documents[index])
      }
    }
  }

  /// The candidates of each member, found in parallel (each document's
  /// alone), in member order so that merging stays deterministic.
  func candidatesByDocument(_ members: [Int], in corpus: Corpus) -> [[Candidate]] {
    var result = [[Candidate]](repeating: [], count: members.count)
    guard members.count > 1 else {
      return members.map { candidates(corpus.documents[$0], index: $0) }
    }
    let documents = UncheckedSendable(corpus.documents)
    result.withUnsafeMutableBufferPointer { buffer in
      let shared = UncheckedSendable(buffer)
      DispatchQueue.concurrentPerform(iterations: members.count) { position in
        let index = members[position]
        shared.value[position] = candidates(documents.value[index], index: index)
      }
    }
    return result
  }

  /// One candidate per sentence dated by a timex.
  func candidates(_ document: Document, index: Int) -> [Candidate] {
    var result: [Candidate] = []
    var timexIndex = 0
    let timexes = document.timexes
    for sentence in document.sentences {
      while timexIndex < timexes.count && timexes[timexIndex].range.start < sentence.start { timexIndex += 1 }
      var chosen: Timex? = nil
      var scan = timexIndex
      while scan < timexes.count && timexes[scan].range.end <= sentence.end {
        let timex = timexes[scan]
        if chosen == nil && Self.isDating(timex) { chosen = timex }
        scan += 1
      }
      guard let chosen, !Self.isQuoted(document, sentence), !Self.isEmbedDate(document, chosen) else { continue }
      guard let event = EventPhrase.make(document: document, sentence: sentence, timex: chosen) else { continue }
      result.append(
        Candidate(
          value: chosen.value, text: event.text, participants: event.participants,
          evidence: [DocumentSpan(document: index, range: sentence)]))
    }
    return result
  }

  /// A timex that dates an event: a date or time with a known year.
  static func isDating(_ timex: Timex) -> Bool {
    guard timex.kind == .date || timex.kind == .time, let first = timex.value.utf8.first else { return false }
    return first >= 48 && first <= 57 && timex.value.utf8.count >= 4
  }

  /// The date line of an embedded post (`(@handle) February 2, 2022`) dates
  /// the post, not an event.
  static func isEmbedDate(_ document: Document, _ timex: Timex) -> Bool {
    let index = TokenSearch.firstIndex(document.tokens, startingAtOrAfter: timex.range.start)
    guard index >= 2, index < document.tokens.count else { return false }
    return document.text(document.tokens[index - 1].range) == ")" && document.tokens[index - 2].kind == .handle
  }

  /// Sentences that open with a quotation mark report speech, not events.
  static func isQuoted(_ document: Document, _ sentence: TextRange) -> Bool {
    let index = TokenSearch.firstIndex(document.tokens, startingAtOrAfter: sentence.start)
    return index < document.tokens.count && document.tokens[index].isQuotationMark
  }

  /// Adds an entry, merging it with one of the same participants whose value
  /// equals or contains its own (or the reverse).
  static func merge(
    _ candidate: Candidate, into entries: inout [Candidate], index byParticipants: inout [[String]: [Int]]
  ) {
    // Without named participants, only the same statement merges.
    let key = candidate.participants.isEmpty ? ["=" + candidate.text.lowercased()] : candidate.participants.sorted()
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
