/// A possible mention found by form and context, before linking: a name, a
/// role phrase or a pronoun.
///
/// Token and candidate numbers are kept as 32-bit fields (`UInt32.max` for
/// none) behind `Int` properties: a document's candidates are walked many
/// times, and at a third of the size they stay in cache.
struct MentionCandidate {
  enum Kind { case name, descriptor, pronoun }

  var kind: Kind
  private var tokenStart: UInt32
  private var tokenEnd: UInt32
  private var nameStart: UInt32
  private var nameEnd: UInt32
  @CompactIndex private var prefixStart: Int? = nil
  @CompactIndex private var prefixEnd: Int? = nil
  private var sentenceNumber: UInt32
  /// For a descriptor: the head is an institution or a text (`the agency`,
  /// `the report`), not a person.
  var collective: EntityType?
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
    tokenStart = UInt32(tokens.lowerBound)
    tokenEnd = UInt32(tokens.upperBound)
    nameStart = tokenStart
    nameEnd = tokenEnd
    sentenceNumber = UInt32(sentence)
    self.inQuote = inQuote
  }

  /// The tokens of the whole mention (role prefix and honorific included).
  var tokens: ClosedRange<Int> {
    @inline(__always) get { Int(tokenStart)...Int(tokenEnd) }
    set {
      tokenStart = UInt32(newValue.lowerBound)
      tokenEnd = UInt32(newValue.upperBound)
    }
  }

  /// For a name: the name's own tokens (`Dmitry Peskov`).
  var nameTokens: ClosedRange<Int> {
    @inline(__always) get { Int(nameStart)...Int(nameEnd) }
    set {
      nameStart = UInt32(newValue.lowerBound)
      nameEnd = UInt32(newValue.upperBound)
    }
  }

  /// For a name: the role words before it (`Kremlin spokesman`).
  var prefix: ClosedRange<Int>? {
    @inline(__always) get {
      guard let start = prefixStart, let end = prefixEnd else { return nil }
      return start...end
    }
    set {
      prefixStart = newValue?.lowerBound
      prefixEnd = newValue?.upperBound
    }
  }

  /// The honorific right before the name (`Mr`, `President`).
  @CompactIndex var honorific: Int? = nil

  /// For a descriptor: the name candidate that owns it (`Mr Sunak's`).
  @CompactIndex var possessor: Int? = nil

  /// For a descriptor: the name candidate it stands in apposition to.
  @CompactIndex var apposition: Int? = nil

  /// For a descriptor in apposition: a name in the phrase after its role
  /// (`the spokesman for Mr Merev's office`), whose person it belongs to.
  @CompactIndex var relatedName: Int? = nil

  /// For an acronym in brackets: the name candidate it abbreviates.
  @CompactIndex var acronymOf: Int? = nil

  /// For a relative pronoun (`…, who`): the candidate it follows.
  @CompactIndex var antecedent: Int? = nil

  var sentence: Int {
    @inline(__always) get { Int(sentenceNumber) }
    set { sentenceNumber = UInt32(newValue) }
  }
}

/// An optional index kept in 32 bits, `UInt32.max` for none: the
/// candidate's links and tokens at a third of an `Int?`'s size.
@propertyWrapper
struct CompactIndex {
  private var stored = UInt32.max

  init(wrappedValue: Int?) {
    self.wrappedValue = wrappedValue
  }

  var wrappedValue: Int? {
    @inline(__always) get { stored == .max ? nil : Int(stored) }
    set { stored = newValue.map { UInt32($0) } ?? .max }
  }
}
