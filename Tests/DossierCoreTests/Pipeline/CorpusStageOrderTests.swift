import DossierCore
import Testing

/// Corpus stages whose results no later stage reads run beside the others;
/// what they produce must still reach the corpus, and a stage whose result
/// is read later must run before its reader.
struct CorpusStageOrderTests {
  /// Names every document's first word as a corpus entity.
  struct NamesEntities: CorpusStage {
    var name: String { "namer" }
    var requires: Set<Layer> { [] }
    var produces: Set<Layer> { [.corpusEntities] }
    func process(_ corpus: inout Corpus) {
      corpus.entities = corpus.documents.map { document in
        CorpusEntity(
          id: "e-\(document.id)", name: String(document.text.prefix { $0 != " " }), type: .other, aliases: [],
          descriptors: [], members: [])
      }
    }
  }

  /// One story per document; records how many entities it saw.
  struct GroupsStories: CorpusStage {
    var name: String { "grouper" }
    var requires: Set<Layer> { [] }
    var produces: Set<Layer> { [.stories] }
    func process(_ corpus: inout Corpus) {
      corpus.stories = corpus.documents.indices.map {
        Story(id: "s\($0 + 1)", title: "entities seen: \(corpus.entities.count)", documents: [$0])
      }
    }
  }

  /// Reads corpus entities: a stage before it that produces them cannot
  /// run beside it.
  struct ReadsEntities: CorpusStage {
    var name: String { "reader" }
    var requires: Set<Layer> { [.corpusEntities] }
    var produces: Set<Layer> { [.stories] }
    func process(_ corpus: inout Corpus) {
      corpus.stories = [Story(id: "s1", title: "entities seen: \(corpus.entities.count)", documents: [0])]
    }
  }

  /// Writes corpus entities again: a stage before it that produces them
  /// must not run beside it, or its result would be handed back last.
  struct RenamesEntities: CorpusStage {
    var name: String { "renamer" }
    var requires: Set<Layer> { [] }
    var produces: Set<Layer> { [.corpusEntities] }
    func process(_ corpus: inout Corpus) {
      corpus.entities = [CorpusEntity(id: "e1", name: "renamed", type: .other)]
    }
  }

  static func corpus() -> Corpus {
    Corpus(
      documents: ["Alpha one.", "Beta two."].enumerated().map {
        Document(id: "d\($0.offset + 1)", origin: "t", metadata: DocumentMetadata(), text: $0.element)
      })
  }

  @Test(arguments: [1, 2])
  func aStageRunBesideTheOthersStillDeliversItsLayer(jobs: Int) throws {
    var corpus = Self.corpus()
    try Pipeline(documentStages: [], corpusStages: [NamesEntities(), GroupsStories()]).run(&corpus, jobs: jobs)
    #expect(corpus.entities.map(\.name) == ["Alpha", "Beta"])
    #expect(corpus.stories.count == 2)
  }

  @Test(arguments: [1, 2])
  func aStageWhoseLayerIsReadLaterRunsFirst(jobs: Int) throws {
    var corpus = Self.corpus()
    try Pipeline(documentStages: [], corpusStages: [NamesEntities(), ReadsEntities()]).run(&corpus, jobs: jobs)
    #expect(corpus.stories.map(\.title) == ["entities seen: 2"])
  }

  @Test(arguments: [1, 2])
  func aLaterStageWritingTheSameLayerHasTheLastWord(jobs: Int) throws {
    var corpus = Self.corpus()
    try Pipeline(documentStages: [], corpusStages: [NamesEntities(), GroupsStories(), RenamesEntities()])
      .run(&corpus, jobs: jobs)
    #expect(corpus.entities.map(\.name) == ["renamed"])
  }
}
