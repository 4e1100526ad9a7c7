/// A quote found in a document, by token ranges, before it becomes a ``Quote``.
struct FoundQuote {
  var content: Range<Int>
  var kind: Quote.Kind
  var cue: Range<Int>?
  var speaker: Range<Int>?
  /// Index of the enclosing quote in the same list.
  var parent: Int?
  var confidence: Double
}

/// Reported speech without quotation marks, sentence by sentence: `X said
/// (that) …`, `…, X said.`, `…, said X.`, `according to X, …`, `…, saying …`.
extension QuoteScanner {
  /// Finds reported speech in every sentence, outside the token ranges that
  /// `blocked` marks (direct quotes that open a sentence or have their own
  /// attribution) and without reusing the cues in `usedCue`. Reported words
  /// never reach back across a quote that `attributed` marks; after one in
  /// `clauseSpeakers` (by closing mark), whose clause goes on, `and` with a
  /// cue continues its speaker's clause.
  func reportedSpeech(
    blocked: [Bool], attributed: [Bool], usedCue: [Bool], clauseSpeakers: [Int: Range<Int>] = [:]
  ) -> [FoundQuote] {
    var result: [FoundQuote] = []
    for sentence in sentenceTokens where sentence.count >= 3 {
      reportedSpeech(
        in: sentence, blocked: blocked, attributed: attributed, usedCue: usedCue, clauseSpeakers: clauseSpeakers,
        into: &result)
    }
    return result
  }

