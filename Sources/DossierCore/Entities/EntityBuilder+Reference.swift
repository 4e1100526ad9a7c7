/// A person or organisation mention already seen, for salience.
struct SalienceEntry {
  var entity: Int
  var sentence: Int
  /// The mention's last token.
  var token: Int
  /// The first entity mention of its sentence: a likely subject.
  var isFirstInSentence: Bool
  var saidSubject: Bool
  var inQuote: Bool
  var isName: Bool
}

extension EntityBuilder {
  /// Resolves descriptors and pronouns in text order, after names are linked.
  mutating func resolveReferences() {
    let order = candidates.indices.sorted {
      (candidates[$0].tokens.lowerBound, $0) < (candidates[$1].tokens.lowerBound, $1)
    }
    var history: [SalienceEntry] = []
    history.reserveCapacity(candidates.count)
    var sentenceWithMention = -1
    // Holders and salience count only what came before.
    for entity in records.indices { records[entity].lastToken = -1 }
    for index in order {
      let candidate = candidates[index]
      switch candidate.kind {
      case .name:
        guard let entity = entityOf[index] else { continue }
        if let prefix = candidate.prefix {
          let role = rolePhrase(prefix)
          if role.head != nil { records[entity].addDescriptor(descriptorText(prefix), role: role) }
        }
      case .descriptor:
        resolveDescriptor(index, history: history)
      case .pronoun:
        resolvePronoun(index, history: history)
      }
      guard let entity = entityOf[index] else { continue }
      records[entity].lastToken = max(records[entity].lastToken, candidate.tokens.upperBound)
      let first = sentenceWithMention != candidate.sentence
      sentenceWithMention = candidate.sentence
      history.append(
        SalienceEntry(
          entity: entity, sentence: candidate.sentence, token: candidate.tokens.upperBound,
          isFirstInSentence: first, saidSubject: candidate.saidSubject, inQuote: candidate.inQuote,
          isName: candidate.kind == .name))
    }
  }

  func rolePhrase(_ range: ClosedRange<Int>) -> RolePhrase {
    RolePhrase(tokens: range, facts: facts, tokens: tokens, bytes: bytes)
  }

  /// A descriptor as stored on an entity: no leading determiner, and a
  /// sentence-initial capital lowered (`Former` → `former`).
  func descriptorText(_ range: ClosedRange<Int>) -> String {
    var start = range.lowerBound
    while start < range.upperBound && facts[start].classes.contains(.determiner) && !facts[start].capitalized
      || (start < range.upperBound && facts[start].classes.contains(.determiner) && facts[start].sentenceInitial)
    {
      start += 1
    }
    let slice = bytes[Int(tokens[start].range.start)..<Int(textRange(range).end)]
    var text = String(decoding: UnsafeBufferPointer(rebasing: slice), as: UTF8.self)
    // A sentence-initial `Former` is `former`.
    // The first byte first: most descriptors start with none of them.
    guard let first = text.utf8.first, Self.capitalPrefixFirstBytes.contains(first) else { return text }
    for word in Self.capitalPrefixes where text.utf8.first == word.utf8.first && text.hasPrefix(word) {
      text = word.lowercased() + text.dropFirst(word.count)
    }
    return text
  }

  /// Capitalised time words that ``descriptorText(_:)`` lowers.
  static let capitalPrefixes = ["Former ", "Then-", "Ex-", "Late ", "Acting ", "Outgoing ", "Longtime "]
  /// Their first bytes: a descriptor that starts with none needs no test.
  static let capitalPrefixFirstBytes: [UInt8] = capitalPrefixes.compactMap(\.utf8.first)

  /// The most records with roles a descriptor looks through for the
  /// holder of its role.
  static let holdersScanned = 256

