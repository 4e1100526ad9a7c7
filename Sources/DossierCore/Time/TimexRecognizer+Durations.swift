/// Durations, distances in time (`two weeks ago`, `nine days later`),
/// reference words and sets.
extension TimexRecognizer {
  /// A count at `index`: digits, number words (`twenty-five`), `a`, or a
  /// vague amount (`several`, `a few`) as `nil`. Returns the piece after it.
  func count(at index: Int) -> (value: Int?, end: Int)? {
    guard let piece = piece(index) else { return nil }
    if let number = piece.number, piece.kind == .number {
      guard piece.digits <= 4 else { return nil }
      return (number, index + 1)
    }
    let first = word(index)
    if first == "a" || first == "an" {
      if word(index + 1) == "few" { return (nil, index + 2) }
      if word(index + 1) == "couple" && word(index + 2) == "of" { return (2, index + 3) }
      if word(index + 1) == "dozen" { return (12, index + 2) }
      if word(index + 1) == "half" && word(index + 2) == "dozen" { return (6, index + 3) }
      return (1, index + 1)
    }
    if TimexLexicon.vagueAmounts.contains(first) && first != "recent" { return (nil, index + 1) }
    // `the next couple of years`.
    if first == "couple" && word(index + 1) == "of" && lookup(TimexLexicon.stretchWords, index - 1) {
      return (2, index + 2)
    }
    guard var value = TimexLexicon.cardinals[first], first != "single", first != "couple" else { return nil }
    var end = index + 1
    if value >= 20 && value < 100, let unit = lookup(TimexLexicon.cardinals, end), unit < 10, unit > 0,
      word(end) != "a", word(end) != "an"
    {
      value += unit
      end += 1
    }
    if word(end) == "hundred" {
      value *= 100
      end += 1
    }
    return (value, end)
  }

