/// The corpus stage that finds copies and rewrites with
/// ``DerivationFinder``.
///
/// Requires `contentProfiles` (``ContentProfiler``; where a document has
/// none, it is built from the tokens) and `stories` (articles are compared
/// within their story, which keeps candidate buckets small at any corpus
/// size); produces `derivations`.
public struct DerivationDetector: CorpusStage {
  public var finder: DerivationFinder

  public init(finder: DerivationFinder = DerivationFinder()) {
    self.finder = finder
  }

  public var name: String { "derivations" }
  public var requires: Set<Layer> { [.contentProfiles, .stories] }
  public var produces: Set<Layer> { [.derivations] }

  public func process(_ corpus: inout Corpus) {
    let documents = corpus.documents
    let stories = corpus.storyIndexByDocument().map { $0 ?? -1 }
    let sketch = finder.sketch
    // Every article is sketched from its content profile; whole profiles
    // (sentence postings) are built only for the articles of candidate pairs.
    corpus.derivations = finder.find(
      count: documents.count, stories: stories,
      bandKeys: { indices in
        ParallelMap.map(indices) { index in
          let document = documents[index]
          if let content = document.contentProfile { return sketch.bandKeys(content) }
          return sketch.bandKeys(DerivationProfile(document).words)
        }
      },
      profiles: { indices in ParallelMap.map(indices) { DerivationProfile(documents[$0]) } })
  }
}
