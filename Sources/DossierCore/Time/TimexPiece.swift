/// One word of a document as the temporal tagger sees it: a token, or a
/// part of a hyphenated token (`third-quarter` gives `third` and `quarter`).
/// Its word, lower-cased and without an abbreviation's full stop (`feb`,
/// `p.m`, `1990s`), is kept apart in ``TimexPieces/words``.
struct TimexPiece: Sendable {
  var range: TextRange
  /// The value of a plain number of at most nine digits.
  var number: Int?
  /// The number of digits of a plain number.
  var digits: Int
  var isCapitalized: Bool
  /// Joined to the previous piece by a hyphen inside one token.
  var isHyphenated: Bool
  /// The kind of the token it comes from.
  var kind: Token.Kind
  /// The word can start a temporal expression (``TimexLexicon/startWords``).
  var isStart = false
  /// The word can make an expression alone (``TimexLexicon/standaloneWords``).
  var isStandalone = false
  /// The word links a modifier to a temporal word (``TimexLexicon/linkWords``).
  var isLink = false
  /// Bytes of a possessive ending (`'s`, `’s`) at the end of the range,
  /// which TimeML leaves outside the expression.
  var possessiveLength: UInt8 = 0

  var isWord: Bool { kind == .word }
  var isPunctuation: Bool { kind == .punctuation }
  var isQuotationMark: Bool { kind == .openingQuote || kind == .closingQuote || kind == .quote }
}

extension TimexPiece {
  /// Start words (flag 1) and standalone words (flag 2), by their bytes.
  static let startTable: ByteWordTable = {
    var entries: [String: UInt8] = [:]
    for word in TimexLexicon.startWords { entries[word, default: 0] |= 1 }
    for word in TimexLexicon.standaloneWords where TimexLexicon.startWords.contains(word) {
      entries[word, default: 0] |= 2
    }
    for word in TimexLexicon.linkWords { entries[word, default: 0] |= 4 }
    return ByteWordTable(entries)
  }()

  /// The longest piece whose word is spelled out; longer ones read `#`.
  static let maximumSpelledLength = 24

  /// The pieces of a document's tokens, in text order.
  static func pieces(of document: Document) -> TimexPieces {
    var result = TimexPieces()
    result.items.reserveCapacity(document.tokens.count + 8)
    result.words.reserveCapacity(document.tokens.count + 8)
    var copy = document.text
    let startTable = Self.startTable
    let maximumSpelledLength = Self.maximumSpelledLength
    copy.withUTF8 { bytes in
      document.tokens.withUnsafeBufferPointer { tokens in
        for token in tokens {
          let start = Int(token.range.start)
          let end = Int(token.range.end)
          guard token.kind == .word || token.kind == .number, !isISODate(bytes, start, end) else {
            let (piece, word) = make(
              bytes, start, end, kind: token.kind, hyphenated: false, flags: token.flags, table: startTable,
              spelledUpTo: maximumSpelledLength)
            result.items.append(piece)
            result.words.append(word)
            continue
          }
          // Words and numbers split at hyphens: `third-quarter`.
          var partStart = start
          var first = true
          while true {
            var stop = partStart
            while stop < end && bytes[stop] != UInt8(ascii: "-") { stop += 1 }
            if stop > partStart {
              let (piece, word) = make(
                bytes, partStart, stop, kind: token.kind, hyphenated: !first, flags: token.flags,
                table: startTable, spelledUpTo: maximumSpelledLength)
              result.items.append(piece)
              result.words.append(word)
            }
            if stop >= end { break }
            first = false
            partStart = stop + 1
          }
        }
      }
    }
    return result
  }

  private static func isISODate(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    let length = end - start
    guard length == 10 || length == 7 else { return false }
    for offset in 0..<length {
      let byte = bytes[start + offset]
      let isDigit = byte >= 48 && byte <= 57
      if offset == 4 || offset == 7 {
        if byte != UInt8(ascii: "-") { return false }
      } else if !isDigit {
        return false
      }
    }
    return true
  }

  @inline(__always)
  private static func make(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, kind: Token.Kind, hyphenated: Bool,
    flags: Token.Flags, table startTable: ByteWordTable, spelledUpTo maximumSpelledLength: Int
  ) -> (TimexPiece, String) {
    var stop = end
    // `Feb.` and `p.m.` are looked up without their final full stop.
    if stop - start > 1 && bytes[stop - 1] == UInt8(ascii: ".") && kind == .word { stop -= 1 }
    // `Friday's` is looked up as `friday`.
    if kind == .word && stop - start > 3
      && (bytes[stop - 1] == UInt8(ascii: "s") || bytes[stop - 1] == UInt8(ascii: "S"))
    {
      if bytes[stop - 2] == UInt8(ascii: "'") {
        stop -= 2
      } else if stop - start > 5 && bytes[stop - 4] == 0xE2 && bytes[stop - 3] == 0x80 && bytes[stop - 2] == 0x99 {
        stop -= 4
      }
    }
    var number = 0
    var allDigits = true
    var hash = ByteWordTable.seed
    for index in start..<stop {
      var byte = bytes[index]
      if byte >= 65 && byte <= 90 { byte += 32 }
      hash = ByteWordTable.step(hash, byte)
      if byte >= 48 && byte <= 57 {
        if number < 100_000_000 { number = number * 10 + Int(byte - 48) }
      } else {
        allDigits = false
      }
    }
    // Lexicon words are short: longer pieces are not spelled out. The
    // lower-cased bytes go straight into the string's storage.
    let length = stop - start
    let word =
      length <= maximumSpelledLength
      ? String(unsafeUninitializedCapacity: length) { buffer in
        for offset in 0..<length {
          let byte = bytes[start + offset]
          buffer[offset] = byte >= 65 && byte <= 90 ? byte + 32 : byte
        }
        return length
      } : "#"
    let first = bytes[start]
    let capitalized = first >= 65 && first <= 90 || (!hyphenated && flags.contains(.capitalized))
    var piece = TimexPiece(
      range: TextRange(start: UInt32(start), end: UInt32(end)),
      number: allDigits && stop > start ? number : nil,
      digits: allDigits ? stop - start : 0,
      isCapitalized: capitalized,
      isHyphenated: hyphenated,
      kind: kind
    )
    if stop < end && bytes[stop] != UInt8(ascii: ".") { piece.possessiveLength = UInt8(end - stop) }
    if kind == .word {
      let flags = startTable.value(hash: ByteWordTable.finish(hash))
      piece.isStart = flags & 1 != 0
      piece.isStandalone = flags & 2 != 0
      piece.isLink = flags & 4 != 0
    }
    return (piece, word)
  }
}
