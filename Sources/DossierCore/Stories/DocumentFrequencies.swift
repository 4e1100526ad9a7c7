import Dispatch

/// In how many documents each term occurs, approximately: a count-min
/// sketch of two hashed tables, so memory stays fixed however many distinct
/// words and word pairs a large corpus has.
///
/// Collisions can only raise a count; the smaller of the two readings is
/// kept, so a rare name is rarely mistaken for a common word.
public struct DocumentFrequencies: Sendable {
  /// The tables with 32-bit counts, or empty when they are narrow.
  private var first: [UInt32] = []
  private var second: [UInt32] = []
  /// The tables with 16-bit counts that stop at 65,535, or empty.
  private var firstNarrow: [UInt16] = []
  private var secondNarrow: [UInt16] = []
  private let narrow: Bool
  private let mask: UInt64
  public private(set) var documents: Int = 0

  /// Sized for `expectedTerms` distinct terms (at most 2^25 slots a table).
  /// `narrowCounts` halves the tables' memory; a count then stops at
  /// 65,535, which changes nothing for a corpus whose every term is rarer
  /// (a clusterer asks for it when fewer documents and background
  /// documents than that make a term seen 65,535 times weightless anyway).
  public init(expectedTerms: Int, narrowCounts: Bool = false) {
    var size = 1 << 12
    while size < expectedTerms * 2 && size < 1 << 25 { size <<= 1 }
    narrow = narrowCounts
    if narrowCounts {
      firstNarrow = [UInt16](repeating: 0, count: size)
      secondNarrow = [UInt16](repeating: 0, count: size)
    } else {
      first = [UInt32](repeating: 0, count: size)
      second = [UInt32](repeating: 0, count: size)
    }
    mask = UInt64(size - 1)
  }

  @inline(__always)
  private func slots(_ term: UInt64) -> (Int, Int) {
    (Int(term & mask), Int((term >> 32 ^ term >> 7) & mask))
  }

  /// Counts the terms of one document; each term must appear once.
  public mutating func add(_ terms: [UInt64]) {
    add(all: [terms])
  }

  /// Counts the terms of many documents (each term once a document), the
  /// two tables on two cores: each table is only ever written by one.
  public mutating func add(all documents: [[UInt64]]) {
    self.documents += documents.count
    let mask = mask
    if narrow {
      Self.count(documents, first: &firstNarrow, second: &secondNarrow, mask: mask)
    } else {
      Self.count(documents, first: &first, second: &second, mask: mask)
    }
  }

  /// Counts into the two tables, moved out of `self` so that each is
  /// uniquely referenced while a worker writes it.
  private static func count<Count: FixedWidthInteger & Sendable>(
    _ documents: [[UInt64]], first: inout [Count], second: inout [Count], mask: UInt64
  ) {
    var tables = [first, second]
    first = []
    second = []
    count(documents, into: &tables, mask: mask)
    first = tables[0]
    second = tables[1]
  }

  private static func count<Count: FixedWidthInteger & Sendable>(
    _ documents: [[UInt64]], into tables: inout [[Count]], mask: UInt64
  ) {
    tables.withUnsafeMutableBufferPointer { buffer in
      let shared = UncheckedSendable(buffer)
      DispatchQueue.concurrentPerform(iterations: 2) { table in
        shared.value[table].withUnsafeMutableBufferPointer { counts in
          for terms in documents {
            for term in terms {
              let slot = Int(table == 0 ? term & mask : (term >> 32 ^ term >> 7) & mask)
              if counts[slot] != Count.max { counts[slot] += 1 }
            }
          }
        }
      }
    }
  }

  /// Whether `term` occurs in at least two documents (``count(_:)`` ≥ 2),
  /// reading the second table only when the first allows it: most terms
  /// occur once, and a reading is a cache miss.
  @inline(__always)
  func isShared(_ term: UInt64) -> Bool {
    let (a, b) = slots(term)
    if narrow { return firstNarrow[a] >= 2 && secondNarrow[b] >= 2 }
    return first[a] >= 2 && second[b] >= 2
  }

  public func count(_ term: UInt64) -> Int {
    let (a, b) = slots(term)
    if narrow { return Int(min(firstNarrow[a], secondNarrow[b])) }
    return Int(min(first[a], second[b]))
  }
}
