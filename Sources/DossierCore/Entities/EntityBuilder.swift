/// Links a document's mention candidates into entities: names joined by
/// full name, surname, first name, honorific form and acronym; then, in text
/// order, role phrases joined to the name they stand beside or to the
/// holder of their role, and pronouns to the most salient person they
/// agree with.
struct EntityBuilder {
  let facts: [TokenFacts.Fact]
  let sentenceTokens: [Range<Int>]
  let tokens: [Token]
  let bytes: UnsafeBufferPointer<UInt8>
  let candidates: [MentionCandidate]
  var records = EntityRecords()
  /// The entity of each candidate, once linked.
  var entityOf: [Int?]
  var confidenceOf: [Double]
  /// Name keys → entities: full forms, and (tagged) first and last words,
  /// surnames, first names and initials.
  var nameIndex = KeyIndex()

  init(finder: CandidateFinder, candidates: [MentionCandidate]) {
    facts = finder.facts
    sentenceTokens = finder.sentenceTokens
    tokens = finder.tokens
    bytes = finder.bytes
    self.candidates = candidates
    entityOf = [Int?](repeating: nil, count: candidates.count)
    nameIndex = KeyIndex(capacity: candidates.count)
    records.reserveCapacity(candidates.count / 2 + 4)
    confidenceOf = [Double](repeating: 1, count: candidates.count)
  }

  // MARK: Records

  // Fields read one by one: a record read whole out of `records` is copied.

  @inline(__always)
  func entityType(_ entity: Int) -> EntityType {
    EntityRecord.type(
      isNamed: !records[entity].nameKeys.isEmpty, unnamedType: records[entity].unnamedType,
      isGroup: records[entity].isGroup, person: records[entity].personScore,
      organization: records[entity].organizationScore, place: records[entity].placeScore)
  }

  /// ``EntityRecord/isPersonLike`` of `entity`.
  @inline(__always)
  func isPersonLike(_ entity: Int) -> Bool {
    let type = entityType(entity)
    return type == .person || (type == .other && !records[entity].nameKeys.isEmpty && records[entity].personScore > 0)
  }

  /// ``EntityRecord/agrees(with:)`` of `entity`.
  @inline(__always)
  func agrees(_ entity: Int, with wanted: EntityRecord.Gender?) -> Bool {
    guard let wanted, let gender = records[entity].gender else { return true }
    return gender == wanted
  }

  // MARK: Text

  /// A token's word without its possessive ending.
  func word(_ index: Int) -> String {
    let start = Int(tokens[index].range.start)
    let end = facts[index].isWord ? Int(facts[index].stemEnd) : Int(tokens[index].range.end)
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
  }

  /// The words of a token range (possessive endings removed), punctuation
  /// left out, joined by single spaces: built from the bytes in one go.
  func joinedWords(_ range: ClosedRange<Int>) -> String {
    var count = 0
    for index in range where facts[index].isWord {
      count += Int(facts[index].stemEnd) - Int(tokens[index].range.start) + 1
    }
    guard count > 0 else { return "" }
    // Written straight into the string's storage (repaired like
    // `String(decoding:)` if not UTF-8).
    return String(unsafeUninitializedCapacity: count - 1) { buffer in
      var length = 0
      for index in range where facts[index].isWord {
        if length > 0 {
          buffer[length] = UInt8(ascii: " ")
          length += 1
        }
        for offset in Int(tokens[index].range.start)..<Int(facts[index].stemEnd) {
          buffer[length] = bytes[offset]
          length += 1
        }
      }
      return length
    }
  }

  /// The mention's byte range, without a final possessive ending.
  func textRange(_ range: ClosedRange<Int>) -> TextRange {
    let last = range.upperBound
    let end = facts[last].isWord ? facts[last].stemEnd : tokens[last].range.end
    return TextRange(start: tokens[range.lowerBound].range.start, end: end)
  }

  // MARK: Names