  mutating func resolveDescriptor(_ index: Int, history: [SalienceEntry], asSpeaker: Bool = false) {
    let candidate = candidates[index]
    if let collective = candidate.collective {
      resolveCollective(index, type: collective, asSpeaker: asSpeaker)
      return
    }
    var phrase = rolePhrase(candidate.tokens)
    guard phrase.head != nil else { return }
    // The possessor, then the related name: no array of the two per descriptor.
    for slot in 0..<2 {
      guard let other = slot == 0 ? candidate.possessor : candidate.relatedName, let owner = entityOf[other],
        isPersonLike(owner)
      else { continue }
      phrase.affiliations.insert("@\(owner)")
      phrase.affiliations.formUnion(records[owner].countries)
    }
    // A constant from here: the closures below capture it without a box.
    let role = phrase
    let text = descriptorText(candidate.tokens)
    func assign(_ entity: Int, _ confidence: Double) {
      entityOf[index] = entity
      confidenceOf[index] = confidence
      records[entity].addDescriptor(text, role: role)
      records[entity].note(gender: role.gender)
    }
    if let apposition = candidate.apposition, let entity = entityOf[apposition] {
      assign(entity, 0.9)
      return
    }
    if !candidate.indefinite && !role.isPlural {
      // The holder of the same role, met earlier: one whose country agrees
      // explicitly before one whose country is unknown, then the latest.
      // The latest records first, as far as ``holdersScanned`` with roles:
      // a long document's thousands would make every descriptor slow.
      // Ties go to the earliest record.
      var holder: Int?
      var holderRank = (0, -1)
      var scanned = 0
      let countries = role.affiliations.filter { !$0.hasPrefix("@") }
      for entity in records.indices.reversed() where !records[entity].roles.isEmpty && !records[entity].isGroup {
        scanned += 1
        if scanned > Self.holdersScanned { break }
        guard records[entity].lastToken < candidate.tokens.lowerBound, agrees(entity, with: role.gender),
          records[entity].roles.contains(where: { role.canReferTo($0) })
        else { continue }
        let entityCountries = records[entity].countries
        if !countries.isEmpty && !entityCountries.isEmpty && countries.isDisjoint(with: entityCountries) { continue }
        let agreement = !countries.isEmpty && !countries.isDisjoint(with: entityCountries) ? 2 : 1
        let rank = (agreement, records[entity].lastToken)
        if rank >= holderRank {
          holderRank = rank
          holder = entity
        }
      }
      if let holder, !isBound(holder, before: candidate.tokens.lowerBound, history: history) {
        assign(holder, records[holder].isNamed ? 0.8 : 0.9)
        return
      }
      // `the former prime minister`, `the Ukrainian leader`: the most
      // salient person whose roles do not conflict.
      if role.isLeader,
        let (entity, confidence) = salient(
          before: candidate, history: history, gender: nil, object: true,
          accept: { entity in
            let record = records[entity]
            return record.isNamed
              && record.roles.allSatisfy { other in
                // Another role (`energy minister`) rules a person out.
                other.head == nil
                  || (other.isLeader && (role.isFormer || !other.isFormer || role.head == "politician")
                    && (other.head == role.head || role.head == "leader" || role.head == "politician"
                      || role.head == "incumbent")
                    && role.affiliationsAgree(with: other))
              }
              && (role.affiliations.isEmpty || record.countries.isEmpty
                || !role.affiliations.isDisjoint(with: record.countries))
          })
      {
        assign(entity, min(confidence, 0.6))
        return
      }
    }
    // An unnamed person (or group): `Mr Sunak's official spokesman`. An
    // indefinite one (`a strong supporter`) only as a speaker.
    if candidate.indefinite && !candidate.saidSubject && !asSpeaker { return }
    // `Kyiv's best ally`: a place's or institution's role, not a speaker, is
    // no entity of its own.
    if let possessor = candidate.possessor, let owner = entityOf[possessor], !isPersonLike(owner),
      !candidate.saidSubject && !asSpeaker
    {
      return
    }
    records.append(EntityRecord(displayName: text))
    records[records.count - 1].isGroup = role.isPlural
    assign(records.count - 1, 1)
  }

