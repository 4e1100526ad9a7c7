import Testing

@testable import DossierCore

/// How quotation marks pair into quotes where the marks are odd: runs of
/// marks, opening marks written for closing ones, and long documents with
/// many attributions.
@Suite struct QuoteMarkPairingTests {
  /// The number of quotes above `quote` in its chain of parents.
  func depth(of quote: Quote, in document: Document) -> Int {
    var depth = 0
    var parent = quote.parent
    while let index = parent {
      depth += 1
      parent = document.quotes[index].parent
    }
    return depth
  }

  @Test(arguments: [3, 6, 12, 400])
  func nestingStopsAtTheDeepestLevel(levels: Int) {
    // Each level opens in the one before and every mark closes.
    let opening = (1...levels).map { "“level \($0) says " }.joined()
    let text = "The clerk read: " + opening + "stop" + String(repeating: "”", count: levels) + " and sat down."
    let document = documentWithQuotes(text)
    let deepest = document.quotes.map { depth(of: $0, in: document) }.max() ?? -1
    #expect(deepest == min(levels, QuoteScanner.deepestNesting) - 1, "\(document.quoteSummary)")
    // The outer levels keep their words.
    #expect(document.quotes.contains { document.text($0.range).hasPrefix("level 1 says") })
  }

  @Test func openingMarksWrittenForClosingOnesMakeQuotesSideBySide() throws {
    // Four quotes, each opened and "closed" with an opening mark.
    let text = """
      The coach said “we trained well “ and then “the rain came “ before \
      “the bus broke down “ and “we walked home “ in the end.
      """
    let document = documentWithQuotes(text)
    let words = ["we trained well", "the rain came", "the bus broke down", "we walked home"]
    for phrase in words {
      let quote = try #require(
        document.quotes.first { document.text($0.range).contains(phrase) }, "\(document.quoteSummary)")
      #expect(quote.parent == nil, "\(phrase) nests: \(document.quoteSummary)")
    }
  }

  @Test(arguments: [5, 31, 32, 33, 90])
  func resolvedSpeakersAreFoundPastTheList(count: Int) {
    var resolved = QuoteExtractor.ResolvedSpeakers()
    let ranges = (0..<count).map { index -> TextRange in
      let start = UInt32(index) * 10
      return TextRange(start: start, end: start + 4)
    }
    for (index, range) in ranges.enumerated() { resolved.record(range, index % 3 == 0 ? nil : index) }
    for (index, range) in ranges.enumerated() {
      let found: Int?? = resolved.entity(of: range)
      let expected: Int? = index % 3 == 0 ? nil : index
      #expect(found == .some(expected), "speaker \(index) of \(count)")
    }
    #expect(resolved.entity(of: TextRange(start: 5, end: 7)) == nil)
  }

  /// A pronoun speaker looks back three sentences, however long the
  /// document around it is.
  @Test(arguments: [0, 1, 2])
  func pronounSpeakerReachesBackThreeSentencesInALongDocument(fillers: Int) throws {
    let before = String(repeating: "Maria Lopez visited the plant. ", count: 150)
    let filler = String(repeating: "The trucks waited at the gate. ", count: fillers)
    let after = String(repeating: "Tomas Vereb counted the boxes. ", count: 150)
    let text = "\(before)\n\nMs Anna Kowal arrived at dawn. \(filler)“We are ready,” she said.\n\n\(after)"
    let document = documentWithQuotes(text)
    let quote = try #require(
      document.quotes.first { document.text($0.range).hasPrefix("We are ready") }, "\(document.quoteSummary)")
    let speaker = quote.speakerEntity.map { document.entities[$0].name }
    #expect(speaker == "Anna Kowal")
  }

  /// `and said` inside quoted words is the quoted speaker's report, not a
  /// second report of the outer speaker.
  @Test func andSaidInsideQuotedWordsStaysInTheReport() throws {
    let text = "Ms Brandt claimed that the envoy “looked at me and said, ‘Leave the port now’” before the talks."
    let document = documentWithQuotes(text)
    let report = try #require(
      document.quotes.first { document.text($0.range).hasPrefix("that the envoy") }, "\(document.quoteSummary)")
    #expect(document.text(report.range).contains("and said"), "\(document.quoteSummary)")
    #expect(document.speakerText(report) == "Ms Brandt")
  }
}
