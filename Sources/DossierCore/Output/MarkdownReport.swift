/// Writes a corpus as a readable Markdown report: one section per story.
public enum MarkdownReport {
  public static func render(_ corpus: Corpus, jobs: Int = ProcessorInfo.activeCores) -> String {
    var bytes: [UInt8] = []
    write(corpus, jobs: jobs) { bytes += $0 }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Writes the report to `emit` in consecutive pieces (the same text as
  /// ``render(_:jobs:)``), rendering stories by batches on `jobs` workers.
  public static func write(
    _ corpus: Corpus, jobs: Int = ProcessorInfo.activeCores, batchBytes: Int = 1 << 16, emit: ([UInt8]) -> Void
  ) {
    var head = "# Dossier report\n\n"
    let documents = corpus.documents.count
    let stories = corpus.stories.count
    head += "\(documents) \(plural(documents, "document")) in \(stories) \(plural(stories, "story", "stories")).\n"
    emit(Array(head.utf8))
    let context = Context(corpus)
    let storyList = corpus.stories
    OrderedBatches(jobs: jobs, batchBytes: batchBytes).run(
      count: storyList.count,
      cost: { 300 + 1000 * storyList[$0].documents.count },
      encode: { range in
        var out = ""
        for index in range { out += storySection(storyList[index], context) }
        return Array(out.utf8)
      },
      emit: emit)
  }

  /// One story's section: its heading, dates, document table and the
  /// sections of ``storySections``.
  static func storySection(_ story: Story, _ context: Context) -> String {
    let corpus = context.corpus
    var out = "\n## \(story.id): \(inline(story.title))\n\n"
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
      let text = section(story, context)
      if !text.isEmpty { out += "\n" + text }
    }
    return out
  }

  /// The sections after a story's document table, in order. Each renders
  /// Markdown starting with a `###` heading, or nothing when it has nothing
  /// to show. A section that needs only the corpus reads `context.corpus`.
  static let storySections: [@Sendable (Story, Context) -> String] = [
    { storySources($0, $1.corpus) }, peopleSection, whoSaidWhat, { timelineSection($0, $1.corpus) },
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
    inline(text, escapingPipes: true)
  }

  /// Text on one line: each run of whitespace becomes one space. Works on
  /// UTF-8 bytes and asks Unicode only about non-ASCII scalars: reports
  /// put every quote and title through here.
  static func inline(_ text: String, escapingPipes: Bool = false) -> String {
    var text = text
    return text.withUTF8 { utf8 in
      var out: [UInt8] = []
      out.reserveCapacity(utf8.count + 8)
      var lastWasSpace = false
      // Bytes from `runStart` on are copied as they are, in one go.
      var runStart = 0
      var index = 0
      while index < utf8.count {
        let byte = utf8[index]
        var length = 1
        let isSpace: Bool
        if byte < 0x80 {
          isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
          if escapingPipes && byte == UInt8(ascii: "|") {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            out.append(UInt8(ascii: "\\"))
            runStart = index
          }
        } else {
          length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
          var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
          for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
          isSpace = Unicode.Scalar(value)?.properties.isWhitespace ?? false
        }
        if isSpace {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
          if !lastWasSpace { out.append(0x20) }
          runStart = index + length
        }
        lastWasSpace = isSpace
        index += length
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
      return String(decoding: out, as: UTF8.self)
    }
  }
}
