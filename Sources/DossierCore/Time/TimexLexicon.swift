/// The word lists the temporal tagger reads: month and weekday names,
/// number words, units, seasons, parts of the day and the reference words.
///
/// Kept as data, parsed once: each table is `word value` lines.
enum TimexLexicon {
  /// Parses `word value` lines into a dictionary.
  static func table(_ text: String) -> [String: String] {
    var result: [String: String] = [:]
    for line in text.split(separator: "\n") {
      let fields = line.split(separator: " ")
      guard fields.count == 2 else { continue }
      result[String(fields[0])] = String(fields[1])
    }
    return result
  }

  static func numbers(_ text: String) -> [String: Int] {
    table(text).compactMapValues { Int($0) }
  }

  /// Month names and abbreviations (without their full stop).
  static let months: WordMap<Int> = WordMap(
    numbers(
      """
      january 1
      jan 1
      february 2
      feb 2
      march 3
      mar 3
      april 4
      apr 4
      may 5
      june 6
      jun 6
      july 7
      jul 7
      august 8
      aug 8
      september 9
      sept 9
      sep 9
      october 10
      oct 10
      november 11
      nov 11
      december 12
      dec 12
      """))

  /// Month words that are also common English words, taken as months only
  /// next to a number or a date word.
  static let ambiguousMonths: WordSet = ["may", "march", "mar", "jan", "jun", "jul", "sep", "dec", "aug", "oct"]

  /// ISO weekday numbers, Monday 1.
  static let weekdays: WordMap<Int> = WordMap(
    numbers(
      """
      monday 1
      tuesday 2
      wednesday 3
      thursday 4
      friday 5
      saturday 6
      sunday 7
      mon 1
      tue 2
      tues 2
      wed 3
      thu 3
      thur 4
      thurs 4
      fri 5
      sat 6
      sun 7
      """))

  /// Plural weekday names (`on Mondays`) make sets.
  static let pluralWeekdays: WordMap<Int> = WordMap(
    numbers(
      """
      mondays 1
      tuesdays 2
      wednesdays 3
      thursdays 4
      fridays 5
      saturdays 6
      sundays 7
      """))

  /// Cardinal number words.
  static let cardinals: WordMap<Int> = WordMap(
    numbers(
      """
      one 1
      two 2
      three 3
      four 4
      five 5
      six 6
      seven 7
      eight 8
      nine 9
      ten 10
      eleven 11
      twelve 12
      thirteen 13
      fourteen 14
      fifteen 15
      sixteen 16
      seventeen 17
      eighteen 18
      nineteen 19
      twenty 20
      thirty 30
      forty 40
      fifty 50
      sixty 60
      seventy 70
      eighty 80
      ninety 90
      hundred 100
      a 1
      an 1
      single 1
      couple 2
      dozen 12
      """))

  /// Vague amounts: the count of the duration is unknown (`X`).
  static let vagueAmounts: WordSet = ["few", "several", "many", "some", "numerous", "countless", "recent"]

  /// Ordinal words and their numbers.
  static let ordinals: WordMap<Int> = WordMap(
    numbers(
      """
      first 1
      second 2
      third 3
      fourth 4
      fifth 5
      sixth 6
      seventh 7
      eighth 8
      ninth 9
      tenth 10
      eleventh 11
      twelfth 12
      thirteenth 13
      fourteenth 14
      fifteenth 15
      sixteenth 16
      seventeenth 17
      eighteenth 18
      nineteenth 19
      twentieth 20
      thirtieth 30
      last 4
      final 4
      """))

  /// Duration units: singular and plural spellings to their unit.
  static let units: WordMap<TimeUnit> = WordMap(
    table(
      """
      second second
      seconds second
      minute minute
      minutes minute
      min minute
      mins minute
      hour hour
      hours hour
      hr hour
      hrs hour
      day day
      days day
      night night
      nights night
      week week
      weeks week
      weekend weekend
      weekends weekend
      month month
      months month
      quarter quarter
      quarters quarter
      year year
      years year
      yr year
      decade decade
      decades decade
      century century
      centuries century
      """
    ).compactMapValues { TimeUnit(rawValue: $0) })

