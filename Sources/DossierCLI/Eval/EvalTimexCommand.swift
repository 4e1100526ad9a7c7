import ArgumentParser
import DossierCore

/// `dossier eval timex --gold GOLD.jsonl INPUT.jsonl`: scores the temporal
/// expressions against TempEval-3 style gold.
public struct EvalTimexCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "timex",
    abstract: "Score temporal expressions: strict and relaxed spans, values and types (TempEval-3).",
    discussion: """
      INPUT.jsonl rows and GOLD.jsonl rows correspond by line order; gold offsets are Unicode \
      scalar offsets into the row's text.
      """
  )

  @Option(help: "The gold file: one {\"id\", \"timexes\": [...]} row per input row.")
  public var gold: String

  @Argument(help: "The input articles, JSON Lines.")
  public var input: String

  @Option(help: "Also print up to this many disagreements.")
  public var errors: Int = 0

  public init() {}

  public func execute(console: any Console) -> Int32 {
    guard let loaded = EvaluationInput.load(gold: gold, input: input, console: console) else { return 2 }
    let goldRows = loaded.gold
    let corpus = Analyzer().analyze(loaded.articles)
    var evaluation = TimexEvaluation()
    for (index, document) in corpus.documents.enumerated() where index < goldRows.count {
      let name = goldRows[index]["id"]?.stringValue ?? document.id
      evaluation.add(
        document: name, predicted: TimexEvaluation.predictedItems(document),
        gold: TimexEvaluation.goldItems(goldRows[index]))
    }
    var out = evaluation.table().render()
    let accuracy = Int((evaluation.typeAccuracy * 1000).rounded())
    out +=
      "type accuracy \(accuracy / 1000).\(String(repeating: "0", count: 3 - String(accuracy % 1000).count))\(accuracy % 1000)"
    out += " over \(Int(evaluation.relaxed.matched)) relaxed matches\n"
    for difference in evaluation.differences.prefix(errors) {
      let gold = difference.gold.map { "\($0.text) [\($0.type) \($0.value)]" } ?? "-"
      let predicted = difference.predicted.map { "\($0.text) [\($0.type) \($0.value)]" } ?? "-"
      out += "\(difference.document)\tgold: \(gold)\tpredicted: \(predicted)\n"
    }
    console.write(Array(out.utf8))
    return 0
  }
}
