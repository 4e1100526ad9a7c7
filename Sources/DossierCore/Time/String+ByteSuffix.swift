extension String {
  /// Whether the UTF-8 bytes end with those of `suffix`: the tagger's
  /// words are lower-cased and their suffixes plain, so a byte comparison
  /// answers as `hasSuffix` does, without its Unicode machinery.
  @inline(__always)
  func hasByteSuffix(_ suffix: StaticString) -> Bool {
    let count = suffix.utf8CodeUnitCount
    let utf8 = self.utf8
    if let found = utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
      guard bytes.count >= count else { return false }
      let start = suffix.utf8Start
      for offset in 0..<count where bytes[bytes.count - count + offset] != start[offset] { return false }
      return true
    }) {
      return found
    }
    return utf8.count >= count
      && utf8.suffix(count).elementsEqual(UnsafeBufferPointer(start: suffix.utf8Start, count: count))
  }
}
