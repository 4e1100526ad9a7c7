/// Calendar dates, years, decades, centuries and clock times.
extension TimexRecognizer {
  /// The month a piece names, when it is written as one: capitalised, and
  /// for words like `May` or `March` only next to a day, a year or a date word.
  func month(at index: Int) -> Int? {
    guard let piece = piece(index), piece.isWord, piece.isCapitalized,
      let month = lookup(TimexLexicon.months, index)
    else { return nil }
    if word(index).utf8.count <= 4 && word(index) != "may" && word(index) != "june" && word(index) != "july"
      && !hasFullStop(index)
      && day(at: index + 1) == nil
    {
      // `Jan`, `Dec` without a full stop: only before a day.
      return nil
    }
    if lookup(TimexLexicon.ambiguousMonths, index) {
      let before = word(index - 1)
      let nextIsDate = day(at: index + 1) != nil || year(at: index + 1) != nil
      let beforeIsDate = day(at: index - 1) != nil && word(index - 2) != "the"
      // `the March accession`: a month before a lower-case noun; `the March
      // of Dimes`, `the March on Rome` are names.
      let modifiesNoun =
        before == "the" && self.piece(index + 1)?.isWord == true && !isCapitalized(index + 1)
        && !lookup(TimexLexicon.clauseStarts, index + 1) && word(index + 1) != "of"
      if !(nextIsDate || beforeIsDate || modifiesNoun || TimexLexicon.monthContext.contains(before)
        || hasFullStop(index) && word(index) != "may")
      {
        return nil
      }
      if word(index) == "may"
        && !(nextIsDate || beforeIsDate
          || TimexLexicon.mayContext.contains(before))
      {
        return nil
      }
    }
    return month
  }

  /// A day of the month: `2`, `24th`, `2nd`.
  func day(at index: Int) -> Int? {
    guard let piece = piece(index), piece.kind == .number || piece.kind == .word else { return nil }
    if let number = piece.number {
      return piece.digits <= 2 && number >= 1 && number <= 31 ? number : nil
    }
    let count = word(index).utf8.count
    guard count >= 3 && count <= 4, let firstByte = word(index).utf8.first, firstByte >= 48 && firstByte <= 57 else {
      return nil
    }
    let bytes = Array(word(index).utf8)
    let suffix = String(decoding: bytes[(bytes.count - 2)...], as: UTF8.self)
    guard suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th" else { return nil }
    var value = 0
    for byte in bytes[..<(bytes.count - 2)] {
      guard byte >= 48 && byte <= 57 else { return nil }
      value = value * 10 + Int(byte - 48)
    }
    return value >= 1 && value <= 31 ? value : nil
  }

  /// A four-digit year between 1000 and 2099.
  func year(at index: Int) -> Int? {
    guard let piece = piece(index), let number = piece.number, piece.digits == 4,
      number >= 1000 && number <= 2099
    else { return nil }
    return number
  }

