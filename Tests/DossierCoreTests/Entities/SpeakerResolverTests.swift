import DossierCore
import Testing

@Suite struct SpeakerResolverTests {
  @Test func existingMentionResolvesToItsEntity() throws {
    let marked = MarkedText("[[Mr Hallworth]] said the bridge was safe.")
    var document = analyzedDocument(marked.text)
    let count = document.mentions.count
    let entity = try #require(SpeakerResolver.resolve(marked.spans[0], in: &document))
    #expect(document.entities[entity].name == "Hallworth")
    #expect(document.mentions.count == count)
  }

  @Test func anIndefiniteSpeakerGetsANewEntityAndMention() throws {
    let marked = MarkedText("Clara Osei left early. The ferries will run, [[a harbour official]] said.")
    var document = analyzedDocument(marked.text)
    let entity = try #require(SpeakerResolver.resolve(marked.spans[0], in: &document))
    #expect(document.entities[entity].name == "harbour official")
    #expect(document.entities[entity].type == .person)
    #expect(document.mention(at: marked.spans[0])?.entity == entity)
  }

  @Test func aNameMissedByTheStageIsLinked() throws {
    let marked = MarkedText("Clara Osei left. [[Osei]] said nothing.")
    var document = analyzedDocument(marked.text)
    let original = document
    document.mentions.removeAll { original.text($0.range) == "Osei" }
    let entity = try #require(SpeakerResolver.resolve(marked.spans[0], in: &document))
    #expect(document.entities[entity].name == "Clara Osei")
    #expect(document.mention(at: marked.spans[0])?.kind == .name)
  }

  @Test func aPronounIsResolvedToTheSalientPerson() throws {
    let marked = MarkedText("Mrs Dunmore met the press. [[She]] said the talks went well.")
    var document = analyzedDocument(marked.text)
    document.mentions.removeAll { $0.kind == .pronoun }
    let entity = try #require(SpeakerResolver.resolve(marked.spans[0], in: &document))
    #expect(document.entities[entity].name == "Dunmore")
  }

  @Test func firstPersonNeedsTheEnclosingSpeaker() throws {
    let marked = MarkedText("Clara Osei said: “Then [[I]] told them so.”")
    var document = analyzedDocument(marked.text)
    #expect(SpeakerResolver.resolve(marked.spans[0], in: &document) == nil)
    let osei = try #require(document.entities.firstIndex { $0.name == "Clara Osei" })
    #expect(SpeakerResolver.resolve(marked.spans[0], in: &document, enclosingSpeaker: osei) == osei)
  }

  @Test func itResolvesToTheLatestOrganisation() throws {
    let marked = MarkedText("The Fisheries Council met on Monday. [[It]] said the quota would change.")
    var document = analyzedDocument(marked.text)
    let entity = try #require(SpeakerResolver.resolve(marked.spans[0], in: &document))
    #expect(document.entities[entity].name == "Fisheries Council")
  }

  @Test func aPhraseThatNamesNoSpeakerIsNil() {
    let marked = MarkedText("Clara Osei left. [[The statement]] said the ferries would run.")
    var document = analyzedDocument(marked.text)
    #expect(SpeakerResolver.resolve(marked.spans[0], in: &document) == nil)
  }

  @Test func aPossessorsSpokesmanIsNotAnotherCountrysSpokesman() throws {
    let marked = MarkedText(
      "Kremlin spokesman Anton Belov denied it. Later, as asked, [[Mr Harlow’s spokesman]] said more.")
    var document = analyzedDocument(marked.text)
    let original = document
    document.mentions.removeAll { $0.kind == .descriptor && original.text($0.range).hasPrefix("Mr Harlow") }
    let entity = try #require(SpeakerResolver.resolve(marked.spans[0], in: &document))
    #expect(document.entities[entity].name != "Anton Belov")
  }

  @Test func aPronounSpeakerSkipsThePeopleInsideTheQuote() throws {
    let marked = MarkedText(
      "Harbour board spokesman Anton Belov said there was no threat. "
        + "[[You have to ask Mr Carver why he chose it, or he did not understand]], [[he]] said.")
    var document = analyzedDocument(marked.text)
    let belov = try #require(document.entities.firstIndex { $0.name == "Anton Belov" })
    #expect(SpeakerResolver.resolve(marked.spans[1], in: &document, quote: marked.spans[0]) == belov)
    #expect(document.mention(at: marked.spans[1])?.entity == belov)
  }
}
