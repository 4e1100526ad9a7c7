import Testing

@testable import DossierCore

// The reference date of most rows is Wednesday 13 March 2024.
@Suite("Timex tagger")
struct TimexTaggerTests {
  func check(_ row: TimexCase, sourceLocation: SourceLocation = #_sourceLocation) {
    TimeTestSupport.check(row, sourceLocation: sourceLocation)
  }

  static let absoluteDates: [TimexCase] = [
    TimexCase("The ferry sank on March 4, 2019, off the coast.", "March 4, 2019", "2019-03-04"),
    TimexCase("The ferry sank on 4 March 2019 off the coast.", "4 March 2019", "2019-03-04"),
    TimexCase("The mill closed on Sept. 9 after a fire.", "Sept. 9", "2023-09-09"),
    TimexCase("The vote was held on 11 February and nobody came.", "11 February", "2024-02-11"),
    TimexCase("The log shows 2019-07-21 as the day of the leak.", "2019-07-21", "2019-07-21"),
    TimexCase("The form was signed 07/21/2019 by the mayor.", "07/21/2019", "2019-07-21"),
    TimexCase("The form was signed 21/07/2019 by the mayor.", "21/07/2019", "2019-07-21"),
    TimexCase("The form was signed 03/04/2019 by the mayor.", "03/04/2019", "2019-XX-XX"),
    TimexCase("The bridge opened in 1987 to great fanfare.", "1987", "1987"),
    TimexCase("The bridge opened in October 1987 to great fanfare.", "October 1987", "1987-10"),
    TimexCase("Rents soared in the 1990s across the valley.", "the 1990s", "199"),
    TimexCase("The chapel dates from the 14th century and still stands.", "the 14th century", "13"),
    TimexCase("The harvest failed last summer in the north.", "last summer", "2023-SU"),
    TimexCase("Sales of umbrellas dropped in the second quarter of 2021.", "the second quarter of 2021", "2021-Q2"),
    TimexCase("Output rose in the first half of 2020 at the plant.", "the first half of 2020", "2020-H1"),
    TimexCase("Pickets gathered outside the depot over the weekend.", "the weekend", "2024-W10-WE"),
    TimexCase("Her grandmother was born on Dec. 2 1931 in a village.", "Dec. 2 1931", "1931-12-02"),
    TimexCase("The editorial ran on Friday, March 8:", "Friday, March 8", "2024-03-08"),
    TimexCase("The shop shut at Christmas last winter.", "Christmas", "2023-12-25"),
    TimexCase("Turkeys sold out before Thanksgiving Day in the town.", "Thanksgiving Day", "2023-11-23"),
    TimexCase("The choir first sang in nineteen ninety-six at the abbey.", "nineteen ninety-six", "1996"),
    TimexCase("Vinyl was cheap in the nineties, collectors say.", "the nineties", "199"),
    TimexCase("Mortgage rates peaked in the mid-1980s in the valley.", "the mid-1980s", "198"),
    TimexCase("The firm lost money for the year ended June 30.", "the year", "P1Y", .duration),
  ]

  @Test("Absolute dates, decades, centuries, seasons, quarters, weekends", arguments: absoluteDates)
  func absolute(_ row: TimexCase) { check(row) }

  static let relativeDates: [TimexCase] = [
    TimexCase("The mayor resigned on Monday after the audit.", "Monday", "2024-03-11"),
    TimexCase("The mayor will resign on Friday, aides say.", "Friday", "2024-03-15"),
    TimexCase("The committee is scheduled to meet on Friday.", "Friday", "2024-03-15"),
    TimexCase("The offer had been scheduled to lapse on Friday.", "Friday", "2024-03-08"),
    TimexCase("The march went ahead as previously planned on Sunday.", "Sunday", "2024-03-10"),
    TimexCase("A vote on the new budget will be held Thursday.", "Thursday", "2024-03-14"),
    TimexCase(
      "A captain will be named leader of the research ship Aurora for a voyage in December.", "December", "2024-12"),
    TimexCase("Aid workers expect rain in the coming days.", "the coming days", "FUTURE_REF"),
    TimexCase("The mayor resigned on Wednesday afternoon.", "Wednesday afternoon", "2024-03-13TAF"),
    TimexCase("The council met yesterday to debate the budget.", "yesterday", "2024-03-12"),
    TimexCase("The council meets today to debate the budget.", "today", "2024-03-13"),
    TimexCase("The council will meet tomorrow to debate the budget.", "tomorrow", "2024-03-14"),
    TimexCase("The strike began last week at the docks.", "last week", "2024-W10"),
    TimexCase("The strike began earlier this month at the docks.", "earlier this month", "2024-03"),
    TimexCase("The strike began last February at the docks.", "last February", "2023-02", published: "2024-01-20"),
    TimexCase("The strike began on Oct. 3 last year at the docks.", "Oct. 3 last year", "2023-10-03"),
    TimexCase("The strike began two weeks ago at the docks.", "two weeks ago", "2024-W09"),
    TimexCase("Talks will resume next month in the capital.", "next month", "2024-04"),
    TimexCase("Profits are up this year at the brewery.", "this year", "2024"),
    TimexCase("The courier reached the camp on Jan. 8, 2024. A year earlier she had left.", "A year earlier", "2023"),
    TimexCase(
      "The courier reached the camp on Jan. 8, 2024. She left the following day.", "the following day", "2024-01-09"),
  ]

