import Testing

@testable import DossierCore

@Suite("Story timeline")
struct TimelineBuilderTests {
  /// The texts as one story, with its timeline. `tokenFree` prepares the
  /// documents as the standard pipeline does: dated events found by the
  /// document stage, tokens dropped.
  func corpus(_ texts: [(String, String?)], tokenFree: Bool = false) -> Corpus {
    let documents = texts.enumerated().map { index, row in
      var document = TimeTestSupport.document(row.0, published: row.1)
      document.id = "d\(index + 1)"
      if tokenFree {
        DatedEventFinder().process(&document)
        document.tokens = []
      }
      return document
    }
    var corpus = Corpus(documents: documents)
    corpus.stories = [Story(id: "s1", title: "One story", documents: Array(corpus.documents.indices))]
    TimelineBuilder().process(&corpus)
    return corpus
  }

  @Test("Entries with the same value and participants merge across articles")
  func merges() {
    let corpus = corpus([
      ("Nordbank bought Elmwood on Monday.", "2024-03-13"),
      ("Nordbank bought Elmwood on March 11, 2024, for a large sum.", "2024-03-14"),
    ])
    let timeline = corpus.stories[0].timeline
    #expect(timeline.count == 1)
    #expect(timeline.first?.value == "2024-03-11")
    #expect(timeline.first?.evidence.map(\.document) == [0, 1])
  }

  @Test("A value containing another merges, and the precise value wins")
  func mergesContainedValues() {
    let corpus = corpus([
      ("Nordbank bought Elmwood in March 2024.", "2024-04-02"),
      ("Nordbank bought Elmwood on March 11, 2024.", "2024-04-03"),
    ])
    let timeline = corpus.stories[0].timeline
    #expect(timeline.count == 1)
    #expect(timeline.first?.value == "2024-03-11")
  }

  @Test("Different participants or dates stay apart, ordered by date with their granularity")
  func ordersAndSeparates() {
    let corpus = corpus([
      ("Nordbank bought Elmwood on March 11, 2024. Elmwood sold Ashgrove in 2021.", "2024-03-13"),
      ("Harbor Trust bought Elmwood on March 11, 2024.", "2024-03-14"),
    ])
    let timeline = corpus.stories[0].timeline
    #expect(timeline.map(\.value) == ["2021", "2024-03-11", "2024-03-11"])
    #expect(timeline.first?.text == "Elmwood sold Ashgrove")
  }

  @Test("Statements without named participants merge only when they say the same")
  func mergesUnnamedStatements() {
    let corpus = corpus([
      ("the pipeline stopped on March 1, 2025.", "2025-03-02"),
      ("the pipeline stopped on March 1, 2025.", "2025-03-03"),
      ("the valve opened on March 1, 2025.", "2025-03-03"),
    ])
    let timeline = corpus.stories[0].timeline
    #expect(timeline.count == 2)
    #expect(timeline.first?.evidence.count == 2)
  }

  @Test("The event text is the main clause without the date phrase")
  func eventText() {
    let corpus = corpus([("After weeks of talks, Nordbank bought Elmwood on Monday, the bank said.", "2024-03-13")])
    #expect(corpus.stories[0].timeline.first?.text == "Nordbank bought Elmwood")
  }

  @Test("A date in a relative clause gives way to the main clause's date")
  func relativeClauseDate() {
    let corpus = corpus([("Nordbank, which bought Ashgrove in 2021, sold Elmwood on March 11, 2024.", "2024-03-13")])
    #expect(corpus.stories[0].timeline.map(\.value) == ["2024-03-11"])
    #expect(corpus.stories[0].timeline.first?.text == "Nordbank sold Elmwood")
  }

  @Test("A participle after the subject is left out of the event text")
  func participleInsertion() {
    let corpus = corpus([
      ("The mayor, asked about the bridge on Monday, said the repairs would start soon.", "2024-03-13")
    ])
    #expect(corpus.stories[0].timeline.first?.text == "The mayor said the repairs would start soon")
  }

  @Test("Vague days later stay in the month the text named, without a dangling modifier")
  func vagueDaysLater() {
    let corpus = corpus([
      ("In early February 2024, the river froze. The thaw came only days later, with floods.", "2024-05-01")
    ])
    let thaw = corpus.stories[0].timeline.first { $0.text.hasPrefix("The thaw") }
    #expect(thaw?.value == "2024-02")
    #expect(thaw?.text == "The thaw came")
  }