  /// Every word an expression can start with; other words are skipped
  /// without trying the grammar.
  static let startWords: WordSet = WordSet(
    {
      var words: Set<String> = [
        "the", "a", "an", "this", "that", "these", "last", "next", "past", "coming", "previous", "following",
        "preceding", "prior", "early", "late", "mid", "middle", "end", "beginning", "start", "earlier", "later",
        "about", "around", "nearly", "almost", "roughly", "approximately", "some", "over", "more", "less", "fewer",
        "at", "up", "just", "every", "each", "per", "today", "yesterday", "tomorrow", "tonight", "future",
        "fiscal", "calendar", "financial", "year", "recent", "current", "present", "few", "several", "many",
        "numerous", "countless", "noon", "midday", "midnight", "christmas", "thanksgiving", "halloween",
        "valentine", "election", "new", "latest", "comparable", "corresponding", "same", "most", "first", "second",
        "third",
        "fourth",
        "final", "initial", "remaining", "entire", "whole", "full", "additional", "further", "other", "half",
        "near", "short", "period", "moment", "term",
      ]
      for table in [months.keys, weekdays.keys, pluralWeekdays.keys, cardinals.keys, ordinals.keys] {
        words.formUnion(table)
      }
      words.formUnion(units.keys)
      words.formUnion(seasons.keys)
      words.formUnion(setAdverbs.keys)
      words.formUnion(referenceWords.keys)
      words.formUnion(clockWords.keys)
      words.formUnion(approximators.keys)
      words.formUnion(rangeModifiers.keys)
      words.formUnion(partsOfDay.keys)
      words.formUnion(decadeWords.keys)
      return words
    }())

  /// Words that can make an expression alone; other start words need a
  /// temporal word after them.
  static let standaloneWords: WordSet = WordSet(
    {
      var words: Set<String> = [
        "today", "yesterday", "tomorrow", "tonight", "future", "christmas", "thanksgiving", "halloween",
        "valentine", "nineteen", "eighteen", "year", "past", "period", "moment", "term", "half", "current",
      ]
      for table in [months.keys, weekdays.keys, pluralWeekdays.keys] { words.formUnion(table) }
      words.formUnion(decadeWords.keys)
      words.formUnion(units.keys)
      words.formUnion(seasons.keys)
      words.formUnion(setAdverbs.keys)
      words.formUnion(referenceWords.keys)
      words.formUnion(clockWords.keys)
      words.formUnion(partsOfDay.keys)
      return words
    }())

  /// Words that link a modifier to the temporal word after them: `at least`,
  /// `more than`, `up to`, `a couple of`.
  static let linkWords: WordSet = [
    "least", "than", "to", "couple", "dozen", "of", "fiscal", "the", "on", "in", "and", "additional", "extra",
    "trading", "business", "working",
  ]

  /// Words before a month name that show it is one (`in May`).
  static let monthContext: WordSet = [
    "in", "of", "since", "until", "till", "by", "from", "last", "next", "this", "early", "late", "mid",
    "during", "through", "between", "and", "before", "after", "to", "each", "every", "on",
  ]

  /// The narrower context that `May` needs.
  static let mayContext: WordSet = [
    "in", "of", "since", "until", "last", "next", "early", "late", "mid", "during", "by", "from", "this",
    "between", "through",
  ]

  /// Words before a four-digit number that make it a year even before 1900.
  static let yearContext: WordSet = [
    "in", "since", "of", "from", "until", "by", "year", "circa", "before", "after",
  ]

  /// Words that open a stretch of time: `the past two months`.
  static let stretchWords: WordSet = [
    "past", "last", "next", "first", "coming", "previous", "final", "following", "preceding", "initial",
    "latest", "remaining", "recent", "same", "entire", "whole", "full", "additional", "further", "other",
  ]

  /// Words before `a year` that make it a rate: `$5 million a year`.
  static let rateContext: WordSet = [
    "million", "billion", "times", "once", "twice", "percent", "%", "thousand", "dollars", "hundred",
  ]

  /// Words that end an amount: `$3 million last year`, `40 cents a share`.
  static let amountWords: WordSet = ["million", "billion", "share", "cents", "%", "percent"]

  /// `last`, `this`, `next` before `year`.
  static let yearDeterminers: WordSet = ["last", "this", "next"]

  /// Adjectives of a year: `the full year`, `the fiscal year`.
  static let yearAdjectives: WordSet = ["full", "fiscal", "current", "financial"]

  /// Words before a bare plural unit that make it a duration: `for years`.
  static let durationContext: WordSet = [
    "for", "within", "over", "in", "lasted", "last", "took", "spent", "after", "taking", "lasting", "than",
  ]

  /// The hundreds of spelled-out years: `nineteen ninety-six`.
  static let centuryWords: WordMap<Int> = ["nineteen": 19, "eighteen": 18, "twenty": 20]

  /// Nouns after which `current` is not about time: `current account`.
  static let currentNouns: WordSet = ["account", "accounts", "affairs", "events", "flow", "flows", "ratio"]

