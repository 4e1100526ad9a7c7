/// Puts every document into one story.
///
/// The placeholder grouping until event clustering exists: the JSON contract
/// needs every document in a story.
public struct SingleStoryGrouper: CorpusStage {
  public init() {}

  public var name: String { "stories" }
  public var requires: Set<Layer> { [.text] }
  public var produces: Set<Layer> { [.stories] }

  public func process(_ corpus: inout Corpus) {
    guard !corpus.documents.isEmpty else {
      corpus.stories = []
      return
    }
    let indices = Array(corpus.documents.indices)
    corpus.stories = [Story(id: "s1", title: StoryTitles.title(for: indices, in: corpus), documents: indices)]
  }
}

/// How a story is named: the headline of its earliest titled document, or
/// else the first sentence of its first document.
public enum StoryTitles {
  public static func title(for documents: [Int], in corpus: Corpus) -> String {
    for index in documents {
      if let title = corpus.documents[index].metadata.title { return title }
    }
    guard let first = documents.first else { return "" }
    let document = corpus.documents[first]
    if let sentence = document.sentences.first ?? document.paragraphs.first {
      return String(document.text(sentence))
    }
    return String(document.text.prefix(120))
  }
}
