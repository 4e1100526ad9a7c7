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
    scanner.tokens.reserveCapacity(bytes.count / 5 + 8)
    scanner.run()
    return scanner.tokens
  }
}

extension Tokenizer {
  struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var tokens: [Token] = []
    var index = 0
    var sawSpace = true
    var sawNewline = true

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    @inline(__always)
    func classAt(_ position: Int) -> (ScalarClass, Int) {
      let byte = bytes[position]
      if byte < 0x80 { return (ScalarClass.ascii[Int(byte)], 1) }
      let (scalar, length) = decodeScalar(bytes, at: position)
      return (ScalarClass.of(scalar), length)
    }

    @inline(__always)
    func scalarAt(_ position: Int) -> Unicode.Scalar {
      decodeScalar(bytes, at: position).0
    }

    mutating func emit(_ start: Int, _ end: Int, _ kind: Token.Kind, _ extra: Token.Flags = []) {
      var flags = extra
      if sawSpace { flags.insert(.spaceBefore) }
      if sawNewline { flags.insert(.lineStart) }
      tokens.append(Token(range: TextRange(start: UInt32(start), end: UInt32(end)), kind: kind, flags: flags))
      sawSpace = false
      sawNewline = false
    }

    mutating func run() {
      let count = bytes.count
      while index < count {
        let (cls, length) = classAt(index)
        switch cls {
        case .space:
          sawSpace = true
          index += length
        case .newline:
          sawSpace = true
          sawNewline = true
          index += length
        case .joiner:
          // A variation selector or joiner belongs to the symbol before it.
          if let last = tokens.last, last.kind == .symbol, Int(last.range.end) == index {
            tokens[tokens.count - 1].range.end = UInt32(index + length)
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
      if let end = urlEnd(from: start) {
        emit(start, end, .url)
        index = end
        return
      }
      var position = start
      var letters = 0
      var upper = 0
      var firstUpper = false
      while position < bytes.count {
        let byte = bytes[position]
        if byte < 0x80 {
          let cls = ScalarClass.ascii[Int(byte)]
          if cls == .letter {
            if letters == 0 { firstUpper = byte <= UInt8(ascii: "Z") }
            if byte <= UInt8(ascii: "Z") { upper += 1 }
            letters += 1
            position += 1
            continue
          }
          if cls == .digit {
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
            if letters == 0 { firstUpper = scalar.properties.isUppercase }
            if scalar.properties.isUppercase { upper += 1 }
            letters += 1
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
      var flags: Token.Flags = []
      if firstUpper { flags.insert(.capitalized) }
      if letters >= 2 && upper == letters { flags.insert(.allCaps) }
      // A full stop that belongs to the word: acronyms, initials, abbreviations.
      if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
        if let end = acronymEnd(start: start, firstDot: position) {
          emit(start, end, .word, flags.union(.abbreviation))
          index = end
          return
        }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        if takesFullStop(word, letters: letters, firstUpper: firstUpper, after: position + 1) {
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
          && ScalarClass.ascii[Int(min(bytes[letterEnd], 127))] == .letter
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

    func takesFullStop(_ word: String, letters: Int, firstUpper: Bool, after position: Int) -> Bool {
      // A single capital is an initial: `J. K. Rowling`.
      if letters == 1 && firstUpper && word.utf8.count <= 2 { return true }
      guard let kind = Abbreviations.kind(of: word) else { return false }
      if word == "No" || word == "Nos" || word == "Art" || word == "p" || word == "Sec" {
        // `No. 10`, but not `he said no.`
        var next = position
        while next < bytes.count && bytes[next] == 0x20 { next += 1 }
        return next < bytes.count && ScalarClass.ascii[Int(min(bytes[next], 127))] == .digit && bytes[next] < 0x80
      }
      return kind == .title || kind == .beforeNumber || kind == .other
    }

    /// The end of a URL starting at `start`, or `nil`.
    func urlEnd(from start: Int) -> Int? {
      let remaining = bytes.count - start
      func hasPrefix(_ prefix: StaticString) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard remaining >= length else { return false }
        for offset in 0..<length where bytes[start + offset] | 0x20 != prefix.utf8Start[offset] | 0x20 {
          return false
        }
        return true
      }
      let explicit = hasPrefix("http://") || hasPrefix("https://") || hasPrefix("www.") || hasPrefix("pic.twitter.com/")
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
      var position = index
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
          if next >= 0x30 && next <= 0x39 || ScalarClass.ascii[Int(min(next, 127))] == .letter && next < 0x80 {
            position += 1
            continue
          }
        }
        if byte < 0x80 && ScalarClass.ascii[Int(byte)] == .letter {
          // A unit or ordinal suffix: `1990s`, `24th`, `1.13bn`.
          position += 1
          continue
        }
        if byte >= 0x80 && isLetter(position) {
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
            next == UInt8(ascii: "_") || (next < 0x80 && ScalarClass.ascii[Int(next)] == .letter)
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
      let cls = scalar.isASCII ? ScalarClass.ascii[Int(scalar.value)] : ScalarClass.of(scalar)
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
      let kind: Token.Kind
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
      emit(start, end, kind, single)
      index = end
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
