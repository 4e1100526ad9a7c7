/// Writes a corpus as Dossier JSON, version 1 (`dossier-json/1`): the
/// contract in `spec/dossier-json.md` that every reader of Dossier's output
/// relies on. Offsets are converted to Unicode scalars here and only here.
public enum DossierJSON {
  public static let format = "dossier-json/1"

  public static func encode(_ corpus: Corpus, pretty: Bool = true) -> [UInt8] {
    let textBytes = corpus.documents.reduce(0) { $0 + $1.text.utf8.count }
    // The output is about five times the text; reserving it up front saves
    // copying and page-faulting a growing buffer several times.
    var writer = JSONWriter(pretty: pretty, capacity: textBytes * 6 + corpus.documents.count * 512 + 1024)
    let storyOfDocument = corpus.storyIndexByDocument()
    writer.beginObject()
    writer.field("format", format)
    writer.key("generator")
    writer.beginObject(inline: true)
    writer.field("name", "dossier")
    writer.field("version", DossierVersion.current)
    writer.endObject()

    writer.key("documents")
    writer.beginArray()
    for (index, document) in corpus.documents.enumerated() {
      let story = storyOfDocument[index].map { corpus.stories[$0].id }
      writeDocument(document, story: story, into: &writer)
    }
    writer.endArray()

    let offsets = corpus.documents.map { ScalarOffsetMap($0.text) }
    let entityByLocal = corpus.corpusEntityByLocal()
    writeEntities(corpus, offsets: offsets, into: &writer)
    writeQuotes(corpus, offsets: offsets, entityByLocal: entityByLocal, into: &writer)
    writeTimexes(corpus, offsets: offsets, into: &writer)
    writer.emptyArray("claims")
    writeDerivations(corpus, into: &writer)

    writer.key("stories")
    writer.beginArray()
    for story in corpus.stories { writeStory(story, corpus: corpus, offsets: offsets, into: &writer) }
    writer.endArray()
    writer.endObject()
    var bytes = writer.take()
    bytes.append(0x0A)
    return bytes
  }

  static func writeDocument(_ document: Document, story: String?, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.field("id", document.id)
    writer.field("path", document.origin)
    writer.field("title", document.metadata.title)
    writer.field("source", document.metadata.source)
    writer.field("url", document.metadata.url)
    writer.key("published")
    writer.beginObject(inline: true)
    writer.field("value", document.metadata.published.date?.description)
    writer.field("basis", document.metadata.published.basis.rawValue)
    writer.endObject()
    writer.field("text", document.text)
    writer.field("story", story)
    writer.endObject()
  }

  static func writeStory(
    _ story: Story, corpus: Corpus, offsets: [ScalarOffsetMap], into writer: inout JSONWriter
  ) {
    writer.beginObject()
    writer.field("id", story.id)
    writer.field("title", story.title)
    writer.key("documents")
    writer.beginArray(inline: true)
    for index in story.documents { writer.string(corpus.documents[index].id) }
    writer.endArray()
    let dates = story.documents.compactMap { corpus.documents[$0].metadata.published.date }
    writer.key("dates")
    writer.beginObject(inline: true)
    writer.field("first", dates.min()?.description)
    writer.field("last", dates.max()?.description)
    writer.endObject()
    writer.key("timeline")
    writer.beginArray()
    for entry in story.timeline {
      writer.beginObject()
      writer.field("value", entry.value)
      writer.field("text", entry.text)
      writer.key("evidence")
      writer.beginArray()
      for span in entry.evidence { writeSpan(span, corpus: corpus, offsets: offsets, into: &writer) }
      writer.endArray()
      writer.endObject()
    }
    writer.endArray()
    writer.emptyArray("brief")
    writer.endObject()
  }
}

extension DossierJSON {
  /// `{"doc": "d1", "start": 0, "end": 5}` in scalar offsets.
  static func writeSpan(
    _ span: DocumentSpan, corpus: Corpus, offsets: [ScalarOffsetMap], into writer: inout JSONWriter
  ) {
    let map = offsets[span.document]
    writer.beginObject(inline: true)
    writer.field("doc", corpus.documents[span.document].id)
    writer.field("start", map.scalarOffset(span.range.start))
    writer.field("end", map.scalarOffset(span.range.end))
    writer.endObject()
  }

  /// `"text": …, "start": N, "end": N` of a range, scalar offsets.
  static func writeRangeFields(
    _ range: TextRange, document: Document, map: ScalarOffsetMap, into writer: inout JSONWriter
  ) {
    writeText(range, of: document, into: &writer)
    writer.field("start", map.scalarOffset(range.start))
    writer.field("end", map.scalarOffset(range.end))
  }

  /// `"text": "…"` of a range, copied from the document's UTF-8 without
  /// making a `String` of it.
  static func writeText(_ range: TextRange, of document: Document, into writer: inout JSONWriter) {
    writer.key("text")
    var text = document.text
    text.withUTF8 { utf8 in
      writer.string(utf8: UnsafeBufferPointer(rebasing: utf8[Int(range.start)..<Int(range.end)]))
    }
  }

