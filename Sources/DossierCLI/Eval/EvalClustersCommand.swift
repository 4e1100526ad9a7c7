import ArgumentParser
import DossierCore

/// `dossier eval clusters --gold GOLD.jsonl INPUT.jsonl`: scores story
/// clustering against gold clusters (`{"id", "cluster"}` per input line,
/// as in `ecbplus/dev.gold.jsonl`).
public struct EvalClustersCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "clusters",
    abstract: "Score story clustering: B-cubed and pairwise precision, recall and F1, and cluster counts.",
    discussion: """
      INPUT.jsonl is analysed as `dossier analyze` would; its rows and the rows of GOLD.jsonl \
      correspond by line order (the same `id`). Exit status 0 when scored, 2 when the files \
      cannot be read or do not match.
      """
  )

  @Option(help: "Gold clusters: JSON Lines with `id` and `cluster`.")
  public var gold: String

  @Argument(help: "The articles, JSON Lines.")
  public var input: String

  @Option(name: .customLong("tune"), help: .hidden)
  public var tune: String?

  public init() {}

  public func execute(console: any Console) -> Int32 {
    guard let loaded = EvaluationInput.load(gold: gold, input: input, sameCount: true, console: console) else {
      return 2
    }
    let rows = loaded.gold
    let report = loaded
    var labels: [String] = []
    for (number, row) in rows.enumerated() {
      guard case .string(let cluster)? = row["cluster"] else {
        console.error("dossier: \(gold):\(number + 1): no \"cluster\"")
        return 2
      }
      labels.append(cluster)
    }
    var analyzer = Analyzer()
    if let tune {
      var parameters = EventClusterer.Parameters()
      for item in tune.split(separator: ",") {
        let parts = item.split(separator: "=")
        guard parts.count == 2, let value = Double(parts[1]) else { continue }
        switch parts[0] {
        case "join": parameters.joinThreshold = Float(value)
        case "merge": parameters.mergeThreshold = Float(value)
        case "terms": parameters.termsPerArticle = Int(value)
        case "probe": parameters.probeTerms = Int(value)
        case "story": parameters.termsPerStory = Int(value)
        case "bg": parameters.backgroundDocuments = value
        case "names": parameters.nameBoost = value
        case "scored": parameters.candidatesScored = Int(value)
        default: continue
        }
      }
      let stages: [any CorpusStage] = [StoryClusterer(clusterer: EventClusterer(parameters: parameters))]
      let documentStages = Analyzer.segmentationStages + [ContentProfiler()]
      guard let pipeline = try? Pipeline(documentStages: documentStages, corpusStages: stages) else {
        return 2
      }
      analyzer = Analyzer(pipeline: pipeline)
    }
    let corpus = analyzer.analyze(report.articles)
    let predicted = corpus.storyIndexByDocument().enumerated().map { $0.element ?? -1 - $0.offset }
    let scores = ClusterScores(predicted: predicted, gold: labels)
    console.write(Array(scores.render().utf8))
    return 0
  }
}
