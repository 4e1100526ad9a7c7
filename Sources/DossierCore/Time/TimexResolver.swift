/// Turns a recognised meaning into a TIMEX3 value, against the publication
/// date (`document`), an earlier date of the text (`context`), or nothing.
struct TimexResolver: Sendable {
  /// The publication date, when known.
  var reference: CalendarDate?
  /// What the publication date is: `document`, or `story` when it was
  /// borrowed from the story's other articles.
  var referenceAnchor: Timex.Anchor = .document

  /// The value and what it was resolved against.
  func resolve(_ meaning: TimexMeaning, tense: Tense, context: TimexContext) -> (value: String, anchor: Timex.Anchor) {
    var (value, anchor) = base(meaning.form, tense: tense, context: context)
    if let time = meaning.timeOfDay {
      if value.utf8.count == 10 {
        value += "T" + time
      } else if value == "PRESENT_REF" || value.hasPrefix("P") {
        // Keeps the reference value.
      } else if value.utf8.count < 10 && !value.hasSuffix("_REF") {
        value = reference.map { $0.description } ?? "XXXX-XX-XX"
        value += "T" + time
      }
    }
    return (value, anchor)
  }

  func base(_ form: TimexMeaning.Form, tense: Tense, context: TimexContext) -> (String, Timex.Anchor) {
    let pad = CalendarDate.pad
    switch form {
    case .fixed(let value):
      return (value, .none)

    case .date(let yearRef, let month, let day):
      let suffix = "-" + pad(month, 2) + (day.map { "-" + pad($0, 2) } ?? "")
      if case .absolute(let year) = yearRef { return (pad(year, 4) + suffix, .none) }
      // Without a publication date the year stays unknown: a year the text
      // mentioned earlier is too weak an anchor for a bare month and day.
      guard let reference else { return ("XXXX" + suffix, .none) }
      var year = reference.year
      let after = month > reference.month || month == reference.month && (day ?? 0) > reference.day
      let before = month < reference.month || month == reference.month && day != nil && day! < reference.day
      switch yearRef {
      case .absolute: break
      case .offset(let offset): year += offset
      case .byTense:
        switch tense {
        case .future: if before { year += 1 }
        case .past:
          // A date just ahead is a reported plan: a year back would be written with its year.
          if after, let date = CalendarDate(year: year, month: month, day: day ?? 1),
            date.dayNumber - reference.dayNumber > 30
          {
            year -= 1
          }
        case .prospective, .planned: year = Self.closestYear(month: month, day: day, to: reference, futureWeight: 1)
        case .unknown: year = Self.closestYear(month: month, day: day, to: reference, futureWeight: 2)
        }
      case .before:
        // `last February` said in March means a year before: the month just
        // gone would be `last month`.
        if month >= reference.month - 1 { year -= 1 }
      case .after:
        if month <= reference.month { year += 1 }
      }
      return (pad(year, 4) + suffix, referenceAnchor)

    case .weekdayDate(let weekday, let month, let day):
      // `Saturday, April 25`: the year whose April 25 is a Saturday.
      guard let reference else { return ("XXXX-" + pad(month, 2) + "-" + pad(day, 2), .none) }
      var best: CalendarDate? = nil
      for year in [reference.year, reference.year - 1, reference.year + 1] {
        if let date = CalendarDate(year: year, month: month, day: day), date.weekday == weekday {
          if best == nil || abs(date.dayNumber - reference.dayNumber) < abs(best!.dayNumber - reference.dayNumber) {
            best = date
          }
        }
      }
      if let best { return (best.description, referenceAnchor) }
      return base(.date(year: .byTense, month: month, day: day), tense: tense, context: context)

    case .nthWeekday(let month, let weekday, let ordinal, let yearRef, let fromDay):
      var year: Int
      var anchor = referenceAnchor
      switch yearRef {
      case .absolute(let value):
        year = value
        anchor = .none
      case .offset(let offset):
        guard let reference else { return ("XXXX-" + pad(month, 2), .none) }
        year = reference.year + offset
      default:
        guard let reference else { return ("XXXX-" + pad(month, 2), .none) }
        let (approximate, _) = base(
          .date(year: yearRef, month: month, day: 7 * ordinal - 3), tense: tense, context: context)
        year = Int(approximate.prefix(4)) ?? reference.year
      }
      guard let first = CalendarDate(year: year, month: month, day: fromDay) else { return ("XXXX", .none) }
      let day = first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (ordinal - 1))
      return (day.description, anchor)

    case .year(let yearRef):
      guard let reference else { return ("XXXX", .none) }
      if case .offset(let offset) = yearRef { return (pad(reference.year + offset, 4), referenceAnchor) }
      return (pad(reference.year, 4), referenceAnchor)

    case .season(let season, let yearRef):
      if case .absolute(let year) = yearRef { return (pad(year, 4) + "-" + season, .none) }
      guard let reference else { return ("XXXX-" + season, .none) }
      var year = reference.year
      if case .offset(let offset) = yearRef { year += offset }
      let startMonth = ["SP": 3, "SU": 6, "FA": 9, "WI": 12][season] ?? 1
      if case .byTense = yearRef, tense == .past, startMonth > reference.month { year -= 1 }
      return (pad(year, 4) + "-" + season, referenceAnchor)

    case .quarter(let quarter, let yearRef):
      if case .absolute(let year) = yearRef, let quarter {
        return (pad(year, 4) + "-Q\(quarter)", .none)
      }
      if quarter == nil, case .absolute(let year) = yearRef {
        // `the 1988 quarter`: the quarter under discussion, in that year.
        return (pad(year, 4) + "-Q" + (context.quarter.map { String($0.quarter) } ?? "X"), .context)
      }
      if quarter == nil, case .offset(let offset) = yearRef, let reference, let known = context.quarter {
        return (pad(reference.year + offset, 4) + "-Q\(known.quarter)", .context)
      }
      guard let quarter else {
        if let known = context.quarter { return (pad(known.year, 4) + "-Q\(known.quarter)", .context) }
        guard let reference else { return ("XXXX-QX", .none) }
        // The quarter under discussion is the last one completed.
        let current = (reference.month - 1) / 3 + 1
        return current == 1
          ? (pad(reference.year - 1, 4) + "-Q4", referenceAnchor)
          : (pad(reference.year, 4) + "-Q\(current - 1)", referenceAnchor)
      }
      guard let reference else {
        if let year = context.year { return (pad(year, 4) + "-Q\(quarter)", .context) }
        return ("XXXX-Q\(quarter)", .none)
      }
      var year = reference.year
      if case .offset(let offset) = yearRef { year += offset }
      if case .byTense = yearRef, quarter * 3 - 2 > reference.month, tense == .past || tense == .unknown {
        year -= 1
      }
      return (pad(year, 4) + "-Q\(quarter)", referenceAnchor)

    case .latestQuarter:
      guard let reference else {
        if let known = context.quarter { return (pad(known.year, 4) + "-Q\(known.quarter)", .context) }
        return ("XXXX-QX", .none)
      }
      let current = (reference.month - 1) / 3 + 1
      return current == 1
        ? (pad(reference.year - 1, 4) + "-Q4", referenceAnchor)
        : (pad(reference.year, 4) + "-Q\(current - 1)", referenceAnchor)

    case .half(let half, let yearRef):
      if case .absolute(let year) = yearRef { return (pad(year, 4) + "-H\(half)", .none) }
      guard let reference else { return ("XXXX-H\(half)", .none) }
      var year = reference.year
      if case .byTense = yearRef, half == 2, reference.month < 7, tense != .future { year -= 1 }
      return (pad(year, 4) + "-H\(half)", referenceAnchor)

    case .weekday(let weekday, let direction):
      if direction == .previous || direction == .following, let day = context.day ?? reference {
        let back = (day.weekday - weekday + 7) % 7
        let forward = (weekday - day.weekday + 7) % 7
        let days = direction == .previous ? -(back == 0 ? 7 : back) : forward == 0 ? 7 : forward
        return (day.adding(days: days).description, context.day == nil ? referenceAnchor : .context)
      }
      guard let reference else { return ("XXXX-WXX-\(weekday)", .none) }
      let difference = weekday - reference.weekday
      var days: Int
      switch direction {
      case .byTense:
        // Weekdays in news are mostly past: only a plain future moves them ahead.
        days = tense == .future || tense == .planned ? (difference + 7) % 7 : -((reference.weekday - weekday + 7) % 7)
      case .last, .previous:
        let back = (reference.weekday - weekday + 7) % 7
        days = -(back == 0 ? 7 : back)
      case .next, .following:
        let forward = (difference + 7) % 7
        days = forward == 0 ? 7 : forward
      case .this:
        days = difference
      }
      return (reference.adding(days: days).description, referenceAnchor)

    case .weekend(let direction):
      guard let reference else { return ("XXXX-WXX-WE", .none) }
      var saturday = reference.adding(days: 6 - reference.weekday)
      switch direction {
      case .last, .previous: saturday = saturday.adding(days: -7)
      case .next, .following: if reference.weekday >= 6 { saturday = saturday.adding(days: 7) }
      case .this: break
      case .byTense: if tense != .future && reference.weekday < 6 { saturday = saturday.adding(days: -7) }
      }
      return (Self.isoWeek(saturday) + "-WE", referenceAnchor)

    case .dayOffset(let offset):
      guard let reference else { return ("XXXX-XX-XX", .none) }
      return (reference.adding(days: offset).description, referenceAnchor)

    case .unitOffset(let unit, let offset):
      guard let reference else { return (Self.unknown(unit), .none) }
      return (Self.shifted(reference, unit: unit, by: offset, granularity: unit), referenceAnchor)

    case .ago(let unit, let count):
      guard let reference else { return (count.map { $0 < 0 } == true ? "FUTURE_REF" : "PAST_REF", .none) }
      guard let count else {
        return ("PAST_REF", .none)
      }
      if unit == .year, let quarter = context.quarter, quarter.year == reference.year {
        return (pad(quarter.year - count, 4) + "-Q\(quarter.quarter)", .context)
      }
      if unit == .hour || unit == .minute || unit == .second {
        return (reference.description, referenceAnchor)
      }
      return (Self.shifted(reference, unit: unit, by: -count, granularity: unit), referenceAnchor)

    case .signalled(_, _, _, let stretch):
      return (stretch, .none)

    case .shift(let unit, let count, let sign):
      if unit == .quarter && count == 4 {
        // `the year-earlier quarter`.
        if let quarter = context.quarter { return (pad(quarter.year - 1, 4) + "-Q\(quarter.quarter)", .context) }
      }
      if unit == .year || unit == .quarter, let quarter = context.quarter, count != nil {
        let years = unit == .year ? count! : count! / 4
        return (pad(quarter.year + sign * years, 4) + "-Q\(quarter.quarter)", .context)
      }
      let base: CalendarDate
      let anchor: Timex.Anchor
      if let day = context.day {
        base = day
        anchor = .context
      } else if unit == .year, let year = context.year, count != nil {
        return (pad(year + sign * count!, 4), .context)
      } else if unit == .month, let known = context.month, let count {
        // `In March, … The following month`: from the month of the text.
        let total = known.year * 12 + known.month - 1 + sign * count
        return (pad(total / 12, 4) + "-" + pad(total % 12 + 1, 2), .context)
      } else if count == nil, unit == .day || unit == .night, let known = context.month {
        // `days later`, after `in early February 2022`: in that month, as
        // far as the text tells.
        return (pad(known.year, 4) + "-" + pad(known.month, 2), .context)
      } else if let reference {
        base = reference
        anchor = referenceAnchor
      } else {
        // Nothing to count from (`the same period last year` in an undated
        // article): the value's granularity with every part unknown.
        return (Self.unknown(Self.granularity(ofShift: unit, counted: count != nil)), .none)
      }
      let granularity = Self.granularity(ofShift: unit, counted: count != nil)
      return (Self.shifted(base, unit: unit, by: sign * (count ?? 0), granularity: granularity), anchor)

    case .same(let unit):
      if let day = context.day {
        return (Self.shifted(day, unit: unit, by: 0, granularity: unit), .context)
      }
      if unit == .year, let year = context.year { return (pad(year, 4), .context) }
      guard let reference else { return ("XXXX-XX-XX", .none) }
      return (Self.shifted(reference, unit: unit, by: 0, granularity: unit), referenceAnchor)
    }
  }

  /// How precise a shift's value is: `nine days later` a day, `days
  /// later` only the month, `years later` the year; a shift of hours stays
  /// on its day.
  static func granularity(ofShift unit: TimeUnit, counted: Bool) -> TimeUnit {
    switch unit {
    case .hour, .minute, .second: return .day
    case .day, .night, .week: return counted ? .day : .month
    default: return counted ? unit : .year
    }
  }

  /// A value of the unit's granularity with every part unknown.
  static func unknown(_ unit: TimeUnit) -> String {
    switch unit {
    case .week, .weekend: return "XXXX-WXX"
    case .month: return "XXXX-XX"
    case .quarter: return "XXXX-QX"
    case .day, .night, .second, .minute, .hour: return "XXXX-XX-XX"
    case .year, .decade, .century: return "XXXX"
    }
  }

  /// The year that puts a month (and day) closest to the reference.
  static func closestYear(month: Int, day: Int?, to reference: CalendarDate, futureWeight: Int) -> Int {
    var best = reference.year
    var bestDistance = Int.max
    for year in (reference.year - 1)...(reference.year + 1) {
      let date =
        CalendarDate(year: year, month: month, day: min(day ?? 15, CalendarDate.daysIn(month: month, year: year)))
        ?? reference
      var distance = abs(date.dayNumber - reference.dayNumber)
      // News reports the past more often than it announces the future.
      if date > reference { distance *= futureWeight }
      if distance < bestDistance {
        best = year
        bestDistance = distance
      }
    }
    return best
  }

  /// A date moved by `amount` units, written at a granularity.
  static func shifted(_ date: CalendarDate, unit: TimeUnit, by amount: Int, granularity: TimeUnit) -> String {
    let pad = CalendarDate.pad
    var moved = date
    switch unit {
    case .day, .night: moved = date.adding(days: amount)
    case .week, .weekend: moved = date.adding(days: 7 * amount)
    case .month: moved = addingMonths(date, amount)
    case .quarter: moved = addingMonths(date, 3 * amount)
    case .year: moved = addingMonths(date, 12 * amount)
    case .decade: moved = addingMonths(date, 120 * amount)
    case .century: moved = addingMonths(date, 1200 * amount)
    case .hour, .minute, .second: break
    }
    switch granularity {
    case .day, .night, .hour, .minute, .second: return moved.description
    case .week, .weekend: return isoWeek(moved)
    case .month: return pad(moved.year, 4) + "-" + pad(moved.month, 2)
    case .quarter: return pad(moved.year, 4) + "-Q\((moved.month - 1) / 3 + 1)"
    case .year: return pad(moved.year, 4)
    case .decade: return pad(moved.year / 10, 3)
    case .century: return pad(moved.year / 100, 2)
    }
  }

  static func addingMonths(_ date: CalendarDate, _ months: Int) -> CalendarDate {
    let total = date.year * 12 + (date.month - 1) + months
    let year = total >= 0 ? total / 12 : (total - 11) / 12
    let month = total - year * 12 + 1
    let day = min(date.day, CalendarDate.daysIn(month: month, year: year))
    return CalendarDate(year: year, month: month, day: day) ?? date
  }

  /// `2023-W04`: the ISO week of a day.
  static func isoWeek(_ date: CalendarDate) -> String {
    let thursday = date.adding(days: 4 - date.weekday)
    let january1 = CalendarDate(year: thursday.year, month: 1, day: 1)!
    let week = (thursday.dayNumber - january1.dayNumber) / 7 + 1
    return CalendarDate.pad(thursday.year, 4) + "-W" + CalendarDate.pad(week, 2)
  }
}
