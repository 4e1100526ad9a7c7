/// Stable 64-bit hashes of words and word pairs.
///
/// Swift's `Hasher` is seeded per process; profiles must hash the same way
/// on every run so that the output is deterministic.
enum TermHash {
  static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01b3

  /// FNV-1a over bytes.
  static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var hash = offsetBasis
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* prime
    }
    return finalize(hash)
  }

  /// A hash for an ordered pair of words, distinct from either word's.
  static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
    finalize(first &* 0x9e37_79b9_7f4a_7c15 ^ (second &+ 0x632b_e59b_d9b4_e019))
  }

  /// SplitMix64's finaliser: spreads FNV's weak low bits.
  static func finalize(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
}
