/// Cuts text into tokens by scanning its UTF-8 bytes once.
///
/// Words keep inner apostrophes and hyphens (`don’t`, `Zelenskyy’s`,
/// `then-prime`); abbreviations keep their full stop (`Mr.`, `U.S.`,
/// `a.m.`, `J.`); numbers keep inner separators and unit suffixes (`3.5`,
/// `1,000`, `1990s`, `10:35`); URLs, `@handles` and `#hashtags` are one
/// token each; every quotation mark is a token of its own, marked opening
/// or closing where its neighbours tell.
public struct Tokenizer: Sendable {
  public init() {}

  public func tokenize(_ text: String) -> [Token] {
    var copy = text
    return copy.withUTF8 { tokenize(bytes: $0) }
  }

  public func tokenize(bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
    var scanner = Scanner(bytes: bytes)
    scanner.run()
    defer { scanner.tokens.deallocate() }
    return scanner.tokens.array
  }
}

extension Tokenizer {
  struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// A local copy of the class table: reading a global `let` in the hot
    /// loop costs a lazy-initialisation check each time.
    let ascii = ScalarClass.ascii
    let abbreviations = Abbreviations.byKey
    let plainWordEnds = Scanner.endsPlainWord
    var tokens: TokenBuffer
    var index = 0
    var sawSpace = true
    var sawNewline = true
    /// A single quotation opened on this line and not closed yet.
    var singleOpen = false

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
      tokens = TokenBuffer(capacity: bytes.count / 5 + 8)
    }

    @inline(__always)
    func classAt(_ position: Int) -> (ScalarClass, Int) {
      let byte = bytes[position]
      if byte < 0x80 { return (ascii[Int(byte)], 1) }
      let (scalar, length) = decodeScalar(bytes, at: position)
      return (ScalarClass.of(scalar), length)
    }

    @inline(__always)
    func scalarAt(_ position: Int) -> Unicode.Scalar {
      decodeScalar(bytes, at: position).0
    }

    @inline(__always)
    mutating func emit(_ start: Int, _ end: Int, _ kind: Token.Kind, _ extra: Token.Flags = []) {
      var flags = Token.Flags(
        rawValue: extra.rawValue | (sawSpace ? Token.Flags.spaceBefore.rawValue : 0)
          | (sawNewline ? Token.Flags.lineStart.rawValue : 0))
      var lower = start
      // A run longer than a token can be (a pasted blob without spaces) is
      // cut into several tokens of the same kind.
      while end - lower > Token.maximumLength {
        var cut = lower + Token.maximumLength
        while cut > lower && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        tokens.append(Token(uncheckedStart: UInt32(lower), length: UInt16(cut - lower), kind: kind, flags: flags))
        flags.remove([.spaceBefore, .lineStart])
        lower = cut
      }
      tokens.append(
        Token(
          uncheckedStart: UInt32(truncatingIfNeeded: lower), length: UInt16(truncatingIfNeeded: end - lower),
          kind: kind,
          flags: flags))
      sawSpace = false
      sawNewline = false
    }

    mutating func run() {
      let count = bytes.count
      while index < count {
        let byte = bytes[index]
        // Spaces between words are the commonest byte: skip them first.
        if byte == 0x20 {
          sawSpace = true
          index += 1
          continue
        }
        // An ASCII word of lowercase letters, perhaps capitalised, ended by a
        // space, comma, semicolon, bracket or line end is most of news text:
        // it can be no URL, abbreviation or inner-apostrophe word, so it
        // skips the general word scan.
        let capital = byte &- UInt8(ascii: "A") < 26
        if capital || byte &- UInt8(ascii: "a") < 26 {
          let end = lowercaseRunEnd(from: index + 1)
          if end == count || plainWordEnds[Int(bytes[end])] {
            emit(index, end, .word, capital ? .capitalized : [])
            index = end
            continue
          }
        }
        let before = index
        defer {
          // Every step consumes at least one scalar, whatever the input.
          if index <= before { index = before + max(1, decodeScalar(bytes, at: before).1) }
        }
        let (cls, length) = classAt(index)
        switch cls {
        case .space:
          sawSpace = true
          index += length
        case .newline:
          sawSpace = true
          sawNewline = true
          singleOpen = false
          index += length
        case .joiner:
          // A variation selector or joiner belongs to the symbol before it.
          if let last = tokens.last, last.kind == .symbol, Int(last.range.end) == index,
            last.range.length + length <= Token.maximumLength
          {
            tokens.replaceLast(
              with: Token(
                range: TextRange(start: last.range.start, end: UInt32(index + length)), kind: .symbol, flags: last.flags
              ))
          }
          index += length
        case .letter:
          scanWordOrURL()
        case .digit:
          scanNumber()
        case .quote:
          scanQuote(length)
        case .dash:
          emit(index, index + length, .punctuation)
          index += length
        case .symbol:
          emit(index, index + length, .symbol)
          index += length
        case .punctuation:
          scanPunctuation(length)
        }
      }
    }

    // MARK: Words

    /// The end of the run of ASCII lowercase letters from `start`, eight
    /// bytes at a time: a word's end is then found without a mispredicted
    /// branch per letter.
    @inline(__always)
    func lowercaseRunEnd(from start: Int) -> Int {
      var position = start
      if let base = bytes.baseAddress {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while position + 8 <= bytes.count {
          let word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
          // A byte's high bit after adding 0x1F is set from `a` up, after
          // adding 0x05 from `{` up; bytes above ASCII are left out, and the
          // carries they cause reach only later bytes.
          let fromA = word &+ ones &* 0x1F
          let pastZ = word &+ ones &* 0x05
          let others = ~(fromA & ~pastZ & ~word) & highs
          if others != 0 { return position + others.trailingZeroBitCount / 8 }
          position += 8
        }
      }
      while position < bytes.count && bytes[position] &- UInt8(ascii: "a") < 26 { position += 1 }
      return position
    }

    /// Bytes after which a run of lowercase letters is a whole plain word.
    static let endsPlainWord: [Bool] = (0..<256).map { value in
      switch UInt8(value) {
      case 0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ")"): return true
      default: return false
      }
    }

    func isWordContinuation(_ position: Int) -> Bool {
      guard position < bytes.count else { return false }
      let (cls, _) = classAt(position)
      return cls == .letter || cls == .digit || cls == .joiner
    }

    func isLetter(_ position: Int) -> Bool {
      guard position < bytes.count else { return false }
      return classAt(position).0 == .letter
    }

    mutating func scanWordOrURL() {
      let start = index
      if mayStartURL(start), let end = urlEnd(from: start, explicitOnly: true) {
        emit(start, end, .url)
        index = end
        return
      }
      var position = start
      var upper = 0
      var sawLower = false
      var firstUpper = false
      let count = bytes.count
      while position < count {
        // Lowercase letters are most of the bytes: a fast scan for them.
        let lowerEnd = lowercaseRunEnd(from: position)
        if lowerEnd > position {
          position = lowerEnd
          sawLower = true
        }
        guard position < count else { break }
        let byte = bytes[position]
        if byte < 0x80 {
          if byte &- UInt8(ascii: "A") < 26 {
            if position == start { firstUpper = true }
            upper += 1
            position += 1
            continue
          }
          if byte &- UInt8(ascii: "0") < 10 {
            position += 1
            continue
          }
          // Inner apostrophe or hyphen between word characters.
          if (byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")) && position > start
            && isWordContinuation(position + 1)
          {
            position += 1
            continue
          }
          break
        }
        let (scalar, length) = decodeScalar(bytes, at: position)
        let cls = ScalarClass.of(scalar)
        if cls == .letter || cls == .joiner || cls == .digit {
          if cls == .letter {
            let isUpper = scalar.properties.isUppercase
            if position == start { firstUpper = isUpper }
            if isUpper { upper += 1 } else { sawLower = true }
          }
          position += length
          continue
        }
        // ’ (U+2019), ʼ (U+02BC) and non-breaking hyphens inside a word.
        let v = scalar.value
        if (v == 0x2019 || v == 0x02BC || v == 0x2010 || v == 0x2011) && position > start
          && isWordContinuation(position + length)
        {
          position += length
          continue
        }
        break
      }
      let letters = upper + (sawLower ? 2 : 0)
      var flags: Token.Flags = []
      if firstUpper { flags.insert(.capitalized) }
      if upper >= 2 && !sawLower { flags.insert(.allCaps) }
      // A full stop that belongs to the word: acronyms, initials, abbreviations.
      if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
        // `example.com/story`: a lowercase word, a full stop and a lowercase letter.
        if upper == 0, position + 1 < bytes.count, bytes[position + 1] >= UInt8(ascii: "a"),
          bytes[position + 1] <= UInt8(ascii: "z"), let end = urlEnd(from: start, explicitOnly: false)
        {
          emit(start, end, .url)
          index = end
          return
        }
        // `D-N.Y.`, `R-Ky.`: after a hyphen the last part is read alone.
        var part = position - 1
        while part > start && bytes[part] != UInt8(ascii: "-") { part -= 1 }
        let partStart = part > start ? part + 1 : start
        if let end = acronymEnd(start: partStart, firstDot: position) {
          emit(start, end, .word, flags.union(.abbreviation))
          index = end
          return
        }
        let partUpper = bytes[partStart] &- UInt8(ascii: "A") < 26
        if position - partStart <= Abbreviations.longest,
          partStart == start
            ? takesFullStop(start: start, end: position, letters: letters, firstUpper: firstUpper)
            : position > partStart
              && takesFullStop(
                start: partStart, end: position, letters: position - partStart, firstUpper: partUpper)
        {
          emit(start, position + 1, .word, flags.union(.abbreviation))
          index = position + 1
          return
        }
      }
      emit(start, position, .word, flags)
      index = position
    }

    /// `U.S.`, `a.m.`, `Ph.D.`: short letter groups each followed by a full
    /// stop, with no space.
    func acronymEnd(start: Int, firstDot: Int) -> Int? {
      guard firstDot - start <= 2 else { return nil }
      var position = firstDot + 1
      var groups = 1
      while position < bytes.count {
        var letterEnd = position
        while letterEnd < bytes.count && letterEnd - position < 2
          && ascii[Int(min(bytes[letterEnd], 127))] == .letter
          && bytes[letterEnd] < 0x80
        {
          letterEnd += 1
        }
        guard letterEnd > position, letterEnd < bytes.count, bytes[letterEnd] == UInt8(ascii: ".") else { break }
        groups += 1
        position = letterEnd + 1
      }
      return groups >= 2 ? position : nil
    }

    func takesFullStop(start: Int, end: Int, letters: Int, firstUpper: Bool) -> Bool {
      // A single capital is an initial: `J. K. Rowling`.
      if letters == 1 && firstUpper && end - start == 1 { return true }
      let key = Abbreviations.key(UnsafeBufferPointer(rebasing: bytes[start..<end]))
      guard let entry = abbreviations[key] else { return false }
      if entry.needsNumber {
        // `No. 10`, but not `he said no.`
        var next = end + 1
        while next < bytes.count && bytes[next] == 0x20 { next += 1 }
        return next < bytes.count && bytes[next] &- UInt8(ascii: "0") < 10
      }
      return true
    }

    /// A cheap test before ``urlEnd(from:explicitOnly:)``: `http`, `www.`,
    /// `pic.`.
    @inline(__always)
    func mayStartURL(_ start: Int) -> Bool {
      guard start + 4 <= bytes.count else { return false }
      switch bytes[start] | 0x20 {
      case UInt8(ascii: "h"):
        return bytes[start + 1] | 0x20 == UInt8(ascii: "t") && bytes[start + 2] | 0x20 == UInt8(ascii: "t")
      case UInt8(ascii: "w"):
        return bytes[start + 1] | 0x20 == UInt8(ascii: "w") && bytes[start + 3] == UInt8(ascii: ".")
      case UInt8(ascii: "p"): return bytes[start + 1] == UInt8(ascii: "i") && bytes[start + 3] == UInt8(ascii: ".")
      default: return false
      }
    }

    /// The end of a URL starting at `start`, or `nil`.
    func urlEnd(from start: Int, explicitOnly: Bool) -> Int? {
      let remaining = bytes.count - start
      func hasPrefix(_ prefix: StaticString) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard remaining >= length else { return false }
        for offset in 0..<length where bytes[start + offset] | 0x20 != prefix.utf8Start[offset] | 0x20 {
          return false
        }
        return true
      }
      let explicit: Bool
      switch bytes[start] | 0x20 {
      case UInt8(ascii: "h"): explicit = hasPrefix("http://") || hasPrefix("https://")
      case UInt8(ascii: "w"): explicit = hasPrefix("www.")
      case UInt8(ascii: "p"): explicit = hasPrefix("pic.twitter.com/")
      default: explicit = false
      }
      if explicitOnly && !explicit { return nil }
      var end = start
      var dots = 0
      var slash = false
      while end < bytes.count {
        let byte = bytes[end]
        if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte >= 0x80 || byte == UInt8(ascii: "\"") {
          break
        }
        if byte == UInt8(ascii: ".") { dots += 1 }
        if byte == UInt8(ascii: "/") { slash = true }
        end += 1
      }
      // Trailing punctuation belongs to the sentence, not the URL.
      while end > start {
        let byte = bytes[end - 1]
        let trailing =
          byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";")
          || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
          || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "'")
        guard trailing else { break }
        end -= 1
      }
      if explicit { return end > start ? end : nil }
      // A bare domain with a path: `example.com/story`.
      guard slash, dots >= 1 else { return nil }
      var position = start
      var lowercaseHost = true
      while position < end && bytes[position] != UInt8(ascii: "/") {
        let byte = bytes[position]
        if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { lowercaseHost = false }
        position += 1
      }
      guard lowercaseHost else { return nil }
      let host = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
      guard let tld = host.split(separator: ".").last, Self.topLevelDomains.contains(String(tld)) else { return nil }
      return end
    }

    static let topLevelDomains: Set<String> = [
      "com", "org", "net", "gov", "edu", "uk", "io", "ru", "ua", "de", "fr", "eu", "int", "info",
      "news", "ly", "co", "us", "ca", "au", "in", "me", "tv",
    ]

    // MARK: Numbers

    mutating func scanNumber() {
      let start = index
      // The first digit may be a non-ASCII one (Arabic-Indic, Devanagari).
      var position = index + decodeScalar(bytes, at: index).1
      while position < bytes.count {
        let byte = bytes[position]
        if byte >= 0x30 && byte <= 0x39 {
          position += 1
          continue
        }
        let separator =
          byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":")
          || byte == UInt8(ascii: "/")
        if separator && position + 1 < bytes.count && bytes[position + 1] >= 0x30 && bytes[position + 1] <= 0x39 {
          position += 2
          continue
        }
        if byte == UInt8(ascii: "-") && position + 1 < bytes.count {
          let next = bytes[position + 1]
          if next >= 0x30 && next <= 0x39 || ascii[Int(min(next, 127))] == .letter && next < 0x80 {
            position += 1
            continue
          }
        }
        if byte < 0x80 && ascii[Int(byte)] == .letter {
          // A unit or ordinal suffix: `1990s`, `24th`, `1.13bn`.
          position += 1
          continue
        }
        if byte >= 0x80, isLetter(position) || classAt(position).0 == .digit {
          position += decodeScalar(bytes, at: position).1
          continue
        }
        break
      }
      // A non-ASCII decimal digit (`٢`) matches nothing above; take it whole
      // rather than emit an empty token and stay in place forever.
      if position == start { position += decodeScalar(bytes, at: start).1 }
      emit(start, position, .number)
      index = position
    }

    // MARK: Punctuation and quotation marks

    mutating func scanPunctuation(_ length: Int) {
      let start = index
      let byte = bytes[start]
      if byte == UInt8(ascii: "@") || byte == UInt8(ascii: "#") {
        var end = start + 1
        while end < bytes.count {
          let next = bytes[end]
          let ok =
            next == UInt8(ascii: "_") || (next < 0x80 && ascii[Int(next)] == .letter)
            || (next >= 0x30 && next <= 0x39)
          guard ok else { break }
          end += 1
        }
        if end > start + 1 {
          emit(start, end, byte == UInt8(ascii: "@") ? .handle : .hashtag)
          index = end
          return
        }
      }
      // Runs of full stops (`...`) and hyphens (`--`) are one token.
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") {
        var end = start + 1
        while end < bytes.count && bytes[end] == byte { end += 1 }
        emit(start, end, .punctuation)
        index = end
        return
      }
      emit(start, start + length, .punctuation)
      index = start + length
    }

    /// What surrounds a quotation mark.
    enum Side { case open, space, closing, word }

    func sideBefore(_ position: Int) -> Side {
      guard position > 0 else { return .open }
      let (scalar, _) = decodeScalar(bytes, before: position)
      return side(of: scalar, before: true)
    }

    func sideAfter(_ position: Int) -> Side {
      guard position < bytes.count else { return .space }
      return side(of: scalarAt(position), before: false)
    }

    func side(of scalar: Unicode.Scalar, before: Bool) -> Side {
      let cls = scalar.isASCII ? ascii[Int(scalar.value)] : ScalarClass.of(scalar)
      switch cls {
      case .space, .newline: return .space
      case .letter, .digit, .symbol, .joiner: return .word
      case .dash: return before ? .open : .closing
      case .quote: return .word
      case .punctuation:
        switch scalar {
        case "(", "[", "{": return before ? .open : .word
        case ".", ",", ";", ":", "!", "?", ")", "]", "}", "\u{2026}": return before ? .word : .closing
        default: return .word
        }
      }
    }

    mutating func scanQuote(_ length: Int) {
      let start = index
      let scalar = scalarAt(start)
      var end = start + length
      // PTB-style doubled marks: `` and ''.
      if (scalar == "`" || scalar == "'") && end < bytes.count && bytes[end] == bytes[start] {
        end += 1
        emit(start, end, scalar == "`" ? .openingQuote : .closingQuote)
        index = end
        return
      }
      let before = sideBefore(start)
      let after = sideAfter(end)
      let opensFree = before == .open || before == .space
      let closesFree = after == .space || after == .closing
      var single: Token.Flags = []
      var kind: Token.Kind
      switch scalar.value {
      case 0x201C, 0x201E, 0xAB, 0x2039, 0x201F:  // “ „ « ‹
        kind = closesFree && !(opensFree && after == .closing && scalarAt(end) == ",") ? .closingQuote : .openingQuote
      case 0x201D, 0xBB, 0x203A:  // ” » ›
        kind = opensFree && after == .word ? .openingQuote : .closingQuote
      case 0x2018, 0x201A, 0x201B:  // ‘ ‚
        single = .singleQuote
        kind = closesFree && !opensFree ? .closingQuote : .openingQuote
      case 0x2019:  // ’ outside a word
        single = .singleQuote
        kind = opensFree && after == .word ? .openingQuote : .closingQuote
      case 0x60:  // a lone backtick
        single = .singleQuote
        kind = .openingQuote
      default:  // " and '
        if scalar == "'" { single = .singleQuote }
        if opensFree && !closesFree {
          kind = .openingQuote
        } else if !opensFree && closesFree {
          kind = .closingQuote
        } else if !opensFree && before == .word && after == .word && isClosingContext(start) {
          kind = .closingQuote
        } else {
          kind = .quote
        }
      }
      if !single.isEmpty {
        if kind == .openingQuote {
          singleOpen = true
        } else if kind == .closingQuote {
          if singleOpen {
            singleOpen = false
          } else if isPluralPossessive(start, end) {
            kind = .punctuation
            single = []
          }
        }
      }
      emit(start, end, kind, single)
      index = end
    }

    /// A closing single mark right after a word in `s`, before a space and
    /// a lower-case word or a double quotation, is the apostrophe of a
    /// plural possessive (`Sanders’ senior adviser`, `the voters' “choice”`),
    /// no quotation mark; the caller has checked that no single quotation
    /// is open on the line.
    func isPluralPossessive(_ start: Int, _ end: Int) -> Bool {
      guard let word = tokens.last, word.kind == .word, Int(word.range.end) == start,
        bytes[start - 1] | 0x20 == UInt8(ascii: "s"), end + 1 < bytes.count, bytes[end] == 0x20
      else { return false }
      let next = bytes[end + 1]
      if next &- UInt8(ascii: "a") < 26 { return true }
      // “ is E2 80 9C; a straight " opens before a letter.
      if next == 0xE2 { return end + 3 < bytes.count && bytes[end + 2] == 0x80 && bytes[end + 3] == 0x9C }
      return next == UInt8(ascii: "\"") && end + 2 < bytes.count && bytes[end + 2] | 0x20 &- UInt8(ascii: "a") < 26
    }

    /// A straight mark between a sentence end and a word (`lie."He`) closes.
    func isClosingContext(_ position: Int) -> Bool {
      guard position > 0 else { return false }
      let previous = bytes[position - 1]
      return previous == UInt8(ascii: ".") || previous == UInt8(ascii: ",") || previous == UInt8(ascii: "!")
        || previous == UInt8(ascii: "?")
    }
  }
}
