import DossierCore

/// Text with spans marked by pairs of markers (`[[` and `]]` unless told
/// otherwise), and the UTF-8 ranges of those spans once the markers are
/// removed.
struct MarkedText {
  var text: String
  /// Per marker pair, its spans in order of appearance.
  var spansByMarker: [[TextRange]]
  /// The spans of the first marker pair.
  var spans: [TextRange] { spansByMarker[0] }

  init(_ marked: String, markers: [(open: String, close: String)] = [("[[", "]]")]) {
    var text = ""
    var spans = [[TextRange]](repeating: [], count: markers.count)
    var open = [UInt32?](repeating: nil, count: markers.count)
    var rest = Substring(marked)
    scan: while !rest.isEmpty {
      let here = UInt32(text.utf8.count)
      for (index, marker) in markers.enumerated() {
        if rest.hasPrefix(marker.open) {
          open[index] = here
          rest = rest.dropFirst(marker.open.count)
          continue scan
        }
        if rest.hasPrefix(marker.close), let start = open[index] {
          spans[index].append(TextRange(start: start, end: here))
          open[index] = nil
          rest = rest.dropFirst(marker.close.count)
          continue scan
        }
      }
      text.append(rest.removeFirst())
    }
    self.text = text
    spansByMarker = spans
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
