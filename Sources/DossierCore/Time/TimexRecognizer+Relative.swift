/// Days, weekdays, weeks, months, seasons and quarters named relative to
/// the publication date.
extension TimexRecognizer {
  /// The part of the day at `index` (`afternoon` → `AF`).
  func partOfDay(at index: Int) -> String? {
    let found = word(index)
    if found == "midday" { return nil }
    return TimexLexicon.partsOfDay[found]
  }

  /// `nights`, `mornings`: a part of the day, recurring.
  func pluralPartOfDay(at index: Int) -> String? {
    let found = word(index)
    guard found.utf8.count > 5, found.hasByteSuffix("s") else { return nil }
    return TimexLexicon.partsOfDay[String(found.dropLast())]
  }

  /// `today`, `yesterday afternoon`, `tomorrow`, `tonight`, `this morning`,
  /// `last night`.
  func relativeDay(at index: Int) -> Match? {
    let first = word(index)
    var offset: Int
    var end = index + 1
    var part: String? = nil
    switch first {
    case "today": offset = 0
    case "yesterday": offset = -1
    case "tomorrow": offset = 1
    case "tonight":
      offset = 0
      part = "NI"
    case "this", "last":
      guard let found = partOfDay(at: index + 1) else { return nil }
      if first == "last" && found != "NI" { return nil }
      offset = first == "last" ? -1 : 0
      part = found
      end = index + 2
      return Match(start: index, end: end, meaning: TimexMeaning(.time, .dayOffset(offset), timeOfDay: part))
    default:
      return nil
    }
    if part == nil, let found = partOfDay(at: end) {
      part = found
      end += 1
    }
    return Match(
      start: index, end: end, meaning: TimexMeaning(part == nil ? .date : .time, .dayOffset(offset), timeOfDay: part))
  }

  /// `Monday`, `last Friday`, `Wednesday afternoon`, `next Tuesday night`.
  func weekdayExpression(at index: Int) -> Match? {
    var position = index
    var direction = TimexMeaning.Direction.byTense
    if word(index) == "the" {
      // `the previous Friday`, `the following Monday`: from the day the
      // text speaks of.
      switch word(index + 1) {
      case "previous", "preceding": direction = .previous
      case "following": direction = .following
      default: return nil
      }
      position += 2
    } else {
      switch word(index) {
      case "last", "past", "previous":
        direction = .last
        position += 1
      case "next", "coming":
        direction = .next
        position += 1
      case "this":
        direction = .this
        position += 1
      default: break
      }
    }
    guard let piece = piece(position), piece.isCapitalized, let weekday = lookup(TimexLexicon.weekdays, position),
      word(position).utf8.count > 4 || hasFullStop(position)
    else { return nil }
    var end = position + 1
    // `Tuesday nights`, `Monday and Thursday mornings`: every such part of the day.
    if direction == .byTense, let part = pluralPartOfDay(at: end) {
      return Match(start: index, end: end + 1, meaning: TimexMeaning(.set, .fixed("XXXX-WXX-\(weekday)T" + part)))
    }
    if direction == .byTense, word(end) == "and" || word(end) == "or", lookup(TimexLexicon.weekdays, end + 1) != nil,
      let part = pluralPartOfDay(at: end + 2)
    {
      return Match(start: index, end: end, meaning: TimexMeaning(.set, .fixed("XXXX-WXX-\(weekday)T" + part)))
    }
    if let part = partOfDay(at: end) {
      end += 1
      // TimeBank types `Wednesday night` as a date with a part of the day.
      return Match(start: index, end: end, meaning: TimexMeaning(.date, .weekday(weekday, direction), timeOfDay: part))
    }
    return Match(start: index, end: end, meaning: TimexMeaning(.date, .weekday(weekday, direction)))
  }