  private func reportedSpeech(
    in sentence: Range<Int>, blocked: [Bool], attributed: [Bool], usedCue: [Bool], clauseSpeakers: [Int: Range<Int>],
    into result: inout [FoundQuote]
  ) {
    let end = sentence.upperBound
    let firstInSentence = result.count
    var floor = sentence.lowerBound
    // The speaker of the attributed quote at `floor`, when its clause goes on.
    var floorSpeaker: Range<Int>?
    var consumedUntil = sentence.lowerBound
    // `Asked whether the minister had said anything, he …`: what the
    // question says was said is no report.
    var index = questionOpening(sentence)?.upperBound ?? sentence.lowerBound
    if let found = asSomeonePutIt(sentence, blocked: blocked) {
      result.append(found)
      consumedUntil = found.content.upperBound
      index = found.content.lowerBound
    }
    while index < end {
      let cueIndex = index
      index += 1
      if blocked[cueIndex] {
        if attributed[cueIndex] {
          floor = cueIndex + 1
          floorSpeaker = clauseSpeakers.isEmpty ? nil : clauseSpeakers[cueIndex]
        }
        continue
      }
      // Most words are neither a cue form nor `according`: one look.
      guard cueBits[cueIndex] != 0 || keys[cueIndex] == lexicon.according else { continue }
      guard keys[cueIndex] != 0, !usedCue[cueIndex] else { continue }
      // `according to X, …` and `…, according to X.`
      if keys[cueIndex] == lexicon.according, cueIndex + 1 < end, keys[cueIndex + 1] == lexicon.to {
        if let found = accordingTo(cueIndex, floor: floor, end: end, blocked: blocked) {
          wrapEarlier(found, from: firstInSentence, in: &result)
          consumedUntil = max(consumedUntil, found.content.upperBound)
          result.append(found)
        }
        continue
      }
      guard let behaviour = cue(cueIndex) else { continue }
      if behaviour.contains(.progressive) {
        // `…, saying …`: the subject of the clause said it.
        // `…, saying …`, or `issued a statement saying …`.
        guard cueIndex - 1 > floor, behaviour.contains(.speech),
          isMark(cueIndex - 1, ",") || lexicon.documentNouns.contains(keys[cueIndex - 1])
        else { continue }
        // `…, Johnson said, recalling …`, `She denied that …, saying …`: the
        // speaker of the sentence's attribution before it.
        let previous = result.count > firstInSentence ? result.last : nil
        guard let speaker = previous?.speaker ?? clauseSubject(before: cueIndex, floor: floor) else { continue }
        let start = cueRange(cueIndex, limit: end).upperBound
        let content = trimmed(start..<contentEnd(from: start, end: end, blocked: blocked))
        guard wordCount(content) >= 2 else { continue }
        truncateEarlier(before: isMark(cueIndex - 1, ",") ? cueIndex - 1 : cueIndex, from: firstInSentence, in: &result)
        result.append(
          FoundQuote(
            content: content, kind: kind(of: content), cue: cueIndex..<(cueIndex + 1), speaker: speaker,
            confidence: 0.6))
        consumedUntil = content.upperBound
        continue
      }
      guard isFiniteCue(cueIndex, floor: floor) else { continue }
      let cueTokens = cueRange(cueIndex, limit: end)
      // The reported words before an attribution that follows them, when
      // there are enough of them to be a report.
      func takeBefore(_ words: Range<Int>, speaker: Range<Int>, consumingTo consumed: Int) -> Bool {
        let content = trimmed(words)
        guard wordCount(content) >= 3 else { return false }
        let found = FoundQuote(
          content: content, kind: self.kind(of: content), cue: cueTokens, speaker: speaker, confidence: 0.8)
        wrapEarlier(found, from: firstInSentence, in: &result)
        result.append(found)
        consumedUntil = max(consumedUntil, consumed)
        return true
      }
      // `…, said the Ukrainian leader.`
      if behaviour.contains(.inverted), cueIndex > floor + 2,
        isMark(cueIndex - 1, ",") || isMark(cueIndex - 1, "?") || isMark(cueIndex - 1, "!"),
        let speaker = phrase(startingAt: cueTokens.upperBound, limit: end),
        clauseEndsSoon(from: speaker.upperBound, end: end)
      {
        if takeBefore(floor..<(cueIndex - 1), speaker: speaker, consumingTo: speaker.upperBound) { continue }
      }
      // `X said A and accused B`: the speaker of A, whose words ended at
      // `and`, not a subject inside them.
      var joinedSpeaker: Range<Int>?
      if cueIndex - 1 > floor, keys[cueIndex - 1] == lexicon.and, result.count > firstInSentence,
        let previous = result.last, previous.content.upperBound <= cueIndex - 1,
        previous.content.upperBound + 2 >= cueIndex - 1, let cue = previous.cue,
        cue.upperBound <= previous.content.lowerBound
      {
        joinedSpeaker = previous.speaker
      }
      var subjectFound = joinedSpeaker ?? subject(before: cueIndex, floor: floor)
      // `X claimed “A” the level of B and concluded C`: no subject of its
      // own after the quote, so the quote's speaker goes on.
      if joinedSpeaker == nil, let floorSpeaker, cueIndex - 1 > floor, keys[cueIndex - 1] == lexicon.and,
        subjectFound.map({ $0.lowerBound == floor && !isCapitalized(floor) }) ?? true
      {
        subjectFound = floorSpeaker
      }
      guard let speaker = subjectFound else { continue }
      var after = cueTokens.upperBound
      var objectEnd = after
      if behaviour.contains(.addressee), after < end, let object = phrase(startingAt: after, limit: end) {
        objectEnd = object.upperBound
      }
      // `…, Peskov said.` and `…, he said, as …`, where the speaker phrase
      // is the cue's own subject, not that of a clause before `and`.
      if speaker.lowerBound - 1 > floor + 2, isMark(speaker.lowerBound - 1, ","),
        !(speaker.upperBound..<cueIndex).contains(where: { keys[$0] == lexicon.and }),
        clauseEndsSoon(from: objectEnd, end: end)
      {
        // `In the end, Mr. Lind said, voters …`: the words go on after it.
        var upper = speaker.lowerBound - 1
        if let comma = (objectEnd..<min(end, objectEnd + 8)).first(where: { isMark($0, ",") || isSentenceEnd($0) }),
          isMark(comma, ","), comma + 2 < end, continuesClause(comma + 1)
        {
          upper = contentEnd(from: comma + 1, end: end, blocked: blocked)
        }
        if takeBefore(floor..<upper, speaker: speaker, consumingTo: cueTokens.upperBound) { continue }
      }
      if cueIndex < consumedUntil, let joint = coordinationBefore(speaker, floor: floor, in: sentence) {
        // `X said A, and Y say B`, `While X said A, Y said B`: B is Y's,
        // and A ends before the joint.
        truncateEarlier(before: joint, from: firstInSentence, in: &result)
        consumedUntil = cueIndex
      }
      guard cueIndex >= consumedUntil else { continue }
      // `X said (that) …`, `X told reporters …`.
      if behaviour.contains(.addressee) {
        after = objectEnd
        var look = cueTokens.upperBound
        while look < min(end, cueTokens.upperBound + 8) && !isClauseMark(look) && !isSentenceEnd(look) {
          if keys[look] == lexicon.that {
            after = look
            break
          }
          look += 1
        }
      }
      var marked = false
      if after < end && (isMark(after, ",") || isMark(after, ":")) {
        after += 1
        marked = true
      }
      if marked, after == end, isMark(after - 1, ":"), behaviour.contains(.speech),
        let content = paragraphAfterColon(after - 1, blocked: blocked)
      {
        // `Kowal added:` closing a paragraph: the next one is the words.
        result.append(
          FoundQuote(content: content, kind: kind(of: content), cue: cueTokens, speaker: speaker, confidence: 0.6))
        consumedUntil = end
        continue
      }
      guard after < end, !isSentenceEnd(after), !blocked[after] else { continue }
      // `said on Monday that …`: the words start at `that`; `said when …`
      // reports nothing unless a `that` follows.
      if lexicon.prepositions.contains(keys[after]) || lexicon.subordinators.contains(keys[after]) {
        var look = after + 1
        while look < min(end, after + 12) && keys[look] != lexicon.that && !isSentenceEnd(look) { look += 1 }
        if look < end && keys[look] == lexicon.that {
          after = look
        } else if lexicon.subordinators.contains(keys[after]) && keys[after] != lexicon.if
          && keys[after] != lexicon.whether
        {
          // `said if elected …` and `asked whether …` still report a clause.
          continue
        }
      }
      if behaviour.contains(.belief) {
        let key = keys[after]
        guard
          key == lexicon.that || key == lexicon.to || lexicon.pronouns.contains(key)
            || lexicon.determiners.contains(key) || isCapitalized(after)
        else { continue }
      }
      let content = trimmed(after..<contentEnd(from: after, end: end, blocked: blocked, endsAtNextReport: true))
      guard wordCount(content) >= 2 else { continue }
      let kind: Quote.Kind = marked && hasFirstPerson(content) ? .unmarked : .indirect
      result.append(
        FoundQuote(
          content: content, kind: kind, cue: cueTokens, speaker: speaker,
          confidence: behaviour.contains(.belief) ? 0.5 : 0.7))
      consumedUntil = content.upperBound
    }
  }

