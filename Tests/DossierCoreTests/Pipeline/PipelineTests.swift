import DossierCore
import Testing

struct PipelineTests {
  struct NeedsQuotes: DocumentStage {
    var name: String { "speakers" }
    var requires: Set<Layer> { [.quotes, .sentences] }
    var produces: Set<Layer> { [.entities] }
    func process(_ document: inout Document) {}
  }

  struct NeedsStories: CorpusStage {
    var name: String { "timeline" }
    var requires: Set<Layer> { [.stories] }
    var produces: Set<Layer> { [.timeline] }
    func process(_ corpus: inout Corpus) {}
  }

  @Test func refusesAStageWhoseInputNoEarlierStageProvides() {
    #expect(throws: PipelineError(stage: "speakers", missing: [.quotes])) {
      try Pipeline(documentStages: Analyzer.segmentationStages + [NeedsQuotes()])
    }
    #expect(throws: PipelineError(stage: "sentences", missing: [.paragraphs, .tokens])) {
      try Pipeline(documentStages: [SentenceSplitter(), ParagraphSplitter(), Tokenizer()])
    }
    #expect(throws: PipelineError(stage: "paragraphs", missing: [.tokens])) {
      try Pipeline(documentStages: [ParagraphSplitter(), Tokenizer()])
    }
    #expect(throws: PipelineError(stage: "timeline", missing: [.stories])) {
      try Pipeline(documentStages: [], corpusStages: [NeedsStories()])
    }
  }

  @Test func errorMessageNamesTheStageAndLayer() {
    let error = PipelineError(stage: "speakers", missing: [.quotes])
    #expect(error.description.contains("'speakers'") && error.description.contains("'quotes'"))
  }

  @Test func acceptsTheStandardPipeline() throws {
    _ = try Pipeline(
      documentStages: Analyzer.standardPipeline.documentStages, corpusStages: Analyzer.standardPipeline.corpusStages)
  }

  @Test func parallelRunGivesTheSameDocumentsAsASerialOne() {
    let articles = (0..<100).map {
      IngestedArticle(
        origin: "a\($0)", metadata: DocumentMetadata(),
        text: String(repeating: "Sentence \($0) is here. Mr. Ode said “yes.” ", count: $0 % 7 + 1))
    }
    let serial = Analyzer(jobs: 1).analyze(articles)
    let parallel = Analyzer(jobs: 4).analyze(articles)
    #expect(serial.documents.map(\.sentences) == parallel.documents.map(\.sentences))
    #expect(serial.documents.map(\.tokens) == parallel.documents.map(\.tokens))
    #expect(DossierJSON.encode(serial) == DossierJSON.encode(parallel))
  }
}