  /// `last week`, `this month`, `next year`, `the current quarter`, `last
  /// weekend`, `the weekend`, `this February`.
  func relativeUnit(at index: Int) -> Match? {
    var position = index
    let hasThe = word(position) == "the"
    if hasThe { position += 1 }
    let determiner = word(position)
    var offset: Int
    switch determiner {
    case "last", "previous", "past", "prior": offset = -1
    case "this", "current", "present": offset = 0
    case "next", "coming", "following": offset = 1
    default:
      if hasThe && word(position) == "weekend" {
        return Match(start: index, end: position + 1, meaning: TimexMeaning(.date, .weekend(.byTense)))
      }
      return nil
    }
    let unitWord = word(position + 1)
    // `present-day`, `last-minute` are adjectives.
    if self.piece(position + 1)?.isHyphenated == true { return nil }
    if hasThe && (determiner == "past" || determiner == "coming" || determiner == "last" || determiner == "next") {
      // `the past week`, `the next year` are stretches of time, not dates.
      if let unit = TimexLexicon.units[unitWord], !unitWord.hasByteSuffix("s"), unit != .weekend {
        return Match(start: index, end: position + 2, meaning: TimexMeaning(.duration, .fixed(unit.duration(1))))
      }
    }
    if hasThe && determiner == "following" || hasThe && determiner == "previous" {
      return nil  // anaphoric: `the following week` depends on the text.
    }
    if unitWord == "weekend" {
      let direction: TimexMeaning.Direction = offset < 0 ? .last : offset > 0 ? .next : .this
      return Match(start: index, end: position + 2, meaning: TimexMeaning(.date, .weekend(direction)))
    }
    if let month = month(at: position + 1) ?? monthName(at: position + 1) {
      // `last February`: the latest February before the reference.
      let ref: TimexMeaning.YearRef = offset < 0 ? .before : offset > 0 ? .after : .offset(0)
      if let day = day(at: position + 2) {
        // `last Oct. 23`.
        return Match(
          start: index, end: position + 3, meaning: TimexMeaning(.date, .date(year: ref, month: month, day: day)))
      }
      return Match(
        start: index, end: position + 2, meaning: TimexMeaning(.date, .date(year: ref, month: month, day: nil)))
    }
    guard let unit = TimexLexicon.units[unitWord], !unitWord.hasByteSuffix("s") else { return nil }
    if determiner == "past" || determiner == "coming" || determiner == "following" || determiner == "prior" {
      return nil
    }
    switch unit {
    case .year:
      if offset == -1 && comparesResults(lastYear: position) {
        // Results against a year before: the same quarter then, when the text reports one.
        return Match(start: index, end: position + 2, meaning: TimexMeaning(.date, .ago(.year, 1)))
      }
      return Match(start: index, end: position + 2, meaning: TimexMeaning(.date, .year(.offset(offset))))
    case .week, .month, .quarter, .day, .decade, .century:
      return Match(start: index, end: position + 2, meaning: TimexMeaning(.date, .unitOffset(unit, offset)))
    default:
      return nil
    }
  }

  /// `compared with $3 million last year`, `up from last year's $1.5
  /// billion`: `last year` (at `index`) sets an amount against the year before.
  func comparesResults(lastYear index: Int) -> Bool {
    if piece(index - 1)?.kind == .number || lookup(TimexLexicon.amountWords, index - 1) { return true }
    guard let year = piece(index + 1), year.possessiveLength > 0 else { return false }
    return word(index + 2) == "$" || piece(index + 2)?.kind == .number
  }

  /// `Christmas`, `Christmas Eve`, `Thanksgiving Day`, `New Year's Day`,
  /// `Halloween`, `Election Day`, with `last`/`next`/`this` before them or a year after.
  func holiday(at index: Int) -> Match? {
    var position = index
    var ref = TimexMeaning.YearRef.byTense
    switch word(position) {
    case "last": ref = .before
    case "next": ref = .after
    case "this": ref = .offset(0)
    default: break
    }
    if position == index && ref != .byTense { position += 1 }
    guard let piece = piece(position), piece.isCapitalized else { return nil }
    var end = position + 1
    var form: TimexMeaning.Form
    if word(position) == "thanksgiving" {
      if word(end) == "day" { end += 1 }
      form = .nthWeekday(month: 11, weekday: 4, ordinal: 4, year: ref)
    } else if word(position) == "election", word(end) == "day", isCapitalized(end) {
      // US Election Day: the Tuesday after the first Monday of November.
      end += 1
      form = .nthWeekday(month: 11, weekday: 2, ordinal: 1, year: ref, fromDay: 2)
    } else if word(position) == "new", word(position + 1) == "year",
      word(position + 2) == "day" || word(position + 2) == "eve"
    {
      let eve = word(position + 2) == "eve"
      end = position + 3
      form = .date(year: ref, month: eve ? 12 : 1, day: eve ? 31 : 1)
    } else if let fixed = lookup(TimexLexicon.fixedHolidays, position) {
      let month = Int(fixed.prefix(2)) ?? 1
      var day = Int(fixed.suffix(2)) ?? 1
      if word(end) == "eve" && word(position) == "christmas" {
        day -= 1
        end += 1
      } else if word(end) == "day" {
        end += 1
      }
      form = .date(year: ref, month: month, day: day)
    } else {
      return nil
    }
    if let year = year(at: end) {
      end += 1
      switch form {
      case .nthWeekday(let month, let weekday, let ordinal, _, let fromDay):
        form = .nthWeekday(month: month, weekday: weekday, ordinal: ordinal, year: .absolute(year), fromDay: fromDay)
      case .date(_, let month, let day):
        form = .date(year: .absolute(year), month: month, day: day)
      default: break
      }
    }
    return Match(start: index, end: end, meaning: TimexMeaning(.date, form))
  }

