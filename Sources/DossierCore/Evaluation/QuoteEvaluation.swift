/// Scores a document's quotes against PolNeAR-style gold attributions.
///
/// A prediction is one attribution: a top-level quote with a cue, the parts
/// of a quote split by its attribution (same cue, same paragraph) joined into
/// one span, as PolNeAR joins discontinuous content. A prediction matches a
/// gold attribution when their content spans overlap by at least half of
/// the shorter one; matching is one-to-one, largest overlaps first. A
/// speaker match also needs the speaker phrase to overlap the gold source,
/// or the entity it resolves to to have a mention there; a cue match needs
/// the cues to overlap. The direct subset is the gold attributions whose
/// content is in quotation marks, against the predicted direct quotes.
public struct QuoteEvaluation: Sendable {
  public var content = Score()
  public var speaker = Score()
  public var cue = Score()
  public var directContent = Score()
  public var directSpeaker = Score()
  public var directCue = Score()

  public init() {}

  public static func + (lhs: QuoteEvaluation, rhs: QuoteEvaluation) -> QuoteEvaluation {
    var sum = lhs
    sum.content += rhs.content
    sum.speaker += rhs.speaker
    sum.cue += rhs.cue
    sum.directContent += rhs.directContent
    sum.directSpeaker += rhs.directSpeaker
    sum.directCue += rhs.directCue
    return sum
  }

  /// The table `dossier eval quotes` prints.
  public var table: ScoreTable {
    var table = ScoreTable()
    table.add("content", content)
    table.add("speaker", speaker)
    table.add("cue", cue)
    table.add("direct content", directContent)
    table.add("direct speaker", directSpeaker)
    table.add("direct cue", directCue)
    return table
  }

  /// A gold attribution, in UTF-8 offsets.
  struct GoldAttribution {
    var content: TextRange
    var source: TextRange?
    var cue: TextRange?
    var direct: Bool
  }

  /// A predicted attribution.
  struct Prediction {
    var content: TextRange
    var speaker: TextRange?
    var speakerEntity: Int?
    var cue: TextRange?
    var direct: Bool
  }

  /// Scores one analysed document against its gold row.
  public static func score(_ document: Document, gold: JSONValue) -> QuoteEvaluation {
    let map = ScalarOffsetMap(document.text)
    let golds = goldAttributions(gold, map: map, length: document.text.utf8.count)
    let predictions = predictions(document)
    let pairs = match(predictions, golds)
    var result = QuoteEvaluation()
    let mentionsByEntity = Dictionary(grouping: document.mentions, by: \.entity)

    result.content = Score(
      matched: Double(pairs.count), predicted: Double(predictions.count), gold: Double(golds.count))
    let directPredicted = Set(predictions.indices.filter { predictions[$0].direct })
      .union(pairs.filter { golds[$0.gold].direct }.map(\.prediction))
    result.directContent = Score(
      matched: Double(pairs.filter { golds[$0.gold].direct }.count), predicted: Double(directPredicted.count),
      gold: Double(golds.filter(\.direct).count))

    var speakerMatched = 0.0
    var directSpeakerMatched = 0.0
    var cueMatched = 0.0
    var directCueMatched = 0.0
    for pair in pairs {
      let prediction = predictions[pair.prediction]
      let goldItem = golds[pair.gold]
      if let source = goldItem.source, speakerMatches(prediction, source, mentionsByEntity) {
        speakerMatched += 1
        if goldItem.direct { directSpeakerMatched += 1 }
      }
      if let goldCue = goldItem.cue, let cue = prediction.cue, cue.overlaps(goldCue) {
        cueMatched += 1
        if goldItem.direct { directCueMatched += 1 }
      }
    }
    let withSpeaker = predictions.filter { $0.speaker != nil }.count
    result.speaker = Score(
      matched: speakerMatched, predicted: Double(withSpeaker), gold: Double(golds.filter { $0.source != nil }.count))
    result.directSpeaker = Score(
      matched: directSpeakerMatched,
      predicted: Double(directPredicted.filter { predictions[$0].speaker != nil }.count),
      gold: Double(golds.filter { $0.direct && $0.source != nil }.count))
    result.cue = Score(
      matched: cueMatched, predicted: Double(predictions.filter { $0.cue != nil }.count),
      gold: Double(golds.filter { $0.cue != nil }.count))
    result.directCue = Score(
      matched: directCueMatched, predicted: Double(directPredicted.filter { predictions[$0].cue != nil }.count),
      gold: Double(golds.filter { $0.direct && $0.cue != nil }.count))
    return result
  }