  /// `nine days`, `the past two months`, `16-hour`, `two weeks ago`, `nine
  /// days later`, `for hours`, `the first nine months`.
  func durationOrDistance(at index: Int) -> Match? {
    var position = index
    let hasThe = word(position) == "the"
    if hasThe { position += 1 }
    var stretch: String? = nil
    if lookup(TimexLexicon.stretchWords, position) {
      stretch = word(position)
      position += 1
    }
    if hasThe && word(position) == "year" && word(position + 1) == "earlier" { position += 2 }
    var amount: Int? = nil
    var half = false
    var unitIndex: Int
    if let found = count(at: position) {
      amount = found.value
      unitIndex = found.end
      if word(unitIndex) == "or" && count(at: unitIndex + 1) != nil {
        // `two or three days`: a vague amount.
        amount = nil
        unitIndex = count(at: unitIndex + 1)!.end
      }
      if amount != nil, let after = halfAfter(unitIndex), !lookup(TimexLexicon.distanceWords, after + 1) {
        // `5 1/2 hours`, `two and a half years`.
        half = true
        unitIndex = after
      }
      if lookup(TimexLexicon.countFillers, unitIndex) { unitIndex += 1 }
    } else {
      // `a decades-long battle`, `a day-long meeting`: a length as an adjective.
      if stretch == nil, !hasThe, let unit = lookup(TimexLexicon.units, position), unit != .weekend,
        word(position + 1) == "long", self.piece(position + 1)?.isHyphenated == true
      {
        let count: Int? = word(position).hasByteSuffix("s") ? nil : 1
        return Match(start: index, end: position + 2, meaning: TimexMeaning(.duration, .fixed(unit.duration(count))))
      }
      // A bare plural: `for years`, `the coming weeks`, `in recent years`.
      guard let unit = lookup(TimexLexicon.units, position), word(position).hasByteSuffix("s") else { return nil }
      return barePlural(at: index, unitIndex: position, unit: unit, stretch: stretch, hasThe: hasThe)
    }
    let unitWord = word(unitIndex)
    guard let unit = TimexLexicon.units[unitWord] else { return nil }
    // `three-quarters` is a fraction, `last-minute` an adjective.
    if self.piece(unitIndex)?.isHyphenated == true && (unitWord.hasByteSuffix("s") || stretch != nil) { return nil }
    let first = word(position)
    if (first == "a" || first == "an")
      && (unit == .second || unit == .quarter || unitWord == "day" && word(position - 1) == "one")
    {
      return nil
    }
    // `will one day be`: some day ahead; `in the job one day`, `followed
    // by one day`: a day's length; `one day in May`, `One day, …`: neither.
    if first == "one" && unit == .day && stretch == nil && !hasThe && self.piece(unitIndex)?.isHyphenated != true
      && position == index
    {
      let before = word(index - 1)
      if TimexLexicon.futureCues.contains(before) || TimexLexicon.modalCues.contains(before) {
        return Match(start: index, end: unitIndex + 1, meaning: TimexMeaning(.date, .fixed("FUTURE_REF")))
      }
      let after = word(unitIndex + 1)
      guard index > lower, TimexLexicon.lengthWords.contains(before) || hasLengthVerb(before: index),
        !TimexLexicon.distanceWords.contains(after), after != "in", after != "of", after != "when"
      else { return nil }
    }
    var end = unitIndex + 1
    if word(end) == "long" && self.piece(end)?.isHyphenated == true {
      // `a decades-long feud` is `decades-long`; `a two-day-long meeting`
      // keeps its count.
      if first == "a" || first == "an" { return nil }
      end += 1
    }
    if amount != nil && !half, let after = halfAfter(end),
      !lookup(TimexLexicon.distanceWords, after) || isSignal(after, unit: unit)
    {
      // `a minute and a half (later)`; `a year and a half ago` stays a distance of a year.
      half = true
      end = after
    }
    // `a week or so ago`: the approximation stays inside the expression.
    if word(end) == "or" && word(end + 1) == "so" { end += 2 }
    // `27-year-old` and `52 years old` are ages.
    if word(end) == "old" && (self.piece(end)?.isHyphenated == true || unit == .year && amount != nil) { return nil }
    if unit == .weekend { return nil }
    let after = word(end)
    if stretch == nil && !hasThe {
      if isSignal(end, unit: unit) {
        let value = half ? amount.flatMap { unit.durationAndHalf($0) } : unit.duration(amount)
        if let value {
          let sign = word(end) == "earlier" || word(end) == "before" ? -1 : 1
          let form = TimexMeaning.Form.signalled(unit, amount, sign: sign, stretch: value)
          return Match(start: index, end: end, meaning: TimexMeaning(.duration, form))
        }
      }
      if after == "ago" || after == "before" && isClauseEnd(end + 1) {
        end += 1
        return Match(start: index, end: end, meaning: TimexMeaning(.date, .ago(unit, amount)))
      }
      if after == "earlier" || after == "later" || after == "afterwards" || after == "afterward"
        || after == "after" && isClauseEnd(end + 1) || after == "before" && isClauseEnd(end + 1)
      {
        let sign = after == "earlier" || after == "before" ? -1 : 1
        return Match(start: index, end: end + 1, meaning: TimexMeaning(.date, .shift(unit, amount, sign: sign)))
      }
      if after == "following" && !isClauseEnd(end + 1) {
        // `nine days following the call`: a date from the event's own date.
        return Match(start: index, end: end, meaning: TimexMeaning(.date, .shift(unit, amount, sign: 1)))
      }
      if after == "from" && word(end + 1) == "now" {
        return Match(start: index, end: end + 2, meaning: TimexMeaning(.date, .ago(unit, amount.map { -$0 })))
      }
    }
    // A frequency: `$5 million a year`, `twice a week`.
    if (first == "a" || first == "an" || first == "per") && !hasThe && stretch == nil {
      let before = word(index - 1)
      if TimexLexicon.rateContext.contains(before)
        || (piece(index - 1)?.kind == .number)
      {
        return Match(start: index, end: end, meaning: TimexMeaning(.set, .fixed(unit.duration(1))))
      }
    }
    if stretch == "same" || stretch == "other" { return nil }
    if amount == 1 && hasThe && stretch == nil { return nil }
    if half {
      guard let amount, let value = unit.durationAndHalf(amount) else { return nil }
      return Match(start: index, end: end, meaning: TimexMeaning(.duration, .fixed(value)))
    }
    return Match(start: index, end: end, meaning: TimexMeaning(.duration, .fixed(unit.duration(amount))))
  }

