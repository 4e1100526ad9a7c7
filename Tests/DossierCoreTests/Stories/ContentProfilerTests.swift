import Testing

@testable import DossierCore

@Suite struct ContentProfilerTests {
  typealias Articles = InventedArticles

  @Test func stagesDeclareTheProfilesInsteadOfTokens() {
    #expect(ContentProfiler().requires == [.tokens, .sentences])
    #expect(ContentProfiler().produces == [.contentProfiles])
    #expect(StoryClusterer().requires == [.contentProfiles])
    #expect(DerivationDetector().requires == [.contentProfiles, .stories])
  }

  @Test func noCorpusStageOfTheStandardPipelineReadsTokens() {
    let pipeline = Analyzer.standardPipeline
    #expect(!pipeline.keepsTokens)
    #expect(pipeline.corpusStages.allSatisfy { !$0.requires.contains(.tokens) })
    #expect(pipeline.documentStages.contains { $0.produces.contains(.contentProfiles) })
  }

  /// The content words of a one-sentence document, as hashes, sorted.
  func words(_ text: String) -> [UInt64] {
    ContentProfile(Articles.document(text)).words
  }

  func hashes(_ words: [String]) -> [UInt64] {
    Array(Set(words.map { TermHash.of($0.utf8) })).sorted()
  }

  @Test(arguments: [
    ("The mayor’s office closed Kessler Street.", ["mayor", "office", "closed", "kessler", "street"]),
    ("MAYOR's aides met the UNIONS' leaders twice.", ["mayor", "aides", "met", "unions", "leaders", "twice"]),
    ("Łódź’s council voted 12 to 3 on Dąbrowa.", ["łódź", "council", "voted", "12", "3", "dąbrowa"]),
    ("It was said that he had gone.", ["gone"]),
  ])
  func contentWordsAreLowerCasedWithoutPossessivesAndStopWords(text: String, expected: [String]) {
    #expect(words(text) == hashes(expected))
  }

  @Test func profileIsWhatTheTokensGive() {
    let document = Articles.document(Articles.floodOriginal, date: "2024-10-02")
    var profiled = document
    ContentProfiler().process(&profiled)
    let content = profiled.contentProfile
    #expect(content == ContentProfile(document))
    #expect(content.map { StoryProfile($0, day: 1).terms } == StoryProfile(document).terms)
    #expect(content.map { DerivationProfile($0, day: nil).words } == DerivationProfile(document).words)
    // Pairs of adjacent content words are terms; only single words are words.
    #expect((content?.terms.count ?? 0) > (content?.words.count ?? 0))
  }

  /// Profiles live until the last corpus stage: a text that repeats its
  /// words must not leave them the room reserved for every occurrence.
  @Test func profileKeepsNoRoomForRepeatedWords() {
    let sentence = "Harbour cranes lifted the grain barges again. "
    let content = ContentProfile(Articles.document(String(repeating: sentence, count: 40)))
    func fits<Element>(_ array: [Element]) -> Bool { array.capacity <= array.count + max(4, array.count / 4) }
    #expect(fits(content.terms) && fits(content.counts) && fits(content.names) && fits(content.isWord))
    #expect(fits(content.sentenceWords))
  }

  @Test func corpusStagesGiveTheSameFromProfilesAsFromTokens() {
    let articles: [(text: String, date: String?)] = [
      (Articles.floodOriginal, "2024-10-02"), (Articles.otherFloodFirst, "2024-10-02"),
      (Articles.floodCopy, "2024-10-03"), (Articles.otherFloodSecond, "2024-10-03"),
      (Articles.floodRewrite, nil),
    ]
    var fromTokens = Articles.segmentedCorpus(articles)
    var fromProfiles = Articles.corpus(articles)
    #expect(fromProfiles.documents.allSatisfy { $0.tokens.isEmpty && $0.contentProfile != nil })
    for stage in [StoryClusterer(), DerivationDetector()] as [any CorpusStage] {
      stage.process(&fromTokens)
      stage.process(&fromProfiles)
    }
    #expect(fromProfiles.stories.map(\.documents) == fromTokens.stories.map(\.documents))
    #expect(fromProfiles.stories.count == 2)
    #expect(fromProfiles.derivations == fromTokens.derivations)
    #expect(!fromProfiles.derivations.isEmpty)
  }

  @Test func pipelineDropsProfilesAfterTheLastStageThatReadsThem() throws {
    let stages: [any CorpusStage] = [StoryClusterer(), DerivationDetector()]
    #expect(!Pipeline.dropsContentProfiles(after: 0, of: stages))
    #expect(Pipeline.dropsContentProfiles(after: 1, of: stages))
    let pipeline = try Pipeline(
      documentStages: Analyzer.segmentationStages + [ContentProfiler()], corpusStages: stages)
    var corpus = Corpus(documents: [
      Articles.document(Articles.floodOriginal, id: "d1"), Articles.document(Articles.floodCopy, id: "d2"),
    ])
    pipeline.run(&corpus, jobs: 2)
    #expect(corpus.documents.allSatisfy { $0.tokens.isEmpty && $0.contentProfile == nil })
    #expect(corpus.stories.map(\.documents) == [[0, 1]])
    #expect(corpus.derivations.count == 1)
  }
}
