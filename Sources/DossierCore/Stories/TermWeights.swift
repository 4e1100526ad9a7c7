/// A story's summed term vector: term hashes to weights in an open-addressed
/// table.
///
/// The clusterer looks terms up millions of times; `Dictionary` pays for a
/// seeded SipHash on each, and its iteration order changes from run to run,
/// which would let float sums differ between runs. Here a term hash is
/// already well mixed, lookups are a multiply and a probe, and iteration
/// follows insertion, so the same input always gives the same sums.
struct TermWeights: Sequence, ExpressibleByDictionaryLiteral {
  /// A table slot holds the key and weight themselves, so that a lookup,
  /// hit or miss, touches one cache line.
  struct Slot {
    var key: UInt64 = 0
    var value: Float = 0
    /// Index into `keys` plus one; zero is empty.
    var entry: Int32 = 0
  }

  /// Keys and weights in insertion order, for iteration.
  private var keys: [UInt64] = []
  private var values: [Float] = []
  private var slots: [Slot]
  private var mask: Int
  /// A blocked Bloom filter of the keys: a key sets two bits of one
  /// 64-bit word, with at least 16 bits a key. Most terms of a vector are
  /// not in a given story, and the filter, a few cache lines, rules almost
  /// all of them out without touching the table.
  private var filter: [UInt64]
  private var filterShift: Int

  init() {
    slots = [Slot](repeating: Slot(), count: 16)
    mask = 15
    filter = [0, 0]
    filterShift = 64 - 1
  }

  /// An empty table that holds `capacity` keys without growing.
  init(capacity: Int) {
    self.init()
    reserve(capacity)
  }

  init(dictionaryLiteral elements: (UInt64, Float)...) {
    self.init()
    for (key, value) in elements { self[key] = value }
  }

  init(_ pairs: some Sequence<(key: UInt64, value: Float)>) {
    self.init(capacity: pairs.underestimatedCount)
    for (key, value) in pairs { self[key] = value }
  }

  /// Makes room for `count` keys in all, so that adding them resizes the
  /// table once at most.
  mutating func reserve(_ count: Int) {
    var size = slots.count
    while size * 3 < count * 4 { size <<= 1 }
    if size > slots.count { resize(to: size) }
    keys.reserveCapacity(count)
    values.reserveCapacity(count)
  }

  var count: Int { keys.count }

  /// Keys in insertion order.
  var orderedKeys: [UInt64] { keys }

  /// A key's filter word (its top bits) and the two bits it sets there.
  @inline(__always)
  private static func filterBits(of key: UInt64) -> UInt64 {
    1 << (key >> 20 & 63) | 1 << (key >> 26 & 63)
  }

  @inline(__always)
  private mutating func note(_ key: UInt64) {
    filter[Int(truncatingIfNeeded: key >> UInt64(filterShift))] |= Self.filterBits(of: key)
  }

  /// Adds `weight` to the weight of `key` (absent counts as zero); true
  /// when the key was new. One probe where a get and a set take two.
  @discardableResult
  mutating func add(_ weight: Float, to key: UInt64) -> Bool {
    let position = slot(of: key)
    let entry = Int(slots[position].entry)
    if entry != 0 {
      let sum = slots[position].value + weight
      values[entry - 1] = sum
      slots[position].value = sum
      return false
    }
    // `0 + weight`, as a lookup of an absent key followed by a set gives.
    let sum = 0 + weight
    keys.append(key)
    values.append(sum)
    slots[position] = Slot(key: key, value: sum, entry: Int32(keys.count))
    note(key)
    if keys.count * 4 > slots.count * 3 { grow() }
    return true
  }

  @inline(__always)
  private static func home(of key: UInt64, mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }

  @inline(__always)
  private func slot(of key: UInt64) -> Int {
    var position = Self.home(of: key, mask: mask)
    while true {
      let slot = slots[position]
      if slot.entry == 0 || slot.key == key { return position }
      position = (position + 1) & mask
    }
  }

  subscript(key: UInt64) -> Float? {
    get {
      let slot = slots[slot(of: key)]
      return slot.entry == 0 ? nil : slot.value
    }
    set {
      guard let newValue else { return }  // the clusterer never removes a term
      let position = slot(of: key)
      let entry = Int(slots[position].entry)
      if entry != 0 {
        values[entry - 1] = newValue
        slots[position].value = newValue
        return
      }
      keys.append(key)
      values.append(newValue)
      slots[position] = Slot(key: key, value: newValue, entry: Int32(keys.count))
      note(key)
      if keys.count * 4 > slots.count * 3 { grow() }
    }
  }

  subscript(key: UInt64, default fallback: Float) -> Float {
    get { self[key] ?? fallback }
    set { self[key] = newValue }
  }

  private mutating func grow() {
    resize(to: slots.count * 2)
  }

  private mutating func resize(to size: Int) {
    slots = [Slot](repeating: Slot(), count: size)
    mask = slots.count - 1
    for (index, key) in keys.enumerated() {
      var position = Self.home(of: key, mask: mask)
      while slots[position].entry != 0 { position = (position + 1) & mask }
      slots[position] = Slot(key: key, value: values[index], entry: Int32(index + 1))
    }
    // Eight filter bits a slot, so sixteen or more a key.
    let words = Swift.max(2, slots.count / 8)
    filter = [UInt64](repeating: 0, count: words)
    filterShift = 64 - words.trailingZeroBitCount
    for key in keys { note(key) }
  }

  /// The dot product with `other`, summed in this table's insertion order:
  /// a loop over plain buffers, as the clusterer's hottest code.
  func dot(_ other: TermWeights) -> Float {
    keys.withUnsafeBufferPointer { keys in
      values.withUnsafeBufferPointer { values in
        other.dot(terms: keys, weights: values)
      }
    }
  }

  /// The dot product with a sparse vector given as parallel buffers,
  /// summed in their order.
  func dot(terms: UnsafeBufferPointer<UInt64>, weights: UnsafeBufferPointer<Float>) -> Float {
    let mask = mask
    let shift = UInt64(filterShift)
    return slots.withUnsafeBufferPointer { slots in
      filter.withUnsafeBufferPointer { filter in
        var total: Float = 0
        for index in 0..<terms.count {
          let key = terms[index]
          let bits = Self.filterBits(of: key)
          if filter[Int(truncatingIfNeeded: key >> shift)] & bits != bits { continue }
          var position = Self.home(of: key, mask: mask)
          while true {
            let slot = slots[position]
            if slot.entry == 0 { break }
            if slot.key == key {
              total += weights[index] * slot.value
              break
            }
            position = (position + 1) & mask
          }
        }
        return total
      }
    }
  }

  func makeIterator() -> some IteratorProtocol<(key: UInt64, value: Float)> {
    zip(keys, values).lazy.map { (key: $0.0, value: $0.1) }.makeIterator()
  }
}
