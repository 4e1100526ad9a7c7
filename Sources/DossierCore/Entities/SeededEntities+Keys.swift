extension SeededEntities {
  /// The words of `bytes[start..<end]` split at spaces, empty ones left
  /// out, as `split(separator: " ")` splits the string; nil when a space
  /// stands next to a non-ASCII byte or a carriage return, where a space
  /// may join a `Character` and the string split would differ.
  static func words(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [Range<Int>]? {
    let space = UInt8(ascii: " ")
    var words: [Range<Int>] = []
    var wordStart = start
    var index = start
    while index < end {
      if bytes[index] == space {
        if index > start && (bytes[index - 1] >= 0x80 || bytes[index - 1] == 0x0D) { return nil }
        if index + 1 < end && bytes[index + 1] >= 0x80 { return nil }
        if index > wordStart { words.append(wordStart..<index) }
        wordStart = index + 1
      }
      index += 1
    }
    if end > wordStart { words.append(wordStart..<end) }
    return words
  }

  /// `WordKey.combine(words:)` of a string, from its bytes.
  static func combinedKey(_ text: String) -> UInt64 {
    var copy = text
    let key = copy.withUTF8 { bytes -> UInt64? in
      guard let words = words(bytes, 0, bytes.count) else { return nil }
      return WordKey.combine(words.map { WordKey.of(bytes, $0.lowerBound, $0.upperBound) })
    }
    return key ?? WordKey.combine(words: text)
  }

  /// `WordKey.of` of a phrase, from its bytes.
  static func phraseKey(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64? {
    guard let words = words(bytes, start, end) else { return nil }
    var hash = WordKey.empty
    for (index, word) in words.enumerated() {
      hash =
        index == 0
        ? WordKey.of(bytes, word.lowerBound, word.upperBound)
        : WordKey.extend(hash, bytes, word.lowerBound, word.upperBound)
    }
    return hash
  }

  /// The name keys and initials key of a display name, as seeding makes
  /// them from its words and their first `Character`s.
  static func nameKeys(_ name: String) -> (keys: [UInt64], initials: UInt64) {
    var copy = name
    let found = copy.withUTF8 { bytes -> (keys: [UInt64], initials: UInt64)? in
      guard let words = words(bytes, 0, bytes.count) else { return nil }
      var keys: [UInt64] = []
      var initials: [UInt8] = []
      for word in words {
        let key = WordKey.of(bytes, word.lowerBound, word.upperBound)
        keys.append(key)
        guard !EntityLexicon.classOf(key).contains(.nameConnector) else { continue }
        // A first byte is the first `Character` only when ASCII and not
        // followed by a byte that might join it.
        let first = bytes[word.lowerBound]
        let next = word.count > 1 ? bytes[word.lowerBound + 1] : 0
        guard first < 0x80, first != 0x0D, next < 0x80 else { return nil }
        initials.append(first)
      }
      let initialsKey = initials.withUnsafeBufferPointer { WordKey.of($0, 0, $0.count) }
      return (keys, initialsKey)
    }
    if let found { return found }
    let parts = name.split(separator: " ")
    let initials = parts.filter { !EntityLexicon.classOf(WordKey.of($0)).contains(.nameConnector) }
      .compactMap(\.first).map { String($0) }.joined()
    return (parts.map { WordKey.of($0) }, WordKey.of(initials))
  }
}
