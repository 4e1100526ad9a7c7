import Testing

@testable import DossierCore

/// Linking speakers against the whole document has a budget per document,
/// so that one enormous document cannot take quadratic time.
@Suite struct SpeakerResolverBudgetTests {
  static let marked =
    "Rain fell. [[Captain Eriksen of the ferry line]] said the port shut. [[Harbour staff]] said it would reopen."

  @Test func linksEverySpeakerWithinTheBudget() throws {
    let text = MarkedText(Self.marked)
    var document = analyzedDocument(text.text)
    #expect(text.spans.allSatisfy { SpeakerResolver.existingMention(covering: $0, in: document) == nil })
    var session = SpeakerResolver.Session()
    let captain = try #require(session.resolve(text.spans[0], in: &document))
    let staff = try #require(session.resolve(text.spans[1], in: &document))
    #expect(captain != staff)
  }

  @Test func leavesSpeakersUnresolvedOnceTheBudgetIsSpent() throws {
    let text = MarkedText(Self.marked)
    var document = analyzedDocument(text.text)
    let oneLink = document.entities.count + document.mentions.count + 1
    var session = SpeakerResolver.Session(reusingRecords: true, linkingBudget: oneLink)
    #expect(session.resolve(text.spans[0], in: &document) != nil)
    let mentions = document.mentions
    #expect(session.resolve(text.spans[1], in: &document) == nil)
    #expect(document.mentions == mentions)
  }

  @Test func aSpeakerAMentionCoversNeedsNoBudget() throws {
    let text = MarkedText("[[Clara Osei]] left early. [[Osei]] said the ferries would run.")
    var document = analyzedDocument(text.text)
    var session = SpeakerResolver.Session(reusingRecords: true, linkingBudget: 0)
    let entity = try #require(session.resolve(text.spans[1], in: &document))
    #expect(document.text(document.mentions.first { $0.entity == entity }!.range) == "Clara Osei")
  }
}
