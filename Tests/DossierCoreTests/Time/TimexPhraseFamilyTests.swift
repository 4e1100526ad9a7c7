import Testing

@testable import DossierCore

// Pattern families added for TimeML conventions the tagger missed: halves,
// counts with `couple of`, ordinal centuries before a noun, the last half of
// a year, clock hours with a part of the day, modified seasons and stretches
// ahead. The reference date of every row is Wednesday 13 March 2024.
@Suite("Timex phrase families")
struct TimexPhraseFamilyTests {
  func check(_ row: TimexCase, sourceLocation: SourceLocation = #_sourceLocation) {
    TimeTestSupport.check(row, sourceLocation: sourceLocation)
  }

  static let halvesAndCouples: [TimexCase] = [
    TimexCase("The glider stayed aloft for 3 1/2 hours over the bay.", "3 1/2 hours", "PT3H30M", .duration),
    TimexCase("The tenants waited 4 1/2 years for a new roof.", "4 1/2 years", "P4Y6M", .duration),
    TimexCase("The kettle took a minute and a half to boil.", "a minute and a half", "PT1M30S", .duration),
    TimexCase("The ferry crossing lasts an hour and a half in fog.", "an hour and a half", "PT1H30M", .duration),
    TimexCase("The orchard was replanted within three and a half years.", "three and a half years", "P3Y6M", .duration),
    TimexCase("The bakery sold out for two and a half days running.", "two and a half days", "P2DT12H", .duration),
    TimexCase("Rents rose over the next couple of years in the valley.", "the next couple of years", "P2Y", .duration),
    TimexCase("The quarry was quiet for the last couple of weeks.", "the last couple of weeks", "P2W", .duration),
    TimexCase("The lease may be extended for an additional year by the owner.", "an additional year", "P1Y", .duration),
    TimexCase("The crew asked for two extra days to finish the mural.", "two extra days", "P2D", .duration),
  ]

  @Test("Halves, couples and additional units make durations", arguments: halvesAndCouples)
  func halves(_ row: TimexCase) { check(row) }

  static let datesAndTimes: [TimexCase] = [
    TimexCase("She called herself a 19th century romantic at the fair.", "19th century", "18"),
    TimexCase("Pilgrims visit the old 12th century abbey every spring.", "12th century", "11"),
    TimexCase("The chapel dates from the 14th century and still stands.", "the 14th century", "13"),
    TimexCase("Margins shrank in the last half of 2022 at the mill.", "the last half of 2022", "2022-H2"),
    TimexCase("The bells will ring at 6 in the morning on the feast.", "6 in the morning", "2024-03-13T06:00", .time),
    TimexCase("The bells will ring at 7 in the evening on the feast.", "7 in the evening", "2024-03-13T19:00", .time),
    TimexCase("The bells rang at 11 at night during the storm.", "11", "", .date),
    TimexCase("Orders recovered from the lows of the early summer at the plant.", "the early summer", "2024-SU"),
  ]

  @Test("Ordinal centuries, last halves, clock hours and modified seasons", arguments: datesAndTimes)
  func dates(_ row: TimexCase) {
    if row.value.isEmpty {
      // `11 at night` is not a clock phrase the grammar knows: no timex.
      let document = TimeTestSupport.document(row.sentence, published: row.published)
      #expect(TimeTestSupport.timex(row.phrase, in: document) == nil, "\(TimeTestSupport.describe(document))")
      return
    }
    check(row)
  }

  static let stretchesAhead: [TimexCase] = [
    TimexCase("Growers fear frost in the weeks ahead across the region.", "the weeks ahead", "PXW", .duration),
    TimexCase("The guild plans more fairs in the years ahead.", "the years ahead", "PXY", .duration),
  ]

  @Test("A stretch ahead is a vague duration", arguments: stretchesAhead)
  func ahead(_ row: TimexCase) { check(row) }

  static let signalledStretches: [TimexCase] = [
    TimexCase("The mill reopened on May 2, 2023. Three weeks later, it shut again.", "Three weeks", "P3W", .duration),
    TimexCase(
      "The gate jammed, and a minute and a half later the alarm rang.", "a minute and a half", "PT1M30S", .duration),
    TimexCase(
      "The pact was signed in June 2022; talks had stalled several months before.", "several months", "PXM", .duration),
    TimexCase("The pump failed at noon. Two hours afterwards the cellar flooded.", "Two hours", "PT2H", .duration),
  ]

  @Test("A stretch before later, afterwards or a closing before is a duration", arguments: signalledStretches)
  func signalled(_ row: TimexCase) { check(row) }

  @Test(
    "A signalled stretch still reaches its date for the timeline",
    arguments: [
      ("The mill reopened on May 2, 2023. Three weeks later, it shut again.", "Three weeks", "2023-05-23"),
      ("The dam burst on June 9, 2023. A day earlier the gauges had failed.", "A day", "2023-06-08"),
    ])
  func reaches(_ sentence: String, _ phrase: String, _ date: String) {
    let document = TimeTestSupport.document(sentence, published: "2024-03-13")
    #expect(TimeTestSupport.timex(phrase, in: document)?.reaches == date, "\(TimeTestSupport.describe(document))")
  }

