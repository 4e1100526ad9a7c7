/// Tells whether a date expression sits in a clause about the future, from
/// the nearest tense cue around it in its sentence.
enum TenseCue {
  /// True when the nearest cue to `start..<end` speaks of the future.
  static func isFuture(_ pieces: [TimexPiece], lower: Int, upper: Int, start: Int, end: Int) -> Bool {
    var distance = 1
    let limit = 12
    while distance <= limit {
      let before = start - distance
      let after = end - 1 + distance
      if before >= lower, let found = cue(pieces[before].word) { return found }
      if after < upper, let found = cue(pieces[after].word) { return found }
      if before < lower && after >= upper { break }
      distance += 1
    }
    return false
  }

  /// `true` for a future cue, `false` for a past one, `nil` for neither.
  static func cue(_ word: String) -> Bool? {
    if TimexLexicon.futureCues.contains(word) { return true }
    if word.hasSuffix("'ll") || word.hasSuffix("’ll") { return true }
    if TimexLexicon.pastCues.contains(word) { return false }
    let bytes = word.utf8
    if bytes.count > 4 && word.hasSuffix("ed") { return false }
    return nil
  }
}
