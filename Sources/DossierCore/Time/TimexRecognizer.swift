/// Finds temporal expressions in one sentence's pieces and says what they
/// mean, before resolution.
///
/// A hand-written grammar over lower-cased pieces: at each position it tries
/// every pattern family and keeps the longest match, then continues after it.
/// Extents follow the TimeML conventions: determiners and modifiers (`the`,
/// `last`, `early`, `about`) belong to the expression, prepositions do not.
struct TimexRecognizer {
  let pieces: TimexPieces
  let lower: Int
  let upper: Int
  /// Whether an ambiguous `02/03/2022` puts the day first; `nil` when the
  /// source's convention is unknown.
  var dayFirst: Bool? = nil

  /// A recognised expression: pieces `start..<end` and its meaning.
  struct Match: Sendable {
    var start: Int
    var end: Int
    var meaning: TimexMeaning
  }

  init(pieces: TimexPieces, lower: Int, upper: Int, dayFirst: Bool? = nil) {
    self.pieces = pieces
    self.lower = lower
    self.upper = upper
    self.dayFirst = dayFirst
  }

  /// Every expression of the sentence, in text order, without overlaps.
  func matches() -> [Match] {
    var result: [Match] = []
    var index = lower
    while index < upper {
      // Most words cannot start an expression: their flags skip them.
      let kind = pieces[index].kind
      guard pieces[index].isStart || kind == .number || startsShortDecade(index) else {
        index += 1
        continue
      }
      if kind == .number && (isAmount(index) || !numberLeadsToTemporalWord(index)) {
        index += 1
        continue
      }
      // `the`, `a`, `last`, `about`…: only before a temporal word, within
      // four pieces of modifiers (`the middle of the night`).
      if kind == .word && !pieces[index].isStandalone && !leadsToTemporalWord(index) {
        index += 1
        continue
      }
      if let match = match(at: index), match.end > index {
        // `quarter-to-quarter`, `day-to-day`: a compound adjective of
        // comparison or routine names no time.
        if piece(match.end)?.isHyphenated == true && word(match.end) == "to" {
          index = match.end + 1
          continue
        }
        result.append(match)
        index = match.end
        if let second = secondDay(after: match) {
          result.append(second)
          index = second.end
        }
      } else {
        index += 1
      }
    }
    return result
  }

  /// `April 24 and 25`: a bare day joined to a month and day is a date of
  /// that month.
  func secondDay(after match: Match) -> Match? {
    guard case .date(let year, let month, .some) = match.meaning.form, word(match.end) == "and",
      piece(match.end + 1)?.kind == .number, let day = day(at: match.end + 1), isClauseEnd(match.end + 2)
    else { return nil }
    return Match(
      start: match.end + 1, end: match.end + 2, meaning: TimexMeaning(.date, .date(year: year, month: month, day: day)))
  }

  /// Whether a temporal word, a number or a quotation mark follows within
  /// four pieces that could all belong to one expression.
  func leadsToTemporalWord(_ index: Int) -> Bool {
    var next = index + 1
    while next < upper && next <= index + 4 {
      if pieces[next].isStandalone || pieces[next].kind == .number || startsShortDecade(next) { return true }
      if pieces.words[next].utf8.first.map({ $0 >= 48 && $0 <= 57 }) ?? false { return true }
      guard pieces[next].isStart || pieces[next].isLink else { return false }
      next += 1
    }
    return false
  }

  /// Whether a number can start an expression: a possible year, a number
  /// with inner marks (`3:30`, `02/02`, `1990s`, `24th`), or one with a
  /// temporal word within the next three words (`10 days`, `2 February`,
  /// `3 p.m.`, `eight trading days`). Most numbers in news are amounts.
  func numberLeadsToTemporalWord(_ index: Int) -> Bool {
    if pieces[index].number == nil || pieces[index].digits == 4 { return true }
    var next = index + 1
    while next < upper && next <= index + 3 {
      if pieces[next].isStart || pieces[next].kind == .number { return true }
      if pieces[next].kind != .word { return false }
      if TimexLexicon.clockMarkers.contains(pieces.words[next]) { return true }
      next += 1
    }
    return false
  }

  /// An amount (`1.5`, `3,000`, `9.9bn`, `20%`), which no expression starts
  /// with: digits with commas and at most one point, then letters or a
  /// per cent sign that are no ordinal or decade ending (`24th`, `1990s`).
  /// Clock times have a colon, numeric dates two separators.
  func isAmount(_ index: Int) -> Bool {
    let utf8 = pieces.words[index].utf8
    // Parts of a hyphenated number keep its kind: `99-a-year` gives `a`.
    guard pieces[index].number == nil, let first = utf8.first, first >= 48 && first <= 57 else { return false }
    var stops = 0
    var suffixStart: String.Index? = nil
    for position in utf8.indices {
      let byte = utf8[position]
      if suffixStart == nil && byte >= 48 && byte <= 57 { continue }
      if suffixStart == nil && byte == UInt8(ascii: ",") { continue }
      if suffixStart == nil && byte == UInt8(ascii: ".") {
        stops += 1
        continue
      }
      let isLetter = byte >= 97 && byte <= 122
      guard isLetter || byte == UInt8(ascii: "%") else { return false }
      if suffixStart == nil { suffixStart = position }
    }
    guard stops <= 1 else { return false }
    guard let suffixStart else { return true }
    let suffix = utf8[suffixStart...]
    return
      !(suffix.elementsEqual("s".utf8) || suffix.elementsEqual("st".utf8) || suffix.elementsEqual("nd".utf8)
      || suffix.elementsEqual("rd".utf8) || suffix.elementsEqual("th".utf8))
  }

