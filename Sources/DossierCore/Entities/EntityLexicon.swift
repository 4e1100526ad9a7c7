/// The word lists the entity stage reads, parsed once into one table from
/// word key to ``WordClass``, plus the affiliations of places and
/// institutions (`Kremlin` → Russia).
///
/// The lists themselves are data: ``EntityWordLists``, ``Gazetteer`` and
/// ``FirstNames``.
enum EntityLexicon {
  /// Word or phrase key → what the lexicons say about it.
  static let classes: [UInt64: WordClass] = build()
  /// The keys of the first words of every phrase (two words or more) in
  /// the lists: a phrase whose first word is not here is in no table, so
  /// its bytes need no hashing.
  static let phraseStarts = KeyTable(buildPhraseStarts())
  /// The same table, open-addressed on the key's own bits: looked up once
  /// per word of every document, where hashing the key again would cost.
  static let table = KeyTable(classes)

  /// Place, nationality or institution key → the country it belongs to,
  /// the affiliation that keeps `the Kremlin's spokesman` apart from
  /// `Downing Street's spokesman`.
  static let affiliations: [UInt64: String] = buildAffiliations()
  private static let affiliationTable = StringTable(affiliations)

  /// ``affiliations`` of `key`, looked up without hashing it again.
  @inline(__always)
  static func affiliation(_ key: UInt64) -> String? { affiliationTable.value(key) }

  /// Canonical role heads: `spokeswoman` → `spokesman`, `premier` →
  /// `prime minister`, plurals → singular.
  static let canonicalRole: [UInt64: String] = buildCanonicalRoles()
  private static let canonicalRoleTable = StringTable(canonicalRole)

  /// ``canonicalRole`` of `key`, looked up without hashing it again.
  @inline(__always)
  static func canonicalRole(_ key: UInt64) -> String? { canonicalRoleTable.value(key) }

  @inline(__always)
  static func classOf(_ key: UInt64) -> WordClass {
    WordClass(rawValue: table.value(key))
  }

  /// Calls `body` with the UTF-8 bytes of each entry of a list: entries
  /// are separated by commas; a line break inside an entry is a space (a
  /// phrase may wrap).
  private static func forEachEntry(_ table: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    // Bytes, not `Character`s: the lists are long and parsed at start-up.
    var flat = Array(table.utf8)
    for index in flat.indices where flat[index] == UInt8(ascii: "\n") { flat[index] = UInt8(ascii: " ") }
    flat.withUnsafeBufferPointer { bytes in
      var start = 0
      while start < bytes.count {
        var end = start
        while end < bytes.count && bytes[end] != UInt8(ascii: ",") { end += 1 }
        var first = start
        while first < end && bytes[first] == UInt8(ascii: " ") { first += 1 }
        var last = end
        while last > first && bytes[last - 1] == UInt8(ascii: " ") { last -= 1 }
        if first < last { body(UnsafeBufferPointer(rebasing: bytes[first..<last])) }
        start = end < bytes.count ? end + 1 : end
      }
    }
  }

  /// The parts of `NAME=VALUE`, as `split(separator: "=")` splits the
  /// string (empty parts left out).
  private static func parts(_ entry: UnsafeBufferPointer<UInt8>) -> [Slice<UnsafeBufferPointer<UInt8>>] {
    entry.split(separator: UInt8(ascii: "="))
  }

