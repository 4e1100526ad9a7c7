import DossierCore
import Testing

@Suite struct EntityRecognizerTests {
  struct NameCase: CustomTestStringConvertible, Sendable {
    var marked: String
    var name: String
    var type: EntityType
    var testDescription: String { name }
  }

  /// The marked span is a name mention of an entity with this name and type.
  @Test(arguments: [
    NameCase(marked: "The minister met [[Angela Moretti]] on Tuesday.", name: "Angela Moretti", type: .person),
    NameCase(marked: "Trucks left for [[Lisbon]] before dawn.", name: "Lisbon", type: .place),
    NameCase(
      marked: "The [[Fisheries Council]] said the quota would change.", name: "Fisheries Council", type: .organization),
    NameCase(marked: "Officials at [[NATO]] said nothing more.", name: "NATO", type: .organization),
    NameCase(marked: "[[Mr Hallworth]] said the bridge was safe.", name: "Hallworth", type: .person),
    NameCase(marked: "The letter reached [[Dr. Imke Solberg]] late.", name: "Imke Solberg", type: .person),
    NameCase(marked: "[[Gen. Arvid Tamm]] inspected the troops.", name: "Arvid Tamm", type: .person),
    NameCase(marked: "Talks with [[Sen. Rhoda Quinlan]] stalled.", name: "Rhoda Quinlan", type: .person),
    NameCase(
      marked: "A deal with the [[Ministry of Coastal Affairs]] was signed.", name: "Ministry of Coastal Affairs",
      type: .organization),
    NameCase(marked: "He flew to [[Canberra]] in May.", name: "Canberra", type: .place),
    NameCase(marked: "The [[Kremlin]] declined to comment.", name: "Kremlin", type: .organization),
    NameCase(marked: "[[Downing Street]] said it would wait.", name: "Downing Street", type: .organization),
    NameCase(marked: "[[Vendria]] said the Vendrian navy had left.", name: "Vendria", type: .place),
    NameCase(marked: "The film “The [[Frozen Coast]]” aired twice.", name: "Frozen Coast", type: .other),
    NameCase(
      marked: "[[Continental Newswire]] said the port was shut.", name: "Continental Newswire", type: .organization),
    // A role word after a first name is a surname, not a title.
    NameCase(marked: "Vera Lind spoke. [[Charles King]] disagreed.", name: "Charles King", type: .person),
    NameCase(marked: "Vera Lind spoke. [[Peter Queen]] left early.", name: "Peter Queen", type: .person),
  ])
  func namesAndTypes(_ example: NameCase) throws {
    let marked = MarkedText(example.marked)
    let document = analyzedDocument(marked.text)
    let mention = try #require(document.mention(at: marked.spans[0]))
    #expect(mention.kind == .name)
    #expect(document.entities[mention.entity].name == example.name)
    #expect(document.entities[mention.entity].type == example.type)
  }

  /// Sentence-initial function words and capitalised common words are not entities.
  @Test(arguments: [
    "However, the bridge stayed shut.",
    "Meanwhile the river rose through the night.",
    "Jolly good weather, the guide said.",
  ])
  func noEntity(_ text: String) {
    let document = analyzedDocument(text)
    #expect(document.entities.isEmpty, "\(document.entities)")
  }

  struct JoinCase: CustomTestStringConvertible, Sendable {
    var marked: String
    var name: String
    var testDescription: String { marked }
  }