  /// `Feb. 24, 2022`, `24 February 2022`, `February 2022`, `Feb. 24 last
  /// year`, `2022-02-24`, `02/24/2022`, with a weekday before it or not.
  func explicitDate(at index: Int) -> Match? {
    var start = index
    var position = index
    var weekday: Int? = nil
    // `Wednesday, February 2, 2022`: the weekday joins the date.
    if let piece = piece(index), piece.isCapitalized, let found = lookup(TimexLexicon.weekdays, index),
      word(index + 1) == "," || month(at: index + 1) != nil || day(at: index + 1) != nil
    {
      position = word(index + 1) == "," ? index + 2 : index + 1
      weekday = found
    }
    if let numeric = numericDate(at: position) {
      return Match(start: start, end: position + 1, meaning: numeric)
    }
    var monthValue: Int?
    var dayValue: Int?
    var end = position
    if let found = month(at: position) {
      monthValue = found
      end = position + 1
      if let found = day(at: end) {
        dayValue = found
        end += 1
      }
    } else if let found = day(at: position), let month = month(at: position + 1) {
      // `24 February`.
      dayValue = found
      monthValue = month
      end = position + 2
    } else if word(position) == "the", let found = ordinalDay(at: position + 1), word(position + 2) == "of",
      let month = month(at: position + 3)
    {
      // `the 2nd of February`.
      dayValue = found
      monthValue = month
      end = position + 4
    } else {
      return nil
    }
    guard let monthValue else { return nil }
    if start == index && position > index && dayValue == nil { start = position }
    var yearRef = TimexMeaning.YearRef.byTense
    var after = end
    if word(after) == "," && year(at: after + 1) != nil { after += 1 }
    if word(after) == "of" && year(at: after + 1) != nil { after += 1 }
    if let found = year(at: after) {
      yearRef = .absolute(found)
      end = after + 1
    } else if let spelled = spelledYear(at: after), spelled.end - after >= 3 {
      // `January nineteen ninety-seven`, as broadcasts spell it.
      yearRef = .absolute(spelled.value)
      end = spelled.end
    } else if let piece = piece(end), piece.kind == .quote, let short = self.piece(end + 1)?.number,
      self.piece(end + 1)!.digits == 2
    {
      // `Feb. 24 '22`.
      yearRef = .absolute(short < 50 ? 2000 + short : 1900 + short)
      end += 2
    } else if lookup(TimexLexicon.yearDeterminers, end), word(end + 1) == "year" {
      // `Feb. 24 last year`.
      yearRef = .offset(word(end) == "last" ? -1 : word(end) == "next" ? 1 : 0)
      end += 2
    }
    if dayValue == nil, case .byTense = yearRef {
      // A bare month: the grammar of `month(at:)` already checked it.
      return Match(
        start: start, end: end, meaning: TimexMeaning(.date, .date(year: .byTense, month: monthValue, day: nil)))
    }
    if let weekday, let dayValue, case .byTense = yearRef, start == index {
      return Match(
        start: start, end: end,
        meaning: TimexMeaning(.date, .weekdayDate(weekday: weekday, month: monthValue, day: dayValue)))
    }
    return Match(
      start: start, end: end, meaning: TimexMeaning(.date, .date(year: yearRef, month: monthValue, day: dayValue)))
  }

  /// `2nd`, `24th`, `first`: a day written as an ordinal.
  func ordinalDay(at index: Int) -> Int? {
    if let value = day(at: index), piece(index)?.number == nil { return value }
    if let value = lookup(TimexLexicon.ordinals, index), word(index) != "last", word(index) != "final" {
      return value
    }
    return nil
  }