  /// The paragraph after the one a colon at `colon` ends, up to a quote,
  /// when it opens with words: a block of quoted words whose marks the
  /// page leaves out.
  private func paragraphAfterColon(_ colon: Int, blocked: [Bool]) -> Range<Int>? {
    let paragraph = Int(paragraphOf[colon])
    guard colon + 1 == paragraphTokens[paragraph].upperBound, paragraph + 1 < paragraphTokens.count else { return nil }
    let next = paragraphTokens[paragraph + 1]
    guard let first = next.first, !blocked[first], !tokens[first].isQuotationMark else { return nil }
    var upper = first
    while upper < next.upperBound && !blocked[upper] { upper += 1 }
    let content = trimmed(first..<upper)
    return wordCount(content) >= 3 ? content : nil
  }

  /// `according to X, …` and `…, according to X.`
  private func accordingTo(_ cueIndex: Int, floor: Int, end: Int, blocked: [Bool]) -> FoundQuote? {
    let cueTokens = cueIndex..<(cueIndex + 2)
    // The source runs to the next comma or the sentence end: `according to
    // early results of the exit poll conducted by …`.
    var sourceEnd = cueIndex + 2
    while sourceEnd < end && sourceEnd - cueIndex < 18 && !isMark(sourceEnd, ",") && !isSentenceEnd(sourceEnd)
      && !tokens[sourceEnd].isQuotationMark
    {
      sourceEnd += 1
    }
    let source = trimmed((cueIndex + 2)..<sourceEnd)
    guard !source.isEmpty, wordCount(source) >= 1 else { return nil }
    let speaker = phrase(startingAt: source.lowerBound, limit: source.upperBound) ?? source
    let continues = sourceEnd + 1 < end && isMark(sourceEnd, ",")
    let after = cueIndex > floor && (isMark(cueIndex - 1, ",") || tokens[cueIndex - 1].kind == .closingQuote)
    if !after {
      // `According to X, …`.
      guard continues else { return nil }
      let content = trimmed((sourceEnd + 1)..<contentEnd(from: sourceEnd + 1, end: end, blocked: blocked))
      guard wordCount(content) >= 3 else { return nil }
      return FoundQuote(content: content, kind: .indirect, cue: cueTokens, speaker: speaker, confidence: 0.7)
    }
    // `…, according to X.`, or `X receives, according to Y, …` around it.
    let upper = continues ? contentEnd(from: sourceEnd + 1, end: end, blocked: blocked) : cueIndex - 1
    let content = trimmed(floor..<max(floor, upper))
    guard wordCount(content) >= 3 else { return nil }
    return FoundQuote(content: content, kind: kind(of: content), cue: cueTokens, speaker: speaker, confidence: 0.7)
  }

