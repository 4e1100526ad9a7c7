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
    of(Array(word.utf8))
  }

  /// The keys of the whitespace-separated words of a table.
  static func set(_ table: String) -> KeySet {
    KeySet(table.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { of(String($0)) })
  }
}
