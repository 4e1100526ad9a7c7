/// Counts of matched, predicted and gold items, and the precision, recall
/// and F1 they give.
public struct Score: Hashable, Sendable {
  public var matched: Double = 0
  public var predicted: Double = 0
  public var gold: Double = 0

  public init(matched: Double = 0, predicted: Double = 0, gold: Double = 0) {
    self.matched = matched
    self.predicted = predicted
    self.gold = gold
  }

  public var precision: Double { predicted == 0 ? 0 : matched / predicted }
  public var recall: Double { gold == 0 ? 0 : matched / gold }
  public var f1: Double {
    let p = precision
    let r = recall
    return p + r == 0 ? 0 : 2 * p * r / (p + r)
  }

  public static func + (lhs: Score, rhs: Score) -> Score {
    Score(matched: lhs.matched + rhs.matched, predicted: lhs.predicted + rhs.predicted, gold: lhs.gold + rhs.gold)
  }

  public static func += (lhs: inout Score, rhs: Score) { lhs = lhs + rhs }
}

/// A plain-text table of scores, as the `dossier eval` commands print it.
public struct ScoreTable: Sendable {
  public var rows: [(name: String, score: Score)] = []

  public init() {}

  public mutating func add(_ name: String, _ score: Score) {
    rows.append((name, score))
  }

  public func render() -> String {
    let width = max(12, rows.map(\.name.count).max() ?? 0)
    func pad(_ text: String, _ size: Int) -> String {
      text.count >= size ? text : text + String(repeating: " ", count: size - text.count)
    }
    func number(_ value: Double) -> String {
      let scaled = Int((value * 1000).rounded())
      let whole = scaled / 1000
      let fraction = String(scaled % 1000)
      return "\(whole)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
    var out = pad("", width) + "  precision  recall  f1     matched  predicted  gold\n"
    for (name, score) in rows {
      out +=
        pad(name, width) + "  " + pad(number(score.precision), 9) + "  " + pad(number(score.recall), 6) + "  "
        + pad(number(score.f1), 5) + "  " + pad(String(Int(score.matched)), 7) + "  "
        + pad(String(Int(score.predicted)), 9) + "  " + String(Int(score.gold)) + "\n"
    }
    return out
  }
}
