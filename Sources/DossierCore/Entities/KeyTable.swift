/// A read-only hash table from ``WordKey`` keys to 32-bit values, open
/// addressing with linear probing on the key's own (already mixed) bits.
struct KeyTable: Sendable {
  private var keys: [UInt64]
  private var values: [UInt32]
  private let mask: Int

  init(_ entries: [UInt64: WordClass]) {
    self.init(entries.mapValues(\.rawValue))
  }

  init(_ entries: [UInt64: UInt32]) {
    var capacity = 16
    while capacity < entries.count * 3 { capacity <<= 1 }
    keys = [UInt64](repeating: 0, count: capacity)
    values = [UInt32](repeating: 0, count: capacity)
    mask = capacity - 1
    for (key, value) in entries where key != 0 {
      var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
      while keys[slot] != 0 { slot = (slot + 1) & mask }
      keys[slot] = key
      values[slot] = value
    }
  }

  /// The value of `key`, or 0.
  @inline(__always)
  func value(_ key: UInt64) -> UInt32 {
    var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    while true {
      let found = keys[slot]
      if found == key { return values[slot] }
      if found == 0 { return 0 }
      slot = (slot + 1) & mask
    }
  }
}
