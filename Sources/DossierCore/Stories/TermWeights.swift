/// A story's summed term vector: term hashes to weights in an open-addressed
/// table.
///
/// The clusterer looks terms up millions of times; `Dictionary` pays for a
/// seeded SipHash on each, and its iteration order changes from run to run,
/// which would let float sums differ between runs. Here a term hash is
/// already well mixed, lookups are a multiply and a probe, and iteration
/// follows insertion, so the same input always gives the same sums.
struct TermWeights: Sequence, ExpressibleByDictionaryLiteral {
  private var keys: [UInt64] = []
  private var values: [Float] = []
  /// Slots hold an index into `keys` plus one; zero is empty.
  private var slots: [Int32]
  private var mask: Int

  init() {
    slots = [Int32](repeating: 0, count: 16)
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
  private func slot(of key: UInt64) -> Int {
    var position = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    while true {
      let entry = Int(slots[position])
      if entry == 0 || keys[entry - 1] == key { return position }
      position = (position + 1) & mask
    }
  }

  subscript(key: UInt64) -> Float? {
    get {
      let entry = Int(slots[slot(of: key)])
      return entry == 0 ? nil : values[entry - 1]
    }
    set {
      guard let newValue else { return }  // the clusterer never removes a term
      let position = slot(of: key)
      let entry = Int(slots[position])
      if entry != 0 {
        values[entry - 1] = newValue
        return
      }
      keys.append(key)
      values.append(newValue)
      slots[position] = Int32(keys.count)
      if keys.count * 2 > slots.count { grow() }
    }
  }

  subscript(key: UInt64, default fallback: Float) -> Float {
    get { self[key] ?? fallback }
    set { self[key] = newValue }
  }

  private mutating func grow() {
    slots = [Int32](repeating: 0, count: slots.count * 2)
    mask = slots.count - 1
    for (index, key) in keys.enumerated() {
      var position = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
      while slots[position] != 0 { position = (position + 1) & mask }
      slots[position] = Int32(index + 1)
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
      keys.withUnsafeBufferPointer { keys in
        values.withUnsafeBufferPointer { values in
          var total: Float = 0
          for index in 0..<terms.count {
            let key = terms[index]
            var position = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
            while true {
              let entry = Int(slots[position])
              if entry == 0 { break }
              if keys[entry - 1] == key {
                total += weights[index] * values[entry - 1]
                break
              }
              position = (position + 1) & mask
            }
          }
          return total
        }
      }
    }
  }

  func makeIterator() -> some IteratorProtocol<(key: UInt64, value: Float)> {
    zip(keys, values).lazy.map { (key: $0.0, value: $0.1) }.makeIterator()
  }
}
