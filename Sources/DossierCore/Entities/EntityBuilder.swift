/// Links a document's mention candidates into entities: names joined by
/// full name, surname, first name, honorific form and acronym; then, in text
/// order, role phrases joined to the name they stand beside or to the
/// holder of their role, and pronouns to the most salient person they
/// agree with.
struct EntityBuilder {
  let facts: [TokenFacts.Fact]
  let sentenceTokens: [Range<Int>]
  let tokens: [Token]
  let bytes: [UInt8]
  let candidates: [MentionCandidate]
  var records: [EntityRecord] = []
  /// The entity of each candidate, once linked.
  var entityOf: [Int?]
  var confidenceOf: [Double]

  init(finder: CandidateFinder, candidates: [MentionCandidate]) {
    facts = finder.facts
    sentenceTokens = finder.sentenceTokens
    tokens = finder.tokens
    bytes = finder.bytes
    self.candidates = candidates
    entityOf = [Int?](repeating: nil, count: candidates.count)
    confidenceOf = [Double](repeating: 1, count: candidates.count)
  }

  // MARK: Text

  /// A token's word without its possessive ending.
  func word(_ index: Int) -> String {
    let start = Int(tokens[index].range.start)
    let end = facts[index].isWord ? Int(facts[index].stemEnd) : Int(tokens[index].range.end)
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// The words of a token range, punctuation left out.
  func words(_ range: ClosedRange<Int>) -> [String] {
    range.filter { facts[$0].isWord }.map(word)
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
    var midSentence: Set<String> = []
    for candidate in candidates where candidate.kind == .name && !candidate.sentenceInitial && !candidate.headline {
      for index in candidate.nameTokens where facts[index].isWord { midSentence.insert(word(index).lowercased()) }
    }
    // Full names first, so that surnames and first names find them.
    for pass in 0..<3 {
      for index in candidates.indices where candidates[index].kind == .name {
        let candidate = candidates[index]
        let nameWords = words(candidate.nameTokens)
        guard !nameWords.isEmpty else { continue }
        switch pass {
        case 0 where !candidate.headline && nameWords.count >= 2 && candidate.acronymOf == nil:
          link(index, nameWords: nameWords, allowNew: true)
        case 1 where !candidate.headline && (nameWords.count == 1 || candidate.acronymOf != nil):
          if let owner = candidate.acronymOf, let entity = entityOf[owner] {
            attach(index, to: entity, nameWords: nameWords)
            records[entity].organizationScore += 1
            continue
          }
          let key = nameWords[0].lowercased()
          let lexical = facts[candidate.nameTokens.lowerBound].classes
          if !lexical.isDisjoint(with: [.notAName, .nationality]) && lexical.isDisjoint(with: [.place, .organization]) {
            continue
          }
          let tentative =
            candidate.sentenceInitial && !candidate.saidSubject && !midSentence.contains(key)
            && lexical.isDisjoint(with: [.place, .organization, .firstName])
          link(index, nameWords: nameWords, allowNew: !tentative)
        case 2 where candidate.headline:
          // Only a first name and surname may open a new entity here.
          link(index, nameWords: nameWords, allowNew: nameWords.count >= 2)
        default:
          break
        }
      }
    }
  }

  /// Links a name candidate to a matching entity, or to a new one.
  mutating func link(_ index: Int, nameWords: [String], allowNew: Bool) {
    let candidate = candidates[index]
    let keys = nameWords.map { $0.lowercased() }
    let gender = genderEvidence(candidate, keys: keys)
    if let entity = match(keys: keys, gender: gender, at: candidate.tokens.lowerBound, allCaps: facts[candidate.nameTokens.lowerBound].allCaps) {
      attach(index, to: entity, nameWords: nameWords)
      return
    }
    guard allowNew else { return }
    records.append(EntityRecord(nameWords: keys, displayName: nameWords.joined(separator: " ")))
    attach(index, to: records.count - 1, nameWords: nameWords)
  }

  /// The entity a name refers to: same full name; or one word that is the
  /// surname, first name or acronym of a fuller name; gender must agree.
  func match(keys: [String], gender: EntityRecord.Gender?, at position: Int, allCaps: Bool) -> Int? {
    let joined = keys.joined(separator: " ")
    var best: Int?
    var bestRank = Int.min
    func consider(_ entity: Int, rank: Int) {
      guard records[entity].agrees(with: gender) else { return }
      // Prefer the stronger kind of match, then the nearest entity before.
      let score = rank * 1_000_000 + (records[entity].lastToken <= position ? records[entity].lastToken : 0)
      if score > bestRank {
        bestRank = score
        best = entity
      }
    }
    for (entity, record) in records.enumerated() {
      if record.formKeys.contains(joined) || record.nameWords == keys {
        consider(entity, rank: 4)
        continue
      }
      let words = record.nameWords
      guard !words.isEmpty else { continue }
      if keys.count >= 2 && words.count >= 2 {
        if keys.first == words.first && keys.last == words.last { consider(entity, rank: 3) }
        continue
      }
      guard keys.count == 1 else { continue }
      let key = keys[0]
      if words.count >= 2 && record.organizationScore <= record.personScore && record.placeScore <= record.personScore {
        if words.last == key {
          consider(entity, rank: 3)
        } else if words.first == key && EntityLexicon.classOf(WordKey.of(key)).contains(.firstName)
          && !isSurnameElsewhere(key)
        {
          consider(entity, rank: 2)
        }
      }
      if allCaps && key.count >= 2 && words.count >= 2 && record.initials == key { consider(entity, rank: 2) }
    }
    return best
  }

  func isSurnameElsewhere(_ key: String) -> Bool {
    records.contains { $0.nameWords.count >= 2 && $0.nameWords.last == key }
  }

  func genderEvidence(_ candidate: MentionCandidate, keys: [String]) -> EntityRecord.Gender? {
    if let honorific = candidate.honorific {
      let classes = facts[honorific].classes
      if classes.contains(.male) && !classes.contains(.female) { return .male }
      if classes.contains(.female) && !classes.contains(.male) { return .female }
    }
    if keys.count >= 2 || candidate.honorific == nil {
      let classes = facts[candidate.nameTokens.lowerBound].classes
      if classes.contains(.firstName) && keys.count >= 2 {
        if classes.contains(.male) && !classes.contains(.female) { return .male }
        if classes.contains(.female) && !classes.contains(.male) { return .female }
      }
    }
    return nil
  }

  /// Records a name candidate as a mention of `entity` and adds its evidence.
  mutating func attach(_ index: Int, to entity: Int, nameWords: [String]) {
    let candidate = candidates[index]
    entityOf[index] = entity
    var record = records[entity]
    let name = nameWords.joined(separator: " ")
    if nameWords.count > record.nameWords.count && record.isNamed {
      record.nameWords = nameWords.map { $0.lowercased() }
      record.displayName = name
    }
    record.addForm(name)
    if let honorific = candidate.honorific, candidate.prefix == nil || candidate.prefix == honorific...honorific {
      record.addForm(word(honorific) + " " + name)
    }
    record.nameMentions += 1
    record.lastToken = max(record.lastToken, candidate.tokens.upperBound)
    record.note(gender: genderEvidence(candidate, keys: nameWords.map { $0.lowercased() }))
    addTypeEvidence(candidate, nameWords: nameWords, to: &record)
    records[entity] = record
  }

  func addTypeEvidence(_ candidate: MentionCandidate, nameWords: [String], to record: inout EntityRecord) {
    let first = candidate.nameTokens.lowerBound
    let last = candidate.nameTokens.upperBound
    let whole = EntityLexicon.classOf(WordKey.of(nameWords.joined(separator: " ")))
    let firstClasses = facts[first].classes
    let lastClasses = facts[last].classes
    if candidate.honorific != nil || candidate.prefix != nil { record.personScore += 3 }
    if whole.contains(.organization) { record.organizationScore += 4 }
    if whole.contains(.place) { record.placeScore += 4 }
    if nameWords.count >= 2 {
      if lastClasses.contains(.orgKeyword) {
        record.organizationScore += 3
      } else if candidate.nameTokens.contains(where: { facts[$0].classes.contains(.orgKeyword) }) {
        record.organizationScore += 2
      }
      if firstClasses.contains(.organization) { record.organizationScore += 2 }
      if firstClasses.contains(.firstName) && !lastClasses.contains(.orgKeyword) { record.personScore += 2 }
      let plain = candidate.nameTokens.allSatisfy {
        !facts[$0].isWord || facts[$0].classes.isDisjoint(with: [.organization, .place, .orgKeyword, .nationality])
      }
      if plain && nameWords.count <= 3 { record.personScore += 0.5 }
    } else {
      if firstClasses.contains(.firstName) && !whole.contains(.place) { record.personScore += 1 }
      if facts[first].allCaps && whole.isDisjoint(with: [.place, .organization]) { record.organizationScore += 0.5 }
    }
    if candidate.saidSubject { record.personScore += 1 }
    if candidate.placeContext && candidate.honorific == nil { record.placeScore += 1 }
    if let country = EntityLexicon.affiliations[WordKey.of(nameWords.joined(separator: " "))] {
      record.countries.insert(country)
    }
  }
}
