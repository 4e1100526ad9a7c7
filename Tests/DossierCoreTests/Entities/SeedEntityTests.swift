import DossierCore
import Foundation
import Testing

/// Checks on the shared seed articles, when `../shared` exists.
@Suite struct SeedEntityTests {
  static var available: Bool { SeedArticles.available }

  static func seed(_ prefix: String) throws -> Document? {
    try SeedArticles.article(prefix).map { analyzedDocument($0.text) }
  }

  @Test(.enabled(if: available), arguments: ["000", "001", "002", "003", "004"])
  func oneEntityPerPerson(_ prefix: String) throws {
    let document = try #require(try Self.seed(prefix))
    for surname in ["Johnson", "Putin", "Peskov"] {
      let people = document.entities(named: surname).filter { document.entities[$0].type == .person }
      #expect(people.count <= 1, "\(surname) in \(prefix): \(people.map { document.entities[$0].name })")
    }
  }

  @Test(.enabled(if: available)) func sunaksSpokesmanIsNotPeskov() throws {
    let document = try #require(try Self.seed("002"))
    let spokesman = try #require(
      document.mentions.first { document.text($0.range).hasPrefix("Mr Sunak’s official spokesman") })
    let peskov = try #require(document.entities.firstIndex { $0.name == "Dmitry Peskov" })
    #expect(spokesman.entity != peskov)
  }

  /// `the Russian leader` and `the Kremlin leader` are Putin, not the former
  /// prime minister mentioned last.
  @Test(.enabled(if: available)) func russianLeaderIsPutin() throws {
    let document = try #require(try Self.seed("000"))
    let putin = try #require(document.entities.firstIndex { $0.name == "Vladimir Putin" })
    let leaders = document.mentions.filter {
      let text = document.text($0.range)
      return text == "the Russian leader" || text == "the Kremlin leader"
    }
    #expect(leaders.count == 2)
    for mention in leaders { #expect(mention.entity == putin, "\(document.text(mention.range))") }
  }
}
