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
  var records: [EntityRecord] = []
  /// The entity of each candidate, once linked.
  var entityOf: [Int?]
  var confidenceOf: [Double]
  /// Name keys → entities: full forms, and (behind a tag character) first
  /// and last words, surnames, first names and initials.
  var nameIndex: [String: [Int]] = [:]

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
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
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
    // The words of each name, made once.
    var nameWords = [[String]](repeating: [], count: candidates.count)
    for index in candidates.indices where candidates[index].kind == .name {
      nameWords[index] = words(candidates[index].nameTokens)
    }
    // Names seen away from a sentence start: evidence that a capitalised
    // sentence-initial word is a name too.
    var midSentence: Set<UInt64> = []
    for candidate in candidates where candidate.kind == .name && !candidate.sentenceInitial && !candidate.headline {
      for index in candidate.nameTokens where facts[index].isWord { midSentence.insert(facts[index].key) }
    }
    // Full names first, so that surnames and first names find them.
    for pass in 0..<3 {
      for index in candidates.indices where candidates[index].kind == .name && !nameWords[index].isEmpty {
        let candidate = candidates[index]
        let words = nameWords[index]
        switch pass {
        case 0 where !candidate.headline && words.count >= 2 && candidate.acronymOf == nil:
          link(index, nameWords: words, allowNew: true)
        case 1 where !candidate.headline && (words.count == 1 || candidate.acronymOf != nil):
          if let owner = candidate.acronymOf, let entity = entityOf[owner] {
            attach(index, to: entity, nameWords: words)
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
          link(index, nameWords: words, allowNew: !tentative)
        case 2 where candidate.headline:
          // Only a first name and surname may open a new entity here.
          link(index, nameWords: words, allowNew: words.count >= 2)
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
    let allCaps = facts[candidate.nameTokens.lowerBound].allCaps
    if let entity = match(keys: keys, gender: gender, at: candidate.tokens.lowerBound, allCaps: allCaps) {
      attach(index, to: entity, nameWords: nameWords)
      return
    }
    guard allowNew else { return }
    records.append(EntityRecord(nameWords: keys, displayName: nameWords.joined(separator: " ")))
    attach(index, to: records.count - 1, nameWords: nameWords)
  }

  /// Adds an entity's name keys to ``nameIndex``.
  mutating func indexName(_ entity: Int, form: String) {
    nameIndex[form, default: []].append(entity)
    let words = records[entity].nameWords
    guard let first = words.first, let last = words.last else { return }
    if words.count >= 2 {
      nameIndex["\u{1}" + first + " " + last, default: []].append(entity)
      nameIndex["\u{2}" + last, default: []].append(entity)
      nameIndex["\u{3}" + first, default: []].append(entity)
      nameIndex["\u{4}" + records[entity].initials, default: []].append(entity)
    }
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
      let last = records[entity].lastToken
      let score = rank * 1_000_000 + (last <= position ? last : 0)
      if score > bestRank {
        bestRank = score
        best = entity
      }
    }
    func personLike(_ entity: Int) -> Bool {
      records[entity].organizationScore <= records[entity].personScore
        && records[entity].placeScore <= records[entity].personScore
    }
    for entity in nameIndex[joined] ?? [] where records[entity].formKeys.contains(joined) {
      consider(entity, rank: 4)
    }
    guard let first = keys.first, let last = keys.last else { return best }
    if keys.count >= 2 {
      for entity in nameIndex["\u{1}" + first + " " + last] ?? []
      where records[entity].nameWords.first == first && records[entity].nameWords.last == last {
        consider(entity, rank: 3)
      }
      return best
    }
    for entity in nameIndex["\u{2}" + first] ?? [] where records[entity].nameWords.last == first && personLike(entity) {
      consider(entity, rank: 3)
    }
    if EntityLexicon.classOf(WordKey.of(first)).contains(.firstName) && nameIndex["\u{2}" + first] == nil {
      for entity in nameIndex["\u{3}" + first] ?? []
      where records[entity].nameWords.first == first && personLike(entity) && records[entity].nameWords.count >= 2 {
        consider(entity, rank: 2)
      }
    }
    if allCaps && first.count >= 2 {
      for entity in nameIndex["\u{4}" + first] ?? []
      where records[entity].nameWords.count >= 2 && records[entity].initials == first {
        consider(entity, rank: 2)
      }
    }
    return best
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
    let name = nameWords.joined(separator: " ")
    let evidence = typeEvidence(candidate, nameWords: nameWords)
    let gender = genderEvidence(candidate, keys: nameWords.map { $0.lowercased() })
    var honorificForm: String?
    if let honorific = candidate.honorific, candidate.prefix == nil || candidate.prefix == honorific...honorific {
      honorificForm = word(honorific) + " " + name
    }
    // Changed in place: a copy of the record would copy its arrays.
    var changed = false
    if nameWords.count > records[entity].nameWords.count && records[entity].isNamed {
      records[entity].nameWords = nameWords.map { $0.lowercased() }
      records[entity].displayName = name
      changed = true
    }
    if records[entity].addForm(name) { changed = true }
    if let honorificForm { records[entity].addForm(honorificForm) }
    records[entity].nameMentions += 1
    records[entity].lastToken = max(records[entity].lastToken, candidate.tokens.upperBound)
    records[entity].note(gender: gender)
    records[entity].personScore += evidence.person
    records[entity].organizationScore += evidence.organization
    records[entity].placeScore += evidence.place
    if let country = evidence.country { records[entity].countries.insert(country) }
    if changed { indexName(entity, form: name.lowercased()) }
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

  struct TypeEvidence {
    var person = 0.0
    var organization = 0.0
    var place = 0.0
    var country: String?
  }

  func typeEvidence(_ candidate: MentionCandidate, nameWords: [String]) -> TypeEvidence {
    var evidence = TypeEvidence()
    let first = candidate.nameTokens.lowerBound
    let last = candidate.nameTokens.upperBound
    let wholeKey = phraseKey(candidate.nameTokens)
    let whole = EntityLexicon.classOf(wholeKey)
    let firstClasses = facts[first].classes
    let lastClasses = facts[last].classes
    if candidate.honorific != nil || candidate.prefix != nil { evidence.person += 3 }
    if whole.contains(.organization) { evidence.organization += 4 }
    if whole.contains(.place) { evidence.place += 4 }
    if nameWords.count >= 2 {
      if lastClasses.contains(.orgKeyword) {
        evidence.organization += 3
      } else if candidate.nameTokens.contains(where: { facts[$0].classes.contains(.orgKeyword) }) {
        evidence.organization += 2
      }
      if firstClasses.contains(.organization) { evidence.organization += 2 }
      if firstClasses.contains(.firstName) && !lastClasses.contains(.orgKeyword) { evidence.person += 2 }
      let plain = candidate.nameTokens.allSatisfy {
        !facts[$0].isWord || facts[$0].classes.isDisjoint(with: [.organization, .place, .orgKeyword, .nationality])
      }
      if plain && nameWords.count <= 3 { evidence.person += 0.5 }
    } else {
      if firstClasses.contains(.firstName) && !whole.contains(.place) { evidence.person += 1 }
      if facts[first].allCaps && whole.isDisjoint(with: [.place, .organization]) { evidence.organization += 0.5 }
    }
    if candidate.saidSubject { evidence.person += 1 }
    if candidate.placeContext && candidate.honorific == nil { evidence.place += 1 }
    evidence.country = EntityLexicon.affiliations[wholeKey]
    return evidence
  }
}
