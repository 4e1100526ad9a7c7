extension ParagraphSplitter: DocumentStage {
  public var name: String { "paragraphs" }
  public var requires: Set<Layer> { [.tokens] }
  public var produces: Set<Layer> { [.paragraphs] }

  public func process(_ document: inout Document) {
    document.paragraphs = paragraphs(from: document.tokens)
  }
}

extension Tokenizer: DocumentStage {
  public var name: String { "tokens" }
  public var requires: Set<Layer> { [.text] }
  public var produces: Set<Layer> { [.tokens] }

  public func process(_ document: inout Document) {
    document.tokens = tokenize(document.text)
    document.wordCount = document.tokens.reduce(0) { $0 + ($1.kind == .word || $1.kind == .number ? 1 : 0) }
  }
}

extension SentenceSplitter: DocumentStage {
  public var name: String { "sentences" }
  public var requires: Set<Layer> { [.tokens, .paragraphs] }
  public var produces: Set<Layer> { [.sentences] }

  public func process(_ document: inout Document) {
    document.sentences = split(text: document.text, tokens: document.tokens, paragraphs: document.paragraphs)
  }
}
