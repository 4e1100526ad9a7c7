import Testing

@testable import DossierCore

/// The byte readers the speaker seeds and lexicons use instead of string
/// splits must give what the splits give.
@Suite struct SeededKeysTests {
  static let phrases = [
    "", "Boris", "Boris Johnson", "  Mr.  Peskov ", "Jean-Claude van Damme", "A. B. C.", "J.R.R. Tolkien", ".",
    "..", "Élysée Palace", "Sinn Féin leader",
  ]

  @Test(arguments: phrases)
  func combinedKeyIsTheStringSplitCombined(phrase: String) {
    #expect(SeededEntities.combinedKey(phrase) == WordKey.combine(words: phrase))
  }

  @Test(arguments: phrases)
  func firstWordKeyIsTheFirstWordOfTheSplit(phrase: String) {
    var copy = phrase
    let key = copy.withUTF8 { SeededEntities.firstWordKey($0, 0, $0.count) }
    #expect(key == phrase.split(separator: " ").first.map { WordKey.of($0) } ?? 0)
  }

  @Test(arguments: phrases)
  func phraseKeyIsTheKeyOfThePhrase(phrase: String) {
    var copy = phrase
    let key = copy.withUTF8 { SeededEntities.phraseKey($0, 0, $0.count) }
    #expect(key == WordKey.of(phrase))
  }

  @Test(arguments: phrases)
  func nameKeysAreThoseOfTheWords(phrase: String) {
    let parts = phrase.split(separator: " ")
    let initials = parts.filter { !EntityLexicon.classOf(WordKey.of($0)).contains(.nameConnector) }
      .compactMap(\.first).map { String($0) }.joined()
    let found = SeededEntities.nameKeys(phrase)
    #expect(found.keys == parts.map { WordKey.of($0) })
    #expect(found.initials == WordKey.of(initials))
  }

  static let filtered: [(strings: [String], all: [String], expected: Bool)] = [
    ([], [], true), (["a"], ["x", "a"], true), (["a", "b"], ["a", "x", "b"], true), (["a"], ["a", "b"], false),
    (["a", "b"], ["a"], false), ([], ["x", "x"], true), (["b", "a"], ["a", "b"], false),
  ]

  @Test(arguments: filtered)
  func equalsIsEqualityWithTheFilteredArray(strings: [String], all: [String], expected: Bool) {
    #expect(SeededEntities.equals(strings, all, without: "x") == expected)
    #expect((strings == all.filter { $0 != "x" }) == expected)
  }

  @Test(arguments: ["say says said", "  a\nb  c\n", "", "i’m didn't"])
  func quoteKeysAreThoseOfTheWords(text: String) {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
    #expect(QuoteWordKey.keys(text) == words.map { QuoteWordKey.of(Array($0.utf8)) })
  }
}
