/// How many gold attribution sources (PolNeAR `source` spans) one of the
/// entity stage's mentions overlaps: the recall ceiling of speaker
/// resolution that starts from mentions.
public enum SourceCoverage {
  /// Scores documents against PolNeAR-format gold rows in the same order.
  ///
  /// `any overlap`: a mention overlaps the source span; `half overlap`: the
  /// overlap is at least half of the shorter span. Predicted counts are the
  /// document mentions. `resolver: entity`: the gold source spans that
  /// ``SpeakerResolver`` links to an entity.
  public static func score(documents: [Document], gold: [JSONValue]) -> ScoreTable {
    var any = Score()
    var half = Score()
    var byKind: [Mention.Kind: Score] = [:]
    var resolved = Score()
    for (document, row) in zip(documents, gold) {
      var working = document
      let map = ScalarOffsetMap(document.text)
      any.predicted += Double(document.mentions.count)
      half.predicted += Double(document.mentions.count)
      guard case .array(let attributions)? = row["attributions"] else { continue }
      for attribution in attributions {
        guard let source = attribution["source"], let start = source["start"]?.intValue,
          let end = source["end"]?.intValue, end > start
        else { continue }
        let range = TextRange(start: UInt32(map.utf8Offset(start)), end: UInt32(map.utf8Offset(end)))
        any.gold += 1
        half.gold += 1
        // What the quote extractor gets when it hands over the gold span.
        resolved.gold += 1
        if Int(range.end) <= document.text.utf8.count, SpeakerResolver.resolve(range, in: &working) != nil {
          resolved.matched += 1
          resolved.predicted += 1
        }
        var best: Mention?
        var bestOverlap = 0
        for mention in document.mentions where mention.range.overlaps(range) {
          let overlap = Int(min(mention.range.end, range.end)) - Int(max(mention.range.start, range.start))
          if overlap > bestOverlap {
            bestOverlap = overlap
            best = mention
          }
        }
        guard let best else { continue }
        any.matched += 1
        if bestOverlap * 2 >= min(best.range.length, range.length) { half.matched += 1 }
        byKind[best.kind, default: Score()].matched += 1
      }
    }
    var table = ScoreTable()
    table.add("any overlap", any)
    table.add("half overlap", half)
    table.add("resolver: entity", resolved)
    for kind in [Mention.Kind.name, .descriptor, .pronoun] {
      var score = byKind[kind] ?? Score()
      score.gold = any.gold
      score.predicted = Double(documents.reduce(0) { $0 + $1.mentions.filter { $0.kind == kind }.count })
      table.add("  by \(kind.rawValue)", score)
    }
    return table
  }
}