  mutating func linkNames() {
    // Names seen away from a sentence start: evidence that a capitalised
    // sentence-initial word is a name too.
    var midSentence = KeyIndex(capacity: candidates.count)
    var counts = [Int](repeating: 0, count: candidates.count)
    for index in candidates.indices where candidates[index].kind == .name {
      let candidate = candidates[index]
      var count = 0
      for token in candidate.nameTokens where facts[token].isWord {
        count += 1
        if !candidate.sentenceInitial && !candidate.headline && !midSentence.contains(facts[token].key) {
          midSentence.append(facts[token].key, 0)
        }
      }
      counts[index] = count
    }
    // Full names first, so that surnames and first names find them.
    for pass in 0..<3 {
      if pass == 1 { openSurnamesOfOtherGender(counts: counts) }
      for index in candidates.indices where counts[index] > 0 && entityOf[index] == nil {
        let candidate = candidates[index]
        let count = counts[index]
        switch pass {
        case 0 where !candidate.headline && count >= 2 && candidate.acronymOf == nil:
          link(index, allowNew: true)
        case 1 where !candidate.headline && (count == 1 || candidate.acronymOf != nil):
          if let owner = candidate.acronymOf, let entity = entityOf[owner] {
            attach(index, to: entity)
            records[entity].organizationScore += 1
            continue
          }
          let first = candidate.nameTokens.lowerBound
          let lexical = facts[first].classes
          if !lexical.isDisjoint(with: [.notAName, .nationality]) && lexical.isDisjoint(with: [.place, .organization]) {
            continue
          }
          let tentative =
            candidate.sentenceInitial && !candidate.saidSubject && !midSentence.contains(facts[first].key)
            && lexical.isDisjoint(with: [.place, .organization, .firstName])
          link(index, allowNew: !tentative)
        case 2 where candidate.headline:
          // Only a first name and surname may open a new entity here.
          link(index, allowNew: count >= 2)
        default:
          break
        }
      }
    }
    typeByNationalityAdjective()
  }

  /// Opens, before the other lone surnames are linked, the person named by
  /// an honorific and a surname (`Mr. Obama`) whose every full name with
  /// that surname is of the other gender and written only after him
  /// (`Michelle Obama`): a second person, introduced first, whom a surname
  /// without a gender written before him (`President Obama`) then finds.
  /// A full name written first keeps the surnames before it.
  mutating func openSurnamesOfOtherGender(counts: [Int]) {
    for index in candidates.indices where counts[index] == 1 && entityOf[index] == nil {
      let candidate = candidates[index]
      guard candidate.honorific != nil, !candidate.headline, candidate.acronymOf == nil else { continue }
      let keys = nameSummary(candidate)
      guard let gender = genderEvidence(candidate, count: keys.count) else { continue }
      let position = candidate.tokens.lowerBound
      let allCaps = facts[candidate.nameTokens.lowerBound].allCaps
      guard match(keys: keys, gender: gender, at: position, allCaps: allCaps) == nil,
        let other = match(keys: keys, gender: nil, at: position, allCaps: allCaps),
        let introduced = entityOf.firstIndex(of: other), introduced > index
      else { continue }
      link(index, allowNew: true)
    }
  }

  /// The word keys of a name candidate.
  func nameKeys(_ candidate: MentionCandidate) -> [UInt64] {
    var keys: [UInt64] = []
    keys.reserveCapacity(candidate.nameTokens.count)
    for index in candidate.nameTokens where facts[index].isWord { keys.append(facts[index].key) }
    return keys
  }

  /// The key of the initials of a name's words, connectors left out.
  func initialsKey(_ candidate: MentionCandidate) -> UInt64 {
    var hash = WordKey.empty
    for index in candidate.nameTokens where facts[index].isWord && !facts[index].classes.contains(.nameConnector) {
      hash = WordKey.mix(hash, bytes[Int(tokens[index].range.start)])
    }
    return hash
  }

