/// Converts UTF-8 offsets of one text to Unicode-scalar offsets, the unit of
/// the JSON contract (Python's `text[start:end]`).
///
/// Built once per document on output. ASCII text converts by identity; other
/// text keeps the positions of its multi-byte scalars and binary-searches
/// them, so memory grows with the non-ASCII scalars only.
public struct ScalarOffsetMap: Sendable {
  /// UTF-8 offsets just past each multi-byte scalar.
  private var ends: [UInt32] = []
  /// Bytes beyond one per scalar, counted through the same scalar.
  private var extra: [UInt32] = []

  public init(_ text: String) {
    var copy = text
    copy.withUTF8 { bytes in
      var index = 0
      var total: UInt32 = 0
      while index < bytes.count {
        // Eight ASCII bytes at a time: most text is ASCII.
        if index + 8 <= bytes.count,
          UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
          index += 8
          continue
        }
        let byte = bytes[index]
        if byte < 0x80 {
          index += 1
          continue
        }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        index += length
        total += UInt32(length - 1)
        ends.append(UInt32(index))
        extra.append(total)
      }
    }
  }

  /// The scalar offset of a UTF-8 offset that falls on a scalar boundary.
  public func scalarOffset(_ utf8Offset: UInt32) -> Int {
    guard !ends.isEmpty else { return Int(utf8Offset) }
    // The number of multi-byte scalars that end at or before the offset.
    var low = 0
    var high = ends.count
    while low < high {
      let mid = (low + high) / 2
      if ends[mid] <= utf8Offset { low = mid + 1 } else { high = mid }
    }
    return Int(utf8Offset) - (low == 0 ? 0 : Int(extra[low - 1]))
  }

  /// The UTF-8 offset of a scalar offset.
  public func utf8Offset(_ scalarOffset: Int) -> Int {
    guard !ends.isEmpty else { return scalarOffset }
    // Find the number of multi-byte scalars that end at or before it.
    var low = 0
    var high = ends.count
    while low < high {
      let mid = (low + high) / 2
      if Int(ends[mid]) - Int(extra[mid]) <= scalarOffset { low = mid + 1 } else { high = mid }
    }
    return scalarOffset + (low == 0 ? 0 : Int(extra[low - 1]))
  }
}
