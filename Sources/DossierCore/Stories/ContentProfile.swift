/// What story clustering and derivation detection read of one document,
/// built once from its tokens by ``ContentProfiler`` so that the corpus
/// stages need no tokens: its content words and adjacent word pairs with
/// their counts, and the content words of each sentence.
public struct ContentProfile: Sendable, Hashable {
  /// Term hashes (content words and pairs of adjacent content words),
  /// sorted, each once.
  public internal(set) var terms: [UInt64]
  /// How often each term occurs, parallel to ``terms``.
  public internal(set) var counts: [UInt16]
  /// Whether each term was written as a name (capitalised inside a
  /// sentence) at least once, parallel to ``terms``.
  public internal(set) var names: [Bool]
  /// Whether each term is a single content word rather than a pair,
  /// parallel to ``terms``.
  var isWord: [Bool]
  /// Content-word hashes (low 32 bits) per sentence, each once, sorted,
  /// concatenated; sentence `i` is
  /// `sentenceWords[sentenceStarts[i]..<sentenceStarts[i + 1]]`.
  var sentenceWords: [UInt32]
  var sentenceStarts: [Int32]
  /// Per sentence, the hash of its lower-cased words without punctuation
  /// (0 for a sentence without words).
  var sentenceHashes: [UInt64]

  /// Builds the profile of a segmented document (needs `tokens`, uses
  /// `sentences`).
  public init(_ document: Document) {
    self.init(ContentWords(document))
  }

  init(_ content: ContentWords) {
    let words = content.words
    // Every term once per occurrence, and apart the terms written as names
    // and the single words: three sorts of plain integers bring the
    // occurrences of a term together and mark it by merging.
    var all: [UInt64] = []
    var named: [UInt64] = []
    var singles: [UInt64] = []
    all.reserveCapacity(words.count * 2)
    singles.reserveCapacity(words.count)
    var previous: ContentWords.Word?
    for word in words {
      all.append(word.hash)
      singles.append(word.hash)
      if word.isName { named.append(word.hash) }
      if !word.startsRun, let previous {
        let pair = TermHash.pair(previous.hash, word.hash)
        all.append(pair)
        if word.isName || previous.isName { named.append(pair) }
      }
      previous = word
    }
    RadixSort.sort(&all)
    RadixSort.sort(&named)
    RadixSort.sort(&singles)
    var terms: [UInt64] = []
    var counts: [UInt16] = []
    var names: [Bool] = []
    var isWord: [Bool] = []
    terms.reserveCapacity(all.count)
    counts.reserveCapacity(all.count)
    var nextName = 0
    var nextSingle = 0
    for term in all {
      if terms.last == term {
        if counts[counts.count - 1] != .max { counts[counts.count - 1] += 1 }
        continue
      }
      terms.append(term)
      counts.append(1)
      while nextName < named.count && named[nextName] < term { nextName += 1 }
      names.append(nextName < named.count && named[nextName] == term)
      while nextSingle < singles.count && singles[nextSingle] < term { nextSingle += 1 }
      isWord.append(nextSingle < singles.count && singles[nextSingle] == term)
    }
    // The profile outlives the document stages: no spare capacity. (An
    // array made from a slice of all of another keeps its storage, room
    // and all.)
    Document.shrink(&terms)
    Document.shrink(&counts)
    Document.shrink(&names)
    Document.shrink(&isWord)
    self.terms = terms
    self.counts = counts
    self.names = names
    self.isWord = isWord

    sentenceHashes = content.sentenceHashes
    var starts: [Int32] = [0]
    starts.reserveCapacity(sentenceHashes.count + 1)
    var flat: [UInt32] = []
    flat.reserveCapacity(words.count)
    var index = 0
    for sentence in 0..<sentenceHashes.count {
      let start = flat.count
      while index < words.count && Int(words[index].sentence) == sentence {
        flat.append(UInt32(truncatingIfNeeded: words[index].hash))
        index += 1
      }
      if flat.count - start > 1 {
        flat[start...].sort()
        // Each word once within its sentence.
        var write = start + 1
        for read in (start + 1)..<flat.count where flat[read] != flat[write - 1] {
          flat[write] = flat[read]
          write += 1
        }
        flat.removeLast(flat.count - write)
      }
      starts.append(Int32(flat.count))
    }
    Document.shrink(&flat)
    sentenceWords = flat
    sentenceStarts = starts
  }

  /// The distinct content words, sorted: the terms that are single words.
  var words: [UInt64] {
    var result: [UInt64] = []
    result.reserveCapacity(terms.count)
    for (index, term) in terms.enumerated() where isWord[index] { result.append(term) }
    return result
  }
}

extension Document {
  /// The content profile ``ContentProfiler`` stored, or, where it has not
  /// run, one built from the tokens.
  var contentProfileOrBuilt: ContentProfile {
    contentProfile ?? ContentProfile(self)
  }
}