  /// Whether the word at `index` after a counted unit is a signal, not part
  /// of a date: TimeBank reads `three days later` and `months before he
  /// left` as the stretch (`P3D`); only a year earlier or before, the
  /// period compared in results, is dated.
  func isSignal(_ index: Int, unit: TimeUnit) -> Bool {
    let after = word(index)
    switch after {
    case "after": return isClauseEnd(index + 1)
    case "before": return unit != .year && isClauseEnd(index + 1)
    case "earlier": return unit != .year
    default: return lookup(TimexLexicon.signalAdverbs, index)
    }
  }

  /// A verb of lasting within four words before: `had been in the job one
  /// day`, `the strike lasted only one day`.
  func hasLengthVerb(before index: Int) -> Bool {
    for back in 1...4 where lookup(TimexLexicon.lengthVerbs, index - back) { return true }
    return false
  }

  /// The piece after a half that follows a count: `1/2` or `and a half`.
  func halfAfter(_ index: Int) -> Int? {
    if word(index) == "1/2" || word(index) == "½" { return index + 1 }
    if word(index) == "and" && word(index + 1) == "a" && word(index + 2) == "half" { return index + 3 }
    return nil
  }

  /// True when nothing that could be an event follows: the end of the
  /// sentence or a punctuation mark.
  func isClauseEnd(_ index: Int) -> Bool {
    guard let piece = piece(index) else { return true }
    if piece.kind == .punctuation || piece.isQuotationMark { return true }
    return lookup(TimexLexicon.clauseStarts, index)
  }

  /// Plural units without a count: `years`, `the coming days`, `recent weeks`.
  func barePlural(at index: Int, unitIndex: Int, unit: TimeUnit, stretch: String?, hasThe: Bool) -> Match? {
    guard unit != .weekend, unit != .night, unit != .second else { return nil }
    let end = unitIndex + 1
    let after = word(end)
    switch stretch {
    case "recent", "past", "last", "previous", "preceding":
      // `recent weeks`: TimeBank reads a vague stretch back, `PXW`.
      return Match(start: index, end: end, meaning: TimexMeaning(.duration, .fixed(unit.duration(nil))))
    case "coming", "next":
      return Match(start: index, end: end, meaning: TimexMeaning(.date, .fixed("FUTURE_REF")))
    case "following":
      return nil
    case nil:
      break
    default:
      return nil
    }
    if after == "ago" {
      return Match(start: index, end: end + 1, meaning: TimexMeaning(.date, .ago(unit, nil)))
    }
    if after == "later" || after == "earlier" || after == "afterwards" {
      return Match(
        start: index, end: end + 1, meaning: TimexMeaning(.date, .shift(unit, nil, sign: after == "earlier" ? -1 : 1)))
    }
    if after == "after" || after == "before" {
      return Match(
        start: index, end: end, meaning: TimexMeaning(.date, .shift(unit, nil, sign: after == "before" ? -1 : 1)))
    }
    if after == "ahead" && (hasThe || word(index - 1) == "in") {
      // `the weeks ahead`: a vague stretch from now on.
      return Match(start: index, end: end + 1, meaning: TimexMeaning(.duration, .fixed(unit.duration(nil))))
    }
    if hasThe { return nil }
    let before = word(index - 1)
    if TimexLexicon.durationContext.contains(before) {
      if before == "in" && (after == "of" || after == "to") { return nil }
      return Match(start: index, end: end, meaning: TimexMeaning(.duration, .fixed(unit.duration(nil))))
    }
    return nil
  }