  /// Every marked span is a mention of the one entity with this name.
  @Test(arguments: [
    JoinCase(
      marked: "[[Clara Osei]] opened the market. [[Ms Osei]] said it would stay open. [[Osei]] left at noon.",
      name: "Clara Osei"),
    JoinCase(marked: "[[Victor Almeida]] spoke first. Later, [[Victor]] waved at the crowd.", name: "Victor Almeida"),
    JoinCase(marked: "[[Osei]] arrived early. Later [[Clara Osei]] left.", name: "Clara Osei"),
    JoinCase(
      marked: "The [[North Atlantic Fisheries Organization]] ([[NAFO]]) met in May.",
      name: "North Atlantic Fisheries Organization"),
    JoinCase(marked: "[[Harbour board spokesman Tomas Ferreira]] said the ferries would run.", name: "Tomas Ferreira"),
    JoinCase(
      marked: "[[Tomas Ferreira]], [[the port authority’s spokesman]], said the ferries would run.",
      name: "Tomas Ferreira"),
    JoinCase(marked: "[[Lena Vasquez]], [[director of the Coastal Trust]], arrived on Monday.", name: "Lena Vasquez"),
    JoinCase(
      marked: "As she left, [[the region’s chief of staff]], [[Gen. Ilse Brandt]], said nothing.", name: "Ilse Brandt"),
    JoinCase(
      marked: "[[Kremlin spokesman Anton Belov]] denied it. [[The Kremlin spokesman]] said it was false.",
      name: "Anton Belov"),
    JoinCase(
      marked: "[[Ukrainian President Olena Marchuk]] visited Warsaw. [[The Ukrainian leader]] thanked her hosts.",
      name: "Olena Marchuk"),
    JoinCase(
      marked:
        "[[Former Canadian Prime Minister Gordon Pike]] spoke. Critics said [[the former prime minister]] was wrong.",
      name: "Gordon Pike"),
    JoinCase(
      marked: "[[Mr Hallworth]] said the bridge was safe. [[He]] added that repairs would start soon.",
      name: "Hallworth"),
    JoinCase(marked: "[[Mrs Dunmore]] met Mr Carver. [[She]] said the talks went well.", name: "Dunmore"),
    JoinCase(marked: "[[Paul Renner]] said Mark Ostrow had warned [[him]].", name: "Paul Renner"),
    JoinCase(marked: "Paul Renner waited. As [[he]] left, [[Mark Ostrow]], the envoy, waved.", name: "Mark Ostrow"),
    JoinCase(marked: "[[Clara Osei]], [[who]] chairs the board, said no.", name: "Clara Osei"),
    JoinCase(
      marked: "Prime Minister Otto Halden spoke. [[Lukas Brenn]], [[the spokesman]] for Mr Halden’s office, said no. "
        + "Ilse Varga, the ministry’s spokeswoman, disagreed. Later [[the prime minister’s spokesman]] added more.",
      name: "Lukas Brenn"),
    JoinCase(
      marked: "[[Ilse Varga]], [[the ministry’s spokeswoman]], spoke first. Lukas Brenn, the spokesman for Mr Halden’s "
        + "office, replied. Then [[the ministry spokeswoman]] spoke again.",
      name: "Ilse Varga"),
    JoinCase(marked: "[[Mr Halden]] said he had ended the call [[himself]].", name: "Halden"),
    JoinCase(
      marked: "The [[Fisheries Council]] met on Monday. [[It]] said the quota would change.", name: "Fisheries Council"),
    JoinCase(
      marked: "The [[Coastal Agency]] issued rules. [[The agency]] said more would follow.", name: "Coastal Agency"),
    JoinCase(marked: "[[Prime Minister Rishi Dalton]] spoke. Later [[Mr Dalton]] left.", name: "Rishi Dalton"),
    // A man known by his surname first is not his wife, named in full later.
    JoinCase(
      marked: "[[President Halvorsen]] opened the session. [[Mr. Halvorsen]] spoke for an hour. "
        + "Later, Ingrid Halvorsen joined the delegates.",
      name: "Halvorsen"),
    // A full name written first keeps the surname before it.
    JoinCase(
      marked: "[[Lund]] wins the vote. [[Greta Lund]] thanked the voters. Her husband, Mr. Lund, stayed at home.",
      name: "Greta Lund"),
    JoinCase(marked: "[[Harbour officials]] met. [[They]] said the port would reopen.", name: "Harbour officials"),
    JoinCase(
      marked: "The mayor spoke. [[Officials]], [[who]] asked not to be named, said otherwise.", name: "Officials"),
  ])
  func joins(_ example: JoinCase) throws {
    let marked = MarkedText(example.marked)
    let document = analyzedDocument(marked.text)
    var entities: Set<Int> = []
    for span in marked.spans {
      let mention = try #require(document.mention(at: span), "no mention at \(document.text(span))")
      entities.insert(mention.entity)
    }
    #expect(entities.count == 1)
    if let entity = entities.first { #expect(document.entities[entity].name == example.name) }
  }

  struct ApartCase: CustomTestStringConvertible, Sendable {
    var marked: String
    var testDescription: String { marked }
  }

  /// The two marked spans are mentions of two different entities.
  @Test(arguments: [
    ApartCase(
      marked:
        "[[Kremlin spokesman Anton Belov]] denied the claim. [[Mr Harlow’s official spokesman]] said London would respond."
    ),
    ApartCase(
      marked:
        "[[Anton Belov]], the Kremlin’s spokesman, rejected it. [[Downing Street’s spokesman]] said Britain disagreed."),
    ApartCase(marked: "[[Mr Carver]] met [[Mrs Dunmore]]. She said the talks went well."),
    ApartCase(marked: "[[Hillary Trent]] spoke. Her [[brother Bill Trent]] did not."),
    ApartCase(
      marked: "[[President Halvorsen]] opened the session. Mr. Halvorsen spoke for an hour. "
        + "Later, [[Ingrid Halvorsen]] joined the delegates."),
    // A current role is not someone known only as its former holder.
    ApartCase(
      marked:
        "[[Alan Brix]], the former prime minister, met President Tomas Varga. Mr Brix said [[the Kardovian leader]] was calm."
    ),
    ApartCase(
      marked:
        "Tomas Varga phoned the then-premier [[Alan Brix]]. Mr Brix feared [[the Kardovian president]] would act."),
  ])
  func keptApart(_ example: ApartCase) throws {
    let marked = MarkedText(example.marked)
    let document = analyzedDocument(marked.text)
    let first = try #require(document.mention(at: marked.spans[0]))
    let second = try #require(document.mention(at: marked.spans[1]), "no mention at \(document.text(marked.spans[1]))")
    #expect(first.entity != second.entity)
  }

  @Test func descriptorsAndAliasesAreCollected() throws {
    let document = analyzedDocument(
      "Kremlin spokesman Anton Belov spoke. Mr Belov said no. Anton Belov, the Kremlin’s chief negotiator, left.")
    let entity = try #require(document.entities.first { $0.name == "Anton Belov" })
    #expect(entity.type == .person)
    #expect(entity.aliases.contains("Mr Belov"))
    #expect(entity.descriptors.contains("Kremlin spokesman"))
    #expect(entity.descriptors.contains("Kremlin’s chief negotiator"))
  }

  /// Fragments that end where a rule looks one token further.
  @Test(arguments: [
    "", "spokesman", "the spokesman", "Peskov,", "Mr", "Mr.", "“", "he", "Kremlin spokesman Dmitry",
    "Dmitry Peskov, the spokesman", "Dmitry Peskov, the spokesman for", "the spokesman for Mr", "Clara Osei, who",
    "According to", "according to Mr", "officials who", "(NATO", "Ms Osei’s", "the agency said", "As he",
  ])
  func fragmentsDoNotTrap(_ text: String) {
    let document = analyzedDocument(text)
    for mention in document.mentions { #expect(Int(mention.range.end) <= text.utf8.count) }
  }

  @Test func mentionsAreSortedAndInsideTheText() {
    let document = analyzedDocument(
      "Mr Hallworth met Clara Osei in Lisbon. He said she was right. The Fisheries Council agreed with him.")
    #expect(!document.mentions.isEmpty)
    #expect(document.mentions.map(\.range) == document.mentions.map(\.range).sorted())
    for mention in document.mentions {
      #expect(Int(mention.range.end) <= document.text.utf8.count)
      #expect(mention.entity < document.entities.count)
    }
  }

  @Test func standardPipelineRunsTheEntityStages() throws {
    let corpus = Analyzer(jobs: 1).analyze([
      IngestedArticle(origin: "a", metadata: DocumentMetadata(), text: "Clara Osei met Victor Almeida."),
      IngestedArticle(origin: "b", metadata: DocumentMetadata(), text: "Later, Osei left Lisbon."),
    ])
    try #require(corpus.entities.count == 4)
    #expect(corpus.entities.map(\.id) == ["e1", "e2", "e3", "e4"])
    #expect(corpus.entities.map(\.name) == ["Clara Osei", "Victor Almeida", "Osei", "Lisbon"])
    #expect(corpus.entities[2].members == [EntityMember(document: 1, entity: 0)])
  }
}
