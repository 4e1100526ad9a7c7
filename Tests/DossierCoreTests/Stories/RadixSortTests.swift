import Testing

@testable import DossierCore

@Suite struct RadixSortTests {
  /// Deterministic pseudo-random keys, `mask` keeping only some bytes.
  static func keys(_ count: Int, seed: UInt64, mask: UInt64 = .max) -> [UInt64] {
    var state = seed
    return (0..<count).map { _ in
      state = TermHash.finalize(state &+ 0x9e37_79b9_7f4a_7c15)
      return state & mask
    }
  }

  @Test(arguments: [
    (0, UInt64.max), (5, UInt64.max), (33, UInt64.max), (400, UInt64.max),
    (300, 0x0000_FF00_0000_00FF), (200, 0xFF), (100, 0), (5000, UInt64.max), (3000, 0xFFFF_0000_0000_0000),
  ])
  func sortsLikeAComparisonSort(count: Int, mask: UInt64) {
    var keys = Self.keys(count, seed: UInt64(count) &+ mask, mask: mask)
    let expected = keys.sorted()
    RadixSort.sort(&keys)
    #expect(keys == expected)
  }

  @Test func keepsDuplicatesAndTheLargestKeys() {
    var keys: [UInt64] = Array(repeating: .max, count: 20) + Array(repeating: 7, count: 20) + [0, 1, .max - 1]
    RadixSort.sort(&keys)
    #expect(keys == [0, 1] + Array(repeating: 7, count: 20) + [.max - 1] + Array(repeating: .max, count: 20))
  }
}
