import Testing

@testable import DossierCore

@Suite struct KeyIndexTests {
  /// The values of `key` in the order the index yields them.
  func values(_ index: KeyIndex, _ key: UInt64) -> [Int] {
    var result: [Int] = []
    var entry = index.first(key)
    while entry >= 0 {
      result.append(index.value(entry))
      entry = index.next(entry)
    }
    return result
  }

  @Test(arguments: [1, 7, 40, 1000])
  func valuesComeBackInInsertionOrderAcrossGrowth(keyCount: Int) {
    var index = KeyIndex(capacity: 2)
    for round in 0..<3 {
      for key in 0..<keyCount { index.append(UInt64(key) &* 0x9E37_79B9 &+ 17, key * 10 + round) }
    }
    for key in 0..<keyCount {
      let hashed = UInt64(key) &* 0x9E37_79B9 &+ 17
      #expect(values(index, hashed) == [key * 10, key * 10 + 1, key * 10 + 2])
      #expect(index.last(hashed) == key * 10 + 2)
    }
    #expect(!index.contains(0xDEAD_BEEF))
    #expect(index.first(0xDEAD_BEEF) == -1)
    #expect(index.last(0xDEAD_BEEF) == nil)
  }

  /// A phrase keyed from a lexicon string and from token bytes agrees:
  /// case, a trailing full stop and repeated spaces do not matter.
  @Test(arguments: [
    ("Gen. Harlan Voss", "gen harlan voss"),
    ("ST. ORVELL", "st orvell"),
    ("deputy  chief", "deputy chief"),
    (".", "."),
    ("a..", "A.."),
  ])
  func stringKeysMatchByteKeys(written: String, lexicon: String) {
    var bytes = Array(written.utf8)
    let key = bytes.withUnsafeMutableBufferPointer { buffer in
      let words = written.split(separator: " ").map { word -> Range<Int> in
        let start = word.utf8.startIndex.utf16Offset(in: written)
        return start..<(start + word.utf8.count)
      }
      var hash = WordKey.of(UnsafeBufferPointer(buffer), words[0].lowerBound, words[0].upperBound)
      for word in words.dropFirst() {
        hash = WordKey.extend(hash, UnsafeBufferPointer(buffer), word.lowerBound, word.upperBound)
      }
      return hash
    }
    #expect(WordKey.of(lexicon) == key)
    #expect(WordKey.of(written) == key)
  }
}