  /// Sentences and the event text the timeline shows for them.
  static let appositions: [(String, String)] = [
    ("William Burns, director of the agency, arrived in Velna on November 2, 2021.", "William Burns arrived in Velna"),
    (
      "Its chairwoman, Marta Lenk, opened the harbour on March 3, 2024.",
      "Its chairwoman, Marta Lenk, opened the harbour"
    ),
    (
      "The mediator, Dr. Ana Ruiz, a professor of law, was appointed on Tuesday.",
      "The mediator, Dr. Ana Ruiz, was appointed"
    ),
    ("Globally, ferry sales rose by a third in 2023, the group said.", "Globally, ferry sales rose by a third"),
    ("HARBOURTON, (Coast Wire) - The ferry sank on March 3, 2024.", "The ferry sank"),
    ("The deal was reached shortly before midnight on Monday.", "The deal was reached"),
  ]

  @Test("Appositions, datelines and what the date leaves behind", arguments: appositions)
  func appositionText(_ row: (String, String)) {
    let corpus = corpus([(row.0, "2024-03-13")])
    #expect(corpus.stories[0].timeline.first?.text == row.1)
  }

  @Test("A relative date in words quoted as spoken dates no event")
  func quotedRelativeDate() {
    let quoted = "Why not act today, before it is too late?"
    var document = TimeTestSupport.document(
      quoted + " the minister asked. The port closed on March 3, 2024.", published: "2024-03-13")
    document.quotes = [Quote(range: TextRange(start: 0, end: UInt32(quoted.utf8.count)), kind: .unmarked)]
    #expect(TimeTestSupport.timex("today", in: document) != nil)
    #expect(DatedEventFinder.events(in: document).map(\.value) == ["2024-03-03"])
  }

  @Test("An undated article borrows its story's date")
  func borrowsStoryDate() {
    let corpus = corpus([
      ("Nordbank bought Elmwood on Monday.", "2024-03-13"),
      ("Elmwood staff heard the news on Tuesday.", nil),
    ])
    #expect(corpus.documents[1].metadata.published.basis == .story)
    #expect(corpus.documents[1].timexes.first?.value == "2024-03-12")
    #expect(corpus.documents[1].timexes.first?.anchor == .story)
  }

  @Test("The stages declare dated events instead of tokens")
  func layers() {
    #expect(DatedEventFinder().requires == [.tokens, .sentences, .timexes])
    #expect(DatedEventFinder().produces == [.datedEvents])
    #expect(TimelineBuilder().requires == [.datedEvents, .timexes, .stories])
  }

  @Test("Without tokens the timeline is the same as with them")
  func tokenFreeTimeline() {
    let texts: [(String, String?)] = [
      ("Nordbank bought Elmwood on March 11, 2024. Elmwood sold Ashgrove in 2021.", "2024-03-13"),
      ("“We bought it on March 11, 2024,” Nordbank said. Harbor Trust bought Elmwood on March 11, 2024.", "2024-03-14"),
    ]
    let withTokens = corpus(texts).stories[0].timeline
    let tokenFree = corpus(texts, tokenFree: true)
    #expect(tokenFree.documents.allSatisfy { $0.tokens.isEmpty })
    #expect(tokenFree.stories[0].timeline == withTokens)
    #expect(withTokens.map(\.value) == ["2021", "2024-03-11", "2024-03-11"])
  }

  @Test("An undated article without tokens is segmented again to borrow its story's date")
  func borrowsStoryDateWithoutTokens() {
    let corpus = corpus(
      [("Nordbank bought Elmwood on Monday.", "2024-03-13"), ("Elmwood staff heard the news on Tuesday.", nil)],
      tokenFree: true)
    #expect(corpus.documents[1].metadata.published.basis == .story)
    #expect(corpus.documents[1].timexes.first?.value == "2024-03-12")
    #expect(corpus.documents[1].timexes.first?.anchor == .story)
    // The copy it was read from had tokens; the document keeps none.
    #expect(corpus.documents[1].tokens.isEmpty)
    #expect(corpus.documents[1].datedEvents?.map(\.value) == ["2024-03-12"])
    let entry = corpus.stories[0].timeline.first { $0.value == "2024-03-12" }
    #expect(entry?.text == "Elmwood staff heard the news")
    #expect(entry?.evidence.map(\.document) == [1])
  }

  @Test("The Markdown report shows the timeline")
  func markdown() {
    let corpus = corpus([("Nordbank bought Elmwood on Monday.", "2024-03-13")])
    let report = MarkdownReport.render(corpus)
    #expect(report.contains("### Timeline"))
    #expect(report.contains("**2024-03-11** Nordbank bought Elmwood (d1)"))
  }
}
