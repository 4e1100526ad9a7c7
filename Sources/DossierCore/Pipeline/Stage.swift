/// A per-document analysis step: a deterministic transform of one document
/// that adds annotation layers.
///
/// Document stages run in parallel across documents, so they must not share
/// mutable state; the same document must always give the same result.
public protocol DocumentStage: Sendable {
  /// A short name used in messages: `segmentation`, `quotes`.
  var name: String { get }
  /// The layers this stage reads. ``Pipeline`` refuses to run it unless an
  /// earlier stage produces each of them.
  var requires: Set<Layer> { get }
  /// The layers this stage adds.
  var produces: Set<Layer> { get }
  func process(_ document: inout Document)
}

/// A corpus-level analysis step that runs after all document stages:
/// merging, grouping, clustering.
public protocol CorpusStage: Sendable {
  var name: String { get }
  var requires: Set<Layer> { get }
  var produces: Set<Layer> { get }
  func process(_ corpus: inout Corpus)
}
