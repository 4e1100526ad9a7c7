/// A per-document multimap from 64-bit keys (``WordKey`` keys and keys
/// derived from them) to integers, values kept in insertion order.
///
/// Open addressing on the key's multiplied bits with a flat entry list, so
/// that linking names costs no `Hasher` round and no array per key.
struct KeyIndex {
  private struct Key {
    var key: UInt64
    /// Its first and last entry.
    var head: Int32
    var tail: Int32
  }

  private struct Entry {
    var value: Int
    /// The next entry of the same key, or -1.
    var link: Int32
  }

  /// Slot → key number + 1; 0 is an empty slot.
  private var slots: [Int32]
  private var keys: [Key] = []
  private var entries: [Entry] = []
  private var shift: UInt64

  init(capacity: Int = 8) {
    var size = 16
    var bits: UInt64 = 4
    while size < capacity * 2 {
      size <<= 1
      bits += 1
    }
    slots = [Int32](repeating: 0, count: size)
    shift = 64 - bits
    keys.reserveCapacity(capacity)
    entries.reserveCapacity(capacity)
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
      if keys[found - 1].key == key { return found - 1 }
      slot = (slot + 1) & mask
    }
  }

  /// Adds `value` at the end of the values of `key`.
  mutating func append(_ key: UInt64, _ value: Int) {
    // One probe finds the key or the empty slot a new key takes.
    let mask = slots.count - 1
    var slot = home(key)
    var keyNumber = -1
    while true {
      let found = Int(slots[slot])
      if found == 0 { break }
      if keys[found - 1].key == key {
        keyNumber = found - 1
        break
      }
      slot = (slot + 1) & mask
    }
    let entry = Int32(entries.count)
    entries.append(Entry(value: value, link: -1))
    if keyNumber < 0 {
      keys.append(Key(key: key, head: entry, tail: entry))
      if keys.count * 2 > slots.count {
        grow()
      } else {
        slots[slot] = Int32(keys.count)
      }
    } else {
      entries[Int(keys[keyNumber].tail)].link = entry
      keys[keyNumber].tail = entry
    }
  }

  private mutating func place(_ keyNumber: Int) {
    let mask = slots.count - 1
    var slot = home(keys[keyNumber].key)
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
    return keyNumber < 0 ? -1 : Int(keys[keyNumber].head)
  }

  /// The latest value added for `key`, or nil.
  func last(_ key: UInt64) -> Int? {
    let keyNumber = number(key)
    return keyNumber < 0 ? nil : entries[Int(keys[keyNumber].tail)].value
  }

  @inline(__always)
  func value(_ entry: Int) -> Int { entries[entry].value }

  /// The entry after `entry` with the same key, or -1.
  @inline(__always)
  func next(_ entry: Int) -> Int { Int(entries[entry].link) }
}