  /// `the agency said`: the latest organisation whose name has the head
  /// word (`Environmental Protection Agency`), or an unnamed institution (or
  /// text) of its own.
  mutating func resolveCollective(_ index: Int, type: EntityType, asSpeaker: Bool) {
    let candidate = candidates[index]
    let head = word(candidate.nameTokens.lowerBound).lowercased()
    let headKey = facts[candidate.nameTokens.lowerBound].key
    var found: Int?
    if type == .organization {
      for entity in records.indices
      where records[entity].isNamed && entityType(entity) == .organization
        && records[entity].lastToken < candidate.tokens.lowerBound && records[entity].nameKeys.contains(headKey)
      {
        if found == nil || records[found!].lastToken < records[entity].lastToken { found = entity }
      }
    }
    let text = descriptorText(candidate.tokens)
    if let found {
      entityOf[index] = found
      confidenceOf[index] = 0.7
      records[found].addDescriptor(text, role: RolePhrase())
      return
    }
    // The same unnamed institution said more: `the agency` again.
    for entity in records.indices.reversed()
    where !records[entity].isNamed && records[entity].unnamedType == type
      && records[entity].displayName.lowercased().hasSuffix(head)
    {
      entityOf[index] = entity
      confidenceOf[index] = 0.8
      return
    }
    records.append(EntityRecord(displayName: text))
    records[records.count - 1].unnamedType = type
    entityOf[index] = records.count - 1
  }

