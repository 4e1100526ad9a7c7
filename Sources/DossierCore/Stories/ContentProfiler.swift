/// The document stage that reads each document's content words once, in
/// the parallel document phase, for the corpus stages that compare
/// documents.
///
/// Requires `tokens` and `sentences`; produces `contentProfiles`
/// (``Document/contentProfile``), which ``StoryClusterer`` and
/// ``DerivationDetector`` read, so that no corpus stage needs the tokens
/// and the pipeline can drop them as each document finishes.
public struct ContentProfiler: DocumentStage {
  public init() {}

  public var name: String { "content profiles" }
  public var requires: Set<Layer> { [.tokens, .sentences] }
  public var produces: Set<Layer> { [.contentProfiles] }

  public func process(_ document: inout Document) {
    document.contentProfile = ContentProfile(document)
  }
}
