import DossierCore
import Testing

/// The whole pipeline on generated news-like text full of the things that
/// trip analysers (stray and nested quotation marks, dashes, titles,
/// dates, handles, empty lines): it must never trap, and every layer must
/// stay consistent with the text and with the other layers.
struct AnalyzerRobustnessTests {
  static let pieces: [String] = [
    "Mr", "Mr.", "Ms Varga", "Anton Belov", "the Kremlin", "spokesman", "the Kardovian leader", "he", "she",
    "they", "it", "said", "told reporters", "denied", "according to", "claimed that", "“", "”", "‘", "’", "\"",
    "'", ",", ".", "?", "!", "—", "–", "-", "…", "(", ")", ":", ";", "\n", "\n\n", "on Monday", "last February",
    "Feb. 24", "2 March 2022", "2022-02-02", "at 3 p.m.", "two weeks ago", "the 1990s", "every Monday", "now",
    "nine days later", "@kardovia", "#vote", "https://example.org/a?b=c", "pic.twitter.com/x", "3.5", "1,000",
    "10.5%", "U.S.", "J. K. Brix", "MOSCOW, Jan 30 (Reuters) -", "— Tomas Varga (@varga) February 2, 2022",
    "Lisbon", "NATO", "North Atlantic Treaty Organization", "é", "😀", "\u{00A0}", "the", "a", "of", "was",
  ]

  static func text(_ generator: inout SeededGenerator) -> String {
    (0..<Int.random(in: 0..<120, using: &generator)).map { _ in
      pieces[Int.random(in: 0..<pieces.count, using: &generator)]
    }.joined(separator: Bool.random(using: &generator) ? " " : "")
  }

  @Test func generatedArticlesKeepEveryLayerConsistent() throws {
    var generator = SeededGenerator(seed: 7)
    let articles = (0..<160).map { index in
      var metadata = DocumentMetadata()
      if index % 3 == 0 {
        metadata.published = PublishedDate(date: CalendarDate(year: 2023, month: 1, day: 31), basis: .header)
      }
      return IngestedArticle(origin: "g\(index)", metadata: metadata, text: Self.text(&generator))
    }
    let corpus = Analyzer(jobs: 2).analyze(articles)
    for document in corpus.documents {
      let length = UInt32(document.text.utf8.count)
      func inside(_ range: TextRange) -> Bool { range.start <= range.end && range.end <= length }
      #expect(document.sentences.allSatisfy(inside))
      #expect(document.mentions.allSatisfy { inside($0.range) && $0.entity < document.entities.count })
      #expect(document.timexes.allSatisfy { inside($0.range) && !$0.value.isEmpty })
      for (index, quote) in document.quotes.enumerated() {
        #expect(inside(quote.range))
        #expect(quote.cue.map(inside) ?? true)
        #expect(quote.speaker.map(inside) ?? true)
        #expect(quote.speakerEntity.map { $0 < document.entities.count } ?? true)
        #expect(quote.parent.map { $0 < index } ?? true)
      }
    }
    // Stories partition the documents.
    let storied = corpus.stories.flatMap(\.documents).sorted()
    #expect(storied == Array(corpus.documents.indices))
    for entity in corpus.entities {
      #expect(
        entity.members.allSatisfy {
          $0.document < corpus.documents.count && $0.entity < corpus.documents[$0.document].entities.count
        })
    }
    #expect(
      corpus.derivations.allSatisfy { $0.document < corpus.documents.count && $0.source < corpus.documents.count })
    // The output is well-formed JSON.
    let json = DossierJSON.encode(corpus)
    _ = try json.withUnsafeBufferPointer { try JSONParser.parse(bytes: $0) }
  }
}
