import DossierCore
import Foundation
import Testing

/// The quotes of the shared seed articles, when `../shared` exists.
@Suite struct SeedQuoteTests {
  static var available: Bool { SeedArticles.available }

  static func seed(_ prefix: String) throws -> Document? {
    try SeedArticles.article(prefix).map { documentWithQuotes($0.text) }
  }

  /// The name of the entity a quote's speaker resolves to.
  static func speakerName(_ quote: Quote, in document: Document) -> String? {
    quote.speakerEntity.map { document.entities[$0].name }
  }

  @Test(.enabled(if: available)) func everyQuoteIn003HasItsSpeaker() throws {
    let document = try #require(try Self.seed("003"))
    #expect(document.quotes.count >= 6)
    for quote in document.quotes {
      #expect(quote.speaker != nil, "no speaker: \(document.text(quote.range))")
    }
    let names = Set(document.quotes.compactMap { Self.speakerName($0, in: document) })
    #expect(names.contains { $0.hasSuffix("Peskov") })
    #expect(names.contains { $0.hasSuffix("Johnson") })
    let threat = try #require(
      document.quotes.first { document.text($0.range).hasPrefix("Boris, I don’t want to hurt you") })
    #expect(Self.speakerName(threat, in: document)?.hasSuffix("Putin") == true)
    #expect(threat.parent != nil)
  }

  @Test(.enabled(if: available)) func closingParagraphsOf002AreSunaksSpokesmans() throws {
    let document = try #require(try Self.seed("002"))
    let closing = document.paragraphs.suffix(2)
    let quotes = document.quotes.filter { quote in closing.contains { $0.overlaps(quote.range) } }
    #expect(!quotes.isEmpty)
    for quote in quotes {
      #expect(document.speakerText(quote) == "Mr Sunak’s official spokesman")
      #expect(Self.speakerName(quote, in: document)?.contains("Peskov") != true)
    }
    let lastParagraph = try #require(closing.last)
    #expect(quotes.contains { $0.range.overlaps(lastParagraph) })
  }

  @Test(.enabled(if: available)) func unmarkedQuotesIn001() throws {
    let document = try #require(try Self.seed("001"))
    let threat = try #require(
      document.quotes.first { $0.parent == nil && document.text($0.range).hasPrefix("He threatened me at one point") })
    #expect(threat.kind == .unmarked)
    #expect(document.speakerText(threat) == "Johnson")
    #expect(Self.speakerName(threat, in: document)?.hasSuffix("Johnson") == true)
    let plea = try #require(document.quotes.first { document.text($0.range).hasPrefix("If you know that tomorrow") })
    #expect(plea.kind == .unmarked)
    #expect(document.speakerText(plea) == "the Ukrainian leader")
    #expect(Self.speakerName(plea, in: document)?.hasPrefix("Volodymyr Zelens") == true)
  }
}