  /// `now`, `recently`, `soon`, `the past`, `the future`, `these days`, `at
  /// the moment`.
  func reference(at index: Int) -> Match? {
    let first = word(index)
    if let value = TimexLexicon.referenceWords[first] {
      // `now that the talks failed` still says when; `now-defunct` is an adjective.
      if first == "now" && self.piece(index + 1)?.isHyphenated == true { return nil }
      // `Now, he says, …` opening a sentence turns the talk, it does not date it.
      if first == "now" && word(index + 1) == ","
        && (index == lower || index == lower + 1 && piece(lower)!.isQuotationMark)
      {
        return nil
      }
      if first == "soon" {
        if word(index - 1) == "as" && word(index + 1) == "as" {
          // `as soon as possible` is a time ahead; `as soon as Tuesday`, `as
          // soon as he lands` only join a date or a clause.
          guard word(index + 2) == "possible" else { return nil }
          return Match(start: index - 1, end: index + 3, meaning: TimexMeaning(.date, .fixed(value)))
        }
        // `soon after the vote`: a conjunction; `was soon freed`, `soon
        // became`: shortly after a past event, not ahead of the writing.
        let next = word(index + 1)
        if next == "after" || next == "afterwards" || next == "before" || next == "thereafter" { return nil }
        if TimexLexicon.pastCues.contains(word(index - 1)) || TimexLexicon.pastCues.contains(next)
          || next.utf8.count > 4 && next.hasByteSuffix("ed")
        {
          return nil
        }
      }
      return Match(start: index, end: index + 1, meaning: TimexMeaning(.date, .fixed(value)))
    }
    if first == "the" {
      let next = word(index + 1)
      if next == "past" || next == "future" {
        let after = word(index + 2)
        if count(at: index + 2) != nil || TimexLexicon.units[after] != nil || after == "few" || after == "several"
          || TimexLexicon.seasons[after] != nil
        {
          return nil
        }
        return Match(
          start: index, end: index + 2, meaning: TimexMeaning(.date, .fixed(next == "past" ? "PAST_REF" : "FUTURE_REF"))
        )
      }
    }
    if first == "the" && (word(index + 1) == "near" || word(index + 1) == "short")
      && (word(index + 2) == "future" || word(index + 2) == "term")
    {
      return Match(start: index, end: index + 3, meaning: TimexMeaning(.date, .fixed("FUTURE_REF")))
    }
    if first == "current", word(index - 1) != "electric", word(index - 1) != "ocean",
      let next = self.piece(index + 1), next.kind == .word, lookup(TimexLexicon.units, index + 1) == nil,
      !lookup(TimexLexicon.currentNouns, index + 1)
    {
      // `the then current price`: the present of an earlier time.
      if word(index - 1) == "then" && index - 1 >= lower {
        return Match(start: index - 1, end: index + 1, meaning: TimexMeaning(.date, .fixed("PAST_REF")))
      }
      // TimeML reads the adjective `current` as the present.
      return Match(start: index, end: index + 1, meaning: TimexMeaning(.date, .fixed("PRESENT_REF")))
    }
    if first == "these" && word(index + 1) == "days" {
      return Match(start: index, end: index + 2, meaning: TimexMeaning(.date, .fixed("PRESENT_REF")))
    }
    if first == "the" && word(index + 1) == "moment" && word(index - 1) == "at" {
      return Match(start: index, end: index + 2, meaning: TimexMeaning(.date, .fixed("PRESENT_REF")))
    }
    if first == "future" && word(index - 1) == "in" {
      return Match(start: index, end: index + 1, meaning: TimexMeaning(.date, .fixed("FUTURE_REF")))
    }
    return nil
  }