  /// Where reported words that start at `start` end: the sentence end, a
  /// direct quote, `; `, or a new cue (`, adding …`, `, according to …`,
  /// and, where `endsAtNextReport`, `and said …`).
  private func contentEnd(from start: Int, end: Int, blocked: [Bool], endsAtNextReport: Bool = false) -> Int {
    var index = start
    // Inside quoted words, `and said` is the quoted speaker's.
    var quoted = false
    while index < end {
      if blocked[index] || isMark(index, ";") { return index }
      if tokens[index].isQuotationMark && !tokens[index].flags.contains(.singleQuote) {
        switch tokens[index].kind {
        case .openingQuote: quoted = true
        case .closingQuote: quoted = false
        default: quoted.toggle()
        }
      }
      // `… expressed concern about A and said B`: the subject's next report.
      if endsAtNextReport, !quoted, keys[index] == lexicon.and, index > start, index + 1 < end,
        let behaviour = cue(index + 1),
        behaviour.contains(.speech), !behaviour.contains(.progressive), isFiniteCue(index + 1, floor: start)
      {
        return index
      }
      if isMark(index, ","), index + 1 < end {
        let next = index + 1
        if let behaviour = cue(next), behaviour.contains(.progressive), behaviour.contains(.speech) { return index }
        if keys[next] == lexicon.according && next + 1 < end && keys[next + 1] == lexicon.to { return index }
        // `…, but Democrats were …`: the reporter's contrast.
        if keys[next] != lexicon.and && lexicon.coordinatingJoints.contains(keys[next]) { return index }
        // `endorses Trump, who says …`, `wrote his book, Mr. Lind said
        // that …`: a report of its own begins.
        if !quoted, startsReport(at: next, end: end) { return index }
      }
      index += 1
    }
    return end
  }

  /// `As Ms. Simonyan put it in a statement, RT is “…”`: the rest of the
  /// sentence is the speaker's, in the reporter's words.
  private func asSomeonePutIt(_ sentence: Range<Int>, blocked: [Bool]) -> FoundQuote? {
    let first = sentence.lowerBound
    guard sentence.count > 6, keys[first] == lexicon.asWord, !blocked[first] else { return nil }
    var put = first + 2
    while put + 1 < sentence.upperBound && put - first <= Self.maximumSpeakerLength + 1 {
      if keys[put] == lexicon.put && keys[put + 1] == lexicon.it { break }
      if isClauseMark(put) || tokens[put].isQuotationMark { return nil }
      put += 1
    }
    guard put + 1 < sentence.upperBound, keys[put] == lexicon.put,
      let speaker = subject(before: put, floor: first + 1)
    else { return nil }
    var comma = put + 2
    while comma < sentence.upperBound && comma - put <= 8 && !isMark(comma, ",") { comma += 1 }
    guard comma < sentence.upperBound, isMark(comma, ",") else { return nil }
    let content = trimmed((comma + 1)..<contentEnd(from: comma + 1, end: sentence.upperBound, blocked: blocked))
    guard wordCount(content) >= 2 else { return nil }
    return FoundQuote(
      content: content, kind: kind(of: content), cue: put..<(put + 2), speaker: speaker, confidence: 0.7)
  }

