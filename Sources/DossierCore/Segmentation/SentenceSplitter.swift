/// Cuts each paragraph into sentences, using the tokens' kinds and flags.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis, together with any closing
/// quotation marks and brackets after it, when the next token opens a
/// sentence: a capitalised word or an opening quotation mark. Lowercase
/// continuations (`Salisbury. in 2018`) and numbers do not open one. After an
/// abbreviation, titles (`Mr.`, `Gen.`) never end a sentence, and `U.S.`,
/// `a.m.`, `Feb.` or an initial end one only before a word that usually opens
/// a sentence. `“Why?” Peskov asked.` stays one sentence; an embedded tweet's
/// signature (`— Name (@handle) Date`) is a sentence of its own. A run of
/// more than ``longestSentence`` tokens without an end (a scraped list of
/// tags) is cut before a word there.
public struct SentenceSplitter: Sendable {
  public init() {}

  /// The most tokens a sentence holds before it is cut. News sentences
  /// stay far below; the stages that compare the mentions of a sentence
  /// with each other would take quadratic time over a longer one.
  public static let longestSentence = 400

  public func split(text: String, tokens: [Token], paragraphs: [TextRange]) -> [TextRange] {
    var copy = text
    return copy.withUTF8 { split(bytes: $0, tokens: tokens, paragraphs: paragraphs) }
  }

