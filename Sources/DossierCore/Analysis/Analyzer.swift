/// Runs Dossier's analysis: turns ingested articles into documents with ids
/// and runs the pipeline over them.
public struct Analyzer: Sendable {
  public var pipeline: Pipeline
  public var jobs: Int

  public init(pipeline: Pipeline = Analyzer.standardPipeline, jobs: Int = ProcessorInfo.activeCores) {
    self.pipeline = pipeline
    self.jobs = jobs
  }

  /// The stages of a full analysis, in the order they run.
  public static var standardPipeline: Pipeline {
    // The stages are checked here, where they are assembled; a failure is a
    // programming error, caught by the tests.
    do {
      return try Pipeline(
        documentStages: segmentationStages + [
          EntityRecognizer(), QuoteExtractor(), TimexTagger(), ContentProfiler(), DatedEventFinder(),
        ],
        corpusStages: [EntityMerger(), StoryClusterer(), TimelineBuilder(), DerivationDetector()]
      )
    } catch {
      preconditionFailure("The standard pipeline is inconsistent: \(error)")
    }
  }

  /// Paragraphs, tokens and sentences.
  public static var segmentationStages: [any DocumentStage] {
    [Tokenizer(), ParagraphSplitter(), SentenceSplitter()]
  }

  /// Documents `d1`, `d2`, … in input order.
  public static func documents(from articles: [IngestedArticle]) -> [Document] {
    articles.enumerated().map { index, article in
      Document(id: "d\(index + 1)", origin: article.origin, metadata: article.metadata, text: article.text)
    }
  }

  public func analyze(
    _ articles: [IngestedArticle], progress: (@Sendable (Int) -> Void)? = nil,
    timings: ((String, Double) -> Void)? = nil
  ) -> Corpus {
    var corpus = Corpus(documents: Self.documents(from: articles))
    pipeline.run(&corpus, jobs: jobs, progress: progress, timings: timings)
    return corpus
  }
}
