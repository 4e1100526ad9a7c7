import DossierCore

/// Text with the expected quote spans marked: `[[words]]` for quoted
/// words and `{{speaker}}` for the speaker phrase, in order of appearance.
struct QuoteMarkedText {
  var text: String
  var words: [TextRange]
  var speakers: [TextRange]

  init(_ marked: String) {
    let parsed = MarkedText(marked, markers: [("[[", "]]"), ("{{", "}}")])
    text = parsed.text
    words = parsed.spansByMarker[0]
    speakers = parsed.spansByMarker[1]
  }
}

/// A document run through segmentation, the entity stage and the quote
/// stage.
func documentWithQuotes(_ text: String) -> Document {
  var document = analyzedDocument(text)
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
