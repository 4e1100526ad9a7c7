import DossierCore
import Testing

/// A session keeps linking records between speakers; each of its answers,
/// and the document it leaves, must be those of resolving one speaker at a
/// time without one.
@Suite struct SpeakerResolverSessionTests {
  static let texts = [
    """
    Clara Osei left the harbour early. [[A harbour official]] said the ferries would run. \
    [[Osei]] said nothing. Later [[the official]] added that [[she]] had been told. \
    [[Mrs Dunmore]] of the Fisheries Council said the quota would change, and [[it]] said so again.
    """,
    """
    The Velmar Ports Authority met on Monday. [[Its spokeswoman]] said the berths were full. \
    [[Tomas Ferreira]], the authority's chairman, said [[he]] would resign. [[Ferreira]] said \
    the board agreed. [[The chairman]] said more. [[A union leader]] said the strike would go on, \
    and [[the union leader]] said [[they]] would not move.
    """,
    """
    [[Dr Ines Kovač]] said the river was rising. [[Kovač]] said the dams held. \
    [[The hydrologist]] said the rain would stop. [[Mr Olufemi Adebayo]] said [[he]] doubted it; \
    [[Adebayo]] said [[I]] was wrong.
    """,
  ]

  @Test(arguments: texts)
  func aSessionAnswersAsSeparateResolutions(_ marked: String) {
    let text = MarkedText(marked)
    var alone = analyzedDocument(text.text)
    var shared = alone
    var session = SpeakerResolver.Session()
    var previous: Int?
    for span in text.spans {
      let expected = SpeakerResolver.resolution(span, in: &alone, enclosingSpeaker: previous)
      let found = session.resolution(span, in: &shared, enclosingSpeaker: previous)
      #expect(found?.entity == expected?.entity)
      #expect(found?.confidence == expected?.confidence)
      #expect(shared.entities == alone.entities)
      #expect(shared.mentions == alone.mentions)
      previous = expected?.entity ?? previous
    }
  }

  @Test func aSessionLinksANewSpeakerItMadeBefore() throws {
    let text = MarkedText("Rain fell. [[A ferry captain]] said the port shut. [[The captain]] said it would reopen.")
    var document = analyzedDocument(text.text)
    var session = SpeakerResolver.Session()
    let first = try #require(session.resolve(text.spans[0], in: &document))
    #expect(session.resolve(text.spans[1], in: &document) == first)
  }

  @Test func aSpeakerPhraseAroundANameAddsNoSecondMentionOfIt() throws {
    let text = MarkedText("Rain fell. [[Captain Eriksen of the ferry line]] said the port shut.")
    var document = analyzedDocument(text.text)
    var session = SpeakerResolver.Session()
    let entity = try #require(session.resolve(text.spans[0], in: &document))
    let ranges = document.mentions.filter { $0.entity == entity }.map(\.range)
    #expect(!ranges.isEmpty)
    #expect(ranges.count == Set(ranges).count)
  }
}
