/// What derivation detection knows about one article: its content words
/// per sentence, a hash of each sentence's normalised text, the set of its
/// content words, and its publication day.
public struct DerivationProfile: Sendable {
  /// Distinct content-word hashes, sorted: the shingles the sketch is
  /// built from.
  public var words: [UInt64]
  /// Content-word hashes per sentence (each once), concatenated; sentence
  /// `i` is `sentenceWords[sentenceStarts[i]..<sentenceStarts[i + 1]]`.
  public var sentenceWords: [UInt32]
  public var sentenceStarts: [Int32]
  /// Per sentence, the hash of its lower-cased words without punctuation
  /// (0 for a sentence without words).
  public var sentenceHashes: [UInt64]
  public var day: Int?
  /// `word << 32 | sentence` for each distinct word of each sentence,
  /// sorted: merging two of these finds the words sentences share.
  var postings: [UInt64]

  public var sentenceCount: Int { sentenceHashes.count }

  /// Builds the profile of a segmented document (needs `tokens`, uses
  /// `sentences`).
  public init(_ document: Document) {
    self.init(ContentWords(document), day: document.metadata.published.date?.dayNumber)
  }

  init(_ content: ContentWords, day: Int?) {
    self.day = day
    sentenceHashes = content.sentenceHashes
    var starts: [Int32] = [0]
    var flat: [UInt32] = []
    flat.reserveCapacity(content.words.count)
    var index = 0
    let words = content.words
    for sentence in 0..<sentenceHashes.count {
      var current: [UInt32] = []
      while index < words.count && Int(words[index].sentence) == sentence {
        current.append(UInt32(truncatingIfNeeded: words[index].hash))
        index += 1
      }
      current.sort()
      var last: UInt32?
      for word in current where word != last {
        flat.append(word)
        last = word
      }
      starts.append(Int32(flat.count))
    }
    sentenceWords = flat
    sentenceStarts = starts
    var postings: [UInt64] = []
    postings.reserveCapacity(flat.count)
    for sentence in 0..<(starts.count - 1) {
      for word in flat[Int(starts[sentence])..<Int(starts[sentence + 1])] {
        postings.append(UInt64(word) << 32 | UInt64(sentence))
      }
    }
    postings.sort()
    self.postings = postings
    var all = words.map(\.hash)
    all.sort()
    var distinct: [UInt64] = []
    distinct.reserveCapacity(all.count)
    for word in all where distinct.last != word { distinct.append(word) }
    self.words = distinct
  }

  func sentence(_ index: Int) -> ArraySlice<UInt32> {
    sentenceWords[Int(sentenceStarts[index])..<Int(sentenceStarts[index + 1])]
  }
}
