extension String {
  /// Whether strings of up to 15 ASCII bytes are kept inline as
  /// ``initializeLowercasedSmallASCII(_:from:start:count:)`` writes them: two words, the
  /// bytes in order from the first one's low byte, and `0xE0` plus the count
  /// in the second one's top byte. Checked once against strings that the
  /// standard library builds itself, so another layout only costs speed.
  static let hasSmallASCIIForm: Bool = {
    let sample = Array("abcdefghijklmnopqrstuvwxyz".utf8)
    return sample.withUnsafeBufferPointer { bytes in
      (0...15).allSatisfy { count in
        let built = String(decoding: bytes[0..<count], as: UTF8.self)
        let bits = unsafeBitCast(built, to: (UInt64, UInt64).self)
        guard let written = smallASCIIBits(bytes, start: 0, count: count) else { return false }
        return bits == written
      }
    }
  }()

  /// Writes the lower-cased string of `count` bytes at `start` into the
  /// uninitialised `target`, without a call into the standard library (nor
  /// a retain: the string owns no memory). Writes nothing and returns
  /// false when the bytes are not all ASCII, are more than 15 or end within
  /// 16 bytes of the buffer's end (they are read eight at a time). Only
  /// where ``hasSmallASCIIForm``.
  @inline(__always)
  static func initializeLowercasedSmallASCII(
    _ target: UnsafeMutablePointer<String>, from bytes: UnsafeBufferPointer<UInt8>, start: Int, count: Int
  ) -> Bool {
    guard count <= 15, start + 16 <= bytes.count, let bits = smallASCIIBits(bytes, start: start, count: count)
    else { return false }
    UnsafeMutableRawPointer(target).storeBytes(of: bits, as: (UInt64, UInt64).self)
    return true
  }

  /// The two words of the small string of the bytes, lower-cased; `nil`
  /// when one is not ASCII. Needs 16 readable bytes at `start`.
  @inline(__always)
  private static func smallASCIIBits(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, count: Int) -> (UInt64, UInt64)? {
    let raw = UnsafeRawPointer(bytes.baseAddress!) + start
    var low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
    var high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
    // Keep the word's own bytes only: the rest of the words must be zero.
    if count < 8 {
      low &= (1 << (UInt64(count) &* 8)) &- 1
      high = 0
    } else {
      high &= (1 << (UInt64(count - 8) &* 8)) &- 1
    }
    guard (low | high) & 0x8080_8080_8080_8080 == 0 else { return nil }
    return (lowercased(low), lowercased(high) | (0xE0 | UInt64(count)) << 56)
  }

  /// Adds 0x20 to every byte from `A` to `Z` of eight ASCII bytes at once:
  /// with the high bits clear, adding `0x80 - c` to every byte sets a
  /// byte's high bit exactly where it is at least `c`, with no carry.
  @inline(__always)
  private static func lowercased(_ word: UInt64) -> UInt64 {
    let atLeastA = word &+ 0x3F3F_3F3F_3F3F_3F3F
    let pastZ = word &+ 0x2525_2525_2525_2525
    return word | ((atLeastA & ~pastZ & 0x8080_8080_8080_8080) >> 2)
  }
}
