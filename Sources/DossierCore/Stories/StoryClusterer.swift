/// The corpus stage that groups documents into stories, one event each,
/// with ``EventClusterer``.
///
/// Requires `contentProfiles` (``ContentProfiler``; where a document has
/// none, it is built from the tokens) and uses publication dates; produces
/// `stories`: every document in exactly one story, each story titled with
/// the headline (or else the lead sentence) of its most representative
/// document.
public struct StoryClusterer: CorpusStage {
  public var clusterer: EventClusterer

  public init(clusterer: EventClusterer = EventClusterer()) {
    self.clusterer = clusterer
  }

  public var name: String { "stories" }
  public var requires: Set<Layer> { [.contentProfiles] }
  public var produces: Set<Layer> { [.stories] }

  public func process(_ corpus: inout Corpus) {
    let documents = corpus.documents
    // The profiles share the documents' arrays: holding them costs little.
    let profiles =
      documents.allSatisfy { $0.contentProfile != nil }
      ? documents.map { StoryProfile($0) } : ParallelMap.map(documents) { StoryProfile($0) }
    let result = clusterer.cluster(profiles)
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
