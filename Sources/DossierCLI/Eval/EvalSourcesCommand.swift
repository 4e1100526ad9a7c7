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
    let goldRows: [JSONValue]
    do {
      goldRows = try GoldFile.load(gold)
    } catch {
      console.error("dossier: \(error)")
      return 2
    }
    let report = Ingestor().ingest(paths: [input])
    for problem in report.problems { console.error("dossier: \(problem)") }
    guard report.articles.count == goldRows.count else {
      console.error("dossier: \(input) has \(report.articles.count) rows but \(gold) has \(goldRows.count)")
      return 2
    }
    let corpus = Analyzer().analyze(report.articles)
    let table = SourceCoverage.score(documents: corpus.documents, gold: goldRows)
    console.write(Array(table.render().utf8))
    return 0
  }
}
