/// Finds the possible mentions of a document by form and context:
/// capitalised sequences split into role prefix, honorific and name; role
/// phrases with their determiner or possessor; pronouns; and the appositions
/// that tie a role phrase to a name.
///
/// One pass over each sentence's tokens, plus a pass over the candidates.
struct CandidateFinder {
  let facts: [TokenFacts.Fact]
  let sentenceTokens: [Range<Int>]
  let tokens: [Token]
  /// The document's UTF-8 bytes, valid while the finder is used.
  let bytes: UnsafeBufferPointer<UInt8>
  var candidates: [MentionCandidate] = []
  /// ``EntityLexicon/table`` and ``EntityLexicon/phraseStarts``, read once:
  /// a static's lazy-initialisation check costs in the per-word tests.
  let lexicon = EntityLexicon.table
  let phraseStarts = EntityLexicon.phraseStarts

  init(document: Document, facts: TokenFacts, bytes: UnsafeBufferPointer<UInt8>) {
    self.facts = facts.facts
    self.sentenceTokens = facts.sentenceTokens
    self.tokens = document.tokens
    self.bytes = bytes
  }

  mutating func find() -> [MentionCandidate] {
    // About one candidate in ten tokens: grown rarely, not copied often.
    candidates.reserveCapacity(tokens.count / 8 + 16)
    for (sentence, range) in sentenceTokens.enumerated() where !range.isEmpty {
      scan(sentence: sentence, range: range)
    }
    // Drop absorbed candidates and renumber the references between them,
    // in place: a second array would copy every candidate.
    if candidates.contains(where: \.absorbed) {
      var newIndex = [Int?](repeating: nil, count: candidates.count)
      var kept = 0
      for index in candidates.indices where !candidates[index].absorbed {
        newIndex[index] = kept
        if kept != index { candidates.swapAt(kept, index) }
        kept += 1
      }
      candidates.removeLast(candidates.count - kept)
      for index in candidates.indices {
        candidates[index].possessor = candidates[index].possessor.flatMap { newIndex[$0] }
        candidates[index].acronymOf = candidates[index].acronymOf.flatMap { newIndex[$0] }
        candidates[index].antecedent = candidates[index].antecedent.flatMap { newIndex[$0] }
      }
    }
    linkAppositions()
    return candidates
  }

  // MARK: Token tests

  /// The single ASCII byte of a one-byte punctuation token, or 0.
  func mark(_ index: Int) -> UInt8 {
    guard index >= 0, index < tokens.count else { return 0 }
    let token = tokens[index]
    guard token.kind == .punctuation else { return 0 }
    return bytes[Int(token.range.start)]
  }

  func isDash(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .punctuation else { return false }
    let first = bytes[Int(tokens[index].range.start)]
    return first == 0xE2 || first == UInt8(ascii: "-")
  }

  func isNameToken(_ index: Int) -> Bool {
    let fact = facts[index]
    guard fact.isWord, fact.capitalized || fact.allCaps else { return false }
    return fact.classes.isDisjoint(with: [.functionWord, .calendar, .pronoun])
  }

  func has(_ index: Int, _ wordClass: WordClass) -> Bool {
    index >= 0 && index < facts.count && facts[index].classes.contains(wordClass)
  }

  func isWord(_ index: Int, _ key: UInt64) -> Bool {
    index >= 0 && index < facts.count && facts[index].isWord && facts[index].key == key
  }

  /// The lexicon classes of the phrase of tokens `range` (words joined by
  /// single spaces).
  func phraseClasses(_ range: ClosedRange<Int>) -> WordClass {
    let lower = range.lowerBound
    guard facts[lower].isWord else { return [] }
    // One word: its key is the phrase's. Several: only a known first word
    // can start a listed phrase.
    if range.count == 1 { return WordClass(rawValue: lexicon.value(facts[lower].key)) }
    guard phraseStarts.value(facts[lower].key) != 0 else { return [] }
    var hash = WordKey.empty
    var first = true
    for index in range {
      guard facts[index].isWord else { return [] }
      let token = tokens[index]
      let end = Int(facts[index].stemEnd)
      if first {
        hash = WordKey.of(bytes, Int(token.range.start), end)
        first = false
      } else {
        hash = WordKey.extend(hash, bytes, Int(token.range.start), end)
      }
    }
    return WordClass(rawValue: lexicon.value(hash))
  }

  /// The end of a role phrase of up to three words that starts at `index`,
  /// or nil.
  func roleEnd(startingAt index: Int, limit: Int) -> Int? {
    // A phrase of two or three words needs a word that starts a listed
    // phrase: looked up once here, not by each length.
    let startsPhrase = index + 2 <= limit && facts[index].isWord && phraseStarts.value(facts[index].key) != 0
    for length in stride(from: 3, through: 2, by: -1) where startsPhrase && index + length <= limit {
      let classes = phraseClasses(index...(index + length - 1))
      if !classes.isDisjoint(with: [.roleHead, .honorific]) { return index + length - 1 }
    }
    return has(index, .roleHead) || has(index, .honorific) ? index : nil
  }

  // MARK: Sentences

