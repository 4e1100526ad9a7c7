import DossierCore
import Testing

struct MetadataHeaderTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var file: String
    var title: String?
    var source: String?
    var url: String?
    var date: String?
    var text: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "colon form",
      file:
        "title: Dock strike ends\nsource: Harbour Gazette\ndate: 2025-03-14\nurl: https://example.org/a\n\nThe strike ended.",
      title: "Dock strike ends", source: "Harbour Gazette", url: "https://example.org/a", date: "2025-03-14",
      text: "The strike ended."),
    Case(
      name: "colon form, any case, published with time",
      file: "Title: Ferry late\nPUBLISHED: 2024-11-02T08:30:00Z\n\nThe ferry was late.",
      title: "Ferry late", date: "2024-11-02", text: "The ferry was late."),
    Case(
      name: "space form",
      file: "title Ferry late again\nsource Northline Wire\npublished 2024-11-03\n\nIt was late again.",
      title: "Ferry late again", source: "Northline Wire", date: "2024-11-03", text: "It was late again."),
    Case(
      name: "one-line form",
      file: " date 2023-05-06 The council met on Friday.\n\nIt voted.",
      date: "2023-05-06", text: "The council met on Friday.\n\nIt voted."),
    Case(
      name: "one-line form, headline",
      file: " date 2023-05-06 Live\n\nThe count continues.",
      date: "2023-05-06", text: "Live\n\nThe count continues."),
    Case(
      name: "CRLF header",
      file: "title: Rain\r\ndate: 2022-01-09\r\n\r\nIt rained.\r\n",
      title: "Rain", date: "2022-01-09", text: "It rained.\r\n"),
    Case(
      name: "no header",
      file: "Title IX rules changed on Monday.\n\nSchools reacted.",
      text: "Title IX rules changed on Monday.\n\nSchools reacted."),
    Case(
      name: "a sentence that starts with a key word",
      file: "Source code was leaked.\n\nNobody knows by whom.",
      text: "Source code was leaked.\n\nNobody knows by whom."),
    Case(
      name: "date that is not a date in space form",
      file: "Date night is back.\n\nRestaurants are full.",
      text: "Date night is back.\n\nRestaurants are full."),
  ]

  @Test(arguments: cases)
  func readsHeader(_ testCase: Case) throws {
    let items = PlainTextReader().read(Array(testCase.file.utf8), path: "a.txt")
    let article = try #require(items.first.flatMap { if case .article(let a) = $0 { a } else { nil } })
    #expect(article.metadata.title == testCase.title)
    #expect(article.metadata.source == testCase.source)
    #expect(article.metadata.url == testCase.url)
    #expect(article.metadata.published.date?.description == testCase.date)
    #expect(article.metadata.published.basis == (testCase.date == nil ? .none : .header))
    #expect(article.text == testCase.text)
  }

  @Test func headerWithoutTextIsAProblem() {
    let items = PlainTextReader().read(Array("title: Nothing\ndate: 2024-01-01\n\n".utf8), path: "x.txt")
    #expect(items == [.problem(IngestProblem(location: "x.txt", problem: "no article text after the metadata header"))])
  }
}
