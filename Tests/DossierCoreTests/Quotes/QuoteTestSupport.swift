import DossierCore

/// Text with the expected quote spans marked: `[[words]]` for quoted
/// words and `{{speaker}}` for the speaker phrase, in order of appearance.
struct QuoteMarkedText {
  var text: String
  var words: [TextRange] = []
  var speakers: [TextRange] = []

  init(_ marked: String) {
    var text = ""
    var openWords: UInt32?
    var openSpeaker: UInt32?
    var rest = Substring(marked)
    while !rest.isEmpty {
      let here = UInt32(text.utf8.count)
      if rest.hasPrefix("[[") {
        openWords = here
        rest = rest.dropFirst(2)
      } else if rest.hasPrefix("]]"), let start = openWords {
        words.append(TextRange(start: start, end: here))
        openWords = nil
        rest = rest.dropFirst(2)
      } else if rest.hasPrefix("{{") {
        openSpeaker = here
        rest = rest.dropFirst(2)
      } else if rest.hasPrefix("}}"), let start = openSpeaker {
        speakers.append(TextRange(start: start, end: here))
        openSpeaker = nil
        rest = rest.dropFirst(2)
      } else {
        text.append(rest.removeFirst())
      }
    }
    self.text = text
  }
}

/// A document run through segmentation, the entity stage and the quote
/// stage.
func documentWithQuotes(_ text: String) -> Document {
  var document = Document(id: "d1", origin: "test", metadata: DocumentMetadata(), text: text)
  for stage in Analyzer.segmentationStages { stage.process(&document) }
  EntityRecognizer().process(&document)
  QuoteExtractor().process(&document)
  return document
}

extension Document {
  /// The quote whose words are exactly `range`.
  func quote(at range: TextRange) -> Quote? {
    quotes.first { $0.range == range }
  }

  /// The speaker phrase of a quote, as text.
  func speakerText(_ quote: Quote) -> String? {
    quote.speaker.map { String(text($0)) }
  }

  /// Every quote as `kind [words] {speaker}`, for failure messages.
  var quoteSummary: String {
    quotes.map { "\($0.kind.rawValue) [\(text($0.range))] {\(speakerText($0) ?? "-")}" }.joined(separator: "; ")
  }
}
