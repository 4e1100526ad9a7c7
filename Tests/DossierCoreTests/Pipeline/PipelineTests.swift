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

  struct ReadsTokens: CorpusStage {
    var name: String { "token reader" }
    var requires: Set<Layer> { [.tokens] }
    var produces: Set<Layer> { [] }
    func process(_ corpus: inout Corpus) {}
  }

  @Test func dropsTokensUnlessACorpusStageReadsThem() throws {
    var corpus = Corpus(documents: [Document(id: "d1", origin: "t", metadata: DocumentMetadata(), text: "Two words.")])
    var kept = corpus
    try Pipeline(documentStages: Analyzer.segmentationStages).run(&corpus, jobs: 1)
    try Pipeline(documentStages: Analyzer.segmentationStages, corpusStages: [ReadsTokens()]).run(&kept, jobs: 1)
    #expect(corpus.documents[0].tokens.isEmpty && corpus.documents[0].wordCount == 2)
    #expect(kept.documents[0].tokens.count == 3)
    #expect(corpus.documents[0].sentences == kept.documents[0].sentences)
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
    #expect(serial.documents.map(\.wordCount) == parallel.documents.map(\.wordCount))
    #expect(DossierJSON.encode(serial) == DossierJSON.encode(parallel))
  }
}
