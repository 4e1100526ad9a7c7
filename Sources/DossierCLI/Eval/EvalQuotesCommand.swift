import ArgumentParser
import DossierCore

/// `dossier eval quotes --gold GOLD.jsonl INPUT.jsonl`: scores quotes and
/// their speakers against PolNeAR-format attributions.
public struct EvalQuotesCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "quotes",
    abstract: "Score quotes, speakers and cues against PolNeAR-format gold attributions.",
    discussion: """
      INPUT.jsonl is analysed as by `dossier analyze`; GOLD.jsonl has one row per input row, in the \
      same order. A quote matches a gold attribution when their content spans overlap by at least \
      half of the shorter one (one-to-one); a speaker match also needs the speaker mention, or a \
      mention of the entity it resolves to, to overlap the gold source; a cue match needs the cues \
      to overlap. The direct rows score the gold attributions in quotation marks.
      """
  )

  @Option(help: "The gold attributions, JSON Lines.")
  public var gold: String

  @Argument(help: "The articles, JSON Lines.")
  public var input: String

  @Option(name: .shortAndLong, help: "Documents analysed in parallel (default: the number of cores).")
  public var jobs: Int?

  public init() {}

  public func execute(console: any Console) -> Int32 {
    let workers = jobs ?? ProcessorInfo.activeCores
    guard let loaded = EvaluationInput.load(gold: gold, input: input, jobs: workers, console: console) else {
      return 2
    }
    let goldRows = loaded.gold
    let corpus = Analyzer(jobs: workers).analyze(loaded.articles)
    var total = QuoteEvaluation()
    var scored = 0
    for document in corpus.documents {
      guard let row = Self.lineNumber(document.origin), row >= 1, row <= goldRows.count else {
        console.error("dossier: \(document.origin): no gold row")
        continue
      }
      total = total + QuoteEvaluation.score(document, gold: goldRows[row - 1])
      scored += 1
    }
    let header = "quotes: \(scored) documents, \(Int(total.content.gold)) gold attributions\n"
    console.write(Array((header + total.table.render()).utf8))
    return 0
  }

  /// The line of a `FILE#LINE` origin.
  static func lineNumber(_ origin: String) -> Int? {
    guard let hash = origin.lastIndex(of: "#") else { return nil }
    return Int(origin[origin.index(after: hash)...])
  }
}
