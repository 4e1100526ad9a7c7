/// Scores temporal expressions against gold annotations as TempEval-3 did:
/// strict (exact span) and relaxed (overlapping span) precision, recall and
/// F1, value F1 (a relaxed match counts only with the gold value) and type
/// accuracy over the relaxed matches.
public struct TimexEvaluation: Sendable {
  /// One annotated expression in Unicode-scalar offsets.
  public struct Item: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var text: String
    public var type: String
    public var value: String

    public init(start: Int, end: Int, text: String, type: String, value: String) {
      self.start = start
      self.end = end
      self.text = text
      self.type = type
      self.value = value
    }
  }

  /// A disagreement, for reading: a missed, spurious or wrongly valued item.
  public struct Difference: Sendable {
    public var document: String
    public var gold: Item?
    public var predicted: Item?
  }

  public var strict = Score()
  public var relaxed = Score()
  public var value = Score()
  public var typeCorrect = 0
  /// Relaxed span scores by TIMEX3 type (a match counts for a type when
  /// both sides have it).
  public var relaxedByType: [String: Score] = [:]
  /// Value scores by TIMEX3 type.
  public var valueByType: [String: Score] = [:]
  public var differences: [Difference] = []

  public init() {}

  /// Type accuracy: the share of relaxed matches with the gold type.
  public var typeAccuracy: Double { relaxed.matched == 0 ? 0 : Double(typeCorrect) / relaxed.matched }

  /// Adds one document's predictions and gold.
  public mutating func add(document: String, predicted: [Item], gold: [Item]) {
    strict.predicted += Double(predicted.count)
    strict.gold += Double(gold.count)
    relaxed.predicted += Double(predicted.count)
    relaxed.gold += Double(gold.count)
    value.predicted += Double(predicted.count)
    value.gold += Double(gold.count)
    for item in predicted {
      relaxedByType[item.type, default: Score()].predicted += 1
      valueByType[item.type, default: Score()].predicted += 1
    }
    for item in gold {
      relaxedByType[item.type, default: Score()].gold += 1
      valueByType[item.type, default: Score()].gold += 1
    }
    let exact = Set(predicted.map { [$0.start, $0.end] })
    for item in gold where exact.contains([item.start, item.end]) { strict.matched += 1 }

    // One-to-one relaxed matching: each gold item takes the first unused
    // prediction that overlaps it, preferring an exact one.
    var used = [Bool](repeating: false, count: predicted.count)
    for item in gold {
      var chosen: Int? = nil
      for (index, candidate) in predicted.enumerated() where !used[index] {
        guard candidate.start < item.end && item.start < candidate.end else { continue }
        if candidate.start == item.start && candidate.end == item.end {
          chosen = index
          break
        }
        if chosen == nil { chosen = index }
      }
      guard let chosen else {
        differences.append(Difference(document: document, gold: item, predicted: nil))
        continue
      }
      used[chosen] = true
      let candidate = predicted[chosen]
      relaxed.matched += 1
      if candidate.type == item.type {
        typeCorrect += 1
        relaxedByType[item.type, default: Score()].matched += 1
      }
      if candidate.value == item.value {
        value.matched += 1
        if candidate.type == item.type { valueByType[item.type, default: Score()].matched += 1 }
      } else {
        differences.append(Difference(document: document, gold: item, predicted: candidate))
      }
    }
    for (index, candidate) in predicted.enumerated() where !used[index] {
      differences.append(Difference(document: document, gold: nil, predicted: candidate))
    }
  }

  /// The scores as a table, with the per-type breakdown.
  public func table() -> ScoreTable {
    var table = ScoreTable()
    table.add("strict span", strict)
    table.add("relaxed span", relaxed)
    table.add("value", value)
    table.add("type", Score(matched: Double(typeCorrect), predicted: relaxed.matched, gold: relaxed.matched))
    for type in ["date", "time", "duration", "set"] {
      if let score = relaxedByType[type] { table.add("\(type) span", score) }
      if let score = valueByType[type] { table.add("\(type) value", score) }
    }
    return table
  }

  /// Reads the `timexes` of a gold row.
  public static func goldItems(_ row: JSONValue) -> [Item] {
    (row["timexes"]?.arrayValue ?? []).compactMap { entry in
      guard let start = entry["start"]?.intValue, let end = entry["end"]?.intValue else { return nil }
      return Item(
        start: start, end: end, text: entry["text"]?.stringValue ?? "", type: entry["type"]?.stringValue ?? "",
        value: entry["value"]?.stringValue ?? "")
    }
  }

  /// The timexes of an analysed document in Unicode-scalar offsets.
  public static func predictedItems(_ document: Document) -> [Item] {
    let map = ScalarOffsetMap(document.text)
    return document.timexes.map { timex in
      Item(
        start: map.scalarOffset(timex.range.start), end: map.scalarOffset(timex.range.end),
        text: String(document.text(timex.range)), type: timex.kind.rawValue, value: timex.value)
    }
  }
}
