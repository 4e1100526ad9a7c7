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
  /// Bytes of the word (at most 255): the range without a final full stop
  /// or a possessive ending.
  var wordLength: UInt8 = 0
  /// The piece lies in a sentence that can hold an expression: one with a
  /// standalone temporal word, a number or a piece that starts with a
  /// digit. Only these sentences spell out their words.
  var inTemporalSentence = false
  /// The ``WordMap/hash(_:)`` of the word's lower-cased bytes, so that the
  /// grammar's lexicon lookups do not hash it again.
  var hash: UInt64 = 0

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
  ///
  /// Every piece gets its flags, but only the pieces of sentences that can
  /// hold an expression (``inTemporalSentence``) spell out their words, with
  /// punctuation and symbols everywhere: most sentences of news have no
  /// temporal word, and the grammar never reads their words.
  static func pieces(of document: Document) -> TimexPieces {
    var result = TimexPieces()
    result.items.reserveCapacity(document.tokens.count + 8)
    var copy = document.text
    let startTable = Self.startTable
    copy.withUTF8 { bytes in
      document.tokens.withUnsafeBufferPointer { tokens in
        for token in tokens {
          let start = Int(token.range.start)
          let end = Int(token.range.end)
          guard token.kind == .word || token.kind == .number, !isISODate(bytes, start, end) else {
            result.items.append(
              make(bytes, start, end, kind: token.kind, hyphenated: false, flags: token.flags, table: startTable))
            continue
          }
          // Words and numbers split at hyphens: `third-quarter`.
          var partStart = start
          var first = true
          while true {
            var stop = partStart
            while stop < end && bytes[stop] != UInt8(ascii: "-") { stop += 1 }
            if stop > partStart {
              result.items.append(
                make(
                  bytes, partStart, stop, kind: token.kind, hyphenated: !first, flags: token.flags, table: startTable))
            }
            if stop >= end { break }
            first = false
            partStart = stop + 1
          }
        }
      }
      result.words = spell(&result.items, bytes: bytes, sentences: document.sentences)
    }
    return result
  }

  /// The words of the pieces, in their order, spelled out where the grammar
  /// may read them: in sentences that can hold an expression (which it
  /// marks), outside every sentence, and for every piece that is not a word
  /// starting with a letter; other words stay empty. Sentences take their
  /// pieces as ``TimexTagger/matches(pieces:sentences:dayFirst:)`` does.
  private static func spell(
    _ items: inout [TimexPiece], bytes: UnsafeBufferPointer<UInt8>, sentences: [TextRange]
  ) -> [String] {
    let smallForm = String.hasSmallASCIIForm
    return items.withUnsafeMutableBufferPointer { pieces in
      let count = pieces.count
      // Every word is written once, in order, into the new array's memory.
      return [String](unsafeUninitializedCapacity: count) { words, initialized in
        var index = 0
        func write(_ word: String) {
          (words.baseAddress! + index).initialize(to: word)
          index += 1
        }
        // Short ASCII words, nearly all, are written in place.
        func writeWord(of piece: TimexPiece) {
          if smallForm
            && String.initializeLowercasedSmallASCII(
              words.baseAddress! + index, from: bytes, start: Int(piece.range.start), count: Int(piece.wordLength))
          {
            index += 1
          } else {
            write(word(of: piece, bytes))
          }
        }
        for sentence in sentences {
          while index < count && pieces[index].range.start < sentence.start {
            writeWord(of: pieces[index])
          }
          let lower = index
          var upper = index
          var anchored = false
          while upper < count && pieces[upper].range.end <= sentence.end {
            let piece = pieces[upper]
            if piece.isStandalone || piece.kind == .number || startsWithDigit(piece, bytes) { anchored = true }
            upper += 1
          }
          for inner in lower..<upper {
            if anchored {
              pieces[inner].inTemporalSentence = true
              writeWord(of: pieces[inner])
            } else if pieces[inner].kind != .word || !startsWithLetter(pieces[inner], bytes) {
              writeWord(of: pieces[inner])
            } else {
              write("")
            }
          }
        }
        while index < count {
          writeWord(of: pieces[index])
        }
        initialized = count
      }
    }
  }

  @inline(__always)
  private static func startsWithDigit(_ piece: TimexPiece, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let first = bytes[Int(piece.range.start)]
    return piece.wordLength > 0 && first >= 48 && first <= 57
  }

  @inline(__always)
  private static func startsWithLetter(_ piece: TimexPiece, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let first = bytes[Int(piece.range.start)] | 0x20
    return first >= 97 && first <= 122
  }

  /// The piece's word bytes, lower-cased; longer words than any of the
  /// lexicon read `#`.
  private static func word(of piece: TimexPiece, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
    let length = Int(piece.wordLength)
    guard length <= maximumSpelledLength else { return "#" }
    let start = Int(piece.range.start)
    return String(unsafeUninitializedCapacity: length) { buffer in
      for offset in 0..<length {
        let byte = bytes[start + offset]
        buffer[offset] = byte >= 65 && byte <= 90 ? byte + 32 : byte
      }
      return length
    }
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
    flags: Token.Flags, table startTable: ByteWordTable
  ) -> TimexPiece {
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
    piece.wordLength = UInt8(min(stop - start, 255))
    piece.hash = ByteWordTable.finish(hash)
    if stop < end && bytes[stop] != UInt8(ascii: ".") { piece.possessiveLength = UInt8(end - stop) }
    if kind == .word {
      let flags = startTable.value(hash: piece.hash)
      piece.isStart = flags & 1 != 0
      piece.isStandalone = flags & 2 != 0
      piece.isLink = flags & 4 != 0
    }
    return piece
  }
}
