extension MarkdownReport {
  /// The story's timeline: one line per dated event, with its value at its
  /// own granularity and the documents that report it.
  static func timelineSection(_ story: Story, _ corpus: Corpus) -> String {
    guard !story.timeline.isEmpty else { return "" }
    var out = "### Timeline\n\n"
    for entry in story.timeline {
      var documents: [String] = []
      for span in entry.evidence {
        let id = corpus.documents[span.document].id
        if !documents.contains(id) { documents.append(id) }
      }
      out += "- **\(entry.value)** \(inline(entry.text)) (\(documents.joined(separator: ", ")))\n"
    }
    return out
  }
}
