/// A half-open range of UTF-8 byte offsets into a document's text.
///
/// Every annotation points into the immutable ``Document/text`` with one of
/// these. Offsets are UTF-8 so that stages can scan bytes; conversion to the
/// Unicode-scalar offsets of the JSON contract happens once, on output
/// (``ScalarOffsetMap``). 32 bits keep token layers small.
public struct TextRange: Hashable, Sendable, Comparable {
  /// The first byte, inclusive.
  public var start: UInt32
  /// One past the last byte.
  public var end: UInt32

  public init(start: UInt32, end: UInt32) {
    precondition(start <= end, "TextRange start \(start) is after its end \(end)")
    self.start = start
    self.end = end
  }

  public init(_ range: Range<Int>) {
    self.init(start: UInt32(range.lowerBound), end: UInt32(range.upperBound))
  }

  public var isEmpty: Bool { start == end }
  public var length: Int { Int(end - start) }
  public var range: Range<Int> { Int(start)..<Int(end) }

  public func contains(_ other: TextRange) -> Bool {
    start <= other.start && other.end <= end
  }

  public func overlaps(_ other: TextRange) -> Bool {
    start < other.end && other.start < end
  }

  public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
    lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
  }
}
