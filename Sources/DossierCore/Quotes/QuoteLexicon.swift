/// What a reporting verb form can do, parsed from ``CueLexicon``.
struct CueBehaviour: OptionSet, Hashable, Sendable {
  let rawValue: UInt8

  /// Reports words.
  static let speech = CueBehaviour(rawValue: 1 << 0)
  /// May follow what it reports: `…, said Peskov.`
  static let inverted = CueBehaviour(rawValue: 1 << 1)
  /// Takes the addressee first: `told reporters`.
  static let addressee = CueBehaviour(rawValue: 1 << 2)
  /// Takes what is reported as a noun phrase: `denied the claim`.
  static let nounObject = CueBehaviour(rawValue: 1 << 3)
  /// A belief or intention: a cue only before a clause.
  static let belief = CueBehaviour(rawValue: 1 << 4)
  /// The `-ing` form: `…, saying …`.
  static let progressive = CueBehaviour(rawValue: 1 << 5)
  /// The past participle where it differs from the past tense (`written`):
  /// it does not report on its own after a subject.
  static let nonFinite = CueBehaviour(rawValue: 1 << 6)
}

/// The quote stage's word tables, parsed once into hashed look-ups.
struct QuoteLexicon: Sendable {
  /// The cue forms: `CueBehaviour` bits, with bit 8 set for every form
  /// (a form may have no behaviour bits).
  let cueTable: KeyTable

  /// One bit per value of a key's top ``cueFilterShift`` bits, set where a
  /// cue form's key has them: most words are no cue, and this small bitmap
  /// (2 KB) turns them away before a probe of the larger table.
  let cueFilter: [UInt64]
  static let cueFilterShift: UInt64 = 50

  /// Set in ``cueBits(_:)`` for every cue form, which may have no
  /// behaviour bits.
  static let cueFormBit: UInt8 = 0x80

  /// The `CueBehaviour` bits of the cue form `key` with ``cueFormBit``, or
  /// 0 when it is none.
  @inline(__always)
  func cueBits(_ key: UInt64) -> UInt8 {
    let bit = key >> Self.cueFilterShift
    let filtered = cueFilter.withUnsafeBufferPointer { $0[Int(bit >> 6)] & (1 << (bit & 63)) }
    guard filtered != 0 else { return 0 }
    let value = cueTable.value(key)
    return value == 0 ? 0 : UInt8(truncatingIfNeeded: value) | Self.cueFormBit
  }

  let auxiliaries: KeySet
  let pronouns: KeySet
  let firstPerson: KeySet
  let determiners: KeySet
  let speakerNouns: KeySet
  let clauseBoundaries: KeySet
  let capitalisedFunctionWords: KeySet
  let titleNouns: KeySet
  /// Phrases that extend a cue, as word-key sequences.
  let cueTails: [[UInt64]]
  /// The first word of each cue tail.
  let cueTailStarts: KeySet
  let passiveAuxiliaries: KeySet
  let prepositions: KeySet
  let subordinators: KeySet
  /// Auxiliaries after a word that make it a noun: `the question is`.
  let nounFollowers: KeySet
  let negations: KeySet
  /// Articles and possessives: a word right after one is a noun.
  let articles: KeySet
  /// Conjunctions that open a sentence: `But`, `And`.
  let coordinators: KeySet
  /// Cue forms that are as often nouns: `a phone call`, `the press report`.
  let nounLikeCues: KeySet
  let by = QuoteWordKey.of("by")
  let `if` = QuoteWordKey.of("if")
  let on = QuoteWordKey.of("on")
  let `in` = QuoteWordKey.of("in")
  let whether = QuoteWordKey.of("whether")
  /// Conjunctions that join two clauses each with its own speaker.
  let coordinatingJoints = QuoteWordKey.set("and but while whereas although though yet")
  /// Things that carry words: `a statement saying …`.
  let documentNouns = QuoteWordKey.set(
    "statement statements tweet tweets letter letters post posts email emails message messages note video ad ads "
      + "release interview memo filing complaint lawsuit order ruling report")
  let weekdays = QuoteWordKey.set("monday tuesday wednesday thursday friday saturday sunday")
  /// Words that end a time phrase opening a sentence: `Hours later,`.
  let timeAdverbs = QuoteWordKey.set("later earlier ago afterwards afterward before after meanwhile since")
  let weakCues: KeySet
  let labels: KeySet
  let firstPersonSubjects = (i: QuoteWordKey.of("i"), we: QuoteWordKey.of("we"))
  let thirdPersonSubjects: KeySet = QuoteWordKey.set("he she they")
  /// Third-person subjects that only a person can be.
  let personalSubjects: KeySet = QuoteWordKey.set("he she")