  /// Links a name candidate to a matching entity, or to a new one.
  mutating func link(_ index: Int, allowNew: Bool) {
    let candidate = candidates[index]
    let keys = nameSummary(candidate)
    let gender = genderEvidence(candidate, count: keys.count)
    let allCaps = facts[candidate.nameTokens.lowerBound].allCaps
    if let entity = match(keys: keys, gender: gender, at: candidate.tokens.lowerBound, allCaps: allCaps) {
      attach(index, to: entity, keys: keys)
      return
    }
    guard allowNew else { return }
    // Filled in place: appending a local record would copy it.
    let name = joinedWords(candidate.nameTokens)
    records.append(EntityRecord(displayName: name))
    records[records.count - 1].nameKeys = nameKeys(candidate)
    records[records.count - 1].initialsKey = initialsKey(candidate)
    attach(index, to: records.count - 1, keys: keys, name: name)
  }

  static let fullTag: UInt64 = 0x9E37_79B9_7F4A_7C15
  static let lastTag: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  static let firstTag: UInt64 = 0x1656_67B1_9E37_79F9
  static let initialsTag: UInt64 = 0x27D4_EB2F_1656_67C5

  static func pairKey(_ first: UInt64, _ last: UInt64) -> UInt64 {
    (first &* 31 &+ last) ^ fullTag
  }

  /// Adds an entity's name keys to ``nameIndex``: the form, and unless
  /// `wordsIndexed` (its name words unchanged since they were filed) the
  /// keys of its first, last and initial words.
  mutating func indexName(_ entity: Int, form: UInt64, wordsIndexed: Bool = false) {
    nameIndex.append(form, entity)
    guard !wordsIndexed else { return }
    let count = records[entity].nameKeys.count
    guard count >= 2 else { return }
    let first = records[entity].nameKeys[0]
    let last = records[entity].nameKeys[count - 1]
    nameIndex.append(Self.pairKey(first, last), entity)
    nameIndex.append(last ^ Self.lastTag, entity)
    nameIndex.append(first ^ Self.firstTag, entity)
    nameIndex.append(records[entity].initialsKey ^ Self.initialsTag, entity)
  }

  /// The entity a name refers to: same full name; or one word that is the
  /// surname, first name or acronym of a fuller name; gender must agree.
  func match(keys: NameSummary, gender: EntityRecord.Gender?, at position: Int, allCaps: Bool) -> Int? {
    guard keys.count > 0 else { return nil }
    let first = keys.first
    let last = keys.last
    var best: Int?
    var bestRank = Int.min
    // Prefer the stronger kind of match, then the nearest entity before.
    @inline(__always)
    func consider(_ entity: Int, rank: Int, _ best: inout Int?, _ bestRank: inout Int) {
      guard agrees(entity, with: gender) else { return }
      let last = records[entity].lastToken
      let score = rank * 1_000_000 + (last <= position ? last : 0)
      if score > bestRank {
        bestRank = score
        best = entity
      }
    }
    @inline(__always)
    func personLike(_ entity: Int) -> Bool {
      records[entity].organizationScore <= records[entity].personScore
        && records[entity].placeScore <= records[entity].personScore
    }
    // The phrase key of the whole name, as ``phraseKeyOf(_:)`` makes it.
    let joined = keys.combined
    var entry = nameIndex.first(joined)
    while entry >= 0 {
      let entity = nameIndex.value(entry)
      if records[entity].formKeys.contains(joined) { consider(entity, rank: 4, &best, &bestRank) }
      entry = nameIndex.next(entry)
    }
    if keys.count >= 2 {
      entry = nameIndex.first(Self.pairKey(first, last))
      while entry >= 0 {
        let entity = nameIndex.value(entry)
        if records[entity].nameKeys.first == first && records[entity].nameKeys.last == last {
          consider(entity, rank: 3, &best, &bestRank)
        }
        entry = nameIndex.next(entry)
      }
      return best
    }
    let surnames = nameIndex.first(first ^ Self.lastTag)
    entry = surnames
    while entry >= 0 {
      let entity = nameIndex.value(entry)
      if records[entity].nameKeys.last == first && personLike(entity) { consider(entity, rank: 3, &best, &bestRank) }
      entry = nameIndex.next(entry)
    }
    if surnames < 0 && EntityLexicon.classOf(first).contains(.firstName) {
      entry = nameIndex.first(first ^ Self.firstTag)
      while entry >= 0 {
        let entity = nameIndex.value(entry)
        if records[entity].nameKeys.first == first && personLike(entity) && records[entity].nameKeys.count >= 2 {
          consider(entity, rank: 2, &best, &bestRank)
        }
        entry = nameIndex.next(entry)
      }
    }
    if allCaps {
      entry = nameIndex.first(first ^ Self.initialsTag)
      while entry >= 0 {
        let entity = nameIndex.value(entry)
        if records[entity].nameKeys.count >= 2 && records[entity].initialsKey == first {
          consider(entity, rank: 2, &best, &bestRank)
        }
        entry = nameIndex.next(entry)
      }
    }
    return best
  }

