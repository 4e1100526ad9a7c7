import DossierCore
import Testing

struct JSONLinesReaderTests {
  @Test func readsFieldsAndReportsBadRows() {
    let file = """
      {"id": "a", "title": "Quay closed", "source": "Harbour Gazette", "url": "https://example.org/q", "published": "2025-03-12T09:30:00Z", "text": "The quay closed."}
      not json at all

      {"title": "No text here"}
      [1, 2]
      {"text": 42}
      {"text": "   "}
      {"text": "Second article.", "published": "someday"}
      """
    let items = JSONLinesReader(jobs: 1).read(Array(file.utf8), path: "feed.jsonl")
    #expect(items.count == 7)
    guard case .article(let first) = items[0], case .article(let last) = items[6] else {
      Issue.record("expected articles first and last")
      return
    }
    #expect(first.origin == "feed.jsonl#1")
    #expect(first.metadata.title == "Quay closed" && first.metadata.source == "Harbour Gazette")
    #expect(first.metadata.url == "https://example.org/q")
    #expect(
      first.metadata.published == PublishedDate(date: CalendarDate(year: 2025, month: 3, day: 12), basis: .metadata))
    #expect(first.text == "The quay closed.")
    #expect(last.origin == "feed.jsonl#8" && last.metadata.published == .unknown)
    let problems = items.compactMap { item -> String? in
      if case .problem(let problem) = item { return problem.description }
      return nil
    }
    #expect(problems.count == 5)
    #expect(problems[0].hasPrefix("feed.jsonl:2: not valid JSON"))
    #expect(problems[1] == "feed.jsonl:4: no \"text\" field")
    #expect(problems[2] == "feed.jsonl:5: not a JSON object")
    #expect(problems[3] == "feed.jsonl:6: \"text\" is not a string")
    #expect(problems[4] == "feed.jsonl:7: \"text\" is empty")
  }

  @Test func parallelReadingKeepsOrder() {
    let rows = (1...600).map { "{\"text\": \"Article number \($0).\"}" }.joined(separator: "\n")
    let items = JSONLinesReader(jobs: 4).read(Array(rows.utf8), path: "big.jsonl")
    let texts = items.compactMap { item -> String? in
      if case .article(let article) = item { return article.text }
      return nil
    }
    #expect(texts == (1...600).map { "Article number \($0)." })
  }

  @Test func escapesAndUnicode() {
    let row = #"{"text": "Line\none \"quoted\" \u00e9\ud83d\ude00 caf\u00E9"}"#
    let items = JSONLinesReader(jobs: 1).read(Array(row.utf8), path: "u.jsonl")
    #expect(
      items == [
        .article(
          IngestedArticle(origin: "u.jsonl#1", metadata: DocumentMetadata(), text: "Line\none \"quoted\" é😀 café"))
      ])
  }
}
