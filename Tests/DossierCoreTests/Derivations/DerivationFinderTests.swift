import Testing

@testable import DossierCore

@Suite struct DerivationFinderTests {
  typealias Articles = InventedArticles

  func derivations(_ articles: [(text: String, date: String?)]) -> [Derivation] {
    var corpus = Articles.corpus(articles)
    StoryClusterer().process(&corpus)
    DerivationDetector().process(&corpus)
    return corpus.derivations
  }

  @Test func wireCopyWithCutSentenceIsACopyOfTheEarlierArticle() {
    let found = derivations([(Articles.floodOriginal, "2024-10-02"), (Articles.floodCopy, "2024-10-03")])
    #expect(found.count == 1)
    #expect(found.first?.document == 1)
    #expect(found.first?.source == 0)
    #expect(found.first?.kind == .copy)
    #expect((found.first?.similarity ?? 0) > 0.9)
  }

  @Test func directionFollowsDatesNotInputOrder() {
    let found = derivations([(Articles.floodCopy, "2024-10-04"), (Articles.floodOriginal, "2024-10-02")])
    #expect(found.map(\.document) == [0])
    #expect(found.map(\.source) == [1])
  }

  @Test func spunArticleIsARewrite() {
    let found = derivations([(Articles.floodOriginal, "2024-10-02"), (Articles.floodRewrite, "2024-10-03")])
    #expect(found.count == 1)
    #expect(found.first?.document == 1)
    #expect(found.first?.kind == .rewrite)
    #expect((found.first?.similarity ?? 0) >= 0.6)
  }

  @Test func independentReportOfTheSameEventIsNoDerivation() {
    let found = derivations([(Articles.floodOriginal, "2024-10-02"), (Articles.floodOwnReport, "2024-10-03")])
    #expect(found.isEmpty)
  }

  @Test func rewriteOfACopyIsCreditedToTheOriginal() {
    let found = derivations([
      (Articles.floodOriginal, "2024-10-02"), (Articles.floodCopy, "2024-10-02"),
      (Articles.floodRewrite, "2024-10-03"),
    ])
    #expect(found.contains { $0.document == 2 && $0.source == 0 && $0.kind == .rewrite })
    #expect(!found.contains { $0.document == 2 && $0.source == 1 })
  }

  @Test(arguments: [
    ([UInt64](), [UInt64](), 0.0),
    ([1, 2, 3], [1, 2, 3], 1.0),
    ([1, 2, 3, 4], [3, 4, 5, 6], 2.0 / 6.0),
    ([1, 2], [3, 4], 0.0),
  ])
  func jaccardOfSortedSets(a: [UInt64], b: [UInt64], expected: Double) {
    #expect(abs(DerivationFinder.jaccard(a, b) - expected) < 1e-9)
  }
}
