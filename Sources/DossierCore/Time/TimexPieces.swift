/// The pieces of a document (``TimexPiece``) with their words kept apart:
/// a piece is a plain value, cheap to copy and to free, and a word is read
/// only where the grammar compares it.
struct TimexPieces: Sendable {
  var items: [TimexPiece] = []
  /// The lower-cased word of each piece (`#` for one longer than any
  /// lexicon word), by the same index.
  var words: [String] = []

  var count: Int { items.count }
  var isEmpty: Bool { items.isEmpty }

  subscript(index: Int) -> TimexPiece {
    @inline(__always) get { items[index] }
  }
}