  func phraseKeyOf(_ keys: [UInt64]) -> UInt64 {
    WordKey.combine(keys)
  }

  /// ``phraseKeyOf(_:)`` of an honorific's key followed by `keys`, without
  /// building the array.
  func honorificFormKey(_ honorific: UInt64, _ candidate: MentionCandidate) -> UInt64 {
    var hash: UInt64 = WordKey.empty
    hash = (hash &* 0x0000_0100_0000_01B3) ^ honorific
    var any = false
    for index in candidate.nameTokens where facts[index].isWord {
      hash = (hash &* 0x0000_0100_0000_01B3) ^ facts[index].key
      any = true
    }
    return any ? hash : honorific
  }

  /// What linking needs of a name's word keys, read without an array.
  struct NameSummary {
    var first: UInt64 = 0
    var last: UInt64 = 0
    var count = 0
    /// ``WordKey/combine(_:)`` of the keys.
    var combined: UInt64 = WordKey.empty
  }

  func nameSummary(_ candidate: MentionCandidate) -> NameSummary {
    var summary = NameSummary()
    var hash = WordKey.empty
    for index in candidate.nameTokens where facts[index].isWord {
      let key = facts[index].key
      if summary.count == 0 { summary.first = key }
      summary.last = key
      summary.count += 1
      hash = (hash &* 0x0000_0100_0000_01B3) ^ key
    }
    summary.combined = summary.count == 1 ? summary.first : summary.count == 0 ? WordKey.empty : hash
    return summary
  }

  func genderEvidence(_ candidate: MentionCandidate, count: Int) -> EntityRecord.Gender? {
    if let honorific = candidate.honorific {
      let classes = facts[honorific].classes
      if classes.contains(.male) && !classes.contains(.female) { return .male }
      if classes.contains(.female) && !classes.contains(.male) { return .female }
    }
    if count >= 2 {
      let classes = facts[candidate.nameTokens.lowerBound].classes
      if classes.contains(.firstName) {
        if classes.contains(.male) && !classes.contains(.female) { return .male }
        if classes.contains(.female) && !classes.contains(.male) { return .female }
      }
    }
    return nil
  }