  @Test("Relative dates resolved against the publication date or the text", arguments: relativeDates)
  func relative(_ row: TimexCase) { check(row) }

  static let timesDurationsSets: [TimexCase] = [
    TimexCase("The train left at 3 p.m. on the dot.", "3 p.m.", "2024-03-13T15:00", .time),
    TimexCase(
      "The sirens started at 10:45 a.m. Tuesday near the port.", "10:45 a.m. Tuesday", "2024-03-12T10:45", .time),
    TimexCase("The siege lasted nine days before the gates opened.", "nine days", "P9D", .duration),
    TimexCase("Rescuers dug for hours in the snow.", "hours", "PTXH", .duration),
    TimexCase("The stock gained eight trading days after the listing.", "eight trading days", "P8D", .duration),
    TimexCase("Refunds arrive within three business days.", "three business days", "P3D", .duration),
    TimexCase("The talks lasted an hour or so before the break.", "an hour or so", "PT1H", .duration),
    TimexCase("The treaty ended a decades-long feud.", "decades-long", "PXY", .duration),
    TimexCase("The council held a day-long hearing.", "day-long", "P1D", .duration),
    TimexCase("The council held a two-day-long hearing.", "two-day-long", "P2D", .duration),
    TimexCase("The ferry sank a week or so ago off the cape.", "a week or so ago", "2024-W10"),
    TimexCase("The market opens every Monday in the square.", "every Monday", "XXXX-WXX-1", .set),
    TimexCase("The paper is printed daily in the old hall.", "daily", "P1D", .set),
    TimexCase("Prices are now higher than the bakers expected.", "now", "PRESENT_REF"),
    TimexCase("The orchard recently changed hands.", "recently", "PAST_REF"),
    TimexCase("A ruling is expected soon from the judges.", "soon", "FUTURE_REF"),
    TimexCase(
      "The hull cracked in the middle of the night during the storm.", "the middle of the night", "2024-03-13TNI", .time
    ),
    TimexCase("The contract runs for two years from signing.", "two years", "P2Y", .duration),
  ]

  @Test("Times, durations, sets and reference words", arguments: timesDurationsSets)
  func timesAndDurations(_ row: TimexCase) { check(row) }

  /// Extents as TimeML draws them, and the tense cues that pick a weekday
  /// or a year (reference: Wednesday 13 March 2024).
  static let extentsAndTense: [TimexCase] = [
    TimexCase("The council met Monday's deadline with a day to spare.", "Monday", "2024-03-11"),
    TimexCase("Prices rose over the past two years in the suburbs.", "the past two years", "P2Y", .duration),
    TimexCase("Earlier Tuesday, the pier was closed to walkers.", "Tuesday", "2024-03-12"),
    TimexCase("The union began the 10-day strike at dawn.", "10-day", "P10D", .duration),
    TimexCase("The mayor said Monday that the ferry will return.", "Monday", "2024-03-11"),
    TimexCase("The offer was extended to March 20 by the board.", "March 20", "2024-03-20"),
    TimexCase("The mill is to resume work Friday, the owner said.", "Friday", "2024-03-15"),
    TimexCase("Shares fell after the market closed Tuesday on lower-than-expected sales.", "Tuesday", "2024-03-12"),
    TimexCase("The ferry could sail as soon as Friday, the captain said.", "Friday", "2024-03-15"),
    TimexCase("Rents have climbed in recent weeks across the valley.", "recent weeks", "PXW", .duration),
    TimexCase("The dockers held a one-day strike at the port.", "one-day", "P1D", .duration),
    TimexCase(
      "The first quarter was weak, but profit rose in the latest quarter.", "the latest quarter", "2024-Q2",
      published: "2024-08-20"),
    TimexCase("Floods hit the delta in January nineteen ninety-seven.", "January nineteen ninety-seven", "1997-01"),
    TimexCase(
      "The ice closed the lake in the winter of nineteen eighty-two.", "the winter of nineteen eighty-two", "1982-WI"),
    TimexCase("Prices peaked nineteen eighty-seven and then fell.", "nineteen eighty-seven", "1987"),
  ]

