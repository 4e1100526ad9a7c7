import Testing

@testable import DossierCore

@Suite("Publication date inference")
struct PublicationDateInferrerTests {
  static let cases: [(text: String, expected: String?)] = [
    ("OSLO, March 7 (Wire) - The fjord froze over, officials said on Sept. 1, 2023.", "2023-03-07"),
    ("OSLO, March 7, 2021 (Wire) - The fjord froze over.", "2021-03-07"),
    (
      "The ferry company apologised.\nWe are sorry for the delays.\n— Ferry Line (@ferryline) June 5, 2021\nPassengers waited for hours.",
      "2021-06-05"
    ),
    (
      "On Saturday evening the choir sang at the station. The hall reopened on May 2, 2019 after repairs. The choir formed on June 1, 2019.",
      "2019-06-01"
    ),
    (
      "On Thursday the choir sang. The hall reopened on May 2, 2019 after repairs. The choir formed on June 1, 2019.",
      "2019-05-02"
    ),
    ("The choir sang at the station on Saturday.", nil),
    ("The hall reopened on May 2, 2019 after repairs.", nil),
  ]

  @Test("Datelines, embeds and full dates give the date", arguments: cases.indices)
  func infers(_ index: Int) {
    let row = Self.cases[index]
    let document = TimeTestSupport.document(row.text, published: nil)
    #expect(document.metadata.published.date?.description == row.expected)
    #expect(document.metadata.published.basis == (row.expected == nil ? .none : .text))
  }

  @Test("Relative expressions resolve against the inferred date")
  func resolvesAgainstInferred() {
    let text =
      "On Friday morning the minister met the strikers.\n— Minister (@minister) March 8, 2024\nHe had visited them on Thursday."
    let document = TimeTestSupport.document(text, published: nil)
    #expect(document.metadata.published.date?.description == "2024-03-08")
    #expect(TimeTestSupport.timex("Friday morning", in: document)?.value == "2024-03-08TMO")
    #expect(TimeTestSupport.timex("Thursday", in: document)?.value == "2024-03-07")
  }

  @Test("A date from metadata is kept")
  func keepsMetadata() {
    let document = TimeTestSupport.document("OSLO, March 7, 2021 (Wire) - The fjord froze.", published: "2021-03-09")
    #expect(document.metadata.published.date?.description == "2021-03-09")
    #expect(document.metadata.published.basis == .metadata)
  }
}
