/// Writes a corpus as JSON Lines (`dossier analyze --format jsonl`): for
/// corpora too large to hold or read as one JSON object.
///
/// The first line is the header, `{"format": "dossier-json/1", "generator":
/// {…}}`; then one line per item, an object with one key naming what it is
/// and the item as its value, exactly as in the JSON format: `{"document":
/// {…}}` for each document, then `entity`, `quote`, `timex`, `derivation`
/// and `story` lines. Output goes to `emit` in chunks of about
/// `chunkBytes` as it is written.
public enum DossierJSONLines {
  public static func write(_ corpus: Corpus, chunkBytes: Int = 1 << 20, emit: ([UInt8]) -> Void) {
    var out: [UInt8] = []
    out.reserveCapacity(chunkBytes + 4096)
    func flush(force: Bool = false) {
      if out.count >= chunkBytes || (force && !out.isEmpty) {
        emit(out)
        out.removeAll(keepingCapacity: true)
      }
    }
    func line(_ name: String, _ body: (inout JSONWriter) -> Void) {
      var writer = JSONWriter(pretty: false)
      writer.beginObject()
      writer.key(name)
      body(&writer)
      writer.endObject()
      out += writer.take()
      out.append(0x0A)
      flush()
    }

    var header = JSONWriter(pretty: false)
    header.beginObject()
    header.field("format", DossierJSON.format)
    header.key("generator")
    header.beginObject()
    header.field("name", "dossier")
    header.field("version", DossierVersion.current)
    header.endObject()
    header.endObject()
    out += header.take()
    out.append(0x0A)

    let storyOfDocument = corpus.storyIndexByDocument()
    for (index, document) in corpus.documents.enumerated() {
      let story = storyOfDocument[index].map { corpus.stories[$0].id }
      line("document") { DossierJSON.writeDocument(document, story: story, into: &$0) }
    }

    let offsets = corpus.documents.map { ScalarOffsetMap($0.text) }
    let entityByLocal = corpus.corpusEntityByLocal()
    // The array writers of the JSON format, split into their elements so
    // that both formats always carry the same fields.
    let sections: [(name: String, write: (inout JSONWriter) -> Void)] = [
      ("entity", { DossierJSON.writeEntities(corpus, offsets: offsets, into: &$0) }),
      ("quote", { DossierJSON.writeQuotes(corpus, offsets: offsets, entityByLocal: entityByLocal, into: &$0) }),
      ("timex", { DossierJSON.writeTimexes(corpus, offsets: offsets, into: &$0) }),
    ]
    for section in sections {
      var writer = JSONWriter(pretty: false)
      writer.beginObject()
      section.write(&writer)
      writer.endObject()
      let bytes = writer.take()
      for element in arrayElements(bytes) {
        out += Array("{\"\(section.name)\":".utf8)
        out += bytes[element]
        out += Array("}\n".utf8)
        flush()
      }
    }
    for derivation in corpus.derivations {
      line("derivation") { DossierJSON.writeDerivation(derivation, corpus: corpus, into: &$0) }
    }
    for story in corpus.stories {
      line("story") { DossierJSON.writeStory(story, corpus: corpus, offsets: offsets, into: &$0) }
    }
    flush(force: true)
  }

  /// The byte ranges of the elements of the first array in compact JSON
  /// `{"key": [e1, e2, …]}`, found by tracking nesting outside strings.
  static func arrayElements(_ bytes: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var depth = 0
    var inString = false
    var escaped = false
    var start: Int?
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        index += 1
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        inString = true
        if depth == 2 && start == nil { start = index }
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        if depth == 2 && start == nil { start = index }
        depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        if depth == 2, let first = start {
          ranges.append(first..<index)
          start = nil
        }
        depth -= 1
        if depth == 1 { return ranges }
      case UInt8(ascii: ","):
        if depth == 2, let first = start {
          ranges.append(first..<index)
          start = nil
        }
      case 0x20, 0x0A:
        break
      default:
        if depth == 2 && start == nil { start = index }
      }
      index += 1
    }
    return ranges
  }
}