  public func split(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], paragraphs: [TextRange]) -> [TextRange] {
    var result: [TextRange] = []
    result.reserveCapacity(tokens.count / 18 + paragraphs.count)
    var cursor = 0
    for paragraph in paragraphs {
      while cursor < tokens.count && tokens[cursor].range.start < paragraph.start { cursor += 1 }
      var end = cursor
      while end < tokens.count && tokens[end].range.end <= paragraph.end { end += 1 }
      if end == cursor {
        result.append(paragraph)
        continue
      }
      splitParagraph(bytes, tokens, cursor..<end, into: &result)
      cursor = end
    }
    return result
  }

  private func splitParagraph(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ span: Range<Int>, into result: inout [TextRange]
  ) {
    var start = span.lowerBound
    var index = span.lowerBound
    func close(_ last: Int) {
      result.append(TextRange(start: tokens[start].range.start, end: tokens[last].range.end))
    }
    while index < span.upperBound {
      let token = tokens[index]
      if index - start >= Self.longestSentence && (token.kind == .word || token.kind == .number) {
        close(index - 1)
        start = index
      }
      if token.kind == .punctuation && index > start
        && startsTweetSignature(bytes, tokens, at: index, limit: span.upperBound)
      {
        close(index - 1)
        start = index
      }
      let terminal = isTerminal(bytes, token)
      let abbreviation = token.kind == .word && token.flags.contains(.abbreviation)
      guard terminal || abbreviation else {
        index += 1
        continue
      }
      var next = index + 1
      while next < span.upperBound && isTrailing(bytes, tokens[next]) { next += 1 }
      guard next < span.upperBound else { break }
      let split =
        abbreviation
        ? splitsAfterAbbreviation(bytes, token, next: tokens[next])
        : splitsAfterPunctuation(bytes, tokens, terminal: index, next: next, limit: span.upperBound)
      if split {
        close(next - 1)
        start = next
      }
      index = next
    }
    if start < span.upperBound { close(span.upperBound - 1) }
  }

  // MARK: Decisions

  private func isTerminal(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
    guard token.kind == .punctuation else { return false }
    let first = bytes[Int(token.range.start)]
    if first == UInt8(ascii: ".") || first == UInt8(ascii: "!") || first == UInt8(ascii: "?") { return true }
    return isEllipsis(bytes, token)
  }

  private func isEllipsis(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
    let start = Int(token.range.start)
    if token.length(is: 3) && bytes[start] == 0xE2 && bytes[start + 1] == 0x80 && bytes[start + 2] == 0xA6 {
      return true
    }
    return token.range.length >= 2 && bytes[start] == UInt8(ascii: ".")
  }

  /// Closing quotation marks, closing brackets and further stops that stay
  /// with the sentence they end.
  private func isTrailing(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
    switch token.kind {
    case .closingQuote: return true
    case .quote: return !token.flags.contains(.spaceBefore)
    case .punctuation:
      let first = bytes[Int(token.range.start)]
      return first == UInt8(ascii: ")") || first == UInt8(ascii: "]") || first == UInt8(ascii: "!")
        || first == UInt8(ascii: "?") || (first == UInt8(ascii: ".") && !token.flags.contains(.spaceBefore))
    default: return false
    }
  }

  private func opensSentence(_ token: Token) -> Bool {
    switch token.kind {
    case .word: return token.flags.contains(.capitalized)
    case .openingQuote: return true
    default: return false
    }
  }

  private func splitsAfterAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token, next: Token) -> Bool {
    let word = text(bytes, token).dropLast()
    let isInitial = word.count == 1
    let kind = isInitial ? .other : Abbreviations.kind(of: String(word)) ?? .other
    switch kind {
    case .title:
      return false
    case .beforeNumber, .other:
      guard next.kind == .word, next.flags.contains(.capitalized) else { return next.kind == .openingQuote }
      return Abbreviations.sentenceStarters.contains(String(text(bytes, next)))
    }
  }

  private func splitsAfterPunctuation(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], terminal: Int, next: Int, limit: Int
  ) -> Bool {
    let candidate = tokens[next]
    guard opensSentence(candidate) else { return false }
    // `“Why?” Peskov asked.` and `“No!” said the minister.`: a question or
    // exclamation in quotes followed by its attribution.
    let first = bytes[Int(tokens[terminal].range.start)]
    let quoted = next - 1 > terminal && tokens[next - 1].isQuotationMark
    if quoted && (first == UInt8(ascii: "?") || first == UInt8(ascii: "!")) {
      if candidate.kind == .word && startsAttribution(bytes, tokens, from: next, limit: limit) { return false }
    }
    return true
  }

  /// A name of up to three capitalised words (or a title and name) followed
  /// by a reporting verb, or a reporting verb followed by the speaker.
  private func startsAttribution(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], from start: Int, limit: Int
  ) -> Bool {
    var index = start
    if Self.attributionVerbs.contains(String(text(bytes, tokens[index])).lowercased()) { return true }
    while index < limit && index < start + 3 && tokens[index].kind == .word
      && tokens[index].flags.contains(.capitalized)
    {
      index += 1
    }
    guard index < limit, tokens[index].kind == .word else { return false }
    return Self.attributionVerbs.contains(String(text(bytes, tokens[index])))
  }

  static let attributionVerbs: Set<String> = [
    "said", "says", "asked", "asks", "added", "adds", "told", "wrote", "writes", "replied",
    "continued", "shouted", "exclaimed", "insisted", "wondered", "demanded", "tweeted", "cried",
  ]

  /// `— Name (@handle)`: the signature line of an embedded tweet.
  private func startsTweetSignature(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], at index: Int, limit: Int
  ) -> Bool {
    let token = tokens[index]
    guard token.kind == .punctuation, isDash(bytes, token) else { return false }
    var cursor = index + 1
    var names = 0
    while cursor < limit && names < 5 && tokens[cursor].kind == .word {
      names += 1
      cursor += 1
    }
    guard names > 0, cursor + 1 < limit else { return false }
    return bytes[Int(tokens[cursor].range.start)] == UInt8(ascii: "(") && tokens[cursor + 1].kind == .handle
  }

  private func isDash(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
    let start = Int(token.range.start)
    if bytes[start] == UInt8(ascii: "-") { return true }
    // U+2013 en dash, U+2014 em dash, U+2015 horizontal bar.
    return bytes[start] == 0xE2 && bytes[start + 1] == 0x80 && (0x93...0x95).contains(bytes[start + 2])
  }

  private func text(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Substring {
    Substring(
      String(
        decoding: UnsafeBufferPointer(rebasing: bytes[Int(token.range.start)..<Int(token.range.end)]), as: UTF8.self))
  }
}

extension Token {
  func length(is count: Int) -> Bool { range.length == count }
}