  /// `every Monday`, `each year`, `daily`, `every two weeks`, `on Mondays`.
  func setExpression(at index: Int) -> Match? {
    let first = word(index)
    if let value = TimexLexicon.setAdverbs[first] {
      return Match(start: index, end: index + 1, meaning: TimexMeaning(.set, .fixed(value)))
    }
    if let piece = piece(index), piece.isCapitalized, let weekday = TimexLexicon.pluralWeekdays[first] {
      var end = index + 1
      var value = "XXXX-WXX-\(weekday)"
      if let part = partOfDay(at: end) ?? pluralPartOfDay(at: end) {
        value += "T" + part
        end += 1
      }
      return Match(start: index, end: end, meaning: TimexMeaning(.set, .fixed(value)))
    }
    guard first == "every" || first == "each" || first == "per" else { return nil }
    var position = index + 1
    if word(position) == "other" { position += 1 }
    if let piece = piece(position), piece.isCapitalized, let weekday = lookup(TimexLexicon.weekdays, position) {
      var end = position + 1
      var value = "XXXX-WXX-\(weekday)"
      if let part = partOfDay(at: end) {
        value += "T" + part
        end += 1
      }
      return Match(start: index, end: end, meaning: TimexMeaning(.set, .fixed(value)))
    }
    if let month = monthName(at: position) {
      return Match(
        start: index, end: position + 1, meaning: TimexMeaning(.set, .fixed("XXXX-" + CalendarDate.pad(month, 2))))
    }
    if let season = lookup(TimexLexicon.seasons, position) {
      return Match(start: index, end: position + 1, meaning: TimexMeaning(.set, .fixed("XXXX-" + season)))
    }
    if let part = partOfDay(at: position) {
      return Match(start: index, end: position + 1, meaning: TimexMeaning(.set, .fixed("XXXX-XX-XXT" + part)))
    }
    var amount = word(index + 1) == "other" ? 2 : 1
    if let found = count(at: position), let value = found.value, lookup(TimexLexicon.units, found.end) != nil {
      amount = value
      position = found.end
    }
    guard let unit = lookup(TimexLexicon.units, position), unit != .night, unit != .weekend else {
      return nil
    }
    return Match(start: index, end: position + 1, meaning: TimexMeaning(.set, .fixed(unit.duration(amount))))
  }

  /// Dates that take their value from an earlier date of the text: `the
  /// following day`, `the next day`, `the day before`, `that day`, `the same
  /// day`, `that year`.
  func anaphoric(at index: Int) -> Match? {
    let first = word(index)
    if first == "that" && word(index + 1) == "quarter" {
      // `Results for that quarter`: the quarter under discussion.
      return Match(start: index, end: index + 2, meaning: TimexMeaning(.date, .quarter(nil, .byTense)))
    }
    if first == "that" || first == "the" && word(index + 1) == "same" {
      let unitIndex = first == "that" ? index + 1 : index + 2
      guard let unit = lookup(TimexLexicon.units, unitIndex), [.day, .week, .month, .year].contains(unit) else {
        return nil
      }
      if first == "that" && unit == .year && word(unitIndex + 1) != "," && !isClauseEnd(unitIndex + 1) {
        return nil
      }
      var end = unitIndex + 1
      var part: String? = nil
      if unit == .day, let found = partOfDay(at: end) {
        part = found
        end += 1
      }
      return Match(
        start: index, end: end, meaning: TimexMeaning(part == nil ? .date : .time, .same(unit), timeOfDay: part))
    }
    if first == "the" {
      let second = word(index + 1)
      if second == "following" || second == "next" || second == "previous" || second == "preceding"
        || second == "prior", let part = partOfDay(at: index + 2)
      {
        // `the next morning`.
        let sign = second == "following" || second == "next" ? 1 : -1
        return Match(
          start: index, end: index + 3, meaning: TimexMeaning(.date, .shift(.day, 1, sign: sign), timeOfDay: part))
      }
      if second == "following" || second == "next" || second == "previous" || second == "preceding"
        || second == "prior"
      {
        guard let unit = lookup(TimexLexicon.units, index + 2), [.day, .week, .month, .year].contains(unit),
          !word(index + 2).hasByteSuffix("s")
        else { return nil }
        let sign = second == "following" || second == "next" ? 1 : -1
        var end = index + 3
        var part: String? = nil
        if unit == .day, let found = partOfDay(at: end) {
          part = found
          end += 1
        }
        return Match(
          start: index, end: end,
          meaning: TimexMeaning(part == nil ? .date : .time, .shift(unit, 1, sign: sign), timeOfDay: part))
      }
      if second == "day" || second == "week" || second == "month" || second == "year" {
        let after = word(index + 2)
        if after == "before" || after == "after" {
          // `later in the day before returning home`: the day itself, with
          // a conjunction before a gerund, not the day before another.
          let next = word(index + 3)
          if next.utf8.count > 4 && next.hasByteSuffix("ing") { return nil }
          guard let unit = TimexLexicon.units[second] else { return nil }
          return Match(
            start: index, end: index + 3,
            meaning: TimexMeaning(.date, .shift(unit, 1, sign: after == "before" ? -1 : 1)))
        }
      }
    }
    return nil
  }
}
