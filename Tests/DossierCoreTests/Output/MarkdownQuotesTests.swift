import DossierCore
import Testing

@Suite struct MarkdownQuotesTests {
  @Test func reportListsWhoSaidWhat() {
    let article = IngestedArticle(
      origin: "harbour.txt", metadata: DocumentMetadata(),
      text: "Harbour master Ines Duarte spoke on Monday.\n\n“The pier is unsafe,” Ms Duarte said.")
    let corpus = Analyzer(jobs: 1).analyze([article])
    let report = MarkdownReport.render(corpus)
    #expect(report.contains("### Who said what"))
    #expect(report.contains("| direct | “The pier is unsafe” | d1 |"))
    #expect(report.contains("Duarte"))
  }

  @Test func noSectionWithoutQuotes() {
    let article = IngestedArticle(
      origin: "plain.txt", metadata: DocumentMetadata(), text: "The pier reopened on Monday after repairs.")
    let report = MarkdownReport.render(Analyzer(jobs: 1).analyze([article]))
    #expect(!report.contains("Who said what"))
  }
}