  mutating func scan(sentence: Int, range: Range<Int>) {
    let headline = isHeadline(range)
    var index = range.lowerBound
    while index < range.upperBound {
      let fact = facts[index]
      if isNameToken(index) {
        let end = extendSequence(from: index, limit: range.upperBound)
        if headline {
          addHeadlineNames(index...end, sentence: sentence)
        } else {
          handleSequence(index...end, sentence: sentence, range: range, headline: false)
        }
        index = end + 1
        continue
      }
      if fact.isWord && !fact.capitalized && fact.classes.contains(.roleHead),
        let end = addDescriptor(head: index, sentence: sentence, range: range)
      {
        index = end + 1
        continue
      }
      // A text (`the statement`) is no entity: the quote keeps it as the
      // speaker mention with no entity.
      if fact.isWord && !fact.capitalized && fact.classes.contains(.institutionNoun)
        && !fact.classes.contains(.roleHead),
        let end = addDescriptor(head: index, sentence: sentence, range: range, collective: .organization)
      {
        index = end + 1
        continue
      }
      if fact.isWord && fact.classes.contains(.relative) && !fact.capitalized, let antecedent = antecedent(of: index) {
        var candidate = MentionCandidate(
          kind: .pronoun, tokens: index...index, sentence: sentence, inQuote: fact.inQuote)
        candidate.antecedent = antecedent
        candidate.saidSubject = isSaidSubject(index...index, possessive: false, limit: range.upperBound)
        candidates.append(candidate)
      } else if fact.isWord && fact.classes.contains(.pronoun) && !fact.allCaps {
        var candidate = MentionCandidate(
          kind: .pronoun, tokens: index...index, sentence: sentence, inQuote: fact.inQuote)
        candidate.saidSubject = isSaidSubject(index...index, possessive: false, limit: range.upperBound)
        // `he`, `she` always; `it` and `they` only as speakers.
        if !fact.classes.isDisjoint(with: [.male, .female])
          || (!fact.classes.isDisjoint(with: [.neuter, .plural]) && candidate.saidSubject
            && !fact.classes.contains(.reflexive) && !fact.classes.contains(.objectCase))
        {
          candidates.append(candidate)
        }
      }
      index += 1
    }
  }

  /// The candidate a relative pronoun at `index` follows: `Peskov, who` or
  /// `officials who`.
  func antecedent(of index: Int) -> Int? {
    guard let last = candidates.indices.last, !candidates[last].absorbed, candidates[last].kind != .pronoun else {
      return nil
    }
    let end = candidates[last].tokens.upperBound
    if end == index - 1 || (end == index - 2 && mark(index - 1) == UInt8(ascii: ",")) { return last }
    return nil
  }

  /// A title-case or all-caps line: its capitals tell nothing. Told by a
  /// capitalised function word inside it (`Stealth Over Health`) or by
  /// every word being in capitals.
  func isHeadline(_ range: Range<Int>) -> Bool {
    var capitalized = 0
    var lower = 0
    var allCaps = 0
    var words = 0
    var capitalFunctionWord = false
    var shortLower = 0
    let limit = range.count
    for index in range where facts[index].isWord {
      // Neither test can pass any more: a lowercase content word is in, and
      // too many words are not in capitals for an all-caps line.
      if lower > 0 && (words - allCaps) * 10 > 3 * limit { return false }
      words += 1
      if facts[index].allCaps { allCaps += 1 }
      if facts[index].capitalized && !facts[index].sentenceInitial && facts[index].classes.contains(.functionWord)
        && !facts[index].classes.contains(.calendar)
      {
        capitalFunctionWord = true
      }
      let token = tokens[index]
      guard !facts[index].classes.contains(.functionWord) else { continue }
      if !facts[index].capitalized { shortLower += 1 }
      guard token.range.length >= 4 else { continue }
      if facts[index].capitalized { capitalized += 1 } else { lower += 1 }
    }
    if words >= 4 && allCaps * 10 >= words * 7 { return true }
    // The first line of an article is its headline when in title case.
    let isFirst = range.lowerBound == 0 || tokens[range.lowerBound].range.start == tokens[0].range.start
    return lower == 0 && capitalized >= 3 && (capitalFunctionWord || (isFirst && shortLower == 0))
  }

  /// The last token of the capitalised sequence that starts at `start`.
  func extendSequence(from start: Int, limit: Int) -> Int {
    var end = start
    while end + 1 < limit {
      if facts[end].possessive { break }
      let next = end + 1
      if isNameToken(next) && !tokens[next].flags.contains(.lineStart) {
        end = next
        continue
      }
      if facts[next].isWord && !facts[next].capitalized && facts[next].classes.contains(.nameConnector) {
        let key = facts[next].key
        if key == Keys.of {
          // `Ministry of Defence`, `Bank of the Congo`.
          guard has(end, .takesOf) || has(end, .orgKeyword) else { break }
          var after = next + 1
          if isWord(after, Keys.the) { after += 1 }
          if after < limit && isNameToken(after) {
            end = after
            continue
          }
          break
        }
        if key == Keys.for || key == Keys.on {
          guard has(end, .orgKeyword), next + 1 < limit, isNameToken(next + 1) else { break }
          end = next + 1
          continue
        }
        if key == Keys.and || key == Keys.the { break }
        if next + 1 < limit && isNameToken(next + 1) {
          end = next + 1
          continue
        }
        break
      }
      // `Mr. (Boris) Johnson`.
      if mark(next) == UInt8(ascii: "("), next + 3 < limit, has(end, .honorific), isNameToken(next + 1),
        mark(next + 2) == UInt8(ascii: ")"), isNameToken(next + 3)
      {
        end = next + 3
        continue
      }
      break
    }
    return end
  }
}
