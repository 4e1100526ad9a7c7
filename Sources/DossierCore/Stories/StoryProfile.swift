/// What story clustering knows about one article: its words and adjacent
/// word pairs with their counts, and its publication day.
public struct StoryProfile: Sendable {
  /// Term hashes (content words and pairs of adjacent content words),
  /// sorted, each once.
  public var terms: [UInt64]
  /// How often each term occurs, parallel to ``terms``.
  public var counts: [UInt16]
  /// Whether each term was written as a name (capitalised inside a
  /// sentence) at least once, parallel to ``terms``.
  public var names: [Bool]
  /// Days since 1970-01-01, or nil when the publication date is unknown.
  public var day: Int?

  public init(terms: [UInt64], counts: [UInt16], names: [Bool], day: Int?) {
    self.terms = terms
    self.counts = counts
    self.names = names
    self.day = day
  }

  /// Builds the profile of a segmented document (needs `tokens`).
  public init(_ document: Document) {
    self.init(ContentWords(document), day: document.metadata.published.date?.dayNumber)
  }

  init(_ content: ContentWords, day: Int?) {
    var all: [(term: UInt64, name: Bool)] = []
    all.reserveCapacity(content.words.count * 2)
    var previous: ContentWords.Word?
    for word in content.words {
      all.append((word.hash, word.isName))
      if !word.startsRun, let previous {
        all.append((TermHash.pair(previous.hash, word.hash), word.isName || previous.isName))
      }
      previous = word
    }
    all.sort { $0.term < $1.term }
    var terms: [UInt64] = []
    var counts: [UInt16] = []
    var names: [Bool] = []
    terms.reserveCapacity(all.count)
    for (term, name) in all {
      if terms.last == term {
        counts[counts.count - 1] &+= counts[counts.count - 1] == .max ? 0 : 1
        if name { names[names.count - 1] = true }
      } else {
        terms.append(term)
        counts.append(1)
        names.append(name)
      }
    }
    self.terms = terms
    self.counts = counts
    self.names = names
    self.day = day
  }
}