  @Test("TimeML extents and the tense cues of weekdays and month-days", arguments: extentsAndTense)
  func extentsAndTenseCues(_ row: TimexCase) { check(row) }

  /// End points and record dates are set ahead of the time of writing
  /// (reference: Wednesday 13 March 2024).
  static let endPoints: [TimexCase] = [
    TimexCase("The council postponed the vote until Monday.", "Monday", "2024-03-18"),
    TimexCase("The owners were given until 5 p.m. Friday to answer.", "5 p.m. Friday", "2024-03-15T17:00", .time),
    TimexCase("The museum stays shut through Tuesday for repairs.", "Tuesday", "2024-03-19"),
    TimexCase("The ferry had carried all the cars by Monday.", "Monday", "2024-03-11"),
    TimexCase("Until Tuesday, the guards had not searched the hold.", "Tuesday", "2024-03-12"),
    TimexCase("The clinic opened Monday through Friday last week.", "Friday", "2024-03-08"),
    TimexCase("Unlike last year, in contrast to Monday, the pier was calm.", "Monday", "2024-03-11"),
    TimexCase("The bakery will double its output by September, the owner said.", "September", "2024-09"),
    TimexCase("The dividend was declared for holders of record March 30.", "March 30", "2024-03-30"),
    TimexCase(
      "A bonus share was approved for stock of record Dec. 20.", "Dec. 20", "2024-12-20", published: "2024-10-20"),
  ]

  @Test("End points after until, through and by, and record dates, lie ahead", arguments: endPoints)
  func endPointsAhead(_ row: TimexCase) { check(row) }

  /// `now` and `soon` inside conjunctions.
  static let conjunctions: [TimexCase] = [
    TimexCase("Fares will fall now that the strike is over.", "now", "PRESENT_REF"),
    TimexCase("The mayor wants the bridge fixed as soon as possible.", "as soon as possible", "FUTURE_REF"),
    TimexCase("The mayor hopes the bridge will soon reopen.", "soon", "FUTURE_REF"),
  ]

  @Test("Reference words inside conjunctions", arguments: conjunctions)
  func referenceConjunctions(_ row: TimexCase) { check(row) }

  @Test(
    "Soon that joins a clause, or follows a past event, is no timex",
    arguments: [
      "The ferry will sail as soon as the fog lifts.",
      "The pilot was freed soon after the landing.",
      "The pilot was soon freed by the rebels.",
      "A trickle of tourists soon became a flood.",
    ])
  func soonNotAhead(_ sentence: String) {
    let document = TimeTestSupport.document(sentence, published: "2024-03-13")
    #expect(document.timexes.isEmpty, "\(TimeTestSupport.describe(document))")
  }

  @Test(
    "A quoted programme title with a capitalised unit is no timex",
    arguments: [
      "The minister spoke on the \"This Week\" show about the budget.",
      "She told CBS's \"60 Minutes\" about the deal.",
    ])
  func programmeTitles(_ sentence: String) {
    let document = TimeTestSupport.document(sentence, published: "2024-03-13")
    #expect(document.timexes.isEmpty, "\(TimeTestSupport.describe(document))")
  }

  static let quotedTimes: [TimexCase] = [
    TimexCase("\"This week we sail,\" the captain said.", "This week", "2024-W11"),
    TimexCase("Crowds gathered for \"Christmas Day\" in the square.", "Christmas Day", "2023-12-25"),
  ]

  @Test("Quoted times that are no titles are kept", arguments: quotedTimes)
  func quotedTimesKept(_ row: TimexCase) { check(row) }

  /// `one day`: some day ahead after a modal, a day's length after a noun
  /// or `by`.
  static let oneDay: [TimexCase] = [
    TimexCase("Critics say the canal will one day run dry.", "one day", "FUTURE_REF"),
    TimexCase("The new coach had been in the post one day, and then he quit.", "one day", "P1D", .duration),
    TimexCase("The walkout was preceded by one day a warning from the union.", "one day", "P1D", .duration),
  ]

  @Test("One day ahead or one day long", arguments: oneDay)
  func oneDayReadings(_ row: TimexCase) { check(row) }

  @Test(
    "One day as a story opener or a vague past day is no timex",
    arguments: [
      "One day the ferry simply stopped coming.", "It rained on one day in the whole month.",
      "Friends heard him boast about robbing a bank one day.",
    ])
  func oneDayNoTimex(_ sentence: String) {
    let document = TimeTestSupport.document(sentence, published: "2024-03-13")
    #expect(!document.timexes.contains { document.text($0.range) == "one day" || document.text($0.range) == "One day" })
  }

