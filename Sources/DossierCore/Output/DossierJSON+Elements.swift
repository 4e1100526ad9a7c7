/// One element of each array of the JSON format, shared by the JSON and
/// JSON Lines writers so that both always carry the same fields.
extension DossierJSON {
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

  /// An entity with its mentions in every document, in document and text
  /// order.
  static func writeEntity(
    _ entity: CorpusEntity, corpus: Corpus, lookups: OutputLookups, into writer: inout JSONWriter
  ) {
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
    writeMentions(of: entity, corpus: corpus, lookups: lookups, into: &writer)
    writer.endArray()
    writer.endObject()
  }

  /// An entity's mentions in document and text order. Usually its members
  /// come in document order and each document's mentions in text order, and
  /// the spans are written straight from them; otherwise they are gathered
  /// and sorted first.
  static func writeMentions(
    of entity: CorpusEntity, corpus: Corpus, lookups: OutputLookups, into writer: inout JSONWriter
  ) {
    let members = entity.members.filter { $0.document >= 0 && $0.document < lookups.mentions.count }
    lookups.mentions.withUnsafeBufferPointer { groups in
      var ordered = true
      var previous = -1
      for member in members {
        if member.document <= previous {
          ordered = false
          break
        }
        previous = member.document
        ordered = groups[member.document].withRanges(of: member.entity) { ranges in
          !ranges.indices.dropFirst().contains { ranges[$0] < ranges[$0 - 1] }
        }
        if !ordered { break }
      }
      if ordered {
        lookups.offsets.withUnsafeBufferPointer { offsets in
          corpus.documents.withUnsafeBufferPointer { documents in
            for member in members {
              groups[member.document].withRanges(of: member.entity) { ranges in
                for range in ranges {
                  writer.span(
                    document: documents[member.document].id, start: offsets[member.document].scalarOffset(range.start),
                    end: offsets[member.document].scalarOffset(range.end))
                }
              }
            }
          }
        }
        return
      }
      var spans: [DocumentSpan] = []
      for member in members {
        for range in groups[member.document].ranges(of: member.entity) {
          spans.append(DocumentSpan(document: member.document, range: range))
        }
      }
      spans.sort { ($0.document, $0.range) < ($1.document, $1.range) }
      // Two local entities merged into this one may hold one span each.
      for (index, span) in spans.enumerated() where index == 0 || spans[index - 1] != span {
        writeSpan(span, corpus: corpus, offsets: lookups.offsets, into: &writer)
      }
    }
  }

  /// A document's quote, numbered across the corpus.
  static func writeQuote(
    _ quoteIndex: Int, of document: Document, documentIndex: Int, corpus: Corpus, lookups: OutputLookups,
    into writer: inout JSONWriter
  ) {
    let quote = document.quotes[quoteIndex]
    lookups.offsets.withUnsafeBufferPointer { offsets in
      writeQuote(
        quote, number: quoteIndex, of: document, documentIndex: documentIndex, map: offsets[documentIndex],
        corpus: corpus, lookups: lookups, into: &writer)
    }
  }

  static func writeQuote(
    _ quote: Quote, number quoteIndex: Int, of document: Document, documentIndex: Int, map: ScalarOffsetMap,
    corpus: Corpus, lookups: OutputLookups, into writer: inout JSONWriter
  ) {
    let firstId = lookups.firstQuote[documentIndex]
    writer.beginObject()
    writer.key("id")
    writer.string(prefix: "q", number: firstId + quoteIndex)
    writer.field("doc", document.id)
    writer.field("start", map.scalarOffset(quote.range.start))
    writer.field("end", map.scalarOffset(quote.range.end))
    writeText(quote.range, of: document, into: &writer)
    writer.field("kind", quote.kind.rawValue)
    writer.key("speaker")
    if let speaker = quote.speaker {
      writer.beginObject(inline: true)
      let entity = quote.speakerEntity.flatMap { lookups.entityByLocal[documentIndex][$0] }
      // Only the id is read: copying the entity out would retain its lists.
      writer.field("entity", entity.map { index in corpus.entities.withUnsafeBufferPointer { $0[index].id } })
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
    writer.key("parent")
    if let parent = quote.parent { writer.string(prefix: "q", number: firstId + parent) } else { writer.null() }
    writer.field("group", nil)
    writer.key("confidence")
    writer.double(quote.confidence)
    writer.endObject()
  }

  static func writeTimex(_ timex: Timex, of document: Document, map: ScalarOffsetMap, into writer: inout JSONWriter) {
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

  /// `{"doc", "source", "similarity", "kind"}` of a derivation.
  static func writeDerivation(_ derivation: Derivation, corpus: Corpus, into writer: inout JSONWriter) {
    writer.beginObject(inline: true)
    writer.field("doc", corpus.documents[derivation.document].id)
    writer.field("source", corpus.documents[derivation.source].id)
    writer.key("similarity")
    writer.double((derivation.similarity * 1000).rounded() / 1000)
    writer.field("kind", derivation.kind.rawValue)
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

  /// `{"doc": "d1", "start": 0, "end": 5}` in scalar offsets.
  static func writeSpan(
    _ span: DocumentSpan, corpus: Corpus, offsets: [ScalarOffsetMap], into writer: inout JSONWriter
  ) {
    let map = offsets[span.document]
    corpus.documents.withUnsafeBufferPointer { documents in
      writer.span(
        document: documents[span.document].id, start: map.scalarOffset(span.range.start),
        end: map.scalarOffset(span.range.end))
    }
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
    // A native string lends its bytes in place; another is copied once.
    let done: Void? = document.text.utf8.withContiguousStorageIfAvailable { utf8 in
      writer.string(utf8: UnsafeBufferPointer(rebasing: utf8[Int(range.start)..<Int(range.end)]))
    }
    if done == nil {
      var text = document.text
      text.withUTF8 { utf8 in
        writer.string(utf8: UnsafeBufferPointer(rebasing: utf8[Int(range.start)..<Int(range.end)]))
      }
    }
  }
}
