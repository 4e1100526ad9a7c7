/// A per-document multimap from 64-bit keys (``WordKey`` keys and keys
/// derived from them) to integers, values kept in insertion order.
///
/// Open addressing on the key's multiplied bits with a flat entry list, so
/// that linking names costs no `Hasher` round and no array per key.
struct KeyIndex {
  /// Slot → key number + 1; 0 is an empty slot.
  private var slots: [Int32]
  private var keys: [UInt64] = []
  /// For each key number, its first and last entry.
  private var heads: [Int32] = []
  private var tails: [Int32] = []
  /// For each entry, its value and the next entry of its key (-1 at the end).
  private var values: [Int] = []
  private var links: [Int32] = []
  private var shift: UInt64

  init(capacity: Int = 16) {
    var size = 16
    var bits: UInt64 = 4
    while size < capacity * 2 {
      size <<= 1
      bits += 1
    }
    slots = [Int32](repeating: 0, count: size)
    shift = 64 - bits
  }

  @inline(__always)
  private func home(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// The key number of `key`, or -1.
  @inline(__always)
  private func number(_ key: UInt64) -> Int {
    let mask = slots.count - 1
    var slot = home(key)
    while true {
      let found = Int(slots[slot])
      if found == 0 { return -1 }
      if keys[found - 1] == key { return found - 1 }
      slot = (slot + 1) & mask
    }
  }

  /// Adds `value` at the end of the values of `key`.
  mutating func append(_ key: UInt64, _ value: Int) {
    var keyNumber = number(key)
    let entry = Int32(values.count)
    values.append(value)
    links.append(-1)
    if keyNumber < 0 {
      keyNumber = keys.count
      keys.append(key)
      heads.append(entry)
      tails.append(entry)
      if keys.count * 2 > slots.count {
        grow()
      } else {
        place(keyNumber)
      }
    } else {
      links[Int(tails[keyNumber])] = entry
      tails[keyNumber] = entry
    }
  }

  private mutating func place(_ keyNumber: Int) {
    let mask = slots.count - 1
    var slot = home(keys[keyNumber])
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(keyNumber + 1)
  }

  private mutating func grow() {
    slots = [Int32](repeating: 0, count: slots.count * 2)
    shift -= 1
    for keyNumber in keys.indices { place(keyNumber) }
  }

  /// Whether `key` has any value.
  func contains(_ key: UInt64) -> Bool { number(key) >= 0 }

  /// The first entry of `key` (for ``value(_:)`` and ``next(_:)``), or -1.
  @inline(__always)
  func first(_ key: UInt64) -> Int {
    let keyNumber = number(key)
    return keyNumber < 0 ? -1 : Int(heads[keyNumber])
  }

  /// The latest value added for `key`, or nil.
  func last(_ key: UInt64) -> Int? {
    let keyNumber = number(key)
    return keyNumber < 0 ? nil : values[Int(tails[keyNumber])]
  }

  @inline(__always)
  func value(_ entry: Int) -> Int { values[entry] }

  /// The entry after `entry` with the same key, or -1.
  @inline(__always)
  func next(_ entry: Int) -> Int { Int(links[entry]) }
}