  /// Records a name candidate as a mention of `entity` and adds its
  /// evidence; `name` is its ``joinedWords(_:)`` when the caller made it.
  mutating func attach(_ index: Int, to entity: Int, keys known: NameSummary? = nil, name written: String? = nil) {
    let candidate = candidates[index]
    entityOf[index] = entity
    let keys = known ?? nameSummary(candidate)
    let formKey = keys.combined
    let evidence = typeEvidence(candidate, count: keys.count)
    let gender = genderEvidence(candidate, count: keys.count)
    // Changed in place: a copy of the record would copy its arrays.
    var changed = false
    // Filed before under the same name words: filing them again adds only
    // entries that matching skips.
    var wordsIndexed = !records[entity].formKeys.isEmpty
    // The name as written, made once and only when a record needs it.
    var text = written
    if keys.count > records[entity].nameKeys.count && records[entity].isNamed {
      wordsIndexed = false
      records[entity].nameKeys = nameKeys(candidate)
      records[entity].initialsKey = initialsKey(candidate)
      let name = joinedWords(candidate.nameTokens)
      text = name
      records[entity].displayName = name
      changed = true
    }
    if !records[entity].formKeys.contains(formKey) {
      let name = text ?? joinedWords(candidate.nameTokens)
      text = name
      records[entity].addForm(key: formKey) { name }
      changed = true
    }
    if let honorific = candidate.honorific, candidate.prefix == nil || candidate.prefix == honorific...honorific {
      let key = honorificFormKey(facts[honorific].key, candidate)
      if !records[entity].formKeys.contains(key) {
        let name = word(honorific) + " " + (text ?? joinedWords(candidate.nameTokens))
        records[entity].addForm(key: key) { name }
      }
    }
    records[entity].nameMentions += 1
    records[entity].lastToken = max(records[entity].lastToken, candidate.tokens.upperBound)
    records[entity].note(gender: gender)
    records[entity].personScore += evidence.person
    records[entity].organizationScore += evidence.organization
    records[entity].placeScore += evidence.place
    // Most mentions repeat the one country a record has: no hashing then.
    if let country = evidence.country, records[entity].countries.first != country {
      records[entity].countries.insert(country)
    }
    if changed { indexName(entity, form: formKey, wordsIndexed: wordsIndexed) }
  }

  /// ``phraseKey(_:)``, or nil when no list can hold the phrase: several
  /// words whose first word starts no listed phrase.
  func lexiconPhraseKey(_ range: ClosedRange<Int>) -> UInt64? {
    var firstWord = -1
    var words = 0
    for index in range where facts[index].isWord {
      if firstWord < 0 { firstWord = index }
      words += 1
    }
    guard words > 0 else { return WordKey.empty }
    if words == 1 { return facts[firstWord].key }
    guard EntityLexicon.phraseStarts.value(facts[firstWord].key) != 0 else { return nil }
    return phraseKey(range)
  }

  /// The key of a phrase of tokens, words joined by single spaces.
  func phraseKey(_ range: ClosedRange<Int>) -> UInt64 {
    var hash = WordKey.empty
    var first = true
    for index in range where facts[index].isWord {
      let start = Int(tokens[index].range.start)
      let end = Int(facts[index].stemEnd)
      hash = first ? WordKey.of(bytes, start, end) : WordKey.extend(hash, bytes, start, end)
      first = false
    }
    return hash
  }

  /// A name that fills a pair of quotation marks is a title: `“The Long
  /// Winter”`.
  func isTitle(_ candidate: MentionCandidate) -> Bool {
    var before = candidate.tokens.lowerBound - 1
    if before >= 0 && facts[before].isWord && facts[before].classes.contains(.determiner) { before -= 1 }
    let after = candidate.tokens.upperBound + 1
    return before >= 0 && tokens[before].isQuotationMark && after < tokens.count && tokens[after].isQuotationMark
  }

  /// `Sarelia` and `Sarelian` in one text: the name is a place, and its
  /// adjective no entity. The gazetteer knows real countries; this finds
  /// the others.
  mutating func typeByNationalityAdjective() {
    var capitalized = KeyIndex()
    var any = false
    for (index, candidate) in candidates.enumerated() where candidate.kind == .name && candidate.nameTokens.count == 1 {
      // Only a word whose key ends on `n` can be an adjective's key below.
      let token = candidate.nameTokens.lowerBound
      let start = Int(tokens[token].range.start)
      var end = Int(facts[token].stemEnd)
      if end - start > 1 && bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
      guard end > start, bytes[end - 1] | 0x20 == UInt8(ascii: "n") else { continue }
      capitalized.append(facts[token].key, index)
      any = true
    }
    guard any else { return }
    let n = UInt8(ascii: "n")
    let a = UInt8(ascii: "a")
    let i = UInt8(ascii: "i")
    for entity in records.indices where records[entity].nameKeys.count == 1 {
      // FNV keys extend byte by byte: `Sarelia` + `n` is `Sarelian`.
      let key = records[entity].nameKeys[0]
      let suffixed = (
        WordKey.mix(key, n), WordKey.mix(WordKey.mix(key, a), n), WordKey.mix(WordKey.mix(WordKey.mix(key, i), a), n)
      )
      // A tuple, not an array: no allocation per record.
      for slot in 0..<3 {
        let adjectiveKey = slot == 0 ? suffixed.0 : slot == 1 ? suffixed.1 : suffixed.2
        guard let adjective = capitalized.last(adjectiveKey) else { continue }
        records[entity].placeScore += 3
        // The adjective's own entity is dropped with its mentions.
        if let other = entityOf[adjective], other != entity {
          for index in entityOf.indices where entityOf[index] == other { entityOf[index] = nil }
        }
      }
    }
  }

