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

    // Elements are borrowed from the arrays' storage, not copied out.
    lines(count: documents.count, cost: { lookups.textBytes[$0] + 300 }) { index, writer in
      writer.raw("{\"document\": ")
      documents.withUnsafeBufferPointer {
        DossierJSON.writeDocument($0[index], story: lookups.storyIDs[index], into: &writer)
      }
      writer.raw("}\n")
    }
    // Entity, quote and timex lines have no space after the colon: the form
    // these lines have always had.
    let entities = corpus.entities
    lines(count: entities.count, cost: { 150 + 150 * entities[$0].members.count }) { index, writer in
      writer.raw("{\"entity\":")
      entities.withUnsafeBufferPointer {
        DossierJSON.writeEntity($0[index], corpus: corpus, lookups: lookups, into: &writer)
      }
      writer.raw("}\n")
    }
    lines(count: documents.count, cost: { 500 * lookups.quoteCount($0) }) { index, writer in
      documents.withUnsafeBufferPointer { documents in
        for quoteIndex in documents[index].quotes.indices {
          writer.raw("{\"quote\":")
          DossierJSON.writeQuote(
            quoteIndex, of: documents[index], documentIndex: index, corpus: corpus, lookups: lookups, into: &writer)
          writer.raw("}\n")
        }
      }
    }
    lines(count: documents.count, cost: { 150 * lookups.timexCount($0) }) { index, writer in
      documents.withUnsafeBufferPointer { documents in
        for timex in documents[index].timexes {
          writer.raw("{\"timex\":")
          DossierJSON.writeTimex(timex, of: documents[index], map: lookups.offsets[index], into: &writer)
          writer.raw("}\n")
        }
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
