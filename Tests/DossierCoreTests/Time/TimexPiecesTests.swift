import Testing

@testable import DossierCore

// Only sentences that can hold an expression spell out their words; the
// others keep their punctuation, which the resolver and the publication
// date inference read across sentences.
@Suite("Timex pieces")
struct TimexPiecesTests {
  struct Row: Sendable, CustomStringConvertible {
    var text: String
    /// Words expected spelled (lower-cased), in order, `_` for an unspelled one.
    var words: [String]
    var description: String { text }
  }

  static let rows: [Row] = [
    Row(
      text: "The cat slept quietly. It left on Monday.",
      words: ["_", "_", "_", "_", ".", "it", "left", "on", "monday", "."]),
    Row(
      text: "Prices rose 5 points. Nobody knew why.", words: ["prices", "rose", "5", "points", ".", "_", "_", "_", "."]),
    Row(text: "Grain, oats and rye sold out.", words: ["_", ",", "_", "_", "_", "_", "_", "."]),
    Row(text: "Mid-1990s rents doubled.", words: ["mid", "1990s", "rents", "doubled", "."]),
  ]

  @Test("Words are spelled in sentences with a temporal word, a number or a digit", arguments: rows)
  func spelling(_ row: Row) {
    let document = TimeTestSupport.document(row.text)
    let pieces = TimexPiece.pieces(of: document)
    let words = pieces.words.map { $0.isEmpty ? "_" : $0 }
    #expect(words == row.words)
    #expect(pieces.words.count == pieces.count)
  }

  @Test(
    "A temporal sentence after a plain one still resolves",
    arguments: [
      ("The gates stayed shut. The fair opened on Friday.", "Friday", "2024-03-08"),
      ("Nobody came. Ten days later, on March 4, the hall reopened.", "March 4", "2024-03-04"),
    ])
  func afterPlainSentence(_ text: String, _ phrase: String, _ value: String) {
    let document = TimeTestSupport.document(text, published: "2024-03-13")
    #expect(TimeTestSupport.timex(phrase, in: document)?.value == value, "\(TimeTestSupport.describe(document))")
  }
}

@Suite("Lexicon lookups by a piece's hash")
struct WordMapHashLookupTests {
  static let map: WordMap<Int> = ["dawn": 1, "dusk": 2, "noon": 3]
  static let set: WordSet = ["dawn", "dusk"]

  @Test("A known hash finds what the word finds", arguments: ["dawn", "dusk", "noon", "night", "", "#"])
  func sameAnswer(_ word: String) {
    let hash = WordMap<Int>.hash(word)
    #expect(Self.map.value(hash: hash, word: word) == Self.map[word])
    #expect(Self.set.contains(hash: hash, word: word) == Self.set.contains(word))
  }

  @Test("The word guards against a hash that matches another word", arguments: ["dawn", "dusk"])
  func guardedByWord(_ word: String) {
    #expect(Self.map.value(hash: WordMap<Int>.hash(word), word: "other") == nil)
  }

  @Test(
    "Pieces carry the hash of their lower-cased word", arguments: ["At Dawn the bells rang on Friday.", "NOON, 1990s."])
  func pieceHashes(_ text: String) {
    let pieces = TimexPiece.pieces(of: TimeTestSupport.document(text))
    for index in 0..<pieces.count where !pieces.words[index].isEmpty && pieces.words[index] != "#" {
      #expect(pieces[index].hash == WordMap<Int>.hash(pieces.words[index]), "\(pieces.words[index])")
    }
  }
}
