/// MinHash signatures of content-word sets, cut into bands for
/// locality-sensitive hashing: two articles whose word sets overlap by
/// Jaccard `J` share at least one band with probability
/// `1 - (1 - J^rows)^bands`.
struct MinHashSketch: Sendable {
  var bands = 12
  var rows = 2

  /// Multipliers (odd) and offsets of the hash family `a·x + b`.
  private let multipliers: [UInt64]
  private let offsets: [UInt64]

  init(bands: Int = 12, rows: Int = 2) {
    self.bands = bands
    self.rows = rows
    var state: UInt64 = 0x5DEE_CE66_D1CE_4E5B
    var multipliers: [UInt64] = []
    var offsets: [UInt64] = []
    for _ in 0..<(bands * rows) {
      state = TermHash.finalize(state &+ 0x9e37_79b9_7f4a_7c15)
      multipliers.append(state | 1)
      state = TermHash.finalize(state &+ 0x9e37_79b9_7f4a_7c15)
      offsets.append(state)
    }
    self.multipliers = multipliers
    self.offsets = offsets
  }

  /// One key per band, or none for an empty set.
  func bandKeys(_ words: [UInt64]) -> [UInt64] {
    bandKeys(of: words)
  }

  /// The band keys of a document's distinct content words, read from its
  /// content profile without gathering them first.
  func bandKeys(_ content: ContentProfile) -> [UInt64] {
    let count = bands * rows
    var minima = [UInt64](repeating: .max, count: count)
    var empty = true
    minima.withUnsafeMutableBufferPointer { minima in
      multipliers.withUnsafeBufferPointer { multipliers in
        offsets.withUnsafeBufferPointer { offsets in
          for (index, word) in content.terms.enumerated() where content.isWord[index] {
            empty = false
            for hash in 0..<count {
              let value = word &* multipliers[hash] &+ offsets[hash]
              if value < minima[hash] { minima[hash] = value }
            }
          }
        }
      }
    }
    return empty ? [] : keys(minima)
  }

  private func bandKeys(of words: some Sequence<UInt64>) -> [UInt64] {
    let count = bands * rows
    var minima = [UInt64](repeating: .max, count: count)
    var empty = true
    for word in words {
      empty = false
      for index in 0..<count {
        let value = word &* multipliers[index] &+ offsets[index]
        if value < minima[index] { minima[index] = value }
      }
    }
    guard !empty else { return [] }
    return keys(minima)
  }

  /// One key per band from the minima of its rows.
  private func keys(_ minima: [UInt64]) -> [UInt64] {
    var keys: [UInt64] = []
    keys.reserveCapacity(bands)
    for band in 0..<bands {
      var key = UInt64(band) &* 0x9e37_79b9_7f4a_7c15
      for row in 0..<rows { key = TermHash.pair(key, minima[band * rows + row]) }
      keys.append(key)
    }
    return keys
  }
}