  struct TypeEvidence {
    var person = 0.0
    var organization = 0.0
    var place = 0.0
    var country: String?
  }

  func typeEvidence(_ candidate: MentionCandidate, count: Int) -> TypeEvidence {
    var evidence = TypeEvidence()
    let first = candidate.nameTokens.lowerBound
    let last = candidate.nameTokens.upperBound
    let wholeKey = lexiconPhraseKey(candidate.nameTokens)
    let whole = wholeClasses(candidate.nameTokens, key: wholeKey)
    let firstClasses = facts[first].classes
    let lastClasses = facts[last].classes
    if candidate.honorific != nil || candidate.prefix != nil { evidence.person += 3 }
    if whole.contains(.organization) { evidence.organization += 4 }
    if whole.contains(.place) { evidence.place += 4 }
    if count >= 2 {
      if lastClasses.contains(.orgKeyword) {
        evidence.organization += 3
      } else if containsClass(candidate.nameTokens, .orgKeyword) {
        evidence.organization += 2
      }
      if firstClasses.contains(.organization) { evidence.organization += 2 }
      if firstClasses.contains(.firstName) && !lastClasses.contains(.orgKeyword) { evidence.person += 2 }
      var plain = true
      for index in candidate.nameTokens
      where facts[index].isWord
        && !facts[index].classes.isDisjoint(with: [.organization, .place, .orgKeyword, .nationality, .notAName])
      {
        plain = false
        break
      }
      if plain && count <= 3 && !isTitle(candidate) { evidence.person += 0.5 }
    } else {
      if firstClasses.contains(.firstName) && !whole.contains(.place) { evidence.person += 1 }
      if facts[first].allCaps && whole.isDisjoint(with: [.place, .organization]) { evidence.organization += 0.5 }
    }
    // A country speaks too (`Sarelia said`): weaker for one word.
    if candidate.saidSubject { evidence.person += count >= 2 ? 1 : 0.5 }
    if candidate.placeContext && candidate.honorific == nil { evidence.place += 1 }
    evidence.country = wholeKey.flatMap { EntityLexicon.affiliation($0) }
    return evidence
  }

  /// The lexicon classes of `key`, the ``lexiconPhraseKey(_:)`` of `range`,
  /// as far as ``typeEvidence(_:count:)`` reads them (place and
  /// organisation): a one-word name's are its token's, which the token
  /// facts already hold (an acronym's adjustment keeps both), so the table
  /// is not read again.
  func wholeClasses(_ range: ClosedRange<Int>, key: UInt64?) -> WordClass {
    guard let key else { return [] }
    let read: WordClass = [.place, .organization]
    var word: Int?
    var words = 0
    for index in range where facts[index].isWord {
      word = index
      words += 1
      if words > 1 { break }
    }
    if words == 1, let word { return facts[word].classes.intersection(read) }
    return EntityLexicon.classOf(key).intersection(read)
  }

  func containsClass(_ range: ClosedRange<Int>, _ wordClass: WordClass) -> Bool {
    for index in range where facts[index].classes.contains(wordClass) { return true }
    return false
  }
}
