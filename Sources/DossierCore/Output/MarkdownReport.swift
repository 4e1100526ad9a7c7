/// Writes a corpus as a readable Markdown report: one section per story.
public enum MarkdownReport {
  public static func render(_ corpus: Corpus) -> String {
    var out = "# Dossier report\n\n"
    let documents = corpus.documents.count
    let stories = corpus.stories.count
    out += "\(documents) \(plural(documents, "document")) in \(stories) \(plural(stories, "story", "stories")).\n"
    for story in corpus.stories {
      out += "\n## \(story.id): \(inline(story.title))\n\n"
      let dates = story.documents.compactMap { corpus.documents[$0].metadata.published.date }
      if let first = dates.min(), let last = dates.max() {
        out += first == last ? "Published \(first).\n\n" : "Published \(first) to \(last).\n\n"
      } else {
        out += "Publication dates unknown.\n\n"
      }
      out += "| Document | Title | Source | Published | Length |\n"
      out += "|---|---|---|---|---|\n"
      for index in story.documents {
        out += documentRow(corpus.documents[index])
      }
      for section in storySections {
        let text = section(story, corpus)
        if !text.isEmpty { out += "\n" + text }
      }
    }
    return out
  }

  /// The sections after a story's document table, in order. Each renders
  /// Markdown starting with a `###` heading, or nothing when it has nothing
  /// to show.
  static let storySections: [@Sendable (Story, Corpus) -> String] = [
    storySources, peopleSection, whoSaidWhat, timelineSection,
  ]

  static func documentRow(_ document: Document) -> String {
    let metadata = document.metadata
    let published: String
    if let date = metadata.published.date {
      published = "\(date) (\(metadata.published.basis.rawValue))"
    } else {
      published = "unknown"
    }
    let words = document.wordCount
    let length =
      "\(words) \(plural(words, "word")), \(document.paragraphs.count) \(plural(document.paragraphs.count, "paragraph"))"
    return "| \(document.id) `\(cell(document.origin))` | \(cell(metadata.title ?? "—")) | "
      + "\(cell(metadata.source ?? "—")) | \(published) | \(length) |\n"
  }

  static func plural(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    count == 1 ? singular : plural ?? singular + "s"
  }

  /// Text safe inside a table cell: one line, pipes escaped.
  static func cell(_ text: String) -> String {
    inline(text).replacingAll("|", with: "\\|")
  }

  /// Text on one line.
  static func inline(_ text: String) -> String {
    var result = ""
    var lastWasSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        if !lastWasSpace { result.unicodeScalars.append(" ") }
        lastWasSpace = true
      } else {
        result.unicodeScalars.append(scalar)
        lastWasSpace = false
      }
    }
    return result
  }
}

extension String {
  func replacingAll(_ target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
