/// Spelling-insensitive keys for names, so that `Zelensky`, `Zelenskyy` and
/// `Zelenskiy`, or `Żmuda` and `Zmuda`, meet.
enum NameKey {
  /// Lowercase ASCII letters and digits of a word, diacritics removed.
  static func fold(_ word: some StringProtocol) -> String {
    if let ascii = asciiKey(word, transliterate: false) { return ascii }
    var result = String.UnicodeScalarView()
    for scalar in word.unicodeScalars {
      if scalar.isASCII {
        let value = scalar.value
        if (65...90).contains(value) {
          result.append(Unicode.Scalar(value + 32)!)
        } else if (97...122).contains(value) || (48...57).contains(value) {
          result.append(scalar)
        }
        continue
      }
      if let base = baseLetter(scalar) { result.append(base) }
    }
    return String(result)
  }

  /// The ASCII letter a Latin letter with a diacritic is written with.
  static func baseLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    let value = Int(scalar.value)
    if let mapped = specialLetters[scalar] { return mapped }
    if value >= 0xC0 && value < 0xC0 + latinBases.count {
      let base = latinBases[value - 0xC0]
      return base == "-" ? nil : base
    }
    return scalar.properties.isAlphabetic ? scalar.properties.lowercaseMapping.unicodeScalars.first : nil
  }

  private static let specialLetters: [Unicode.Scalar: Unicode.Scalar] = [
    "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "s", "æ": "a", "Æ": "a", "œ": "o",
    "Œ": "o", "ı": "i", "þ": "t", "Þ": "t",
  ]

  /// The base letters of U+00C0…U+024F by canonical decomposition; `-` where
  /// there is none.
  private static let latinBases: [Unicode.Scalar] = Array(
    ("aaaaaa-ceeeeiiii-nooooo--uuuuy--aaaaaa-ceeeeiiii-nooooo--uuuuy-y"
      + "aaaaaaccccccccdd--eeeeeeeeeegggggggghh--iiiiiiiii---jjkk-llllll-"
      + "---nnnnnn---oooooo--rrrrrrsssssssstttt--uuuuuuuuuuuuwwyyyzzzzzz-"
      + "--------------------------------oo-------------uu---------------"
      + "-------------aaiioouuuuuuuuuu-aaaa----ggkkoooo--j---gg--nnaa----"
      + "aaaaeeeeiiiioooorrrruuuusstt--hh------aaeeooooooooyy------------"
      + "----------------").unicodeScalars)

  /// A key that ignores common transliteration differences: `y`, `j` and
  /// `i` are one letter, doubled letters count once, `kh` is `h`, `ck` is
  /// `k`, and `ph` is `f`.
  static func transliteration(_ word: some StringProtocol) -> String {
    if let ascii = asciiKey(word, transliterate: true) { return ascii }
    var folded = Array(fold(word).unicodeScalars)
    for index in folded.indices {
      switch folded[index] {
      case "y", "j": folded[index] = "i"
      default: break
      }
    }
    var result = String.UnicodeScalarView()
    var index = 0
    while index < folded.count {
      let scalar = folded[index]
      let next: Unicode.Scalar? = index + 1 < folded.count ? folded[index + 1] : nil
      if scalar == "k" && next == "h" {
        result.append("h")
        index += 2
        continue
      }
      if scalar == "c" && next == "k" {
        result.append("k")
        index += 2
        continue
      }
      if scalar == "p" && next == "h" {
        result.append("f")
        index += 2
        continue
      }
      if let last = result.last, last == scalar {
        index += 1
        continue
      }
      result.append(scalar)
      index += 1
    }
    return String(result)
  }

  /// ``fold(_:)``, then for `transliterate` ``transliteration(_:)``, on the
  /// bytes of an ASCII word without building scalar arrays; nil when the
  /// word is not ASCII.
  private static func asciiKey(_ word: some StringProtocol, transliterate: Bool) -> String? {
    let utf8 = word.utf8
    let fast = utf8.withContiguousStorageIfAvailable { bytes -> String? in
      asciiKey(bytes, transliterate: transliterate)
    }
    if let fast { return fast }
    return asciiKey(Array(utf8), transliterate: transliterate)
  }

  private static func asciiKey(_ bytes: some Collection<UInt8>, transliterate: Bool) -> String? {
    // One stack buffer: the rewrite never writes ahead of what it reads.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { buffer -> String? in
      var count = 0
      for byte in bytes {
        if byte >= 0x80 { return nil }
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
          buffer[count] = byte + 32
          count += 1
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
          buffer[count] = byte
          count += 1
        default: break
        }
      }
      guard transliterate else {
        return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
      }
      let (y, j, i) = (UInt8(ascii: "y"), UInt8(ascii: "j"), UInt8(ascii: "i"))
      let (k, h, c, p, f) = (
        UInt8(ascii: "k"), UInt8(ascii: "h"), UInt8(ascii: "c"), UInt8(ascii: "p"), UInt8(ascii: "f")
      )
      for index in 0..<count where buffer[index] == y || buffer[index] == j { buffer[index] = i }
      var written = 0
      var index = 0
      while index < count {
        let byte = buffer[index]
        let next: UInt8 = index + 1 < count ? buffer[index + 1] : 0
        if byte == k && next == h {
          buffer[written] = h
          written += 1
          index += 2
        } else if byte == c && next == k {
          buffer[written] = k
          written += 1
          index += 2
        } else if byte == p && next == h {
          buffer[written] = f
          written += 1
          index += 2
        } else {
          if written == 0 || buffer[written - 1] != byte {
            buffer[written] = byte
            written += 1
          }
          index += 1
        }
      }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<written]), as: UTF8.self)
    }
  }

  /// The words of a name, split at spaces and hyphens kept inside words.
  static func words(_ name: String) -> [String] {
    let ascii: [String]? =
      name.utf8.withContiguousStorageIfAvailable { bytes in
        // ASCII: every byte is a character, so splitting bytes at spaces is
        // the same; each word is a small string, built without an index.
        var words: [String] = []
        var start = 0
        for index in 0..<bytes.count {
          let byte = bytes[index]
          if byte >= 0x80 { return nil }
          if byte == UInt8(ascii: " ") {
            if index > start {
              words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
            }
            start = index + 1
          }
        }
        if bytes.count > start {
          words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
        }
        return words
      } ?? nil
    if let ascii { return ascii }
    return name.split { $0 == " " || $0 == "\u{00A0}" }.map(String.init)
  }

  /// `NATO` from `North Atlantic Treaty Organization`: the initials of the
  /// capitalised words.
  static func acronym(_ name: String) -> String? {
    var letters = ""
    var count = 0
    for word in words(name) {
      guard let first = word.unicodeScalars.first else { continue }
      // An ASCII letter answers without the property tables.
      if first.isASCII ? first.value &- 65 < 26 : first.properties.isUppercase {
        letters.unicodeScalars.append(first)
        count += 1
      } else if !acronymFillers.contains(word) {
        return nil
      }
    }
    return count >= 2 ? letters : nil
  }

  /// Small words an acronym skips: `Bank of England` is `BE`.
  private static let acronymFillers = ["of", "the", "and", "for", "de", "du", "des", "la", "le", "&"]

  /// True for a short all-capital name: `NATO`, `BBC`, `US`.
  static func isAcronym(_ name: String) -> Bool {
    if name.utf8.allSatisfy({ $0 < 0x80 }) {
      // ASCII: the capitals are `A`…`Z`, each one byte.
      var letters = 0
      for byte in name.utf8 where byte != UInt8(ascii: ".") {
        guard byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") else { return false }
        letters += 1
      }
      return (2...7).contains(letters)
    }
    let scalars = name.unicodeScalars.filter { $0 != "." }
    return (2...7).contains(scalars.count) && scalars.allSatisfy { $0.properties.isUppercase }
  }
}