  /// Whether `entity` is the subject of the clause that a pronoun or
  /// descriptor at `position` stands in as object: `Putin threatened him`.
  func isBound(_ entity: Int, before position: Int, history: [SalienceEntry]) -> Bool {
    // Only this sentence's mentions can bind.
    let sentence = facts[position].sentence
    var found: SalienceEntry?
    for entry in history.reversed() {
      if facts[entry.token].sentence != sentence { break }
      if entry.entity == entity {
        found = entry
        break
      }
    }
    guard let last = found, last.token < position else { return false }
    var index = last.token + 1
    while index < position {
      let fact = facts[index]
      if fact.classes.contains(.clauseBoundary) || tokens[index].isQuotationMark { return false }
      if tokens[index].kind == .punctuation {
        let byte = bytes[Int(tokens[index].range.start)]
        if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") || byte == 0xE2 {
          return false
        }
      }
      index += 1
    }
    return true
  }

  mutating func resolvePronoun(_ index: Int, history: [SalienceEntry]) {
    let candidate = candidates[index]
    let position = candidate.tokens.lowerBound
    let classes = facts[position].classes
    if let antecedent = candidate.antecedent {
      if let entity = entityOf[antecedent] {
        entityOf[index] = entity
        confidenceOf[index] = 0.9
      }
      return
    }
    if !classes.isDisjoint(with: [.neuter, .plural]) {
      resolveCollectivePronoun(index, plural: classes.contains(.plural), history: history)
      return
    }
    let gender: EntityRecord.Gender? = classes.contains(.male) ? .male : classes.contains(.female) ? .female : nil
    var object = classes.contains(.objectCase)
    if facts[position].key == Keys.her {
      // `her` before a noun is possessive.
      let next = position + 1
      object = next >= facts.count || !facts[next].isWord || facts[next].classes.contains(.functionWord)
    }
    if classes.contains(.reflexive) {
      // `Mr Merev ended the call himself`: the nearest person of the sentence.
      for entry in history.reversed() where entry.sentence == candidate.sentence {
        let entity = entry.entity
        if isPersonLike(entity) && !records[entity].isGroup && agrees(entity, with: gender) {
          entityOf[index] = entity
          confidenceOf[index] = 0.8
          return
        }
      }
    }
    if let (entity, confidence) = cataphor(of: candidate, gender: gender)
      ?? salient(before: candidate, history: history, gender: gender, object: object, accept: { _ in true })
    {
      entityOf[index] = entity
      confidenceOf[index] = confidence
      records[entity].note(gender: gender)
    }
  }

  /// `it said`, `they said`: the latest organisation (or, for `they`, group
  /// of people) in this or the previous two sentences.
  mutating func resolveCollectivePronoun(_ index: Int, plural: Bool, history: [SalienceEntry]) {
    let candidate = candidates[index]
    for entry in history.reversed() {
      if candidate.sentence - entry.sentence > 2 { break }
      if entityType(entry.entity) == .organization || (plural && records[entry.entity].isGroup) {
        entityOf[index] = entry.entity
        confidenceOf[index] = 0.5
        return
      }
    }
  }

  /// `As he left, Gen. Valery Gerasimov said …`: a subject pronoun in an
  /// opening subordinate clause refers to the main clause's subject.
  func cataphor(of candidate: MentionCandidate, gender: EntityRecord.Gender?) -> (Int, Double)? {
    let position = candidate.tokens.lowerBound
    let range = sentenceTokens[candidate.sentence]
    guard let first = range.first(where: { facts[$0].isWord }), first < position,
      facts[first].classes.contains(.subordinator), first + 1 == position || first + 2 >= position
    else { return nil }
    guard
      let comma = (position..<range.upperBound).first(where: {
        tokens[$0].kind == .punctuation && bytes[Int(tokens[$0].range.start)] == UInt8(ascii: ",")
      })
    else { return nil }
    for (index, other) in candidates.enumerated()
    where other.sentence == candidate.sentence && other.tokens.lowerBound > comma && other.kind != .pronoun {
      guard let entity = entityOf[index] ?? other.apposition.flatMap({ entityOf[$0] }) else { continue }
      if isPersonLike(entity) && agrees(entity, with: gender) { return (entity, 0.7) }
      return nil
    }
    return nil
  }

  /// The most salient person before `candidate` that agrees with `gender`
  /// and passes `accept`: recent sentences first, subjects and speakers
  /// over others, names over descriptors, a mention inside quotation marks
  /// discounted for a pronoun outside them.
  func salient(
    before candidate: MentionCandidate, history: [SalienceEntry], gender: EntityRecord.Gender?, object: Bool,
    accept: (Int) -> Bool
  ) -> (Int, Double)? {
    // Entity → best score, in a small array: few entities are in reach.
    var scores: [(entity: Int, score: Double)] = []
    for entry in history.reversed() {
      let distance = candidate.sentence - entry.sentence
      // Beyond three sentences only when nothing nearer agrees.
      if distance > 3 && !scores.isEmpty { break }
      if distance > 8 { break }
      let entity = entry.entity
      let eligible = isPersonLike(entity) && !records[entity].isGroup && agrees(entity, with: gender)
      let entityGender = records[entity].gender
      guard eligible, accept(entity) else { continue }
      if object && distance == 0 && isBound(entry.entity, before: candidate.tokens.lowerBound, history: history) {
        continue
      }
      var score = distance > 3 ? 1.5 - 0.1 * Double(distance) : 10 - 3 * Double(distance)
      if entry.isFirstInSentence { score += 2 }
      if entry.saidSubject { score += 1.5 }
      if entry.isName { score += 1 }
      if entry.inQuote && !candidate.inQuote { score -= 3 }
      if gender != nil && entityGender == gender { score += 0.5 }
      if let slot = scores.firstIndex(where: { $0.entity == entity }) {
        scores[slot].score = max(scores[slot].score, score)
      } else {
        scores.append((entity, score))
      }
    }
    // The best by score, then the lower entity; the margin to the runner-up.
    guard !scores.isEmpty else { return nil }
    var best = 0
    for slot in scores.indices.dropFirst() {
      let (entity, score) = scores[slot]
      if score > scores[best].score || (score == scores[best].score && entity < scores[best].entity) { best = slot }
    }
    guard scores[best].score > 0 else { return nil }
    var margin = 10.0
    if scores.count > 1 {
      var second = -Double.infinity
      for slot in scores.indices where slot != best { second = max(second, scores[slot].score) }
      margin = scores[best].score - second
    }
    return (scores[best].entity, min(0.9, 0.5 + margin / 10))
  }
}
