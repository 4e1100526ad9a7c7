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
  static func around(_ pieces: TimexPieces, lower: Int, upper: Int, start: Int, end: Int) -> Tense {
    var weak: Tense? = nil
    var distance = 1
    let limit = 12
    // `said Thursday`, `announced on Monday`: the report is the event dated.
    for back in 1...2 where start - back >= lower {
      let word = pieces.words[start - back]
      if TimexLexicon.reportingVerbs.contains(word) { return .past }
      // `closed Wednesday`, `met on Monday`: the verb the date modifies.
      let index = start - back
      if !pieces[index].isHyphenated, word.utf8.count > 4, word.hasByteSuffix("ed"), cue(word) == nil,
        index == lower || !TimexLexicon.passiveAuxiliaries.contains(pieces.words[index - 1])
      {
        return .past
      }
      if back == 1 && word != "on" { break }
    }
    // `as soon as Tuesday`, `as early as next week`: a date ahead.
    if start - 3 >= lower, pieces.words[start - 1] == "as", pieces.words[start - 3] == "as",
      TimexLexicon.eagerWords.contains(pieces.words[start - 2])
    {
      return .future
    }
    // `holders of record Dec. 21`: a record date is set ahead of the payment.
    if start - 2 >= lower, pieces.words[start - 1] == "record", pieces.words[start - 2] == "of" { return .planned }
    // `extended to Nov. 20`, `through January`: an end point, usually ahead.
    if start - 1 >= lower, TimexLexicon.endPointWords.contains(pieces.words[start - 1]) {
      var opensRange = false
      for back in 2...5 where start - back >= lower && pieces.words[start - back] == "from" { opensRange = true }
      // `Monday through Friday`: the end of a range, not of a wait.
      if start - 2 >= lower, Self.isRangeStart(pieces, at: start - 2) { opensRange = true }
      if !opensRange {
        // `postponed until Tuesday`, `given until Friday`: a deadline set
        // ahead, like a plan; `had filed by Monday`: one already passed.
        guard pieces.words[start - 1] != "to" else { return .prospective }
        if Self.hasPastPerfect(pieces, lower: lower, upper: upper, start: start, end: end) { return .past }
        return Self.futureBefore(pieces, lower: lower, at: start - 2) ? .future : .planned
      }
    }
    // What follows `that` or `saying` is what was reported, another clause.
    var upper = upper
    for index in end..<min(upper, end + limit) where TimexLexicon.clauseOpeners.contains(pieces.words[index]) {
      upper = index
      break
    }
    while distance <= limit {
      let before = start - distance
      let after = end - 1 + distance
      if before < lower && after >= upper { break }
      for index in [before, after] where index >= lower && index < upper {
        let word = pieces.words[index]
        // `lower-than-expected`: a word inside a compound is no verb.
        if pieces[index].isHyphenated { continue }
        // `is to resume trading Tuesday`: a schedule.
        if word == "to" && index > lower && TimexLexicon.scheduleCopulas.contains(pieces.words[index - 1]) {
          return .planned
        }
        // `set to resume Monday`, `set for Friday`: a schedule.
        if word == "set" && index + 1 < upper && (pieces.words[index + 1] == "to" || pieces.words[index + 1] == "for") {
          return .planned
        }
        // `to testify on March 18`: an infinitive looks ahead.
        if index == before && word == "to" && distance >= 2 && distance <= 3 && weak == nil {
          weak = .prospective
          continue
        }
        if let found = cue(word) {
          // `vacation plans`, `the planned trip`, `a hastily scheduled
          // vote`: a noun or an adjective, no verb of the clause.
          if found == .planned && Self.isAttributivePlan(pieces, at: index, lower: lower, upper: upper) { continue }
          // `to be aired`, `must be returned`: a passive that looks ahead.
          if found == .past && index > lower && pieces.words[index - 1] == "be" {
            return Self.passive(pieces, at: index, lower: lower)
          }
          // `had been scheduled to expire Friday`, `as previously planned`:
          // a plan that lies in the past.
          if found == .planned && Self.isPastPlan(pieces, at: index, lower: lower) { return .past }
          return found
        }
        if weak == nil, word.utf8.count > 4, word.hasByteSuffix("ed"), !TimexLexicon.reportingVerbs.contains(word) {
          weak =
            index > lower && pieces.words[index - 1] == "be" ? Self.passive(pieces, at: index, lower: lower) : .past
        }
      }
      distance += 1
    }
    return weak ?? .unknown
  }

  /// Whether the word before an end point's preposition starts a range
  /// itself: a weekday or a month (`Monday through Friday`).
  static func isRangeStart(_ pieces: TimexPieces, at index: Int) -> Bool {
    let word = pieces.words[index]
    return pieces[index].isCapitalized && (TimexLexicon.weekdays[word] != nil || TimexLexicon.months[word] != nil)
  }

  /// Whether `had` is within eight words of the expression, in its sentence.
  static func hasPastPerfect(_ pieces: TimexPieces, lower: Int, upper: Int, start: Int, end: Int) -> Bool {
    for index in max(lower, start - 8)..<min(upper, end + 8) where pieces.words[index] == "had" { return true }
    return false
  }

  /// A plan word used as a noun (`plan`, `plans` not followed by `to`) or
  /// as an adjective after a determiner or an adverb in -ly (`the planned
  /// trip`, `a hastily scheduled vote`).
  static func isAttributivePlan(_ pieces: TimexPieces, at index: Int, lower: Int, upper: Int) -> Bool {
    let word = pieces.words[index]
    if word == "plan" || word == "plans" { return index + 1 >= upper || pieces.words[index + 1] != "to" }
    guard word.hasByteSuffix("ed"), index > lower else { return false }
    let before = pieces.words[index - 1]
    return TimexLexicon.determiners.contains(before) || before.utf8.count > 4 && before.hasByteSuffix("ly")
  }

  /// Whether the nearest tense cue at or before `index` (within the clause)
  /// is a plain future: `will cut jobs by August`.
  static func futureBefore(_ pieces: TimexPieces, lower: Int, at index: Int) -> Bool {
    var position = index
    while position >= lower && position > index - 12 {
      if let found = cue(pieces.words[position]) { return found == .future }
      position -= 1
    }
    return false
  }

  /// A participle after `be`: `to be aired` looks ahead weakly, `will be
  /// named` is a plain future.
  static func passive(_ pieces: TimexPieces, at index: Int, lower: Int) -> Tense {
    if index - 2 >= lower, cue(pieces.words[index - 2]) == .future { return .future }
    return .prospective
  }

  /// A plan word after `had`, `had been` or `previously`: the plan was
  /// made, and its date passed, before the time of writing.
  static func isPastPlan(_ pieces: TimexPieces, at index: Int, lower: Int) -> Bool {
    for back in 1...3 where index - back >= lower {
      let word = pieces.words[index - back]
      if word == "had" || TimexLexicon.earlierAdverbs.contains(word) { return true }
      if word != "been" && back == 1 && !TimexLexicon.earlierAdverbs.contains(word) { return false }
    }
    return false
  }

  /// The tense a word marks, if any. Reporting verbs (`said`) mark none:
  /// what was said may be about the future.
  static func cue(_ word: String) -> Tense? {
    if let found = cues[word] { return found }
    if word.hasByteSuffix("'ll") || word.hasByteSuffix("’ll") { return .future }
    return nil
  }

  /// Every cue word with its tense, in one table; a word in several lists
  /// takes the first of future, plan, prospective, past.
  static let cues: WordMap<Tense> = {
    var table: [String: Tense] = [:]
    for word in TimexLexicon.pastCues { table[word] = .past }
    for word in TimexLexicon.prospectiveCues { table[word] = .prospective }
    for word in TimexLexicon.planCues { table[word] = .planned }
    for word in TimexLexicon.futureCues { table[word] = .future }
    return WordMap(table)
  }()
}
