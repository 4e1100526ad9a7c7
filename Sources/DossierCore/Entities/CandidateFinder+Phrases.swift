extension CandidateFinder {
  /// Splits a capitalised sequence into role prefix, honorific and name,
  /// and adds it as a name (or, when it is all title, a descriptor).
  mutating func handleSequence(_ sequence: ClosedRange<Int>, sentence: Int, range: Range<Int>, headline: Bool) {
    var lastRole: Int?
    let whole = phraseClasses(sequence)
    if whole.isDisjoint(with: [.organization, .place]) {
      var index = sequence.lowerBound
      while index <= sequence.upperBound {
        // `Charles King`, `Carole Queen`: a role word after a first name is
        // a surname.
        if index > sequence.lowerBound, has(index - 1, .firstName),
          facts[index - 1].classes.isDisjoint(with: [.roleHead, .honorific])
        {
          index += 1
        } else if let end = roleEnd(startingAt: index, limit: sequence.upperBound + 1) {
          // A role word that is really a name part (`General Motors`) is
          // caught by the organisation list; a role must not be followed by
          // a connector.
          lastRole = end
          index = end + 1
        } else {
          index += 1
        }
      }
    }
    if let lastRole, lastRole == sequence.upperBound {
      // All title: `the Prime Minister`, `President`.
      _ = addDescriptor(head: lastRole, sentence: sentence, range: range, titleStart: sequence.lowerBound)
      return
    }
    var nameStart = lastRole.map { $0 + 1 } ?? sequence.lowerBound
    // `Hold Melania Trump …`: a capitalised sentence-initial word before a
    // first name and surname is no part of the name.
    if lastRole == nil, facts[nameStart].sentenceInitial, sequence.upperBound - nameStart >= 2,
      facts[nameStart].classes.isEmpty, has(nameStart + 1, .firstName)
    {
      nameStart += 1
    }
    let nameTokens = nameStart...sequence.upperBound
    var candidate = MentionCandidate(
      kind: .name, tokens: nameTokens, sentence: sentence, inQuote: facts[nameStart].inQuote)
    candidate.nameTokens = nameTokens
    if let lastRole {
      candidate.honorific = has(lastRole, .honorific) ? lastRole : nil
      // Only a role (not a bare `Mr`) takes modifiers before it.
      let isRole = phraseClasses(sequence.lowerBound...lastRole).contains(.roleHead) || has(lastRole, .roleHead)
      let start = isRole ? backExtend(before: sequence.lowerBound, floor: range.lowerBound) : sequence.lowerBound
      candidate.prefix = start...lastRole
      if lastRole == sequence.lowerBound && start == sequence.lowerBound && has(lastRole, .honorific)
        && !has(lastRole, .roleHead) && !has(lastRole, .leaderRole)
      {
        // A bare honorific (`Mr`) is no role.
        candidate.prefix = nil
      }
    } else if nameStart - 1 >= range.lowerBound, facts[nameStart - 1].isWord,
      !facts[nameStart - 1].capitalized, roleEndingAt(nameStart - 1) != nil
    {
      // `Kremlin spokesman Dmitry Peskov`, `longtime Democratic pollster Pat Caddell`.
      let start = backExtend(before: nameStart - 1, floor: range.lowerBound)
      candidate.prefix = start...(nameStart - 1)
    }
    let mentionStart = candidate.prefix?.lowerBound ?? candidate.honorific ?? nameStart
    candidate.tokens = mentionStart...sequence.upperBound
    absorb(from: mentionStart)
    candidate.possessive = facts[sequence.upperBound].possessive
    candidate.sentenceInitial =
      facts[mentionStart].sentenceInitial && candidate.prefix == nil && candidate.honorific == nil
    candidate.headline = headline
    candidate.saidSubject = isSaidSubject(candidate.tokens, possessive: candidate.possessive, limit: range.upperBound)
    candidate.placeContext = isPlaceContext(before: mentionStart, floor: range.lowerBound)
    // `North Atlantic Treaty Organization (NATO)`.
    if nameTokens.count == 1, facts[nameStart].allCaps, mark(nameStart - 1) == UInt8(ascii: "("),
      mark(nameStart + 1) == UInt8(ascii: ")"),
      let previous = candidates.indices.last, candidates[previous].kind == .name,
      candidates[previous].tokens.upperBound == nameStart - 2
    {
      candidate.acronymOf = previous
    }
    candidates.append(candidate)
  }

  /// In a title-case headline every word is capitalised: each word is a
  /// possible name on its own, and a first name with the next word a full
  /// name (`Hillary Clinton Speaks …`).
  mutating func addHeadlineNames(_ sequence: ClosedRange<Int>, sentence: Int) {
    var index = sequence.lowerBound
    while index <= sequence.upperBound {
      let classes = facts[index].classes
      guard facts[index].isWord, classes.isDisjoint(with: [.honorific, .roleHead, .nameConnector]) else {
        index += 1
        continue
      }
      var end = index
      if classes.contains(.firstName) && index + 1 <= sequence.upperBound && isNameToken(index + 1)
        && facts[index + 1].classes.isDisjoint(with: [.functionWord, .reportingVerb, .roleHead])
        && !facts[index].possessive
      {
        end = index + 1
      }
      var candidate = MentionCandidate(
        kind: .name, tokens: index...end, sentence: sentence, inQuote: facts[index].inQuote)
      candidate.headline = true
      candidate.possessive = facts[end].possessive
      candidates.append(candidate)
      index = end + 1
    }
  }

  /// The first token of a role phrase whose role word ends at `index`.
  func roleEndingAt(_ index: Int) -> Int? {
    guard index >= 0 else { return nil }
    if has(index, .roleHead) { return index }
    return nil
  }

  /// The first token of the modifiers before `index` that belong to a role
  /// phrase: role words, modifiers, nationality words, capitalised words.
  func backExtend(before index: Int, floor: Int) -> Int {
    var usedPlainNoun = false
    var start = index
    var steps = 0
    while start - 1 >= floor && steps < 6 {
      let previous = start - 1
      let fact = facts[previous]
      guard fact.isWord, !fact.possessive else { break }
      let classes = fact.classes
      if !classes.isDisjoint(with: [.roleModifier, .nationality, .roleHead]) && !classes.contains(.determiner) {
        start = previous
      } else if fact.capitalized && classes.isDisjoint(with: [.functionWord, .calendar, .pronoun]) {
        start = previous
      } else if isTimePrefixed(previous) {
        start = previous
      } else if !usedPlainNoun && !facts[start].capitalized && (has(start, .roleHead) || facts[start].possessive)
        && isPlainNoun(previous) && opensNounPhrase(before: previous, floor: floor)
      {
        // One plain noun: `harbour official`, `port authority’s spokesman`.
        usedPlainNoun = true
        start = previous
      } else {
        break
      }
      steps += 1
    }
    return start
  }

  /// A lowercase word that can modify a role noun: no function word, verb
  /// form or adverb.
  func isPlainNoun(_ index: Int) -> Bool {
    let fact = facts[index]
    guard fact.isWord, !fact.capitalized,
      fact.classes.isSubset(of: [.orgKeyword, .takesOf, .documentHead, .institutionNoun]),
      tokens[index].range.length >= 3
    else { return false }
    let end = Int(fact.stemEnd)
    let last2 = (bytes[end - 2], bytes[end - 1])
    let last3 = (bytes[end - 3], bytes[end - 2], bytes[end - 1])
    if last2 == (UInt8(ascii: "l"), UInt8(ascii: "y")) || last2 == (UInt8(ascii: "e"), UInt8(ascii: "d")) {
      return false
    }
    if last3 == (UInt8(ascii: "i"), UInt8(ascii: "n"), UInt8(ascii: "g")) { return false }
    return true
  }

  func isPreposition(_ index: Int) -> Bool {
    guard index >= 0, index < facts.count, facts[index].isWord, !facts[index].capitalized else { return false }
    let key = facts[index].key
    return Self.prepositions.contains(key)
  }

  static let prepositions = KeySet(
    [
      "with", "to", "from", "of", "for", "by", "about", "among", "between", "against", "on", "in", "at", "into",
      "over", "under", "across", "toward", "towards", "than", "like", "upon", "onto", "amid", "behind",
    ].map { WordKey.of($0) })

  /// Whether a noun phrase can start right after `index - 1`: at the
  /// sentence start, after punctuation, a determiner, a capitalised word or a
  /// modifier; not after a verb or preposition (`to encourage investors`).
  func opensNounPhrase(before index: Int, floor: Int) -> Bool {
    let previous = index - 1
    guard previous >= floor else { return true }
    let fact = facts[previous]
    guard fact.isWord else { return true }
    if fact.capitalized || fact.possessive { return true }
    return !fact.classes.isDisjoint(with: [.determiner, .roleModifier, .nationality])
  }

  /// `then-prime`, `ex-president`.
  func isTimePrefixed(_ index: Int) -> Bool {
    let token = tokens[index]
    let start = Int(token.range.start)
    let length = Int(token.range.length)
    // Compared byte by byte with `| 0x20`, as ASCII letters fold (`-` stays).
    @inline(__always)
    func hasPrefix(_ prefix: StaticString) -> Bool {
      let count = prefix.utf8CodeUnitCount
      guard length > count else { return false }
      let utf8 = prefix.utf8Start
      for offset in 0..<count where bytes[start + offset] | 0x20 != utf8[offset] { return false }
      return true
    }
    return hasPrefix("then-") || hasPrefix("ex-") || hasPrefix("former-")
  }

  /// Drops earlier candidates that a role prefix starting at `start` took in.
  mutating func absorb(from start: Int, keeping kept: Int? = nil) {
    var index = candidates.count - 1
    while index >= 0 && candidates[index].tokens.lowerBound >= start {
      if index != kept { candidates[index].absorbed = true }
      index -= 1
    }
  }

  /// `X said`, `X told`, `according to X`, `…, said X`.
  func isSaidSubject(_ mention: ClosedRange<Int>, possessive: Bool, limit: Int) -> Bool {
    if !possessive {
      var next = mention.upperBound + 1
      // `X has also said`, `X later told`.
      while next < limit && next - mention.upperBound <= 2 && has(next, .auxiliary) && !has(next, .reportingVerb) {
        next += 1
      }
      if next < limit, has(next, .reportingVerb), !isWord(next, Keys.according) { return true }
      // A transcript's `WALLACE:` at the start of a line.
      if mark(mention.upperBound + 1) == UInt8(ascii: ":") && tokens[mention.lowerBound].flags.contains(.lineStart)
        && facts[mention.upperBound].allCaps
      {
        return true
      }
    }
    let before = mention.lowerBound - 1
    var start = before
    if start >= 0 && facts[start].classes.contains(.determiner) { start -= 1 }
    if isWord(start, Keys.to) && isWord(start - 1, Keys.according) { return true }
    if start >= 0 && has(start, .reportingVerb)
      && (mark(start - 1) == UInt8(ascii: ",") || (start - 1 >= 0 && tokens[start - 1].isQuotationMark))
    {
      return true
    }
    return false
  }

  /// `in X`, `from X`, `visited X`, `travelled to X`.
  func isPlaceContext(before start: Int, floor: Int) -> Bool {
    let previous = start - 1
    guard previous >= floor, facts[previous].isWord, !facts[previous].capitalized else { return false }
    if has(previous, .placePreposition) || has(previous, .motionVerb) { return true }
    if isWord(previous, Keys.to) || isWord(previous, Keys.into) {
      return previous - 1 >= floor && has(previous - 1, .motionVerb)
    }
    return false
  }

  /// Adds the role phrase whose head is at `head` (a lowercase role word,
  /// or the end of a title-only capitalised sequence starting at
  /// `titleStart`); returns the last token it covers, or nil when the word
  /// makes no descriptor here.
  @discardableResult
  mutating func addDescriptor(
    head: Int, sentence: Int, range: Range<Int>, titleStart: Int? = nil, collective: EntityType? = nil
  ) -> Int? {
    var headEnd = head
    if titleStart == nil {
      if let end = roleEnd(startingAt: head, limit: range.upperBound), end > head { headEnd = end }
      // A noun compound: the next word is the head (`police officer`).
      if headEnd + 1 < range.upperBound && facts[headEnd + 1].isWord && !facts[headEnd + 1].capitalized
        && has(headEnd + 1, .roleHead)
      {
        return nil
      }
      // Before a name, the name's role prefix takes it.
      if headEnd + 1 < range.upperBound && isNameToken(headEnd + 1) && !has(headEnd + 1, .roleHead)
        && !facts[headEnd].possessive
      {
        return nil
      }
    }
    // `director of the CIA`, `chief of military staff`.
    if isWord(headEnd + 1, Keys.of) && headEnd + 2 < range.upperBound {
      var index = headEnd + 2
      if isWord(index, Keys.the) { index += 1 }
      var last: Int?
      var count = 0
      while index < range.upperBound && count < 4 {
        if isNameToken(index) {
          last = index
        } else if facts[index].isWord && Keys.staffWords.contains(facts[index].key) {
          last = index
        } else {
          break
        }
        index += 1
        count += 1
      }
      if let last { headEnd = last }
    }
    var start = backExtend(before: titleStart ?? head, floor: range.lowerBound)
    var candidate = MentionCandidate(
      kind: .descriptor, tokens: start...headEnd, sentence: sentence, inQuote: facts[head].inQuote)
    candidate.nameTokens = head...head
    var determined = false
    let previous = start - 1
    if previous >= range.lowerBound && facts[previous].isWord && facts[previous].classes.contains(.determiner)
      && !facts[previous].possessive
    {
      determined = true
      start = previous
      let key = facts[previous].key
      candidate.indefinite =
        key == Keys.a || key == Keys.an || key == Keys.another
        || key == Keys.one
    } else if previous >= range.lowerBound && facts[previous].possessive {
      determined = true
      if let owner = candidates.indices.last, candidates[owner].tokens.upperBound == previous {
        candidate.possessor = owner
        start = candidates[owner].tokens.lowerBound
      } else {
        start = backExtend(before: previous, floor: range.lowerBound)
        if start - 1 >= range.lowerBound && has(start - 1, .determiner) && !facts[start - 1].possessive { start -= 1 }
      }
      if start - 1 >= range.lowerBound && isWord(start - 1, Keys.the) { start -= 1 }
    }
    let modified = start < head
    candidate.tokens = start...headEnd
    candidate.saidSubject = isSaidSubject(
      candidate.tokens, possessive: facts[headEnd].possessive, limit: range.upperBound)
    // `William Burns, director of the CIA,`.
    let apposed =
      mark(start - 1) == UInt8(ascii: ",")
      && candidates.last.map { $0.kind == .name && $0.tokens.upperBound == start - 2 } == true
    guard determined || modified || candidate.saidSubject || titleStart != nil || apposed else { return nil }
    // A group (`officials`) after a preposition (`with European leaders`)
    // is no speaker.
    if has(head, .plural) && !candidate.saidSubject && !apposed && isPreposition(start - 1) { return nil }
    // An institution or a text counts only as a speaker: `the agency said`.
    if let collective {
      guard candidate.saidSubject else { return nil }
      candidate.collective = collective
    }
    // A role word in object position after a possessor-less bare noun is
    // still fine; drop candidates the phrase took in (not its possessor).
    absorb(from: start, keeping: candidate.possessor)
    candidate.possessive = facts[headEnd].possessive
    candidates.append(candidate)
    return headEnd
  }

  /// Ties each descriptor to the name it stands in apposition to:
  /// `Dmitry Peskov, the Kremlin's spokesman,` and `Russia's chief of
  /// staff, Gen. Valery Gerasimov, said`.
  mutating func linkAppositions() {
    // Token → the last name candidate that ends (starts) there, -1 for
    // none, over the tokens the names cover only: a speaker is looked up
    // in one sentence, and a table of the whole document for each would
    // make a long document's quotes quadratic.
    var base = Int.max
    var top = 0
    for candidate in candidates where candidate.kind == .name {
      base = min(base, candidate.tokens.lowerBound)
      top = max(top, candidate.tokens.upperBound + 1)
    }
    base = min(base, top)
    var endingAt = [Int32](repeating: -1, count: top - base)
    var startingAt = [Int32](repeating: -1, count: top - base)
    for (index, candidate) in candidates.enumerated() where candidate.kind == .name {
      endingAt[candidate.tokens.upperBound - base] = Int32(index)
      startingAt[candidate.tokens.lowerBound - base] = Int32(index)
    }
    func byEnd(_ token: Int) -> Int? {
      let slot = token - base
      guard slot >= 0, slot < endingAt.count, endingAt[slot] >= 0 else { return nil }
      return Int(endingAt[slot])
    }
    func byStart(_ token: Int) -> Int? {
      let slot = token - base
      guard slot >= 0, slot < startingAt.count, startingAt[slot] >= 0 else { return nil }
      return Int(startingAt[slot])
    }
    for index in candidates.indices where candidates[index].kind == .descriptor {
      let descriptor = candidates[index]
      let range = sentenceTokens[descriptor.sentence]
      let before = descriptor.tokens.lowerBound - 1
      let after = descriptor.tokens.upperBound + 1
      func closesApposition(_ position: Int) -> Bool {
        if position >= range.upperBound { return true }
        let byte = mark(position)
        return byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")
          || byte == UInt8(ascii: ";") || isDash(position) || has(position, .reportingVerb)
      }
      // `the spokesman for Mr Merev's office,`: a phrase after the role
      // up to the closing comma, with the person it names.
      var closer = after
      var related: Int?
      if isPreposition(after) {
        var position = after + 1
        while position < range.upperBound && position - after <= 8 && !closesApposition(position) {
          if let name = byStart(position), candidates[name].kind == .name, related == nil { related = name }
          position += 1
        }
        closer = position
      }
      if mark(before) == UInt8(ascii: ","), let name = byEnd(before - 1), !candidates[name].possessive,
        candidates[name].sentence == descriptor.sentence, closesApposition(closer)
      {
        candidates[index].apposition = name
        candidates[index].relatedName = closer == after ? nil : related
        continue
      }
      if mark(after) == UInt8(ascii: ","), let name = byStart(after + 1),
        candidates[name].sentence == descriptor.sentence,
        !candidates[name].possessive
      {
        let opensClause =
          before < range.lowerBound || mark(before) == UInt8(ascii: ",") || tokens[before].isQuotationMark
          || isDash(before)
        let nameEnd = candidates[name].tokens.upperBound
        let closer = mark(nameEnd + 1)
        let nameClosed =
          nameEnd + 1 >= range.upperBound || closer == UInt8(ascii: ",") || closer == UInt8(ascii: ".")
          || closer == UInt8(ascii: ")")
        if (opensClause && (nameClosed || has(nameEnd + 1, .reportingVerb)))
          || (descriptor.possessor == nil && nameClosed)
        {
          candidates[index].apposition = name
        }
      }
    }
  }
}
