/// A read-only hash table from word hashes (``WordKey``, or any other
/// well-mixed 64-bit key) to 32-bit values, open addressing with linear
/// probing on the key's own bits.
///
/// Keys and values sit side by side in one slot: nearly every token is
/// looked up, and a hit then costs one cache line, not two.
struct KeyTable: Sendable {
  struct Slot {
    var key: UInt64 = 0
    var value: UInt32 = 0
  }

  private var slots: [Slot]
  private let mask: Int

  init(_ entries: [UInt64: WordClass]) {
    self.init(entries.mapValues(\.rawValue))
  }

  init(_ entries: [UInt64: UInt32]) {
    var capacity = 16
    while capacity < entries.count * 2 { capacity <<= 1 }
    slots = [Slot](repeating: Slot(), count: capacity)
    mask = capacity - 1
    // In key order: the same table, probe for probe, in every run.
    for (key, value) in entries.sorted(by: { $0.key < $1.key }) where key != 0 {
      var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
      while slots[slot].key != 0 { slot = (slot + 1) & mask }
      slots[slot] = Slot(key: key, value: value)
    }
  }

  /// The value of `key`, or 0.
  @inline(__always)
  func value(_ key: UInt64) -> UInt32 {
    slots.withUnsafeBufferPointer { slots in
      var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
      while true {
        let found = slots[slot]
        if found.key == key { return found.value }
        if found.key == 0 { return 0 }
        slot = (slot + 1) & mask
      }
    }
  }
}
