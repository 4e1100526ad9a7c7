/// Writes a corpus as Dossier JSON, version 1 (`dossier-json/1`): the
/// contract in `spec/dossier-json.md` that every reader of Dossier's output
/// relies on. Offsets are converted to Unicode scalars here and only here.
///
/// The output is streamed: documents, entities, quotes, timexes and stories
/// are encoded by batches on all workers and handed on in order, so that
/// memory holds a few batches of output, never the whole of it.
public enum DossierJSON {
  public static let format = "dossier-json/1"

  /// The whole output as one byte array, for small corpora and tests.
  public static func encode(_ corpus: Corpus, pretty: Bool = true, jobs: Int = ProcessorInfo.activeCores) -> [UInt8] {
    var bytes: [UInt8] = []
    write(corpus, pretty: pretty, jobs: jobs) { bytes += $0 }
    return bytes
  }

  /// Writes the output to `emit` in consecutive pieces of about `batchBytes`
  /// (the same bytes as ``encode(_:pretty:jobs:)``), encoding on `jobs`
  /// workers.
  public static func write(
    _ corpus: Corpus, pretty: Bool = true, jobs: Int = ProcessorInfo.activeCores, batchBytes: Int = 1 << 16,
    emit: ([UInt8]) -> Void
  ) {
    let batches = OrderedBatches(jobs: jobs, batchBytes: batchBytes)
    let lookups = OutputLookups(corpus, jobs: jobs)
    let documents = corpus.documents
    var writer = JSONWriter(pretty: pretty)
    writer.beginObject()
    writer.field("format", format)
    writer.key("generator")
    writer.beginObject(inline: true)
    writer.field("name", "dossier")
    writer.field("version", DossierVersion.current)
    writer.endObject()

    writer.key("documents")
    writer.beginArray()
    streamElements(
      &writer, count: documents.count, batches: batches, hasElementsBefore: { $0 > 0 },
      cost: { lookups.textBytes[$0] + 400 }, emit: emit
    ) { index, writer in
      // Elements are borrowed from the arrays' storage: copying a document
      // or an entity out of its array retains each of its fields.
      documents.withUnsafeBufferPointer { writeDocument($0[index], story: lookups.storyIDs[index], into: &writer) }
    }
    writer.endArray()

    writer.key("entities")
    writer.beginArray()
    let entities = corpus.entities
    streamElements(
      &writer, count: entities.count, batches: batches, hasElementsBefore: { $0 > 0 },
      cost: { 200 + 200 * entities[$0].members.count }, emit: emit
    ) { index, writer in
      entities.withUnsafeBufferPointer { writeEntity($0[index], corpus: corpus, lookups: lookups, into: &writer) }
    }
    writer.endArray()

    writer.key("quotes")
    writer.beginArray()
    streamElements(
      &writer, count: documents.count, batches: batches, hasElementsBefore: { lookups.firstQuote[$0] > 1 },
      cost: { 500 * lookups.quoteCount($0) }, emit: emit
    ) { index, writer in
      documents.withUnsafeBufferPointer { documents in
        for quoteIndex in documents[index].quotes.indices {
          writeQuote(
            quoteIndex, of: documents[index], documentIndex: index, corpus: corpus, lookups: lookups, into: &writer)
        }
      }
    }
    writer.endArray()

    writer.key("timexes")
    writer.beginArray()
    streamElements(
      &writer, count: documents.count, batches: batches, hasElementsBefore: { lookups.timexesBefore[$0] > 0 },
      cost: { 150 * lookups.timexCount($0) }, emit: emit
    ) { index, writer in
      documents.withUnsafeBufferPointer { documents in
        for timex in documents[index].timexes {
          writeTimex(timex, of: documents[index], map: lookups.offsets[index], into: &writer)
        }
      }
    }
    writer.endArray()

    writer.emptyArray("claims")
    writer.key("derivations")
    writer.beginArray()
    for derivation in corpus.derivations { writeDerivation(derivation, corpus: corpus, into: &writer) }
    writer.endArray()

    writer.key("stories")
    writer.beginArray()
    let stories = corpus.stories
    streamElements(
      &writer, count: stories.count, batches: batches, hasElementsBefore: { $0 > 0 },
      cost: { 200 + 10 * stories[$0].documents.count + 300 * stories[$0].timeline.count }, emit: emit
    ) { index, writer in
      writeStory(stories[index], corpus: corpus, offsets: lookups.offsets, into: &writer)
    }
    writer.endArray()
    writer.endObject()
    writer.raw("\n")
    emit(writer.take())
  }

  /// Writes elements of the array `writer` has open, item by item (an item
  /// may write several elements, or none), by batches on all workers; emits
  /// what `writer` holds first. `hasElementsBefore` tells whether earlier
  /// items wrote any element.
  static func streamElements(
    _ writer: inout JSONWriter, count: Int, batches: OrderedBatches, hasElementsBefore: @Sendable (Int) -> Bool,
    cost: (Int) -> Int, emit: ([UInt8]) -> Void, write: @Sendable (Int, inout JSONWriter) -> Void
  ) {
    let framing = writer.take()
    if !framing.isEmpty { emit(framing) }
    let template = writer
    var wroteAny = false
    batches.run(
      count: count, cost: cost,
      encode: { range in
        // Room for a batch about as large as estimated, so that it seldom grows.
        var part = template.continuation(
          first: !hasElementsBefore(range.lowerBound), capacity: batches.batchBytes + batches.batchBytes / 2)
        for index in range { write(index, &part) }
        return part.take()
      },
      emit: { bytes in
        guard !bytes.isEmpty else { return }
        wroteAny = true
        emit(bytes)
      })
    if wroteAny { writer.noteElementsWritten() }
  }
}

/// The version Dossier reports in its output.
public enum DossierVersion {
  public static let current = "0.1.0"
}
