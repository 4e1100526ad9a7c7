/// A small open-addressing table from lower-case words to flags, looked up
/// by a hash of the word's bytes, so that a token's lexicon class is found
/// without building or hashing a `String`.
///
/// Only hashes are stored: a collision could at worst mark a word as a
/// possible start of an expression, and the grammar, which compares the
/// words themselves, then finds nothing.
struct ByteWordTable: Sendable {
  /// The flags by word hash, in the table the entity lexicon uses too.
  private let table: KeyTable

  init(_ entries: [String: UInt8]) {
    var flags: [UInt64: UInt32] = [:]
    for (word, value) in entries {
      var hash = Self.seed
      for byte in word.utf8 { hash = Self.step(hash, byte) }
      flags[Self.finish(hash), default: 0] |= UInt32(value)
    }
    table = KeyTable(flags)
  }

  /// FNV-1a over the bytes: start with `seed`, `step` each byte, `finish`.
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

  @inline(__always)
  static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
  }

  /// Mixes the high bits down (the slot is taken from the low bits) and
  /// keeps 0 free for empty slots.
  @inline(__always)
  static func finish(_ hash: UInt64) -> UInt64 {
    let mixed = (hash ^ (hash >> 29)) &* 0xbf58_476d_1ce4_e5b9
    return (mixed ^ (mixed >> 32)) | 1
  }

  /// The flags of the word with this finished hash, 0 when it is absent.
  @inline(__always)
  func value(hash key: UInt64) -> UInt8 {
    UInt8(truncatingIfNeeded: table.value(key))
  }
}