  /// Whether a new report starts at `start`, after a comma: `who says …`,
  /// or a speaker phrase and a finite speech cue that a clause follows
  /// (`Mr. Lind said that …`), not a parenthesis (`, officials said,`).
  private func startsReport(at start: Int, end: Int) -> Bool {
    var cueIndex: Int
    if keys[start] == lexicon.who || keys[start] == lexicon.which {
      cueIndex = start + 1
    } else {
      guard tokens[start].kind == .word, let speaker = phrase(startingAt: start, limit: end) else { return false }
      cueIndex = speaker.upperBound
    }
    while cueIndex < end && keys[cueIndex] != 0 && (lexicon.auxiliaries.contains(keys[cueIndex]) || isAdverb(cueIndex))
    {
      cueIndex += 1
    }
    guard cueIndex + 1 < end, let behaviour = cue(cueIndex), behaviour.contains(.speech),
      !behaviour.contains(.progressive), isFiniteCue(cueIndex, floor: start)
    else { return false }
    let next = cueIndex + 1
    return !isClauseMark(next) && !isSentenceEnd(next) && !tokens[next].isQuotationMark
  }

  /// Where a clause joined by `, and`, `but`, `while` … starts, when the
  /// speaker phrase opens one: the conjunction (or its comma); or the
  /// comma that ends an opening subordinate clause (`While X said A, Y`).
  private func coordinationBefore(_ speaker: Range<Int>, floor: Int, in sentence: Range<Int>) -> Int? {
    let joint = speaker.lowerBound - 1
    guard joint > floor else { return nil }
    if isMark(joint, ",") { return opensWithSubordinator(sentence) ? joint : nil }
    guard lexicon.coordinatingJoints.contains(keys[joint]) else { return nil }
    if isMark(joint - 1, ",") { return joint - 1 }
    return keys[joint] == lexicon.and ? nil : joint
  }

  /// Whether the sentence opens with a subordinate clause: `While …`,
  /// `Although …`, `As …`.
  private func opensWithSubordinator(_ sentence: Range<Int>) -> Bool {
    guard let first = sentence.first(where: { tokens[$0].kind == .word }), first - sentence.lowerBound <= 1 else {
      return false
    }
    return lexicon.subordinators.contains(keys[first]) && keys[first] != lexicon.that
  }

  /// Whether the words after an attribution's comma carry on the reported
  /// clause, rather than opening `as …`, `adding …` or `according to …`.
  private func continuesClause(_ index: Int) -> Bool {
    let key = keys[index]
    guard tokens[index].kind == .word || tokens[index].kind == .number else { return false }
    if lexicon.subordinators.contains(key) || key == lexicon.according || key == lexicon.and || key == lexicon.but {
      return false
    }
    if let behaviour = cue(index), behaviour.contains(.progressive) { return false }
    return !isParticipleLike(index)
  }

  /// Unmarked when the words are in the first or second person.
  private func kind(of content: Range<Int>) -> Quote.Kind {
    hasFirstPerson(content) ? .unmarked : .indirect
  }

  /// Quotes found earlier in the sentence whose cue lies inside `outer`'s
  /// words become nested in it (`He said, …, Johnson said`).
  private func wrapEarlier(_ outer: FoundQuote, from first: Int, in result: inout [FoundQuote]) {
    for index in first..<result.count where result[index].parent == nil {
      guard let cue = result[index].cue, outer.content.contains(cue.lowerBound) else { continue }
      result[index].parent = result.count
      let upper = min(result[index].content.upperBound, outer.content.upperBound)
      result[index].content = result[index].content.lowerBound..<max(result[index].content.lowerBound, upper)
    }
  }

  /// Ends the words of earlier quotes of the sentence before `limit`.
  private func truncateEarlier(before limit: Int, from first: Int, in result: inout [FoundQuote]) {
    for index in first..<result.count where result[index].content.upperBound > limit {
      let lower = result[index].content.lowerBound
      result[index].content = lower..<max(lower, limit)
    }
  }
}
