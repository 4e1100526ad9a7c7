/// The short statement of a sentence's main event for a timeline: its main
/// clause with the participants, without the date phrase, leading
/// subordinate clauses, trailing relative clauses or attribution.
enum EventPhrase {
  /// Words that open a subordinate or adverbial clause before the main one.
  static let subordinators: Set<String> = [
    "as", "when", "while", "after", "before", "since", "although", "though", "if", "because", "during",
    "following", "in", "on", "at", "by", "with", "despite", "once", "until", "earlier", "later", "meanwhile",
    "however", "but", "and", "also", "additionally", "furthermore", "then", "according",
  ]

  /// Prepositions that belong to a date phrase: `on` Monday.
  static let datePrepositions: Set<String> = [
    "on", "in", "at", "during", "since", "by", "from", "until", "of", "for", "before", "after", "around", "through",
  ]

  /// The event text of a sentence and the capitalised words naming its
  /// participants.
  static func make(document: Document, sentence: TextRange, timex: Timex) -> (text: String, participants: Set<String>)?
  {
    var text = document.text
    return text.withUTF8 { bytes in
      make(tokens: TokenSearch.tokens(document.tokens, in: sentence), words: Words(bytes: bytes), timex: timex)
    }
  }

  /// Token words read from the text's bytes: comparing a `Substring` of the
  /// text costs more than the rest of the phrase.
  struct Words {
    let bytes: UnsafeBufferPointer<UInt8>

    /// Whether the token is exactly `literal`.
    @inline(__always)
    func isExactly(_ token: Token, _ literal: StaticString) -> Bool {
      let start = Int(token.range.start)
      let length = Int(token.range.end) - start
      guard length == literal.utf8CodeUnitCount else { return false }
      let expected = literal.utf8Start
      for offset in 0..<length where bytes[start + offset] != expected[offset] { return false }
      return true
    }

    func string(_ token: Token) -> String {
      String(
        decoding: UnsafeBufferPointer(rebasing: bytes[Int(token.range.start)..<Int(token.range.end)]), as: UTF8.self)
    }

    /// The token lower-cased, as `String.lowercased()` gives it; ASCII is
    /// folded byte by byte.
    func lowercased(_ token: Token) -> String {
      let start = Int(token.range.start)
      let length = Int(token.range.end) - start
      for offset in 0..<length where bytes[start + offset] >= 0x80 { return string(token).lowercased() }
      return String(unsafeUninitializedCapacity: length) { buffer in
        for offset in 0..<length {
          let byte = bytes[start + offset]
          buffer[offset] = byte >= 65 && byte <= 90 ? byte + 32 : byte
        }
        return length
      }
    }

    /// Whether the token, lower-cased, ends in the lower-case ASCII
    /// `suffix` after at least two more bytes: `speaking`, `asked`
    /// (a participle after the subject), not `king` or `red`.
    func hasSuffix(_ token: Token, _ suffix: StaticString) -> Bool {
      let end = Int(token.range.end)
      let count = suffix.utf8CodeUnitCount
      guard end - Int(token.range.start) >= count + 2 else { return false }
      let expected = suffix.utf8Start
      // Only ASCII letters lower-case to ASCII letters.
      for offset in 0..<count where bytes[end - count + offset] | 0x20 != expected[offset] { return false }
      return true
    }
  }

