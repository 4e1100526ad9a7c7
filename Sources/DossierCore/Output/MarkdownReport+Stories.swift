extension MarkdownReport {
  /// A story's sources in date order with their outlets, and which of them
  /// copy or rewrite another (`d3 rewrites d1`).
  static func storySources(_ story: Story, _ corpus: Corpus) -> String {
    let members = Set(story.documents)
    let ordered = story.documents.sorted { a, b in
      let da = corpus.documents[a].metadata.published.date
      let db = corpus.documents[b].metadata.published.date
      switch (da, db) {
      case (let x?, let y?): return x != y ? x < y : a < b
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return a < b
      }
    }
    var out = "### Sources\n\n"
    for index in ordered {
      out += "- " + describe(corpus.documents[index]) + "\n"
    }
    let derivations = corpus.derivations.filter { members.contains($0.document) }
    guard !derivations.isEmpty else { return out }
    out += "\n### Copies and rewrites\n\n"
    for derivation in derivations {
      let verb = derivation.kind == .copy ? "copies" : "rewrites"
      let percent = Int((derivation.similarity * 100).rounded())
      out +=
        "- \(sourceName(corpus.documents[derivation.document])) \(verb) "
        + "\(sourceName(corpus.documents[derivation.source])) (\(percent)% of its content aligned)\n"
    }
    return out
  }

  /// `2025-03-10, Continental Newswire: “Headline” (d1)`.
  static func describe(_ document: Document) -> String {
    let date = document.metadata.published.date.map { "\($0)" } ?? "date unknown"
    let outlet = document.metadata.source ?? "outlet unknown"
    let title = document.metadata.title.map { ": “\(inline($0))”" } ?? ""
    return "\(date), \(inline(outlet))\(title) (\(document.id))"
  }

  /// `d3 (WorldBrief Daily)`.
  static func sourceName(_ document: Document) -> String {
    guard let source = document.metadata.source else { return document.id }
    return "\(document.id) (\(inline(source)))"
  }
}