  /// `for the year`, `the full year`, `the fiscal year ended June 30` (a
  /// stretch of a year), `the year two thousand`.
  func theYear(at index: Int) -> Match? {
    if word(index) == "year" && word(index + 1) == "end" {
      // `year-end`, `year end`, `year's end`.
      return Match(start: index, end: index + 2, meaning: TimexMeaning(.date, .year(.offset(0)), mod: "END"))
    }
    guard word(index) == "the" else { return nil }
    var position = index + 1
    while lookup(TimexLexicon.yearAdjectives, position) { position += 1 }
    guard word(position) == "year" else { return nil }
    let end = position + 1
    let after = word(end)
    if after == "ended" || after == "ending" || after == "ends" || after == "through" {
      return Match(start: index, end: end, meaning: TimexMeaning(.duration, .fixed("P1Y")))
    }
    if let spelled = spelledYear(at: end) {
      return Match(
        start: index, end: spelled.end, meaning: TimexMeaning(.date, .fixed(CalendarDate.pad(spelled.value, 4))))
    }
    if position > index + 1 || word(index - 1) == "for" || isPartOfYear(before: index) {
      return Match(start: index, end: end, meaning: TimexMeaning(.date, .year(.offset(0))))
    }
    return nil
  }

  /// `the first nine months of the year`, `the rest of the year`, `earlier
  /// in the year`: a part of the current year, which names it.
  func isPartOfYear(before index: Int) -> Bool {
    let preposition = word(index - 1)
    if preposition == "in" { return word(index - 2) == "earlier" || word(index - 2) == "later" }
    guard preposition == "of" else { return false }
    return TimexLexicon.yearParts.contains(word(index - 2))
  }

  /// `nineteen ninety-six`, `two thousand`, `two thousand and one`.
  func spelledYear(at index: Int) -> (value: Int, end: Int)? {
    let first = word(index)
    if first == "two" && word(index + 1) == "thousand" {
      var end = index + 2
      var value = 2000
      if word(end) == "and", let unit = lookup(TimexLexicon.cardinals, end + 1), unit < 20, word(end + 1) != "a" {
        value += unit
        end += 2
      }
      return (value, end)
    }
    guard let century = TimexLexicon.centuryWords[first] else { return nil }
    guard let tens = lookup(TimexLexicon.cardinals, index + 1), tens >= 10, tens < 100, word(index + 1) != "dozen"
    else { return nil }
    var value = century * 100 + tens
    var end = index + 2
    if tens >= 20, let unit = lookup(TimexLexicon.cardinals, end), unit < 10, unit > 0, word(end) != "a",
      word(end) != "an", piece(end)?.isHyphenated == true
    {
      value += unit
      end += 1
    }
    return (value, end)
  }

  /// A capitalised month name without the extra checks of `month(at:)`.
  func monthName(at index: Int) -> Int? {
    guard let piece = piece(index), piece.isCapitalized, word(index) != "may" else { return nil }
    return lookup(TimexLexicon.months, index)
  }

  /// `last summer`, `the winter of 1994`, `this fall`, `spring 2022`.
  func seasonExpression(at index: Int) -> Match? {
    var position = index
    var ref: TimexMeaning.YearRef? = nil
    switch word(position) {
    case "the":
      position += 1
      if word(position) == "past" || word(position) == "last" {
        position += 1
        ref = .offset(-1)
      } else if word(position) == "next" || word(position) == "coming" {
        position += 1
        ref = .offset(1)
      }
    case "last":
      ref = .offset(-1)
      position += 1
    case "this":
      ref = .offset(0)
      position += 1
      if word(position) == "past" { position += 1 }
    case "next":
      ref = .offset(1)
      position += 1
    default: break
    }
    guard let season = lookup(TimexLexicon.seasons, position) else { return nil }
    var end = position + 1
    if word(end) == "of", let year = year(at: end + 1) {
      ref = .absolute(year)
      end += 2
    } else if let year = year(at: end) {
      ref = .absolute(year)
      end += 1
    } else if word(end) == "of", let spelled = spelledYear(at: end + 1), spelled.end - end >= 4 {
      // `the winter of nineteen ninety-four`.
      ref = .absolute(spelled.value)
      end = spelled.end
    }
    if position == index {
      // A bare season needs its year, or a preposition before it.
      let before = word(index - 1)
      // `the early summer`, `in late spring`: the modifier takes the article's place.
      let modified =
        TimexLexicon.rangeModifiers[before] != nil
        && (word(index - 2) == "the" || lookup(TimexLexicon.seasonContext, index - 2))
      guard ref != nil || modified || TimexLexicon.seasonContext.contains(before),
        season != "FA" || ref != nil
      else { return nil }
    }
    return Match(start: index, end: end, meaning: TimexMeaning(.date, .season(season, ref ?? .byTense)))
  }

