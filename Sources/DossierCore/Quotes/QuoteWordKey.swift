/// A 64-bit hash of a word's lower-cased spelling, so that lexicon look-ups
/// compare integers instead of building strings for every token.
///
/// ASCII letters are folded to lower case and the typographic apostrophe to
/// `'`; other bytes are hashed as they are. The folded bytes are hashed
/// eight at a time: the quote stage keys every word of a document, and a
/// byte-at-a-time hash spent most of that in its chain of multiplies.
enum QuoteWordKey {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

  /// Folds one chunk of folded bytes, little-endian, into the hash.
  @inline(__always)
  private static func mix(_ hash: UInt64, _ chunk: UInt64) -> UInt64 {
    let mixed = (hash ^ chunk) &* 0x9E37_79B9_7F4A_7C15
    return mixed ^ (mixed >> 29)
  }

  /// Brings the high bits, which depend on every byte, down to the low
  /// ones that KeySet and KeyTable index by; with the length, so that
  /// chunks padded with zeros differ.
  @inline(__always)
  private static func finish(_ hash: UInt64, length: Int) -> UInt64 {
    let mixed = (hash ^ UInt64(truncatingIfNeeded: length)) &* 0xFF51_AFD7_ED55_8CCD
    return mixed ^ (mixed >> 32)
  }

  private static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// ASCII upper-case letters of eight ASCII bytes made lower case, all at
  /// once: a byte's high bit comes out set when it is at least `A` and not
  /// above `Z` (no byte carries into the next, as all are below 0x80).
  @inline(__always)
  private static func lowercased(_ chunk: UInt64) -> UInt64 {
    let atLeastA = chunk &+ 0x3F3F_3F3F_3F3F_3F3F
    let aboveZ = chunk &+ 0x2525_2525_2525_2525
    return chunk | ((atLeastA & ~aboveZ & highBits) >> 2)
  }

  /// ``of(_:)`` of `bytes[start..<end]`, without copying.
  @inline(__always)
  static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
    guard let base = bytes.baseAddress else { return finish(seed, length: 0) }
    var hash = seed
    var index = start
    while end - index >= 8 {
      let chunk = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self).littleEndian
      guard chunk & highBits == 0 else { return folding(bytes, start, end) }
      hash = mix(hash, lowercased(chunk))
      index += 8
    }
    let rest = end - index
    if rest > 0 {
      var chunk: UInt64
      if index + 8 <= bytes.count {
        // The bytes after the word are in the buffer: one load, masked.
        chunk = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self).littleEndian
        chunk &= (1 &<< UInt64(rest &* 8)) &- 1
      } else {
        chunk = 0
        for offset in 0..<rest { chunk |= UInt64(base[index + offset]) << UInt64(offset * 8) }
      }
      guard chunk & highBits == 0 else { return folding(bytes, start, end) }
      hash = mix(hash, lowercased(chunk))
    }
    return finish(hash, length: end - start)
  }

  /// The same key for a word with bytes above ASCII, a byte at a time: `’`
  /// (E2 80 99) counts as `'`, other bytes from E2 on as they are.
  private static func folding(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
    var hash = seed
    var chunk: UInt64 = 0
    var filled = 0
    var length = 0
    func append(_ byte: UInt8) {
      chunk |= UInt64(byte) << UInt64(filled * 8)
      filled += 1
      length += 1
      if filled == 8 {
        hash = mix(hash, chunk)
        chunk = 0
        filled = 0
      }
    }
    var index = start
    while index < end {
      let byte = bytes[index]
      if byte == 0xE2 {
        // The byte and the two after it, as one group.
        if index + 2 < end {
          if bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 {
            append(UInt8(ascii: "'"))
          } else {
            for offset in 0..<3 { append(bytes[index + offset]) }
          }
          index += 3
        } else {
          while index < end {
            append(bytes[index])
            index += 1
          }
        }
        continue
      }
      append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
      index += 1
    }
    if filled > 0 { hash = mix(hash, chunk) }
    return finish(hash, length: length)
  }

  static func of(_ bytes: some Collection<UInt8>) -> UInt64 {
    Array(bytes).withUnsafeBufferPointer { of($0, 0, $0.count) }
  }

  static func of(_ word: String) -> UInt64 {
    var word = word
    return word.withUTF8 { of($0, 0, $0.count) }
  }

  /// The keys of the whitespace-separated words of a table.
  static func set(_ table: String) -> KeySet {
    KeySet(keys(table))
  }

  /// The keys of the words of `text` separated by spaces and line breaks,
  /// in order, read on its bytes (the lexicons are parsed at start-up).
  static func keys(_ text: String) -> [UInt64] {
    var text = text
    return text.withUTF8 { bytes in
      var keys: [UInt64] = []
      var start = 0
      for index in 0...bytes.count
      where index == bytes.count || bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\n") {
        if index > start { keys.append(of(bytes, start, index)) }
        start = index + 1
      }
      return keys
    }
  }
}
