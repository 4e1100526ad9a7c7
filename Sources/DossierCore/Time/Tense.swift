/// The tense of the clause around a date expression, from the nearest tense
/// cue in its sentence.
enum Tense: Sendable {
  /// A past-tense verb or auxiliary is nearest.
  case past
  /// `will`, `shall`, `going to`: a plain future.
  case future
  /// A modal (`should`, `could`): looking ahead, but weakly.
  case prospective
  /// A plan or schedule (`scheduled`, `expected`, `due`): looking ahead.
  case planned
  case unknown
}

extension Tense {
  /// The tense of the nearest cue to `start..<end` within `lower..<upper`:
  /// auxiliaries, modals and plan words first, then verbs in -ed.
  static func around(_ pieces: [TimexPiece], lower: Int, upper: Int, start: Int, end: Int) -> Tense {
    var weak: Tense? = nil
    var distance = 1
    let limit = 12
    while distance <= limit {
      let before = start - distance
      let after = end - 1 + distance
      if before < lower && after >= upper { break }
      for index in [before, after] where index >= lower && index < upper {
        let word = pieces[index].word
        // `to testify on March 18`: an infinitive looks ahead.
        if index == before && word == "to" && distance >= 2 && distance <= 3 && weak == nil {
          weak = .prospective
          continue
        }
        if let found = cue(word) {
          // `to be aired`, `must be returned`: a passive that looks ahead.
          if found == .past && index > lower && pieces[index - 1].word == "be" { return .prospective }
          return found
        }
        if weak == nil, word.utf8.count > 4, word.hasSuffix("ed"), !TimexLexicon.reportingVerbs.contains(word) {
          weak = index > lower && pieces[index - 1].word == "be" ? .prospective : .past
        }
      }
      distance += 1
    }
    return weak ?? .unknown
  }

  /// The tense a word marks, if any. Reporting verbs (`said`) mark none:
  /// what was said may be about the future.
  static func cue(_ word: String) -> Tense? {
    if TimexLexicon.futureCues.contains(word) { return .future }
    if TimexLexicon.planCues.contains(word) { return .planned }
    if TimexLexicon.prospectiveCues.contains(word) { return .prospective }
    if word.hasSuffix("'ll") || word.hasSuffix("’ll") { return .future }
    if TimexLexicon.pastCues.contains(word) { return .past }
    return nil
  }
}
