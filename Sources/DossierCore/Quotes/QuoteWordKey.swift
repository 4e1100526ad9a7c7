/// A 64-bit hash of a word's lower-cased spelling, so that lexicon look-ups
/// compare integers instead of building strings for every token.
///
/// ASCII letters are folded to lower case and the typographic apostrophe to
/// `'`; other bytes are hashed as they are.
enum QuoteWordKey {
  static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01B3

  static func of(_ bytes: some Collection<UInt8>) -> UInt64 {
    var hash = offsetBasis
    var iterator = bytes.makeIterator()
    var pending: [UInt8] = []
    while let byte = iterator.next() {
      // ’ is E2 80 99 in UTF-8.
      if byte == 0xE2 || !pending.isEmpty {
        pending.append(byte)
        if pending.count == 3 {
          if pending == [0xE2, 0x80, 0x99] {
            hash = (hash ^ UInt64(UInt8(ascii: "'"))) &* prime
          } else {
            for pendingByte in pending { hash = (hash ^ UInt64(pendingByte)) &* prime }
          }
          pending.removeAll(keepingCapacity: true)
        }
        continue
      }
      let folded = byte >= 65 && byte <= 90 ? byte + 32 : byte
      hash = (hash ^ UInt64(folded)) &* prime
    }
    for pendingByte in pending { hash = (hash ^ UInt64(pendingByte)) &* prime }
    return hash
  }

  /// ``of(_:)`` of `bytes[start..<end]`, without copying or buffering.
  static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
    var hash = offsetBasis
    var index = start
    while index < end {
      let byte = bytes[index]
      if byte == 0xE2 {
        // The byte and the two after it, as one group.
        if index + 2 < end {
          if bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 {
            hash = (hash ^ UInt64(UInt8(ascii: "'"))) &* prime
          } else {
            for offset in 0..<3 { hash = (hash ^ UInt64(bytes[index + offset])) &* prime }
          }
          index += 3
        } else {
          while index < end {
            hash = (hash ^ UInt64(bytes[index])) &* prime
            index += 1
          }
        }
        continue
      }
      let folded = byte >= 65 && byte <= 90 ? byte + 32 : byte
      hash = (hash ^ UInt64(folded)) &* prime
      index += 1
    }
    return hash
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
