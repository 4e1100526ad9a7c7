/// A read-only map from lower-case words to values with a cheap lookup:
/// an FNV hash of the word's UTF-8 bytes and open addressing, instead of
/// the seeded SipHash of `Dictionary`. The tagger looks words up many times
/// per candidate position, so this is where its time goes.
struct WordMap<Value: Sendable>: Sendable {
  private var hashes: [UInt64]
  private var words: [String]
  private var values: [Value?]
  private let mask: Int
  /// The words, in no particular order.
  let keys: [String]

  init(_ dictionary: [String: Value]) {
    var capacity = 8
    while capacity < dictionary.count * 3 { capacity *= 2 }
    hashes = [UInt64](repeating: 0, count: capacity)
    words = [String](repeating: "", count: capacity)
    values = [Value?](repeating: nil, count: capacity)
    mask = capacity - 1
    keys = Array(dictionary.keys)
    for (word, value) in dictionary {
      let hash = Self.hash(word)
      var slot = Int(truncatingIfNeeded: hash) & mask
      while hashes[slot] != 0 { slot = (slot + 1) & mask }
      hashes[slot] = hash
      words[slot] = word
      values[slot] = value
    }
  }

  @inline(__always)
  static func hash(_ word: String) -> UInt64 {
    // Contiguous bytes (small strings included) hash without the
    // iterator's per-byte bookkeeping.
    if let found = word.utf8.withContiguousStorageIfAvailable({ bytes -> UInt64 in
      var hash = ByteWordTable.seed
      for byte in bytes { hash = ByteWordTable.step(hash, byte) }
      return ByteWordTable.finish(hash)
    }) {
      return found
    }
    var hash = ByteWordTable.seed
    for byte in word.utf8 { hash = ByteWordTable.step(hash, byte) }
    return ByteWordTable.finish(hash)
  }

  subscript(word: String) -> Value? {
    let hash = Self.hash(word)
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let stored = hashes[slot]
      if stored == 0 { return nil }
      if stored == hash && words[slot] == word { return values[slot] }
      slot = (slot + 1) & mask
    }
  }

  func contains(_ word: String) -> Bool { self[word] != nil }

  /// The value of a word whose hash (``hash(_:)``) is already known: the
  /// tagger hashes every piece once. `word` is read only on a hash match.
  @inline(__always)
  func value(hash: UInt64, word: @autoclosure () -> String) -> Value? {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let stored = hashes[slot]
      if stored == 0 { return nil }
      if stored == hash && words[slot] == word() { return values[slot] }
      slot = (slot + 1) & mask
    }
  }
}

extension WordMap: ExpressibleByDictionaryLiteral {
  init(dictionaryLiteral elements: (String, Value)...) {
    self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
  }
}

/// A read-only set of lower-case words with the cheap lookup of ``WordMap``.
struct WordSet: Sendable, Sequence {
  private let map: WordMap<Bool>

  init<Words: Sequence>(_ words: Words) where Words.Element == String {
    var dictionary: [String: Bool] = [:]
    for word in words { dictionary[word] = true }
    map = WordMap(dictionary)
  }

  func contains(_ word: String) -> Bool { map[word] != nil }

  /// Whether a word whose hash is already known is in the set.
  @inline(__always)
  func contains(hash: UInt64, word: @autoclosure () -> String) -> Bool {
    map.value(hash: hash, word: word()) != nil
  }

  func makeIterator() -> IndexingIterator<[String]> { map.keys.makeIterator() }
}

extension WordSet: ExpressibleByArrayLiteral {
  init(arrayLiteral elements: String...) { self.init(elements) }
}