  static let recurringPartsOfDay: [TimexCase] = [
    TimexCase("The choir rehearses on Tuesday and Friday evenings at the hall.", "Tuesday", "XXXX-WXX-2TEV", .set),
    TimexCase(
      "The choir rehearses on Tuesday and Friday evenings at the hall.", "Friday evenings", "XXXX-WXX-5TEV", .set),
    TimexCase("The night ferry sails on Sunday nights in summer.", "Sunday nights", "XXXX-WXX-7TNI", .set),
  ]

  @Test("A weekday before a plural part of the day recurs", arguments: recurringPartsOfDay)
  func recurringParts(_ row: TimexCase) { check(row) }

  static let reportedPlans: [TimexCase] = [
    TimexCase("By choosing a March 20 start, the club delayed the season.", "March 20", "2024-03-20")
  ]

  @Test("A past clause keeps a date just ahead in the year of writing", arguments: reportedPlans)
  func reportedPlan(_ row: TimexCase) { check(row) }

  static let holidaysAndAnaphora: [TimexCase] = [
    TimexCase("The abbey has stood on the hill for centuries.", "centuries", "PXC", .duration),
    TimexCase("Volunteers will knock on doors on Election Day.", "Election Day", "2024-11-05"),
    TimexCase(
      "The mill shut on Friday, March 8, 2024. Prices had peaked the previous Friday.", "the previous Friday",
      "2024-03-01"),
    TimexCase("The growers will meet on May 14 and 15.", "15", "2024-05-15"),
    TimexCase("The orchard lost fruit after the March frost.", "March", "2024-03"),
    TimexCase(
      "The mill earned $5 million in the third quarter, compared with $3 million last year.", "last year", "2022-Q3",
      published: "2023-11-01"),
    TimexCase(
      "The mill earned $5 million in the third quarter. Losses may last through the second quarter of 2024. "
        + "In the year-ago period it earned $4 million.", "the year-ago period", "2022-Q3", published: "2023-11-01"),
  ]

  @Test(
    "Vague centuries, Election Day, the previous weekday, a second day, a month before a noun, results a year before",
    arguments: holidaysAndAnaphora)
  func holidaysAndAnaphoraRows(_ row: TimexCase) { check(row) }

  @Test(
    "A to-compound and the day before a gerund are no timexes",
    arguments: [
      ("The quarter-to-quarter gain surprised the brokers.", "The quarter"),
      ("She toured the mill and left later in the day before driving home.", "the day before"),
    ])
  func noTimex(_ sentence: String, _ phrase: String) {
    let document = TimeTestSupport.document(sentence, published: "2024-03-13")
    #expect(TimeTestSupport.timex(phrase, in: document) == nil, "\(TimeTestSupport.describe(document))")
  }

  @Test(
    "High noon as an idiom is no clock time",
    arguments: ["The old western High Noon played at the fair.", "For the growers, high noon came with the frost."])
  func highNoon(_ sentence: String) {
    let document = TimeTestSupport.document(sentence, published: "2024-03-13")
    #expect(document.timexes.isEmpty, "\(TimeTestSupport.describe(document))")
  }

  /// Sentences with amounts (numbers with points, commas or unit endings)
  /// and no temporal expression, and the timexes that must still be found
  /// around numbers that are not amounts.
  static let amounts: [(sentence: String, expected: [String])] = [
    ("The fund grew 2.5% to £340m after a 1,200-job cut.", []),
    ("The club paid $9.75bn, or 3,400 times its 2.1m turnover.", []),
    ("Fares rose 4.5% on the 24th of May, the first since the 1990s.", ["the 24th of May", "the 1990s"]),
    ("A £50-a-year fee applies to members.", ["a-year"]),
  ]

  @Test("Amounts start no expression; ordinals, decades and rates still do", arguments: amounts.indices)
  func amountRows(_ index: Int) {
    let row = Self.amounts[index]
    let document = TimeTestSupport.document(row.sentence, published: "2024-03-13")
    let found = document.timexes.map { String(document.text($0.range)) }
    #expect(found == row.expected, "\(TimeTestSupport.describe(document))")
  }

  @Test("A preposition before `the` and a plural unit stays outside", arguments: ["about", "around"])
  func prepositionStaysOutside(_ word: String) {
    let document = TimeTestSupport.document(
      "The growers worried \(word) the years ahead of them.", published: "2024-03-13")
    #expect(
      TimeTestSupport.timex("the years ahead", in: document)?.value == "PXY", "\(TimeTestSupport.describe(document))")
    #expect(document.timexes.allSatisfy { !document.text($0.range).hasPrefix(word) })
  }

  @Test(
    "Byte suffixes answer as hasSuffix does",
    arguments: [
      ("walked", "ed", true), ("we'll", "'ll", true), ("we’ll", "’ll", true), ("bed", "ed", true),
      ("d", "ed", false), ("weeks", "s", true), ("week", "s", false), ("", "s", false),
    ] as [(String, StaticString, Bool)])
  func byteSuffix(_ word: String, _ suffix: StaticString, _ expected: Bool) {
    #expect(word.hasByteSuffix(suffix) == expected)
    #expect(word.hasSuffix(suffix.description) == expected)
  }
}
