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

  init() {
    slots = [Slot](repeating: Slot(), count: 16)
    mask = 15
  }

  init(dictionaryLiteral elements: (UInt64, Float)...) {
    self.init()
    for (key, value) in elements { self[key] = value }
  }

  init(_ pairs: some Sequence<(key: UInt64, value: Float)>) {
    self.init()
    for (key, value) in pairs { self[key] = value }
  }

  var count: Int { keys.count }

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
      if keys.count * 2 > slots.count { grow() }
    }
  }

  subscript(key: UInt64, default fallback: Float) -> Float {
    get { self[key] ?? fallback }
    set { self[key] = newValue }
  }

  private mutating func grow() {
    slots = [Slot](repeating: Slot(), count: slots.count * 2)
    mask = slots.count - 1
    for (index, key) in keys.enumerated() {
      var position = Self.home(of: key, mask: mask)
      while slots[position].entry != 0 { position = (position + 1) & mask }
      slots[position] = Slot(key: key, value: values[index], entry: Int32(index + 1))
    }
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
    return slots.withUnsafeBufferPointer { slots in
      var total: Float = 0
      for index in 0..<terms.count {
        let key = terms[index]
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

  func makeIterator() -> some IteratorProtocol<(key: UInt64, value: Float)> {
    zip(keys, values).lazy.map { (key: $0.0, value: $0.1) }.makeIterator()
  }
}
