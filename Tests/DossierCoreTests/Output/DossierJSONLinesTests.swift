import Testing

@testable import DossierCore

@Suite struct DossierJSONLinesTests {
  @Test func everyLineIsOneItemNamedByItsKey() {
    var corpus = InventedArticles.corpus([
      (InventedArticles.floodOriginal, "2024-10-02"), (InventedArticles.floodCopy, "2024-10-03"),
    ])
    StoryClusterer().process(&corpus)
    DerivationDetector().process(&corpus)
    var bytes: [UInt8] = []
    DossierJSONLines.write(corpus, chunkBytes: 64) { bytes += $0 }
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
    #expect(lines.first?.hasPrefix("{\"format\":") == true)
    #expect(lines.filter { $0.hasPrefix("{\"document\":") }.count == 2)
    #expect(lines.filter { $0.hasPrefix("{\"derivation\":") }.count == 1)
    #expect(lines.filter { $0.hasPrefix("{\"story\":") }.count == corpus.stories.count)
    #expect(lines.count == 1 + 2 + 1 + corpus.stories.count)
  }
}