  /// A part of the year names the current one.
  static let partsOfYear: [TimexCase] = [
    TimexCase("Sales fell in the first nine months of the year at the mill.", "the year", "2024"),
    TimexCase("The pier will stay shut for the rest of the year.", "the year", "2024"),
    TimexCase("The harvest was delayed earlier in the year by frost.", "earlier in the year", "2024"),
  ]

  @Test("The year of a part of it", arguments: partsOfYear)
  func yearOfItsPart(_ row: TimexCase) { check(row) }

  /// Plan words that are nouns or adjectives put no weekday ahead.
  static let attributivePlans: [TimexCase] = [
    TimexCase("On Monday, the mayor set aside holiday plans for the visit.", "Monday", "2024-03-11"),
    TimexCase("The council discussed the planned bridge on Friday.", "Friday", "2024-03-08"),
    TimexCase("The council met a hastily scheduled delegation on Friday.", "Friday", "2024-03-08"),
    TimexCase("The mayor plans to visit the port on Friday.", "Friday", "2024-03-15"),
  ]

  @Test("Plan nouns and adjectives are no plan of the clause", arguments: attributivePlans)
  func attributivePlanWords(_ row: TimexCase) { check(row) }

  /// A month or a year the text moves to replaces an older day as the
  /// anchor of anaphoric expressions.
  static let movedAnchors: [TimexCase] = [
    TimexCase(
      "The mill opened on March 3, 2024. Its founder left in June 2019 and returned later that year.",
      "later that year", "2019"),
    TimexCase(
      "The mill opened on March 3, 2024. In May, the owners argued. The following month, the mill was sold.",
      "The following month", "2024-06"),
    TimexCase(
      "The report came out on Jan. 5, 2024. Revenue fell last year, down from the year before.", "the year before",
      "2022"),
  ]

  @Test("Anaphora resolve against the latest month or year of the text", arguments: movedAnchors)
  func latestAnchor(_ row: TimexCase) { check(row) }

  /// The time the text speaks of, named again.
  static let textTimes: [TimexCase] = [
    TimexCase("Holders may buy shares at half the then current price.", "then current", "PAST_REF"),
    TimexCase(
      "The brewer lost money in the third quarter of 2023. Results for that quarter included a charge.",
      "that quarter", "2023-Q3"),
    TimexCase(
      "The brewer lost money in the third quarter of 2023. For the quarter a year ago, it made a profit.",
      "the quarter a year ago", "2022-Q3"),
    TimexCase(
      "The brewer lost money in the third quarter of 2023, against a profit in the corresponding period last year.",
      "the corresponding period last year", "2022-Q3"),
  ]

  @Test("The then current present and that quarter", arguments: textTimes)
  func timesOfTheText(_ row: TimexCase) { check(row) }

  static let unanchored: [TimexCase] = [
    TimexCase("The festival opened on 11 February with a parade.", "11 February", "XXXX-02-11", published: nil),
    TimexCase("The festival opened on Tuesday with a parade.", "Tuesday", "XXXX-WXX-2", published: nil),
    TimexCase("A year earlier, the mill closed.", "A year earlier", "XXXX", published: nil),
    TimexCase(
      "Sales fell, against a rise in the same period last year.", "the same period last year", "XXXX-QX",
      published: nil),
  ]

  @Test("Without any anchor the unknown parts stay X", arguments: unanchored)
  func withoutAnchor(_ row: TimexCase) {
    let document = TimeTestSupport.document(row.sentence, published: nil)
    let found = TimeTestSupport.timex(row.phrase, in: document)
    #expect(found?.value == row.value, "\(TimeTestSupport.describe(document))")
    #expect(found?.anchor == Timex.Anchor.none)
  }

  @Test("Anchors say what a value was resolved against")
  func anchors() {
    let document = TimeTestSupport.document(
      "The courier reached the camp on Jan. 8, 2024. A year earlier she left on Monday.", published: "2024-03-13")
    #expect(TimeTestSupport.timex("Jan. 8, 2024", in: document)?.anchor == Timex.Anchor.none)
    #expect(TimeTestSupport.timex("A year earlier", in: document)?.anchor == .context)
    #expect(TimeTestSupport.timex("Monday", in: document)?.anchor == .document)
  }

  @Test(
    "Words that only look like dates are left alone",
    arguments: [
      "She may come back if the roads are clear.",
      "Troops march toward the border at dawn.",
      "The bill cost $1995 to print.",
      "The 27-year-old driver was unhurt.",
      "The driver, 52 years old, was unhurt.",
      "Staff 55 years old or older may retire early.",
      "Now, the critics say, the bridge looks unsafe.",
    ])
  func falsePositives(_ sentence: String) {
    let document = TimeTestSupport.document(sentence, published: "2024-03-13")
    let bad = document.timexes.filter { $0.kind != .time }
    #expect(bad.isEmpty, "\(TimeTestSupport.describe(document))")
  }
}
