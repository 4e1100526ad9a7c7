/// A possible mention found by form and context, before linking: a name, a
/// role phrase or a pronoun.
struct MentionCandidate {
  enum Kind { case name, descriptor, pronoun }

  var kind: Kind
  /// The tokens of the whole mention (role prefix and honorific included).
  var tokens: ClosedRange<Int>
  /// For a name: the name's own tokens (`Dmitry Peskov`).
  var nameTokens: ClosedRange<Int>
  /// For a name: the role words before it (`Kremlin spokesman`).
  var prefix: ClosedRange<Int>?
  /// The honorific right before the name (`Mr`, `President`).
  var honorific: Int?
  /// For a descriptor: the name candidate that owns it (`Mr Sunak's`).
  var possessor: Int?
  /// For a descriptor: the name candidate it stands in apposition to.
  var apposition: Int?
  /// For a descriptor in apposition: a name in the phrase after its role
  /// (`the spokesman for Mr Merev's office`), whose person it belongs to.
  var relatedName: Int?
  /// For an acronym in brackets: the name candidate it abbreviates.
  var acronymOf: Int?
  /// For a relative pronoun (`…, who`): the candidate it follows.
  var antecedent: Int?
  /// For a descriptor: the head is an institution or a text (`the agency`,
  /// `the report`), not a person.
  var collective: EntityType?
  var sentence: Int
  var inQuote: Bool
  var possessive: Bool = false
  /// Followed by a reporting verb, or after `according to` / `said`.
  var saidSubject: Bool = false
  /// The first word of its sentence, whose capital tells nothing.
  var sentenceInitial: Bool = false
  /// In a title-case headline line, whose capitals tell nothing.
  var headline: Bool = false
  /// After `in`, `from`, `near`, or `to` after a verb of motion.
  var placeContext: Bool = false
  /// Opened by `a`, `an`, `another`: never refers back.
  var indefinite: Bool = false
  /// Dropped by a later candidate that took its tokens as a role prefix.
  var absorbed: Bool = false

  init(kind: Kind, tokens: ClosedRange<Int>, sentence: Int, inQuote: Bool) {
    self.kind = kind
    self.tokens = tokens
    self.nameTokens = tokens
    self.sentence = sentence
    self.inQuote = inQuote
  }
}
