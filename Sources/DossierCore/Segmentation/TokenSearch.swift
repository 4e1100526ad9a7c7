/// Binary searches over a document's tokens, which are in text order.
enum TokenSearch {
  /// The index of the first token starting at or after `offset`.
  static func firstIndex(_ tokens: [Token], startingAtOrAfter offset: UInt32) -> Int {
    firstIndex(of: tokens, startingAtOrAfter: offset) { $0.range.start }
  }

  /// The index of the first element starting at or after `offset`, in
  /// `elements` sorted by `start`: tokens, mentions.
  @inline(__always)
  static func firstIndex<Element>(
    of elements: [Element], startingAtOrAfter offset: UInt32, start: (Element) -> UInt32
  ) -> Int {
    var low = 0
    var high = elements.count
    while low < high {
      let mid = (low + high) / 2
      if start(elements[mid]) < offset { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// The tokens inside `range`.
  static func tokens(_ tokens: [Token], in range: TextRange) -> ArraySlice<Token> {
    let start = firstIndex(tokens, startingAtOrAfter: range.start)
    var end = start
    while end < tokens.count && tokens[end].range.end <= range.end { end += 1 }
    return tokens[start..<end]
  }
}
