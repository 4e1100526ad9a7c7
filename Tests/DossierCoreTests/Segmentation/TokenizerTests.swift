import DossierCore
import Testing

struct TokenizerTests {
  static let cases: [(text: String, tokens: [String])] = [
    ("don’t stop", ["don’t", "stop"]),
    ("Sarelia’s and Zelenskyy’s plans", ["Sarelia’s", "and", "Zelenskyy’s", "plans"]),
    ("O'Neill can't", ["O'Neill", "can't"]),
    ("the then-prime minister", ["the", "then-prime", "minister"]),
    ("Mr. and Mrs. Ode", ["Mr.", "and", "Mrs.", "Ode"]),
    ("the U.S. and U.K.", ["the", "U.S.", "and", "U.K."]),
    ("at 6 a.m. today", ["at", "6", "a.m.", "today"]),
    ("J. K. Marlow", ["J.", "K.", "Marlow"]),
    ("3.5 and 1,000 and 10.5%", ["3.5", "and", "1,000", "and", "10.5", "%"]),
    ("the 1990s at 10:35", ["the", "1990s", "at", "10:35"]),
    ("wait... and …", ["wait", "...", "and", "…"]),
    ("see https://example.org/x?a=1.", ["see", "https://example.org/x?a=1", "."]),
    ("photo pic.twitter.com/zz9Q", ["photo", "pic.twitter.com/zz9Q"]),
    ("@port_news and #strike", ["@port_news", "and", "#strike"]),
    ("2019–2020 — late", ["2019", "–", "2020", "—", "late"]),
    ("“Yes,” he said.", ["“", "Yes", ",", "”", "he", "said", "."]),
    ("don't", ["don't"]),
    ("Gdańsk café", ["Gdańsk", "café"]),
    ("``Yes,'' he said", ["``", "Yes", ",", "''", "he", "said"]),
    // A party label keeps its state's full stops after the hyphen.
    ("Rep. Ann Lee (D-N.Y.) said", ["Rep.", "Ann", "Lee", "(", "D-N.Y.", ")", "said"]),
    ("Sen. Bo Ray, R-Ky., said", ["Sen.", "Bo", "Ray", ",", "R-Ky.", ",", "said"]),
    ("a well-known. Then", ["a", "well-known", ".", "Then"]),
  ]

  @Test(arguments: cases)
  func cutsTokens(_ testCase: (text: String, tokens: [String])) {
    #expect(segmented(testCase.text).tokenTexts == testCase.tokens)
  }

  static let quoteCases: [(text: String, mark: String, kind: Token.Kind)] = [
    ("He said “now” twice", "“", .openingQuote),
    ("He said “now” twice", "”", .closingQuote),
    ("a lie “. Then", "“", .closingQuote),
    ("said \"go\" twice", "\"go", .openingQuote),
    ("said \"go\" twice", "\" twice", .closingQuote),
    ("she said ‘run’ and", "‘", .openingQuote),
    ("she said ‘run’ and", "’ and", .closingQuote),
    ("it was over.\"He left", "\"He", .closingQuote),
    // A plural possessive's apostrophe, unless a single quotation is open.
    ("the Harlans’ old barn", "’ old", .punctuation),
    ("the voters' “choice” won", "' “", .punctuation),
    ("she said ‘ask the Harlans’ and left", "’ and", .closingQuote),
    ("she said ‘ask’\nthe Harlans’ old barn", "’ old", .punctuation),
    ("the Harlans’ Barn", "’ Barn", .closingQuote),
  ]

  @Test(arguments: quoteCases)
  func marksQuoteDirection(_ testCase: (text: String, mark: String, kind: Token.Kind)) throws {
    let document = segmented(testCase.text)
    let offset = try #require(testCase.text.utf8.firstRange(of: testCase.mark.utf8)).lowerBound
    let position = testCase.text.utf8.distance(from: testCase.text.utf8.startIndex, to: offset)
    let token = try #require(document.tokens.first { $0.range.start == UInt32(position) })
    #expect(token.kind == testCase.kind)
  }