  static func make(
    tokens sentenceTokens: ArraySlice<Token>, words: Words, timex: Timex
  ) -> (text: String, participants: Set<String>)? {
    let tokens = Array(sentenceTokens)
    guard !tokens.isEmpty else { return nil }
    var kept: [Token] = []
    kept.reserveCapacity(tokens.count)
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      if timex.range.contains(token.range) {
        index += 1
        // `two days later`: the signal after a stretch that dates goes with it.
        if timex.reaches != nil, index < tokens.count, !timex.range.contains(tokens[index].range),
          TimexLexicon.signalAdverbs.contains(words.lowercased(tokens[index]))
        {
          index += 1
        }
        continue
      }
      // The preposition before the date goes with it.
      if index + 1 < tokens.count, timex.range.contains(tokens[index + 1].range),
        datePrepositions.contains(words.lowercased(token))
      {
        index += 1
        continue
      }
      if token.isQuotationMark {
        index += 1
        continue
      }
      kept.append(token)
      index += 1
    }
    func isDash(_ token: Token) -> Bool {
      words.isExactly(token, "—") || words.isExactly(token, "–") || words.isExactly(token, "-")
        || words.isExactly(token, "--")
    }
    // A dateline (`VELNA —`, `GDANSK, March 14 -`, `MOSCOW, (Reuters) -`)
    // is not part of the event; the agency may be named in parentheses.
    if let dash = kept.prefix(10).firstIndex(where: isDash), Self.isDateline(kept[..<dash], words: words) {
      kept.removeSubrange(0...dash)
    }
    // A leading subordinate clause ends at the first comma.
    if let first = kept.first, subordinators.contains(words.lowercased(first)),
      let comma = kept.firstIndex(where: { words.isExactly($0, ",") }), comma + 3 < kept.count
    {
      kept.removeSubrange(0...comma)
    }
    if let firstWord = kept.firstIndex(where: { $0.kind != .punctuation }) {
      kept.removeSubrange(0..<firstWord)
    } else {
      kept.removeAll()
    }
    // The main clause ends at the first comma, semicolon or dash after a few words.
    var wordCount = 0
    var clause: [Token] = []
    clause.reserveCapacity(kept.count)
    // Where a comma after a one- or two-word subject stands in `clause`,
    // and the words before it: `William Burns, director of the CIA,
    // arrived` has an apposition between two commas.
    var apposition: (start: Int, words: Int)? = nil
    var position = 0
    while position < kept.count {
      let token = kept[position]
      if words.isExactly(token, ",") && position + 1 < kept.count && wordCount >= 1 {
        // An apposition or participle after the subject (`Johnson, speaking
        // to the BBC,`) is skipped; any other comma ends the clause.
        let nextToken = kept[position + 1]
        let next = words.lowercased(nextToken)
        // A relative clause is an insertion after a subject of any length.
        let relative = subjectRelatives.contains(next)
        let insertion =
          relative || articles.contains(next) || words.hasSuffix(nextToken, "ing") || words.hasSuffix(nextToken, "ed")
        if insertion && (wordCount <= 4 || relative),
          let close = kept[(position + 1)...].firstIndex(where: { words.isExactly($0, ",") })
        {
          position = close + 1
          continue
        }
        if let open = apposition, wordCount - open.words <= 8 {
          let inner = clause[(open.start + 1)...]
          if inner.allSatisfy({ $0.kind != .word || $0.flags.contains(.capitalized) }) {
            // A name or an age in apposition (`Its chairwoman, Malgorzata
            // Zmuda,`), or a list of names, stays with its commas.
            apposition = nil
            clause.append(token)
            position = Self.afterDescription(kept, at: position, words: words)
            continue
          }
          // A description goes when it opens with an article or follows a
          // name that is not the clause's first word (`William Burns,
          // director of the CIA,`); otherwise the comma ends the clause.
          let afterName = open.start >= 2 && clause[open.start - 1].flags.contains(.capitalized)
          guard inner.first.map({ articles.contains(words.lowercased($0)) }) == true || afterName else { break }
          clause.removeSubrange(open.start...)
          wordCount = open.words
          apposition = nil
          position = Self.afterDescription(kept, at: position, words: words)
          continue
        }
        if wordCount >= 3 { break }
        if apposition == nil { apposition = (clause.count, wordCount) }
      }
      if wordCount >= 3
        && (words.isExactly(token, ";") || words.isExactly(token, "—") || words.isExactly(token, "–")
          || words.isExactly(token, ":") || words.isExactly(token, "("))
      {
        break
      }
      if token.kind == .word || token.kind == .number { wordCount += 1 }
      clause.append(token)
      if wordCount >= 25 { break }
      position += 1
    }
    kept = clause
    // `would break out only [days later]`: a modifier left by the date goes too.
    while let last = kept.last,
      last.kind == .punctuation || dateModifiers.contains(words.lowercased(last)) && kept.count > 2
    {
      kept.removeLast()
    }
    guard kept.count >= 2 else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(kept[kept.count - 1].range.end - kept[0].range.start) + kept.count)
    var participants = Set<String>()
    for (position, token) in kept.enumerated() {
      if position > 0 && (token.flags.contains(.spaceBefore) || token.range.start > kept[position - 1].range.end) {
        bytes.append(0x20)
      }
      bytes.append(contentsOf: words.bytes[Int(token.range.start)..<Int(token.range.end)])
      guard token.kind == .word && token.flags.contains(.capitalized) else { continue }
      let lower = words.lowercased(token)
      if position > 0 && TimexLexicon.months[lower] == nil && TimexLexicon.weekdays[lower] == nil {
        participants.insert(lower)
      }
      if position == 0 && !subordinators.contains(lower) && !Self.function.contains(lower) {
        participants.insert(lower)
      }
    }
    var text = String(decoding: bytes, as: UTF8.self)
    if let first = text.unicodeScalars.first, first.properties.isLowercase {
      text = first.properties.uppercaseMapping + String(text.unicodeScalars.dropFirst())
    }
    return (text, participants)
  }

  /// Modifiers of a date phrase left at the end of a clause once the date
  /// is removed: `only`, `just`, `nearly`.
  static let dateModifiers: Set<String> = [
    "only", "just", "even", "nearly", "almost", "about", "some", "shortly",
  ]

  static let articles: Set<String> = ["a", "an", "the"]

  /// Whether the tokens before a dash are a dateline: capitals and
  /// punctuation, and any words in parentheses, opening with capitals.
  static func isDateline(_ tokens: ArraySlice<Token>, words: Words) -> Bool {
    guard let first = tokens.first, first.flags.contains(.allCaps) else { return false }
    var inParentheses = false
    for token in tokens {
      if words.isExactly(token, "(") {
        inParentheses = true
      } else if words.isExactly(token, ")") {
        inParentheses = false
      } else if !(inParentheses || token.flags.contains(.allCaps) || token.kind == .punctuation) {
        return false
      }
    }
    return true
  }

  /// The position after the comma at `comma` and after a description that
  /// may follow it up to its own comma: `The mediator, Dr. Sofia
  /// Bettencourt, a professor of labour law, was appointed`.
  static func afterDescription(_ kept: [Token], at comma: Int, words: Words) -> Int {
    guard comma + 1 < kept.count, articles.contains(words.lowercased(kept[comma + 1])),
      let close = kept[(comma + 1)...].prefix(12).firstIndex(where: { words.isExactly($0, ",") })
    else { return comma + 1 }
    return close + 1
  }

  /// Words after a comma that open a relative clause about the subject:
  /// `Johnson, who …`. (`where` more often describes a place the clause
  /// has just named.)
  static let subjectRelatives: Set<String> = ["who", "which", "whose"]

  /// Sentence-initial words that are not names.
  static let function: Set<String> = [
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
    "his", "her", "its", "their", "our", "my", "some", "many", "most", "all", "both", "each",
  ]
}
