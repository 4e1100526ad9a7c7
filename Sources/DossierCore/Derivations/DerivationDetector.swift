/// The corpus stage that finds copies and rewrites with
/// ``DerivationFinder``.
///
/// Requires `tokens` and `stories` (articles are compared within their
/// story, which keeps candidate buckets small at any corpus size); produces
/// `derivations`.
public struct DerivationDetector: CorpusStage {
  public var finder: DerivationFinder

  public init(finder: DerivationFinder = DerivationFinder()) {
    self.finder = finder
  }

  public var name: String { "derivations" }
  public var requires: Set<Layer> { [.tokens, .stories] }
  public var produces: Set<Layer> { [.derivations] }

  public func process(_ corpus: inout Corpus) {
    let documents = corpus.documents
    let stories = corpus.storyIndexByDocument().map { $0 ?? -1 }
    if documents.count <= 8192 {
      // Few enough to hold: build each profile once, not once per pass.
      corpus.derivations = finder.find(ParallelMap.map(documents) { DerivationProfile($0) }, stories: stories)
    } else {
      corpus.derivations = finder.find(count: documents.count, stories: stories) { indices in
        ParallelMap.map(indices) { DerivationProfile(documents[$0]) }
      }
    }
  }
}
