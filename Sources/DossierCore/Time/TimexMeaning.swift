/// What a recognised temporal expression means before it is resolved
/// against a publication date or an earlier date of the text.
struct TimexMeaning: Sendable, Hashable {
  var kind: Timex.Kind
  var form: Form
  var mod: String?
  /// A time of day to append to a day: `AF` (a part of the day) or `15:00`.
  var timeOfDay: String?

  init(_ kind: Timex.Kind, _ form: Form, mod: String? = nil, timeOfDay: String? = nil) {
    self.kind = kind
    self.form = form
    self.mod = mod
    self.timeOfDay = timeOfDay
  }

  /// Which year a partial date falls in.
  enum YearRef: Sendable, Hashable {
    case absolute(Int)
    /// Relative to the reference year: -1 for `last year`.
    case offset(Int)
    /// The reference year, moved by the tense: the latest not after the
    /// reference in the past, the next one in the future.
    case byTense
    /// The latest such month strictly before the reference: `last February`.
    case before
    /// The first such month strictly after the reference: `next February`.
    case after
  }

  /// Which occurrence of a weekday or weekend; `previous` and `following`
  /// count from the last day of the text (`the previous Friday`).
  enum Direction: Sendable, Hashable {
    case byTense, last, this, next, previous, following
  }

  enum Form: Sendable, Hashable {
    /// A value that needs no anchor: `P9D`, `PRESENT_REF`, `1998`, `199`.
    case fixed(String)
    /// A month, with a day or not.
    case date(year: YearRef, month: Int, day: Int?)
    /// A month and day with the weekday the text gives it: `Saturday, April 25`.
    case weekdayDate(weekday: Int, month: Int, day: Int)
    /// The `ordinal`-th `weekday` of a month counted from its day
    /// `fromDay`: Thanksgiving is the fourth Thursday of November from the
    /// 1st, Election Day the first Tuesday from the 2nd.
    case nthWeekday(month: Int, weekday: Int, ordinal: Int, year: YearRef, fromDay: Int = 1)
    /// A year relative to the reference: `last year`, `this year`.
    case year(YearRef)
    /// A season (`SU`) of a year.
    case season(String, YearRef)
    /// A quarter of a year; `nil` is the quarter under discussion.
    case quarter(Int?, YearRef)
    /// A half of a year.
    case half(Int, YearRef)
    /// The last quarter completed before the reference: `the latest
    /// quarter`, whatever quarter the text spoke of before.
    case latestQuarter
    case weekday(Int, Direction)
    case weekend(Direction)
    /// Days from the reference: `yesterday` is -1.
    case dayOffset(Int)
    /// Weeks or months from the reference: `last week` is (-1, week).
    case unitOffset(TimeUnit, Int)
    /// A distance before the reference: `two weeks ago`; `nil` is vague.
    case ago(TimeUnit, Int?)
    /// A distance from the last date of the text: `nine days later` (+9),
    /// `a year earlier` (-1); `nil` is vague (`days later`).
    case shift(TimeUnit, Int?, sign: Int)
    /// A stretch before a signal, valued as the stretch: `two days later`
    /// is `P2D`, and reaches the date of `shift`.
    case signalled(TimeUnit, Int?, sign: Int, stretch: String)
    /// The last date of the text at a unit's granularity: `that day`.
    case same(TimeUnit)
  }

  /// Whether resolving it needs the tense of its clause.
  var dependsOnTense: Bool {
    switch form {
    case .date(.byTense, _, _), .weekday(_, .byTense), .weekend(.byTense), .quarter(_, .byTense),
      .half(_, .byTense), .weekdayDate, .nthWeekday(_, _, _, .byTense, _):
      return true
    default:
      return false
    }
  }
}