  /// A quotation mark that is the apostrophe of `'90s`, the only
  /// expression that starts with one.
  @inline(__always)
  func startsShortDecade(_ index: Int) -> Bool {
    let kind = pieces[index].kind
    guard kind == .quote || kind == .closingQuote || kind == .openingQuote, index + 1 < upper else { return false }
    let next = pieces.words[index + 1].utf8
    return next.count == 3 && next.last == UInt8(ascii: "s") && next.first.map { $0 >= 48 && $0 <= 57 } == true
  }

  // MARK: Piece access

  /// The word of the piece at `index`, empty outside the sentence.
  @inline(__always)
  func word(_ index: Int) -> String {
    guard index >= lower && index < upper else { return "" }
    return pieces.words[index]
  }

  /// The value of the word at `index` in a lexicon map, by the piece's
  /// hash; outside the sentence that of the empty word.
  @inline(__always)
  func lookup<Value>(_ map: WordMap<Value>, _ index: Int) -> Value? {
    guard index >= lower && index < upper else { return map[""] }
    return map.value(hash: pieces[index].hash, word: pieces.words[index])
  }

  /// Whether the word at `index` is in a lexicon set, by the piece's hash.
  @inline(__always)
  func lookup(_ set: WordSet, _ index: Int) -> Bool {
    guard index >= lower && index < upper else { return set.contains("") }
    return set.contains(hash: pieces[index].hash, word: pieces.words[index])
  }

  /// The piece at `index`, `nil` outside the sentence.
  @inline(__always)
  func piece(_ index: Int) -> TimexPiece? {
    index >= lower && index < upper ? pieces[index] : nil
  }

  @inline(__always)
  func isCapitalized(_ index: Int) -> Bool {
    index >= lower && index < upper && pieces[index].isCapitalized
  }

  /// True when the piece is written with a full stop after it (`Feb.`).
  func hasFullStop(_ index: Int) -> Bool {
    guard let piece = piece(index), piece.kind == .word else { return false }
    let length = word(index).utf8.count
    return piece.range.length > length && length < 6 && piece.range.length == length + 1
  }

  // MARK: The families

  /// The longest match starting at `index`.
  func match(at index: Int) -> Match? {
    let first = word(index)
    if first.isEmpty { return nil }
    var best: Match? = nil
    func consider(_ candidate: Match?) {
      guard let candidate else { return }
      if best == nil || candidate.end > best!.end { best = candidate }
    }
    if let modifier = TimexLexicon.rangeModifiers[first] ?? Self.shiftModifiers[first] {
      consider(modified(at: index, mod: modifier))
    }
    if first == "the" || first == "end" || first == "beginning" || first == "start" || first == "middle" {
      consider(boundaryOf(at: index))
    }
    if first == "the", let modifier = lookup(TimexLexicon.rangeModifiers, index + 1),
      var inner = modified(at: index + 1, mod: modifier)
    {
      // `the mid-1990s`, `the early summer`: the article joins.
      inner.start = index
      consider(inner)
    }
    if TimexLexicon.approximators[first] != nil || first == "more" || first == "less" || first == "at"
      || first == "up" || first == "just" || first == "fewer"
    {
      consider(approximated(at: index))
    }
    consider(core(at: index))
    return best
  }

  /// Every family without a leading modifier.
  func core(at index: Int) -> Match? {
    var best: Match? = nil
    func consider(_ candidate: Match?) {
      guard let candidate else { return }
      if best == nil || candidate.end > best!.end { best = candidate }
    }
    let first = word(index)
    if pieces[index].kind == .number {
      // A number starts a clock time, a date, a year or a decade, or a count.
      consider(clockTime(at: index))
      consider(explicitDate(at: index))
      consider(yearExpression(at: index))
      consider(durationOrDistance(at: index))
      return best
    }
    consider(clockTime(at: index))
    consider(explicitDate(at: index))
    consider(yearExpression(at: index))
    consider(relativeDay(at: index))
    consider(weekdayExpression(at: index))
    consider(relativeUnit(at: index))
    consider(seasonExpression(at: index))
    consider(quarterExpression(at: index))
    if best == nil || first == "the" || first == "a" || first == "an" || pieces[index].number != nil
      || TimexLexicon.cardinals[first] != nil
    {
      consider(durationOrDistance(at: index))
    }
    consider(reference(at: index))
    consider(setExpression(at: index))
    consider(anaphoric(at: index))
    consider(holiday(at: index))
    consider(theYear(at: index))
    // `nineteen ninety-six` cannot be a count; `nineteen ninety` needs a cue.
    if let spelled = spelledYear(at: index),
      isCapitalized(index) || word(index - 1) == "in" || spelled.end - index >= 3
    {
      consider(
        Match(start: index, end: spelled.end, meaning: TimexMeaning(.date, .fixed(CalendarDate.pad(spelled.value, 4)))))
    }
    return best
  }

