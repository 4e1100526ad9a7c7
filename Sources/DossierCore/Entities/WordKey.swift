/// A 64-bit key for a word: FNV-1a over its UTF-8 bytes with ASCII letters
/// lowercased and a trailing full stop dropped (`Mr.` and `mr` share one).
///
/// Lexicon lookups hash token bytes in place instead of building a `String`
/// for every token; lexicon entries are hashed the same way when the tables
/// are parsed.
enum WordKey {
  static let empty: UInt64 = 0xcbf2_9ce4_8422_2325

  @inline(__always)
  static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    let lowered = byte >= 65 && byte <= 90 ? byte | 0x20 : byte
    return (hash ^ UInt64(lowered)) &* 0x0000_0100_0000_01b3
  }

  /// The key of `bytes[start..<end]`.
  static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
    var stop = end
    if stop - start > 1 && bytes[stop - 1] == UInt8(ascii: ".") { stop -= 1 }
    var hash = empty
    var index = start
    while index < stop {
      hash = mix(hash, bytes[index])
      index += 1
    }
    return hash
  }

  /// Continues `hash` with a space and the bytes of another word, so that
  /// a phrase keys like its words joined by single spaces.
  static func extend(
    _ hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) -> UInt64 {
    var stop = end
    if stop - start > 1 && bytes[stop - 1] == UInt8(ascii: ".") { stop -= 1 }
    var result = mix(hash, UInt8(ascii: " "))
    var index = start
    while index < stop {
      result = mix(result, bytes[index])
      index += 1
    }
    return result
  }

  /// The key of a word or phrase written in a lexicon: its words (each
  /// without a trailing full stop) joined by single spaces. Reads the UTF-8
  /// bytes once, without splitting into words.
  static func of(_ text: some StringProtocol) -> UInt64 {
    of(phrase: text.utf8)
  }

  /// ``of(_:)`` of a phrase's UTF-8 bytes.
  static func of(phrase bytes: some Sequence<UInt8>) -> UInt64 {
    var hash = empty
    var wordLength = 0
    var sawWord = false
    // A full stop after a word's first byte waits: it is dropped at the word's end.
    var heldStop = false
    for byte in bytes {
      if byte == UInt8(ascii: " ") {
        if wordLength > 0 { sawWord = true }
        wordLength = 0
        heldStop = false
        continue
      }
      if wordLength == 0 && sawWord { hash = mix(hash, UInt8(ascii: " ")) }
      if heldStop {
        hash = mix(hash, UInt8(ascii: "."))
        heldStop = false
      }
      if byte == UInt8(ascii: ".") && wordLength >= 1 {
        heldStop = true
      } else {
        hash = mix(hash, byte)
      }
      wordLength += 1
    }
    return hash
  }

  /// One key for a sequence of word keys: how names and their forms are
  /// keyed, whether they come from tokens or from strings.
  static func combine(_ keys: [UInt64]) -> UInt64 {
    guard keys.count > 1 else { return keys.first ?? empty }
    var hash: UInt64 = empty
    for key in keys { hash = (hash &* 0x0000_0100_0000_01B3) ^ key }
    return hash
  }

  /// ``combine(_:)`` of the words of a string split at spaces.
  static func combine(words text: some StringProtocol) -> UInt64 {
    combine(text.split(separator: " ").map { of($0) })
  }
}
