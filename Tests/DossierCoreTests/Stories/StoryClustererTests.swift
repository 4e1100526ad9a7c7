import DossierCore
import Testing

@Suite struct StoryClustererTests {
  typealias Articles = InventedArticles

  func stories(_ articles: [(text: String, date: String?)]) -> [[Int]] {
    var corpus = Articles.corpus(articles)
    StoryClusterer().process(&corpus)
    return corpus.stories.map(\.documents)
  }

  @Test func twoFloodsInOneWeekAreTwoStories() {
    let found = stories([
      (Articles.floodOriginal, "2024-10-02"),
      (Articles.otherFloodFirst, "2024-10-02"),
      (Articles.floodOwnReport, "2024-10-03"),
      (Articles.otherFloodSecond, "2024-10-03"),
      (Articles.otherFloodThird, "2024-10-04"),
      (Articles.floodRewrite, "2024-10-03"),
    ])
    #expect(found == [[0, 2, 5], [1, 3, 4]])
  }

  @Test func undatedArticleJoinsByContent() {
    let found = stories([
      (Articles.otherFloodFirst, "2024-10-02"),
      (Articles.floodOriginal, "2024-10-02"),
      (Articles.otherFloodSecond, nil),
      (Articles.floodOwnReport, nil),
    ])
    #expect(found == [[0, 2], [1, 3]])
  }

  @Test func storyClosesAfterAQuietPeriod() {
    let found = stories([
      (Articles.otherFloodFirst, "2024-03-02"),
      (Articles.otherFloodSecond, "2024-10-03"),
    ])
    #expect(found == [[0], [1]])
  }

  @Test func everyDocumentIsInExactlyOneStory() {
    var corpus = Articles.corpus([
      (Articles.floodOriginal, "2024-10-02"), (Articles.otherFloodFirst, nil), (Articles.floodCopy, nil),
    ])
    StoryClusterer().process(&corpus)
    #expect(corpus.stories.flatMap(\.documents).sorted() == [0, 1, 2])
    #expect(corpus.stories.map(\.id) == (1...corpus.stories.count).map { "s\($0)" })
  }

  @Test func titleIsTheHeadlineOfTheMostRepresentativeArticle() {
    var corpus = Articles.corpus([(Articles.otherFloodFirst, "2024-10-02"), (Articles.otherFloodSecond, "2024-10-03")])
    corpus.documents[1].metadata.title = "Army helicopters lift eleven from roofs along the Dul"
    corpus.documents[0].metadata.title = "Dul floods Tirnava"
    StoryClusterer().process(&corpus)
    #expect(corpus.stories.count == 1)
    #expect(
      ["Dul floods Tirnava", "Army helicopters lift eleven from roofs along the Dul"].contains(corpus.stories[0].title))
  }
}
