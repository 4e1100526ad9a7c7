/// The "Who said what" section of a story: every quote of its documents
/// with its speaker, kind and words.
extension MarkdownReport {
  /// The longest quoted words shown in one table cell, in characters.
  static let quoteCellLength = 240

  /// Renders the section, or nothing when the story's documents have no
  /// quotes.
  static func whoSaidWhat(_ story: Story, _ context: Context) -> String {
    let corpus = context.corpus
    let entityByLocal = context.entityByLocal
    var rows = ""
    for documentIndex in story.documents {
      let document = corpus.documents[documentIndex]
      for quote in document.quotes {
        let speaker = speakerName(
          quote, document: document,
          corpusEntity: { local in
            entityByLocal[documentIndex][local].map { corpus.entities[$0].name }
          })
        let nested = quote.parent == nil ? "" : " (nested)"
        rows +=
          "| \(cell(speaker)) | \(quote.kind.rawValue)\(nested) | \(cell(words(document.text(quote.range)))) | "
          + "\(document.id) |\n"
      }
    }
    guard !rows.isEmpty else { return "" }
    return "### Who said what\n\n| Speaker | Kind | Words | Document |\n|---|---|---|---|\n" + rows
  }

  /// The speaker's fullest name: the corpus entity, the local entity, or
  /// the words of the attribution; `unknown` without any.
  static func speakerName(_ quote: Quote, document: Document, corpusEntity: (Int) -> String?) -> String {
    if let local = quote.speakerEntity {
      if let name = corpusEntity(local) { return name }
      if local < document.entities.count { return document.entities[local].name }
    }
    if let speaker = quote.speaker { return String(document.text(speaker)) }
    return "unknown"
  }

  /// Quoted words, shortened for a table cell.
  static func words(_ text: Substring) -> String {
    let line = inline(String(text))
    // No more bytes than the limit means no more characters: skip counting.
    guard line.utf8.count > quoteCellLength && line.count > quoteCellLength else { return "“\(line)”" }
    return "“\(line.prefix(quoteCellLength))…”"
  }
}