  /// Words between a count and its unit: `eight trading days`, `two more weeks`.
  static let countFillers: WordSet = [
    "more", "full", "trading", "business", "working", "calendar", "additional", "extra",
  ]

  /// Words after `the` that name the quarter under discussion.
  static let latestWords: WordSet = [
    "latest", "recent", "comparable", "corresponding", "same", "most", "just", "reporting",
  ]

  /// Prepositions that let a bare season stand alone (`in summer`).
  static let seasonContext: WordSet = ["in", "during", "over", "since", "until", "by", "this", "through"]

  /// Holidays on a fixed day: `MM-DD`.
  static let fixedHolidays: WordMap<String> = WordMap(
    table(
      """
      christmas 12-25
      halloween 10-31
      valentine 02-14
      """))

  /// Decades written as words, by their tens digit.
  static let decadeWords: WordMap<String> = WordMap(
    table(
      """
      twenties 2
      thirties 3
      forties 4
      fifties 5
      sixties 6
      seventies 7
      eighties 8
      nineties 9
      """))

  /// Seasons and their TIMEX3 codes.
  static let seasons: WordMap<String> = WordMap(
    table(
      """
      spring SP
      summer SU
      fall FA
      autumn FA
      winter WI
      """))

  /// Parts of the day and their TIMEX3 codes.
  static let partsOfDay: WordMap<String> = WordMap(
    table(
      """
      morning MO
      afternoon AF
      evening EV
      night NI
      midday MI
      """))

  /// Clock words: `noon` and `midnight`.
  static let clockWords: WordMap<String> = WordMap(
    table(
      """
      noon 12:00
      midday 12:00
      midnight 24:00
      """))

  /// Time zone words that may follow a clock time.
  static let timeZones: WordSet = [
    "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "bst", "cet", "cest", "msk",
  ]

  /// Single words that refer to the present, past or future.
  static let referenceWords: WordMap<String> = WordMap(
    table(
      """
      now PRESENT_REF
      currently PRESENT_REF
      nowadays PRESENT_REF
      recently PAST_REF
      lately PAST_REF
      soon FUTURE_REF
      """))

  /// Set adverbs: `daily` → P1D.
  static let setAdverbs: WordMap<String> = WordMap(
    table(
      """
      daily P1D
      weekly P1W
      monthly P1M
      annually P1Y
      yearly P1Y
      hourly PT1H
      nightly P1D
      biweekly P2W
      """))

  /// Modifiers before a date or duration, the words they take, and their
  /// TIMEX3 `mod`.
  static let rangeModifiers: WordMap<String> = WordMap(
    table(
      """
      early START
      late END
      mid MID
      middle MID
      beginning START
      start START
      end END
      """))

  /// Approximators before a duration or a distance in time.
  static let approximators: WordMap<String> = WordMap(
    table(
      """
      about APPROX
      around APPROX
      roughly APPROX
      approximately APPROX
      some APPROX
      nearly LESS_THAN
      almost LESS_THAN
      over MORE_THAN
      """))

  /// Words that mark a clause as speaking of the future.
  static let futureCues: WordSet = [
    "will", "'ll", "’ll", "shall", "won't", "won’t", "going", "tomorrow", "upcoming",
  ]

  /// Words that mark a clause as looking ahead without a plain future:
  /// modals, plans and deadlines.
  static let prospectiveCues: WordSet = [
    "should", "must", "could", "can", "may", "might", "would", "until", "till", "hopes", "aims", "deadline",
    "payable", "effective", "soon",
  ]

  /// Nouns of a part of a year before `of the year`: `the first nine months of the year`.
  static let yearParts: WordSet = [
    "months", "weeks", "quarter", "quarters", "half", "part", "rest", "remainder", "balance",
  ]

  /// Determiners before an adjective: `the planned trip`, `its scheduled launch`.
  static let determiners: WordSet = ["the", "a", "an", "its", "his", "her", "their", "our", "this", "that"]

  /// Modals before `one day` that make it some day ahead.
  static let modalCues: WordSet = ["would", "may", "might", "could", "can", "should", "must", "'d", "’d"]

  /// Words right before `one day` that make it a length: `followed by one day`.
  static let lengthWords: WordSet = ["by", "for", "only", "just", "than"]

  /// Verbs of lasting before `one day`: `had been in the job one day`.
  static let lengthVerbs: WordSet = ["been", "lasted", "lasts", "last", "took", "takes", "spent", "spend", "stayed"]

  /// Words that put a clause on a schedule: a weekday after them is ahead.
  static let planCues: WordSet = [
    "plan", "plans", "planned", "planning", "scheduled", "expected", "expects", "expect", "due", "intends", "slated",
    "preparing", "ready",
  ]