  let that = QuoteWordKey.of("that")
  let and = QuoteWordKey.of("and")
  let but = QuoteWordKey.of("but")
  let according = QuoteWordKey.of("according")
  let to = QuoteWordKey.of("to")
  let of = QuoteWordKey.of("of")
  let `for` = QuoteWordKey.of("for")
  let out = QuoteWordKey.of("out")
  let half = QuoteWordKey.of("half")
  let who = QuoteWordKey.of("who")
  let those = QuoteWordKey.of("those")
  let numberWords = QuoteWordKey.set("one two three four five six seven eight nine ten")
  /// Words that make the singular noun after them a speaker: `each side`,
  /// `one trader`.
  /// (`all` and `most` would make `all official phone` one.)
  let quantifiers = QuoteWordKey.set("each every either neither half one another")
  let it = QuoteWordKey.of("it")
  let asWord = QuoteWordKey.of("as")
  let put = QuoteWordKey.of("put")
  let which = QuoteWordKey.of("which")
  let whom = QuoteWordKey.of("whom")
  /// `Its agent`, `Their lawyer`: a possessive and a noun make a phrase.
  let possessiveDeterminers = QuoteWordKey.set("its his her their our my your")
  /// Prepositions that place a speaker: `officials at the ministry`, `a
  /// spokesman in Berlin`.
  let placePrepositions = QuoteWordKey.set("at in from on inside outside near across around within among through")
  /// Prepositions whose object a phrase after them is, never a subject:
  /// `In the Times report, …`. (`after`, `before` and `since` also open
  /// clauses: `After Trump said …`.)
  let governingPrepositions = QuoteWordKey.set(
    "in on at of for with from by about over through without upon against during via into under toward towards "
      + "amid among between")
  /// Participles that open a sentence with the question put to its subject:
  /// `Asked whether …, he declined`.
  let questionOpeners = QuoteWordKey.set("asked pressed questioned challenged quizzed")

  static let shared = QuoteLexicon()

  init() {
    var cues: [UInt64: CueBehaviour] = [:]
    // Bytes, not `Character`s: the lexicon is parsed at start-up.
    for line in Array(CueLexicon.verbs.utf8).split(separator: UInt8(ascii: "\n")) {
      let halves = line.split(separator: UInt8(ascii: "|"))
      guard halves.count == 2 else { continue }
      let forms = halves[0].split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
      var behaviour: CueBehaviour = []
      for flag in halves[1].split(separator: UInt8(ascii: " ")) where flag.count == 1 {
        switch flag.first {
        case UInt8(ascii: "s"): behaviour.insert(.speech)
        case UInt8(ascii: "i"): behaviour.insert(.inverted)
        case UInt8(ascii: "o"): behaviour.insert(.addressee)
        case UInt8(ascii: "n"): behaviour.insert(.nounObject)
        case UInt8(ascii: "b"): behaviour.insert(.belief)
        default: break
        }
      }
      guard forms.count == 5 else { continue }
      // Base, third person, past, past participle, -ing.
      // The base form is also the plural present: `officials say`.
      let finite = [forms[0], forms[1], forms[2]]
      for form in finite { cues[QuoteWordKey.of(form), default: []].formUnion(behaviour) }
      if !finite.contains(forms[3]) {
        let key = QuoteWordKey.of(forms[3])
        if cues[key] == nil { cues[key] = behaviour.union(.nonFinite) }
      }
      cues[QuoteWordKey.of(forms[4])] = behaviour.union(.progressive)
    }
    cueTable = KeyTable(cues.mapValues { UInt32($0.rawValue) | 0x100 })
    var cueFilter = [UInt64](repeating: 0, count: 1 << (64 - Self.cueFilterShift - 6))
    for key in cues.keys {
      let bit = key >> Self.cueFilterShift
      cueFilter[Int(bit >> 6)] |= 1 << (bit & 63)
    }
    self.cueFilter = cueFilter
    auxiliaries = QuoteWordKey.set(CueLexicon.auxiliaries)
    pronouns = QuoteWordKey.set(SpeakerWords.pronouns)
    firstPerson = QuoteWordKey.set(SpeakerWords.firstPerson)
    determiners = QuoteWordKey.set(SpeakerWords.determiners)
    speakerNouns = QuoteWordKey.set(SpeakerWords.speakerNouns)
    clauseBoundaries = QuoteWordKey.set(SpeakerWords.clauseBoundaries)
    capitalisedFunctionWords = QuoteWordKey.set(SpeakerWords.capitalisedFunctionWords)
    titleNouns = QuoteWordKey.set(SpeakerWords.titleNouns)
    cueTails = CueLexicon.cueTails.split(separator: "\n").map { QuoteWordKey.keys(String($0)) }
    cueTailStarts = KeySet(cueTails.compactMap(\.first))
    passiveAuxiliaries = QuoteWordKey.set("is are was were be been being")
    prepositions = QuoteWordKey.set(CueLexicon.prepositions)
    subordinators = QuoteWordKey.set(CueLexicon.subordinators)
    articles = QuoteWordKey.set("the a an his her their its our my your no")
    coordinators = QuoteWordKey.set("but and yet so however or")
    nounLikeCues = QuoteWordKey.set(CueLexicon.nounLikeForms)
    weakCues = QuoteWordKey.set(CueLexicon.weakForms)
    labels = QuoteWordKey.set(SpeakerWords.labels)
    nounFollowers = QuoteWordKey.set("is are was were has have had will would")
    negations = QuoteWordKey.set("not never didn't doesn't don't won't wouldn't hasn't haven't hadn't can't couldn't")
  }
}