  @Test func flagsCapitalsAbbreviationsAndLineStarts() {
    let document = segmented("NATO met Mr. Ode\nthen left")
    let flags = document.tokens.map(\.flags)
    #expect(flags[0].contains(.allCaps) && flags[0].contains(.capitalized) && flags[0].contains(.lineStart))
    #expect(flags[2].contains(.abbreviation))
    #expect(flags[4].contains(.lineStart) && !flags[4].contains(.capitalized))
    #expect(document.tokens.map(\.kind)[0] == .word)
  }

  @Test func tokensPointIntoTheText() {
    let text = "“Żmuda’s claim,” the café owner said — at 3.5%."
    let document = segmented(text)
    for token in document.tokens {
      #expect(!document.text(token.range).isEmpty)
      #expect(document.text(token.range).first?.isWhitespace == false)
    }
    #expect(document.tokenTexts.joined() == text.filter { !$0.isWhitespace })
  }
}

struct TokenizerRobustnessTests {
  @Test(arguments: [
    "رشاش (٢٣) يحرق", "٢٣", "१२३ items", "#حندرات pic.twitter.com/x1", "a\u{0301}\u{200D}\u{FE0F}☎️x",
    "\u{FFFD}\u{0}\u{7F}",
  ])
  func segmentsAnyScriptWithoutStalling(_ text: String) {
    let document = segmented(text)
    #expect(!document.tokens.isEmpty)
    for pair in zip(document.tokens, document.tokens.dropFirst()) {
      #expect(pair.0.range.end <= pair.1.range.start)
      #expect(!pair.0.range.isEmpty)
    }
  }

  @Test func randomTextAlwaysSegmentsWithinItsBounds() {
    var generator = SeededGenerator(seed: 42)
    let alphabet: [Unicode.Scalar] =
      Array("aZ .,;:!?\"'“”‘’«»—–-…()@#/\n\r\t0123456789€%".unicodeScalars) + ["٢", "é", "😀", "\u{0301}", "\u{00A0}"]
    for _ in 0..<300 {
      var text = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 0..<80, using: &generator) {
        text.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)])
      }
      let string = String(text)
      let document = segmented(string)
      let length = UInt32(string.utf8.count)
      #expect(document.tokens.allSatisfy { $0.range.end <= length && !$0.range.isEmpty })
      #expect(document.sentences.allSatisfy { $0.end <= length && !$0.isEmpty })
    }
  }
}

/// A small deterministic random number generator (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

struct LongTokenTests {
  @Test func cutsRunsLongerThanATokenCanBe() {
    let blob = String(repeating: "abcdé", count: 30_000)
    let document = segmented("Start " + blob + " end.")
    #expect(document.tokens.count > 4)
    #expect(document.tokens.allSatisfy { $0.range.length <= Token.maximumLength })
    #expect(document.tokenTexts.dropFirst().dropLast(2).joined() == blob)
  }
}

/// Word ends found eight bytes at a time: before, at and after a block's
/// edge, at the text's end, and where a block holds a byte above ASCII.
struct TokenizerWordEndTests {
  static let cases: [(text: String, tokens: [String], capitalized: [Bool])] = [
    ("abcdefgh", ["abcdefgh"], [false]),
    ("abcdefghi", ["abcdefghi"], [false]),
    ("Abcdefg, hij", ["Abcdefg", ",", "hij"], [true, false, false]),
    ("extraordinarily;then", ["extraordinarily", ";", "then"], [false, false, false]),
    ("(quite)\tsmall\nTown", ["(", "quite", ")", "small", "Town"], [false, false, false, false, true]),
    ("abcdefg’s harbour", ["abcdefg’s", "harbour"], [false, false]),
    ("cafétières closed", ["cafétières", "closed"], [false, false]),
    ("Longwordsinarow.", ["Longwordsinarow", "."], [true, false]),
    ("wordsUPPERafter x", ["wordsUPPERafter", "x"], [false, false]),
    ("Wait", ["Wait"], [true]),
    ("harbourmaster-general's", ["harbourmaster-general's"], [false]),
  ]

  @Test(arguments: cases)
  func endsWordsAtTheirLastLetter(_ testCase: (text: String, tokens: [String], capitalized: [Bool])) {
    let document = segmented(testCase.text)
    #expect(document.tokenTexts == testCase.tokens)
    #expect(document.tokens.map { $0.flags.contains(.capitalized) } == testCase.capitalized)
    #expect(document.tokens.allSatisfy { !$0.flags.contains(.abbreviation) })
  }
}
