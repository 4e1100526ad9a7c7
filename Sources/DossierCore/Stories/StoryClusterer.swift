/// The corpus stage that groups documents into stories, one event each,
/// with ``EventClusterer``.
///
/// Requires `tokens` (and uses `sentences` and publication dates); produces
/// `stories`: every document in exactly one story, each story titled with
/// the headline (or else the lead sentence) of its most representative
/// document.
public struct StoryClusterer: CorpusStage {
  public var clusterer: EventClusterer

  public init(clusterer: EventClusterer = EventClusterer()) {
    self.clusterer = clusterer
  }

  /// Up to this many articles, all profiles are built once and held.
  static let profilesHeld = 8192

  public var name: String { "stories" }
  public var requires: Set<Layer> { [.tokens] }
  public var produces: Set<Layer> { [.stories] }

  public func process(_ corpus: inout Corpus) {
    let documents = corpus.documents
    let result: EventClusterer.Result
    if documents.count <= Self.profilesHeld {
      // Few enough to hold: build each profile once, not once per pass.
      result = clusterer.cluster(ParallelMap.map(documents) { StoryProfile($0) })
    } else {
      result = clusterer.cluster(count: documents.count) { range in
        ParallelMap.map(Array(documents[range])) { StoryProfile($0) }
      }
    }
    corpus.stories = result.stories.enumerated().map { index, members in
      let representative = result.representatives[index]
      return Story(
        id: "s\(index + 1)", title: StoryTitles.title(of: corpus.documents[representative]),
        documents: members)
    }
  }
}

/// How a story is named: the headline of its most representative document,
/// or else that document's lead sentence.
public enum StoryTitles {
  public static func title(of document: Document) -> String {
    if let title = document.metadata.title, !title.isEmpty { return title }
    if let sentence = document.sentences.first ?? document.paragraphs.first {
      return String(document.text(sentence))
    }
    return String(document.text.prefix(120))
  }
}
