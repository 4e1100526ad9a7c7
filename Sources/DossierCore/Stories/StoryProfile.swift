/// What story clustering knows about one article: its words and adjacent
/// word pairs with their counts, and its publication day.
public struct StoryProfile: Sendable {
  /// Term hashes (content words and pairs of adjacent content words),
  /// sorted, each once.
  public var terms: [UInt64]
  /// How often each term occurs, parallel to ``terms``.
  public var counts: [UInt16]
  /// Days since 1970-01-01, or nil when the publication date is unknown.
  public var day: Int?

  public init(terms: [UInt64], counts: [UInt16], day: Int?) {
    self.terms = terms
    self.counts = counts
    self.day = day
  }

  /// Builds the profile of a segmented document (needs `tokens`).
  public init(_ document: Document) {
    self.init(ContentWords(document), day: document.metadata.published.date?.dayNumber)
  }

  init(_ content: ContentWords, day: Int?) {
    var all: [UInt64] = []
    all.reserveCapacity(content.words.count * 2)
    var previous: UInt64?
    for word in content.words {
      all.append(word.hash)
      if !word.startsRun, let previous { all.append(TermHash.pair(previous, word.hash)) }
      previous = word.hash
    }
    all.sort()
    var terms: [UInt64] = []
    var counts: [UInt16] = []
    terms.reserveCapacity(all.count)
    for term in all {
      if terms.last == term {
        counts[counts.count - 1] &+= counts[counts.count - 1] == .max ? 0 : 1
      } else {
        terms.append(term)
        counts.append(1)
      }
    }
    self.terms = terms
    self.counts = counts
    self.day = day
  }
}
