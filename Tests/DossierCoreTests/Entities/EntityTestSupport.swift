import DossierCore

/// Text with spans marked by `[[` and `]]`, and the UTF-8 ranges of those
/// spans once the markers are removed.
struct MarkedText {
  var text: String
  var spans: [TextRange]

  init(_ marked: String) {
    var text = ""
    var spans: [TextRange] = []
    var open: UInt32?
    var rest = Substring(marked)
    while !rest.isEmpty {
      if rest.hasPrefix("[[") {
        open = UInt32(text.utf8.count)
        rest = rest.dropFirst(2)
      } else if rest.hasPrefix("]]"), let start = open {
        spans.append(TextRange(start: start, end: UInt32(text.utf8.count)))
        open = nil
        rest = rest.dropFirst(2)
      } else {
        text.append(rest.removeFirst())
      }
    }
    self.text = text
    self.spans = spans
  }
}

/// A document run through segmentation and the entity stage.
func analyzedDocument(_ text: String) -> Document {
  var document = Document(id: "d1", origin: "test", metadata: DocumentMetadata(), text: text)
  for stage in Analyzer.segmentationStages { stage.process(&document) }
  EntityRecognizer().process(&document)
  return document
}

extension Document {
  /// The mention at exactly `range`, if any.
  func mention(at range: TextRange) -> Mention? {
    mentions.first { $0.range == range }
  }

  /// The entity of the mention at exactly `range`.
  func entityName(at range: TextRange) -> String? {
    mention(at: range).map { entities[$0.entity].name }
  }

  /// Entities whose name or an alias ends with the word `surname`.
  func entities(named surname: String) -> [Int] {
    entities.indices.filter { index in
      let entity = entities[index]
      return ([entity.name] + entity.aliases).contains { $0.split(separator: " ").last.map(String.init) == surname }
    }
  }
}