  /// `the third quarter`, `third-quarter`, `the first quarter of 1990`, `the
  /// latest quarter`, `the year-earlier period`, `the first half`.
  func quarterExpression(at index: Int) -> Match? {
    var position = index
    if word(position) == "the" { position += 1 }
    var yearEarlier = false
    var latest = false
    var absoluteYear: Int? = nil
    var relativeYear: Int? = nil
    var sawModifier = true
    while sawModifier {
      sawModifier = false
      let current = word(position)
      if current == "year" && (word(position + 1) == "earlier" || word(position + 1) == "ago") {
        yearEarlier = true
        position += 2
        sawModifier = true
      } else if TimexLexicon.latestWords.contains(current) {
        latest = true
        position += 1
        sawModifier = true
      } else if let found = year(at: position), word(position + 1) != "," {
        absoluteYear = found
        position += 1
        sawModifier = true
      } else if TimexLexicon.yearDeterminers.contains(current) && word(position + 1) == "year"
        && (lookup(TimexLexicon.ordinals, position + 2) != nil || word(position + 2) == "quarter")
      {
        // `this year's third quarter`, `last year's quarter`.
        relativeYear = current == "last" ? -1 : current == "next" ? 1 : 0
        position += 2
        sawModifier = true
      } else if current == "fiscal" {
        position += 1
        sawModifier = true
      }
    }
    var ordinal: Int? = nil
    if let found = lookup(TimexLexicon.ordinals, position), found <= 4, word(position) != "final" {
      // `the last half of 1989` is the second; a last quarter is not named.
      if word(position) == "last" && word(position + 1) != "half" { return nil }
      ordinal = word(position) == "last" ? 2 : found
      position += 1
    }
    let unitWord = word(position)
    let isQuarter = unitWord == "quarter" || unitWord == "qtr"
    let isHalf = unitWord == "half"
    let isPeriod = unitWord == "period"
    guard isQuarter || isHalf || isPeriod else {
      // `year-earlier` or `year-ago` alone, before a noun.
      if yearEarlier && ordinal == nil && !latest {
        return Match(start: index, end: position, meaning: TimexMeaning(.date, .shift(.year, 1, sign: -1)))
      }
      return nil
    }
    var end = position + 1
    if ordinal == nil && isQuarter && (word(end) == "ended" || word(end) == "ending"),
      let month = month(at: end + 1)
    {
      // `the quarter ended Sept. 30` is the quarter of that month.
      ordinal = (month - 1) / 3 + 1
    }
    if word(end) == "of", let found = year(at: end + 1) {
      absoluteYear = found
      end += 2
    } else if let found = year(at: end), word(end + 1) != "," {
      absoluteYear = found
      end += 1
    }
    // `the quarter a year ago`, `the corresponding period last year`: the
    // same part of the year before.
    if ordinal == nil && absoluteYear == nil && relativeYear == nil && !yearEarlier && !isHalf {
      if word(end) == "a" && word(end + 1) == "year" && (word(end + 2) == "ago" || word(end + 2) == "earlier") {
        yearEarlier = true
        end += 3
      } else if word(end) == "last" && word(end + 1) == "year" {
        yearEarlier = true
        end += 2
      }
    }
    let ref: TimexMeaning.YearRef = absoluteYear.map { .absolute($0) } ?? relativeYear.map { .offset($0) } ?? .byTense
    if isHalf {
      guard let ordinal, ordinal <= 2 else { return nil }
      return Match(start: index, end: end, meaning: TimexMeaning(.date, .half(ordinal, ref)))
    }
    if isPeriod && ordinal != nil { return nil }
    if isPeriod && !(yearEarlier || latest || absoluteYear != nil) { return nil }
    if yearEarlier {
      return Match(start: index, end: end, meaning: TimexMeaning(.date, .shift(.quarter, 4, sign: -1)))
    }
    if ordinal == nil && !latest && absoluteYear == nil && relativeYear == nil && word(index) != "the" { return nil }
    if latest && isQuarter && ordinal == nil && absoluteYear == nil && relativeYear == nil {
      return Match(start: index, end: end, meaning: TimexMeaning(.date, .latestQuarter))
    }
    return Match(start: index, end: end, meaning: TimexMeaning(.date, .quarter(ordinal, ref)))
  }
}