  /// `2022-02-24`, `2022-02`, `02/24/2022`, `24.02.2022` in one token.
  func numericDate(at index: Int) -> TimexMeaning? {
    guard let piece = piece(index), piece.kind == .number, piece.number == nil, word(index).utf8.count >= 6,
      word(index).utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") }
      )
    else { return nil }
    let bytes = Array(word(index).utf8)
    var fields: [Int] = []
    var widths: [Int] = []
    var separator: UInt8 = 0
    var value = 0
    var width = 0
    for byte in bytes {
      if byte >= 48 && byte <= 57 {
        value = value * 10 + Int(byte - 48)
        width += 1
        if width > 4 { return nil }
      } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") {
        if separator != 0 && byte != separator { return nil }
        separator = byte
        guard width > 0 else { return nil }
        fields.append(value)
        widths.append(width)
        value = 0
        width = 0
      } else {
        return nil
      }
    }
    guard width > 0 else { return nil }
    fields.append(value)
    widths.append(width)
    if separator == UInt8(ascii: "-") {
      guard widths.first == 4, fields.count >= 2, fields.count <= 3 else { return nil }
      guard (1...12).contains(fields[1]) else { return nil }
      if fields.count == 2 {
        guard widths[1] == 2 else { return nil }
        return TimexMeaning(.date, .date(year: .absolute(fields[0]), month: fields[1], day: nil))
      }
      guard (1...31).contains(fields[2]) else { return nil }
      return TimexMeaning(.date, .date(year: .absolute(fields[0]), month: fields[1], day: fields[2]))
    }
    guard fields.count == 3, widths[2] == 4, widths[0] <= 2, widths[1] <= 2 else { return nil }
    let (a, b, y) = (fields[0], fields[1], fields[2])
    guard (1...31).contains(a), (1...31).contains(b) else { return nil }
    if a > 12 && b <= 12 {
      return TimexMeaning(.date, .date(year: .absolute(y), month: b, day: a))
    }
    if b > 12 && a <= 12 {
      return TimexMeaning(.date, .date(year: .absolute(y), month: a, day: b))
    }
    guard a <= 12 && b <= 12 else { return nil }
    if a == b || dayFirst == false || (dayFirst == nil && separator == UInt8(ascii: "/") && false) {
      return TimexMeaning(.date, .date(year: .absolute(y), month: a, day: b))
    }
    if dayFirst == true || separator == UInt8(ascii: ".") {
      return TimexMeaning(.date, .date(year: .absolute(y), month: b, day: a))
    }
    // The order cannot be told: only the year is known.
    return TimexMeaning(.date, .fixed(CalendarDate.pad(y, 4) + "-XX-XX"))
  }

  /// Years (`1998`, `fiscal 1989`, `the year 2000`), decades (`the 1990s`,
  /// `the '90s`) and centuries (`the 20th century`).
  func yearExpression(at index: Int) -> Match? {
    var position = index
    var start = index
    let hasThe = word(index) == "the"
    if hasThe { position += 1 }
    // `fiscal 1989`, `fiscal year 1989`, `the year 2000`, `calendar 1990`.
    var prefixed = false
    if word(position) == "fiscal" || word(position) == "calendar" || word(position) == "financial" {
      position += 1
      prefixed = true
      if word(position) == "year" { position += 1 }
    } else if hasThe && word(position) == "year" && year(at: position + 1) != nil {
      position += 1
      prefixed = true
    }
    if let found = year(at: position) {
      if !prefixed && !plausibleYear(at: position, value: found) { return nil }
      if hasThe && !prefixed {
        // `the 1989 period`, `the 1988 quarter` speak of the year's part; the
        // article stays outside a bare year.
        start = position
      }
      var end = position + 1
      if word(end) == "or" && (word(end + 1) == "later" || word(end + 1) == "earlier") {
        let mod = word(end + 1) == "later" ? "ON_OR_AFTER" : "ON_OR_BEFORE"
        end += 2
        return Match(start: start, end: end, meaning: TimexMeaning(.date, .fixed(CalendarDate.pad(found, 4)), mod: mod))
      }
      return Match(start: start, end: end, meaning: TimexMeaning(.date, .fixed(CalendarDate.pad(found, 4))))
    }
    // Decades.
    if hasThe, let tens = lookup(TimexLexicon.decadeWords, position) {
      // `the nineties`: of the 1900s.
      return Match(start: index, end: position + 1, meaning: TimexMeaning(.date, .fixed("19" + tens)))
    }
    if let decade = decade(at: position) {
      return Match(start: index, end: decade.end, meaning: TimexMeaning(.date, .fixed(decade.value)))
    }
    // Centuries: `the 20th century`, `the twentieth century`, and before a
    // noun without the article: `a 19th-century church`.
    if hasThe || piece(position)?.kind == .number, let ordinal = centuryOrdinal(at: position),
      word(position + 1) == "century"
    {
      return Match(
        start: index, end: position + 2,
        meaning: TimexMeaning(.date, .fixed(CalendarDate.pad(ordinal - 1, 2))))
    }
    return nil
  }

  func centuryOrdinal(at index: Int) -> Int? {
    if let value = lookup(TimexLexicon.ordinals, index), word(index) != "last", word(index) != "final" {
      return value
    }
    if let value = day(at: index), piece(index)?.number == nil { return value }
    return nil
  }

  /// `1990s` or `'90s`: the decade's value (`199`) and the end piece.
  func decade(at index: Int) -> (value: String, end: Int)? {
    var position = index
    if piece(position)?.kind == .quote || piece(position)?.kind == .closingQuote
      || piece(position)?.kind == .openingQuote
    {
      position += 1
    }
    let text = word(position)
    guard text.utf8.last == UInt8(ascii: "s"), text.utf8.count == 5 || text.utf8.count == 3 else { return nil }
    let bytes = Array(text.utf8)
    guard bytes.last == UInt8(ascii: "s"), bytes.count == 5 || bytes.count == 3 else { return nil }
    for byte in bytes.dropLast() where !(byte >= 48 && byte <= 57) { return nil }
    guard bytes[bytes.count - 2] == UInt8(ascii: "0") else { return nil }
    if bytes.count == 5 {
      return (String(decoding: bytes[0..<3], as: UTF8.self), position + 1)
    }
    guard position > index else { return nil }
    let tens = Int(bytes[0] - 48)
    return ((tens >= 3 ? "19" : "20") + String(tens), position + 1)
  }

  /// A four-digit number that reads as a year, not an amount or an identifier.
  func plausibleYear(at index: Int, value: Int) -> Bool {
    let before = word(index - 1)
    let after = word(index + 1)
    if before == "$" || before == "no" || before == "number" || before == "flight" || before == "route"
      || before == "#" || before == "€" || before == "£" || before == "article" || before == "resolution"
    {
      return false
    }
    if after == "%" || after == "percent" || after == "people" || after == "troops" || after == "times"
      || after == "feet" || after == "meters" || after == "metres" || after == "miles" || after == "km"
      || after == "kilometers" || after == "kilometres" || after == "tons" || after == "votes"
      || after == ":" || after == "hours" || after == "members" || after == "jobs" || after == "shares"
    {
      return false
    }
    if value >= 1900 { return true }
    return value >= 1500 && TimexLexicon.yearContext.contains(before)
  }

  /// `3 p.m.`, `10:35 a.m. EST`, `noon Thursday`, `10 p.m. Wednesday`.
  func clockTime(at index: Int) -> Match? {
    var position = index
    var time: String
    if let clock = lookup(TimexLexicon.clockWords, position) {
      // `High Noon`, `high noon comes`: the idiom for a showdown; `at high noon` keeps the hour.
      if word(index - 1) == "high" && word(index - 2) != "at" { return nil }
      time = clock
      position += 1
    } else if let piece = piece(position), piece.kind == .number {
      var hour: Int
      var minute = 0
      var hasMinutes = false
      if let number = piece.number, piece.digits <= 2 {
        hour = number
      } else {
        guard word(position).utf8.contains(UInt8(ascii: ":")) else { return nil }
        let parts = word(position).split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), parts[1].count == 2 else {
          return nil
        }
        hour = h
        minute = m
        hasMinutes = true
      }
      guard hour <= 24, minute < 60 else { return nil }
      position += 1
      let marker = word(position)
      if marker == "a.m" || marker == "am" || marker == "a.m." {
        guard hour >= 1 && hour <= 12 else { return nil }
        if hour == 12 { hour = 0 }
        position += 1
      } else if marker == "p.m" || marker == "pm" || marker == "p.m." {
        guard hour >= 1 && hour <= 12 else { return nil }
        if hour < 12 { hour += 12 }
        position += 1
      } else if marker == "o'clock" || marker == "o’clock" {
        position += 1
      } else if marker == "in", word(position + 1) == "the", let part = partOfDay(at: position + 2),
        hour >= 1 && hour <= 12
      {
        // `4 in the morning`, `8 in the evening`: the part of the day says
        // which half of the clock.
        if part == "MO" || part == "NI" && (hour < 6 || hour == 12) {
          if hour == 12 { hour = 0 }
        } else if hour < 12 {
          hour += 12
        }
        position += 3
      } else if hasMinutes {
        // `at 15:30`, `10:35 GMT`: a bare clock needs a preposition or a zone.
        let before = word(index - 1)
        guard TimexLexicon.timeZones.contains(marker) || before == "at" || before == "by" || before == "until"
        else { return nil }
      } else {
        return nil
      }
      time = CalendarDate.pad(hour, 2) + ":" + CalendarDate.pad(minute, 2)
    } else {
      return nil
    }
    if lookup(TimexLexicon.timeZones, position) { position += 1 }
    if word(position) == "local" && word(position + 1) == "time" { position += 2 }
    // A day right after the clock joins it: `10 p.m. Wednesday`.
    var dayStart = position
    if word(dayStart) == "," { dayStart += 1 }
    if word(dayStart) == "on" { dayStart += 1 }
    if let day = dayExpression(at: dayStart) {
      var meaning = day.meaning
      meaning.kind = .time
      meaning.timeOfDay = time
      return Match(start: index, end: day.end, meaning: meaning)
    }
    return Match(start: index, end: position, meaning: TimexMeaning(.time, .same(.day), timeOfDay: time))
  }

  /// A day-level expression a clock time can attach to.
  func dayExpression(at index: Int) -> Match? {
    if let date = explicitDate(at: index), case .date(_, _, .some) = date.meaning.form { return date }
    if let relative = relativeDay(at: index), relative.meaning.timeOfDay == nil { return relative }
    if let piece = piece(index), piece.isCapitalized, let weekday = lookup(TimexLexicon.weekdays, index),
      word(index).utf8.count > 4 || hasFullStop(index)
    {
      if let date = explicitDate(at: index) { return date }
      return Match(start: index, end: index + 1, meaning: TimexMeaning(.date, .weekday(weekday, .byTense)))
    }
    return nil
  }
}
