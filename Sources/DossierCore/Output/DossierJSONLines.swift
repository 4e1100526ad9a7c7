/// Writes a corpus as JSON Lines (`dossier analyze --format jsonl`): for
/// corpora too large to hold or read as one JSON object.
///
/// The first line is the header, `{"format": "dossier-json/1", "generator":
/// {…}}`; then one line per item, an object with one key naming what it is
/// and the item as its value, exactly as in the JSON format: `{"document":
/// {…}}` for each document, then `entity`, `quote`, `timex`, `derivation`
/// and `story` lines. Lines are encoded by batches on `jobs` workers and go
/// to `emit` in order, in pieces of about `chunkBytes`.
public enum DossierJSONLines {
  public static func write(
    _ corpus: Corpus, chunkBytes: Int = 1 << 16, jobs: Int = ProcessorInfo.activeCores, emit: ([UInt8]) -> Void
  ) {
    let batches = OrderedBatches(jobs: jobs, batchBytes: chunkBytes)
    let lookups = OutputLookups(corpus, jobs: jobs)
    let documents = corpus.documents

    var header = JSONWriter(pretty: false)
    header.beginObject()
    header.field("format", DossierJSON.format)
    header.key("generator")
    header.beginObject()
    header.field("name", "dossier")
    header.field("version", DossierVersion.current)
    header.endObject()
    header.endObject()
    header.raw("\n")
    emit(header.take())

    /// Each line of a batch into one compact writer.
    func lines(count: Int, cost: (Int) -> Int, _ write: @escaping @Sendable (Int, inout JSONWriter) -> Void) {
      batches.run(
        count: count, cost: cost,
        encode: { range in
          var writer = JSONWriter(pretty: false)
          for index in range { write(index, &writer) }
          return writer.take()
        },
        emit: { if !$0.isEmpty { emit($0) } })
    }

    lines(count: documents.count, cost: { documents[$0].text.utf8.count + 300 }) { index, writer in
      writer.raw("{\"document\": ")
      DossierJSON.writeDocument(documents[index], story: lookups.storyIDs[index], into: &writer)
      writer.raw("}\n")
    }
    // Entity, quote and timex lines have no space after the colon: the form
    // these lines have always had.
    let entities = corpus.entities
    lines(count: entities.count, cost: { 150 + 150 * entities[$0].members.count }) { index, writer in
      writer.raw("{\"entity\":")
      DossierJSON.writeEntity(entities[index], corpus: corpus, lookups: lookups, into: &writer)
      writer.raw("}\n")
    }
    lines(count: documents.count, cost: { 500 * documents[$0].quotes.count }) { index, writer in
      let document = documents[index]
      for quoteIndex in document.quotes.indices {
        writer.raw("{\"quote\":")
        DossierJSON.writeQuote(
          quoteIndex, of: document, documentIndex: index, corpus: corpus, lookups: lookups, into: &writer)
        writer.raw("}\n")
      }
    }
    lines(count: documents.count, cost: { 150 * documents[$0].timexes.count }) { index, writer in
      let document = documents[index]
      for timex in document.timexes {
        writer.raw("{\"timex\":")
        DossierJSON.writeTimex(timex, of: document, map: lookups.offsets[index], into: &writer)
        writer.raw("}\n")
      }
    }
    let derivations = corpus.derivations
    lines(count: derivations.count, cost: { _ in 100 }) { index, writer in
      writer.raw("{\"derivation\": ")
      DossierJSON.writeDerivation(derivations[index], corpus: corpus, into: &writer)
      writer.raw("}\n")
    }
    let stories = corpus.stories
    lines(count: stories.count, cost: { 200 + 10 * stories[$0].documents.count + 300 * stories[$0].timeline.count }) {
      index, writer in
      writer.raw("{\"story\": ")
      DossierJSON.writeStory(stories[index], corpus: corpus, offsets: lookups.offsets, into: &writer)
      writer.raw("}\n")
    }
  }
}
