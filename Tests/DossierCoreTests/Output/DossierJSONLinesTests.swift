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

@Suite struct ArrayElementsTests {
  @Test(arguments: [
    (#"{"quotes": []}"#, [String]()),
    (#"{"quotes": [{"a": 1}, {"b": [2, 3]}]}"#, [#"{"a": 1}"#, #"{"b": [2, 3]}"#]),
    (#"{"x": ["a,]}", "b\"]"]}"#, [#""a,]}""#, #""b\"]""#]),
    (#"{"n": [1, null, true]}"#, ["1", "null", "true"]),
  ])
  func splitsTopLevelElements(json: String, expected: [String]) {
    let bytes = Array(json.utf8)
    let parts = DossierJSONLines.arrayElements(bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
    #expect(parts == expected)
  }
}