  /// `earlier`/`later` before a day: `earlier this month`, `later on Monday`.
  static let shiftModifiers: WordMap<String> = ["earlier": "START", "later": "END"]

  /// `early 2022`, `late November`, `mid-1990s`, `earlier this month`.
  func modified(at index: Int, mod: String) -> Match? {
    var next = index + 1
    let first = word(index)
    // `later on Monday`: the preposition stays inside the modified phrase.
    if (first == "later" || first == "earlier") && (word(next) == "on" || word(next) == "in") {
      next += 1
    }
    if let part = partOfDay(at: next), first == "mid" || first == "early" || first == "late" {
      // `mid-afternoon`, `late morning`: that part of the day under discussion.
      var end = next + 1
      var form = TimexMeaning.Form.same(.day)
      if let day = relativeDay(at: end) ?? dayExpression(at: end), day.meaning.timeOfDay == nil {
        form = day.meaning.form
        end = day.end
      }
      return Match(start: index, end: end, meaning: TimexMeaning(.time, form, mod: mod, timeOfDay: part))
    }
    guard let inner = core(at: next) else { return nil }
    guard inner.meaning.kind == .date || inner.meaning.kind == .time else { return nil }
    // `Earlier Friday`, `late Monday`: TimeML leaves the weekday unmodified.
    if case .weekday = inner.meaning.form, next == index + 1 { return nil }
    switch inner.meaning.form {
    case .fixed(let value) where value.hasSuffix("_REF"): return nil
    case .shift, .ago: return nil
    default: break
    }
    // `later on Monday` and `earlier today` keep the day's own value.
    var meaning = inner.meaning
    if first == "later" || first == "earlier" {
      switch meaning.form {
      case .weekday, .dayOffset, .date(_, _, .some):
        // TimeML leaves the day itself unmodified when a later hour of it is meant.
        if word(index + 1) == "on" { meaning.mod = nil } else { meaning.mod = mod }
      default:
        meaning.mod = mod
      }
    } else {
      meaning.mod = mod
    }
    return Match(start: index, end: inner.end, meaning: meaning)
  }

  /// `the end of November`, `the beginning of 2022`, `the middle of the night`.
  func boundaryOf(at index: Int) -> Match? {
    var next = index
    if word(next) == "the" { next += 1 }
    guard let mod = lookup(TimexLexicon.rangeModifiers, next), word(next + 1) == "of" else { return nil }
    let innerStart = next + 2
    if word(innerStart) == "the" && word(innerStart + 1) == "night" {
      return Match(
        start: index, end: innerStart + 2,
        meaning: TimexMeaning(.time, .same(.day), mod: mod, timeOfDay: "NI"))
    }
    if word(innerStart) == "the", let unit = lookup(TimexLexicon.units, innerStart + 1),
      [.year, .month, .week].contains(unit)
    {
      // `the end of the year`: of the current one.
      let form: TimexMeaning.Form = unit == .year ? .year(.offset(0)) : .unitOffset(unit, 0)
      return Match(start: index, end: innerStart + 2, meaning: TimexMeaning(.date, form, mod: mod))
    }
    guard let inner = core(at: innerStart), inner.meaning.kind == .date else { return nil }
    var meaning = inner.meaning
    meaning.mod = mod
    return Match(start: index, end: inner.end, meaning: meaning)
  }

  /// `about two weeks`, `more than four decades ago`, `at least 30 days`.
  func approximated(at index: Int) -> Match? {
    var next = index + 1
    var mod: String
    switch word(index) {
    case "more", "over":
      // `over the past year` is a preposition; `over an hour` a bound.
      if word(index) == "over" && (word(next) == "the" || lookup(TimexLexicon.stretchWords, next)) {
        return nil
      }
      if word(index) == "more" {
        guard word(next) == "than" else { return nil }
        next += 1
      }
      mod = "MORE_THAN"
    case "less", "fewer":
      guard word(next) == "than" else { return nil }
      next += 1
      mod = "LESS_THAN"
    case "at":
      guard word(next) == "least" || word(next) == "most" else { return nil }
      mod = word(next) == "least" ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS"
      next += 1
    case "up":
      guard word(next) == "to" else { return nil }
      next += 1
      mod = "EQUAL_OR_LESS"
    case "just":
      mod = "APPROX"
    default:
      guard let found = lookup(TimexLexicon.approximators, index) else { return nil }
      mod = found
    }
    // `about the years ahead`: a preposition before a phrase of its own.
    if word(next) == "the" && lookup(TimexLexicon.units, next + 1) != nil { return nil }
    guard let inner = durationOrDistance(at: next) else { return nil }
    var meaning = inner.meaning
    meaning.mod = mod
    return Match(start: index, end: inner.end, meaning: meaning)
  }
}
