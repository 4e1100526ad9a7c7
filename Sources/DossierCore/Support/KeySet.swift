/// A read-only set of word keys (64-bit hashes such as ``WordKey`` or
/// ``QuoteWordKey``), open addressing on the key's own bits.
///
/// `Set<UInt64>` runs a seeded SipHash on every lookup; word keys are
/// already well mixed, and the stages look up nearly every token in
/// several sets, so here a lookup is a shift, a mask and a probe or two.
struct KeySet: Sendable, Equatable {
  private var slots: [UInt64]
  private var mask: Int
  /// Whether key 0, the empty-slot marker, is a member.
  private var hasZero = false
  private(set) var count = 0

  init() {
    slots = [UInt64](repeating: 0, count: 8)
    mask = 7
  }

  init(_ keys: some Sequence<UInt64>) {
    self.init()
    for key in keys { insert(key) }
  }

  @inline(__always)
  private static func home(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
  }

  @inline(__always)
  func contains(_ key: UInt64) -> Bool {
    if key == 0 { return hasZero }
    return slots.withUnsafeBufferPointer { slots in
      var slot = Self.home(key, mask)
      while true {
        let found = slots[slot]
        if found == key { return true }
        if found == 0 { return false }
        slot = (slot + 1) & mask
      }
    }
  }

  mutating func insert(_ key: UInt64) {
    if key == 0 {
      if !hasZero { count += 1 }
      hasZero = true
      return
    }
    var slot = Self.home(key, mask)
    while slots[slot] != 0 {
      if slots[slot] == key { return }
      slot = (slot + 1) & mask
    }
    slots[slot] = key
    count += 1
    // At most a third full: probes stay short.
    if count * 3 > slots.count { grow() }
  }

  private mutating func grow() {
    let old = slots
    slots = [UInt64](repeating: 0, count: old.count * 2)
    mask = slots.count - 1
    for key in old where key != 0 {
      var slot = Self.home(key, mask)
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = key
    }
  }
}
