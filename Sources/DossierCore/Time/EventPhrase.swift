/// The short statement of a sentence's main event for a timeline: its main
/// clause with the participants, without the date phrase, leading
/// subordinate clauses, trailing relative clauses or attribution.
enum EventPhrase {
  /// Words that open a subordinate or adverbial clause before the main one.
  static let subordinators: Set<String> = [
    "as", "when", "while", "after", "before", "since", "although", "though", "if", "because", "during",
    "following", "in", "on", "at", "by", "with", "despite", "once", "until", "earlier", "later", "meanwhile",
    "however", "but", "and", "also", "additionally", "furthermore", "then", "according",
  ]

  /// Prepositions that belong to a date phrase: `on` Monday.
  static let datePrepositions: Set<String> = [
    "on", "in", "at", "during", "since", "by", "from", "until", "of", "for", "before", "after", "around", "through",
  ]

  /// The event text of a sentence and the capitalised words naming its
  /// participants.
  static func make(document: Document, sentence: TextRange, timex: Timex) -> (text: String, participants: Set<String>)?
  {
    let tokens = Array(TokenSearch.tokens(document.tokens, in: sentence))
    guard !tokens.isEmpty else { return nil }
    var kept: [Token] = []
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      if timex.range.contains(token.range) {
        index += 1
        continue
      }
      // The preposition before the date goes with it.
      if index + 1 < tokens.count, timex.range.contains(tokens[index + 1].range),
        datePrepositions.contains(document.text(token.range).lowercased())
      {
        index += 1
        continue
      }
      if token.isQuotationMark {
        index += 1
        continue
      }
      kept.append(token)
      index += 1
    }
    // A dateline (`VELNA —`, `GDANSK, March 14 -`) is not part of the event.
    if let dash = kept.prefix(6).firstIndex(where: { ["—", "–", "-", "--"].contains(document.text($0.range)) }),
      kept[..<dash].allSatisfy({ $0.flags.contains(.allCaps) || $0.kind == .punctuation })
    {
      kept.removeSubrange(0...dash)
    }
    // A leading subordinate clause ends at the first comma.
    if let first = kept.first, subordinators.contains(document.text(first.range).lowercased()),
      let comma = kept.firstIndex(where: { document.text($0.range) == "," }), comma + 3 < kept.count
    {
      kept.removeSubrange(0...comma)
    }
    while let first = kept.first, first.kind == .punctuation { kept.removeFirst() }
    // The main clause ends at the first comma, semicolon or dash after a few words.
    var words = 0
    var clause: [Token] = []
    var position = 0
    while position < kept.count {
      let token = kept[position]
      let text = document.text(token.range)
      if text == "," && position + 1 < kept.count && words >= 1 {
        // An apposition or participle after the subject (`Johnson, speaking
        // to the BBC,`) is skipped; any other comma ends the clause.
        let next = document.text(kept[position + 1].range).lowercased()
        let insertion =
          next.hasSuffix("ing") || next == "who" || next == "a" || next == "the" || next == "an"
          || next == "which" || next == "whose"
        if insertion && words <= 4,
          let close = kept[(position + 1)...].firstIndex(where: { document.text($0.range) == "," })
        {
          position = close + 1
          continue
        }
        if words >= 3 { break }
      }
      if words >= 3 && (text == ";" || text == "—" || text == "–" || text == ":" || text == "(") { break }
      if token.kind == .word || token.kind == .number { words += 1 }
      clause.append(token)
      if words >= 25 { break }
      position += 1
    }
    kept = clause
    while let last = kept.last, last.kind == .punctuation { kept.removeLast() }
    guard kept.count >= 2 else { return nil }
    var text = ""
    var participants = Set<String>()
    for (position, token) in kept.enumerated() {
      let piece = document.text(token.range)
      if position > 0 && (token.flags.contains(.spaceBefore) || token.range.start > kept[position - 1].range.end) {
        text += " "
      }
      text += piece
      if position > 0 && token.kind == .word && token.flags.contains(.capitalized)
        && TimexLexicon.months[piece.lowercased()] == nil && TimexLexicon.weekdays[piece.lowercased()] == nil
      {
        participants.insert(piece.lowercased())
      }
      if position == 0 && token.kind == .word && token.flags.contains(.capitalized)
        && !subordinators.contains(piece.lowercased()) && !Self.function.contains(piece.lowercased())
      {
        participants.insert(piece.lowercased())
      }
    }
    if let first = text.unicodeScalars.first, first.properties.isLowercase {
      text = first.properties.uppercaseMapping + String(text.unicodeScalars.dropFirst())
    }
    return (text, participants)
  }

  /// Sentence-initial words that are not names.
  static let function: Set<String> = [
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
    "his", "her", "its", "their", "our", "my", "some", "many", "most", "all", "both", "each",
  ]
}
