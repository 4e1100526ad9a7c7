/// What the JSON and JSON Lines writers look up across documents, built once
/// per output (on all cores) and shared read-only by the workers that encode.
struct OutputLookups: Sendable {
  /// The story id of each document.
  let storyIDs: [String?]
  /// UTF-8 to scalar offsets, per document.
  let offsets: [ScalarOffsetMap]
  /// The corpus entity of each local entity, per document.
  let entityByLocal: [[Int?]]
  /// Per document, its mention ranges grouped by local entity.
  let mentions: [MentionGroups]
  /// The number of the first quote of each document (`q1` is 1), and one
  /// past the last quote at the end.
  let firstQuote: [Int]
  /// Timexes before each document, and all timexes at the end.
  let timexesBefore: [Int]

  /// UTF-8 bytes of each document's text.
  let textBytes: [Int]

  /// Quotes of a document.
  func quoteCount(_ document: Int) -> Int { firstQuote[document + 1] - firstQuote[document] }

  /// Timexes of a document.
  func timexCount(_ document: Int) -> Int { timexesBefore[document + 1] - timexesBefore[document] }

  init(_ corpus: Corpus, jobs: Int) {
    let storyOfDocument = corpus.storyIndexByDocument()
    storyIDs = storyOfDocument.map { $0.map { corpus.stories[$0].id } }
    let documents = corpus.documents
    // Documents are read in place: copying one retains each of its layers.
    let perDocument = ParallelMap.map(Array(documents.indices), jobs: jobs) { index in
      documents.withUnsafeBufferPointer { documents in
        (
          ScalarOffsetMap(documents[index].text),
          MentionGroups(entityCount: documents[index].entities.count, mentions: documents[index].mentions)
        )
      }
    }
    offsets = perDocument.map(\.0)
    mentions = perDocument.map(\.1)
    var entityByLocal: [[Int?]] = []
    var quote = [1]
    var timex = [0]
    var textBytes: [Int] = []
    entityByLocal.reserveCapacity(documents.count)
    quote.reserveCapacity(documents.count + 1)
    timex.reserveCapacity(documents.count + 1)
    textBytes.reserveCapacity(documents.count)
    documents.withUnsafeBufferPointer { documents in
      for index in documents.indices {
        entityByLocal.append([Int?](repeating: nil, count: documents[index].entities.count))
        quote.append(quote[quote.count - 1] + documents[index].quotes.count)
        timex.append(timex[timex.count - 1] + documents[index].timexes.count)
        textBytes.append(documents[index].text.utf8.count)
      }
    }
    // As `Corpus.corpusEntityByLocal()`: the last entity to claim a member wins.
    corpus.entities.withUnsafeBufferPointer { entities in
      for entity in entities.indices {
        for member in entities[entity].members
        where member.document >= 0 && member.document < entityByLocal.count && member.entity >= 0
          && member.entity < entityByLocal[member.document].count
        {
          entityByLocal[member.document][member.entity] = entity
        }
      }
    }
    self.entityByLocal = entityByLocal
    firstQuote = quote
    timexesBefore = timex
    self.textBytes = textBytes
  }
}

/// One document's mention ranges grouped by local entity, each group in
/// text order: what an entity's `mentions` list is gathered from.
struct MentionGroups: Sendable {
  /// The ranges, entity by entity.
  private let ranges: [TextRange]
  /// Where each entity's ranges start in `ranges`, and the end.
  private let starts: [Int]

  init(entityCount: Int, mentions: [Mention]) {
    var counts = [Int](repeating: 0, count: entityCount + 1)
    for mention in mentions where mention.entity >= 0 && mention.entity < entityCount {
      counts[mention.entity + 1] += 1
    }
    for index in 0..<entityCount { counts[index + 1] += counts[index] }
    starts = counts
    var next = counts
    var ranges = [TextRange](repeating: TextRange(start: 0, end: 0), count: counts[entityCount])
    for mention in mentions where mention.entity >= 0 && mention.entity < entityCount {
      ranges[next[mention.entity]] = mention.range
      next[mention.entity] += 1
    }
    self.ranges = ranges
  }

  /// The ranges of a local entity's mentions; none for an unknown entity.
  func ranges(of entity: Int) -> ArraySlice<TextRange> {
    guard entity >= 0 && entity + 1 < starts.count else { return [] }
    return ranges[starts[entity]..<starts[entity + 1]]
  }

  /// Calls `body` with the ranges of a local entity's mentions, read in
  /// place.
  func withRanges<Result>(of entity: Int, _ body: (UnsafeBufferPointer<TextRange>) -> Result) -> Result {
    ranges.withUnsafeBufferPointer { all in
      guard entity >= 0 && entity + 1 < starts.count, let base = all.baseAddress else {
        return body(UnsafeBufferPointer(start: nil, count: 0))
      }
      return body(UnsafeBufferPointer(start: base + starts[entity], count: starts[entity + 1] - starts[entity]))
    }
  }
}
