import ArgumentParser
import DossierCore

/// `dossier eval sources --gold GOLD.jsonl INPUT.jsonl`: how many gold
/// attribution sources the entity stage's mentions cover.
public struct EvalSourcesCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "sources",
    abstract: "Count the gold attribution sources (PolNeAR format) that an entity mention overlaps.",
    discussion: "INPUT.jsonl rows and GOLD.jsonl rows correspond by line order."
  )

  @Option(help: "Gold attributions, JSON Lines (PolNeAR format).")
  public var gold: String

  @Argument(help: "The input JSON Lines file the gold annotates.")
  public var input: String

  public init() {}

  public func execute(console: any Console) -> Int32 {
    guard let loaded = EvaluationInput.load(gold: gold, input: input, sameCount: true, console: console) else {
      return 2
    }
    let goldRows = loaded.gold
    let corpus = Analyzer().analyze(loaded.articles)
    let table = SourceCoverage.score(documents: corpus.documents, gold: goldRows)
    console.write(Array(table.render().utf8))
    return 0
  }
}