  /// `previously planned`: adverbs that put a plan in the past.
  static let earlierAdverbs: WordSet = ["previously", "originally", "initially", "formerly"]

  /// `as soon as`, `as early as`: the date after them is ahead.
  static let eagerWords: WordSet = ["soon", "early"]

  /// Words after the hour of a clock time: `3 p.m.`, `9 o'clock`.
  static let clockMarkers: WordSet = ["a.m", "am", "a.m.", "p.m", "pm", "p.m.", "o'clock", "o’clock"]

  /// `be` forms before a participle: `to be aired Monday` looks ahead.
  static let passiveAuxiliaries: WordSet = ["be", "being", "been"]

  /// `is to`, `are to`: the clause states a schedule.
  static let scheduleCopulas: WordSet = ["is", "are", "am"]

  /// Words after a count and unit that make a distance from a date:
  /// `two weeks ago`, `nine days later`.
  /// Adverbs after a counted stretch that make it a distance in time:
  /// `two days later`.
  static let signalAdverbs: WordSet = ["later", "earlier", "afterwards", "afterward"]

  static let distanceWords: WordSet = [
    "ago", "later", "earlier", "before", "after", "afterwards", "afterward", "following", "from",
  ]

  /// Words that start another clause or phrase after a distance in time
  /// (`three days later and …`), so that nothing it could date follows.
  static let clauseStarts: WordSet = [
    "and", "but", "when", "while", "as", "because", "he", "she", "they", "it", "on", "in", "at", "to",
  ]

  /// Articles, which a prenominal duration (`a two-week trip`) leaves out.
  static let articles: WordSet = ["the", "a", "an"]

  /// Prepositions of an end point: `extended to Nov. 20`, `through January`.
  static let endPointWords: WordSet = ["to", "until", "till", "through", "by"]

  /// Words that open a reported or relative clause: tense cues after them
  /// belong to another clause.
  static let clauseOpeners: WordSet = ["that", "saying", "said", "says", "told", "tells"]

  /// Reporting verbs, which say nothing of the tense of what is reported.
  static let reportingVerbs: WordSet = [
    "said", "told", "announced", "reported", "stated", "added", "noted", "explained", "claimed", "warned",
    "confirmed", "insisted", "argued", "suggested", "indicated", "declared", "predicted", "estimated",
  ]

  /// Words that mark a clause as speaking of the past (besides verbs in -ed).
  static let pastCues: WordSet = [
    "was", "were", "had", "did", "ago", "been", "went", "came", "met", "spoke", "took",
    "gave", "made", "began", "held", "left", "saw", "won", "lost", "fell", "rose", "hit", "sent", "got",
    "brought", "struck", "found", "became", "ran", "led", "broke", "wrote", "thought", "felt", "kept",
  ]
}

/// A unit of time as the tagger counts it.
enum TimeUnit: String, Sendable {
  case second, minute, hour, day, night, week, weekend, month, quarter, year, decade, century

  /// The TIMEX3 duration designator and multiplier: `P3D`, `PT2H`, `P20Y`
  /// for two decades.
  var designator: (code: String, isTime: Bool, factor: Int) {
    switch self {
    case .second: return ("S", true, 1)
    case .minute: return ("M", true, 1)
    case .hour: return ("H", true, 1)
    case .day, .night: return ("D", false, 1)
    case .week: return ("W", false, 1)
    case .weekend: return ("WE", false, 1)
    case .month: return ("M", false, 1)
    case .quarter: return ("Q", false, 1)
    case .year: return ("Y", false, 1)
    case .decade: return ("Y", false, 10)
    case .century: return ("Y", false, 100)
    }
  }

  /// A TIMEX3 duration of `count` and a half units, in the next smaller
  /// unit's terms (`P2Y6M`, `PT5H30M`); `nil` where no exact form exists.
  func durationAndHalf(_ count: Int) -> String? {
    switch self {
    case .year: return "P\(count)Y6M"
    case .decade: return "P\(count * 10 + 5)Y"
    case .century: return "P\(count * 100 + 50)Y"
    case .day: return "P\(count)DT12H"
    case .hour: return "PT\(count)H30M"
    case .minute: return "PT\(count)M30S"
    default: return nil
    }
  }

  /// A TIMEX3 duration of `count` units; `nil` count gives `X`.
  func duration(_ count: Int?) -> String {
    // `centuries`: TimeML counts vague centuries in their own unit, `PXC`.
    if count == nil && self == .century { return "PXC" }
    let (code, isTime, factor) = designator
    let amount = count.map { String($0 * factor) } ?? "X"
    return (isTime ? "PT" : "P") + amount + code
  }
}
