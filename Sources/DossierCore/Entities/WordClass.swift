/// What the entity lexicons know about a word or phrase.
struct WordClass: OptionSet, Hashable, Sendable {
  let rawValue: UInt32
  init(rawValue: UInt32) { self.rawValue = rawValue }

  /// Never starts a name: `The`, `However`, `In`, `He`.
  static let functionWord = WordClass(rawValue: 1 << 0)
  /// Opens a descriptor: `the`, `a`, `his`.
  static let determiner = WordClass(rawValue: 1 << 1)
  /// A title written before a name: `Mr`, `Dr`, `Gen.`, `President`.
  static let honorific = WordClass(rawValue: 1 << 2)
  static let male = WordClass(rawValue: 1 << 3)
  static let female = WordClass(rawValue: 1 << 4)
  /// The head of a role phrase: `spokesman`, `minister`, `prime minister`.
  static let roleHead = WordClass(rawValue: 1 << 5)
  /// A plural role head: `officials`, `sources`.
  static let plural = WordClass(rawValue: 1 << 6)
  /// A head-of-government role that `the leader` can refer to.
  static let leaderRole = WordClass(rawValue: 1 << 7)
  /// A word that modifies a role: `former`, `deputy`, `official`.
  static let roleModifier = WordClass(rawValue: 1 << 8)
  /// `Russian`, `British`: a nationality adjective.
  static let nationality = WordClass(rawValue: 1 << 9)
  /// `said`, `told`, `added`: marks its subject as a speaker.
  static let reportingVerb = WordClass(rawValue: 1 << 10)
  /// Months and weekdays: capitalised but never entities.
  static let calendar = WordClass(rawValue: 1 << 11)
  /// `he`, `him`, `his`, `she`, `they`, `I`, `we`, `it`.
  static let pronoun = WordClass(rawValue: 1 << 12)
  static let firstPerson = WordClass(rawValue: 1 << 13)
  static let neuter = WordClass(rawValue: 1 << 14)
  /// A pronoun in object position: `him`, `them`.
  static let objectCase = WordClass(rawValue: 1 << 15)
  /// Ends an organisation's name: `Ministry`, `Party`, `Council`.
  static let orgKeyword = WordClass(rawValue: 1 << 16)
  /// Takes an `of` inside a name: `Ministry of Defence`, `Bank of England`.
  static let takesOf = WordClass(rawValue: 1 << 17)
  /// Joins name parts: `de`, `van`, `bin`.
  static let nameConnector = WordClass(rawValue: 1 << 18)
  /// A preposition that introduces a place: `in`, `from`, `near`.
  static let placePreposition = WordClass(rawValue: 1 << 19)
  /// A common first name (with ``male`` or ``female`` where it tells).
  static let firstName = WordClass(rawValue: 1 << 20)
  /// A known organisation: `Kremlin`, `NATO`, `Downing Street`.
  static let organization = WordClass(rawValue: 1 << 21)
  /// A country, capital, city or region.
  static let place = WordClass(rawValue: 1 << 22)
  /// A head that names a text, not a speaker: `statement`, `report`.
  static let documentHead = WordClass(rawValue: 1 << 23)
  /// Opens a subordinate clause: `as`, `when`, `while`.
  static let subordinator = WordClass(rawValue: 1 << 24)
  /// Ends a clause for binding purposes: `that`, `and`, `who`.
  static let clauseBoundary = WordClass(rawValue: 1 << 25)
  /// Capitalised words that are not names: `Covid`, `Western`, `Live`.
  static let notAName = WordClass(rawValue: 1 << 26)
  /// A reflexive pronoun: `himself`.
  static let reflexive = WordClass(rawValue: 1 << 27)
  /// A verb of motion or visit before a destination: `visited`, `arrived`.
  static let motionVerb = WordClass(rawValue: 1 << 28)
  /// A common noun for an institution: `agency`, `government`, `campaign`.
  static let institutionNoun = WordClass(rawValue: 1 << 29)
  /// `who`, `which`: refers to the phrase before it.
  static let relative = WordClass(rawValue: 1 << 30)
  /// Words that can stand between a subject and its reporting verb: `has`,
  /// `also`, `later`.
  static let auxiliary = WordClass(rawValue: 1 << 31)
}
