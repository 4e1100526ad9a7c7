/// The content words of a document: lower-cased word and number tokens that
/// are not stop words, as stable hashes, with the sentence each is in.
///
/// Shared by story clustering and derivation detection; both compare
/// articles by these words rather than by their exact wording.
struct ContentWords {
  /// One content word.
  struct Word: Hashable, Sendable {
    var hash: UInt64
    /// Index into ``Document/sentences`` (0 where the document has none).
    var sentence: Int32
    /// True when a stop word, or the start of a sentence, separates it
    /// from the content word before it.
    var startsRun: Bool
    /// Capitalised and not the first word of its sentence: most likely
    /// part of a name.
    var isName: Bool
  }

  var words: [Word] = []
  /// Per sentence, a hash of all its words and numbers, lower-cased, with
  /// punctuation and quotation marks ignored: equal for copied sentences.
  var sentenceHashes: [UInt64] = []

  /// Reads the tokens of a document; needs `tokens` (and uses `sentences`
  /// where present).
  init(_ document: Document) {
    let tokens = document.tokens
    let sentences = document.sentences
    var sentenceIndex = 0
    var normalised = TermHash.offsetBasis
    var wordsInSentence = 0
    var previousWasContent = false
    var sentenceStart = true
    var scratch: [UInt8] = []
    scratch.reserveCapacity(32)
    words.reserveCapacity(tokens.count / 2)
    sentenceHashes.reserveCapacity(sentences.count)

    func closeSentence() {
      sentenceHashes.append(wordsInSentence == 0 ? 0 : TermHash.finalize(normalised))
      normalised = TermHash.offsetBasis
      wordsInSentence = 0
      previousWasContent = false
      sentenceStart = true
    }

    let stopWords = StopWords.table
    var text = document.text
    text.withUTF8 { text in
      for token in tokens {
        while sentenceIndex < sentences.count && token.range.start >= sentences[sentenceIndex].end {
          closeSentence()
          sentenceIndex += 1
        }
        guard token.kind == .word || token.kind == .number else { continue }
        let isName = !sentenceStart && token.flags.contains(.capitalized) && !token.flags.contains(.lineStart)
        sentenceStart = false
        let bytes = text[token.range.range]
        var hash = TermHash.offsetBasis
        var length = 0
        if let stem = Self.asciiStem(bytes) {
          // The common case, folded and hashed in one pass without a copy.
          length = stem.count
          for byte in stem {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            normalised ^= UInt64(lower)
            normalised = normalised &* TermHash.prime
            hash ^= UInt64(lower)
            hash = hash &* TermHash.prime
          }
        } else {
          Self.lowercased(bytes, into: &scratch)
          Self.dropPossessive(&scratch)
          length = scratch.count
          for byte in scratch {
            normalised ^= UInt64(byte)
            normalised = normalised &* TermHash.prime
            hash ^= UInt64(byte)
            hash = hash &* TermHash.prime
          }
        }
        guard length > 0 else { continue }
        normalised ^= 0x20
        normalised = normalised &* TermHash.prime
        wordsInSentence += 1
        hash = TermHash.finalize(hash)
        let isContent = (token.kind == .number || length >= 3) && !stopWords.contains(hash)
        if isContent {
          let sentence = Int32(min(sentenceIndex, max(sentences.count - 1, 0)))
          words.append(Word(hash: hash, sentence: sentence, startsRun: !previousWasContent, isName: isName))
        }
        previousWasContent = isContent
      }
    }
    while sentenceIndex < max(sentences.count, 1) {
      closeSentence()
      sentenceIndex += 1
    }
  }

  /// The bytes of a word without a possessive ending (`'s`, `’s`, `'`),
  /// when those are all ASCII: then folding ASCII letters is all that
  /// lower-casing does, and ``dropPossessive(_:)`` would cut the same ending.
  @inline(__always)
  static func asciiStem(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>>? {
    let count = bytes.count
    let end = bytes.endIndex
    var cut = 0
    if count > 2 && bytes[end - 1] | 0x20 == UInt8(ascii: "s") && bytes[end - 2] == UInt8(ascii: "'") {
      cut = 2
    } else if count > 4 && bytes[end - 1] | 0x20 == UInt8(ascii: "s") && bytes[end - 2] == 0x99
      && bytes[end - 3] == 0x80 && bytes[end - 4] == 0xE2
    {
      cut = 4
    } else if count > 1 && bytes[end - 1] == UInt8(ascii: "'") {
      cut = 1
    }
    let stem = bytes[bytes.startIndex..<(end - cut)]
    for byte in stem where byte >= 0x80 { return nil }
    return stem
  }

  /// ASCII letters folded to lower case; other scalars lower-cased through
  /// `String` only when the token has any.
  static func lowercased(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, into out: inout [UInt8]) {
    out.removeAll(keepingCapacity: true)
    var ascii = true
    for byte in bytes {
      if byte >= 0x80 { ascii = false }
      out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
    }
    if !ascii {
      let lowered = String(decoding: out, as: UTF8.self).lowercased()
      out.removeAll(keepingCapacity: true)
      out.append(contentsOf: lowered.utf8)
    }
  }

  /// `kardovia’s` → `kardovia`, `unions'` → `unions`.
  static func dropPossessive(_ word: inout [UInt8]) {
    let count = word.count
    if count > 2 && word[count - 1] == UInt8(ascii: "s") && word[count - 2] == UInt8(ascii: "'") {
      word.removeLast(2)
    } else if count > 4 && word[count - 1] == UInt8(ascii: "s") && word[count - 2] == 0x99
      && word[count - 3] == 0x80 && word[count - 4] == 0xE2
    {
      word.removeLast(4)
    } else if count > 1 && word[count - 1] == UInt8(ascii: "'") {
      word.removeLast()
    }
  }
}
