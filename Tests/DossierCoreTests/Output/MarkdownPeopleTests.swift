import DossierCore
import Testing

struct MarkdownPeopleTests {
  @Test func listsAStorysPeopleWithTheirNamesAndRoles() {
    let text = """
      title: Quay talks

      Port authority spokeswoman Anna Varga said the quay would reopen. Ms Varga \
      met the Dockers Union. Varga said talks went well.
      """
    var document = PlainTextReader().read(Array(text.utf8), path: "a.txt").compactMap { item -> IngestedArticle? in
      if case .article(let article) = item { return article }
      return nil
    }
    document = document + document.map { IngestedArticle(origin: "b.txt", metadata: $0.metadata, text: $0.text) }
    let corpus = Analyzer(jobs: 1).analyze(document)
    let report = MarkdownReport.render(corpus)
    #expect(report.contains("### People and organisations"))
    let row = report.split(separator: "\n").first { $0.hasPrefix("| Anna Varga | person |") }
    #expect(row != nil, "\(report)")
    #expect(row?.contains("Port authority spokeswoman") == true)
    #expect(row?.contains("Ms Varga") == true)
  }
}
