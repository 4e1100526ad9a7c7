/// One document's tokens seen the way the quote stage needs them: word keys,
/// sentence and paragraph of each token, and small token predicates.
///
/// Built once per document in linear time; every search after that walks a
/// bounded window of tokens.
struct QuoteScanner {
  let bytes: [UInt8]
  let tokens: [Token]
  /// ``QuoteWordKey`` of each word token, 0 for other tokens.
  let keys: [UInt64]
  /// ``QuoteLexicon/cueBits(_:)`` of each word token, 0 for other tokens:
  /// looked up once here, as most searches ask about cues.
  let cueBits: [UInt8]
  /// The quotation-mark tokens and the dash tokens (``isDash(_:)``), in
  /// order: the searches for quotes and posts start only at them.
  let quotationMarks: [Int]
  let dashes: [Int]
  /// The sentence of each token.
  let sentenceOf: [Int32]
  /// The paragraph of each token.
  let paragraphOf: [Int32]
  /// Token ranges of sentences and paragraphs.
  let sentenceTokens: [Range<Int>]
  let paragraphTokens: [Range<Int>]
  /// Whether each paragraph is a headline in title case, where reporting
  /// verbs are capitalised too (`Bellwether County Says …`).
  let titleCase: [Bool]
  let lexicon: QuoteLexicon

  init(document: Document, lexicon: QuoteLexicon = .shared) {
    self.lexicon = lexicon
    var text = document.text
    // One copy of the bytes, not a byte-by-byte walk of the UTF-8 view.
    bytes = text.withUTF8 { source in
      [UInt8](unsafeUninitializedCapacity: source.count) { buffer, count in
        if let base = source.baseAddress { buffer.baseAddress?.initialize(from: base, count: source.count) }
        count = source.count
      }
    }
    let tokens = document.tokens
    var keys = [UInt64](repeating: 0, count: tokens.count)
    var cueBits = [UInt8](repeating: 0, count: tokens.count)
    var quotationMarks: [Int] = []
    var dashes: [Int] = []
    bytes.withUnsafeBufferPointer { bytes in
      tokens.withUnsafeBufferPointer { tokens in
        keys.withUnsafeMutableBufferPointer { keys in
          cueBits.withUnsafeMutableBufferPointer { cueBits in
            for index in tokens.indices {
              let token = tokens[index]
              if token.kind == .word {
                let range = token.range
                let key = QuoteWordKey.of(bytes, Int(range.start), Int(range.end))
                keys[index] = key
                cueBits[index] = lexicon.cueBits(key)
              } else if token.isQuotationMark {
                quotationMarks.append(index)
              } else if Self.isDash(token, bytes) {
                dashes.append(index)
              }
            }
          }
        }
      }
    }
    (sentenceOf, sentenceTokens) = Self.group(tokens, by: document.sentences)
    (paragraphOf, paragraphTokens) = Self.group(tokens, by: document.paragraphs)
    self.tokens = tokens
    self.keys = keys
    self.cueBits = cueBits
    self.quotationMarks = quotationMarks
    self.dashes = dashes
    titleCase = paragraphTokens.map { Self.isTitleCase($0, tokens: tokens) }
  }

  /// A short paragraph whose longer words are nearly all capitalised.
  private static func isTitleCase(_ range: Range<Int>, tokens: [Token]) -> Bool {
    guard range.count <= 24 else { return false }
    var long = 0
    var capitalised = 0
    for index in range where tokens[index].kind == .word && tokens[index].range.length > 3 {
      long += 1
      if tokens[index].flags.contains(.capitalized) { capitalised += 1 }
    }
    return long >= 3 && capitalised * 10 >= long * 8
  }

  /// Which range each token falls in, and the token range of each range.
  private static func group(_ tokens: [Token], by ranges: [TextRange]) -> ([Int32], [Range<Int>]) {
    var owner = [Int32](repeating: -1, count: tokens.count)
    var spans: [Range<Int>] = []
    spans.reserveCapacity(ranges.count)
    tokens.withUnsafeBufferPointer { tokens in
      owner.withUnsafeMutableBufferPointer { owner in
        var tokenIndex = 0
        for (rangeIndex, range) in ranges.enumerated() {
          while tokenIndex < tokens.count && tokens[tokenIndex].range.start < range.start {
            owner[tokenIndex] = Int32(max(0, rangeIndex - 1))
            tokenIndex += 1
          }
          let first = tokenIndex
          while tokenIndex < tokens.count && tokens[tokenIndex].range.end <= range.end {
            owner[tokenIndex] = Int32(rangeIndex)
            tokenIndex += 1
          }
          spans.append(first..<tokenIndex)
        }
        while tokenIndex < tokens.count {
          owner[tokenIndex] = Int32(max(0, ranges.count - 1))
          tokenIndex += 1
        }
      }
    }
    return (owner, spans)
  }

  // MARK: Token predicates

  func isWord(_ index: Int) -> Bool { tokens[index].kind == .word }

  func isCapitalized(_ index: Int) -> Bool {
    tokens[index].kind == .word && tokens[index].flags.contains(.capitalized)
  }

  /// A one-byte punctuation token equal to `ascii`.
  func isMark(_ index: Int, _ ascii: Unicode.Scalar) -> Bool {
    let token = tokens[index]
    return token.kind == .punctuation && token.range.length == 1 && bytes[Int(token.range.start)] == UInt8(ascii.value)
  }

