/// The dates a text has mentioned so far, which anaphoric expressions
/// (`the following day`, `a year earlier`) resolve against.
struct TimexContext: Sendable {
  var day: CalendarDate?
  var month: (year: Int, month: Int)?
  var year: Int?
  var quarter: (year: Int, quarter: Int)?
  /// The publication date: a quarter not over by then is no quarter of results.
  var reference: CalendarDate?

  /// Takes in a resolved value. Values from anaphoric expressions move the
  /// day forward (`the next day` twice is two days) but not the quarter.
  /// A month the text names (`In March`) or a year (`in 1998`, `last
  /// year`), but not a month relative to the writing (`last month`), moves
  /// it away from an older day: `explicit`.
  mutating func note(_ value: String, fromShift: Bool, explicit: Bool = false) {
    let bytes = Array(value.utf8)
    guard bytes.count >= 4, let year = Self.number(bytes[0..<4]) else { return }
    if bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      let month = Self.number(bytes[5..<7]), let dayValue = Self.number(bytes[8..<10]),
      let date = CalendarDate(year: year, month: month, day: dayValue)
    {
      day = date
      self.month = (year, month)
      if !fromShift { self.year = year }
      return
    }
    if fromShift { return }
    if bytes.count == 7, bytes[4] == UInt8(ascii: "-") {
      if bytes[5] == UInt8(ascii: "Q"), let q = Self.number(bytes[6..<7]) {
        // `losses through the third quarter of 1990` (in 1989): a forecast,
        // not the quarter whose results `a year ago` compares.
        let forecast = reference.map { year * 4 + q > $0.year * 4 + ($0.month + 2) / 3 } ?? false
        if !forecast { quarter = (year, q) }
      } else if let month = Self.number(bytes[5..<7]) {
        self.month = (year, month)
        // `In March, …`: a day of another month is no longer the one meant.
        if explicit, let day, day.year != year || day.month != month { self.day = nil }
      }
    }
    if bytes.count == 4 && explicit {
      // `In 1998, …`: nor is a day or a month of another year.
      if let day, day.year != year { self.day = nil }
      if let month, month.year != year { self.month = nil }
    }
    if bytes.count == 4 || bytes.count == 7 { self.year = year }
  }

  static func number(_ slice: ArraySlice<UInt8>) -> Int? {
    var value = 0
    for byte in slice {
      guard byte >= 48 && byte <= 57 else { return nil }
      value = value * 10 + Int(byte - 48)
    }
    return value
  }
}