  static func speakerMatches(
    _ prediction: Prediction, _ source: TextRange, _ mentionsByEntity: [Int: [Mention]]
  ) -> Bool {
    if let speaker = prediction.speaker, speaker.overlaps(source) { return true }
    guard let entity = prediction.speakerEntity else { return false }
    return mentionsByEntity[entity]?.contains { $0.range.overlaps(source) } ?? false
  }

  static func goldAttributions(_ gold: JSONValue, map: ScalarOffsetMap, length: Int) -> [GoldAttribution] {
    func span(_ value: JSONValue?) -> TextRange? {
      guard let value, let start = value["start"]?.intValue, let end = value["end"]?.intValue, start <= end
      else { return nil }
      let lower = map.utf8Offset(start)
      let upper = map.utf8Offset(end)
      guard lower <= upper, upper <= length else { return nil }
      return TextRange(lower..<upper)
    }
    return (gold["attributions"]?.arrayValue ?? []).compactMap { item in
      guard let content = span(item["content"]) else { return nil }
      return GoldAttribution(
        content: content, source: span(item["source"]), cue: span(item["cue"]),
        direct: item["direct"]?.boolValue ?? false)
    }
  }

  /// The document's attributions: top-level quotes with a cue, parts that
  /// share a cue within a paragraph joined.
  static func predictions(_ document: Document) -> [Prediction] {
    var result: [Prediction] = []
    var byCue: [String: Int] = [:]
    for quote in document.quotes where quote.parent == nil {
      guard let cue = quote.cue else { continue }
      let paragraph = paragraphIndex(of: quote.range.start, in: document.paragraphs)
      let key = "\(cue.start):\(cue.end):\(paragraph)"
      if let existing = byCue[key] {
        let joined = result[existing].content
        result[existing].content = TextRange(
          start: min(joined.start, quote.range.start), end: max(joined.end, quote.range.end))
        continue
      }
      byCue[key] = result.count
      result.append(
        Prediction(
          content: quote.range, speaker: quote.speaker, speakerEntity: quote.speakerEntity, cue: cue,
          direct: quote.kind == .direct))
    }
    return result
  }

  static func paragraphIndex(of offset: UInt32, in paragraphs: [TextRange]) -> Int {
    var low = 0
    var high = paragraphs.count
    while low < high {
      let mid = (low + high) / 2
      if paragraphs[mid].end <= offset { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// One-to-one matches, largest overlap first.
  static func match(_ predictions: [Prediction], _ golds: [GoldAttribution]) -> [(prediction: Int, gold: Int)] {
    var candidates: [(overlap: Int, prediction: Int, gold: Int)] = []
    for (predictionIndex, prediction) in predictions.enumerated() {
      for (goldIndex, gold) in golds.enumerated() {
        let overlap =
          Int(min(prediction.content.end, gold.content.end))
          - Int(max(prediction.content.start, gold.content.start))
        let shorter = min(prediction.content.length, gold.content.length)
        if overlap > 0 && 2 * overlap >= shorter {
          candidates.append((overlap, predictionIndex, goldIndex))
        }
      }
    }
    candidates.sort {
      $0.overlap != $1.overlap ? $0.overlap > $1.overlap : ($0.prediction, $0.gold) < ($1.prediction, $1.gold)
    }
    var usedPrediction = Set<Int>()
    var usedGold = Set<Int>()
    var pairs: [(prediction: Int, gold: Int)] = []
    for candidate in candidates where !usedPrediction.contains(candidate.prediction) {
      guard !usedGold.contains(candidate.gold) else { continue }
      usedPrediction.insert(candidate.prediction)
      usedGold.insert(candidate.gold)
      pairs.append((candidate.prediction, candidate.gold))
    }
    return pairs
  }
}
