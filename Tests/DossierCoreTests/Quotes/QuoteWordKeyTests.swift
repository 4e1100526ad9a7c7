import Testing

@testable import DossierCore

struct QuoteWordKeyTests {
  /// The key of `word` read inside a longer text, where the chunked hash
  /// may load bytes past the word, and at the very end of its buffer.
  static func keys(of word: String) -> (inText: UInt64, atEnd: UInt64) {
    let text = Array(("x " + word + " trailing words").utf8)
    let start = 2
    let inText = text.withUnsafeBufferPointer { QuoteWordKey.of($0, start, start + word.utf8.count) }
    return (inText, QuoteWordKey.of(word))
  }

  @Test(arguments: ["a", "said", "Said", "SAYING", "statement", "spokeswoman", "characterised", "I", "don't"])
  func aWordKeysTheSameInTextAndAlone(word: String) {
    let keys = Self.keys(of: word)
    #expect(keys.inText == keys.atEnd)
    #expect(keys.atEnd == QuoteWordKey.of(word.lowercased()))
  }

  @Test(arguments: [("don’t", "don't"), ("Trump’s", "trump's"), ("I’m", "i'm"), ("‘quoted’", "‘quoted'")])
  func theTypographicApostropheKeysAsTheStraightOne(typographic: String, straight: String) {
    #expect(Self.keys(of: typographic).inText == QuoteWordKey.of(straight))
    #expect(Self.keys(of: typographic).atEnd == QuoteWordKey.of(straight))
  }

  @Test func differentWordsKeyDifferently() {
    let words = [
      "say", "says", "said", "saying", "sai", "reported", "reporter", "reporters", "a", "aa", "aaaaaaaa", "aaaaaaaaa",
      "statement", "statements", "café", "cafe",
    ]
    #expect(Set(words.map { QuoteWordKey.of($0) }).count == words.count)
  }
}