  private static func build() -> [UInt64: WordClass] {
    var table: [UInt64: WordClass] = [:]
    func add(_ list: String, _ wordClass: WordClass) {
      forEachEntry(list) { table[WordKey.of(phrase: $0), default: []].formUnion(wordClass) }
    }
    let lists = EntityWordLists.self
    add(lists.functionWords, .functionWord)
    add(lists.determiners, .determiner)
    add(lists.maleHonorifics, [.honorific, .male])
    add(lists.femaleHonorifics, [.honorific, .female])
    add(lists.neutralHonorifics, .honorific)
    add(lists.roleHeads, .roleHead)
    add(lists.pluralRoleHeads, [.roleHead, .plural])
    add(lists.leaderRoles, [.roleHead, .leaderRole])
    add(lists.roleModifiers, .roleModifier)
    add(lists.reportingVerbs, .reportingVerb)
    add(lists.calendarWords, .calendar)
    add(lists.malePronouns, [.pronoun, .male])
    add(lists.femalePronouns, [.pronoun, .female])
    add(lists.pluralPronouns, [.pronoun, .plural])
    add(lists.firstPersonPronouns, [.pronoun, .firstPerson])
    add(lists.neuterPronouns, [.pronoun, .neuter])
    add(lists.objectPronouns, .objectCase)
    add(lists.reflexivePronouns, .reflexive)
    add(lists.orgKeywords, .orgKeyword)
    add(lists.takesOf, .takesOf)
    add(lists.nameConnectors, .nameConnector)
    add(lists.placePrepositions, .placePreposition)
    add(lists.organizations, .organization)
    add(lists.documentHeads, .documentHead)
    add(lists.subordinators, .subordinator)
    add(lists.clauseBoundaries, .clauseBoundary)
    add(lists.notNames, .notAName)
    add(lists.motionVerbs, .motionVerb)
    add(lists.institutionNouns, .institutionNoun)
    add(lists.relatives, .relative)
    add(lists.auxiliaries, .auxiliary)
    add(FirstNames.male, [.firstName, .male])
    add(FirstNames.female, [.firstName, .female])
    add(FirstNames.unisex, .firstName)
    forEachEntry(Gazetteer.places) { line in
      if let name = parts(line).first { table[WordKey.of(phrase: name), default: []].insert(.place) }
    }
    forEachEntry(Gazetteer.nationalities) { line in
      if let name = parts(line).first { table[WordKey.of(phrase: name), default: []].insert(.nationality) }
    }
    return table
  }

  private static func buildPhraseStarts() -> [UInt64: UInt32] {
    let lists = EntityWordLists.self
    // Every list a table above is built from.
    let all = [
      lists.functionWords, lists.determiners, lists.maleHonorifics, lists.femaleHonorifics, lists.neutralHonorifics,
      lists.roleHeads, lists.pluralRoleHeads, lists.leaderRoles, lists.roleSynonyms, lists.roleModifiers,
      lists.reportingVerbs, lists.calendarWords, lists.malePronouns, lists.femalePronouns, lists.pluralPronouns,
      lists.firstPersonPronouns, lists.neuterPronouns, lists.objectPronouns, lists.reflexivePronouns,
      lists.orgKeywords, lists.takesOf, lists.nameConnectors, lists.placePrepositions, lists.motionVerbs,
      lists.organizations, lists.documentHeads, lists.institutionNouns, lists.relatives, lists.auxiliaries,
      lists.subordinators, lists.clauseBoundaries, lists.notNames, FirstNames.male, FirstNames.female,
      FirstNames.unisex, Gazetteer.places, Gazetteer.nationalities, Gazetteer.institutions,
    ]
    var starts: [UInt64: UInt32] = [:]
    for list in all {
      forEachEntry(list) { entry in
        // Both sides of `NAME=VALUE`: either may be looked up as a phrase.
        var index = 0
        while index < entry.count {
          // One side: its first word, and whether another word follows.
          var firstWord = 0..<0
          var words = 0
          var inWord = false
          while index < entry.count && entry[index] != UInt8(ascii: "=") {
            let isSpace = entry[index] == UInt8(ascii: " ")
            if !isSpace && !inWord {
              words += 1
              if words == 1 { firstWord = index..<index }
            }
            if !isSpace && words == 1 { firstWord = firstWord.lowerBound..<index + 1 }
            inWord = !isSpace
            index += 1
          }
          if words > 1 { starts[WordKey.of(phrase: entry[firstWord])] = 1 }
          if index < entry.count { index += 1 }
        }
      }
    }
    return starts
  }

  private static func buildAffiliations() -> [UInt64: String] {
    var table: [UInt64: String] = [:]
    for list in [Gazetteer.places, Gazetteer.nationalities, Gazetteer.institutions] {
      forEachEntry(list) { line in
        let sides = parts(line)
        guard let name = sides.first else { return }
        table[WordKey.of(phrase: name)] = String(decoding: sides.count > 1 ? sides[1] : name, as: UTF8.self)
      }
    }
    return table
  }

  private static func buildCanonicalRoles() -> [UInt64: String] {
    var table: [UInt64: String] = [:]
    forEachEntry(EntityWordLists.roleSynonyms) { line in
      let sides = parts(line)
      guard sides.count == 2 else { return }
      table[WordKey.of(phrase: sides[0])] = String(decoding: sides[1], as: UTF8.self)
    }
    return table
  }
}