  static func writeEntities(_ corpus: Corpus, offsets: [ScalarOffsetMap], into writer: inout JSONWriter) {
    // Each document's mentions grouped by entity once, not searched per entity.
    let mentionsByEntity = corpus.documents.map { document in
      var groups = [[TextRange]](repeating: [], count: document.entities.count)
      for mention in document.mentions where mention.entity < groups.count {
        groups[mention.entity].append(mention.range)
      }
      return groups
    }
    writer.key("entities")
    writer.beginArray()
    for entity in corpus.entities {
      writer.beginObject()
      writer.field("id", entity.id)
      writer.field("name", entity.name)
      writer.field("type", entity.type.rawValue)
      writer.key("aliases")
      writer.beginArray(inline: true)
      for alias in entity.aliases { writer.string(alias) }
      writer.endArray()
      writer.key("descriptors")
      writer.beginArray(inline: true)
      for descriptor in entity.descriptors { writer.string(descriptor) }
      writer.endArray()
      writer.key("mentions")
      writer.beginArray()
      var spans: [DocumentSpan] = []
      for member in entity.members where member.entity < mentionsByEntity[member.document].count {
        for range in mentionsByEntity[member.document][member.entity] {
          spans.append(DocumentSpan(document: member.document, range: range))
        }
      }
      spans.sort { ($0.document, $0.range) < ($1.document, $1.range) }
      for span in spans { writeSpan(span, corpus: corpus, offsets: offsets, into: &writer) }
      writer.endArray()
      writer.endObject()
    }
    writer.endArray()
  }

  static func writeQuotes(
    _ corpus: Corpus, offsets: [ScalarOffsetMap], entityByLocal: [[Int?]], into writer: inout JSONWriter
  ) {
    writer.key("quotes")
    writer.beginArray()
    var firstId = 1
    for (documentIndex, document) in corpus.documents.enumerated() {
      let map = offsets[documentIndex]
      for (quoteIndex, quote) in document.quotes.enumerated() {
        writer.beginObject()
        writer.field("id", "q\(firstId + quoteIndex)")
        writer.field("doc", document.id)
        writer.field("start", map.scalarOffset(quote.range.start))
        writer.field("end", map.scalarOffset(quote.range.end))
        writeText(quote.range, of: document, into: &writer)
        writer.field("kind", quote.kind.rawValue)
        writer.key("speaker")
        if let speaker = quote.speaker {
          writer.beginObject(inline: true)
          let entity = quote.speakerEntity.flatMap { entityByLocal[documentIndex][$0] }
          writer.field("entity", entity.map { corpus.entities[$0].id })
          writeRangeFields(speaker, document: document, map: map, into: &writer)
          writer.endObject()
        } else {
          writer.null()
        }
        writer.key("cue")
        if let cue = quote.cue {
          writer.beginObject(inline: true)
          writeRangeFields(cue, document: document, map: map, into: &writer)
          writer.endObject()
        } else {
          writer.null()
        }
        writer.field("parent", quote.parent.map { "q\(firstId + $0)" })
        writer.field("group", nil)
        writer.key("confidence")
        writer.double(quote.confidence)
        writer.endObject()
      }
      firstId += document.quotes.count
    }
    writer.endArray()
  }

  /// `{"doc", "source", "similarity", "kind"}` per derivation.
  static func writeDerivations(_ corpus: Corpus, into writer: inout JSONWriter) {
    writer.key("derivations")
    writer.beginArray()
    for derivation in corpus.derivations { writeDerivation(derivation, corpus: corpus, into: &writer) }
    writer.endArray()
  }

  static func writeDerivation(_ derivation: Derivation, corpus: Corpus, into writer: inout JSONWriter) {
    writer.beginObject(inline: true)
    writer.field("doc", corpus.documents[derivation.document].id)
    writer.field("source", corpus.documents[derivation.source].id)
    writer.key("similarity")
    writer.double((derivation.similarity * 1000).rounded() / 1000)
    writer.field("kind", derivation.kind.rawValue)
    writer.endObject()
  }

  static func writeTimexes(_ corpus: Corpus, offsets: [ScalarOffsetMap], into writer: inout JSONWriter) {
    writer.key("timexes")
    writer.beginArray()
    for (documentIndex, document) in corpus.documents.enumerated() {
      let map = offsets[documentIndex]
      for timex in document.timexes {
        writer.beginObject(inline: true)
        writer.field("doc", document.id)
        writer.field("start", map.scalarOffset(timex.range.start))
        writer.field("end", map.scalarOffset(timex.range.end))
        writeText(timex.range, of: document, into: &writer)
        writer.field("type", timex.kind.rawValue)
        writer.field("value", timex.value)
        writer.field("anchor", timex.anchor.rawValue)
        writer.endObject()
      }
    }
    writer.endArray()
  }
}

/// The version Dossier reports in its output.
public enum DossierVersion {
  public static let current = "0.1.0"
}
