import Dispatch

/// In how many documents each term occurs, approximately: a count-min
/// sketch of two hashed tables, so memory stays fixed however many distinct
/// words and word pairs a large corpus has.
///
/// Collisions can only raise a count; the smaller of the two readings is
/// kept, so a rare name is rarely mistaken for a common word.
public struct DocumentFrequencies: Sendable {
  private var first: [UInt32]
  private var second: [UInt32]
  private let mask: UInt64
  public private(set) var documents: Int = 0

  /// Sized for `expectedTerms` distinct terms (at most 2^25 slots a table).
  public init(expectedTerms: Int) {
    var size = 1 << 12
    while size < expectedTerms * 2 && size < 1 << 25 { size <<= 1 }
    first = [UInt32](repeating: 0, count: size)
    second = [UInt32](repeating: 0, count: size)
    mask = UInt64(size - 1)
  }

  /// Counts the terms of one document; each term must appear once.
  public mutating func add(_ terms: [UInt64]) {
    documents += 1
    for term in terms {
      let a = Int(term & mask)
      let b = Int((term >> 32 ^ term >> 7) & mask)
      first[a] &+= 1
      second[b] &+= 1
    }
  }

  /// Counts the terms of many documents (each term once a document), the
  /// two tables on two cores: each table is only ever written by one.
  public mutating func add(all documents: [[UInt64]]) {
    self.documents += documents.count
    let mask = mask
    var tables = [first, second]
    first = []
    second = []
    tables.withUnsafeMutableBufferPointer { buffer in
      let shared = UncheckedSendable(buffer)
      DispatchQueue.concurrentPerform(iterations: 2) { table in
        shared.value[table].withUnsafeMutableBufferPointer { counts in
          for terms in documents {
            for term in terms {
              let slot = table == 0 ? term & mask : (term >> 32 ^ term >> 7) & mask
              counts[Int(slot)] &+= 1
            }
          }
        }
      }
    }
    first = tables[0]
    second = tables[1]
  }

  /// Whether `term` occurs in at least two documents (``count(_:)`` ≥ 2),
  /// reading the second table only when the first allows it: most terms
  /// occur once, and a reading is a cache miss.
  @inline(__always)
  func isShared(_ term: UInt64) -> Bool {
    first[Int(term & mask)] >= 2 && second[Int((term >> 32 ^ term >> 7) & mask)] >= 2
  }

  public func count(_ term: UInt64) -> Int {
    let a = Int(term & mask)
    let b = Int((term >> 32 ^ term >> 7) & mask)
    return Int(min(first[a], second[b]))
  }
}
