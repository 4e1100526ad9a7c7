import DossierCore
import Testing

struct DossierJSONTests {
  @Test func writesEveryKeyOfTheContract() throws {
    let article = IngestedArticle(
      origin: "a.txt",
      metadata: DocumentMetadata(
        title: "T", published: PublishedDate(date: CalendarDate(iso: "2024-05-01"), basis: .header)),
      text: "Café owners said “no.”")
    let corpus = Analyzer(jobs: 1).analyze([article])
    let json = try JSONParser.parse(String(decoding: DossierJSON.encode(corpus), as: UTF8.self))
    guard case .object(let top) = json else {
      Issue.record("top level is not an object")
      return
    }
    #expect(
      top.map(\.0) == [
        "format", "generator", "documents", "entities", "quotes", "timexes", "claims", "derivations", "stories",
      ])
    #expect(json["format"]?.stringValue == "dossier-json/1")
    let document = try #require(json["documents"]?.arrayValue?.first)
    guard case .object(let fields) = document else { return }
    #expect(fields.map(\.0) == ["id", "path", "title", "source", "url", "published", "text", "story"])
    #expect(document["published"]?["value"]?.stringValue == "2024-05-01")
    #expect(document["published"]?["basis"]?.stringValue == "header")
    #expect(document["source"] == .null)
    let story = try #require(json["stories"]?.arrayValue?.first)
    guard case .object(let storyFields) = story else { return }
    #expect(storyFields.map(\.0) == ["id", "title", "documents", "dates", "timeline", "brief"])
    #expect(story["dates"]?["first"]?.stringValue == "2024-05-01")
    #expect(document["story"]?.stringValue == story["id"]?.stringValue)
  }
}

struct DossierJSONMentionTests {
  /// Two local entities of one document that the corpus merged may both
  /// hold a mention at one place: the merged entity lists it once.
  @Test func aMergedEntityListsEachMentionOnce() throws {
    let text = "Ferry captain Ola Brun said the port shut. Brun left."
    var corpus = Analyzer(jobs: 1).analyze([IngestedArticle(origin: "a.txt", metadata: DocumentMetadata(), text: text)])
    let brun = try #require(text.utf8.firstRange(of: "Brun left".utf8))
    let start = UInt32(text.utf8.distance(from: text.utf8.startIndex, to: brun.lowerBound))
    let range = TextRange(start: start, end: start + 4)
    var document = corpus.documents[0]
    let second = document.entities.count
    document.entities.append(LocalEntity(name: "Brun", type: .person))
    document.mentions.append(Mention(range: range, entity: second, kind: .name))
    document.mentions.sort { $0.range < $1.range }
    let first = try #require(document.mentions.first { $0.range == range && $0.entity != second }).entity
    corpus.documents[0] = document
    corpus.entities = [
      CorpusEntity(
        id: "e1", name: "Ola Brun", type: .person,
        members: [EntityMember(document: 0, entity: first), EntityMember(document: 0, entity: second)])
    ]
    let json = try JSONParser.parse(String(decoding: DossierJSON.encode(corpus), as: UTF8.self))
    let mentions = try #require(json["entities"]?.arrayValue?.first?["mentions"]?.arrayValue)
    let spans = mentions.compactMap { mention -> [Int]? in
      guard let start = mention["start"]?.intValue, let end = mention["end"]?.intValue else { return nil }
      return [start, end]
    }
    #expect(spans.contains([Int(start), Int(start + 4)]))
    #expect(spans.count == Set(spans).count)
  }
}
