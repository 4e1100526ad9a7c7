/// A read-only table from ``WordKey`` keys to strings, on a ``KeyTable``:
/// the lexicon's affiliations and canonical roles, looked up per mention.
struct StringTable: Sendable {
  private let table: KeyTable
  private let strings: [String]

  init(_ entries: [UInt64: String]) {
    var strings: [String] = []
    var numbers: [UInt64: UInt32] = [:]
    for (key, value) in entries {
      strings.append(value)
      numbers[key] = UInt32(strings.count)
    }
    self.strings = strings
    table = KeyTable(numbers)
  }

  /// The string of `key`, or nil.
  @inline(__always)
  func value(_ key: UInt64) -> String? {
    let number = table.value(key)
    return number == 0 ? nil : strings[Int(number) - 1]
  }
}
