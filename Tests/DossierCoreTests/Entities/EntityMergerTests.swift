import Testing

@testable import DossierCore

/// Each case is a list of documents, each a list of in-document entities
/// written `type:name|alias,alias|descriptor,descriptor`; the expected
/// result lists the merged entities' names with their members' names.
struct EntityMergerTests {
  static func document(_ index: Int, _ entities: [String]) -> Document {
    var document = Document(id: "d\(index + 1)", origin: "t", metadata: DocumentMetadata(), text: "x")
    for (entityIndex, spec) in entities.enumerated() {
      let parts = spec.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
      let head = parts[0].split(separator: ":", maxSplits: 1).map(String.init)
      let type = EntityType(rawValue: head[0]) ?? .other
      let aliases = parts.count > 1 && !parts[1].isEmpty ? parts[1].split(separator: ",").map(String.init) : []
      let descriptors = parts.count > 2 && !parts[2].isEmpty ? parts[2].split(separator: ",").map(String.init) : []
      document.entities.append(LocalEntity(name: head[1], type: type, aliases: aliases, descriptors: descriptors))
      document.mentions.append(Mention(range: TextRange(start: 0, end: 1), entity: entityIndex, kind: .name))
    }
    return document
  }

  static func merged(_ documents: [[String]]) -> [[String]] {
    var corpus = Corpus(documents: documents.enumerated().map { document($0, $1) })
    EntityMerger().process(&corpus)
    return corpus.entities.map { entity in
      entity.members.map { corpus.documents[$0.document].entities[$0.entity].name }
    }
  }

  @Test func joinsTransliterationVariants() {
    let result = Self.merged([
      ["person:Volodymyr Zelensky"], ["person:Volodymyr Zelenskyy"], ["person:Zelenskiy"], ["person:Marta Ilyenko"],
      ["person:Marta Ilienko"],
    ])
    #expect(
      result == [
        ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelenskiy"], ["Marta Ilyenko", "Marta Ilienko"],
      ])
  }

  @Test func joinsDiacriticVariants() {
    #expect(
      Self.merged([["person:Małgorzata Żmuda"], ["person:Malgorzata Zmuda"]]) == [
        ["Małgorzata Żmuda", "Malgorzata Zmuda"]
      ])
  }

  @Test func keepsTwoPeopleWhoShareASurnameApart() {
    let result = Self.merged([
      ["person:Anna Varga||harbour master"], ["person:Peter Varga||union leader"], ["person:Varga"],
      ["person:Varga||union leader"],
    ])
    #expect(result == [["Anna Varga"], ["Peter Varga", "Varga"], ["Varga"]])
  }

  @Test func keepsABareSurnameFromAPersonOfTheOtherGender() {
    let result = Self.merged([["person:Michelle Varga"], ["person:Varga|Mr. Varga"], ["person:Varga|Ms Varga"]])
    #expect(result == [["Michelle Varga", "Varga"], ["Varga"]])
  }

  @Test(arguments: [
    ("Mr Obrecht", EntityRecord.Gender?.some(.male)), ("mr. Obrecht", .male), ("Mrs Lind", .female),
    ("Ms. Lind", .female), ("Miss Lind", .female), ("Mister Lind", nil), ("Mrsa", nil), ("Lind", nil),
    ("M Lind", nil),
  ])
  func readsTheGenderOfAnHonorific(_ form: String, _ gender: EntityRecord.Gender?) {
    #expect(EntityMerger.honorificGender(form) == gender)
  }

  @Test(arguments: [("Michelle", EntityRecord.Gender?.some(.female)), ("barack", .male), ("Kremlin", nil)])
  func readsTheGenderOfAFirstName(_ word: String, _ gender: EntityRecord.Gender?) {
    #expect(EntityMerger.gender(ofFirstName: word) == gender)
  }

  @Test func joinsASurnameToTheOnlyPersonWithIt() {
    #expect(Self.merged([["person:Ivo Marten"], ["person:Marten"]]) == [["Ivo Marten", "Marten"]])
  }

  @Test func joinsAcronymsAndExpansions() {
    let result = Self.merged([
      ["organization:North Atlantic Treaty Organization"], ["organization:NATO"], ["place:United States"], ["place:US"],
    ])
    #expect(result == [["North Atlantic Treaty Organization", "NATO"], ["United States", "US"]])
  }

  @Test func joinsAnUnnamedRoleOnlyToItsOneNamedHolder() {
    let result = Self.merged([
      ["person:Dana Velk||ministry spokeswoman"],
      ["person:ministry spokeswoman", "person:Prime Minister’s spokesman"],
      ["person:Ivo Marten||government spokesman"],
    ])
    #expect(result == [["Dana Velk", "ministry spokeswoman"], ["Prime Minister’s spokesman"], ["Ivo Marten"]])
  }

  @Test func namesTheEntityByItsFullestFormAndKeepsTheRest() throws {
    var corpus = Corpus(documents: [
      Self.document(0, ["person:Rui Almadinha|Almadinha,Mr Almadinha|general secretary"]),
      Self.document(1, ["person:Almadinha||union leader"]),
    ])
    EntityMerger().process(&corpus)
    let entity = try #require(corpus.entities.first)
    #expect(corpus.entities.count == 1)
    #expect(entity.id == "e1" && entity.name == "Rui Almadinha" && entity.type == .person)
    #expect(Set(entity.aliases) == ["Almadinha", "Mr Almadinha"])
    #expect(Set(entity.descriptors) == ["general secretary", "union leader"])
  }

  @Test func keepsPeopleAndPlacesOfOneNameApart() {
    #expect(Self.merged([["person:Jordan"], ["place:Jordan"]]) == [["Jordan"], ["Jordan"]])
  }

  @Test(arguments: [
    ("Zelenskyy", "zelenski"), ("Zelenskiy", "zelenski"), ("Khodorkovsky", "hodorkovski"), ("Żmuda", "zmuda"),
  ])
  func transliterationKeys(_ word: String, _ key: String) {
    #expect(EntityMerger.transliterationKey(word) == key)
  }
}
