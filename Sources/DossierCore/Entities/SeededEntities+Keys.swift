extension SeededEntities {
  /// The words of `bytes[start..<end]` split at spaces, empty ones left
  /// out, as `split(separator: " ")` splits the string; nil when a space
  /// stands next to a non-ASCII byte or a carriage return, where a space
  /// may join a `Character` and the string split would differ.
  static func words(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [Range<Int>]? {
    var words: [Range<Int>] = []
    return forEachWord(bytes, start, end) { words.append($0) } ? words : nil
  }

  /// Calls `body` with each word ``words(_:_:_:)`` gives, without making
  /// the array; false when that is nil (`body` may have seen some words).
  @inline(__always)
  static func forEachWord(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ body: (Range<Int>) -> Void
  ) -> Bool {
    let space = UInt8(ascii: " ")
    var wordStart = start
    var index = start
    while index < end {
      if bytes[index] == space {
        if index > start && (bytes[index - 1] >= 0x80 || bytes[index - 1] == 0x0D) { return false }
        if index + 1 < end && bytes[index + 1] >= 0x80 { return false }
        if index > wordStart { body(wordStart..<index) }
        wordStart = index + 1
      }
      index += 1
    }
    if end > wordStart { body(wordStart..<end) }
    return true
  }

  /// The key of the first word of `bytes[start..<end]` (0 for none), nil
  /// when ``words(_:_:_:)`` is.
  static func firstWordKey(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64? {
    var first: UInt64?
    let split = forEachWord(bytes, start, end) { word in
      if first == nil { first = WordKey.of(bytes, word.lowerBound, word.upperBound) }
    }
    return split ? first ?? 0 : nil
  }

  /// `WordKey.combine(words:)` of a string, from its bytes.
  static func combinedKey(_ text: String) -> UInt64 {
    var copy = text
    let key = copy.withUTF8 { bytes -> UInt64? in
      // `WordKey.combine` over the word keys, without their array.
      var count = 0
      var first = WordKey.empty
      var hash = WordKey.empty
      let split = forEachWord(bytes, 0, bytes.count) { word in
        let key = WordKey.of(bytes, word.lowerBound, word.upperBound)
        if count == 0 { first = key }
        hash = (hash &* 0x0000_0100_0000_01B3) ^ key
        count += 1
      }
      guard split else { return nil }
      return count > 1 ? hash : first
    }
    return key ?? WordKey.combine(words: text)
  }

  /// `WordKey.of` of a phrase, from its bytes.
  static func phraseKey(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64? {
    var hash = WordKey.empty
    var isFirst = true
    let split = forEachWord(bytes, start, end) { word in
      hash =
        isFirst
        ? WordKey.of(bytes, word.lowerBound, word.upperBound)
        : WordKey.extend(hash, bytes, word.lowerBound, word.upperBound)
      isFirst = false
    }
    return split ? hash : nil
  }

  /// The name keys and initials key of a display name, as seeding makes
  /// them from its words and their first `Character`s.
  static func nameKeys(_ name: String) -> (keys: [UInt64], initials: UInt64) {
    var copy = name
    let found = copy.withUTF8 { bytes -> (keys: [UInt64], initials: UInt64)? in
      var keys: [UInt64] = []
      keys.reserveCapacity(4)
      // `WordKey.of` of the initials, without their array: the last one
      // waits, as a trailing full stop is dropped.
      var initialsKey = WordKey.empty
      var heldInitial: UInt8?
      var initialCount = 0
      var readable = true
      let split = forEachWord(bytes, 0, bytes.count) { word in
        guard readable else { return }
        let key = WordKey.of(bytes, word.lowerBound, word.upperBound)
        keys.append(key)
        guard !EntityLexicon.classOf(key).contains(.nameConnector) else { return }
        // A first byte is the first `Character` only when ASCII and not
        // followed by a byte that might join it.
        let first = bytes[word.lowerBound]
        let next = word.count > 1 ? bytes[word.lowerBound + 1] : 0
        guard first < 0x80, first != 0x0D, next < 0x80 else {
          readable = false
          return
        }
        if let heldInitial { initialsKey = WordKey.mix(initialsKey, heldInitial) }
        heldInitial = first
        initialCount += 1
      }
      guard split, readable else { return nil }
      if let heldInitial, initialCount == 1 || heldInitial != UInt8(ascii: ".") {
        initialsKey = WordKey.mix(initialsKey, heldInitial)
      }
      return (keys, initialsKey)
    }
    if let found { return found }
    let parts = name.split(separator: " ")
    let initials = parts.filter { !EntityLexicon.classOf(WordKey.of($0)).contains(.nameConnector) }
      .compactMap(\.first).map { String($0) }.joined()
    return (parts.map { WordKey.of($0) }, WordKey.of(initials))
  }
}
