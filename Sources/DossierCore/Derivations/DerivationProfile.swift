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

  /// Builds the profile of a document from its content profile, or from
  /// its tokens where ``ContentProfiler`` has not run.
  public init(_ document: Document) {
    self.init(document.contentProfileOrBuilt, day: document.metadata.published.date?.dayNumber)
  }

  public init(_ content: ContentProfile, day: Int?) {
    self.day = day
    words = content.words
    sentenceWords = content.sentenceWords
    sentenceStarts = content.sentenceStarts
    sentenceHashes = content.sentenceHashes
    var postings: [UInt64] = []
    postings.reserveCapacity(sentenceWords.count)
    for sentence in 0..<(sentenceStarts.count - 1) {
      for word in sentenceWords[Int(sentenceStarts[sentence])..<Int(sentenceStarts[sentence + 1])] {
        postings.append(UInt64(word) << 32 | UInt64(sentence))
      }
    }
    postings.sort()
    self.postings = postings
  }

  func sentence(_ index: Int) -> ArraySlice<UInt32> {
    sentenceWords[Int(sentenceStarts[index])..<Int(sentenceStarts[index + 1])]
  }
}
