/// What the entity stage knows about each token of a document, computed in
/// one pass over the tokens: the lexicon classes of its word (possessive
/// `’s` removed), its sentence, and whether it stands inside quotation marks.
struct TokenFacts {
  struct Fact {
    /// The ``WordKey`` of the word without a possessive ending; 0 for non-words.
    var key: UInt64 = 0
    var classes: WordClass = []
    /// The end of the word without its possessive ending.
    var stemEnd: UInt32 = 0
    var sentence: Int32 = 0
    var isWord = false
    var capitalized = false
    var allCaps = false
    var possessive = false
    var inQuote = false
    /// The first word of its sentence (after any opening marks).
    var sentenceInitial = false
  }

  var facts: [Fact]
  /// For each sentence, its token index range.
  var sentenceTokens: [Range<Int>]

  /// Facts for every token, or only for the tokens of the sentences in
  /// `window` (the others stay empty), which is what resolving one speaker
  /// needs.
  init(document: Document, window: ClosedRange<Int>? = nil) {
    let tokens = document.tokens
    let sentences = document.sentences
    var facts = [Fact](repeating: Fact(), count: tokens.count)
    var sentenceTokens = [Range<Int>](repeating: 0..<0, count: max(1, sentences.count))
    var firstToken = 0
    var lastToken = tokens.count
    var sentence = 0
    if let window, !sentences.isEmpty {
      let lower = min(window.lowerBound, sentences.count - 1)
      let upper = min(window.upperBound, sentences.count - 1)
      firstToken = Self.firstToken(in: tokens, from: sentences[lower].start)
      lastToken =
        upper + 1 < sentences.count ? Self.firstToken(in: tokens, from: sentences[upper + 1].start) : tokens.count
      sentence = lower
    }
    // Read once: a static's lazy-initialisation check costs in the loop.
    let lexicon = EntityLexicon.table
    var copy = document.text
    // Buffers, not arrays, in the per-token loop: no uniqueness or bounds checks.
    copy.withUTF8 { bytes in
      facts.withUnsafeMutableBufferPointer { facts in
        tokens.withUnsafeBufferPointer { tokens in
          sentences.withUnsafeBufferPointer { sentences in
            document.paragraphs.withUnsafeBufferPointer { paragraphs in
              var paragraph = 0
              var inQuote = false
              var sentenceStart = firstToken
              var sawWordInSentence = false
              // Where the next sentence and paragraph start: one comparison
              // per token instead of a bounds test and a load for each.
              var nextSentence = sentence + 1 < sentences.count ? sentences[sentence + 1].start : UInt32.max
              var nextParagraph = paragraphs.count > 1 ? paragraphs[1].start : UInt32.max
              for index in firstToken..<lastToken {
                let token = tokens[index]
                let tokenStart = token.range.start
                // Advance the sentence and paragraph pointers.
                if tokenStart >= nextSentence {
                  while sentence + 1 < sentences.count && sentences[sentence + 1].start <= tokenStart {
                    sentenceTokens[sentence] = sentenceStart..<index
                    sentenceStart = index
                    sentence += 1
                    sawWordInSentence = false
                  }
                  nextSentence = sentence + 1 < sentences.count ? sentences[sentence + 1].start : UInt32.max
                }
                if tokenStart >= nextParagraph {
                  while paragraph + 1 < paragraphs.count && paragraphs[paragraph + 1].start <= tokenStart {
                    paragraph += 1
                    inQuote = false
                  }
                  nextParagraph = paragraph + 1 < paragraphs.count ? paragraphs[paragraph + 1].start : UInt32.max
                }
                var fact = Fact()
                fact.sentence = Int32(sentence)
                switch token.kind {
                case .word:
                  fact.isWord = true
                  let start = Int(token.range.start)
                  var end = Int(token.range.end)
                  if let stem = Self.possessiveStem(bytes, start, end) {
                    end = stem
                    fact.possessive = true
                  }
                  fact.stemEnd = UInt32(end)
                  fact.key = WordKey.of(bytes, start, end)
                  fact.capitalized = token.flags.contains(.capitalized)
                  fact.allCaps = token.flags.contains(.allCaps) && end - start >= 2
                  fact.sentenceInitial = !sawWordInSentence
                  sawWordInSentence = true
                case .number:
                  sawWordInSentence = true
                case .openingQuote:
                  if !token.flags.contains(.singleQuote) { inQuote = true }
                case .closingQuote:
                  if !token.flags.contains(.singleQuote) { inQuote = false }
                case .quote:
                  if !token.flags.contains(.singleQuote) { inQuote.toggle() }
                default:
                  break
                }
                fact.inQuote = inQuote
                facts[index] = fact
              }
              sentenceTokens[min(sentence, sentenceTokens.count - 1)] = sentenceStart..<lastToken
              // Lexicon lookups in a loop of their own: with nothing else in
              // it, the processor overlaps their cache misses.
              for index in firstToken..<lastToken where facts[index].isWord {
                var classes = WordClass(rawValue: lexicon.value(facts[index].key))
                if facts[index].allCaps && !classes.isDisjoint(with: [.place, .organization]) {
                  // `US`, `WHO`: an acronym, not the function word.
                  classes.subtract([.functionWord, .pronoun, .determiner, .reportingVerb, .male, .female, .firstName])
                }
                facts[index].classes = classes
              }
            }
          }
        }
      }
    }
    self.facts = facts
    self.sentenceTokens = sentenceTokens
  }

  /// The index of the first token that starts at or after `offset`.
  static func firstToken(in tokens: [Token], from offset: UInt32) -> Int {
    TokenSearch.firstIndex(tokens, startingAtOrAfter: offset)
  }

  /// The index of the sentence that contains `offset` (or the last before it).
  static func sentence(in sentences: [TextRange], containing offset: UInt32) -> Int {
    var low = 0
    var high = sentences.count
    while low < high {
      let mid = (low + high) / 2
      if sentences[mid].start <= offset { low = mid + 1 } else { high = mid }
    }
    return max(0, low - 1)
  }

  /// The end of the word without `’s`, `'s` or a plural's bare `’`, or nil.
  @inline(__always)
  static func possessiveStem(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
    let length = end - start
    guard length >= 3 else { return nil }
    let last = bytes[end - 1]
    guard last == UInt8(ascii: "s") || last == UInt8(ascii: "S") else { return nil }
    if bytes[end - 2] == UInt8(ascii: "'") { return end - 2 }
    // U+2019 RIGHT SINGLE QUOTATION MARK: E2 80 99.
    if length >= 5 && bytes[end - 4] == 0xE2 && bytes[end - 3] == 0x80 && bytes[end - 2] == 0x99 {
      return end - 4
    }
    return nil
  }
}
