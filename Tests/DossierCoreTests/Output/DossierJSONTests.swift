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
