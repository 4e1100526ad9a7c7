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

  /// The entries of a list: separated by commas; a line break inside an
  /// entry is a space (a phrase may wrap).
  private static func entries(_ table: String) -> [Substring] {
    // Bytes, not `Character`s: the lists are long and parsed at start-up.
    let flat = String(decoding: table.utf8.map { $0 == UInt8(ascii: "\n") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    let utf8 = flat.utf8
    var result: [Substring] = []
    var start = utf8.startIndex
    while start < utf8.endIndex {
      var end = start
      while end < utf8.endIndex && utf8[end] != UInt8(ascii: ",") { end = utf8.index(after: end) }
      var first = start
      while first < end && utf8[first] == UInt8(ascii: " ") { first = utf8.index(after: first) }
      var last = end
      while last > first && utf8[utf8.index(before: last)] == UInt8(ascii: " ") { last = utf8.index(before: last) }
      if first < last { result.append(flat[first..<last]) }
      start = end < utf8.endIndex ? utf8.index(after: end) : end
    }
    return result
  }

  private static func build() -> [UInt64: WordClass] {
    var table: [UInt64: WordClass] = [:]
    func add(_ list: String, _ wordClass: WordClass) {
      for entry in entries(list) { table[WordKey.of(entry), default: []].formUnion(wordClass) }
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
    for line in entries(Gazetteer.places) {
      for name in line.split(separator: "=").first.map({ [$0] }) ?? [] {
        table[WordKey.of(name), default: []].insert(.place)
      }
    }
    for line in entries(Gazetteer.nationalities) {
      if let name = line.split(separator: "=").first { table[WordKey.of(name), default: []].insert(.nationality) }
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
      for entry in entries(list) {
        // Both sides of `NAME=VALUE`: either may be looked up as a phrase.
        // Read on UTF-8 bytes: `split` on `Character`s costs at start-up.
        let utf8 = entry.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
          // One side: its first word, and whether another word follows.
          var firstWord: Range<String.Index>?
          var words = 0
          var inWord = false
          while index < utf8.endIndex && utf8[index] != UInt8(ascii: "=") {
            let isSpace = utf8[index] == UInt8(ascii: " ")
            if !isSpace && !inWord {
              words += 1
              if words == 1 { firstWord = index..<index }
            }
            if !isSpace && words == 1, let start = firstWord?.lowerBound {
              firstWord = start..<utf8.index(after: index)
            }
            inWord = !isSpace
            index = utf8.index(after: index)
          }
          if words > 1, let firstWord { starts[WordKey.of(entry[firstWord])] = 1 }
          if index < utf8.endIndex { index = utf8.index(after: index) }
        }
      }
    }
    return starts
  }

  private static func buildAffiliations() -> [UInt64: String] {
    var table: [UInt64: String] = [:]
    for list in [Gazetteer.places, Gazetteer.nationalities, Gazetteer.institutions] {
      for line in entries(list) {
        let parts = line.split(separator: "=")
        guard let name = parts.first else { continue }
        table[WordKey.of(name)] = String(parts.count > 1 ? parts[1] : name)
      }
    }
    return table
  }

  private static func buildCanonicalRoles() -> [UInt64: String] {
    var table: [UInt64: String] = [:]
    for line in entries(EntityWordLists.roleSynonyms) {
      let parts = line.split(separator: "=")
      guard parts.count == 2 else { continue }
      table[WordKey.of(parts[0])] = String(parts[1])
    }
    return table
  }
}
