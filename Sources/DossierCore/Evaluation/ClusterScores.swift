/// How well a clustering matches a gold clustering of the same items:
/// B-cubed precision and recall (per item, the share of its predicted
/// cluster that is in its gold cluster, and the reverse, averaged over
/// items) and pairwise counts (item pairs put together).
public struct ClusterScores: Hashable, Sendable {
  public var bcubedPrecision: Double
  public var bcubedRecall: Double
  /// Matched = pairs together in both, predicted = pairs together in the
  /// prediction, gold = pairs together in the gold.
  public var pairs: Score
  public var predictedClusters: Int
  public var goldClusters: Int
  public var items: Int

  public var bcubedF1: Double {
    let p = bcubedPrecision
    let r = bcubedRecall
    return p + r == 0 ? 0 : 2 * p * r / (p + r)
  }

  /// Scores `predicted[i]` against `gold[i]` (any labels; equal labels mean
  /// one cluster). Both arrays must have the same length.
  public init<P: Hashable, G: Hashable>(predicted: [P], gold: [G]) {
    precondition(predicted.count == gold.count, "one predicted and one gold label per item")
    let n = predicted.count
    var predictedSize: [P: Int] = [:]
    var goldSize: [G: Int] = [:]
    var jointSize: [JointKey<P, G>: Int] = [:]
    for index in 0..<n {
      predictedSize[predicted[index], default: 0] += 1
      goldSize[gold[index], default: 0] += 1
      jointSize[JointKey(predicted: predicted[index], gold: gold[index]), default: 0] += 1
    }
    var precision = 0.0
    var recall = 0.0
    for index in 0..<n {
      let joint = Double(jointSize[JointKey(predicted: predicted[index], gold: gold[index])]!)
      precision += joint / Double(predictedSize[predicted[index]]!)
      recall += joint / Double(goldSize[gold[index]]!)
    }
    func pairCount(_ size: Int) -> Double { Double(size * (size - 1) / 2) }
    bcubedPrecision = n == 0 ? 0 : precision / Double(n)
    bcubedRecall = n == 0 ? 0 : recall / Double(n)
    pairs = Score(
      matched: jointSize.values.reduce(0) { $0 + pairCount($1) },
      predicted: predictedSize.values.reduce(0) { $0 + pairCount($1) },
      gold: goldSize.values.reduce(0) { $0 + pairCount($1) })
    predictedClusters = predictedSize.count
    goldClusters = goldSize.count
    items = n
  }

  /// The table `dossier eval clusters` prints.
  public func render() -> String {
    var table = ScoreTable()
    table.add("pairwise", pairs)
    var lines = table.render().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let width = max(12, "pairwise".count)
    let name = "b-cubed" + String(repeating: " ", count: width - "b-cubed".count)
    let row =
      name + "  " + Self.pad(Self.number(bcubedPrecision), 9) + "  " + Self.pad(Self.number(bcubedRecall), 6) + "  "
      + Self.pad(Self.number(bcubedF1), 5) + "  -        -          -"
    lines.insert(row, at: 1)
    return lines.joined(separator: "\n")
      + (lines.last == "" ? "" : "\n")
      + "items \(items), predicted clusters \(predictedClusters), gold clusters \(goldClusters)\n"
  }

  static func pad(_ text: String, _ size: Int) -> String {
    text.count >= size ? text : text + String(repeating: " ", count: size - text.count)
  }

  static func number(_ value: Double) -> String {
    let scaled = Int((value * 1000).rounded())
    let fraction = String(scaled % 1000)
    return "\(scaled / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }
}

/// A (predicted, gold) label pair, as a dictionary key.
private struct JointKey<P: Hashable, G: Hashable>: Hashable {
  var predicted: P
  var gold: G
}