  /// An em or en dash, a horizontal bar, or a spaced hyphen (`--` too).
  func isDash(_ index: Int) -> Bool {
    bytes.withUnsafeBufferPointer { Self.isDash(tokens[index], $0) }
  }

  @inline(__always)
  static func isDash(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard token.kind == .punctuation else { return false }
    let start = Int(token.range.start)
    if token.range.length == 3 && bytes[start] == 0xE2 && bytes[start + 1] == 0x80 {
      return bytes[start + 2] >= 0x93 && bytes[start + 2] <= 0x95
    }
    guard bytes[start] == UInt8(ascii: "-") else { return false }
    return token.range.length == 1 || (token.range.length == 2 && bytes[start + 1] == UInt8(ascii: "-"))
  }

  /// `.`, `!`, `?` or `…`: ends a sentence.
  func isSentenceEnd(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .punctuation else { return false }
    let byte = bytes[Int(token.range.start)]
    if token.range.length == 1 {
      return byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }
    return token.range.length == 3 && byte == 0xE2 && bytes[Int(token.range.start) + 2] == 0xA6
  }

  /// A comma, colon, semicolon or dash: a break inside a sentence.
  func isClauseMark(_ index: Int) -> Bool {
    isMark(index, ",") || isMark(index, ":") || isMark(index, ";") || isDash(index)
  }

  func isDoubleQuoteMark(_ index: Int) -> Bool {
    tokens[index].isQuotationMark && !tokens[index].flags.contains(.singleQuote)
  }

  /// What the word at `index` can do as a cue. Capitalised words are not
  /// cues (`the New York Post`), except in a title-case headline.
  @inline(__always)
  func cue(_ index: Int) -> CueBehaviour? {
    let bits = cueBits[index]
    guard bits != 0 else { return nil }
    if tokens[index].flags.contains(.capitalized) {
      let paragraph = Int(paragraphOf[index])
      guard titleCase[paragraph], index > paragraphTokens[paragraph].lowerBound,
        !lexicon.nounLikeCues.contains(keys[index]), !tokens[index].flags.contains(.allCaps)
      else { return nil }
    }
    return CueBehaviour(rawValue: bits & ~QuoteLexicon.cueFormBit)
  }

  /// Whether the word at `index` is a form of a reporting verb, whatever
  /// its case.
  func isCueForm(_ index: Int) -> Bool { cueBits[index] != 0 }

  /// A word ending in `'s` or `’s`.
  func isPossessive(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .word, token.range.length > 2 else { return false }
    let end = Int(token.range.end)
    guard bytes[end - 1] == UInt8(ascii: "s") || bytes[end - 1] == UInt8(ascii: "S") else { return false }
    if bytes[end - 2] == UInt8(ascii: "'") { return true }
    return end - 4 >= Int(token.range.start) && bytes[end - 4] == 0xE2 && bytes[end - 3] == 0x80
      && bytes[end - 2] == 0x99
  }

  /// A word ending in `-ing` or `-ed`: a participle opening a parenthesis.
  func isParticipleLike(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .word, token.range.length > 4 else { return false }
    let end = Int(token.range.end)
    let last = bytes[end - 1] | 0x20
    let second = bytes[end - 2] | 0x20
    let third = bytes[end - 3] | 0x20
    if third == UInt8(ascii: "i") && second == UInt8(ascii: "n") && last == UInt8(ascii: "g") { return true }
    return second == UInt8(ascii: "e") && last == UInt8(ascii: "d")
  }

  func range(_ tokenRange: Range<Int>) -> TextRange {
    TextRange(start: tokens[tokenRange.lowerBound].range.start, end: tokens[tokenRange.upperBound - 1].range.end)
  }

  /// Counts the word tokens of a token range.
  func wordCount(_ tokenRange: Range<Int>) -> Int {
    var count = 0
    for index in tokenRange where tokens[index].kind == .word || tokens[index].kind == .number { count += 1 }
    return count
  }

  /// Whether any word of the range is a first or second person word.
  func hasFirstPerson(_ tokenRange: Range<Int>) -> Bool {
    for index in tokenRange where keys[index] != 0 && lexicon.firstPerson.contains(keys[index]) { return true }
    return false
  }

  /// Grammatical person of a one-word pronoun phrase.
  enum PronounPerson { case first, third }

  /// Whether a speaker phrase is a lone first-person (`I`, `we`) or
  /// third-person (`he`, `she`, `they`) pronoun.
  func pronounPerson(_ phrase: Range<Int>) -> PronounPerson? {
    guard phrase.count == 1, keys[phrase.lowerBound] != 0 else { return nil }
    let key = keys[phrase.lowerBound]
    if key == lexicon.firstPersonSubjects.i || key == lexicon.firstPersonSubjects.we { return .first }
    return lexicon.thirdPersonSubjects.contains(key) ? .third : nil
  }

  /// Whether the phrase is `he` or `she`, which refer to a person.
  func isPersonalPronoun(_ phrase: Range<Int>) -> Bool {
    phrase.count == 1 && keys[phrase.lowerBound] != 0 && lexicon.personalSubjects.contains(keys[phrase.lowerBound])
  }

  /// The token range with leading and trailing punctuation (other than
  /// quotation marks) removed.
  func trimmed(_ tokenRange: Range<Int>) -> Range<Int> {
    var lower = tokenRange.lowerBound
    var upper = tokenRange.upperBound
    while lower < upper && tokens[lower].kind == .punctuation { lower += 1 }
    while upper > lower && tokens[upper - 1].kind == .punctuation { upper -= 1 }
    return lower..<upper
  }
}
