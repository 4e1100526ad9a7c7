import DossierCore

/// What every `dossier eval` command reads first: the gold rows and the
/// articles they annotate, with one-line errors for anything unreadable.
struct EvaluationInput {
  var gold: [JSONValue]
  var articles: [IngestedArticle]

  /// Reads `gold` and `input`, or reports the problem and returns `nil`.
  /// With `sameCount`, the two files must have as many rows.
  static func load(
    gold goldPath: String, input: String, jobs: Int = ProcessorInfo.activeCores, sameCount: Bool = false,
    console: any Console
  ) -> EvaluationInput? {
    let gold: [JSONValue]
    do {
      gold = try GoldFile.load(goldPath)
    } catch {
      console.error("dossier: \(error)")
      return nil
    }
    let report = Ingestor(registry: ReaderRegistry(readers: [PlainTextReader(), JSONLinesReader(jobs: jobs)]))
      .ingest(paths: [input], standardInput: { console.readStandardInput() })
    for problem in report.problems { console.error("dossier: \(problem)") }
    guard !report.articles.isEmpty else {
      console.error("dossier: nothing could be read from \(input)")
      return nil
    }
    if sameCount && report.articles.count != gold.count {
      console.error("dossier: \(input) has \(report.articles.count) articles but \(goldPath) has \(gold.count) rows")
      return nil
    }
    return EvaluationInput(gold: gold, articles: report.articles)
  }
}
